using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OpenGov.Model.Rendering;

/// <summary>
/// The overview of a commitment dataset that <c>ogp show</c> prints (members, plans, commitments by
/// region and by completion), counted as the rows come: memory grows with the members and plans, not the rows.
/// </summary>
public sealed class DatasetOverview
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _completion = new(StringComparer.Ordinal);
    private long _count;

    /// <summary>Gets how many commitments were added.</summary>
    public long CommitmentCount => _count;

    /// <summary>Counts one row of the dataset.</summary>
    /// <param name="record">The row.</param>
    public void Add(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
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

    /// <summary>Writes the overview as plain text.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="name">The name of the input, such as a file name.</param>
    /// <param name="input">The input the rows came from, for its format and columns.</param>
    public void WriteText(TextWriter writer, string name, OgpInput input)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(input);
        var output = TerminalWriter.Over(writer);
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

        output.Complete();
    }

    private static string Describe(OgpInput input) => input.Kind switch
    {
        InputKind.DatasetCsv => $"CSV ({DelimiterName(input.Delimiter)}, {input.Encoding})",
        InputKind.DatasetJsonRows => "JSON rows",
        InputKind.DatasetWorkbook => $"workbook (sheet \"{input.Sheet}\")",
        _ => "JSON document",
    };

    private static string DelimiterName(char? delimiter) => delimiter switch
    {
        ';' => "semicolons",
        '\t' => "tabs",
        _ => "commas",
    };

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

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..39] + "…";

    private static void Field(TextWriter output, string label, string? value) =>
        output.WriteLine($"{label + ":",-13}{value ?? "(not given)"}");
}
