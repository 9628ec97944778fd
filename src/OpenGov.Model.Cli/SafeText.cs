using System.Globalization;
using System.IO;
using System.Text;

namespace OpenGov.Model.Cli;

/// <summary>
/// Writes text with its control characters shown as escapes (<c>\u001b</c>), so that data printed to a
/// terminal cannot move the cursor, change colours or retitle the window: C0 controls but tab and line
/// feed, a carriage return that does not end a line, DEL, C1 controls, and the Unicode direction overrides.
/// </summary>
internal sealed class SafeText : TextWriter
{
    private readonly TextWriter _inner;
    private bool _pendingCr;

    public SafeText(TextWriter inner)
        : base(CultureInfo.InvariantCulture)
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

    /// <summary>Escapes the control characters of <paramref name="text"/>.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = !IsUnsafe(text[i]) || (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public override void Write(char value)
    {
        if (_pendingCr)
        {
            _pendingCr = false;
            _inner.Write(value == '\n' ? "\r" : "\\u000d");
        }

        if (value == '\r')
        {
            _pendingCr = true;
            return;
        }

        if (IsUnsafe(value))
        {
            _inner.Write("\\u" + ((int)value).ToString("x4", CultureInfo.InvariantCulture));
            return;
        }

        _inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!_pendingCr && value.Length > 0 && value[value.Length - 1] != '\r')
        {
            _inner.Write(Escape(value));
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(NewLine);
    }

    public override void Flush()
    {
        if (_pendingCr)
        {
            _pendingCr = false;
            _inner.Write("\\u000d");
        }

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

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not ('\n' or '\t')) || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069'
        || c is '\u200e' or '\u200f' or '\u061c';
}
