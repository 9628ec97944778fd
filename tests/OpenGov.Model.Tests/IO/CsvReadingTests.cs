using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>CSV as spreadsheets and web exports really write it: blank-looking cells, quotes left open, other encodings and delimiters, ragged rows.</summary>
public class CsvReadingTests
{
    public static readonly IReadOnlyList<string> ImportCodes = ["OGP505", "OGP506", "OGP507", "OGP508"];

    private const string Header = "Commitment Unique Identifier,Country/Locality,Action Plan Number,Open Parliaments,Completion (End Of Term),Commitment Title";

    private static OgpInput Open(byte[] bytes, OgpReaderOptions? options = null) => OgpReader.Open(new MemoryStream(bytes), options);

    private static (List<ImportedRecord> Rows, IReadOnlyList<Model.Validation.Finding> Findings, OgpInput Input) ReadAll(byte[] bytes, OgpReaderOptions? options = null)
    {
        var input = Open(bytes, options);
        var rows = input.ReadRecords().ToList();
        return (rows, input.Findings, input);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\u00A0")]
    [InlineData("\u200B")]
    [InlineData("  \u3000 ")]
    public void A_blank_looking_cell_reads_as_empty_in_every_column_and_writes_back_as_written(string blank)
    {
        var csv = $"{Header}\r\nAL0001,{blank},{blank},{blank},{blank},{blank}\r\n";

        var (rows, findings, input) = ReadAll(Utf8(csv));

        var record = Assert.Single(rows).Record;
        Assert.Empty(findings);
        Assert.Equal(RecordedState.NotAnswered, record.ActionPlan.Number.State);
        Assert.Equal(RecordedState.NotAnswered, record.Commitment.PolicyAreas[PolicyArea.OpenParliaments].State);
        Assert.Equal(RecordedState.NotAnswered, record.Commitment.Assessment!.Implementation.CompletionEndOfTerm.State);
        var written = new StringWriter();
        var writer = new DatasetCsvWriter(written, input.Columns);
        writer.Write(record);
        Assert.Equal(csv, written.ToString());
    }

    [Fact]
    public void Values_are_read_without_the_blanks_around_them_and_written_back_with_them()
    {
        var csv = $"{Header}\r\nAL0001,Albania, 3 ,1\u00A0, Complete ,  A title  \r\n";

        var (rows, findings, input) = ReadAll(Utf8(csv));

        var record = Assert.Single(rows).Record;
        Assert.Empty(findings);
        Assert.Equal(3, record.ActionPlan.Number.Value);
        Assert.True(record.Commitment.PolicyAreas[PolicyArea.OpenParliaments].Value);
        Assert.Equal(CompletionLevel.Complete, record.Commitment.Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal("  A title  ", record.Commitment.Title);
        var written = new StringWriter();
        new DatasetCsvWriter(written, input.Columns).Write(record);
        Assert.Equal(csv, written.ToString());
    }

    [Fact]
    public void A_quote_never_closed_is_one_finding_at_its_line_and_the_rows_are_kept()
    {
        var csv = $"{Header}\r\nAL0001,Albania,1,0,Complete,First\r\nAL0002,Albania,1,0,Complete,\"Second, cut\r\nAL0003,Albania,1,0,Limited,Third\r\n";

        var (rows, findings, _) = ReadAll(Utf8(csv));

        Assert.Equal(["AL0001", "AL0002", "AL0003"], rows.Select(r => r.Record.Commitment.Id!.Value.ToString()));
        Assert.Equal(["OGP506", "OGP504"], findings.Select(f => f.Code));
        var finding = findings[0];
        Assert.Equal(3, finding.Line);
        Assert.Equal(6, finding.Column);
        Assert.Equal("\"Second", rows[1].Record.Commitment.Title);
        Assert.Equal([" cut"], rows[1].Record.CellsPastHeader);
        Assert.Equal(4, rows[2].Origin.Line);
    }

    [Fact]
    public void A_file_cut_inside_a_quoted_field_keeps_the_rows_before_it()
    {
        var csv = $"{Header}\r\nAL0001,Albania,1,0,Complete,First\r\nAL0002,Albania,1,0,Complete,\"Second, with\nlines and then noth";

        var (rows, findings, _) = ReadAll(Utf8(csv));

        // The quote is read as a character, so the cut row and its last line are read as what they are.
        Assert.Equal(["AL0001", "AL0002"], rows.Take(2).Select(r => r.Record.Commitment.Id!.Value.ToString()));
        Assert.Equal("\"Second", rows[1].Record.Commitment.Title);
        Assert.Contains(findings, f => f.Code == "OGP506" && f.Line == 3);
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_kept_and_reported()
    {
        var csv = $"{Header}\r\nAL0001,Albania,1,0,Complete,A 12\" pipe\r\nAL0002,Albania,1,0,Complete,\"Quoted\"tail\r\n";

        var (rows, findings, _) = ReadAll(Utf8(csv));

        Assert.Equal("A 12\" pipe", rows[0].Record.Commitment.Title);
        Assert.Equal("Quoted\"tail", rows[1].Record.Commitment.Title);
        Assert.Equal(["OGP507", "OGP507"], findings.Select(f => f.Code));
        Assert.Equal([2, 3], findings.Select(f => f.Line));
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public void A_row_over_the_limit_outside_quotes_stops_the_reading_with_the_rows_before_kept(int length)
    {
        var csv = $"{Header}\r\nAL0001,Albania,1,0,Complete,First\r\nAL0002,{new string('x', length)}\r\nAL0003,Albania,1,0,Complete,Third\r\n";

        var (rows, findings, _) = ReadAll(Utf8(csv), new OgpReaderOptions { MaxRecordLength = 2048 });

        var row = Assert.Single(rows);
        Assert.Equal("AL0001", row.Record.Commitment.Id!.Value.ToString());
        var finding = Assert.Single(findings);
        Assert.Equal("OGP508", finding.Code);
        Assert.Equal(3, finding.Line);
    }

    [Fact]
    public void A_quoted_field_over_the_limit_is_read_with_its_quote_as_a_character()
    {
        // A quote opens the title of the first row and nothing closes it: the rest of the file would be one field.
        var csv = new StringBuilder($"{Header}\r\nAL0001,Albania,1,0,Complete,\"Open\r\n");
        for (var i = 2; i <= 3001; i++)
        {
            csv.Append(FormattableString.Invariant($"AL{i:D4},Albania,1,0,Complete,Title {i}\r\n"));
        }

        var (rows, findings, _) = ReadAll(Utf8(csv.ToString()), new OgpReaderOptions { MaxRecordLength = 2048 });

        Assert.Equal(3001, rows.Count);
        Assert.Equal("\"Open", rows[0].Record.Commitment.Title);
        Assert.Equal("Title 3001", rows[^1].Record.Commitment.Title);
        Assert.Equal(3002, rows[^1].Origin.Line);
        var finding = Assert.Single(findings);
        Assert.Equal("OGP506", finding.Code);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void A_windows_1252_file_is_read_as_windows_1252_with_a_finding()
    {
        var text = $"{Header}\r\nMX0001,México,1,0,Complete,Participación ciudadana – “abierta”\r\n";
        var bytes = Latin1And1252(text);

        var (rows, findings, input) = ReadAll(bytes);

        Assert.Equal(InputEncoding.Windows1252, input.Encoding);
        Assert.Equal("México", rows[0].Record.Member.Name);
        Assert.Equal("Participación ciudadana – “abierta”", rows[0].Record.Commitment.Title);
        var finding = Assert.Single(findings);
        Assert.Equal("OGP505", finding.Code);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_after_the_start_are_read_as_windows_1252_and_reported_at_their_line()
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var i = 1; i <= 2000; i++)
        {
            text.Append(CultureInfoInvariant($"AL{i:D4},Albania,1,0,Complete,Plain title number {i}\r\n"));
        }

        var bytes = Utf8(text.ToString()).Concat(Latin1And1252("AL2001,Albania,1,0,Complete,Participación\r\n")).ToArray();
        Assert.True(bytes.Length > 64 * 1024);

        var (rows, findings, input) = ReadAll(bytes);

        Assert.Equal(InputEncoding.Utf8, input.Encoding);
        Assert.Equal(2001, rows.Count);
        Assert.Equal("Participación", rows[^1].Record.Commitment.Title);
        var finding = Assert.Single(findings);
        Assert.Equal("OGP505", finding.Code);
        Assert.Equal(2002, finding.Line);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-8-bom")]
    public void Unicode_files_with_a_byte_order_mark_are_read(string encoding)
    {
        var text = $"{Header}\r\nMX0001,México,1,0,Complete,漢字 – ñ\r\n";
        var bytes = encoding switch
        {
            "utf-16le" => new UnicodeEncoding(false, true).GetPreamble().Concat(new UnicodeEncoding(false, true).GetBytes(text)).ToArray(),
            "utf-16be" => new UnicodeEncoding(true, true).GetPreamble().Concat(new UnicodeEncoding(true, true).GetBytes(text)).ToArray(),
            "utf-32le" => new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes(text)).ToArray(),
            _ => new UTF8Encoding(true).GetPreamble().Concat(Utf8(text)).ToArray(),
        };

        var (rows, findings, _) = ReadAll(bytes);

        Assert.Empty(findings);
        Assert.Equal("漢字 – ñ", Assert.Single(rows).Record.Commitment.Title);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_recognised()
    {
        var bytes = Encoding.Unicode.GetBytes($"{Header}\r\nMX0001,México,1,0,Complete,Título\r\n");

        var (rows, _, input) = ReadAll(bytes);

        Assert.Equal(InputEncoding.Utf16LittleEndian, input.Encoding);
        Assert.Equal("Título", Assert.Single(rows).Record.Commitment.Title);
    }

    [Fact]
    public void An_encoding_given_by_the_caller_wins()
    {
        var bytes = Latin1And1252($"{Header}\r\nMX0001,México,1,0,Complete,Título\r\n");

        var (rows, findings, input) = ReadAll(bytes, new OgpReaderOptions { Encoding = InputEncoding.Latin1 });

        Assert.Equal(InputEncoding.Latin1, input.Encoding);
        Assert.Empty(findings);
        Assert.Equal("Título", Assert.Single(rows).Record.Commitment.Title);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void The_delimiter_is_told_from_the_header(char delimiter)
    {
        var csv = Header.Replace(',', delimiter) + "\r\n" + string.Join(delimiter, "AL0001", "Albania", "1", "0", "Complete", "One, two") + "\r\n";
        if (delimiter == ',')
        {
            csv = csv.Replace("One, two", "\"One, two\"", StringComparison.Ordinal);
        }

        var (rows, findings, input) = ReadAll(Utf8(csv));

        Assert.Equal(delimiter, input.Delimiter);
        Assert.Empty(findings);
        Assert.Equal("One, two", Assert.Single(rows).Record.Commitment.Title);
    }

    [Fact]
    public void Ragged_rows_keep_their_cells_and_write_back_as_they_were()
    {
        var csv = $"{Header}\r\nAL0001,Albania,1\r\nAL0002,Albania,1,0,Complete,Title,extra 1,extra 2\r\nAL0003,Albania,1,0,Complete,Full\r\n";

        var (rows, findings, input) = ReadAll(Utf8(csv));

        Assert.Equal(["OGP504", "OGP504"], findings.Select(f => f.Code));
        Assert.Equal(3, rows[0].Record.CellCount);
        Assert.Equal(["extra 1", "extra 2"], rows[1].Record.CellsPastHeader);
        var written = new StringWriter();
        var writer = new DatasetCsvWriter(written, input.Columns);
        foreach (var row in rows)
        {
            writer.Write(row.Record);
        }

        Assert.Equal(csv, written.ToString());
    }

    [Fact]
    public void A_kept_cell_that_no_longer_says_the_value_does_not_override_it()
    {
        var csv = $"{Header}\r\nAL0001,Albania, 1 ,0,Completed,Title\r\n";
        var (rows, _, input) = ReadAll(Utf8(csv));
        var record = rows[0].Record;
        var changed = record with
        {
            ActionPlan = record.ActionPlan with { Number = 2 },
            Commitment = record.Commitment with { Assessment = record.Commitment.Assessment! with { Implementation = record.Commitment.Assessment.Implementation with { CompletionEndOfTerm = CompletionLevel.Limited } } },
        };

        var written = new StringWriter();
        var writer = new DatasetCsvWriter(written, input.Columns);
        writer.Write(record);
        writer.Write(changed);

        var lines = written.ToString().Split("\r\n");
        Assert.Equal("AL0001,Albania, 1 ,0,Completed,Title", lines[1]);
        Assert.Equal("AL0001,Albania,2,0,Limited,Title", lines[2]);
    }

    [Fact]
    public void A_cell_of_a_megabyte_is_quoted_in_a_finding_by_its_start_only()
    {
        var huge = new string('Z', 1024 * 1024);
        var csv = $"{Header}\r\n{huge},Albania,1,0,Complete,Title\r\n";

        var (rows, findings, _) = ReadAll(Utf8(csv));

        Assert.Single(rows);
        var finding = Assert.Single(findings);
        Assert.Equal("OGP501", finding.Code);
        Assert.True(finding.Message.Length < 600, finding.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(finding.Value!.Length < 300);
    }

    [Fact]
    public void Lines_are_counted_through_multi_line_cells_with_crlf_lf_and_cr()
    {
        var csv = $"{Header}\r\nAL0001,Albania,1,0,Complete,\"a\r\nb\nc\rd\"\r\nAL0002,Albania,1,0,Complete,x\r\n";

        var (rows, _, _) = ReadAll(Utf8(csv));

        Assert.Equal("a\r\nb\nc\rd", rows[0].Record.Commitment.Title);
        Assert.Equal(2, rows[0].Origin.Line);
        Assert.Equal(6, rows[1].Origin.Line);
    }

    [Fact]
    public void An_input_that_is_none_of_the_kinds_is_refused_with_the_one_exception()
    {
        var zeros = new byte[100_000];

        var error = Assert.Throws<OgpReadException>(() => Open(zeros));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.Throws<OgpReadException>(() => Open([]));
        Assert.Throws<OgpReadException>(() => Open(Utf8("just some words\nand more\n")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Opening_asynchronously_stops_when_cancelled_while_the_header_is_awaited()
    {
        using var cancellation = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stream = new StalledStream(Utf8("Commitment Unique Identifier,Country/Loc"));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await OgpReader.OpenAsync(stream, null, cancellation.Token));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), started.Elapsed.ToString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Reading_rows_asynchronously_stops_when_cancelled()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        await using var input = await OgpReader.OpenFileAsync(Csv.RealExtractTests.ExtractPath, null, TestContext.Current.CancellationToken);
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in input.ReadRecordsAsync(cancellation.Token))
            {
                if (++read == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(10, read);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>A stream that gives its bytes, then waits for more that never come, until it is cancelled.</summary>
    private sealed class StalledStream(byte[] start) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");

        public override System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            if (_position < start.Length)
            {
                var n = Math.Min(buffer.Length, start.Length - _position);
                start.AsMemory(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            await System.Threading.Tasks.Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Encodes text in Windows-1252 (the characters used here are all in it).</summary>
    private static byte[] Latin1And1252(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '–' => 0x96,
                '“' => 0x93,
                '”' => 0x94,
                _ => text[i] < 256 ? (byte)text[i] : throw new ArgumentException("Not in Windows-1252: " + text[i]),
            };
        }

        return bytes;
    }
}
