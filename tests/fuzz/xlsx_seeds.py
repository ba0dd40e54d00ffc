#!/usr/bin/env python3
"""Writes seed workbooks for fuzz_xlsx into a folder: minimal .xlsx packages, stored without
compression so the fuzzer's mutations reach the XML. Generated at run time: no binary seeds in
the repository."""
import sys
import zipfile

WORKBOOK = ('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="P&amp;L" sheetId="1" r:id="rId1"/>'
            '<sheet name="Bilanz" sheetId="2" r:id="rId2"/></sheets></workbook>')
RELS = ('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>')
SHARED = ('<sst><si><t>USD in thousands</t></si><si><t>Revenue</t></si>'
          '<si><r><t>Net </t></r><r><t>income</t></r></si></sst>')
SHEET1 = ('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2023</v>'
          '</c><c r="C1"><v>2024</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c>'
          '<c r="B2"><v>1000.5</v></c><c r="C2"><f>B2*1.1</f><v>1100.55</v></c></row>'
          '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>-12</v></c>'
          '<c r="C3" t="inlineStr"><is><t>(15)</t></is></c></row></sheetData></worksheet>')
SHEET2 = ('<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>in Mio. EUR</v></c>'
          '<c r="B1"><v>2024</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Eigenkapital'
          '</t></is></c><c r="B2"><v>1.5E3</v></c></row></sheetData></worksheet>')

def write(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_STORED) as z:
        for name, text in parts.items():
            z.writestr(name, text)

folder = sys.argv[1]
base = {'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': RELS,
        'xl/sharedStrings.xml': SHARED, 'xl/worksheets/sheet1.xml': SHEET1,
        'xl/worksheets/sheet2.xml': SHEET2}
write(f'{folder}/seed-statement.xlsx', base)
write(f'{folder}/seed-no-strings.xlsx', {k: v for k, v in base.items() if 'shared' not in k})
