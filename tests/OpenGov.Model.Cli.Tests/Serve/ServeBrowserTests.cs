using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests.Serve;

/// <summary>
/// The review page in a real browser: Debian's chromium, driven by Playwright (its driver only; no browser is
/// downloaded). Each page is checked with axe-core (from the npm registry; OGP_AXE names its axe.min.js) and must
/// not break its own content security policy. Skipped where no Chromium or axe-core is installed, unless
/// OGP_REQUIRE_BROWSER=1 (CI), where either missing fails.
/// </summary>
public sealed class ServeBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private readonly List<string> _problems = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _axe = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var executable = Browsers.Chromium();
        var axe = Environment.GetEnvironmentVariable("OGP_AXE");
        if (string.IsNullOrEmpty(axe) || !File.Exists(axe))
        {
            const string Missing = "No axe-core (set OGP_AXE to its axe.min.js, as .ci/run does after 'npm install axe-core').";
            Assert.False(Environment.GetEnvironmentVariable("OGP_REQUIRE_BROWSER") == "1", Missing);
            Assert.Skip(Missing);
        }

        _axe = await File.ReadAllTextAsync(axe!);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task The_real_report_page_shows_its_kind_score_and_findings()
    {
        var page = await OpenAsync();
        await page.GotoAsync(server.Address);
        await AssertAccessibleAsync(page);
        await page.SetInputFilesAsync("#file", Page);
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Review of end-of-commitment-report-mexico-state");
        Assert.Equal("End of Commitment Report page (text)", await page.TextContentAsync("[data-fact=kind]"));
        Assert.Equal("UTF-8", await page.TextContentAsync("[data-fact=encoding]"));
        Assert.Matches("^[0-9]{1,2}%$", await page.TextContentAsync("[data-score]") ?? string.Empty);
        Assert.True(await page.Locator("details.rule").CountAsync() > 0);
        Assert.True(await page.Locator("details.rule td", new() { HasTextString = "question" }).CountAsync() > 0);
        await AssertAccessibleAsync(page);
        AssertNoProblems();
    }

    [Fact]
    public async Task The_extract_follows_a_finding_to_its_line_switches_convention_and_filters()
    {
        var page = await OpenAsync();
        await page.GotoAsync(server.Address);
        await page.CheckAsync("#c-dataset");
        await page.SetInputFilesAsync("#file", Extract);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-fact=kind]")).ToHaveTextAsync("dataset (CSV)");
        Assert.Equal("comma (,)", await page.TextContentAsync("[data-fact=delimiter]"));

        // Follow the duplicate number's finding to its line: the line is on the page, in view, and holds the value.
        var link = page.Locator("details[data-rule=OGP303] a[href^='#L']").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        var row = page.Locator("tr" + target);
        await Assertions.Expect(row).ToBeInViewportAsync();
        await Assertions.Expect(row).ToContainTextAsync("2.1");

        // The convention chosen on the form is the summary shown; the switch shows the other.
        await Assertions.Expect(page.Locator(".summary-dataset")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".summary-strict")).ToBeHiddenAsync();
        await page.CheckAsync("#v-strict");
        await Assertions.Expect(page.Locator(".summary-strict")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".summary-dataset")).ToBeHiddenAsync();

        // Filters: warnings off hides the warnings' rules and keeps the error's.
        await page.UncheckAsync("#show-warning");
        await Assertions.Expect(page.Locator("details.sev-warning").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("details.sev-error").First).ToBeVisibleAsync();
        await page.UncheckAsync("#show-rule");
        await Assertions.Expect(page.Locator("details.sev-error").First).ToBeHiddenAsync();
        await AssertAccessibleAsync(page);
        AssertNoProblems();
    }

    [Theory]
    [InlineData("json", "document-json", "convert - --to json")]
    [InlineData("json", "validation-csv", "validate - --format csv")]
    [InlineData("page", "report-text", "convert - --to text --language en")]
    [InlineData("extract", "summary-markdown", "summary - --format markdown --convention dataset")]
    [InlineData("extract", "dataset-csv", "convert - --to csv")]
    public async Task A_download_is_what_the_command_writes_for_the_same_input(string input, string output, string command)
    {
        var file = input switch { "page" => Page, "json" => CanonicalReport, _ => Extract };
        var page = await OpenAsync();
        await page.GotoAsync(server.Address);
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-fact=kind]")).ToBeVisibleAsync();
        if (input == "extract")
        {
            // The convention switched on the results page is the one the download uses.
            await page.CheckAsync("#v-dataset");
        }

        await page.SetInputFilesAsync("#download-file", file);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-output={output}]"));
        var path = await download.PathAsync();

        Assert.Equal(ServeTests.Cli(file, Path.GetFileName(file), command.Split(' ')), await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        AssertNoProblems();
    }

    [Fact]
    public async Task A_hostile_file_is_shown_and_nothing_of_it_runs()
    {
        var page = await OpenAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(server.Address);
        var hostile = Path.Combine(Directory.CreateTempSubdirectory("ogp-serve-").FullName, "<img src=x onerror=alert(2)>.csv");
        File.Copy(Path.Combine(HostileFolder, "markup.csv"), hostile);
        await page.SetInputFilesAsync("#file", hostile);
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<img src=x onerror=alert(2)>.csv");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Equal(0, dialogs);
        await AssertAccessibleAsync(page);

        // A file that cannot be read at all: a problem page, in the same way.
        await page.GotoAsync(server.Address);
        await page.SetInputFilesAsync("#file", Path.Combine(HostileFolder, "binary.bin"));
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-problem]")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        Assert.Equal(0, dialogs);
        AssertNoProblems();
    }

    [Fact]
    public async Task Without_javascript_the_form_posts_and_the_results_show()
    {
        var page = await OpenAsync(javaScript: false);
        await page.GotoAsync(server.Address);
        await page.FillAsync("#text", await File.ReadAllTextAsync(Page, TestContext.Current.CancellationToken));
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("(pasted text)");
        Assert.Matches("^[0-9]{1,2}%$", await page.TextContentAsync("[data-score]") ?? string.Empty);

        // Pasted text is carried to the downloads: no file to choose again.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-output=validation-json]"));
        var json = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        using var report = JsonDocument.Parse(json);
        Assert.Equal("validation-report", report.RootElement.GetProperty("kind").GetString());
        AssertNoProblems();
    }

    [Fact]
    public async Task The_spanish_interface()
    {
        var page = await OpenAsync(locale: "es-MX");
        await page.GotoAsync(server.Address);
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await AssertAccessibleAsync(page);
        await page.SetInputFilesAsync("#file", Path.Combine(HostileFolder, "eoc-spanish-cut.txt"));
        await page.ClickAsync("button:has-text('Revisar')");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Revisión de");
        await Assertions.Expect(page.Locator("#findings")).ToContainTextAsync("Hallazgos");
        await Assertions.Expect(page.Locator("#downloads")).ToHaveTextAsync("Descargas");
        await AssertAccessibleAsync(page);

        // The language link switches to English.
        await page.GotoAsync(server.Address + "?lang=es");
        await page.ClickAsync("a.language");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        AssertNoProblems();
    }

    [Fact]
    public async Task A_file_dropped_on_the_form_is_the_one_reviewed()
    {
        var page = await OpenAsync();
        await page.GotoAsync(server.Address);
        var text = await File.ReadAllTextAsync(CanonicalReport, TestContext.Current.CancellationToken);
        await page.EvaluateAsync(
            """
            text => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
              const zone = document.querySelector("[data-drop]");
              zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
              zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """,
            text);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelector('#file').files.length"));
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("dropped.json");
        Assert.Equal(DocumentKinds.EndOfCommitmentReport, await page.TextContentAsync("[data-fact=document-kind]"));
        AssertNoProblems();
    }

    private async Task<IPage> OpenAsync(bool javaScript = true, string locale = "en-US")
    {
        var context = await _browser!.NewContextAsync(new() { JavaScriptEnabled = javaScript, Locale = locale, AcceptDownloads = true, ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A problem page answers a form post with its status (422, 413): the browser logs that, by design.
            var url = message.Location ?? string.Empty;
            var posted = url.Contains("/review", StringComparison.Ordinal) || url.Contains("/download", StringComparison.Ordinal) || url.Contains("/compare", StringComparison.Ordinal);
            if (message.Type == "error" && !(posted && message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)))
            {
                _problems.Add(message.Text + " (" + url + ")");
            }
        };
        page.PageError += (_, error) => _problems.Add(error);
        return page;
    }

    /// <summary>Runs axe-core on the page: no violation of any rule it runs by default.</summary>
    private async Task AssertAccessibleAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(_axe);
        }

        var violations = await page.EvaluateAsync<string[]>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; '))");
        Assert.True(violations.Length == 0, "axe-core: " + string.Join(" | ", violations));
    }

    /// <summary>No console error (a content security policy refusal is one) and no script error on any page of the test.</summary>
    private void AssertNoProblems() => Assert.True(_problems.Count == 0, string.Join(" | ", _problems));
}

/// <summary>The Chromium the browser tests run: OGP_BROWSER, else the first on the PATH.</summary>
internal static class Browsers
{
    public static string Chromium()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var candidates = new[] { Environment.GetEnvironmentVariable("OGP_BROWSER") }
            .Concat(new[] { "chromium", "chromium-browser", "google-chrome" }.SelectMany(name => path.Select(directory => Path.Combine(directory, name))));
        var found = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
        if (found is null)
        {
            const string Missing = "No headless Chromium found (install Debian's chromium package, or set OGP_BROWSER).";
            Assert.False(Environment.GetEnvironmentVariable("OGP_REQUIRE_BROWSER") == "1", Missing);
            Assert.Skip(Missing);
        }

        return found!;
    }
}
