using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Routing;
using OpenGov.Model.Cli.Serve;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests.Serve;

/// <summary>The review server over HTTP: its pages, API, downloads, problems and headers, on the real data and the hostile corpus.</summary>
public sealed class ServeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly int[] Answers = [200, 400, 413, 415, 422];

    private HttpClient Client => server.Client;

    [Fact]
    public async Task The_upload_page_is_in_english_or_spanish()
    {
        var english = await Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Or paste text", english, StringComparison.Ordinal);

        var spanish = await Client.GetStringAsync("/?lang=es", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"es\">", spanish, StringComparison.Ordinal);
        Assert.Contains("O pegue el texto", spanish, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"es\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/assets/app.css")]
    [InlineData("GET", "/assets/app.js")]
    [InlineData("GET", "/openapi.json")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("POST", "/api/review")]
    [InlineData("POST", "/review")]
    public async Task Every_answer_carries_the_security_headers(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("not OGP data") : null };
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(ReviewServer.ContentSecurityPolicy, string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("default-src 'none'", ReviewServer.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", ReviewServer.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.CacheControl?.NoStore == true || path.StartsWith("/assets", StringComparison.Ordinal) || path == "/openapi.json");
    }

    [Fact]
    public async Task The_real_report_page_is_reviewed_with_its_score_and_findings()
    {
        using var response = await Client.PostAsync("/api/review?name=page.txt", new ByteArrayContent(File.ReadAllBytes(Page)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal("page.txt", root.GetProperty("input").GetProperty("name").GetString());
        Assert.Equal("ReportPage", root.GetProperty("input").GetProperty("kind").GetString());
        Assert.Equal(DocumentKinds.EndOfCommitmentReport, root.GetProperty("input").GetProperty("documentKind").GetString());
        Assert.Equal("UTF-8", root.GetProperty("input").GetProperty("encoding").GetString());

        // The same validation report as ogp validate --format json gives for the same input.
        var cli = Cli(Page, "page.txt", "validate", "-", "--format", "json");
        using var expected = JsonDocument.Parse(cli);
        Assert.Equal(expected.RootElement.GetRawText(), root.GetProperty("validation").GetRawText());
        var completeness = root.GetProperty("validation").GetProperty("completeness");
        Assert.InRange(completeness.GetProperty("ratio").GetDouble(), 0.01, 0.99);
        Assert.Contains("Open government culture", root.GetProperty("contents").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extract_is_reviewed_in_one_pass_with_both_conventions()
    {
        using var form = ServerFixture.Form(Extract);
        using var response = await Client.PostAsync("/api/review", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal("DatasetCsv", root.GetProperty("input").GetProperty("kind").GetString());
        Assert.Equal(",", root.GetProperty("input").GetProperty("delimiter").GetString());
        Assert.Equal(558, root.GetProperty("validation").GetProperty("itemCount").GetInt32());
        using var strict = JsonDocument.Parse(Cli(Extract, Path.GetFileName(Extract), "summary", "-", "--format", "json", "--convention", "strict"));
        using var dataset = JsonDocument.Parse(Cli(Extract, Path.GetFileName(Extract), "summary", "-", "--format", "json", "--convention", "dataset"));
        Assert.Equal(strict.RootElement.GetRawText(), root.GetProperty("summaries").GetProperty("strict").GetRawText());
        Assert.Equal(dataset.RootElement.GetRawText(), root.GetProperty("summaries").GetProperty("dataset").GetRawText());
        Assert.NotEqual(strict.RootElement.GetRawText(), dataset.RootElement.GetRawText());
    }

    [Fact]
    public async Task The_results_page_shows_what_the_input_is_its_findings_and_where()
    {
        using var form = ServerFixture.Form(Extract, ("convention", "dataset"));
        using var response = await Client.PostAsync("/review", form, TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dd data-fact=\"kind\">dataset (CSV)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-fact=\"delimiter\">comma (,)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"OGP303\"", page, StringComparison.Ordinal);

        // A finding's line links to that line of the input, shown on the page.
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a href=\"#L(\\d+)\">line \\1, column \\d+</a>");
        Assert.True(link.Success);
        Assert.Contains($"<tr id=\"L{link.Groups[1].Value}\">", page, StringComparison.Ordinal);

        // The convention asked for is the one shown first; both summaries are on the page, with their charts.
        Assert.Contains("id=\"v-dataset\" value=\"dataset\" checked", page, StringComparison.Ordinal);
        Assert.Contains("summary-strict", page, StringComparison.Ordinal);
        Assert.True(page.Split("<svg").Length > 10);
    }

    public static TheoryData<string, string, string[]> Downloads() => new()
    {
        { "page", "report-text", ["convert", "-", "--to", "text", "--language", "es"] },
        { "page", "document-json", ["convert", "-", "--to", "json"] },
        { "page", "validation-csv", ["validate", "-", "--format", "csv"] },
        { "json", "validation-json", ["validate", "-", "--format", "json"] },
        { "json", "report-text", ["convert", "-", "--to", "text", "--language", "es"] },
        { "extract", "dataset-csv", ["convert", "-", "--to", "csv"] },
        { "extract", "document-json", ["convert", "-", "--to", "json"] },
        { "extract", "validation-json", ["validate", "-", "--format", "json"] },
        { "extract", "summary-html", ["summary", "-", "--format", "html", "--convention", "dataset"] },
        { "extract", "summary-markdown", ["summary", "-", "--format", "markdown", "--convention", "dataset"] },
        { "extract", "indicators-csv", ["indicators", "-", "--format", "csv", "--convention", "dataset"] },
    };

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task A_download_is_what_the_command_writes(string input, string output, string[] command)
    {
        var file = input switch { "page" => Page, "json" => CanonicalReport, _ => Extract };
        using var form = ServerFixture.Form(file);
        using var response = await Client.PostAsync($"/download?output={output}&convention=dataset&language=es", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var expected = Cli(file, Path.GetFileName(file), command);
        Assert.True(expected.Length > 100);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unreadable_input_is_a_problem_with_its_line_column_and_path()
    {
        using var response = await Client.PostAsync("/api/review?name=cut.json", new StringContent("{\n  \"kind\": \"end-of-commitment-report\",\n  \"member\": {\"name\": \"X\",", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("urn:ogp:problem:unreadable", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("cut.json", problem.RootElement.GetProperty("input").GetString());
        Assert.Equal(3, problem.RootElement.GetProperty("line").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("column", out _));
        Assert.StartsWith("$.member", problem.RootElement.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_input_or_with_an_unknown_download_is_told_so()
    {
        using var empty = new MultipartFormDataContent { { new StringContent(string.Empty), "text" } };
        using var nothing = await Client.PostAsync("/review", empty, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("data-problem=\"no-input\"", await nothing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var unknown = await Client.PostAsync("/api/convert/nope", new StringContent("x"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/review", "")]
    [InlineData("/api/review", "garbage")]
    [InlineData("/api/diff", "--XyZ")]
    [InlineData("/compare", "--XyZ\r\n")]
    [InlineData("/download?output=document-json", "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nCommitment Unique")]
    [InlineData("/api/convert/document-json", "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc")]
    public async Task A_form_empty_or_cut_short_is_a_bad_request_not_a_failure_of_the_server(string path, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XyZ");
        using var response = await Client.PostAsync(path, content, TestContext.Current.CancellationToken);

        Assert.Contains((int)response.StatusCode, new[] { 400, 422 });
        Assert.Contains("bad-form", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators-csv?convention=bogus")]
    [InlineData("report-text?language=xx")]
    public async Task A_convention_or_language_the_commands_do_not_take_is_refused(string query)
    {
        using var response = await Client.PostAsync("/api/convert/" + query, new ByteArrayContent(File.ReadAllBytes(CanonicalReport)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        // Any case of a value taken is taken.
        using var upper = await Client.PostAsync("/api/convert/report-text?language=ES", new ByteArrayContent(File.ReadAllBytes(CanonicalReport)), TestContext.Current.CancellationToken);
        Assert.StartsWith("Informe de fin de compromiso", await upper.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/assets/app.css")]
    [InlineData("/openapi.json")]
    public async Task Head_is_answered_where_get_is(string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Direction_overrides_in_the_data_are_shown_not_obeyed()
    {
        using var form = ServerFixture.Form(Path.Combine(HostileFolder, "escapes.csv"));
        using var response = await Client.PostAsync("/review", form, TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain('\u202e', page);
        Assert.DoesNotContain('\u2066', page);
        Assert.Contains("\\u202E", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_field_sent_as_a_plain_value_is_the_input()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(CanonicalReport)), "file" } };
        using var response = await Client.PostAsync("/api/review", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Two_releases_are_compared()
    {
        var old = File.ReadAllBytes(Extract);
        var text = Encoding.UTF8.GetString(old);
        var changed = Encoding.UTF8.GetBytes(text.Replace(",Substantial,", ",Limited,", StringComparison.Ordinal));
        Assert.NotEqual(text.Length, Encoding.UTF8.GetString(changed).Length - 1);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(old), "file", "2023.csv" },
            { new ByteArrayContent(changed), "other", "2024.csv" },
        };
        using var response = await Client.PostAsync("/api/diff", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(DocumentKinds.DatasetDifference, json.RootElement.GetProperty("kind").GetString());
        Assert.Contains("Limited", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_route()
    {
        var document = await Client.GetStringAsync("/openapi.json", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(document);
        var described = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        await using var app = ReviewServer.Create(new ServeOptions { Port = 0 });
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Where(r => r.StartsWith("/api/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(routes, described);
        Assert.StartsWith("3.1", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);

        // Every output the API converts to is named in the document.
        var outputs = json.RootElement.GetProperty("paths").GetProperty("/api/convert/{output}").GetProperty("post").GetProperty("parameters")[0].GetProperty("schema").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(CommandDownload.Outputs.Keys.Order(StringComparer.Ordinal), outputs);
    }

    public static TheoryData<string> HostileFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(HostileFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".py", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Every_hostile_input_gets_a_page_or_a_problem_with_nothing_unescaped(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(HostileFolder, name));
        var hostileName = "<script>alert(1)</script>" + name;

        using var form = ServerFixture.Form(bytes, hostileName, ("convention", "dataset"));
        using var page = await Client.PostAsync("/review", form, TestContext.Current.CancellationToken);
        Assert.Contains((int)page.StatusCode, Answers);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        AssertInert(html);

        using var api = await Client.PostAsync("/api/review?name=" + Uri.EscapeDataString(hostileName), new ByteArrayContent(bytes), TestContext.Current.CancellationToken);
        Assert.Contains((int)api.StatusCode, Answers);
        using (JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            // Every API answer, a review or a problem, is JSON.
        }

        foreach (var output in new[] { "document-json", "summary-html", "validation-csv", "report-text" })
        {
            using var converted = await Client.PostAsync($"/api/convert/{output}", new ByteArrayContent(bytes), TestContext.Current.CancellationToken);
            Assert.Contains((int)converted.StatusCode, Answers);
            var body = await converted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            if (output == "summary-html" && converted.IsSuccessStatusCode)
            {
                AssertInert(body, ourScript: 0);
            }
        }
    }

    private static void AssertInert(string html, int ourScript = 1)
    {
        Assert.Equal(ourScript, html.Split("<script", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<[a-z][^>]*\\son[a-z]+\\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp/", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory, html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', html);
    }

    /// <summary>What <c>ogp</c> writes for <paramref name="args"/> with <paramref name="file"/> as its standard input named <paramref name="name"/>.</summary>
    internal static string Cli(string file, string name, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(File.ReadAllBytes(file), writable: false), outputIsTerminal: false, progress: false) { StandardInputName = name };
        var exit = OgpCli.Run(args, context, TestContext.Current.CancellationToken);
        Assert.True(exit is OgpCli.Success or OgpCli.Invalid, error.ToString());
        return output.ToString();
    }
}
