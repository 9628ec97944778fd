using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OpenGov.Model.Testing;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// The inputs that once made reading grow faster than their size, each beside a baseline of the same bytes in
/// the same run: a CSV row of 2 MB handed out 1,500 bytes or one byte a read (as a slow pipe does) against the
/// same row in one read; report pages of tens of thousands of comment-form lines against splitting the same
/// text into lines; a JSON rows export whose one string is 2 MB, a few bytes a read, against one read.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PathologicalInputBenchmarks
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    private byte[] _longRow = [];
    private byte[] _shortLongRow = [];
    private string _endOfCommitment = string.Empty;
    private string _inception = string.Empty;
    private byte[] _jsonRows = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadLines(Path.Combine(Data, "ogp-commitments-open-parliament-extract.csv")).First();
        _longRow = Encoding.UTF8.GetBytes(lines + "\nAL0002,Albania," + new string('y', 2 * 1024 * 1024) + "\n");
        _shortLongRow = Encoding.UTF8.GetBytes(lines + "\nAL0002,Albania," + new string('y', 256 * 1024) + "\n");
        var page = File.ReadAllText(Path.Combine(Data, "end-of-commitment-report-mexico-state-open-government-culture.txt"));
        _endOfCommitment = page[..page.IndexOf("No comments yet", StringComparison.Ordinal)] + string.Concat(Enumerable.Repeat("Leave a Reply\n", 64_000));
        _inception = File.ReadAllText(Path.Combine(Data, "inception-layout-b.txt")) + "\n" + string.Concat(Enumerable.Repeat("Leave a Reply\n", 16_000));
        _jsonRows = Encoding.UTF8.GetBytes("[{\"Commitment Unique Identifier\":\"AL0002\",\"Full Text\":\"" + new string('z', 2 * 1024 * 1024) + "\"}]");
    }

    [Benchmark(Baseline = true, Description = "CSV row of 2 MB, one read")]
    [BenchmarkCategory("csv-long-row")]
    public int CsvOneRead() => Rows(new MemoryStream(_longRow));

    [Benchmark(Description = "CSV row of 2 MB, 1,500 bytes a read")]
    [BenchmarkCategory("csv-long-row")]
    public int CsvSmallReads() => Rows(new TrickleStream(_longRow, 1500));

    [Benchmark(Baseline = true, Description = "CSV row of 256 KB, one read")]
    [BenchmarkCategory("csv-byte-reads")]
    public int CsvShortOneRead() => Rows(new MemoryStream(_shortLongRow));

    [Benchmark(Description = "CSV row of 256 KB, one byte a read")]
    [BenchmarkCategory("csv-byte-reads")]
    public int CsvByteReads() => Rows(new TrickleStream(_shortLongRow, 1));

    [Benchmark(Baseline = true, Description = "End of Commitment page with 64,000 form lines: split into lines (floor)")]
    [BenchmarkCategory("eoc-form-lines")]
    public int EndOfCommitmentLines() => _endOfCommitment.Split('\n').Length;

    [Benchmark(Description = "End of Commitment page with 64,000 form lines: read")]
    [BenchmarkCategory("eoc-form-lines")]
    public int EndOfCommitmentRead() => Page(_endOfCommitment);

    [Benchmark(Baseline = true, Description = "Inception page with 16,000 form lines: split into lines (floor)")]
    [BenchmarkCategory("inception-form-lines")]
    public int InceptionLines() => _inception.Split('\n').Length;

    [Benchmark(Description = "Inception page with 16,000 form lines: read")]
    [BenchmarkCategory("inception-form-lines")]
    public int InceptionRead() => Page(_inception);

    [Benchmark(Baseline = true, Description = "JSON rows with a string of 2 MB, one read")]
    [BenchmarkCategory("json-rows-long-value")]
    public int JsonRowsOneRead() => Rows(new MemoryStream(_jsonRows));

    [Benchmark(Description = "JSON rows with a string of 2 MB, 1,500 bytes a read")]
    [BenchmarkCategory("json-rows-long-value")]
    public int JsonRowsSmallReads() => Rows(new TrickleStream(_jsonRows, 1500));

    private static int Page(string text)
    {
        using var input = OgpReader.OpenText(text);
        _ = input.ReadDocument();
        return input.Findings.Count;
    }

    private static int Rows(Stream stream)
    {
        using var input = OgpReader.Open(stream);
        return input.ReadRecords().Count();
    }
}
