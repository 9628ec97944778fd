using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Tests.Csv;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>
/// Output written from data stays inert: every payload below, through every writer (the CSV reports, a
/// dataset written with safe cells, Markdown, HTML and the text of the terminal), comes out with no cell a
/// spreadsheet would run, no raw control or direction character, and no link or math a Markdown renderer
/// would make of it.
/// </summary>
public sealed class OutputSafetyTests
{
    /// <summary>The payloads, by name: formulas behind every kind of leading blank, full-width signs, escapes, direction controls, links and math.</summary>
    public static readonly IReadOnlyDictionary<string, string> Payloads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["equals"] = "=1+1",
        ["plus"] = "+1+1",
        ["minus"] = "-1+1",
        ["at"] = "@SUM(A1)",
        ["space equals"] = " =1+1",
        ["line feed equals"] = "\n=1+1",
        ["tab equals"] = "\t=1+1",
        ["carriage return equals"] = "\r=1+1",
        ["nbsp equals"] = "\u00a0=1+1",
        ["ideographic space at"] = "\u3000@SUM(A1)",
        ["bom plus"] = "\ufeff+1+1",
        ["zero-width space minus"] = "\u200b-1+1",
        ["nul equals"] = "\0=1+1",
        ["full-width equals"] = "\uff1d1+1",
        ["full-width at"] = "\uff20SUM(A1)",
        ["full-width plus"] = "\uff0b1+1",
        ["full-width minus"] = "\uff0d1+1",
        ["mixed blanks dde"] = " \t\u200b\u00a0+cmd|' /C calc'!A0",
        ["word joiner minus"] = "\u2060-1+1",
        ["soft hyphen at"] = "\u00ad@SUM(A1)",
        ["override equals"] = "\u202e=1+1",
        ["nel equals"] = "\u0085=1+1",
        ["osc retitle"] = "\u001b]0;owned\u0007 title",
        ["csi colour"] = "red \u001b[31malert\u001b[0m",
        ["override inside"] = "invoice\u202egpj.exe",
        ["isolates"] = "a\u2066b\u2069c\u200fd\u061ce",
        ["hyperlink formula"] = "=HYPERLINK(\"http://evil.example/x\",\"open\")",
        ["bare url"] = "see http://evil.example/a and https://evil.example/b",
        ["www"] = "go to www.evil.example now",
        ["e-mail"] = "write to someone@evil.example",
        ["mailto"] = "mailto:someone@evil.example",
        ["math"] = "costs $x^2$ and $$\\sum_i i$$",
    };

    /// <summary>The column whose cells the indicator table writes back when their label is not one it knows.</summary>
    private static readonly string Recorded = Indicators.DatasetColumns[0].RecordedColumn!;

    public static TheoryData<string> Names() => [.. Payloads.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_indicator_table_writes_inert_cells(string name)
    {
        var written = new StringWriter();
        IndicatorTable.WriteCsv(Read(Payloads[name]).Records, written);

        AssertInertCsv(written.ToString());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_csv_of_a_difference_writes_inert_cells(string name)
    {
        var written = new StringWriter();
        DatasetDifference.Create(Read("x").Records, Read(Payloads[name]).Records).WriteCsv(written);

        var csv = written.ToString();
        AssertInertCsv(csv);
        Assert.Contains(Expected(Payloads[name]), RealExtractTests.ReadRaw(csv).Rows.SelectMany(r => r));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_csv_of_findings_writes_inert_cells(string name)
    {
        var report = new OgpValidator().Validate(Read(Payloads[name]).Records, Payloads[name]);

        var csv = report.ToCsv();

        AssertInertCsv(csv);
        Assert.Equal(Expected(Payloads[name]), RealExtractTests.ReadRaw(csv).Rows[0][0]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_dataset_written_with_safe_cells_is_inert_and_reads_back_as_the_escaped_text(string name)
    {
        var payload = Payloads[name];
        var safe = new StringWriter();
        DatasetCsvWriter.Write(Read(payload), safe, neutralizeFormulas: true);

        AssertInertCsv(safe.ToString());
        var row = Assert.Single(Imports.Csv(safe.ToString()).Dataset.Records);
        Assert.Equal(Expected(payload), row.ExtraColumns["Notes"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_dataset_converted_cell_for_cell_keeps_every_cell_as_it_was(string name)
    {
        var payload = Payloads[name];
        var written = new StringWriter();
        DatasetCsvWriter.Write(Read(payload), written);

        var (_, rows) = RealExtractTests.ReadRaw(written.ToString());
        Assert.Equal(payload, rows[0][2]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Markdown_has_no_control_direction_link_or_math_from_the_data(string name)
    {
        var markdown = Summary(Payloads[name]).ToMarkdown();

        AssertNoRawControl(markdown, allowTab: false);
        foreach (var live in new[] { "://", "www.", "@", "$", "mailto:", "\u202e", "<script" })
        {
            Assert.DoesNotContain(live, markdown, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Html_has_no_control_or_direction_character_from_the_data(string name)
    {
        var html = Summary(Payloads[name]).ToHtml();

        // Tabs and line feeds are spaces to HTML.
        AssertNoRawControl(html, allowTab: true);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Terminal_text_shows_every_control_direction_and_invisible_character_escaped(string name)
    {
        var payload = Payloads[name];

        AssertTerminalSafe(Summary(payload).ToText());
        AssertTerminalSafe(DatasetDifference.Create(Read("x").Records, Read(payload).Records).ToText());
        var report = new OgpValidator().Validate(Read(payload).Records, payload);
        var text = new StringWriter();
        report.WriteText(text);
        AssertTerminalSafe(text.ToString());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+2.5")]
    [InlineData("-1.5e3")]
    public void A_number_with_a_sign_stays_a_number(string number)
    {
        var safe = new StringWriter();
        DatasetCsvWriter.Write(Read(number), safe, neutralizeFormulas: true);

        Assert.Equal(number, RealExtractTests.ReadRaw(safe.ToString()).Rows[0][2]);
    }

    [Theory]
    [InlineData("\u200b")]
    [InlineData("\u200c")]
    [InlineData("\u200d")]
    [InlineData("\u2060")]
    [InlineData("\ufeff")]
    [InlineData("\u00ad")]
    [InlineData("\u00a0")]
    public void The_text_of_a_difference_shows_values_that_differ_only_by_an_invisible_character_apart(string invisible)
    {
        var text = DatasetDifference.Create(Read("Open data").Records, Read("Open" + invisible + " data").Records).ToText();

        var change = text.Split('\n').Single(l => l.StartsWith("  Notes:", StringComparison.Ordinal));
        Assert.Contains("\\u" + ((int)invisible[0]).ToString("x4", CultureInfo.InvariantCulture), change, StringComparison.Ordinal);
        AssertTerminalSafe(text);
    }

    [Fact]
    public void The_text_of_a_difference_shows_a_decomposed_accent_apart_from_a_composed_one()
    {
        var text = DatasetDifference.Create(Read("Jos\u00e9").Records, Read("Jose\u0301").Records).ToText();

        Assert.Contains("\"Jos\u00e9\" → \"Jose\\u0301\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accented_names_stay_readable_in_the_terminal()
    {
        // Composed (NFC) as most text is, decomposed as some files are, and a mark that has no composed form.
        const string Names = "Jos\u00e9 \u00d1and\u00fa, Fran\u00e7oise, S\u00e3o Paulo, Jose\u0301, Ye\u0323\u0301mi";

        var text = Summary(Names).ToText();

        Assert.Contains(Names, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_combining_mark_is_shown_escaped()
    {
        var text = Summary("\u0301 accent on nothing").ToText();

        Assert.Contains("\\u0301 accent on nothing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_readable_text_and_the_library_s_own_text()
    {
        var markdown = Summary("Jos\u00e9: datos abiertos (2024) — 12:30").ToMarkdown();

        Assert.Contains("| Jos\u00e9: datos abiertos (2024) — 12&#58;30 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Indicators", markdown, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Any_cell_written_safe_is_inert_and_reads_back_as_its_escaped_text() =>
        Prop.ForAll(
            Gen.OneOf(
                    ArbMap.Default.GeneratorFor<string>(),
                    Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)))
                .Where(s => s is not null)
                .ToArbitrary(),
            text =>
            {
                var first = Write(text);

                AssertInertCsv(first);
                Assert.Equal(first, Write(text));
                var row = Assert.Single(Imports.Csv(first).Dataset.Records);
                Assert.Equal(Expected(text), row.ExtraColumns.TryGetValue("Notes", out var cell) ? cell : string.Empty);
            });

    /// <summary>Pieces the generated cells are made of: signs, blanks, invisibles, controls, marks, and plain text.</summary>
    private static readonly string[] Pieces =
    [
        "=", "+", "-", "@", "\uff1d", "\uff20", "\uff0b", "\uff0d", " ", "\t", "\r", "\n", "\r\n", "\u00a0", "\u3000", "\ufeff", "\u200b", "\u2060", "\u00ad",
        "\0", "\u001b", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066", "\u200f", "\u0301", "\"", ",", "'", "1", "2.5", "e3", "SUM(A1)", "cmd|", "é", "\ud83d\ude00", "\\u0041",
    ];

    private static string Write(string text)
    {
        var written = new StringWriter();
        var record = new DatasetRecord
        {
            Commitment = new Commitment { Id = CommitmentId.Parse("AL0001") },
            ExtraColumns = ValueDictionary<string, string>.Create([new KeyValuePair<string, string>("Notes", text)]),
        };
        new DatasetCsvWriter(written, ["Commitment Unique Identifier", "Notes"], neutralizeFormulas: true).Write(record);
        return written.ToString();
    }

    /// <summary>
    /// The safe form of a cell, told independently of the library: C0 controls but tab, carriage return and line
    /// feed, DEL, C1 controls, direction controls and lone surrogates as <c>\uXXXX</c>; then an apostrophe
    /// before text that starts with a tab or a carriage return, or whose first character past any leading
    /// blanks and invisibles is a formula sign (but a plain number).
    /// </summary>
    private static string Expected(string text)
    {
        var escaped = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if ((char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || IsDirection(c) || lone)
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        var cell = escaped.ToString();
        return (StartsAsFormula(cell) && !IsPlainNumber(cell)) || cell.StartsWith('\t') || cell.StartsWith('\r') ? "'" + cell : cell;
    }

    private static bool IsDirection(char c) => c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c';

    private static bool IsPlainNumber(string cell) =>
        System.Text.RegularExpressions.Regex.IsMatch(cell, @"\A[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\z");

    /// <summary>Whether a spreadsheet could read the cell as a formula: a sign after any run of blanks, invisibles and controls.</summary>
    private static bool StartsAsFormula(string cell)
    {
        var i = 0;
        while (i < cell.Length && IsBlankOrInvisible(cell, i))
        {
            i += char.IsSurrogatePair(cell, i) ? 2 : 1;
        }

        return i < cell.Length && cell[i] is '=' or '+' or '-' or '@' or '\uff1d' or '\uff20' or '\uff0b' or '\uff0d' or '\ufe62' or '\ufe63' or '\ufe66' or '\ufe6b';
    }

    private static bool IsBlankOrInvisible(string text, int index) =>
        char.IsWhiteSpace(text, index)
        || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || text[index] is '\u115f' or '\u1160' or '\u3164' or '\uffa0' or '\u2800';

    private static void AssertInertCsv(string csv)
    {
        AssertNoRawControl(csv, allowTab: true);
        var (headers, rows) = RealExtractTests.ReadRaw(csv);
        foreach (var cell in headers.Concat(rows.SelectMany(r => r)))
        {
            Assert.False(StartsAsFormula(cell) && !IsPlainNumber(cell), $"A cell a spreadsheet would run: {Show(cell)}");
        }
    }

    private static void AssertNoRawControl(string text, bool allowTab, bool allowLoneCr = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c == '\n' || (allowTab && c == '\t') || (c == '\r' && ((allowTab && allowLoneCr) || (i + 1 < text.Length && text[i + 1] == '\n')));
            Assert.False((char.IsControl(c) && !allowed) || IsDirection(c), $"A raw U+{(int)c:X4} at {i}: {Show(text.Substring(Math.Max(0, i - 40), Math.Min(80, text.Length - Math.Max(0, i - 40))))}");
        }
    }

    /// <summary>No control but tabs and line ends, no direction control, no invisible format character, no combining mark on nothing.</summary>
    private static void AssertTerminalSafe(string text)
    {
        AssertNoRawControl(text, allowTab: true, allowLoneCr: false);
        for (var i = 0; i < text.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            Assert.False(category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator, $"A raw U+{(int)text[i]:X4} at {i}");
            var lone = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark && (i == 0 || char.IsWhiteSpace(text[i - 1]) || char.IsPunctuation(text[i - 1]));
            Assert.False(lone, $"A lone mark U+{(int)text[i]:X4} at {i}: {Show(text)}");
        }
    }

    private static string Show(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));

    /// <summary>One commitment with <paramref name="payload"/> as its title, its notes and its recorded indicator.</summary>
    private static CommitmentDataset Read(string payload)
    {
        var csv = "Commitment Unique Identifier,Commitment Title,Notes," + Recorded + "\r\nAL0001," + RealExtractTests.Quote(payload) + "," + RealExtractTests.Quote(payload) + "," + RealExtractTests.Quote(payload) + "\r\n";
        return Imports.Csv(csv, "payload.csv").Dataset;
    }

    private static DatasetSummary Summary(string payload) =>
        DatasetSummary.Create(Read(payload).Records, new DatasetSummaryOptions { GroupBy = SummaryGrouping.Column, GroupColumn = "Notes", Subject = payload });
}
