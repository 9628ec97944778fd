using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Report pages read through the page engine, each beside a floor in the same run that only splits the same text
/// into lines and trims them: the real Mexico State End of Commitment Report page, an invented Spanish one, and an
/// invented Inception Report page (the test fixtures). Pages read per second is one over the mean.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PageBenchmarks
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    private static readonly OgpReaderOptions EndOfCommitment = new() { Kind = InputKind.ReportPage };

    private static readonly OgpReaderOptions Inception = new() { Kind = InputKind.InceptionReportPage };

    private string _mexico = string.Empty;
    private string _spanish = string.Empty;
    private string _inception = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _mexico = File.ReadAllText(Path.Combine(Data, "end-of-commitment-report-mexico-state-open-government-culture.txt"));
        _spanish = File.ReadAllText(Path.Combine(Data, "eoc-spanish.txt"));
        _inception = File.ReadAllText(Path.Combine(Data, "inception-layout-b.txt"));
    }

    [Benchmark(Baseline = true, Description = "Mexico State page: split into lines (floor)")]
    [BenchmarkCategory("eoc-real-page")]
    public int MexicoLines() => Lines(_mexico);

    [Benchmark(Description = "Mexico State page: read")]
    [BenchmarkCategory("eoc-real-page")]
    public int MexicoRead() => Read(_mexico, EndOfCommitment);

    [Benchmark(Baseline = true, Description = "Spanish page: split into lines (floor)")]
    [BenchmarkCategory("eoc-spanish-page")]
    public int SpanishLines() => Lines(_spanish);

    [Benchmark(Description = "Spanish page: read")]
    [BenchmarkCategory("eoc-spanish-page")]
    public int SpanishRead() => Read(_spanish, EndOfCommitment);

    [Benchmark(Baseline = true, Description = "Inception page: split into lines (floor)")]
    [BenchmarkCategory("inception-page")]
    public int InceptionLines() => Lines(_inception);

    [Benchmark(Description = "Inception page: read")]
    [BenchmarkCategory("inception-page")]
    public int InceptionRead() => Read(_inception, Inception);

    private static int Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var count = 0;
        foreach (var line in lines)
        {
            count += line.Trim().Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static int Read(string text, OgpReaderOptions options)
    {
        using var input = OgpReader.OpenText(text, options);
        _ = input.ReadDocument();
        return input.Findings.Count;
    }
}
