using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Mapping;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Workbooks;

/// <summary>
/// A sheet's XML read as XML means it, however it is written: sheets written by hand in every way an XML writer
/// may write them (prefixes, either quote, references, CDATA, comments, runs of rich text, padding that moves
/// where the reader's buffer ends), in UTF-8 and in UTF-16, read as the same cells; what XML forbids is
/// refused as an XML reader refuses it.
/// </summary>
public sealed class SheetXmlProperties
{
    private const string Id = "Commitment Unique Identifier";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>How a sheet is written.</summary>
    /// <param name="Prefix">Elements with the prefix <c>x:</c>, as the Open XML SDK writes them.</param>
    /// <param name="SingleQuotes">Attribute values in single quotes.</param>
    /// <param name="Loose">Spaces inside tags, attributes in another order, attributes the reader does not use.</param>
    /// <param name="Kind">Where the text is: 0 the shared strings, 1 inline strings, 2 formula results.</param>
    /// <param name="References">Some characters written as character and entity references.</param>
    /// <param name="CData">Text in CDATA sections.</param>
    /// <param name="Comments">Comments and processing instructions between elements and inside text.</param>
    /// <param name="Runs">Text in runs of rich text, with phonetic guides that are not text.</param>
    /// <param name="NoCellReferences">Cells without their reference (each takes the next column).</param>
    /// <param name="Padding">The length of a comment before the cells, which moves where the reader's buffer ends.</param>
    public sealed record Style(bool Prefix, bool SingleQuotes, bool Loose, int Kind, bool References, bool CData, bool Comments, bool Runs, bool NoCellReferences, int Padding);

    private static readonly Gen<Style> Styles =
        from prefix in Gen.Elements(true, false)
        from single in Gen.Elements(true, false)
        from loose in Gen.Elements(true, false)
        from kind in Gen.Choose(0, 2)
        from references in Gen.Elements(true, false)
        from cdata in Gen.Elements(true, false)
        from comments in Gen.Elements(true, false)
        from runs in Gen.Elements(true, false)
        from noReferences in Gen.Elements(true, false)
        from padding in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(65_000, 66_000)), (1, Gen.Choose(0, 2_000)))
        select new Style(prefix, single, loose, kind, references, cdata, comments, runs, noReferences, padding);

    private static readonly Gen<string> Cell = Gen.Frequency(
        (4, ModelGenerators.Text),
        (1, Gen.ArrayOf(Gen.Elements("]]>", "<", "&", "&amp;", "\"", "'", "_x0041_", "\u0001", "\r", "\r\n", "\uFFFE", "😀", " ", "x", "--", "?>")).Select(parts => string.Concat(parts))),
        (1, Gen.Choose(1, 200).Select(n => string.Concat(Enumerable.Repeat("é漢\r\n&<x", n)))));

    [Property(MaxTest = 120)]
    public Property A_sheet_reads_as_its_cells_however_its_xml_is_written() =>
        Prop.ForAll(
            (from columns in Gen.Choose(1, 5)
             from rows in Gen.Choose(1, 6)
             from cells in Gen.ArrayOf(Gen.ArrayOf(Cell, columns), rows)
             from style in Styles
             select (columns, cells, style)).ToArbitrary(),
            sheet =>
            {
                var (columns, cells, style) = sheet;
                var headers = Enumerable.Range(1, columns).Select(i => "Extra " + i.ToString(CultureInfo.InvariantCulture)).Prepend(Id).ToArray();
                var rows = cells.Select((row, r) => row.Prepend("AL" + (1000 + r).ToString(CultureInfo.InvariantCulture)).ToArray()).Prepend(headers).ToArray();
                if (style.NoCellReferences)
                {
                    // Without references a cell left out moves the next one left: write every cell.
                    rows = [.. rows.Select(row => row.Select(c => c.Length == 0 ? " " : c).ToArray())];
                }

                var (sheetXml, sharedXml) = Write(rows, style);
                var fromUtf8 = Read(Workbook(sheetXml, sharedXml, new UTF8Encoding(false)));
                var fromUtf16 = Read(Workbook(sheetXml, sharedXml, new UnicodeEncoding(false, true)));

                Assert.Equal(rows.Length - 1, fromUtf8.Count);
                Assert.Equal(fromUtf16, fromUtf8);
                for (var r = 1; r < rows.Length; r++)
                {
                    for (var c = 1; c <= columns; c++)
                    {
                        var written = rows[r][c];
                        if (written.Trim().Length > 0)
                        {
                            Assert.True(DatasetCells.TryGetCell(fromUtf8[r - 1], headers[c], out var read), $"row {r}, column {c}: no cell");
                            Assert.Equal(Show(written), Show(read!));
                        }
                    }
                }
            });

    public static TheoryData<string, string> Refused => new()
    {
        { "a document type declaration", "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>" },
        { "an undeclared entity", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c></row></sheetData></worksheet>" },
        { "a reference with no end", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a&amp b</t></is></c></row></sheetData></worksheet>" },
        { "a character reference XML cannot hold", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a&#1;b</t></is></c></row></sheetData></worksheet>" },
        { "the end of a CDATA section in text", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a]]>b</t></is></c></row></sheetData></worksheet>" },
        { "a control character", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a\u0001b</t></is></c></row></sheetData></worksheet>" },
        { "an end tag that closes another element", "<worksheet><sheetData><row><c><v>1</c></v></row></sheetData></worksheet>" },
        { "an end tag that closes nothing", "<worksheet><sheetData></sheetData></worksheet></sheetData>" },
        { "a second root", "<worksheet><sheetData/></worksheet><worksheet/>" },
        { "a second root after an empty one", "<worksheet/><worksheet><sheetData></sheetData></worksheet>" },
        { "cut inside a tag", "<worksheet><sheetData><row><c r=\"A1\" t=\"s" },
        { "cut inside a text", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>abc" },
        { "two hyphens inside a comment", "<worksheet><sheetData><row><!-- a -- b --></row></sheetData></worksheet>" },
        { "cut inside a comment", "<worksheet><sheetData><row><!-- a" },
        { "cut after a row", "<worksheet><sheetData><row><c><v>1</v></c></row>" },
        { "an attribute twice", "<worksheet><sheetData><row><c r=\"A1\" r=\"B1\"><v>1</v></c></row></sheetData></worksheet>" },
        { "an attribute without quotes", "<worksheet><sheetData><row><c r=A1><v>1</v></c></row></sheetData></worksheet>" },
        { "a '<' inside a tag", "<worksheet><sheetData><row><c r=\"A1\"<v>1</v></c></row></sheetData></worksheet>" },
        { "no element", "   " },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_xml_forbids_is_refused_as_an_xml_reader_refuses_it(string what, string xml)
    {
        // A header row first, so that what follows it is read.
        xml = xml.Replace("<sheetData>", $"<sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c></row>", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.ThrowsAny<XmlException>(() =>
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        });

        var error = Record.Exception(() =>
        {
            using var input = OgpReader.Open(new MemoryStream(Workbook(bytes, null)), new OgpReaderOptions { InputName = "sheet.xlsx" });
            _ = input.ReadRecords().ToList();
        });

        var read = Assert.IsType<OgpReadException>(error, exactMatch: false);
        Assert.Equal("sheet.xlsx", read.InputName);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("<![CDATA[a\r\nb]]>", "a\nb")]
    [InlineData("a&#13;&#10;b&#xD;", "a\r\nb\r")]
    [InlineData("a_x000D__x005F_x0041_", "a\r_x0041_")]
    [InlineData("&lt;&#x1F600;&gt;", "<\U0001F600>")]
    [InlineData("a&#0000000065;&#x000000042;", "aAB")]
    [InlineData("a<!-->b-->c<!---->d", "acd")]
    public void Line_ends_and_references_read_as_xml_means_them(string written, string expected)
    {
        var sheet = $"<worksheet xmlns=\"{Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c><c t=\"inlineStr\"><is><t>Commitment Title</t></is></c></row>"
            + $"<row><c r=\"A&#50;\" t=\"inlineStr\"><is><t>AL0002</t></is></c><c r=\"B2\" t=\"str\"><f>A1</f><v>{written}</v></c></row></sheetData></worksheet>";

        foreach (var encoding in new Encoding[] { new UTF8Encoding(false), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true) })
        {
            Assert.Equal(expected, Assert.Single(Read(Workbook(sheet, null, encoding))).Commitment.Title);
        }
    }

    [Theory]
    [InlineData("x-no-such-encoding")]
    [InlineData("UTF-16")]
    public void A_sheet_in_an_unknown_encoding_or_not_in_the_one_it_declares_is_refused(string declared)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"{declared}\"?><worksheet xmlns=\"{Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c></row></sheetData></worksheet>";

        var error = Assert.Throws<OgpReadException>(() => OgpReader.Open(new MemoryStream(Workbook(Encoding.UTF8.GetBytes(xml), null))).ReadRecords().ToList());

        Assert.Contains(declared, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_format_is_found_by_its_number_however_it_is_written()
    {
        const string Styles = $"<styleSheet xmlns=\"{Main}\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
        var sheet = $"<worksheet xmlns=\"{Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c><c t=\"inlineStr\"><is><t>Extra</t></is></c></row>"
            + "<row><c t=\"inlineStr\"><is><t>AL0002</t></is></c><c s=\"0000000001\"><v>44000</v></c></row></sheetData></worksheet>";

        var record = Assert.Single(Read(Workbook(Encoding.UTF8.GetBytes(sheet), null, Encoding.UTF8.GetBytes(Styles))));

        Assert.True(DatasetCells.TryGetCell(record, "Extra", out var date));
        Assert.Equal("2020-06-18", date);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var xml = Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c></row><row><c t=\"inlineStr\"><is><t>QQ</t></is></c></row></sheetData></worksheet>");
        var at = Array.IndexOf(xml, (byte)'Q');
        xml[at] = 0xC3;
        xml[at + 1] = 0x28;

        Assert.Throws<OgpReadException>(() => OgpReader.Open(new MemoryStream(Workbook(xml, null))).ReadRecords().ToList());
    }

    [Fact]
    public void A_sheet_in_a_declared_encoding_other_than_utf8_reads_as_it_says()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"{Main}\"><sheetData><row><c t=\"inlineStr\"><is><t>{Id}</t></is></c><c t=\"inlineStr\"><is><t>Commitment Title</t></is></c></row><row><c t=\"inlineStr\"><is><t>AL0002</t></is></c><c t=\"inlineStr\"><is><t>Participación ciudadana</t></is></c></row></sheetData></worksheet>";

        using var input = OgpReader.Open(new MemoryStream(Workbook(Encoding.Latin1.GetBytes(xml), null)));

        Assert.Equal("Participación ciudadana", Assert.Single(input.ReadRecords()).Record.Commitment.Title);
    }

    private static string Show(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    private static List<DatasetRecord> Read(byte[] workbook)
    {
        using var input = OgpReader.Open(new MemoryStream(workbook));
        return [.. input.ReadRecords().Select(r => r.Record)];
    }

    /// <summary>A workbook whose only sheet (and shared strings, if any) are the XML given, in an encoding.</summary>
    private static byte[] Workbook(string sheet, string? shared, Encoding? encoding)
    {
        byte[] Bytes(string xml) => encoding is null
            ? Encoding.UTF8.GetBytes(xml)
            : [.. encoding.GetPreamble(), .. encoding.GetBytes($"<?xml version=\"1.0\" encoding=\"{encoding.WebName}\"?>" + xml)];

        return Workbook(Bytes(sheet), shared is null ? null : Bytes(shared));
    }

    private static byte[] Workbook(byte[] sheet, byte[]? shared, byte[]? styles = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }

            var sharedType = (shared is null ? string.Empty : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + (styles is null ? string.Empty : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            var sharedRelationship = (shared is null ? string.Empty : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + (styles is null ? string.Empty : "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            Add("[Content_Types].xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" + sharedType + "</Types>"));
            Add("_rels/.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Add("xl/workbook.xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Add("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + sharedRelationship + "</Relationships>"));
            Add("xl/worksheets/sheet1.xml", sheet);
            if (shared is not null)
            {
                Add("xl/sharedStrings.xml", shared);
            }

            if (styles is not null)
            {
                Add("xl/styles.xml", styles);
            }
        }

        return memory.ToArray();
    }

    /// <summary>The sheet's XML and the shared strings' XML (null when the text is not in them) of the rows, written in the style.</summary>
    private static (string Sheet, string? Shared) Write(string[][] rows, Style style)
    {
        var p = style.Prefix ? "x:" : string.Empty;
        var q = style.SingleQuotes ? '\'' : '"';
        var space = style.Loose ? " " : string.Empty;
        var declaration = $"xmlns{(style.Prefix ? ":x" : string.Empty)}={q}{Main}{q}";
        var comment = style.Comments ? "<!-- a comment -->" : string.Empty;
        var shared = new List<string>();
        var sheet = new StringBuilder();
        sheet.Append(CultureInfo.InvariantCulture, $"<{p}worksheet {declaration}{(style.Loose ? $" xmlns:x14ac={q}http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac{q}" : string.Empty)}>");
        if (style.Padding > 0)
        {
            sheet.Append("<!--").Append('p', style.Padding).Append("-->");
        }

        sheet.Append(CultureInfo.InvariantCulture, $"<{p}sheetData>{comment}");
        for (var r = 0; r < rows.Length; r++)
        {
            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            sheet.Append(style.Loose
                ? $"<{p}row  spans={q}1:{rows[r].Length}{q} x14ac:dyDescent={q}0.25{q} r = {q}{number}{q} >"
                : $"<{p}row r={q}{number}{q}>");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                if (text.Length == 0)
                {
                    continue;
                }

                var reference = style.NoCellReferences ? string.Empty : $" r={q}{Column(c)}{number}{q}";
                var escaped = TestWorkbook.Escape(text);
                switch (style.Kind)
                {
                    case 0:
                        var index = shared.Count.ToString(CultureInfo.InvariantCulture);
                        shared.Add(escaped);
                        sheet.Append(style.Loose
                            ? $"<{p}c s={q}0{q}{reference} t = {q}s{q}{space}><{p}v>{(style.References ? Referenced(index) : index)}</{p}v>{comment}</{p}c>"
                            : $"<{p}c{reference} t={q}s{q}><{p}v>{index}</{p}v></{p}c>");
                        break;
                    case 1:
                        sheet.Append(CultureInfo.InvariantCulture, $"<{p}c{reference} t={q}inlineStr{q}{space}><{p}is>{Item(escaped, style, p, q)}</{p}is></{p}c>");
                        break;
                    default:
                        sheet.Append(CultureInfo.InvariantCulture, $"<{p}c{reference} t={q}str{q}><{p}f>CONCAT({q}a{q})</{p}f><{p}v>{Text(escaped, style)}</{p}v></{p}c>");
                        break;
                }
            }

            sheet.Append(CultureInfo.InvariantCulture, $"</{p}row{space}>{comment}");
        }

        sheet.Append(CultureInfo.InvariantCulture, $"</{p}sheetData>{comment}<{p}pageMargins left={q}0.7{q} right={q}0.7{q}/></{p}worksheet>");
        if (style.Kind != 0)
        {
            return (sheet.ToString(), null);
        }

        var strings = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<{p}sst {declaration} count={q}{shared.Count}{q}>");
        foreach (var item in shared)
        {
            strings.Append(CultureInfo.InvariantCulture, $"<{p}si>{Item(item, style, p, q)}</{p}si>{comment}");
        }

        return (sheet.ToString(), strings.Append(CultureInfo.InvariantCulture, $"</{p}sst>").ToString());
    }

    /// <summary>A string item's content: one text, or runs of rich text with a phonetic guide between them.</summary>
    private static string Item(string text, Style style, string p, char q)
    {
        if (!style.Runs || text.Length < 2)
        {
            return $"<{p}t xml:space={q}preserve{q}>{Text(text, style)}</{p}t>";
        }

        var half = text.Length / 2;
        if (char.IsLowSurrogate(text[half]))
        {
            half++;
        }

        return $"<{p}r><{p}rPr><{p}b/><{p}sz val={q}11{q}/></{p}rPr><{p}t>{Text(text[..half], style)}</{p}t></{p}r>"
            + $"<{p}r><{p}t xml:space={q}preserve{q}>{Text(text[half..], style)}</{p}t></{p}r>"
            + $"<{p}rPh sb={q}0{q} eb={q}1{q}><{p}t>not text</{p}t></{p}rPh><{p}phoneticPr fontId={q}1{q}/>";
    }

    /// <summary>Text content as XML can hold it, in the style: escaped, with references, in CDATA, with comments inside.</summary>
    private static string Text(string text, Style style)
    {
        if (style.CData)
        {
            // A CDATA section cannot hold its own end: split it there.
            var sections = "<![CDATA[" + text.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal) + "]]>";
            return style.Comments ? sections + "<!-- after -->" + "<![CDATA[]]>" : sections;
        }

        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (style.Comments && i == text.Length / 2 && !char.IsLowSurrogate(text[i]))
            {
                result.Append("<!--inside--><?pi data?>");
            }

            var c = text[i];
            if (style.References && i % 3 == 0 && !char.IsLowSurrogate(c))
            {
                var code = char.IsHighSurrogate(c) ? char.ConvertToUtf32(c, text[++i]) : c;
                result.Append(i % 2 == 0 ? $"&#{code};" : $"&#x{code:X};");
                continue;
            }

            result.Append(c switch
            {
                '<' => "&lt;",
                '&' => "&amp;",
                '>' => style.References || (i >= 2 && text[i - 1] == ']' && text[i - 2] == ']') ? "&gt;" : ">",
                '"' => style.References ? "&quot;" : "\"",
                '\'' => style.References ? "&apos;" : "'",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static string Referenced(string digits) => string.Concat(digits.Select(d => $"&#{(int)d};"));

    private static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
