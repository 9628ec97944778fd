using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace OpenGov.Model;

/// <summary>
/// Reads the XML of a workbook part straight from its UTF-8 bytes, tag by tag, for the parts that hold a sheet's
/// cells and the shared strings: those are most of a workbook's bytes, and a reader of general XML spends most
/// of its time on what these parts never use. What it reads is what an XML reader reads: element names with or
/// without a prefix, attributes in either quote, the five predefined entities and character references, CDATA
/// sections, comments and processing instructions skipped, line ends normalized. In what it reads (tags, the
/// text of the elements asked for) what XML forbids is an <see cref="XmlException"/>, as it is from
/// <see cref="XmlReader"/>: a document type declaration, an undeclared entity, an end tag that closes another
/// element, a character XML cannot hold, bytes that are not UTF-8, <c>]]&gt;</c> in text, <c>--</c> in a
/// comment, a second root, a part that ends inside an element. What it skips (text between elements it does
/// not read, the inside of processing instructions, attribute values no one asks for) is not checked, and
/// neither are names against the rules for names nor prefixes against their declarations. A part in another
/// encoding (UTF-16, UTF-32, one its declaration names) is read as the UTF-8 it would be; a tag is at most
/// 1 MB, a text at most the bound its reader gives.
/// </summary>
internal sealed class SheetXmlScanner : IDisposable
{
    /// <summary>The most bytes one tag may take (the start tag of an element with its attributes).</summary>
    private const int MaxTag = 1024 * 1024;

    /// <summary>The most bytes of a reference kept whole across the end of the data read (<c>&amp;#x10FFFF;</c>, with room for leading zeros).</summary>
    private const int MaxReference = 1024;

    private static readonly UTF8Encoding Utf8 = new(false, true);

    /// <summary>What ends a tag, or opens a quoted value in it, or is not allowed in it.</summary>
    private static ReadOnlySpan<byte> TagMarks => ">\"'<"u8;

    private readonly Stream _part;
    private Stream _stream;
    private readonly string? _inputName;
    private byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private bool _ended;

    // The names of the elements open, one after the other in _names; _nameEnds[i] is where the i-th ends.
    private byte[] _names = new byte[256];
    private int[] _nameEnds = new int[16];
    private int[] _nameIds = new int[16];
    private int _pushed;
    private int _open;

    // The markup of a plain cell in the element open, made for the element (by its number among those opened).
    private int _cellMarkupOf = -1;
    private byte[] _cellOpen = [];
    private byte[] _valueOpen = [];
    private byte[] _cellClose = [];
    private bool _rootClosed;
    private bool _rootSeen;

    // The tag read last, as offsets into the buffer (valid until the next read).
    private int _tagName;
    private int _tagNameLength;
    private int _tagLocalName;
    private int _tagAttributes;
    private int _tagAttributesEnd;

    private char[] _text = new char[256];

    /// <summary>Starts reading a part at its first byte, in the encoding its first bytes or its declaration say.</summary>
    /// <param name="stream">The part.</param>
    /// <param name="inputName">The input's name, for errors.</param>
    /// <exception cref="XmlException">The part is in an encoding the runtime does not know, or says it is in one it is not.</exception>
    public SheetXmlScanner(Stream stream, string? inputName)
    {
        _part = stream;
        _stream = stream;
        _inputName = inputName;
        while (_length < 1024 && Fill())
        {
        }

        var (encoding, skip) = EncodingOf(_buffer.AsSpan(0, _length));
        _position = skip;
        if (encoding is not null)
        {
            // Another encoding is read as the UTF-8 it would be: one reader, with one set of bounds, for every part.
            var head = _buffer.AsSpan(skip, _length - skip).ToArray();
            _stream = new Utf8Transcoder(head, stream, encoding);
            _ended = false;
            _position = 0;
            _length = 0;
        }
    }

    /// <summary>Lets go of what the scanner made to read the part; the part itself is the caller's.</summary>
    public void Dispose()
    {
        if (!ReferenceEquals(_stream, _part))
        {
            _stream.Dispose();
        }
    }

    /// <summary>Gets whether the tag read last is a start tag (or an empty element); false for an end tag.</summary>
    public bool IsStart { get; private set; }

    /// <summary>Gets whether the tag read last is an empty element (<c>&lt;c r="A1"/&gt;</c>): it has no end tag.</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Gets how many elements enclose the tag read last: 0 for the root's, as <see cref="XmlReader.Depth"/> counts.</summary>
    public int Depth { get; private set; }

    /// <summary>Gets the text read last by <see cref="ReadText"/>.</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, TextLength);

    /// <summary>Gets how many characters <see cref="Text"/> holds.</summary>
    public int TextLength { get; private set; }

    /// <summary>
    /// The encoding of a part from its first bytes, as XML tells it: a byte order mark, the order of the bytes of
    /// <c>&lt;?</c>, or the declaration's <c>encoding</c>; null for UTF-8. And how many bytes of a byte order
    /// mark come first.
    /// </summary>
    private static (Encoding? Encoding, int Skip) EncodingOf(ReadOnlySpan<byte> start)
    {
        static Encoding Strict(Encoding encoding) => Encoding.GetEncoding(encoding.WebName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        if (start.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (null, 3);
        }

        if (start.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }))
        {
            return (new UTF32Encoding(false, false, true), 4);
        }

        if (start.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }))
        {
            return (new UTF32Encoding(true, false, true), 4);
        }

        if (start.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (new UnicodeEncoding(false, false, true), 2);
        }

        if (start.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (new UnicodeEncoding(true, false, true), 2);
        }

        if (start.StartsWith(new byte[] { (byte)'<', 0, 0, 0 }))
        {
            return (new UTF32Encoding(false, false, true), 0);
        }

        if (start.StartsWith(new byte[] { 0, 0, 0, (byte)'<' }))
        {
            return (new UTF32Encoding(true, false, true), 0);
        }

        if (start.StartsWith(new byte[] { (byte)'<', 0 }))
        {
            return (new UnicodeEncoding(false, false, true), 0);
        }

        if (start.StartsWith(new byte[] { 0, (byte)'<' }))
        {
            return (new UnicodeEncoding(true, false, true), 0);
        }

        if (!start.StartsWith("<?xml"u8))
        {
            return (null, 0);
        }

        var end = start.IndexOf("?>"u8);
        var declaration = end < 0 ? start : start.Slice(0, end);
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return (null, 0);
        }

        var rest = declaration.Slice(at + 8);
        var open = rest.IndexOfAny((byte)'"', (byte)'\'');
        var close = open < 0 ? -1 : rest.Slice(open + 1).IndexOf(rest[open]);
        if (close < 0)
        {
            throw new XmlException("The part's XML declaration names its encoding without quotes.");
        }

        var name = Encoding.ASCII.GetString(rest.Slice(open + 1, close).ToArray());
        if (IsName(rest.Slice(open + 1, close), "utf-8") || IsName(rest.Slice(open + 1, close), "utf8"))
        {
            return (null, 0);
        }

        Encoding declared;
        try
        {
            declared = Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw new XmlException($"The part is in the encoding \"{name}\", which the reader does not know.");
        }

        if (declared is UnicodeEncoding or UTF32Encoding)
        {
            throw new XmlException($"The part says it is in \"{name}\", but its bytes are not.");
        }

        return (Strict(declared), 0);
    }

    private static bool IsName(ReadOnlySpan<byte> name, string expected)
    {
        if (name.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if ((name[i] | 0x20) != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the local name of the tag read last (its name after a prefix) is <paramref name="name"/>.</summary>
    public bool LocalNameIs(ReadOnlySpan<byte> name) =>
        _buffer.AsSpan(_tagLocalName, _tagName + _tagNameLength - _tagLocalName).SequenceEqual(name);

    /// <summary>Reads the next start or end tag; false at the end of the part.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML from here on.</exception>
    public bool Read()
    {
        while (true)
        {
            if (!SkipToMarkup())
            {
                if (!_rootSeen || _open > 0)
                {
                    throw new XmlException(_open > 0
                        ? $"The part ends before element \"{OpenName(_open - 1)}\" is closed: it is cut short."
                        : "The part holds no element.");
                }

                return false;
            }

            if (ReadMarkup(text: false))
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Reads the text of the element whose start tag was read last, to its end tag (text of elements inside it
    /// included, as <see cref="XmlReader"/> reads it chunk by chunk), into <see cref="Text"/>; the next
    /// <see cref="Read"/> goes on after the end tag.
    /// </summary>
    /// <param name="append">Whether to add to the text read before rather than start anew.</param>
    /// <param name="max">The most characters <see cref="Text"/> may hold.</param>
    /// <exception cref="OgpReadException">The text is longer than <paramref name="max"/>.</exception>
    public void ReadText(bool append, int max)
    {
        if (!append)
        {
            TextLength = 0;
        }

        if (!IsStart || IsEmpty)
        {
            return;
        }

        var depth = _open - 1;
        while (true)
        {
            var at = _buffer.AsSpan(_position, _length - _position).IndexOf((byte)'<');
            if (at < 0)
            {
                // No markup in what is read yet: take the text up to a point where no character or reference is cut, and read on.
                var safe = SafeEnd(_position, _length);
                AppendText(_position, safe, max, cdata: false);
                _position = safe;
                if (!Fill())
                {
                    throw new XmlException($"The part ends before element \"{OpenName(_open - 1)}\" is closed: it is cut short.");
                }

                continue;
            }

            AppendText(_position, _position + at, max, cdata: false);
            _position += at;
            if (ReadMarkup(text: true, max) && !IsStart && _open == depth)
            {
                return;
            }
        }
    }

    /// <summary>Whether the tag read last has the attribute <paramref name="name"/> (its whole name, prefix included), and its value as written.</summary>
    public bool TryGetAttribute(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        var cursor = 0;
        while (NextAttribute(Attributes, ref cursor, out var attributeName, out value))
        {
            if (attributeName.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the attributes of the tag read last, as written (valid until the next read).</summary>
    public ReadOnlySpan<byte> Attributes => _buffer.AsSpan(_tagAttributes, _tagAttributesEnd - _tagAttributes);

    /// <summary>
    /// The attribute of a tag's <paramref name="attributes"/> after <paramref name="cursor"/> (0 for the first): its
    /// whole name and its value as written; false past the last.
    /// </summary>
    /// <exception cref="XmlException">An attribute is not written as XML writes one.</exception>
    public static bool NextAttribute(ReadOnlySpan<byte> attributes, scoped ref int cursor, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        var i = cursor;
        while (i < attributes.Length && IsSpace(attributes[i]))
        {
            i++;
        }

        if (i >= attributes.Length)
        {
            cursor = i;
            name = default;
            value = default;
            return false;
        }

        var equals = i;
        while (equals < attributes.Length && attributes[equals] != '=')
        {
            equals++;
        }

        if (equals == attributes.Length)
        {
            throw new XmlException("An attribute has no value.");
        }

        name = TrimEnd(attributes.Slice(i, equals - i));
        var open = equals + 1;
        while (open < attributes.Length && IsSpace(attributes[open]))
        {
            open++;
        }

        if (open >= attributes.Length || attributes[open] is not ((byte)'"' or (byte)'\''))
        {
            throw new XmlException("An attribute's value is not in quotes.");
        }

        var close = 0;
        while (open + 1 + close < attributes.Length && attributes[open + 1 + close] != attributes[open])
        {
            close++;
        }

        if (open + 1 + close == attributes.Length)
        {
            throw new XmlException("An attribute's value has no closing quote.");
        }

        value = attributes.Slice(open + 1, close);
        cursor = open + close + 2;
        return true;
    }

    /// <summary>
    /// Reads, at the reader's position inside a row, a cell written as spreadsheets write most cells: empty
    /// (<c>&lt;c r="A1"/&gt;</c>), or holding a value of ASCII characters and nothing else
    /// (<c>&lt;c r="A1" t="s"&gt;&lt;v&gt;12&lt;/v&gt;&lt;/c&gt;</c>), all with the prefix of the row's element.
    /// False, having read nothing, for anything else (other markup, a reference, a line end, a character past
    /// ASCII, a cell not all in the data read yet), which is then read tag by tag as any XML is.
    /// </summary>
    /// <param name="attributes">The cell's attributes as written (valid until the next read).</param>
    /// <param name="value">The value's text (valid until the next read); none for an empty cell, which <see cref="IsEmpty"/> then tells.</param>
    /// <returns>Whether the cell was read.</returns>
    public bool TryReadPlainCell(out ReadOnlySpan<byte> attributes, out ReadOnlySpan<byte> value)
    {
        attributes = default;
        value = default;
        if (_open == 0)
        {
            return false;
        }

        if (_cellMarkupOf != _nameIds[_open - 1])
        {
            CellMarkup();
        }

        var data = _buffer.AsSpan(_position, _length - _position);

        // <p:c attributes> or <p:c attributes/>: tags of cells are short, and a loop over their bytes quicker than searches.
        var i = 0;
        if (!At(data, ref i, _cellOpen) || i >= data.Length || data[i] is not ((byte)' ' or (byte)'>' or (byte)'/'))
        {
            return false;
        }

        var attributesStart = i;
        while (true)
        {
            if (i >= data.Length)
            {
                return false;
            }

            var b = data[i];
            if (b == '>')
            {
                break;
            }

            if (b is (byte)'"' or (byte)'\'')
            {
                do
                {
                    i++;
                }
                while (i < data.Length && data[i] != b);
            }
            else if (b == '<')
            {
                return false;
            }

            i++;
        }

        var empty = data[i - 1] == '/';
        attributes = data.Slice(attributesStart, (empty ? i - 1 : i) - attributesStart);
        i++;
        if (empty)
        {
            _position += i;
            IsStart = true;
            IsEmpty = true;
            Depth = _open;
            return true;
        }

        // <p:v>text</p:v></p:c>
        if (!At(data, ref i, _valueOpen))
        {
            return false;
        }

        var textStart = i;
        while (true)
        {
            if (i >= data.Length)
            {
                return false;
            }

            var b = data[i];
            if (b == '<')
            {
                break;
            }

            // A reference, a line end or another control character, a '>' (which may end "]]>"), a character past ASCII: for the general path.
            if (b is < 0x20 or (byte)'&' or (byte)'>' or >= 0x80)
            {
                return false;
            }

            i++;
        }

        var textEnd = i;
        if (!At(data, ref i, _cellClose))
        {
            return false;
        }

        value = data.Slice(textStart, textEnd - textStart);
        _position += i;
        IsStart = false;
        IsEmpty = false;
        Depth = _open;
        return true;
    }

    /// <summary>The markup of a plain cell in the element open (a row), with its prefix: <c>&lt;p:c</c>, <c>&lt;p:v&gt;</c>, <c>&lt;/p:v&gt;&lt;/p:c&gt;</c>.</summary>
    private void CellMarkup()
    {
        var start = _open == 1 ? 0 : _nameEnds[_open - 2];
        var parent = _names.AsSpan(start, _nameEnds[_open - 1] - start);
        var prefix = parent.Slice(0, parent.IndexOf((byte)':') + 1).ToArray();
        _cellOpen = [(byte)'<', .. prefix, (byte)'c'];
        _valueOpen = [(byte)'<', .. prefix, (byte)'v', (byte)'>'];
        _cellClose = [(byte)'<', (byte)'/', .. prefix, (byte)'v', (byte)'>', (byte)'<', (byte)'/', .. prefix, (byte)'c', (byte)'>'];
        _cellMarkupOf = _nameIds[_open - 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool At(ReadOnlySpan<byte> data, ref int i, byte[] expected)
    {
        if (data.Length - i < expected.Length)
        {
            return false;
        }

        for (var k = 0; k < expected.Length; k++)
        {
            if (data[i + k] != expected[k])
            {
                return false;
            }
        }

        i += expected.Length;
        return true;
    }

    /// <summary>The value of an attribute with its references replaced (<c>&amp;amp;</c> as <c>&amp;</c>).</summary>
    public static string AttributeText(ReadOnlySpan<byte> value)
    {
        var text = new StringBuilder(value.Length);
        var chars = new char[2];
        for (var i = 0; i < value.Length;)
        {
            var amp = value.Slice(i).IndexOf((byte)'&');
            var run = amp < 0 ? value.Slice(i) : value.Slice(i, amp);
            text.Append(Utf8.GetString(run.ToArray()));
            if (amp < 0)
            {
                break;
            }

            i += amp;
            var semicolon = value.Slice(i).IndexOf((byte)';');
            if (semicolon < 0)
            {
                throw new XmlException("A reference in an attribute has no ';'.");
            }

            text.Append(chars, 0, Reference(value.Slice(i + 1, semicolon - 1), chars));
            i += semicolon + 1;
        }

        return text.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> TrimEnd(ReadOnlySpan<byte> span)
    {
        var length = span.Length;
        while (length > 0 && IsSpace(span[length - 1]))
        {
            length--;
        }

        return span.Slice(0, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private string OpenName(int index)
    {
        var start = index == 0 ? 0 : _nameEnds[index - 1];
        return Encoding.UTF8.GetString(_names, start, _nameEnds[index] - start);
    }

    /// <summary>
    /// Reads the markup at the reader's position (a <c>&lt;</c>): true for a start or end tag, false for what is
    /// skipped (a comment, a processing instruction, a CDATA section, which in text is added to it).
    /// </summary>
    private bool ReadMarkup(bool text, int max = 0)
    {
        Ensure(2);
        if (_length - _position < 2)
        {
            throw new XmlException("The part ends inside a tag: it is cut short.");
        }

        var next = _buffer[_position + 1];
        if (next == '?')
        {
            Skip(2, "?>"u8);
            return false;
        }

        if (next == '!')
        {
            Ensure(9);
            var markup = _buffer.AsSpan(_position, Math.Min(9, _length - _position));
            if (markup.StartsWith("<!--"u8))
            {
                SkipComment();
                return false;
            }

            if (markup.StartsWith("<![CDATA["u8))
            {
                ReadCData(text, max);
                return false;
            }

            throw new XmlException(markup.StartsWith("<!DOCTYPE"u8)
                ? "The part has a document type declaration, which a workbook's parts never have and the reader refuses."
                : "The part has markup that is not XML.");
        }

        var end = TagEnd();
        if (next == '/')
        {
            ReadOnlySpan<byte> name = TrimEnd(_buffer.AsSpan(_position + 2, end - 2));
            if (_open == 0 || !name.SequenceEqual(_names.AsSpan(_open == 1 ? 0 : _nameEnds[_open - 2], _nameEnds[_open - 1] - (_open == 1 ? 0 : _nameEnds[_open - 2]))))
            {
                throw new XmlException(_open == 0
                    ? $"The end tag \"{Encoding.UTF8.GetString(name.ToArray())}\" closes no element."
                    : $"The end tag \"{Encoding.UTF8.GetString(name.ToArray())}\" does not close element \"{OpenName(_open - 1)}\".");
            }

            _open--;
            _rootClosed = _open == 0;
            SetTag(start: false, empty: false, _position + 2, name.Length, end);
            _position += end + 1;
            return true;
        }

        var nameLength = 0;
        while (nameLength + 1 < end && _buffer[_position + 1 + nameLength] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/'))
        {
            nameLength++;
        }

        if (nameLength == 0)
        {
            throw new XmlException("A tag has no name.");
        }

        if (_open == 0 && _rootClosed)
        {
            throw new XmlException("The part has a second root element.");
        }

        var empty = _buffer[_position + end - 1] == '/';
        SetTag(start: true, empty, _position + 1, nameLength, empty ? end - 1 : end);
        if (!empty)
        {
            Push(_buffer.AsSpan(_position + 1, nameLength));
        }
        else if (_open == 0)
        {
            _rootClosed = true;
        }

        _rootSeen = true;
        _position += end + 1;
        return true;
    }

    private void SetTag(bool start, bool empty, int name, int nameLength, int end)
    {
        IsStart = start;
        IsEmpty = empty;
        Depth = _open;
        _tagName = name;
        _tagNameLength = nameLength;
        var colon = _buffer.AsSpan(name, nameLength).IndexOf((byte)':');
        _tagLocalName = colon < 0 ? name : name + colon + 1;
        _tagAttributes = name + nameLength;
        _tagAttributesEnd = _position + end;
    }

    private void Push(ReadOnlySpan<byte> name)
    {
        var start = _open == 0 ? 0 : _nameEnds[_open - 1];
        if (_open == _nameEnds.Length)
        {
            Array.Resize(ref _nameEnds, _open * 2);
            Array.Resize(ref _nameIds, _open * 2);
        }

        if (start + name.Length > _names.Length)
        {
            if (start + name.Length > MaxTag)
            {
                throw new XmlException("The part's elements are nested too deep.");
            }

            Array.Resize(ref _names, Math.Max(_names.Length * 2, start + name.Length));
        }

        name.CopyTo(_names.AsSpan(start));
        _nameIds[_open] = _pushed++;
        _nameEnds[_open++] = start + name.Length;
    }

    /// <summary>The offset from the reader's position of the <c>&gt;</c> that ends the tag there, outside quotes.</summary>
    private int TagEnd()
    {
        var i = 1;
        while (true)
        {
            var at = _buffer.AsSpan(_position + i, _length - _position - i).IndexOfAny(TagMarks);
            if (at < 0)
            {
                i = _length - _position;
                if (i >= MaxTag)
                {
                    throw new XmlException($"A tag of the part is longer than {MaxTag} bytes.");
                }

                if (!Fill())
                {
                    throw new XmlException("The part ends inside a tag: it is cut short.");
                }

                continue;
            }

            i += at;
            var b = _buffer[_position + i];
            if (b == '>')
            {
                return i;
            }

            if (b == '<')
            {
                throw new XmlException("A tag has a '<' inside it.");
            }

            var close = Find(b, i + 1);
            if (close < 0)
            {
                throw new XmlException("The part ends inside a tag: it is cut short.");
            }

            i = close + 1;
        }
    }

    /// <summary>Skips the markup at the reader's position to the end of <paramref name="terminator"/>, keeping no more than it needs of what it skips.</summary>
    private void Skip(int from, ReadOnlySpan<byte> terminator)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_position + from, _length - _position - from).IndexOf(terminator);
            if (at >= 0)
            {
                _position += from + at + terminator.Length;
                return;
            }

            // Keep what could be the start of the terminator cut by the end of the data.
            var keep = Math.Min(terminator.Length - 1, _length - _position - from);
            _position = _length - keep;
            from = 0;
            if (!Fill())
            {
                throw new XmlException("The part ends inside a comment, a processing instruction or a CDATA section: it is cut short.");
            }
        }
    }

    /// <summary>Skips the comment at the reader's position, to its <c>--&gt;</c>; a <c>--</c> inside it is not XML.</summary>
    private void SkipComment()
    {
        var from = 4;
        while (true)
        {
            var at = _buffer.AsSpan(_position + from, _length - _position - from).IndexOf("--"u8);
            if (at >= 0 && _position + from + at + 2 < _length)
            {
                if (_buffer[_position + from + at + 2] != '>')
                {
                    throw new XmlException("The part has \"--\" inside a comment, which XML does not allow.");
                }

                _position += from + at + 3;
                return;
            }

            // Keep what could be the start of the end cut by the end of the data.
            var keep = at >= 0 ? _length - (_position + from + at) : Math.Min(1, _length - _position - from);
            _position = _length - keep;
            from = 0;
            if (!Fill())
            {
                throw new XmlException("The part ends inside a comment: it is cut short.");
            }
        }
    }

    /// <summary>Reads the CDATA section at the reader's position: skipped outside text, its characters added to the text inside it.</summary>
    private void ReadCData(bool text, int max)
    {
        if (!text)
        {
            Skip(9, "]]>"u8);
            return;
        }

        _position += 9;
        while (true)
        {
            var at = _buffer.AsSpan(_position, _length - _position).IndexOf("]]>"u8);
            if (at >= 0)
            {
                AppendText(_position, _position + at, max, cdata: true);
                _position += at + 3;
                return;
            }

            var safe = SafeEnd(_position, Math.Max(_position, _length - 2));
            AppendText(_position, safe, max, cdata: true);
            _position = safe;
            if (!Fill())
            {
                throw new XmlException("The part ends inside a CDATA section: it is cut short.");
            }
        }
    }

    /// <summary>
    /// Where the text of bytes from <paramref name="start"/> to <paramref name="end"/> can be cut without cutting a
    /// character's bytes, a reference or a line end: before a trailing lead byte whose character is incomplete,
    /// before an <c>&amp;</c> with no <c>;</c> after it, before a final carriage return or <c>]</c>.
    /// </summary>
    private int SafeEnd(int start, int end)
    {
        var safe = end;
        var amp = _buffer.AsSpan(start, end - start).LastIndexOf((byte)'&');
        if (amp >= 0 && end - start - amp <= MaxReference && _buffer.AsSpan(start + amp, end - start - amp).IndexOf((byte)';') < 0)
        {
            safe = start + amp;
        }

        var lead = safe - 1;
        while (lead >= start && lead > safe - 4 && (_buffer[lead] & 0xC0) == 0x80)
        {
            lead--;
        }

        if (lead >= start && _buffer[lead] >= 0xC0)
        {
            var needed = _buffer[lead] >= 0xF0 ? 4 : _buffer[lead] >= 0xE0 ? 3 : 2;
            if (safe - lead < needed)
            {
                safe = lead;
            }
        }

        if (safe > start && _buffer[safe - 1] == '\r')
        {
            safe--;
        }

        // Nor a "]]>" that text may not hold.
        for (var i = 0; i < 2 && safe > start && _buffer[safe - 1] == ']'; i++)
        {
            safe--;
        }

        return safe;
    }

    /// <summary>Adds the text of bytes from <paramref name="start"/> to <paramref name="end"/> to <see cref="Text"/>: references replaced (not in CDATA), line ends normalized.</summary>
    private void AppendText(int start, int end, int max, bool cdata)
    {
        if (!cdata && _buffer.AsSpan(start, end - start).IndexOf("]]>"u8) >= 0)
        {
            throw new XmlException("The part has \"]]>\" in text, which XML does not allow outside a CDATA section.");
        }

        var chars = new char[2];
        while (start < end)
        {
            var span = _buffer.AsSpan(start, end - start);
            var stop = cdata ? span.IndexOf((byte)'\r') : span.IndexOfAny((byte)'&', (byte)'\r');
            var run = stop < 0 ? span.Length : stop;
            for (var i = 0; i < run; i++)
            {
                if (span[i] < 0x20 && span[i] is not ((byte)'\t' or (byte)'\n'))
                {
                    throw new XmlException($"The part holds the character U+{span[i]:X4}, which XML cannot hold.");
                }
            }

            Grow(run);
            TextLength += Utf8.GetChars(_buffer, start, run, _text, TextLength);
            Check(max);
            if (stop < 0)
            {
                return;
            }

            start += stop;
            if (_buffer[start] == '\r')
            {
                // A carriage return, alone or before a line feed, is a line feed.
                Grow(1);
                _text[TextLength++] = '\n';
                Check(max);
                start += start + 1 < end && _buffer[start + 1] == '\n' ? 2 : 1;
                continue;
            }

            var semicolon = _buffer.AsSpan(start, end - start).IndexOf((byte)';');
            if (semicolon < 0)
            {
                throw new XmlException("A reference has no ';'.");
            }

            var count = Reference(_buffer.AsSpan(start + 1, semicolon - 1), chars);
            Grow(count);
            chars.AsSpan(0, count).CopyTo(_text.AsSpan(TextLength));
            TextLength += count;
            Check(max);
            start += semicolon + 1;
        }
    }

    private void Grow(int more)
    {
        if (TextLength + more <= _text.Length)
        {
            return;
        }

        // The text grows to its bound and at most one chunk past it, which is refused right after.
        Array.Resize(ref _text, Math.Max(_text.Length * 2, TextLength + more));
    }

    private void Check(int max)
    {
        if (TextLength > max)
        {
            throw WorkbookSheet.CellTooLong(max, _inputName);
        }
    }

    /// <summary>The characters of the reference named between <c>&amp;</c> and <c>;</c>, into <paramref name="chars"/>; how many.</summary>
    private static int Reference(ReadOnlySpan<byte> name, char[] chars)
    {
        if (name.SequenceEqual("lt"u8))
        {
            chars[0] = '<';
        }
        else if (name.SequenceEqual("gt"u8))
        {
            chars[0] = '>';
        }
        else if (name.SequenceEqual("amp"u8))
        {
            chars[0] = '&';
        }
        else if (name.SequenceEqual("quot"u8))
        {
            chars[0] = '"';
        }
        else if (name.SequenceEqual("apos"u8))
        {
            chars[0] = '\'';
        }
        else if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x';
            var digits = name.Slice(hex ? 2 : 1);
            var code = 0;
            if (digits.Length == 0)
            {
                throw new XmlException("A character reference has no number.");
            }

            foreach (var d in digits)
            {
                var value = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                    : hex && (d | 0x20) is >= 'a' and <= 'f' ? (d | 0x20) - 'a' + 10
                    : -1;
                if (value < 0)
                {
                    throw new XmlException("A character reference has a character that is not a digit.");
                }

                // Leading zeros are allowed; a number past the last character is not one.
                code = Math.Min((code * (hex ? 16 : 10)) + value, 0x110000);
            }

            if (code is 0x9 or 0xA or 0xD || code is (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD))
            {
                chars[0] = (char)code;
                return 1;
            }

            if (code is >= 0x10000 and <= 0x10FFFF)
            {
                var pair = char.ConvertFromUtf32(code);
                chars[0] = pair[0];
                chars[1] = pair[1];
                return 2;
            }

            throw new XmlException($"A character reference names U+{code:X4}, which XML cannot hold.");
        }
        else
        {
            throw new XmlException($"The part refers to the entity \"{Encoding.UTF8.GetString(name.ToArray())}\", which it does not declare.");
        }

        return 1;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes from the reader's position readable, where the part has them.</summary>
    private void Ensure(int count)
    {
        while (_length - _position < count && Fill())
        {
        }
    }

    /// <summary>Moves the reader to the next <c>&lt;</c>, skipping what comes before it; false at the part's end.</summary>
    private bool SkipToMarkup()
    {
        while (true)
        {
            var at = _buffer.AsSpan(_position, _length - _position).IndexOf((byte)'<');
            if (at >= 0)
            {
                _position += at;
                return true;
            }

            _position = _length;
            if (!Fill())
            {
                return false;
            }
        }
    }

    /// <summary>The offset from the reader's position of the next <paramref name="value"/> from <paramref name="from"/> on, inside a tag, reading on as needed; -1 at the part's end.</summary>
    private int Find(byte value, int from)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_position + from, _length - _position - from).IndexOf(value);
            if (at >= 0)
            {
                return from + at;
            }

            from = _length - _position;
            if (from >= MaxTag)
            {
                throw new XmlException($"A tag of the part is longer than {MaxTag} bytes.");
            }

            if (!Fill())
            {
                return -1;
            }
        }
    }

    /// <summary>Reads more of the part after what is kept (from the reader's position); false at its end.</summary>
    private bool Fill()
    {
        if (_ended)
        {
            return false;
        }

        var kept = _length - _position;
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, kept);
            _position = 0;
            _length = kept;
        }

        if (kept == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, kept, _buffer.Length - kept);
        if (read <= 0)
        {
            _ended = true;
            return false;
        }

        _length = kept + read;
        return true;
    }
}
