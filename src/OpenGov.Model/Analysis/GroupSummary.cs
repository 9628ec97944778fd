using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Datasets;

namespace OpenGov.Model.Analysis;

/// <summary>The summary of one group of commitments (or of the whole dataset).</summary>
[OgpJsonObject]
public sealed partial record GroupSummary
{
    /// <summary>The shared instance with nothing counted, the default of properties of this type.</summary>
    internal static readonly GroupSummary Empty = new();

    /// <summary>Gets the group's key: a member code, an action plan identifier, a region or kind token, a year; <c>overall</c> for the whole dataset; a missing token (<c>no-data</c>) for commitments without one.</summary>
    public partial string Key { get; init; }

    /// <summary>Gets a label for people, such as the member's name or the region's label.</summary>
    public partial string Label { get; init; }

    /// <summary>Gets the number of commitments in the group.</summary>
    public partial int CommitmentCount { get; init; }

    /// <summary>Gets the share of each yes/no indicator of <see cref="Indicators.All"/>, in that order.</summary>
    public partial ValueList<IndicatorShare> Shares { get; init; }

    /// <summary>Gets the distribution of the IRM-based score (-1, 1, 2, 3, 4).</summary>
    public partial Distribution Scores { get; init; }

    /// <summary>Gets the distribution of each scale: specificity, verifiable, potential impact, potential for results, completion at mid-term and at end of term, "Did it Open Government?", early results.</summary>
    public partial ValueList<Distribution> Distributions { get; init; }

    /// <summary>Gets the change in completion from mid-term to end of term.</summary>
    public partial CompletionChangeSummary CompletionChange { get; init; }

    /// <summary>Gets the share of the indicator named <paramref name="indicator"/>, such as <c>high-completion</c>.</summary>
    /// <param name="indicator">The indicator's name.</param>
    /// <exception cref="ArgumentException">The group has no share of that name.</exception>
    public IndicatorShare GetShare(string indicator)
    {
        foreach (var share in Shares)
        {
            if (string.Equals(share.Indicator, indicator, StringComparison.OrdinalIgnoreCase))
            {
                return share;
            }
        }

        throw new ArgumentException($"The group has no share of '{indicator}'.", nameof(indicator));
    }

    /// <summary>Gets the distribution of the field <paramref name="field"/>, a JSON Pointer such as <c>/commitment/assessment/implementation/completionEndOfTerm</c>.</summary>
    /// <param name="field">The field.</param>
    /// <exception cref="ArgumentException">The group has no distribution of that field.</exception>
    public Distribution GetDistribution(string field)
    {
        foreach (var distribution in Distributions)
        {
            if (string.Equals(distribution.Field, field, StringComparison.Ordinal))
            {
                return distribution;
            }
        }

        throw new ArgumentException($"The group has no distribution of '{field}'.", nameof(field));
    }
}
