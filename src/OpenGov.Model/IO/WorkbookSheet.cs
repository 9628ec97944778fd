using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OpenGov.Model;

/// <summary>
/// One sheet of an <c>.xlsx</c> workbook read row by row as text cells, as a CSV export of it would give them:
/// shared and inline strings as written, numbers in their shortest round-trip form, cells formatted as dates
/// as ISO dates (<c>2014-06-30</c>, with the time when there is one), booleans as <c>TRUE</c>/<c>FALSE</c>,
/// formulas as their cached value, errors as their code (<c>#N/A</c>). The sheet's XML is read as it
/// comes; the shared strings and the cell formats are held, as every reader of the format must.
/// </summary>
internal sealed class WorkbookSheet : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Stream _partStream;

    private readonly SheetXmlScanner _scanner;
    private readonly StringPool _pool = new();
    private char[] _chars = new char[64];

    private readonly List<string> _sharedStrings;
    private const byte DateStyle = 1;
    private const byte PercentStyle = 2;

    private readonly byte[] _styleKinds;
    private readonly int _maxColumns;
    private readonly bool _date1904;

    private readonly bool _ownsDocument;
    private readonly int _maxCell;
    private readonly string? _inputName;

    private WorkbookSheet(SpreadsheetDocument document, string name, WorksheetPart part, List<string> sharedStrings, byte[] styleKinds, int maxColumns, int maxCell, bool date1904, string? inputName, bool ownsDocument = true)
    {
        _maxCell = maxCell;
        _inputName = inputName;
        _ownsDocument = ownsDocument;
        _date1904 = date1904;
        _document = document;
        Name = name;
        _sharedStrings = sharedStrings;
        _styleKinds = styleKinds;
        _maxColumns = maxColumns;
        _partStream = part.GetStream(FileMode.Open, FileAccess.Read);
        _scanner = new SheetXmlScanner(_partStream, inputName);
    }

    /// <summary>Gets the name of the sheet read.</summary>
    public string Name { get; }

    /// <summary>Gets the cells of the row read last, from column A; a missing cell is empty.</summary>
    public List<string> Cells { get; } = [];

    /// <summary>Gets the number of the row read last, as the spreadsheet numbers it (from 1).</summary>
    public int RowNumber { get; private set; }

    /// <summary>Gets whether the row read last had a cell past the reader's column limit (its cells stop there).</summary>
    public bool TooManyColumns { get; private set; }

    /// <summary>Opens a sheet of a workbook: the one named, or the first for which <paramref name="choose"/> says yes, or the first.</summary>
    /// <param name="stream">The workbook, from its first byte; it must seek.</param>
    /// <param name="sheet">The name of the sheet to read, or null to choose.</param>
    /// <param name="choose">Given a sheet's first row, whether it is the sheet to read.</param>
    /// <param name="maxColumns">The most cells a row may have.</param>
    /// <param name="maxCell">The most characters of one cell.</param>
    /// <param name="maxText">The most characters the shared strings may hold in all: they are held whole.</param>
    /// <param name="inputName">The input's name, for errors.</param>
    /// <exception cref="OgpReadException">The input is not a workbook, the sheet named is not in it, or it has no sheet.</exception>
    public static WorkbookSheet Open(Stream stream, string? sheet, Func<List<string>, bool> choose, int maxColumns, int maxCell, long maxText, string? inputName)
    {
        SpreadsheetDocument document;
        try
        {
            // The parts the SDK loads whole (the workbook, the styles) are bounded; the sheet and the shared strings are read as they come.
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxLoadedPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            throw new OgpReadException($"The workbook cannot be opened: {e.Message}", inputName, null, e);
        }

        try
        {
            var workbook = document.WorkbookPart ?? throw new OgpReadException("The file is a package but not a spreadsheet workbook: it has no workbook part.", inputName, null, null);
            var sheets = new List<(string Name, WorksheetPart Part)>();
            var (entries, date1904) = ReadWorkbook(workbook);
            foreach (var (name, id) in entries)
            {
                if (workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                {
                    sheets.Add((name, worksheet));
                }
            }

            var names = sheets.ConvertAll(s => s.Name);
            if (sheets.Count == 0)
            {
                throw new OgpReadException("The workbook has no worksheet.", inputName, null, null);
            }

            var strings = SharedStrings(workbook, maxText, maxCell, inputName);
            var dates = StyleKinds(workbook);
            (string Name, WorksheetPart Part) chosen;
            if (sheet is not null)
            {
                var index = names.FindIndex(n => string.Equals(n, sheet, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    throw new OgpReadException($"The workbook has no sheet \"{sheet}\"; its sheets are {Quote(names)}.", inputName, null, null);
                }

                chosen = sheets[index];
            }
            else
            {
                chosen = sheets[0];
                foreach (var candidate in sheets)
                {
                    using var probe = new WorkbookSheet(document, candidate.Name, candidate.Part, strings, dates, maxColumns, maxCell, date1904, inputName, ownsDocument: false);
                    if (probe.ReadRow(ProbeRows) && choose(probe.Cells))
                    {
                        chosen = candidate;
                        break;
                    }
                }
            }

            return new WorkbookSheet(document, chosen.Name, chosen.Part, strings, dates, maxColumns, maxCell, date1904, inputName);
        }
        catch (Exception e) when (e is not OgpReadException)
        {
            document.Dispose();
            throw new OgpReadException($"The workbook cannot be read: {e.Message}", inputName, null, e);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next row that has a cell; false at the end of the sheet.</summary>
    /// <exception cref="OgpReadException">The sheet cannot be read from here on (its XML is broken, the archive is cut).</exception>
    public bool ReadRow() => ReadRow(int.MaxValue);

    /// <summary>Reads the next row that has a value, looking at no more than <paramref name="rows"/> rows.</summary>
    private bool ReadRow(int rows)
    {
        try
        {
            return ReadNextRow(rows);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new OgpReadException($"Sheet \"{Name}\" cannot be read past row {RowNumber}: {e.Message}", _inputName, RowNumber, e);
        }
    }

    private bool ReadNextRow(int rows)
    {
        Cells.Clear();
        TooManyColumns = false;
        return ScanNextRow(_scanner, rows);
    }

    private bool ScanNextRow(SheetXmlScanner scanner, int rows)
    {
        while (rows > 0 && scanner.Read())
        {
            if (!scanner.IsStart || !scanner.LocalNameIs("row"u8))
            {
                continue;
            }

            rows--;
            RowNumber = scanner.TryGetAttribute("r"u8, out var r) && TryParseIndex(r, out var index) ? index : RowNumber + 1;

            // A row counts when a cell of it holds a value, even an empty text: rows of styled empty cells are not rows of data.
            if (!scanner.IsEmpty && (ScanCells(scanner) || TooManyColumns))
            {
                return true;
            }

            Cells.Clear();
        }

        return false;
    }

    /// <summary>Reads the cells of the row the scanner is on, to its end; true when one of them holds a value.</summary>
    private bool ScanCells(SheetXmlScanner scanner)
    {
        var any = false;
        var depth = scanner.Depth;
        while (true)
        {
            int column;
            CellType type;
            int style;
            string? text;
            if (scanner.TryReadPlainCell(out var attributes, out var plain))
            {
                // Most cells: a value of ASCII characters alone, read in one step.
                if (scanner.IsEmpty)
                {
                    continue;
                }

                (column, type, style) = CellAttributes(attributes);
                text = type == CellType.SharedString && TryParseDigits(plain, out var index) && index < _sharedStrings.Count ? _sharedStrings[index]
                    : type == CellType.InlineString ? Ascii(plain).ToString()
                    : ValueText(Ascii(plain), type, style);
            }
            else if (!scanner.Read() || (!scanner.IsStart && scanner.Depth == depth))
            {
                break;
            }
            else if (!scanner.IsStart || !scanner.LocalNameIs("c"u8))
            {
                continue;
            }
            else
            {
                (column, type, style) = CellAttributes(scanner.Attributes);
                text = scanner.IsEmpty ? null : ScanCell(scanner, type, style);
            }

            if (TooManyColumns || text is null)
            {
                continue;
            }

            any = true;
            if (column >= _maxColumns)
            {
                TooManyColumns = true;
                continue;
            }

            while (Cells.Count < column)
            {
                Cells.Add(string.Empty);
            }

            if (column < Cells.Count)
            {
                Cells[column] = text;
            }
            else
            {
                Cells.Add(text);
            }
        }

        return any;
    }

    /// <summary>The column (the next when the cell names none), type and format of a cell, from its attributes as written.</summary>
    private (int Column, CellType Type, int Style) CellAttributes(ReadOnlySpan<byte> attributes)
    {
        var column = Cells.Count;
        var type = CellType.Number;
        var style = 0;
        var seen = 0;
        var cursor = 0;
        while (SheetXmlScanner.NextAttribute(attributes, ref cursor, out var name, out var value))
        {
            var which = name.Length != 1 ? 0 : name[0] switch { (byte)'r' => 1, (byte)'t' => 2, (byte)'s' => 4, _ => 0 };
            if ((seen & which) != 0)
            {
                throw new XmlException($"A cell has the attribute \"{(char)name[0]}\" twice.");
            }

            seen |= which;
            switch (which)
            {
                case 1:
                    column = ColumnOf(value) is var at and >= 0 ? at : Cells.Count;
                    break;
                case 2:
                    type = TypeOf(value);
                    break;
                case 4:
                    style = TryParseIndex(value, out var number) ? number : 0;
                    break;
            }
        }

        return (column, type, style);
    }

    /// <summary>The text of the cell whose start tag the scanner read, read to its end tag; null when it holds no value.</summary>
    private string? ScanCell(SheetXmlScanner scanner, CellType type, int style)
    {
        string? text = null;
        string? value = null;
        string? inline = null;
        var cellDepth = scanner.Depth;
        while (scanner.Read() && (scanner.IsStart || scanner.Depth != cellDepth))
        {
            if (!scanner.IsStart || scanner.Depth != cellDepth + 1)
            {
                continue;
            }

            if (scanner.LocalNameIs("v"u8))
            {
                // The text is the scanner's until it reads on: made into the cell's text now.
                scanner.ReadText(append: false, _maxCell);
                if (type == CellType.InlineString)
                {
                    value = scanner.Text.ToString();
                }
                else
                {
                    text = ValueText(scanner.Text, type, style);
                }
            }
            else if (scanner.LocalNameIs("is"u8) && !scanner.IsEmpty)
            {
                inline = ItemText(scanner, _maxCell);
            }
        }

        return type == CellType.InlineString ? inline ?? value : text ?? (inline is null ? null : string.Empty);
    }

    /// <summary>ASCII bytes as characters, in a buffer of the sheet's (valid until the next call).</summary>
    private ReadOnlySpan<char> Ascii(ReadOnlySpan<byte> bytes)
    {
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[bytes.Length];
        }

        var chars = _chars.AsSpan(0, bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return chars;
    }

    /// <summary>The text of a cell's value as the spreadsheet means it; a small integer, the commonest number, from the string pool.</summary>
    private string ValueText(ReadOnlySpan<char> value, CellType type, int style)
    {
        if (type == CellType.Number && (style >= _styleKinds.Length || _styleKinds[style] == 0) && IsPlainInteger(value))
        {
            return _pool.Get(value);
        }

        return Text(type, style, value.ToString());
    }

    /// <summary>The text of the string item the scanner is on (<c>si</c> or <c>is</c>): its text, or its runs' texts in order; phonetic guides are not text. The scanner ends on the item's end.</summary>
    private static string ItemText(SheetXmlScanner scanner, int maxCell)
    {
        var depth = scanner.Depth;
        var phonetic = -1;
        var started = false;
        while (scanner.Read() && (scanner.IsStart || scanner.Depth != depth))
        {
            if (scanner.IsStart && !scanner.IsEmpty && scanner.LocalNameIs("rPh"u8))
            {
                phonetic = scanner.Depth;
            }
            else if (!scanner.IsStart && scanner.Depth == phonetic)
            {
                phonetic = -1;
            }
            else if (phonetic < 0 && scanner.IsStart && scanner.LocalNameIs("t"u8))
            {
                scanner.ReadText(append: started, maxCell);
                started = true;
            }
        }

        return started ? Unescape(scanner.Text.ToString()) : string.Empty;
    }

    /// <summary>A whole number written in ASCII digits alone (leading zeros allowed), up to <see cref="int.MaxValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.Length == 0)
        {
            return false;
        }

        long number = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (d - '0');
            if (number > int.MaxValue)
            {
                return false;
            }
        }

        value = (int)number;
        return true;
    }

    /// <summary>A whole number in an attribute's value as written (references replaced), in digits alone.</summary>
    private static bool TryParseIndex(ReadOnlySpan<byte> written, out int value) =>
        TryParseDigits(written, out value)
        || (written.IndexOf((byte)'&') >= 0 && int.TryParse(SheetXmlScanner.AttributeText(written), NumberStyles.None, CultureInfo.InvariantCulture, out value));

    /// <summary>The column of a cell reference as written, from 0: <c>A7</c> is 0, <c>AB12</c> is 27, <c>$B$2</c> is 1; -1 for a reference without letters (the cell takes the next place).</summary>
    private static int ColumnOf(ReadOnlySpan<byte> reference)
    {
        if (reference.IndexOf((byte)'&') >= 0)
        {
            return ColumnOf(Encoding.UTF8.GetBytes(SheetXmlScanner.AttributeText(reference)));
        }

        var column = 0;
        foreach (var b in reference)
        {
            if (b == '$')
            {
                continue;
            }

            var letter = b | 0x20;
            if (letter is < 'a' or > 'z')
            {
                break;
            }

            column = (column * 26) + (letter - 'a' + 1);
            if (column > 1 << 20)
            {
                break;
            }
        }

        return column - 1;
    }

    private static CellType TypeOf(ReadOnlySpan<byte> type)
    {
        if (type.Length == 1)
        {
            return type[0] switch
            {
                (byte)'s' => CellType.SharedString,
                (byte)'b' => CellType.Boolean,
                (byte)'e' => CellType.Error,
                (byte)'d' => CellType.Date,
                _ => CellType.Number,
            };
        }

        return type.IndexOf((byte)'&') >= 0 ? TypeOf(Encoding.UTF8.GetBytes(SheetXmlScanner.AttributeText(type)))
            : type.SequenceEqual("inlineStr"u8) ? CellType.InlineString
            : type.SequenceEqual("str"u8) ? CellType.FormulaString
            : CellType.Number;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _scanner.Dispose();
        _partStream.Dispose();
        if (_ownsDocument)
        {
            _document.Dispose();
        }
    }

    /// <summary>The letters of a column, from 0: 0 is <c>A</c>, 27 is <c>AB</c>.</summary>
    internal static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    private static string Quote(List<string> names) => string.Join(", ", names.ConvertAll(n => "\"" + n + "\""));

    /// <summary>The most characters of a part the SDK loads whole: the workbook and the styles of real workbooks take some thousands.</summary>
    private const long MaxLoadedPart = 16L * 1024 * 1024;

    /// <summary>How many rows of a sheet are looked at to tell whether it is headed like the dataset.</summary>
    private const int ProbeRows = 1000;

    /// <summary>What a shared string costs beyond its characters, counted against the bound on the table.</summary>
    private const int SharedStringCost = 32;

    /// <summary>How the small parts read whole (the workbook, the styles) are read: bounded, no DTD.</summary>
    private static readonly XmlReaderSettings LoadedPartSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        MaxCharactersInDocument = MaxLoadedPart,
    };

    private static List<string> SharedStrings(WorkbookPart workbook, long maxText, int maxCell, string? inputName)
    {
        long total = 0;
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        void Add(string text)
        {
            total += text.Length + SharedStringCost;
            if (total > maxText)
            {
                throw new OgpReadException($"The workbook's shared strings take more than {maxText} characters (each string counting {SharedStringCost} more), the most the reader holds ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxSpoolLength)}).", inputName, null, null);
            }

            strings.Add(text);
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var scanner = new SheetXmlScanner(stream, inputName);
        while (scanner.Read())
        {
            if (scanner.IsStart && scanner.LocalNameIs("si"u8))
            {
                Add(scanner.IsEmpty ? string.Empty : ItemText(scanner, maxCell));
            }
        }

        return strings;
    }

    /// <summary>A cell longer than the reader holds.</summary>
    internal static OgpReadException CellTooLong(int max, string? inputName) =>
        new($"A cell of the workbook is longer than {Math.Max(max, 0)} characters, the most the reader holds ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxRecordLength)}).", inputName, null, null);

    /// <summary>
    /// A string as the spreadsheet means it: a character XML cannot hold (a control character, a carriage return)
    /// is written <c>_xHHHH_</c>, and an underscore that would start such a sequence is written <c>_x005F_</c>.
    /// </summary>
    internal static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0 && at + 7 <= text.Length; at = text.IndexOf("_x", at + 1, StringComparison.Ordinal))
        {
            if (at < from || text[at + 6] != '_' || !IsHex(text, at + 2))
            {
                continue;
            }

            var code = 0;
            for (var i = at + 2; i < at + 6; i++)
            {
                code = (code * 16) + (text[i] <= '9' ? text[i] - '0' : (text[i] | 0x20) - 'a' + 10);
            }

            result.Append(text, from, at - from).Append((char)code);
            from = at + 7;
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsHex(string text, int start)
    {
        for (var i = start; i < start + 4; i++)
        {
            if (!Uri.IsHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sheets a workbook names (name and relationship), in order, and whether it counts dates from 1904.</summary>
    private static (List<(string Name, string Id)> Sheets, bool Date1904) ReadWorkbook(WorkbookPart workbook)
    {
        var sheets = new List<(string Name, string Id)>();
        var date1904 = false;
        using var stream = workbook.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, LoadedPartSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet" && RelationshipId(reader) is { } id)
            {
                sheets.Add((reader.GetAttribute("name") ?? string.Empty, id));
            }
        }

        return (sheets, date1904);
    }

    /// <summary>The relationship of the element the reader is on: its <c>id</c> attribute in a relationships namespace (transitional or strict).</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        string? id = null;
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                id = reader.Value;
            }
        }

        reader.MoveToElement();
        return id;
    }

    /// <summary>
    /// What each cell format shows: a date (<see cref="DateStyle"/>: the built-in date formats, and custom ones with a
    /// day or a year outside quotes), a percentage (<see cref="PercentStyle"/>: formats 9 and 10, and custom ones
    /// with <c>%</c> outside quotes), or the number as it is (0).
    /// </summary>
    private static byte[] StyleKinds(WorkbookPart workbook)
    {
        if (workbook.WorkbookStylesPart is not { } styles)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        var formats = new List<uint>();
        var inCellFormats = false;
        using (var stream = styles.GetStream(FileMode.Open, FileAccess.Read))
        using (var reader = XmlReader.Create(stream, LoadedPartSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellFormats = false;
                }
                else if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                else if (reader.LocalName == "cellXfs")
                {
                    inCellFormats = !reader.IsEmptyElement;
                }
                else if (reader.LocalName == "numFmt" && uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    custom[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                }
                else if (reader.LocalName == "xf" && inCellFormats)
                {
                    formats.Add(uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) ? format : 0);
                }
            }
        }

        var kinds = new byte[formats.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            var id = formats[i];
            var code = custom.TryGetValue(id, out var written) ? written : null;

            // Built-in formats: 14–17 and 22 are dates (22 with a time), 27–36 and 50–58 dates of East Asian locales; 18–21 and 45–47 are times only; 9 and 10 percentages.
            kinds[i] = id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58) || (code is not null && IsDateFormat(code)) ? DateStyle
                : id is 9 or 10 || (code is not null && IsPercentFormat(code)) ? PercentStyle
                : (byte)0;
        }

        return kinds;
    }

    /// <summary>Whether a number format shows a percentage: a <c>%</c> in its first section, outside quotes, escapes and brackets.</summary>
    internal static bool IsPercentFormat(string code) => FirstSectionHas(code, static c => c == '%');

    /// <summary>Whether a number format shows a date: a <c>y</c> or <c>d</c> in its first section, outside quotes, escapes and brackets (a format of hours, minutes and seconds alone shows a time or a duration, read as its number).</summary>
    internal static bool IsDateFormat(string code) => FirstSectionHas(code, static c => char.ToLowerInvariant(c) is 'y' or 'd');

    /// <summary>Whether the first section of a number format (the one for positive numbers, which decides) has a character of the format itself that matches: text in quotes, escaped characters and brackets (colours, conditions, locales) are not the format's.</summary>
    private static bool FirstSectionHas(string code, Func<char, bool> match)
    {
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var end = code.IndexOf(']', i);
                i = end < 0 ? code.Length : end;
            }
            else if (c == ';')
            {
                return false;
            }
            else if (match(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date of a serial number as a spreadsheet shows it: days from 1900-01-01 (serial 1), counting the
    /// 29 February 1900 that spreadsheets inherited and that never was, or days from 1904-01-01 (serial 0) in
    /// a workbook of the 1904 system; null for a serial that shows no date (below the first day, the day that
    /// never was, past 9999-12-31), which is then read as its number.
    /// </summary>
    private DateTime? DateOf(double serial)
    {
        if (double.IsNaN(serial) || double.IsInfinity(serial))
        {
            return null;
        }

        if (serial < 0)
        {
            return null;
        }

        var days = _date1904 ? serial + 1462 : serial;
        if (!_date1904 && serial < 61)
        {
            if (serial < 1 || serial >= 60)
            {
                return null;
            }

            days = serial + 1;
        }

        // To the millisecond, as spreadsheets show times; the last day ends before 10000-01-01.
        var milliseconds = Math.Round(days * (TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond));
        if (days < 1 || milliseconds >= 2958466d * (TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond))
        {
            return null;
        }

        return new DateTime(1899, 12, 30).AddTicks((long)milliseconds * TimeSpan.TicksPerMillisecond);
    }

    /// <summary>Whether a number is an integer of up to 15 digits written without sign or leading zero: it reads back as itself.</summary>
    private static bool IsPlainInteger(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > 15 || (value[0] == '0' && value.Length > 1))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of a cell's value (not an inline string's) as the spreadsheet means it, by its type and format.</summary>
    private string Text(CellType type, int style, string value)
    {
        switch (type)
        {
            case CellType.SharedString:
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : value;
            case CellType.Boolean:
                return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
            case CellType.FormulaString:
                return Unescape(value);
            case CellType.Error:
                return value;
            case CellType.Date:
                // An ISO date cell: a date at midnight reads as the date alone.
                return value.EndsWith("T00:00:00", StringComparison.Ordinal) ? value.Substring(0, value.Length - 9) : value;
        }

        var kind = style < _styleKinds.Length ? _styleKinds[style] : 0;
        var isDate = kind == DateStyle;
        if (kind == PercentStyle && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
        {
            // A percent cell keeps the fraction (1 for 100%); it is read as the percentage it shows, with every digit kept.
            return (share * 100).ToString("0.############################", CultureInfo.InvariantCulture) + "%";
        }

        if (!isDate && IsPlainInteger(value))
        {
            // Most numbers of a sheet are small integers, already written as they read.
            return value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        if (isDate && DateOf(number) is { } date)
        {
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }
}

/// <summary>What a cell holds, by its type attribute: a number (the default, and a type unknown), a shared string's index, an inline string, a formula's text, a boolean, an error, an ISO date.</summary>
internal enum CellType : byte
{
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    Date,
}
