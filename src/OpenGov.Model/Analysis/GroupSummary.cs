using System;

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

    /// <summary>Gets the share of a yes/no indicator, such as <see cref="Indicators.HighCompletion"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The group has no share of the indicator (a summary read from JSON of another version).</exception>
    public IndicatorShare GetShare(IndicatorDefinition<bool> indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        foreach (var share in Shares)
        {
            if (string.Equals(share.Indicator, indicator.Name, StringComparison.Ordinal))
            {
                return share;
            }
        }

        throw new ArgumentException($"The group has no share of '{indicator.Name}'.", nameof(indicator));
    }

    /// <summary>Gets the share of a yes/no indicator; null when the group has none (a summary read from JSON that lacks it).</summary>
    internal IndicatorShare? FindShare(IndicatorDefinition<bool> indicator)
    {
        foreach (var share in Shares)
        {
            if (string.Equals(share.Indicator, indicator.Name, StringComparison.Ordinal))
            {
                return share;
            }
        }

        return null;
    }

    /// <summary>Gets the distribution of a scale, such as <see cref="AssessmentScales.CompletionEndOfTerm"/>.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The group has no distribution of the scale (a summary read from JSON of another version).</exception>
    public Distribution GetDistribution(AssessmentScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        foreach (var distribution in Distributions)
        {
            if (string.Equals(distribution.Scale, scale.Name, StringComparison.Ordinal))
            {
                return distribution;
            }
        }

        throw new ArgumentException($"The group has no distribution of '{scale.Name}'.", nameof(scale));
    }
}
