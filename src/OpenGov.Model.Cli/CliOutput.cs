using System;
using System.IO;
using System.Text;

namespace OpenGov.Model.Cli;

/// <summary>
/// Where a command writes its result: a file (written whole or not at all, see <see cref="AtomicFile"/>) or
/// standard output. JSON is written as UTF-8 bytes to <see cref="Stream"/>, text to <see cref="Writer"/>.
/// </summary>
internal sealed class CliOutput : IDisposable
{
    private readonly AtomicFile? _file;
    private readonly string _name;
    private StreamWriter? _fileWriter;
    private Stream? _stream;

    private CliOutput(AtomicFile? file, TextWriter? standardOutput, string name)
    {
        _file = file;
        _name = name;
        StandardOutput = standardOutput;
    }

    /// <summary>Gets the writer of standard output, when the result goes there.</summary>
    private TextWriter? StandardOutput { get; }

    /// <summary>Gets whether the result goes to standard output, where what was written stays written.</summary>
    public bool IsStandardOutput => _file is null;

    /// <summary>Gets the text writer of the result.</summary>
    public TextWriter Writer => StandardOutput ?? (_fileWriter ??= new StreamWriter(_file!.Stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" });

    /// <summary>Gets the UTF-8 stream of the result.</summary>
    public Stream Stream => _stream ??= _file is not null ? _file.Stream : new TextWriterStream(StandardOutput!);

    /// <summary>Opens the result: the file at <paramref name="path"/>, or standard output.</summary>
    public static CliOutput Open(string? path, TextWriter standardOutput)
    {
        if (path is null || NamesStandardOutput(path))
        {
            return new CliOutput(null, standardOutput, "standard output");
        }

        try
        {
            return new CliOutput(AtomicFile.Create(path), null, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"ogp: cannot write '{path}': {e.Message}", OgpCli.Unreadable, e);
        }
    }

    /// <summary>Whether an output path names standard output: none given, or <c>-</c> as command-line tools spell it.</summary>
    public static bool NamesStandardOutput(string? path) => path is null or "-";

    /// <summary>Finishes the result: flushes it, and puts a file in its place.</summary>
    public void Commit()
    {
        try
        {
            _fileWriter?.Dispose();
            _fileWriter = null;
            _stream?.Flush();
            StandardOutput?.Flush();
            _file?.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(e);
        }
    }

    /// <summary>The one line for a write that failed: a full disk, a closed pipe, a folder that cannot be written.</summary>
    public CliException WriteFailed(Exception e) =>
        _file is null && e is IOException io && OgpCli.IsClosedPipe(io)
            ? new(string.Empty, OgpCli.OutputClosed, e)
            : new($"ogp: cannot write {(_file is null ? _name : "'" + _name + "'")}: {e.Message}", OgpCli.Unreadable, e);

    /// <summary>Removes a file that was not committed.</summary>
    public void Dispose()
    {
        try
        {
            _fileWriter?.Dispose();
        }
        catch (IOException)
        {
            // The disk is full: the file is removed below, the error was reported.
        }

        _file?.Dispose();
    }

    /// <summary>UTF-8 bytes written to a text writer, decoded as they come (a character cut between two writes is kept for the next).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var count = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, count);
        }
    }
}
