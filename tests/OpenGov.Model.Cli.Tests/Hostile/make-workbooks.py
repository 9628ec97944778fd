#!/usr/bin/env python3
"""Writes the hostile workbooks of this folder with Python's standard library only. Run it from here."""
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def book(name, sheet, strings=(), date1904=False):
    sst = f'<?xml version="1.0" encoding="UTF-8"?><sst {NS}>' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        wb = WB.replace("<sheets>", '<workbookPr date1904="1"/><sheets>') if date1904 else WB
        ct = CT.replace("</Types>", '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        rels = WB_RELS.replace("</Relationships>", '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        for part, xml in [("[Content_Types].xml", ct), ("_rels/.rels", RELS), ("xl/workbook.xml", wb),
                          ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", STYLES),
                          ("xl/worksheets/sheet1.xml", sheet)]:
            info = zipfile.ZipInfo(part, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml)


header = '<row r="1">' + inline("A1", "Commitment Unique Identifier") + inline("B1", "Commitment Title") + inline("C1", "Region") + "</row>"

# Escape sequences, a direction override and formulas in cells, written as a spreadsheet escapes them.
book("workbook-escapes.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}'
     '<row r="2">' + inline("A2", "AL0002") + inline("B2", "_x001B_[31mred_x001B_[0m \u202etxet") + inline("C2", "=1+1") + "</row>"
     '<row r="3">' + inline("A3", "AL0003") + '<c r="B3" t="s"><v>7</v></c><c r="C3"><v>not a number</v></c></row>'
     "</sheetData></worksheet>")

# A shared string index past the table, a row number that goes back, a cell far to the right, a cell without reference.
book("workbook-odd-cells.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}'
     '<row r="9">' + inline("A9", "AL0004") + '<c t="s"><v>0</v></c><c r="XFD9" t="s"><v>999</v></c></row>'
     '<row r="4">' + inline("A4", "AL0005") + '<c r="B4" t="b"><v>2</v></c><c r="C4" t="e"><v>#N/A</v></c></row>'
     "</sheetData></worksheet>", strings=["Europe"])

# References with dollar signs, empty, or without letters; an empty cell far to the right.
book("workbook-references.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}'
     '<row r="2">' + inline("$A$2", "AL0002") + inline("", "no reference") + inline("1A", "digits first") + '<c r="XFD2" s="0"/></row>'
     "</sheetData></worksheet>")

# Date serials at the edges of what a spreadsheet shows: before the first day, the day that never was, the last day, past it.
date_rows = "".join(
    f'<row r="{i + 2}">' + inline(f"A{i + 2}", f"AL{i + 10:04d}") + f'<c r="B{i + 2}" s="1"><v>{serial}</v></c></row>'
    for i, serial in enumerate(["-5", "0", "1", "59", "60", "61", "2958465", "2958465.999999999", "2958466", "1E+300", "NaN"]))
book("workbook-dates.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}{date_rows}</sheetData></worksheet>')
book("workbook-dates-1904.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}{date_rows}</sheetData></worksheet>', date1904=True)

# The sheet's XML stops inside a tag.
book("workbook-bad-xml.xlsx", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}<row r="2"><c r="A2" t="inl')

# A package with no workbook in it.
with zipfile.ZipFile("workbook-no-workbook.xlsx", "w") as z:
    z.writestr(zipfile.ZipInfo("readme.txt", date_time=(2026, 12, 6, 0, 0, 0)), "not a workbook")

# A workbook cut in half.
book("workbook-whole.tmp", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{header}'
     '<row r="2">' + inline("A2", "AL0002") + inline("B2", "e-Acts") + inline("C2", "Europe") + "</row></sheetData></worksheet>")
data = open("workbook-whole.tmp", "rb").read()
open("workbook-cut.xlsx", "wb").write(data[: len(data) // 2])
import os
os.remove("workbook-whole.tmp")
