using System;
using System.Globalization;
using System.IO;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>Renders a <see cref="DatasetDifference"/> for people (plain text) and for spreadsheets (CSV, one row per change).</summary>
public static class DifferenceRendering
{
    /// <summary>The most changed commitments the text lists one by one; the counts by column cover them all.</summary>
    private const int MaxListed = 200;

    /// <summary>Gets the header of <see cref="WriteCsv"/>'s table.</summary>
    public static ValueList<string> CsvHeader { get; } = ["change", "id", "column", "old", "new"];

    /// <summary>
    /// Writes the difference as plain text: the counts, the commitments added and removed, the changes by
    /// column, then each changed commitment with its cells (old → new), the first 200 of them. Identifiers,
    /// columns and cells are written on one line each, with control, direction and invisible characters,
    /// spaces other than U+0020 and decomposed accents shown as escapes (<c>\u200b</c>), so that cells
    /// that differ only by them differ on screen.
    /// </summary>
    /// <param name="difference">The difference.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(this DatasetDifference difference, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(writer);
        var output = TerminalWriter.Over(writer);
        Write(difference, output);
        output.Complete();
    }

    private static void Write(DatasetDifference difference, TextWriter writer)
    {
        var cells = 0;
        foreach (var change in difference.Changed)
        {
            cells += change.Fields.Count;
        }

        writer.WriteLine($"{OneLine(difference.Old ?? "old")} → {OneLine(difference.New ?? "new")}: {N(difference.OldCount)} → {N(difference.NewCount)} rows; "
            + $"{N(difference.Added.Count)} added, {N(difference.Removed.Count)} removed, {N(difference.Changed.Count)} changed ({N(cells)} cells)"
            + (difference.Unidentified > 0 ? $"; {N(difference.Unidentified)} rows without an identifier not compared" : string.Empty));
        List(writer, "added", Names(difference.Added));
        List(writer, "removed", Names(difference.Removed));
        List(writer, "columns only in the new release (not compared)", difference.ColumnsAdded);
        List(writer, "columns only in the old release (not compared)", difference.ColumnsRemoved);
        List(writer, "identifiers of several rows (their rows paired in order: check them)", Names(difference.RepeatedIdentifiers));
        if (!difference.ChangesByColumn.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("changes by column:");
            foreach (var column in difference.ChangesByColumn)
            {
                writer.WriteLine($"  {Clip(OneLine(column.Column), 50),-50} {N(column.Count),7}");
            }
        }

        var listed = 0;
        foreach (var change in difference.Changed)
        {
            if (listed++ == MaxListed)
            {
                writer.WriteLine();
                writer.WriteLine($"… and {N(difference.Changed.Count - MaxListed)} more changed commitments (--format csv or json lists them all).");
                break;
            }

            writer.WriteLine();
            writer.WriteLine(OneLine(change.Row.Text));
            foreach (var field in change.Fields)
            {
                writer.WriteLine($"  {OneLine(field.Column)}: {Quote(field.Old)} → {Quote(field.New)}");
            }
        }
    }

    private static ValueList<string> Names(ValueList<DatasetRowName> rows)
    {
        var names = new string[rows.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = rows[i].Text;
        }

        return ValueList.CreateRange(names);
    }

    /// <summary>Renders the text of <see cref="WriteText"/>.</summary>
    /// <param name="difference">The difference.</param>
    /// <returns>The text.</returns>
    public static string ToText(this DatasetDifference difference)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteText(difference, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the difference as CSV, one row per change: <c>added</c> and <c>removed</c> commitments, and
    /// <c>changed</c> cells with the column and the old and new cell. Since cells quote the data, a cell a
    /// spreadsheet would run as a formula is written inert (a leading apostrophe), and control and direction
    /// characters are shown as escapes (<c>\u001b</c>).
    /// </summary>
    /// <param name="difference">The difference.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteCsv(this DatasetDifference difference, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(writer);

        var csv = new CsvText(writer, safeCells: true);
        csv.WriteRow(CsvHeader);
        foreach (var row in difference.Added)
        {
            csv.WriteRow(["added", row.Text, null, null, null]);
        }

        foreach (var row in difference.Removed)
        {
            csv.WriteRow(["removed", row.Text, null, null, null]);
        }

        foreach (var change in difference.Changed)
        {
            foreach (var field in change.Fields)
            {
                csv.WriteRow(["changed", change.Row.Text, field.Column, field.Old, field.New]);
            }
        }
    }

    private static void List(TextWriter writer, string title, ValueList<string> items)
    {
        if (items.IsEmpty)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"{title} ({N(items.Count)}):");
        var line = "  ";
        foreach (var item in items)
        {
            if (line.Length + item.Length > 100 && line.Length > 2)
            {
                writer.WriteLine(line.TrimEnd(' ', ','));
                line = "  ";
            }

            line += OneLine(item) + ", ";
        }

        writer.WriteLine(line.TrimEnd(' ', ','));
    }

    private static string Quote(string text) => text.Length == 0 ? "(empty)" : "\"" + Clip(OneLine(text), 120) + "\"";

    /// <summary>The text on one line with every character that could hide a change shown (<see cref="OutputSafety.TerminalExact"/>).</summary>
    private static string OneLine(string text) => OutputSafety.TerminalExact(text);

    private static string Clip(string text, int length) => text.Length <= length ? text : text.Remove(length - 1) + "…";

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
