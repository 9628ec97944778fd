using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Mapping;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>
/// The real inputs, mutated as files get damaged in the wild (cut at any byte, bytes flipped, inserted and
/// deleted, blanks and quotes put in cells, other encodings, lines shuffled), fed to the one way in and to
/// everything after it: validation, the summary, the writers. The only outcomes are a value with findings,
/// or <see cref="OgpReadException"/>.
/// </summary>
public class ReaderRobustnessProperties
{
    private static readonly Lazy<Dictionary<string, byte[]>> Seeds = new(CreateSeeds);

    private static readonly byte[][] Fragments =
    [
        " "u8.ToArray(), "\t"u8.ToArray(), "\u00A0"u8.ToArray(), "\u200B"u8.ToArray(), "\""u8.ToArray(), "\"\""u8.ToArray(), ","u8.ToArray(),
        ";"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(), "NA"u8.ToArray(), "ND"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        "["u8.ToArray(), "]"u8.ToArray(), "null"u8.ToArray(), "\u001b[2J"u8.ToArray(), "=1+1"u8.ToArray(), [0xFF], [0xC3], [0xE9], [0x00],
        "\uFEFF"u8.ToArray(), "Completed"u8.ToArray(), "31/12/2020"u8.ToArray(),
    ];

    public static TheoryData<string> SeedNames => new(Seeds.Value.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_is_read_whole_as_it_is(string seed)
    {
        var (outcome, _) = ReadEverything(Seeds.Value[seed]);

        Assert.Equal("read", outcome);
    }

    [Property(MaxTest = 400)]
    public Property Mutated_inputs_give_a_value_with_findings_or_the_documented_exception() =>
        Prop.ForAll(Mutated().ToArbitrary(), sample =>
        {
            var (_, _) = ReadEverything(sample.Bytes);
        });

    [Property(MaxTest = 60)]
    public Property Inputs_cut_at_any_byte_give_a_value_with_findings_or_the_documented_exception() =>
        Prop.ForAll(
            (from seed in Gen.Elements(Seeds.Value.Keys.ToArray())
             let bytes = Seeds.Value[seed]
             from cut in Gen.Choose(0, bytes.Length)
             select bytes.AsSpan(0, cut).ToArray()).ToArbitrary(),
            bytes => { _ = ReadEverything(bytes); });

    [Fact]
    public void A_csv_cut_at_every_line_keeps_the_rows_before_the_cut()
    {
        var csv = Seeds.Value["extract.csv"];
        var text = Encoding.UTF8.GetString(csv);
        var lineStarts = Enumerable.Range(0, text.Length).Where(i => i > 0 && text[i - 1] == '\n').Take(60).ToList();
        foreach (var start in lineStarts)
        {
            using var input = OgpReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text.Substring(0, start))));
            var rows = input.ReadRecords().ToList();
            Assert.All(rows, row => Assert.True(row.Origin.Line < text.Substring(0, start).Count(c => c == '\n') + 1));
        }
    }

    /// <summary>Reads an input through everything the library does with it; returns "read" or "refused".</summary>
    private static (string Outcome, IReadOnlyList<Finding> Findings) ReadEverything(byte[] bytes)
    {
        try
        {
            using var input = OgpReader.Open(new MemoryStream(bytes, writable: false), new OgpReaderOptions { MaxRecordLength = 64 * 1024 });
            var validator = new OgpValidator();
            if (input.HasRecords)
            {
                var rows = input.ReadRecords().ToList();
                _ = validator.Validate(rows, "mutated", input.Findings);
                _ = DatasetSummary.Create(rows.Select(r => r.Record), SummaryGrouping.Member).ToMarkdown();
                var csv = new StringWriter();
                var writer = new DatasetCsvWriter(csv, input.Columns, neutralizeFormulas: true);
                foreach (var row in rows)
                {
                    writer.Write(row.Record);
                }

                var json = new MemoryStream();
                using (var jsonWriter = new DatasetJsonWriter(json, input.Source, input.Columns))
                {
                    foreach (var row in rows)
                    {
                        jsonWriter.Write(row.Record);
                    }

                    jsonWriter.Complete();
                }

                // What was written reads back.
                _ = OgpJson.Deserialize<CommitmentDataset>(json.ToArray());
            }
            else
            {
                var document = input.ReadDocument();
                if (OgpValidator.HasRules(document.Kind))
                {
                    _ = validator.Validate(document);
                }

                _ = OgpJson.Deserialize<OgpDocument>(OgpJson.Serialize(document));
            }

            return ("read", input.Findings);
        }
        catch (OgpReadException)
        {
            return ("refused", []);
        }
    }

    private static Gen<(string Seed, byte[] Bytes)> Mutated() =>
        from seed in Gen.Elements(Seeds.Value.Keys.ToArray())
        let bytes = Seeds.Value[seed]
        from count in Gen.Choose(1, 5)
        from edits in Gen.ArrayOf(Edit(), count)
        select (seed, edits.Aggregate(bytes, (current, edit) => edit(current)));

    private static Gen<Func<byte[], byte[]>> Edit() =>
        from kind in Gen.Choose(0, 8)
        from at in Gen.Choose(0, int.MaxValue - 1)
        from span in Gen.Choose(1, 40)
        from value in Gen.Choose(0, 255)
        from fragment in Gen.Elements(Fragments)
        select (Func<byte[], byte[]>)(bytes =>
        {
            var position = bytes.Length == 0 ? 0 : at % bytes.Length;
            var count = Math.Min(span, bytes.Length - position);
            return kind switch
            {
                0 => bytes.AsSpan(0, position).ToArray(),
                1 => Flip(bytes, position, (byte)value),
                2 => [.. bytes.AsSpan(0, position), (byte)value, .. bytes.AsSpan(position)],
                3 => [.. bytes.AsSpan(0, position), .. bytes.AsSpan(position + count)],
                4 => [.. bytes.AsSpan(0, position), .. fragment, .. bytes.AsSpan(position)],
                5 => [.. bytes.AsSpan(0, position), .. bytes.AsSpan(position, count), .. bytes.AsSpan(position)],
                6 => Reencode(bytes, value),
                7 => ShuffleLines(bytes, value),
                _ => [.. bytes.AsSpan(0, position), .. fragment, .. bytes.AsSpan(position + count)],
            };
        });

    private static byte[] Flip(byte[] bytes, int position, byte value)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length > 0)
        {
            copy[position] = value;
        }

        return copy;
    }

    /// <summary>The same text in another encoding: UTF-16 with or without a byte order mark, UTF-32, Windows-1252 where it fits.</summary>
    private static byte[] Reencode(byte[] bytes, int choice)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        return (choice % 5) switch
        {
            0 => [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => Encoding.Unicode.GetBytes(text),
            2 => [.. new UTF32Encoding(false, true).GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            3 => [.. new UnicodeEncoding(true, true).GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => text.Select(c => c < 256 ? (byte)c : (byte)'?').ToArray(),
        };
    }

    private static byte[] ShuffleLines(byte[] bytes, int seed)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var random = new Random(seed);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines.OrderBy(_ => random.Next())));
    }

    private static Dictionary<string, byte[]> CreateSeeds()
    {
        var extract = File.ReadAllText(Csv.RealExtractTests.ExtractPath);

        // The header and the first 25 rows: rows with long texts, quotes and line breaks among them.
        var cut = 0;
        for (var rows = 0; rows < 26; rows++)
        {
            cut = extract.IndexOf("\r\n", cut + 1, StringComparison.Ordinal);
        }

        var csv = extract.Substring(0, cut + 2);
        using var input = OgpReader.OpenText(csv);
        var dataset = (CommitmentDataset)input.ReadDocument();

        var rowsJson = new MemoryStream();
        using (var writer = new Utf8JsonWriter(rowsJson))
        {
            writer.WriteStartArray();
            var mapper = new DatasetRowMapper(dataset.Columns);
            foreach (var record in dataset.Records)
            {
                writer.WriteStartObject();
                var cells = mapper.Write(record);
                for (var i = 0; i < dataset.Columns.Count; i++)
                {
                    writer.WriteString(dataset.Columns[i], cells[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["extract.csv"] = Encoding.UTF8.GetBytes(csv),
            ["extract-rows.json"] = rowsJson.ToArray(),
            ["extract-dataset.json"] = OgpJson.SerializeToUtf8Bytes(dataset),
            ["report-page.txt"] = File.ReadAllBytes(Fixture.MexicoReportPagePath),
            ["report.json"] = File.ReadAllBytes(Fixture.MexicoReportJsonPath),
        };
    }
}
