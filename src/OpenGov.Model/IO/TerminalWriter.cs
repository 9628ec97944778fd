using System.IO;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// Writes text under <see cref="OutputSafety.Terminal"/>, so that data printed to a terminal cannot move the
/// cursor, change colours, retitle the window, turn text around or hide in invisible characters. A carriage
/// return and a high surrogate at the end of a write wait for the next one, so that a line end or a pair
/// split across writes is kept whole.
/// </summary>
internal sealed class TerminalWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly StringBuilder _buffer = new();
    private string? _carry;
    private bool _markMayAttach;

    public TerminalWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override string NewLine
    {
        get => _inner.NewLine;
#pragma warning disable CS8765 // The base accepts null as "the default"; so does the inner writer.
        set => _inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>Gets <paramref name="writer"/> if it already is one, or a new one over it.</summary>
    public static TerminalWriter Over(TextWriter writer) => writer as TerminalWriter ?? new TerminalWriter(writer);

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var text = _carry is null ? value! : _carry + value;
        _carry = null;
        var end = text.Length;
        if (text[end - 1] == '\r' || char.IsHighSurrogate(text[end - 1]))
        {
            _carry = text.Substring(end - 1);
            end--;
        }

        WriteEscaped(text, end);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(NewLine);
    }

    /// <summary>Writes what waits for the next write, escaped, without flushing the inner writer.</summary>
    public void Complete()
    {
        if (_carry is { } carry)
        {
            _carry = null;
            WriteEscaped(carry, carry.Length);
        }
    }

    public override void Flush()
    {
        Complete();
        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void WriteEscaped(string text, int end)
    {
        _buffer.Clear();
        OutputSafety.AppendTerminal(_buffer, text, 0, end, ref _markMayAttach);
        _inner.Write(_buffer.ToString());
    }
}
