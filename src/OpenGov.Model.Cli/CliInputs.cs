using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model.Cli;

/// <summary>What every command shares: where it writes, how it reads, whether to show progress, when to stop.</summary>
internal sealed class CliContext
{
    private int _interruptReported;

    public CliContext(TextWriter output, TextWriter error, Func<Stream> standardInput, bool outputIsTerminal, bool progress)
    {
        RawOutput = output;
        Output = new TerminalWriter(output);
        Error = new TerminalWriter(error);
        StandardInput = standardInput;
        OutputIsTerminal = outputIsTerminal;
        Progress = progress;
    }

    /// <summary>Gets standard output as it is: for JSON and CSV written to a file or a pipe.</summary>
    public TextWriter RawOutput { get; }

    /// <summary>Gets standard output with control characters escaped: for text, and for anything written to a terminal.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error, with control characters escaped.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets standard input, opened when a command reads <c>-</c>.</summary>
    public Func<Stream> StandardInput { get; }

    /// <summary>Gets whether standard output is a terminal: machine formats are then escaped too.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Gets whether to write progress to standard error.</summary>
    public bool Progress { get; }

    /// <summary>Gets the name standard input is shown by: <see cref="CliInputs.StandardInputName"/> unless a host names it (the review server names an upload by its file name).</summary>
    public string StandardInputName { get; init; } = CliInputs.StandardInputName;

    /// <summary>Gets the reader's limits the inputs are opened with: the library's defaults, unless a host sets its own (the review server ties them to its upload limit).</summary>
    public OgpReaderOptions ReaderLimits { get; init; } = OgpReaderOptions.Default;

    /// <summary>Gets the failure that ended the command, when it ended with one: for a host that answers with more than the message (the review server's problem details).</summary>
    public Exception? Failure { get; set; }

    /// <summary>Says once that the command was interrupted, whichever of the command and the process's watchdog comes first.</summary>
    public void ReportInterrupt()
    {
        if (Interlocked.Exchange(ref _interruptReported, 1) == 0)
        {
            Error.WriteLine("ogp: interrupted; nothing was written.");
            Error.Flush();
        }
    }

    /// <summary>Gets the writer for a machine format (JSON, CSV, Markdown) on standard output.</summary>
    public TextWriter MachineOutput => OutputIsTerminal ? Output : RawOutput;
}

/// <summary>Opens the inputs of the commands through <see cref="OgpReader"/>: a file, standard input (<c>-</c>), or the bundled report.</summary>
internal static class CliInputs
{
    /// <summary>The name of standard input.</summary>
    public const string StandardInputName = "(standard input)";

    /// <summary>The name of the bundled document, shown where a file name would be.</summary>
    public const string BundledName = "(bundled) mexico-state-open-government-culture.json";

    public static Task<OgpInput> OpenAsync(string? path, InputEncoding? encoding, string? sheet, CliContext context, CancellationToken cancellationToken)
    {
        var (stream, name) = OpenStream(path, context);
        return OpenAsync(stream, name, encoding, sheet, leaveOpen: false, context.ReaderLimits, cancellationToken);
    }

    /// <summary>Opens an input on a stream already open, such as one of <see cref="OpenRereadableAsync"/>.</summary>
    public static async Task<OgpInput> OpenAsync(Stream stream, string name, InputEncoding? encoding, string? sheet, bool leaveOpen, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        try
        {
            return await OgpReader.OpenAsync(stream, limits with { InputName = name, Encoding = encoding, Sheet = sheet, LeaveOpen = leaveOpen }, cancellationToken).ConfigureAwait(false);
        }
        catch (OgpReadException e)
        {
            throw Unreadable(e, name);
        }
    }

    /// <summary>
    /// Opens an input that a command reads twice: a file as it is; what cannot seek (standard input, a pipe, a
    /// FIFO, <c>/dev/stdin</c>, a process substitution) copied first to a temporary file with no name, up to the
    /// reader's limit, so that it is read exactly as a file is.
    /// </summary>
    public static async Task<(Stream Stream, string Name)> OpenRereadableAsync(string? path, CliContext context, CancellationToken cancellationToken)
    {
        var (stream, name) = OpenStream(path, context);
        if (stream.CanSeek)
        {
            return (stream, name);
        }

        try
        {
            return (await Spool.CopyAsync(stream, context.ReaderLimits.MaxSpoolLength, name, cancellationToken).ConfigureAwait(false), name);
        }
        catch (OgpReadException e)
        {
            throw Unreadable(e, name);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The stream of an input and the name it is shown by: the bundled report, standard input (<c>-</c>) or a file.</summary>
    private static (Stream Stream, string Name) OpenStream(string? path, CliContext context) => path switch
    {
        null => (typeof(CliInputs).Assembly.GetManifestResourceStream("OpenGov.Model.Cli.mexico-state-open-government-culture.json")!, BundledName),
        "-" => (context.StandardInput(), context.StandardInputName),
        _ => (OpenFile(path), path),
    };

    /// <summary>The one line for an input that cannot be read: file, line and position, what is wrong, the JSON path.</summary>
    public static CliException Unreadable(OgpReadException e, string name)
    {
        var location = e switch
        {
            OgpJsonException { LineNumber: { } line, BytePositionInLine: { } position } => $"{name}:{line}:{position}",
            { LineNumber: { } line } => $"{name}:{line}",
            _ => name,
        };
        var path = e is OgpJsonException j ? $" (at {j.Path})" : string.Empty;
        return new CliException($"ogp: {location}: {e.Reason.TrimEnd('.')}{path}", OgpCli.Unreadable, e);
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            if (path.Length == 0)
            {
                throw new CliException("ogp: an empty file name was given", OgpCli.Unreadable);
            }

            if (Directory.Exists(path))
            {
                throw new CliException($"ogp: cannot read '{path}': it is a directory", OgpCli.Unreadable);
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"ogp: cannot read '{path}': {e.Message}", OgpCli.Unreadable, e);
        }
    }
}

/// <summary>A command that cannot go on; the message is the one line the user sees.</summary>
internal sealed class CliException(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Gets the exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
