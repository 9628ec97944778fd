using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

/// <summary>The six tasks of samples/Tasks, run on the real data, and the number of namespaces each needs.</summary>
public sealed partial class TasksTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    private static string Extract => Path.Combine(Data, "ogp-commitments-open-parliament-extract.csv");

    public static TheoryData<string> TaskFiles => new(Directory.GetFiles(TasksFolder(), "*.cs").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TaskFiles))]
    public void A_task_imports_at_most_two_namespaces_of_the_library(string file)
    {
        var source = File.ReadAllText(Path.Combine(TasksFolder(), file));
        var imports = LibraryImport().Matches(source).Select(m => m.Groups[1].Value).ToList();

        Assert.InRange(imports.Count, 1, 2);
        Assert.DoesNotContain("global using", source, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^namespace Tasks;", source);
    }

    [Fact]
    public void The_six_tasks_are_there()
    {
        Assert.Equal(6, TaskFiles.Count);
    }

    [Fact]
    public void Region_shares_of_the_extract()
    {
        var shares = global::Tasks.RegionShares.HighCompletion(Extract);

        Assert.Equal(4, shares.Count);
        Assert.Equal(29.0 / 68, shares["Africa and the Middle East"]!.Value, 12);
        Assert.Equal(120.0 / 190, shares["Europe"]!.Value, 12);
    }

    [Fact]
    public void The_posted_Mexico_report_is_five_eighths_complete()
    {
        using var posted = File.OpenRead(Path.Combine(Data, "mexico-state-open-government-culture.json"));

        var (ratio, unanswered) = global::Tasks.ReportCompleteness.Check(posted);

        Assert.Equal(0.625, ratio);
        Assert.Equal(["1.1", "1.3", "2.1.1", "2.1.2", "2.1.3", "2.2"], unanswered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_plan_built_in_code_comes_back_equal()
    {
        var (built, json, read) = global::Tasks.PlanRoundTrip.Run();

        Assert.Equal(built, read);
        Assert.Equal(2, read.Commitments.Count);
        Assert.Contains("\"kind\": \"action-plan\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_releases_differ_by_the_row_removed_and_the_title_changed()
    {
        var newRelease = Path.Combine(Path.GetTempPath(), $"ogp-release-{Guid.NewGuid():N}.csv");
        try
        {
            string removed, changed;
            using (var input = OgpReader.OpenFile(Extract))
            {
                var rows = input.ReadRecords().Select(r => r.Record).ToList();
                removed = rows[0].Commitment.Id!.Value.ToString();
                changed = rows[1].Commitment.Id!.Value.ToString();
                rows[1] = rows[1] with { Commitment = rows[1].Commitment with { Title = "A title of the new release" } };
                using var text = new StreamWriter(newRelease, false, new UTF8Encoding(false));
                var writer = new DatasetCsvWriter(text, input.Columns);
                foreach (var row in rows.Skip(1))
                {
                    writer.Write(row);
                }
            }

            var difference = global::Tasks.ReleaseComparison.Compare(Extract, newRelease);

            Assert.Equal([removed], difference.Removed.Select(r => r.Text));
            Assert.Empty(difference.Added.Select(r => r.Text));
            var change = Assert.Single(difference.Changed);
            Assert.Equal(changed, change.Row.Text);
            Assert.Equal("A title of the new release", Assert.Single(change.Fields).New);
        }
        finally
        {
            File.Delete(newRelease);
        }
    }

    [Fact]
    public void The_Mexico_page_reads_as_its_report()
    {
        var report = global::Tasks.ReportPage.Read(Path.Combine(Data, "end-of-commitment-report-mexico-state-open-government-culture.txt"));

        Assert.Equal("Mexico State, Mexico", report.MemberName);
        Assert.False(string.IsNullOrEmpty(report.Commitment.Title));
        Assert.Equal(report, OgpJson.Deserialize<EndOfCommitmentReport>(OgpJson.Serialize(report)));
    }

    [Fact]
    public async Task A_report_posted_to_the_minimal_API_binds_as_a_typed_parameter()
    {
        // The host logs nothing: other tests of this assembly capture the console while samples run.
        await using var app = global::Tasks.ReportEndpoint.Build("http://127.0.0.1:0", ["--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var json = await File.ReadAllTextAsync(Path.Combine(Data, "mexico-state-open-government-culture.json"), TestContext.Current.CancellationToken);

        using var accepted = await client.PostAsync(new Uri("/reports/check", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var refused = await client.PostAsync(new Uri("/reports/check", UriKind.Relative), new StringContent("""{"kind":"action-plan"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var report = OgpJson.Deserialize<Validation.ValidationReport>(await accepted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0.625, report.Completeness!.Ratio);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("action-plan", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private static string TasksFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenGov.Model.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The repository was not found."), "samples", "Tasks");
    }

    [GeneratedRegex(@"(?m)^using (OpenGov\.Model[\w.]*);")]
    private static partial Regex LibraryImport();
}
