#!/usr/bin/env python3
"""Writes examples/data/nev.xlsx from examples/data/nev.csv: the same numbers, as an Excel
workbook the way reports arrive (a title above the table, a notes sheet before the data).

Standard library only (zipfile + hand-written SpreadsheetML), with fixed timestamps so the
file is byte-for-byte the same on every run:

    python3 examples/data/make-xlsx.py

The workbook has two sheets:
  1. "About": where the numbers come from (text only);
  2. "NEV":   A1 a title, row 3 the header (year, measure, vehicles), rows 4-23 the data of
              nev.csv in its order; years and vehicles are number cells, text is shared strings.
examples/nev-workbook.json reads it with "format": {"sheet": "NEV", "range": "A3:C23", "header": 1}.
"""

import csv
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "nev.csv")
TARGET = os.path.join(HERE, "nev.xlsx")
STAMP = (2024, 1, 1, 0, 0, 0)

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def column_name(n):
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


class Strings:
    """The shared-string table: each text stored once, cells refer to it by index."""

    def __init__(self):
        self.items, self.index = [], {}

    def ref(self, text):
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        sis = "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in self.items)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (NS, len(self.items), len(self.items), sis))


def sheet_xml(rows, strings):
    """rows: {row number: [cell values from column A]}; str -> shared string, int/float -> number."""
    out = []
    for r in sorted(rows):
        cells = []
        for i, v in enumerate(rows[r]):
            ref = "%s%d" % (column_name(i + 1), r)
            if v is None:
                continue
            if isinstance(v, str):
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, strings.ref(v)))
            else:
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (NS, "".join(out)))


def number(text):
    v = float(text)
    return int(v) if v == int(v) and "." not in text else v


def main():
    with open(SOURCE, newline="", encoding="utf-8") as f:
        records = list(csv.reader(f))
    header, data = records[0], records[1:]
    assert header == ["year", "measure", "vehicles"], header

    strings = Strings()
    about = {
        1: ["New energy vehicles: production and sales in China, 2013-2022 (million vehicles)"],
        2: ["Same numbers as examples/data/nev.csv; see examples/data/README.md for what is ILLUSTRATIVE."],
        3: ["Data source: China Association of Automobile Manufacturers"],
    }
    nev = {1: ["Production and sales of new energy vehicles (million vehicles)"], 3: header}
    for i, (year, measure, vehicles) in enumerate(data):
        nev[4 + i] = [int(year), measure, number(vehicles)]

    sheets = [("About", sheet_xml(about, strings)), ("NEV", sheet_xml(nev, strings))]
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                      for i in range(len(sheets)))
            + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>'
            % (PKG_REL, REL),
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
            % (NS, REL, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1)
                                for i, (name, _) in enumerate(sheets))),
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s">%s'
            '<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>'
            % (PKG_REL, "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, REL, i + 1)
                                for i in range(len(sheets))),
               len(sheets) + 1, REL, len(sheets) + 2, REL),
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            '</styleSheet>' % NS,
    }
    for i, (_, xml) in enumerate(sheets):
        parts["xl/worksheets/sheet%d.xml" % (i + 1)] = xml
    parts["xl/sharedStrings.xml"] = strings.xml()  # after the sheets: they fill the table

    with zipfile.ZipFile(TARGET, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml"] + ["xl/worksheets/sheet%d.xml" % (i + 1) for i in range(len(sheets))]:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))
    print("wrote", os.path.relpath(TARGET), "(%d data rows)" % len(data))


if __name__ == "__main__":
    main()
