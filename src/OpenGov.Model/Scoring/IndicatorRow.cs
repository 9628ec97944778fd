using System;

namespace OpenGov.Model.Analysis;

/// <summary>Every indicator of one commitment, computed and as recorded: one row of <c>ogp indicators</c>.</summary>
[OgpJsonObject]
public sealed partial record IndicatorRow
{
    /// <summary>Gets the commitment's identifier.</summary>
    public partial CommitmentId? Id { get; init; }

    /// <summary>Gets each indicator of <see cref="Indicators.All"/>, in that order, then each derived column of <see cref="Indicators.DatasetColumns"/> that is not one of them.</summary>
    public partial ValueList<IndicatorCheck> Checks { get; init; }

    /// <summary>Computes every indicator of a dataset row and sets each beside its recorded value.</summary>
    /// <param name="record">The dataset row.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static IndicatorRow Create(DatasetRecord record) => Create(record, IndicatorConvention.Strict);

    /// <summary>Computes every indicator of a dataset row under a convention and sets each beside its recorded value.</summary>
    /// <param name="record">The dataset row.</param>
    /// <param name="convention">How the indicators treat what is not assessed.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static IndicatorRow Create(DatasetRecord record, IndicatorConvention convention)
    {
        ArgumentNullException.ThrowIfNull(record);

        var table = Indicators.Table;
        var checks = new IndicatorCheck[table.Length];
        for (var i = 0; i < checks.Length; i++)
        {
            checks[i] = table[i].Check(record, convention);
        }

        return new IndicatorRow { Id = record.Commitment.Id, Checks = new ValueList<IndicatorCheck>(checks) };
    }
}
