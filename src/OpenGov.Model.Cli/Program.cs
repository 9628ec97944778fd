using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using OpenGov.Model.Cli;

// Ctrl-C, SIGTERM, SIGHUP and SIGQUIT cancel the command: it stops within a second, removes what it had
// half-written and exits 130. Should a step not notice in time, the process removes the temporary files and
// exits anyway.
var context = new CliContext(
    StandardOutput(),
    Console.Error,
    Console.OpenStandardInput,
    outputIsTerminal: !Console.IsOutputRedirected,
    progress: !Console.IsErrorRedirected);
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var hangUp = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
using var quit = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

return OgpCli.Run(args, context, cancellation.Token);

// Standard output as a stream when it is a pipe: a write to a pipe whose reader has gone fails (the console's own
// writer ignores that), so that `ogp … | head -1` stops at once instead of running to its end.
static TextWriter StandardOutput()
{
    if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected)
    {
        return Console.Out;
    }

    try
    {
        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
        if (stream.CanSeek)
        {
            // A file: the console's writer writes where the file's shared offset stands, as the shell and any
            // other command writing to the same file expect (a FileStream would write at its own position).
            stream.Dispose();
            return Console.Out;
        }

        return new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
    {
        return Console.Out;
    }
}

void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    if (cancellation.IsCancellationRequested)
    {
        return;
    }

    cancellation.Cancel();
    var watchdog = new Thread(() =>
    {
        Thread.Sleep(800);
        AtomicFile.RemovePending();
        try
        {
            context.ReportInterrupt();
        }
        catch (IOException)
        {
        }

        Environment.Exit(OgpCli.Cancelled);
    })
    { IsBackground = true };
    watchdog.Start();
}

/// <summary>The tool's entry point; internal, as nothing outside the tool runs it.</summary>
internal sealed partial class Program;
