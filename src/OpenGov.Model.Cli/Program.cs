using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using OpenGov.Model.Cli;

// Ctrl-C and SIGTERM cancel the command: it stops within a second, removes what it had half-written and
// exits 130. Should a step not notice in time, the process removes the temporary files and exits anyway.
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var context = new CliContext(
    Console.Out,
    Console.Error,
    Console.OpenStandardInput,
    outputIsTerminal: !Console.IsOutputRedirected,
    progress: !Console.IsErrorRedirected);
return OgpCli.Run(args, context, cancellation.Token);

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
            Console.Error.WriteLine("ogp: interrupted; nothing was written.");
        }
        catch (IOException)
        {
        }

        Environment.Exit(OgpCli.Cancelled);
    })
    { IsBackground = true };
    watchdog.Start();
}
