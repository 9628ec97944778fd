using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Mapping;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Workbooks;

/// <summary>The dataset read from an <c>.xlsx</c> workbook: the same rows as from CSV, every kind of cell, the sheet chosen, hostile files.</summary>
public sealed class WorkbookReadingTests
{
    private const string Id = "Commitment Unique Identifier";

    private static string ExtractPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv");

    private static readonly Lazy<byte[]> ExtractWorkbook = new(() => TestWorkbook.Write(("Commitments", TestWorkbook.FromCells(CsvCells(ExtractPath)))));

    [Fact]
    public void The_real_extract_as_a_workbook_reads_as_the_csv_does()
    {
        using var csv = OgpReader.OpenFile(ExtractPath);
        using var xlsx = OgpReader.Open(new MemoryStream(ExtractWorkbook.Value), new OgpReaderOptions { InputName = "extract.xlsx" });
        var fromCsv = csv.ReadRecords().ToList();
        var fromXlsx = xlsx.ReadRecords().ToList();

        Assert.Equal(InputKind.DatasetWorkbook, xlsx.Kind);
        Assert.Equal(DocumentKinds.CommitmentDataset, xlsx.DocumentKind);
        Assert.Equal(558, fromXlsx.Count);
        Assert.Equal(csv.Columns, xlsx.Columns);
        Assert.Equal(fromCsv.Select(r => r.Record), fromXlsx.Select(r => r.Record));
        Assert.Equal(Enumerable.Range(2, 558), fromXlsx.Select(r => r.Origin.Line!.Value));
        Assert.Equal(csv.Findings.Select(f => (f.Code, f.Path)), xlsx.Findings.Select(f => (f.Code, f.Path)));
    }

    [Fact]
    public void Summary_and_validation_of_the_workbook_are_those_of_the_csv()
    {
        using var csv = OgpReader.OpenFile(ExtractPath);
        using var xlsx = OgpReader.Open(new MemoryStream(ExtractWorkbook.Value));
        using var csvAgain = OgpReader.OpenFile(ExtractPath);
        using var xlsxAgain = OgpReader.Open(new MemoryStream(ExtractWorkbook.Value));

        var options = DatasetSummaryOptions.Default with { GroupBy = SummaryGrouping.Region, Subject = "extract" };
        Assert.Equal(DatasetSummary.Create(csv, options), DatasetSummary.Create(xlsx, options));
        var validator = new OgpValidator();
        var fromCsv = validator.Validate(csvAgain);
        var fromXlsx = validator.Validate(xlsxAgain);
        Assert.Equal(fromCsv.ItemCount, fromXlsx.ItemCount);
        Assert.Equal(fromCsv.Findings.Select(f => (f.Code, f.Path, f.QuestionNumber, f.Question)), fromXlsx.Findings.Select(f => (f.Code, f.Path, f.QuestionNumber, f.Question)));
    }

    [Fact]
    public void Every_kind_of_cell_reads_as_the_spreadsheet_means_it()
    {
        var header = new object?[] { Id, "Shared", "Inline", "Integer", "Fraction", "Date", "Dotted date", "Date and time", "Flag", "Formula", "Gap", "After the gap", "Escaped" };
        var row = new object?[]
        {
            "AL0002", " padded ", new InlineCell("inline text"), 2012d, 0.1, new DateTime(2014, 6, 30), new DateTime(2015, 7, 1), new DateTime(2016, 1, 2, 13, 45, 0),
            true, new FormulaCell("CONCAT(\"a\",\"b\")", "ab"), null, "after", new InlineCell("line_x000D_break _x005F_x0041_"),
        };
        using var input = OgpReader.Open(new MemoryStream(TestWorkbook.Write(("Sheet1", [header, row]))));

        var record = Assert.Single(input.ReadRecords()).Record;

        var expected = new Dictionary<string, string>
        {
            ["Shared"] = " padded ",
            ["Inline"] = "inline text",
            ["Integer"] = "2012",
            ["Fraction"] = "0.1",
            ["Date"] = "2014-06-30",
            ["Dotted date"] = "2015-07-01",
            ["Date and time"] = "2016-01-02 13:45:00",
            ["Flag"] = "TRUE",
            ["Formula"] = "ab",
            ["Gap"] = GapAsCsvReadsIt(),
            ["After the gap"] = "after",
            ["Escaped"] = "line\rbreak _x0041_",
        };
        foreach (var (column, text) in expected)
        {
            Assert.Equal((column, text), (column, DatasetCells.TryGetCell(record, column, out var read) ? read : "(missing)"));
        }
    }

    private static string GapAsCsvReadsIt()
    {
        using var csv = OgpReader.OpenText($"{Id},Gap,After the gap\nAL0002,,after\n");
        var record = Assert.Single(csv.ReadRecords()).Record;
        return DatasetCells.TryGetCell(record, "Gap", out var text) ? text : "(missing)";
    }

    [Fact]
    public void The_sheet_headed_like_the_dataset_is_read_unless_one_is_named()
    {
        IReadOnlyList<object?>[] notes = [["Notes"], ["This workbook holds the commitments."]];
        IReadOnlyList<object?>[] data = [[Id, "Commitment Title"], ["AL0002", "e-Acts"]];
        var bytes = TestWorkbook.Write(("Read me", notes), ("Data", data));

        using (var chosen = OgpReader.Open(new MemoryStream(bytes)))
        {
            Assert.Equal("e-Acts", Assert.Single(chosen.ReadRecords()).Record.Commitment.Title);
        }

        using (var named = OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { Sheet = "read ME" }))
        {
            Assert.Empty(named.ReadRecords());
            Assert.Contains(named.Findings, f => f.Path == "/columns");
        }

        var missing = Assert.Throws<OgpReadException>(() => OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { Sheet = "Commitments", InputName = "two.xlsx" }).ReadRecords().ToList());
        Assert.Contains("\"Read me\", \"Data\"", missing.Message, StringComparison.Ordinal);
        Assert.Equal("two.xlsx", missing.InputName);
    }

    [Fact]
    public void A_workbook_from_a_stream_that_cannot_seek_reads_the_same()
    {
        using var input = OgpReader.Open(new ForwardOnlyStream(ExtractWorkbook.Value));

        Assert.Equal(558, input.ReadRecords().Count());
        Assert.Equal(InputKind.DatasetWorkbook, input.Kind);
    }

    [Theory]
    [InlineData("cut in half")]
    [InlineData("a zip of something else")]
    [InlineData("a sheet part that is not XML")]
    public void A_broken_workbook_is_one_read_exception(string how)
    {
        var bytes = how switch
        {
            "cut in half" => ExtractWorkbook.Value[..(ExtractWorkbook.Value.Length / 2)],
            "a zip of something else" => Zip(("readme.txt", "not a workbook"u8.ToArray())),
            _ => Replace(TestWorkbook.Write(("Sheet1", [[Id], ["AL0002"]])), "xl/worksheets/", "<worksheet><sheetData><row r=\"1\"><c"u8.ToArray()),
        };

        var error = Record.Exception(() =>
        {
            using var input = OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { InputName = "broken.xlsx" });
            _ = input.ReadRecords().ToList();
        });

        var read = Assert.IsType<OgpReadException>(error, exactMatch: false);
        Assert.Equal("broken.xlsx", read.InputName);
    }

    [Fact]
    public void A_cell_past_the_column_limit_stops_the_reading_with_a_finding()
    {
        var wide = new object?[40];
        wide[0] = "AL0003";
        wide[39] = "far";
        var bytes = TestWorkbook.Write(("Sheet1", [[Id, "Commitment Title"], ["AL0002", "first"], wide]));
        using var input = OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { MaxColumns = 30 });

        Assert.Equal(["AL0002"], input.ReadRecords().Select(r => r.Record.Commitment.Id.ToString()));
        Assert.True(input.StoppedEarly);
        var finding = Assert.Single(input.Findings, f => f.Code == ValidationRules.RowTooLong.Code);
        Assert.Equal(3, finding.Line);
    }

    [Fact]
    public void Shared_strings_past_the_reader_s_bound_make_the_workbook_unreadable()
    {
        var bytes = TestWorkbook.Write(("Sheet1", [[Id, "Commitment Title"], ["AL0002", new string('x', 200)]]));

        var error = Assert.Throws<OgpReadException>(() => OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { MaxSpoolLength = 100 }).ReadRecords().ToList());

        Assert.Contains(nameof(OgpReaderOptions.MaxSpoolLength), error.Message, StringComparison.Ordinal);
        Assert.Single(OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { MaxSpoolLength = 1000 }).ReadRecords());
    }

    [Fact]
    public void A_cell_past_the_record_bound_makes_the_workbook_unreadable()
    {
        var bytes = TestWorkbook.Write(("Sheet1", [[Id, "Commitment Title"], ["AL0002", new InlineCell(new string('x', 5000))]]));

        var error = Assert.Throws<OgpReadException>(() => OgpReader.Open(new MemoryStream(bytes), new OgpReaderOptions { MaxRecordLength = 4096 }).ReadRecords().ToList());

        Assert.Contains(nameof(OgpReaderOptions.MaxRecordLength), error.Message, StringComparison.Ordinal);
        Assert.Equal(5000, Assert.Single(OgpReader.Open(new MemoryStream(bytes)).ReadRecords()).Record.Commitment.Title!.Length);
    }

    [Fact]
    public void A_workbook_written_outside_dotnet_reads_cell_for_cell_as_its_csv()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "workbooks");
        using var xlsx = OgpReader.OpenFile(Path.Combine(folder, "python-zipfile.xlsx"));
        using var csv = OgpReader.OpenFile(Path.Combine(folder, "python-zipfile.csv"));

        var fromXlsx = xlsx.ReadRecords().Select(r => r.Record).ToList();

        Assert.Equal(InputKind.DatasetWorkbook, xlsx.Kind);
        Assert.Equal(3, fromXlsx.Count);
        Assert.Equal(csv.Columns, xlsx.Columns);
        Assert.Equal(csv.ReadRecords().Select(r => r.Record), fromXlsx);
    }

    private static List<string[]> CsvCells(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(reader, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, MaxBufferSize = 1 << 24 });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[csv.RowFieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = csv.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Replace(byte[] workbook, string prefix, byte[] content)
    {
        using var memory = new MemoryStream();
        memory.Write(workbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                var name = entry.FullName;
                entry.Delete();
                using var replaced = zip.CreateEntry(name).Open();
                replaced.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A stream that reads forward only, as a pipe does.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
