using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.WebApi.Tests;

/// <summary>
/// The WebApi sample through the real ASP.NET Core pipeline: request bodies and uploads are read as they
/// arrive (Kestrel's rule of no synchronous I/O holds), documents are written through the app's JSON
/// options, and unreadable input is a 400 problem.
/// </summary>
public sealed class WebApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly WebApplicationFactory<Program> _factory;

    public WebApiTests(WebApplicationFactory<Program> factory) => _factory = factory;

    [Fact]
    public async Task A_report_posted_as_JSON_gets_its_validation_report()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(File.ReadAllText(Path.Combine(Fixtures, "mexico-state-open-government-culture.json")), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = OgpJson.Deserialize<ValidationReport>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(9, report.ErrorCount);
        Assert.Equal(0.625, report.Completeness!.Ratio, 3);
        Assert.Contains(report.Groups, g => g.Rule.Code == "OGP120");
    }

    [Fact]
    public async Task A_dataset_uploaded_as_a_CSV_file_gets_its_summary_by_region()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent();
        using var file = new StreamContent(File.OpenRead(Path.Combine(Fixtures, "ogp-commitments-open-parliament-extract.csv")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "extract.csv");

        using var response = await client.PostAsync("/summary?by=region", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = OgpJson.Deserialize<DatasetSummary>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(558, summary.CommitmentCount);
        Assert.Equal(SummaryGrouping.Region, summary.GroupedBy);
        Assert.Equal("extract.csv", summary.Subject);
        Assert.Equal(4, summary.Groups.Count);
    }

    [Fact]
    public async Task A_dataset_posted_as_the_raw_body_is_validated_row_by_row()
    {
        using var client = _factory.CreateClient();
        using var body = new StreamContent(File.OpenRead(Path.Combine(Fixtures, "ogp-commitments-open-parliament-extract.csv")));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync("/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = OgpJson.Deserialize<ValidationReport>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(558, report.ItemCount);
    }

    [Fact]
    public async Task JSON_rows_posted_as_the_raw_body_are_read_asynchronously_and_summarized()
    {
        // JSON rows are read twice (keys, then rows): a request body, which cannot seek, is copied to a
        // temporary file first, asynchronously (the server allows no synchronous read).
        const string rows = """
            [
              {"Commitment Unique Identifier": "AL0002", "Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "Substantial"},
              {"Commitment Unique Identifier": "AL0003", "Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "Complete"}
            ]
            """;
        using var client = _factory.CreateClient();
        using var body = new StringContent(rows, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/summary", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = OgpJson.Deserialize<DatasetSummary>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, summary.CommitmentCount);
    }

    [Theory]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"memberName\":\"A\",\"memberName\":\"B\"}", "memberName")]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"commitment\":", "")]
    [InlineData("{\"kind\":\"no-such-kind\"}", "no-such-kind")]
    public async Task Unreadable_input_is_a_400_problem_with_the_reason(string json, string mentioned)
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("The input could not be read", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(mentioned, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_bound_as_a_typed_parameter_gets_its_validation_report()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(File.ReadAllText(Path.Combine(Fixtures, "mexico-state-open-government-culture.json")), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/reports/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = OgpJson.Deserialize<ValidationReport>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(9, report.ErrorCount);
    }

    [Theory]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"lessons\":null}", "$.lessons", 1)]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\n\"commitment\":null}", "$.commitment", 2)]
    [InlineData("{\"kind\":\"action-plan\"}", "$.kind", null)]
    [InlineData("{\"lessons\":[]}", "$", null)]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"schemaVersion\":\"2.0\"}", "$.schemaVersion", null)]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"memberName\":\"A\",\n\n\"memberName\":\"B\"}", "$.memberName", 3)]
    [InlineData("{\"kind\":\"end-of-commitment-report\",\"completion\":{\"level\":3}}", "$.completion.level", 1)]
    public async Task A_typed_parameter_the_format_refuses_is_a_400_problem_with_path_and_line(string json, string path, int? line)
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/reports/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(text);
        var expected = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<OpenGov.Model.EndOfCommitmentReport>(json));
        Assert.Equal("The input could not be read", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(expected.Reason, problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(path, problem.RootElement.GetProperty("path").GetString());
        if (line is { } number)
        {
            Assert.Equal(number, problem.RootElement.GetProperty("line").GetInt64());
        }

        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validation_options_come_from_the_hosts_configuration()
    {
        using var factory = _factory.WithWebHostBuilder(host => host
            .UseSetting("Ogp:Validation:DisabledCodes:0", "OGP120")
            .UseSetting("Ogp:Validation:SeverityOverrides:OGP110", "Warning"));
        using var client = factory.CreateClient();
        using var body = new StringContent(File.ReadAllText(Path.Combine(Fixtures, "mexico-state-open-government-culture.json")), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/reports/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = OgpJson.Deserialize<ValidationReport>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(report.Groups, g => g.Rule.Code == "OGP120");
        Assert.All(report.Groups.Where(g => g.Rule.Code == "OGP110"), g => Assert.Equal(FindingSeverity.Warning, g.Severity));
        Assert.Contains(report.Groups, g => g.Rule.Code == "OGP110");
    }

    [Theory]
    [InlineData("Ogp:Validation:DisabledCodes:0", "OGP999", "OGP999")]
    [InlineData("Ogp:Validation:MaxFindings", "-1", "MaxFindings")]
    [InlineData("Ogp:Reader:MaxRecordLength", "5", "MaxRecordLength")]
    public async Task Options_out_of_range_stop_the_host_at_start(string key, string value, string reason)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddOgp(builder.Configuration.GetSection("Ogp"));
        using var host = builder.Build();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_cut_short_is_a_400_problem()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent("junk", Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");

        using var response = await client.PostAsync("/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_content_type_for_a_typed_parameter_is_a_415_problem()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent("{}", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/reports/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_typed_parameter_without_a_body_is_a_400_problem()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent("not json", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/reports/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0\0")]
    [InlineData("\"unterminated")]
    public async Task An_empty_or_binary_body_is_a_400_problem(string text)
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(text, Encoding.UTF8, "application/octet-stream");

        using var response = await client.PostAsync("/validate", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("1")]
    [InlineData("member,actionplan")]
    [InlineData("nonsense")]
    public async Task An_unknown_grouping_is_a_400_problem(string by)
    {
        using var client = _factory.CreateClient();
        using var body = new StreamContent(File.OpenRead(Path.Combine(Fixtures, "ogp-commitments-open-parliament-extract.csv")));

        using var response = await client.PostAsync("/summary?by=" + by, body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_summary_of_a_report_is_refused_with_a_reason()
    {
        using var client = _factory.CreateClient();
        using var body = new StringContent(File.ReadAllText(Path.Combine(Fixtures, "mexico-state-open-government-culture.json")), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/summary", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("end-of-commitment-report", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
