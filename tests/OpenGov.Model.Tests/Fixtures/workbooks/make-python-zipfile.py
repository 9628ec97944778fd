#!/usr/bin/env python3
"""Writes python-zipfile.xlsx, a small IRM dataset sheet, with nothing but Python's standard library
(zipfile and hand-written SpreadsheetML), and python-zipfile.csv, the same cells as text, as the
spreadsheet means them. The workbook is made outside .NET on purpose: the reader must read what other
programs write, not only what the Open XML SDK writes. Run it from this folder to remake both files."""
import csv
import zipfile

HEADER = ["Commitment Unique Identifier", "Commitment Title", "Region", "Year Of Submission", "Start Date", "Notes", "Checked", "Label"]
ROWS = [
    # (text, kind): s = shared string, n = number, d = date serial with a date format, b = boolean,
    # i = inline string, f = formula with a cached string, None = no cell
    [("AL0002", "s"), ("e-Acts", "s"), ("Europe", "s"), ("2012", "n"), ("41091", "d"), ("kept as written", "i"), ("1", "b"), ("AL-2", "f")],
    [("AL0003", "s"), ("Open data — portal", "s"), ("Europe", "s"), ("2012", "n"), None, ("x_x005F_y", "s"), ("0", "b"), ("AL-3", "f")],
    [("MX0001", "s"), ("Transparencia fiscal", "s"), ("Americas", "s"), ("2011", "n"), ("40909", "d"), None, None, ("MX-1", "f")],
]
DATES = {"41091": "2012-07-01", "40909": "2012-01-01"}


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


shared, index = [], {}


def sst(text):
    if text not in index:
        index[text] = len(shared)
        shared.append(text)
    return index[text]


rows_xml = []
for r, cells in enumerate([[(h, "s") for h in HEADER]] + ROWS, start=1):
    out = []
    for c, cell in enumerate(cells):
        if cell is None:
            continue
        text, kind = cell
        ref = f"{column(c)}{r}"
        if kind == "s":
            out.append(f'<c r="{ref}" t="s"><v>{sst(text)}</v></c>')
        elif kind == "n":
            out.append(f'<c r="{ref}"><v>{text}</v></c>')
        elif kind == "d":
            out.append(f'<c r="{ref}" s="1"><v>{text}</v></c>')
        elif kind == "b":
            out.append(f'<c r="{ref}" t="b"><v>{text}</v></c>')
        elif kind == "i":
            out.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(text)}</t></is></c>')
        elif kind == "f":
            out.append(f'<c r="{ref}" t="str"><f>CONCAT(LEFT(A{r},2),"-",{r})</f><v>{esc(text)}</v></c>')
    rows_xml.append(f'<row r="{r}">{"".join(out)}</row>')

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>",
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>",
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} {REL}>'
    '<sheets><sheet name="Commitments" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>",
    "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {NS}>'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>'
    '<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}><sheetData>{"".join(rows_xml)}</sheetData></worksheet>',
}
parts["xl/sharedStrings.xml"] = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {NS} count="{len(shared)}" uniqueCount="{len(shared)}">'
    + "".join(f"<si><t>{esc(s)}</t></si>" for s in shared)
    + "</sst>"
)

with zipfile.ZipFile("python-zipfile.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, xml.encode("utf-8"))


def meant(cell):
    if cell is None:
        return ""
    text, kind = cell
    if kind == "d":
        return DATES[text]
    if kind == "b":
        return "TRUE" if text == "1" else "FALSE"
    return text.replace("_x005F_", "_")


with open("python-zipfile.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(HEADER)
    for cells in ROWS:
        w.writerow([meant(c) for c in cells] + [""] * (len(HEADER) - len(cells)))
