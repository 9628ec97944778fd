using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OpenGov.Model.Mapping;

namespace OpenGov.Model;

/// <summary>
/// Writes the rows of a dataset, as they come, as the only sheet of an <c>.xlsx</c> workbook: the header, then
/// every cell as <see cref="DatasetCsvWriter"/> would write it. A cell that is a number written canonically
/// (<c>2012</c>, <c>0.5</c>) is a number of the sheet; every other cell is text, so that dates, identifiers,
/// leading zeros and text that a spreadsheet would take for a formula stay exactly as written. Read back with
/// <see cref="OgpReader"/>, the workbook gives the same cells. Dispose the writer to finish the workbook.
/// </summary>
/// <remarks>
/// The sheet streams into the archive as rows come, and text is kept in the cells (inline strings), not in a
/// shared table, so memory stays flat however many rows; the stream need not seek. (The Open XML SDK, which
/// reads workbooks here, holds every part of a package it writes in memory, so the few fixed parts of this
/// one-sheet workbook are written directly.) Characters XML cannot hold are written as spreadsheet programs write them (<c>_x001B_</c>). A
/// spreadsheet program shows at most 32,767 characters of a cell; the workbook keeps longer cells whole.
/// </remarks>
public sealed class DatasetWorkbookWriter : IDisposable
{
    private readonly WorkbookWriter _workbook;
    private readonly DatasetRowMapper _mapper;

    /// <summary>Creates a writer and writes the header.</summary>
    /// <param name="stream">Where to write the workbook; it is not closed.</param>
    /// <param name="headers">The headers, in order, as for <see cref="DatasetCsvWriter"/>; empty for the canonical headers.</param>
    /// <param name="sheetName">The name of the sheet: 1 to 31 characters, none of <c>: \ / ? * [ ]</c>, not starting or ending with an apostrophe.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The sheet's name is not one a workbook allows.</exception>
    public DatasetWorkbookWriter(Stream stream, IReadOnlyList<string> headers, string sheetName = "Commitments")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(sheetName);
        _mapper = new DatasetRowMapper(headers.Count == 0 ? DatasetRowMapper.CanonicalHeaders : headers);
        _workbook = new WorkbookWriter(stream, sheetName);
        _workbook.WriteRow(_mapper.Headers);
    }

    /// <summary>Gets the headers written.</summary>
    public ValueList<string> Headers => _mapper.Headers;

    /// <summary>Writes one row.</summary>
    /// <param name="record">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The workbook is finished.</exception>
    public void Write(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _workbook.WriteRow(_mapper.Write(record));
    }

    /// <summary>Finishes the workbook: the end of the sheet, then the parts that name it.</summary>
    public void Dispose() => _workbook.Dispose();
}

/// <summary>
/// A one-sheet <c>.xlsx</c> workbook written row by row into a ZIP archive as rows come: cells of text, numbers
/// where the text is a number written canonically. The tables of the tool (findings, indicators, differences)
/// and <see cref="DatasetWorkbookWriter"/> write through it.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false, CheckCharacters = true };

    private readonly ZipArchive _archive;
    private readonly Stream _sheetEntry;
    private readonly XmlWriter _sheet;
    private readonly string _sheetName;
    private int _row;
    private bool _disposed;

    /// <summary>Creates the workbook and starts its sheet.</summary>
    /// <exception cref="ArgumentException">The sheet's name is not one a workbook allows.</exception>
    public WorkbookWriter(Stream stream, string sheetName)
    {
        if (sheetName.Length is 0 or > 31 || sheetName.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || sheetName[0] == '\'' || sheetName[sheetName.Length - 1] == '\'')
        {
            throw new ArgumentException($"\"{sheetName}\" is not a sheet name a workbook allows: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.", nameof(sheetName));
        }

        _sheetName = sheetName;
        _archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        _sheetEntry = _archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        _sheet = XmlWriter.Create(_sheetEntry, Settings);
        _sheet.WriteStartDocument(true);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetData", Main);
    }

    /// <summary>Finishes the workbook: the end of the sheet, then the parts that name it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        _sheetEntry.Dispose();
        Part("[Content_Types].xml", writer =>
        {
            const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
            writer.WriteStartElement("Types", Types);
            Element(writer, Types, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
            Element(writer, Types, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
            Element(writer, Types, "Override", ("PartName", "/xl/workbook.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
            Element(writer, Types, "Override", ("PartName", "/xl/worksheets/sheet1.xml"), ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
            writer.WriteEndElement();
        });
        Part("_rels/.rels", writer =>
        {
            writer.WriteStartElement("Relationships", Relationships);
            Element(writer, Relationships, "Relationship", ("Id", "rId1"), ("Type", OfficeRelationships + "/officeDocument"), ("Target", "xl/workbook.xml"));
            writer.WriteEndElement();
        });
        Part("xl/workbook.xml", writer =>
        {
            writer.WriteStartElement("workbook", Main);
            writer.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            writer.WriteStartElement("sheets", Main);
            writer.WriteStartElement("sheet", Main);
            writer.WriteAttributeString("name", _sheetName);
            writer.WriteAttributeString("sheetId", "1");
            writer.WriteAttributeString("id", OfficeRelationships, "rId1");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        Part("xl/_rels/workbook.xml.rels", writer =>
        {
            writer.WriteStartElement("Relationships", Relationships);
            Element(writer, Relationships, "Relationship", ("Id", "rId1"), ("Type", OfficeRelationships + "/worksheet"), ("Target", "worksheets/sheet1.xml"));
            writer.WriteEndElement();
        });
        _archive.Dispose();
    }

    private static void Element(XmlWriter writer, string ns, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            writer.WriteAttributeString(attribute, value);
        }

        writer.WriteEndElement();
    }

    private void Part(string name, Action<XmlWriter> write)
    {
        using var entry = _archive.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = XmlWriter.Create(entry, Settings);
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    /// <summary>Writes a row: its cells from column A; null and empty cells are left out.</summary>
    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _row++;
        var row = _row.ToString(CultureInfo.InvariantCulture);
        _sheet.WriteStartElement("row", Main);
        _sheet.WriteAttributeString("r", row);
        for (var i = 0; i < cells.Count; i++)
        {
            // An empty cell is left out, but the last one of a row is written empty: the row keeps its length.
            var text = cells[i] ?? string.Empty;
            if (text.Length == 0 && i < cells.Count - 1)
            {
                continue;
            }

            _sheet.WriteStartElement("c", Main);
            _sheet.WriteAttributeString("r", WorkbookSheet.ColumnName(i) + row);
            if (IsCanonicalNumber(text!))
            {
                _sheet.WriteElementString("v", Main, text);
            }
            else
            {
                _sheet.WriteAttributeString("t", "inlineStr");
                _sheet.WriteStartElement("is", Main);
                _sheet.WriteStartElement("t", Main);
                _sheet.WriteAttributeString("xml", "space", null, "preserve");
                _sheet.WriteString(Escape(text!));
                _sheet.WriteEndElement();
                _sheet.WriteEndElement();
            }

            _sheet.WriteEndElement();
        }

        _sheet.WriteEndElement();
    }

    /// <summary>Whether a cell is a number that reads back as the same text: <c>2012</c>, <c>0.5</c>, <c>-3</c>; not <c>007</c>, <c>1.50</c>, <c>1e3</c>.</summary>
    private static bool IsCanonicalNumber(string text) =>
        text.Length <= 15
        && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number.ToString("R", CultureInfo.InvariantCulture) == text;

    /// <summary>Text as spreadsheet programs write it: characters XML cannot hold, and carriage returns, as <c>_xHHHH_</c>; an underscore that would start such a sequence as <c>_x005F_</c>.</summary>
    internal static string Escape(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = (c < 0x20 && c != '\t' && c != '\n') || c is '\uFFFE' or '\uFFFF'
                || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                || (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && IsHex(text, i + 2));
            if (escape)
            {
                result ??= new StringBuilder(text, 0, i, text.Length + 16);
                result.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                result?.Append(c);
            }
        }

        return result?.ToString() ?? text;
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
}
