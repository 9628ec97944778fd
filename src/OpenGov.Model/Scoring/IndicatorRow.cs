using System;
using OpenGov.Model.Datasets;

namespace OpenGov.Model.Scoring;

/// <summary>Every indicator of one commitment, computed and as recorded: one row of <c>ogp indicators</c>.</summary>
[OgpJsonObject]
public sealed partial record IndicatorRow
{
    /// <summary>Gets the commitment's identifier.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets each indicator of <see cref="Indicators.All"/>, in that order.</summary>
    public partial ValueList<IndicatorCheck> Checks { get; init; }

    /// <summary>Computes every indicator of a dataset row and sets each beside its recorded value.</summary>
    /// <param name="record">The dataset row.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static IndicatorRow Create(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var checks = new IndicatorCheck[Indicators.Catalogue.Length];
        for (var i = 0; i < checks.Length; i++)
        {
            checks[i] = Indicators.Catalogue[i].Check(record);
        }

        return new IndicatorRow { Id = record.Commitment.Id, Checks = new ValueList<IndicatorCheck>(checks) };
    }
}
