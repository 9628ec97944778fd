using System;
using System.Diagnostics;
using System.IO;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>
/// Opens the HTML summary that <c>ogp summary --html</c> writes in a real headless browser (Debian's
/// chromium package) and checks the screenshot shows its charts. Skipped where no Chromium is installed,
/// unless OGP_REQUIRE_BROWSER=1 (the browser is OGP_BROWSER or chromium on the PATH) (CI installs the package and sets it), where a missing browser fails.
/// </summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-browser-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_html_summary_renders_its_charts_in_headless_chromium()
    {
        var browser = FindBrowser();
        var page = Path.Combine(_directory, "summary.html");
        var screenshot = Path.Combine(_directory, "summary.png");
        Assert.Equal(OgpCli.Success, OgpCli.Run(["summary", Extract, "--by", "region", "--html", page], new StringWriter(), new StringWriter(), cancellationToken: TestContext.Current.CancellationToken));

        Render(browser, page, screenshot);

        var png = Png.Read(screenshot);
        Assert.Equal((1200, 3000), (png.Width, png.Height));
        // The per-region share bars, one colour per indicator.
        Assert.True(png.CountOf(0x1b6ca8) > 1000, $"high completion bars: {png.CountOf(0x1b6ca8)} pixels");
        Assert.True(png.CountOf(0xe08a1e) > 1000, $"high ambition (potential impact) bars: {png.CountOf(0xe08a1e)} pixels");
        Assert.True(png.CountOf(0xb5651d) > 1000, $"high ambition (potential for results) bars: {png.CountOf(0xb5651d)} pixels");
        Assert.True(png.CountOf(0x2e8b57) > 500, $"strong early results bars: {png.CountOf(0x2e8b57)} pixels");
        // The completion and Did it Open Government? distributions: the scale's colours and grey for what is missing.
        Assert.True(png.CountOf(0x006837) > 1000, $"Complete / Outstanding bars: {png.CountOf(0x006837)} pixels");
        Assert.True(png.CountOf(0xd73027) > 500, $"Withdrawn / Worsened bars: {png.CountOf(0xd73027)} pixels");
        Assert.True(png.CountOf(0xb8b8b8) > 10000, $"missing-value bars: {png.CountOf(0xb8b8b8)} pixels");
        // Text was drawn: a page of only bars and background would have few colours.
        Assert.True(png.Colors.Count > 50, $"{png.Colors.Count} colours");
    }

    private static string FindBrowser() => Serve.Browsers.Chromium();

    private void Render(string browser, string page, string screenshot)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(_directory, "profile"),
            "--window-size=1200,3000", "--screenshot=" + screenshot, new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within two minutes.");
        }

        Assert.True(File.Exists(screenshot), $"Chromium wrote no screenshot (exit {process.ExitCode}): {error.Result}");
    }
}
