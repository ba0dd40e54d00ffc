// Statements from Excel workbooks (core/actuals/xlsxreader.h): a workbook written here with
// libxlsxwriter as a spreadsheet writes one — a German sheet in millions after a cover sheet, a
// merged title, an empty column, a formula with its calculated value — read into the same
// statement a CSV gives; and workbooks no spreadsheet would write, assembled part by part with
// libzip, refused by name. Expected figures are the ones written.
#include <QtTest>

#include <xlsxwriter.h>
#include <zip.h>

#include <QTemporaryDir>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/actuals/statement.h"
#include "core/actuals/xlsxreader.h"

using namespace valor;

namespace {

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A workbook with a cover sheet and the income statement ("GuV"), in EUR millions.
std::string spreadsheetWorkbook(const QTemporaryDir& dir) {
  const std::string path = dir.filePath(QStringLiteral("statements.xlsx")).toStdString();
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* cover = workbook_add_worksheet(book, "Cover");
  worksheet_write_string(cover, 0, 0, "Acme AG annual report", nullptr);
  lxw_worksheet* guv = workbook_add_worksheet(book, "GuV");
  // A title merged across the columns; the value stays in its first cell.
  worksheet_merge_range(guv, 0, 0, 0, 4, "Konzern-GuV (in Mio. EUR)", nullptr);
  // Labels in A, an empty column B, years as numbers in C–E.
  for (int c = 0; c < 3; ++c)
    worksheet_write_number(guv, 1, static_cast<lxw_col_t>(2 + c), 2022 + c, nullptr);
  worksheet_write_string(guv, 2, 0, "Umsatzerlöse", nullptr);
  worksheet_write_number(guv, 2, 2, 1000, nullptr);
  worksheet_write_number(guv, 2, 3, 1100, nullptr);
  // =D3*1.1 as calculated when saved: 1,210.
  worksheet_write_formula_num(guv, 2, 4, "=D3*1.1", nullptr, 1210);
  worksheet_write_string(guv, 3, 0, "Jahresüberschuss", nullptr);
  worksheet_write_number(guv, 3, 2, 90.5, nullptr);
  worksheet_write_number(guv, 3, 3, 0.001, nullptr);
  worksheet_write_number(guv, 3, 4, -1, nullptr);
  if (workbook_close(book) != LXW_NO_ERROR) qFatal("workbook_close failed");
  return readBytes(path);
}

// A workbook of exactly these parts (the minimal package a reader needs), zipped with libzip.
std::string workbookOfParts(const QTemporaryDir& dir,
                            const std::map<std::string, std::string>& parts) {
  const std::string path = dir.filePath(QStringLiteral("parts.xlsx")).toStdString();
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) qFatal("zip_open failed");
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0)
      qFatal("zip_file_add failed");
  }
  if (zip_close(archive) != 0) qFatal("zip_close failed");
  return readBytes(path);
}

const char* kWorkbookXml =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="P&amp;L" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* kRelsXml =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>)";

std::map<std::string, std::string> partsWithSheet(const std::string& sheetData) {
  return {{"xl/workbook.xml", kWorkbookXml},
          {"xl/_rels/workbook.xml.rels", kRelsXml},
          {"xl/sharedStrings.xml", R"(<sst><si><t>Revenue</t></si><si><r><t>in </t></r>)"
                                   R"(<r><t>thousands</t></r></si></sst>)"},
          {"xl/worksheets/sheet1.xml",
           "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>"}};
}

std::string errorCode(const Result<CsvRows>& rows) {
  return rows ? std::string("ok") : rows.error().code;
}

}  // namespace

class TestXlsxStatement : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

 private slots:
  void readsASheetAsSpreadsheetsWriteIt() {
    const std::string bytes = spreadsheetWorkbook(dir_);
    QVERIFY(looksLikeXlsx(bytes));
    auto names = xlsxSheetNames(bytes);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (std::vector<std::string>{"Cover", "GuV"}));

    auto rows = readXlsxSheet(bytes, std::string("GuV"));
    QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().message.c_str());
    // The merged title in its first cell only; numbers as plain decimals; the formula's value.
    QCOMPARE(rows.value()[0][0], std::string("Konzern-GuV (in Mio. EUR)"));
    QCOMPARE(rows.value()[0][1], std::string());
    QCOMPARE(rows.value()[1][2], std::string("2022"));
    QCOMPARE(rows.value()[2][4], std::string("1210"));
    QCOMPARE(rows.value()[3][3], std::string("0.001"));

    StatementOptions options;
    options.fileName = "statements.xlsx";
    options.sheet = "GuV";
    auto statement = readStatement(rows.value(), options);
    QVERIFY2(statement.ok(), statement.ok() ? "" : statement.error().message.c_str());
    QCOMPARE(statement.value().unit, std::string("millions"));
    const StatementLine& revenue = statement.value().lines.at(0);
    QCOMPARE(revenue.key, std::string("revenue"));
    QCOMPARE(revenue.values, (std::map<Year, double>{{2022, 1000}, {2023, 1100}, {2024, 1210}}));
    QCOMPARE(revenue.source, std::string("statements.xlsx, sheet GuV, row 3, in millions"));
    const StatementLine& netIncome = statement.value().lines.at(1);
    QCOMPARE(netIncome.values.at(2023), 0.001);
    QCOMPARE(netIncome.values.at(2024), -1.0);

    // Without a sheet named, the first: the cover, which holds no statement.
    auto cover = readXlsxSheet(bytes, std::nullopt);
    QVERIFY(cover.ok());
    QVERIFY(!readStatement(cover.value(), options).ok());
    auto missing = readXlsxSheet(bytes, std::string("Bilanz"));
    QCOMPARE(errorCode(missing), std::string("xlsx.no_such_sheet"));
    QVERIFY(missing.error().message.find("(it has Cover, GuV)") != std::string::npos);
  }

  // A minimal package as other programs write it: shared strings with rich-text runs, cells
  // that skip columns, an inline string, a formula's value.
  void readsTheMinimalPackage() {
    const std::string bytes = workbookOfParts(
        dir_,
        partsWithSheet(
            R"(<row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1"><v>2023</v></c><c r="D1"><v>2024</v></c></row>)"
            R"(<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3"><v>1.5E3</v></c>)"
            R"(<c r="D3"><f>C3*2</f><v>3000</v></c></row>)"
            R"(<row r="4"><c r="A4" t="inlineStr"><is><t>EBIT</t></is></c><c r="C4"><v>-12</v></c></row>)"));
    QCOMPARE(xlsxSheetNames(bytes).value(), std::vector<std::string>{"P&L"});
    auto rows = readXlsxSheet(bytes, std::nullopt);
    QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().message.c_str());
    QCOMPARE(rows.value().size(), std::size_t(4));
    QCOMPARE(rows.value()[0][0], std::string("in thousands"));
    QCOMPARE(rows.value()[1], (std::vector<std::string>{"", "", "", ""}));
    // 1.5E3 as a spreadsheet stores it, read as the number 1500.
    QCOMPARE(rows.value()[2], (std::vector<std::string>{"Revenue", "", "1500", "3000"}));
    QCOMPARE(rows.value()[3][0], std::string("EBIT"));
  }

  void refusesWhatNoSpreadsheetWrites() {
    // A formula the file holds no value for is not an empty cell.
    auto uncalculated = readXlsxSheet(
        workbookOfParts(dir_, partsWithSheet(R"(<row r="1"><c r="B1"><f>A1*2</f></c></row>)")),
        std::nullopt);
    QCOMPARE(errorCode(uncalculated), std::string("xlsx.uncalculated"));
    QVERIFY(uncalculated.error().message.find("cell B1") != std::string::npos);
    QCOMPARE(errorCode(readXlsxSheet(workbookOfParts(dir_, partsWithSheet("<row><c r=\"A1\">")),
                                     std::nullopt)),
             std::string("xlsx.bad_xml"));
    QCOMPARE(errorCode(readXlsxSheet(
                 workbookOfParts(
                     dir_, partsWithSheet(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)")),
                 std::nullopt)),
             std::string("xlsx.bad_cell"));
    QCOMPARE(
        errorCode(readXlsxSheet(
            workbookOfParts(dir_, partsWithSheet(R"(<row r="2"><c r="A1"><v>1</v></c></row>)")),
            std::nullopt)),
        std::string("xlsx.bad_cell"));
    QCOMPARE(
        errorCode(readXlsxSheet(
            workbookOfParts(dir_, partsWithSheet(R"(<row r="1"><c r="A1"><v>12abc</v></c></row>)")),
            std::nullopt)),
        std::string("xlsx.bad_cell"));
    // Row 0 (found by fuzz_xlsx) and rows past a sheet's last: refused, never indexed.
    for (const char* row :
         {R"(<row r="0"><c><v>1</v></c></row>)", R"(<row r="1048577"><c><v>1</v></c></row>)"})
      QCOMPARE(errorCode(readXlsxSheet(workbookOfParts(dir_, partsWithSheet(row)), std::nullopt)),
               std::string("xlsx.bad_cell"));
    // Two cells a sheet apart span 16,384 × 1,048,576 cells: refused, not allocated.
    QCOMPARE(
        errorCode(readXlsxSheet(
            workbookOfParts(
                dir_, partsWithSheet(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)"
                                     R"(<row r="1048576"><c r="A1048576"><v>1</v></c></row>)")),
            std::nullopt)),
        std::string("xlsx.too_many_cells"));
    auto noWorkbook = workbookOfParts(dir_, {{"xl/worksheets/sheet1.xml", "<worksheet/>"}});
    QCOMPARE(errorCode(readXlsxSheet(noWorkbook, std::nullopt)), std::string("xlsx.missing_part"));
    QCOMPARE(errorCode(readXlsxSheet("Revenue,1,2\n", std::nullopt)),
             std::string("xlsx.not_a_workbook"));
    QVERIFY(!looksLikeXlsx("Revenue,1,2\n"));
  }
};

QTEST_APPLESS_MAIN(TestXlsxStatement)
#include "test_xlsxstatement.moc"
