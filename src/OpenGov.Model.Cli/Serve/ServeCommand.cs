using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model.Cli.Serve;

/// <summary><c>ogp serve</c>: the review page and its HTTP API, on this machine's loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new ServeOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on; 0 for any free one.", DefaultValueFactory = _ => defaults.Port };
        var host = new Option<string>("--host") { Description = "The address to listen on: 127.0.0.1 (the default: this machine only), ::1, localhost, or an address others can reach such as 0.0.0.0 (with a warning).", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser once the server listens." };
        var maxUpload = new Option<long>("--max-upload-mb") { Description = "The largest upload the server accepts, in megabytes; a larger one is refused with 413.", DefaultValueFactory = _ => defaults.MaxUploadBytes / (1024 * 1024) };
        var maxReviews = new Option<int>("--max-reviews") { Description = "How many reviews run at once; more wait up to ten seconds, then are told the server is busy (503).", DefaultValueFactory = _ => defaults.MaxConcurrentReviews };
        var command = new Command(
            "serve",
            "Serve the review page: upload a report, a plan, a dataset or any OGP document in the browser and see what it was read as, its findings grouped by rule with where they are, its completeness, a dataset's summary and indicators, two releases compared, and download every output of the other commands. The same as an HTTP API (/api/review, /api/diff, /api/convert/OUTPUT; /openapi.json). Uploads are read as they arrive and not kept. Stop it with Ctrl-C.")
        {
            port, host, open, maxUpload, maxReviews,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            var hostName = parse.GetValue(host)!.Trim();
            var address = hostName.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
                : IPAddress.TryParse(hostName.Trim('[', ']'), out var parsed) ? parsed
                : throw new CliException($"ogp: --host '{OutputSafety.TerminalLine(hostName)}' is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0) nor localhost", OgpCli.Unreadable);
            var chosenPort = parse.GetValue(port);
            if (chosenPort is < 0 or > 65535)
            {
                throw new CliException($"ogp: --port {chosenPort} is not a port (0 to 65535)", OgpCli.Unreadable);
            }

            var megabytes = parse.GetValue(maxUpload);
            if (megabytes is < 1 or > 64 * 1024)
            {
                throw new CliException($"ogp: --max-upload-mb {megabytes}: give 1 to 65536", OgpCli.Unreadable);
            }

            var reviews = parse.GetValue(maxReviews);
            if (reviews is < 1 or > 1024)
            {
                throw new CliException($"ogp: --max-reviews {reviews}: give 1 to 1024", OgpCli.Unreadable);
            }

            if (!IPAddress.IsLoopback(address))
            {
                context.Error.WriteLine($"ogp: warning: listening on {address}, not on this machine's loopback: anyone who can reach it can upload files to this server.");
            }

            var options = new ServeOptions { Host = address, Port = chosenPort, MaxUploadBytes = megabytes * 1024 * 1024, MaxConcurrentReviews = reviews };
            await using var app = ReviewServer.Create(options);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
            {
                throw new CliException($"ogp: cannot listen on {address} port {chosenPort}: {e.Message}", OgpCli.Unreadable, e);
            }

            var url = ReviewServer.Address(app);
            context.Output.WriteLine($"ogp serve: listening on {url} (Ctrl-C stops it)");
            context.Output.Flush();
            if (parse.GetValue(open))
            {
                OpenBrowser(url, context);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await app.StopAsync(stopping.Token).ConfigureAwait(false);
            context.Output.WriteLine("ogp serve: stopped");
            return OgpCli.Success;
        }, cancellationToken));
        return command;
    }

    private static void OpenBrowser(string url, CliContext context)
    {
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
            : new ProcessStartInfo("xdg-open", [url]);
        start.RedirectStandardError = !OperatingSystem.IsWindows();
        start.RedirectStandardOutput = !OperatingSystem.IsWindows();
        try
        {
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            context.Error.WriteLine($"ogp: could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
