using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.IO;
using OpenGov.Model.Scales;

namespace OpenGov.Model.Cli;

/// <summary>What <c>ogp show</c> prints of a dataset, counted as the rows come: memory grows with the members and plans, not the rows.</summary>
internal sealed class DatasetOverview
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _completion = new(StringComparer.Ordinal);
    private long _count;

    public static async Task<DatasetOverview> ReadAsync(IAsyncEnumerable<ImportedRecord> rows, CancellationToken cancellationToken)
    {
        var overview = new DatasetOverview();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            overview.Add(row.Record);
        }

        return overview;
    }

    public void Write(TextWriter output, string name, OgpInput input)
    {
        output.WriteLine($"Commitment dataset · {name} · {Describe(input)}");
        output.WriteLine();
        Field(output, "Commitments", _count.ToString("N0", CultureInfo.InvariantCulture));
        Field(output, "Members", _members.Count.ToString(CultureInfo.InvariantCulture));
        Field(output, "Action plans", _plans.Count.ToString(CultureInfo.InvariantCulture));
        Field(output, "Columns", input.Columns.Count == 0 ? "(canonical)" : input.Columns.Count.ToString(CultureInfo.InvariantCulture));
        output.WriteLine();
        output.WriteLine("Commitments by region:");
        foreach (var group in _regions.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key,-28}{group.Value,6}");
        }

        output.WriteLine();
        output.WriteLine("Completion at the end of term:");
        foreach (var group in _completion.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key,-28}{group.Value,6}");
        }
    }

    private static string Describe(OgpInput input) => input.Kind switch
    {
        InputKind.DatasetCsv => $"CSV ({DelimiterName(input.Delimiter)}, {input.Encoding})",
        InputKind.DatasetJsonRows => "JSON rows",
        _ => "JSON document",
    };

    private static string DelimiterName(char? delimiter) => delimiter switch
    {
        ';' => "semicolons",
        '\t' => "tabs",
        _ => "commas",
    };

    private void Add(Datasets.DatasetRecord record)
    {
        _count++;
        if ((record.Member.Code?.ToString() ?? record.Member.Name) is { } member)
        {
            _members.Add(member);
        }

        if (record.ActionPlan.Id is { } plan)
        {
            _plans.Add(plan.ToString());
        }

        Increment(_regions, Label(record.Member.Region));
        Increment(_completion, Label(record.Commitment.Assessment?.Implementation.CompletionEndOfTerm ?? default));
    }

    /// <summary>Counts a label; past fifty labels (a column of free text read as a scale, say), the rest are counted together.</summary>
    private static void Increment(Dictionary<string, int> counts, string key)
    {
        if (!counts.ContainsKey(key) && counts.Count >= 50)
        {
            key = "(other labels)";
        }

        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
    }

    private static string Label<T>(Recorded<T> value)
        where T : struct, Enum => value.State switch
        {
            RecordedState.Value => Codelist<T>.Default[value.Value].Label,
            RecordedState.Unrecognized => $"\"{Excerpt(value.UnrecognizedText!)}\" (not a known value)",
            RecordedState.NotAnswered => "not answered",
            RecordedState.NoData => "no data",
            RecordedState.NotReviewed => "not reviewed",
            _ => "not applicable",
        };

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");

    private static void Field(TextWriter output, string label, string? value) =>
        output.WriteLine($"{label + ":",-13}{value ?? "(not given)"}");
}
