using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using OpenGov.Model.Cli.Serve;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// <c>ogp serve</c>: the real extract (558 commitments, 2.5 MB) uploaded as a form to the review page and its
/// results page read whole, over loopback HTTP to the server in this process, seven iterations (the median is the
/// figure), beside a baseline in the same run that only validates the same bytes (what <c>ogp validate</c> does).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 7)]
public class ServeBenchmarks
{
    private byte[] _extract = [];
    private WebApplication? _app;
    private HttpClient? _client;

    [GlobalSetup]
    public void Setup()
    {
        _extract = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "ogp-commitments-open-parliament-extract.csv"));
        _app = ReviewServer.Create(new ServeOptions { Host = IPAddress.Loopback, Port = 0 });
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(ReviewServer.Address(_app)) };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _app?.StopAsync().GetAwaiter().GetResult();
        (_app as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "extract: validate only (baseline)")]
    public async Task<int> ValidateOnly()
    {
        await using var input = await OgpReader.OpenAsync(new MemoryStream(_extract, writable: false));
        var report = await new OgpValidator().ValidateAsync(input);
        return report.Findings.Count;
    }

    [Benchmark(Description = "extract: uploaded to its results page")]
    public async Task<int> UploadToResultsPage()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(_extract), "file", "extract.csv" } };
        using var response = await _client!.PostAsync(new Uri("/review", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Length;
    }
}
