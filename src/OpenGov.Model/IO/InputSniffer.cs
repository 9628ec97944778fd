using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Mapping;
using OpenGov.Model.Rendering;

namespace OpenGov.Model;

/// <summary>What the first bytes of an input say: its encoding, its kind, its delimiter.</summary>
internal sealed class InputSniffer
{
    /// <summary>How many bytes are looked at: enough for the dataset's header (about 4 KB) many times over.</summary>
    public const int PrefixSize = 64 * 1024;

    private static readonly char[] Delimiters = [',', ';', '\t'];

    private InputSniffer(byte[] prefix, int length, bool complete)
    {
        Prefix = prefix;
        Length = length;
        Complete = complete;
    }

    /// <summary>Gets the first bytes.</summary>
    public byte[] Prefix { get; }

    /// <summary>Gets how many bytes <see cref="Prefix"/> holds.</summary>
    public int Length { get; }

    /// <summary>Gets whether <see cref="Prefix"/> holds the whole input.</summary>
    public bool Complete { get; }

    /// <summary>Gets the encoding detected.</summary>
    public InputEncoding Encoding { get; private set; }

    /// <summary>Gets the length of the byte order mark, 0 without one.</summary>
    public int BomLength { get; private set; }

    /// <summary>Gets whether UTF-8 was expected but the bytes are mostly not UTF-8 (no more valid multi-byte sequences than bad bytes), and are read as Windows-1252.</summary>
    public bool NotUtf8 { get; private set; }

    /// <summary>Gets the first byte that is not UTF-8, with its line, when <see cref="NotUtf8"/>.</summary>
    public (byte Byte, long Line) FirstInvalid { get; private set; }

    /// <summary>How many bytes are decoded to tell the kind at first: a header, a page's first lines; the rest of the prefix only when they do not tell.</summary>
    private const int TextSize = 16 * 1024;

    /// <summary>Gets the text of the start of the prefix in the detected encoding (without the byte order mark).</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets whether <see cref="Text"/> holds the whole prefix.</summary>
    public bool TextIsWhole { get; private set; }

    /// <summary>Reads the start of <paramref name="stream"/>: 64 KB, or more while no line has ended, up to <paramref name="maxLength"/> bytes (a CSV header longer than 64 KB).</summary>
    public static InputSniffer Read(Stream stream, InputEncoding? encoding, int maxLength = PrefixSize)
    {
        var prefix = new byte[PrefixSize];
        var length = 0;
        int read;
        while (true)
        {
            while (length < prefix.Length && (read = stream.Read(prefix, length, prefix.Length - length)) > 0)
            {
                length += read;
            }

            if (!Grow(ref prefix, length, maxLength))
            {
                break;
            }
        }

        return Detected(prefix, length, encoding);
    }

    /// <summary>Reads the start of <paramref name="stream"/> asynchronously; see <see cref="Read"/>.</summary>
    public static async ValueTask<InputSniffer> ReadAsync(Stream stream, InputEncoding? encoding, CancellationToken cancellationToken, int maxLength = PrefixSize)
    {
        var prefix = new byte[PrefixSize];
        var length = 0;
        int read;
        while (true)
        {
#if NET
            while (length < prefix.Length && (read = await stream.ReadAsync(prefix.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
#else
            while (length < prefix.Length && (read = await stream.ReadAsync(prefix, length, prefix.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
#endif
            {
                length += read;
            }

            if (!Grow(ref prefix, length, maxLength))
            {
                break;
            }
        }

        return Detected(prefix, length, encoding);
    }

    private static InputSniffer Detected(byte[] prefix, int length, InputEncoding? encoding)
    {
        var sniffer = new InputSniffer(prefix, length, length < prefix.Length);
        sniffer.Detect(encoding);
        return sniffer;
    }

    /// <summary>
    /// Doubles a full prefix that holds no line break yet (a CSV header longer than it, say), up to
    /// <paramref name="maxLength"/>: what comes first must be seen whole to be told.
    /// </summary>
    private static bool Grow(ref byte[] prefix, int length, int maxLength)
    {
        var bytes = new ReadOnlySpan<byte>(prefix, 0, length);
        if (length < prefix.Length || prefix.Length >= maxLength || bytes.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            return false;
        }

        // Bytes with NULs are no text unless a byte order mark says UTF-16 or UTF-32: a binary stream is not read further.
        if (bytes.IndexOf((byte)0) >= 0 && Bom(bytes).Length < 2)
        {
            return false;
        }

        Array.Resize(ref prefix, (int)Math.Min((long)prefix.Length * 2, maxLength));
        return true;
    }

    /// <summary>Tells the kind of input from its first characters, and the delimiter of a CSV file.</summary>
    /// <param name="delimiter">A delimiter given by the caller, or <see langword="null"/> to detect it.</param>
    /// <param name="kind">The kind given by the caller, or <see langword="null"/> to detect it.</param>
    public (InputKind Kind, char Delimiter)? DetectKind(char? delimiter, InputKind? kind)
    {
        var detected = DetectKindInText(delimiter, kind);
        if (detected is null && !TextIsWhole)
        {
            // A header longer than the start decoded, or a page whose heading comes later.
            Decode(int.MaxValue);
            detected = DetectKindInText(delimiter, kind);
        }

        return detected;
    }

    /// <summary>Gets whether the header of a CSV input or the keys of the first of JSON rows are an implementation tracker's rather than the IRM dataset's.</summary>
    public bool IsTracker { get; private set; }

    /// <summary>Gets whether the input starts as a ZIP archive does (a local file header), as every <c>.xlsx</c> workbook does.</summary>
    public bool IsZip => Length >= 4 && Prefix[0] == (byte)'P' && Prefix[1] == (byte)'K' && Prefix[2] == 3 && Prefix[3] == 4;

    private (InputKind Kind, char Delimiter)? DetectKindInText(char? delimiter, InputKind? kind)
    {
        if (kind == InputKind.DatasetWorkbook || (kind is null && IsZip))
        {
            return (InputKind.DatasetWorkbook, ',');
        }

        var text = Text.AsSpan();
        var start = 0;
        while (start < text.Length && Blank.IsBlankChar(text[start]))
        {
            start++;
        }

        if (kind is InputKind.Document or InputKind.DatasetJsonRows)
        {
            if (kind == InputKind.DatasetJsonRows && Encoding == InputEncoding.Utf8)
            {
                var keys = JsonRowsSource.FirstRowKeys(new ReadOnlySpan<byte>(Prefix, BomLength, Length - BomLength));
                IsTracker = TrackerSheet.IsTracker(keys);
            }

            return (kind.Value, ',');
        }

        if (kind is null && start < text.Length && text[start] is '{' or '[' && OpensJson(text, start))
        {
            var utf8 = Encoding == InputEncoding.Utf8 ? new ReadOnlySpan<byte>(Prefix, BomLength, Length - BomLength) : System.Text.Encoding.UTF8.GetBytes(Text);
            if (!JsonRowsSource.IsRowExport(utf8))
            {
                return (InputKind.Document, ',');
            }

            var keys = JsonRowsSource.FirstRowKeys(utf8);
            IsTracker = TrackerSheet.IsTracker(keys);
            return (InputKind.DatasetJsonRows, ',');
        }

        if (kind is null or InputKind.DatasetCsv)
        {
            char? found = null;
            var mostFields = 0;
            foreach (var candidate in delimiter is { } given ? [given] : Delimiters)
            {
                var fields = HeaderFields(candidate, out var hasIdentity, out var isTracker);
                if (isTracker)
                {
                    IsTracker = true;
                    return (InputKind.DatasetCsv, candidate);
                }

                if (hasIdentity)
                {
                    return (InputKind.DatasetCsv, candidate);
                }

                if (fields > mostFields)
                {
                    (found, mostFields) = (candidate, fields);
                }
            }

            if (kind == InputKind.DatasetCsv)
            {
                return (InputKind.DatasetCsv, found ?? delimiter ?? ',');
            }
        }

        if (kind == InputKind.InceptionReportPage || (kind is null && InceptionReportText.LooksLikePage(Text)))
        {
            return (InputKind.InceptionReportPage, ',');
        }

        if (kind == InputKind.ReportPage || EndOfCommitmentReportText.LooksLikePage(Text))
        {
            return (InputKind.ReportPage, ',');
        }

        return null;
    }

    /// <summary>Says what the start of an input looks like, for the message of an input that is none of the kinds.</summary>
    public string Describe()
    {
        if (Length == 0)
        {
            return "it is empty";
        }

        if (Text.AsSpan().IndexOf('\0') >= 0)
        {
            return "it holds NUL characters: it looks like a binary file";
        }

        var firstLine = Text.Split('\n')[0].Trim();
        return firstLine.Length == 0 ? "its first line is blank" : $"it begins '{Excerpt.Of(firstLine, 60)}'";
    }

    private int HeaderFields(char delimiter, out bool hasIdentity, out bool isTracker)
    {
        hasIdentity = false;
        isTracker = false;
        var tokenizer = new CsvTokenizer(new StringReader(Text), delimiter, Math.Max(PrefixSize * 4, Text.Length + 1));
        if (!tokenizer.ReadRow() || ((!Complete || !TextIsWhole) && !EndsLine(tokenizer)))
        {
            return 0;
        }

        hasIdentity = DatasetRowMapper.IsIdentityHeader(tokenizer.Fields);
        isTracker = TrackerSheet.IsTracker(tokenizer.Fields);
        return tokenizer.Fields.Count;
    }

    /// <summary>Whether the header row ended with a line break (rather than at the end of the bytes looked at).</summary>
    private static bool EndsLine(CsvTokenizer tokenizer) => tokenizer.Line > tokenizer.RowLine;

    private void Detect(InputEncoding? given)
    {
        var bytes = new ReadOnlySpan<byte>(Prefix, 0, Length);
        (Encoding, BomLength) = Bom(bytes);
        if (given is { } forced)
        {
            Encoding = forced;
            if (BomLength > 0 && !Matches(forced, bytes))
            {
                BomLength = 0;
            }
        }
        else if (BomLength == 0)
        {
            Encoding = Guess(bytes);
            if (Encoding == InputEncoding.Utf8)
            {
                var invalid = Utf8Validation.IndexOfInvalid(bytes, Complete, out _);

                // UTF-8 text with a stray byte or a last character cut in two stays UTF-8 (those bytes are read one by
                // one as Windows-1252, with a finding); text without a valid multi-byte sequence is Windows-1252.
                if (invalid >= 0 && !MostlyUtf8(bytes))
                {
                    NotUtf8 = true;
                    FirstInvalid = (bytes[invalid], Utf8Validation.Locate(bytes, invalid, 1, 0).Line);
                    Encoding = InputEncoding.Windows1252;
                }
            }
        }

        Decode(TextSize);
    }

    /// <summary>Decodes the first <paramref name="size"/> bytes of the prefix into <see cref="Text"/>.</summary>
    private void Decode(int size)
    {
        var body = new ReadOnlySpan<byte>(Prefix, BomLength, Length - BomLength);
        TextIsWhole = body.Length <= size;
        body = TextIsWhole ? body : body.Slice(0, size);
        var decoder = DecodingReader.CreateEncoding(Encoding).GetDecoder();
        var chars = new char[body.Length + 4];
        var count = decoder.GetChars(body.ToArray(), 0, body.Length, chars, 0, Complete && TextIsWhole);
        Text = new string(chars, 0, count);
    }

    private static (InputEncoding Encoding, int Length) Bom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (InputEncoding.Utf32LittleEndian, 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (InputEncoding.Utf32BigEndian, 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (InputEncoding.Utf8, 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (InputEncoding.Utf16LittleEndian, 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (InputEncoding.Utf16BigEndian, 2);
        }

        return (InputEncoding.Utf8, 0);
    }

    /// <summary>
    /// Whether a bracket opens JSON: what follows it (past blanks) can start a JSON value or member, as in
    /// <c>[{</c> or <c>{"kind"</c>, and not text, as in a page copied as Markdown (<c>[Skip to content](#main)</c>).
    /// </summary>
    private static bool OpensJson(ReadOnlySpan<char> text, int start)
    {
        var next = start + 1;
        while (next < text.Length && Blank.IsBlankChar(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        var c = text[next];
        if (text[start] == '{')
        {
            return c is '"' or '}' or '/';
        }

        if (c is '{' or '[' or '"' or ']' or '/')
        {
            return true;
        }

        // A literal or a number must stand whole, as in [true, or [12]; not [transparency](…) or [1] Note.
        var rest = text.Slice(next);
        foreach (var literal in (string[])["true", "false", "null"])
        {
            if (rest.StartsWith(literal.AsSpan(), StringComparison.Ordinal))
            {
                return rest.Length == literal.Length || rest[literal.Length] is ',' or ']' || Blank.IsBlankChar(rest[literal.Length]);
            }
        }

        var end = 0;
        while (end < rest.Length && (char.IsDigit(rest[end]) || rest[end] is '-' or '+' or '.' or 'e' or 'E'))
        {
            end++;
        }

        return end > 0 && (end == rest.Length || rest[end] is ',' || (rest[end] is ']' && !FollowedByText(rest, end)) || Blank.IsBlankChar(rest[end]));
    }

    /// <summary>Whether a closing bracket is followed on its line by text, as a Markdown note <c>[1] Note</c> is.</summary>
    private static bool FollowedByText(ReadOnlySpan<char> text, int bracket)
    {
        for (var i = bracket + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (!Blank.IsBlankChar(text[i]) && text[i] is not (',' or ']' or '}'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the bytes hold more valid multi-byte UTF-8 sequences than bytes that are not UTF-8.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = bytes[i + k] is >= 0x80 and <= 0xBF;
            }

            if (!ok)
            {
                invalid++;
                i++;
            }
            else
            {
                valid += length > 1 ? 1 : 0;
                i += length;
            }
        }

        return valid > invalid;
    }

    private static bool Matches(InputEncoding encoding, ReadOnlySpan<byte> bytes) => Bom(bytes).Encoding == encoding;

    /// <summary>Without a byte order mark: UTF-16 when every other byte of the start is zero (text in the Latin script), else UTF-8.</summary>
    private static InputEncoding Guess(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 1024) & ~1;
        if (n < 4)
        {
            return InputEncoding.Utf8;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        {
            return InputEncoding.Utf16LittleEndian;
        }

        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        {
            return InputEncoding.Utf16BigEndian;
        }

        return InputEncoding.Utf8;
    }
}
