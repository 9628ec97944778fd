using System;
using System.Collections.Generic;

namespace OpenGov.Model.Analysis;

/// <summary>A scale of the IRM's assessment whose values are <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The enumeration of the scale's values.</typeparam>
/// <example><code>
/// Recorded&lt;CompletionLevel&gt; completion = AssessmentScales.CompletionEndOfTerm.GetValue(commitment);
/// </code></example>
public sealed class AssessmentScale<T> : AssessmentScale
    where T : struct, Enum
{
    private readonly Func<IrmAssessment, Recorded<T>> _get;
    private (string Token, string Label)[]? _categories;

    internal AssessmentScale(string name, string title, Func<IrmAssessment, Recorded<T>> get)
        : base(name, title) => _get = get;

    /// <summary>Gets the codelist of the scale's values.</summary>
    public Codelist<T> Codelist => Codelist<T>.Default;

    /// <inheritdoc />
    internal override IReadOnlyList<(string Token, string Label)> Categories => _categories ??= Array.ConvertAll(Codelist.Entries.AsSpan().ToArray(), e => (e.Token, e.Label));

    /// <summary>Reads the scale's value from a commitment: <see cref="RecordedState.NotAnswered"/> when the commitment has no assessment.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The recorded value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <see langword="null"/>.</exception>
    public Recorded<T> GetValue(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.Assessment is { } assessment ? _get(assessment) : Recorded<T>.NotAnswered;
    }

    /// <inheritdoc />
    internal override int IndexOf(Commitment commitment, out RecordedState state)
    {
        var value = GetValue(commitment);
        state = value.State;
        if (value.TryGetValue(out var v))
        {
            var entries = Codelist.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                if (EqualityComparer<T>.Default.Equals(entries[i].Value, v))
                {
                    return i;
                }
            }

            state = RecordedState.Unrecognized;
        }

        return -1;
    }
}
