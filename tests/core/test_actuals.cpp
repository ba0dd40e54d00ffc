// Historical actuals in from a statement file: the CSV reader (RFC 4180, both delimiters), the
// figures as statements print them, the statement's layout (labels, years, the stated unit,
// never guessed), and the import into a scenario — converted by an exact power of ten, merged
// year by year, one mutation, a ×100 mismatch refused unless confirmed. Then what the actuals
// give the model: the ratios derived from them, a driver's statistic, the base year taken from
// them. Expected figures are worked out by hand in each test.
#include <QtTest>

#include <cmath>
#include <string>

#include "core/actuals/actualsedit.h"
#include "core/actuals/actualsimport.h"
#include "core/actuals/baseyear.h"
#include "core/actuals/csvreader.h"
#include "core/actuals/history.h"
#include "core/actuals/statement.h"
#include "core/model/schema.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcftemplate.h"
#include "core/models/ma/matemplate.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "scenariofixtures.h"

using namespace valor;
using valor::testing::documentOf;

namespace {

Statement statementOf(const std::string& csv, StatementOptions options = {}) {
  auto rows = readCsv(csv);
  if (!rows) qFatal("csv: %s", rows.error().message.c_str());
  if (options.fileName.empty()) options.fileName = "statements.csv";
  auto statement = readStatement(rows.value(), options);
  if (!statement) qFatal("statement: %s", statement.error().message.c_str());
  return statement.value();
}

std::string statementError(const std::string& csv, StatementOptions options = {}) {
  auto statement = readStatement(readCsv(csv).value(), options);
  return statement ? std::string() : statement.error().code + ": " + statement.error().message;
}

const StatementLine* lineOf(const Statement& s, const std::string& key) {
  for (const StatementLine& line : s.lines)
    if (line.key == key) return &line;
  return nullptr;
}

// The DCF template: USD millions, base year 2025 with revenue 1,200.
ScenarioDocument dcfScenario() {
  return documentOf(dcfTemplate());
}

ScenarioDocument applied(const ScenarioDocument& doc, const std::vector<Op>& ops) {
  Mutation m;
  m.id = seededIdGenerator(7)();
  m.author = "test";
  m.label = "Import actuals";
  m.ops = ops;
  auto result = applyMutation(doc, m);
  if (!result) qFatal("apply: %s", result.error().message.c_str());
  return result.value();
}

// Three years of a company growing 10 % a year, in millions, each line typed.
const char* kThreeYears =
    "in millions,2022,2023,2024\n"
    "Revenue,1000,1100,1210\n"
    "EBITDA,200,231,254.1\n"
    "EBIT,150,165,181.5\n"
    "D&A,50,66,72.6\n"
    "Capex,80,88,96.8\n"
    "NWC,100,110,121\n"
    "Taxes,30,33,36.3\n"
    "Net income,90,99,108.9\n"
    "Total equity,500,550,600\n"
    "Debt,300,300,300\n"
    "Cash,100,150,200\n";

ScenarioDocument withActuals(const ScenarioDocument& doc, const std::string& csv) {
  auto imported = actualsImportOps(doc, statementOf(csv), seededIdGenerator(3), false);
  if (!imported) qFatal("import: %s", imported.error().message.c_str());
  return applied(doc, imported.value().ops);
}

}  // namespace

class TestActuals : public QObject {
  Q_OBJECT

 private slots:
  void readsCsvAsSpreadsheetsWriteIt() {
    // A quoted field holding the delimiter, a doubled quote and a line break; CRLF; a BOM.
    const auto rows = readCsv(
        "\xEF\xBB\xBFLine,2024\r\n\"Sales, net\",\"1,200.5\"\r\n\"He said "
        "\"\"hi\"\"\",\"a\nb\"\r\n");
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), std::size_t(3));
    QCOMPARE(rows.value()[0][0], std::string("Line"));
    QCOMPARE(rows.value()[1][0], std::string("Sales, net"));
    QCOMPARE(rows.value()[1][1], std::string("1,200.5"));
    QCOMPARE(rows.value()[2][0], std::string("He said \"hi\""));
    QCOMPARE(rows.value()[2][1], std::string("a\nb"));
    // German spreadsheets separate by semicolons (the comma is their decimal point).
    const auto german = readCsv("Posten;2023;2024\nUmsatz;1.234,5;1.300\n");
    QVERIFY(german.ok());
    QCOMPARE(german.value()[1][1], std::string("1.234,5"));
    QCOMPARE(german.value()[1].size(), std::size_t(3));
    // An empty last field and a missing final line break.
    QCOMPARE(readCsv("a,").value()[0].size(), std::size_t(2));
  }

  void refusesBrokenCsvWithTheLine() {
    auto open = readCsv("a,b\n\"never closed,1\n");
    QVERIFY(!open.ok());
    QCOMPARE(open.error().code, std::string("csv.open_quote"));
    QVERIFY(open.error().message.find("line 2") != std::string::npos);
    QCOMPARE(readCsv("a,b\nx\"y,1\n").error().code, std::string("csv.stray_quote"));
    QCOMPARE(readCsv("\"a\"b,1\n").error().code, std::string("csv.after_quote"));
    QCOMPARE(readCsv(std::string("a,\0b", 4)).error().code, std::string("csv.binary"));
    QCOMPARE(readCsv(std::string(kMaxCsvBytes + 1, 'a')).error().code,
             std::string("csv.too_large"));
  }

  void readsFiguresAsStatementsPrintThem() {
    QCOMPARE(*parseFigure("1,234.5", false).value, 1234.5);
    QCOMPARE(*parseFigure("(1,234.5)", false).value, -1234.5);  // a negative in parentheses
    QCOMPARE(*parseFigure("-250", false).value, -250.0);
    QCOMPARE(*parseFigure("1.234,5", true).value, 1234.5);  // German
    QCOMPARE(*parseFigure("(1.234,5)", true).value, -1234.5);
    QCOMPARE(*parseFigure(" 12 345 ", false).value, 12345.0);
    for (const char* none : {"", "-", "\xE2\x80\x94", "n/a"}) {
      QVERIFY(parseFigure(none, false).ok);
      QVERIFY(!parseFigure(none, false).value);
    }
    for (const char* bad : {"12a", "$100", "(-5)", "1.2.3x", "inf", "nan", "(", "--5"})
      QVERIFY2(!parseFigure(bad, false).ok, bad);
    // Grouping in threes only, before the point: another convention is refused, not misread
    // (12,5 is not 125; 1.234,5 is not 1.2345; 1.5e3 is a rounded spreadsheet display).
    QCOMPARE(*parseFigure("1,234,567.25", false).value, 1234567.25);
    for (const char* bad :
         {"12,5", "1,2,3", "1.234,5", "1,23", "1234,567", "1.5e3", "1,234.", ".5.5", "1,234.5,6"})
      QVERIFY2(!parseFigure(bad, false).ok, bad);
    QVERIFY(!parseFigure("1,234.5", true).ok);  // English, read with the decimal comma
    QCOMPARE(*parseFigure("0.5", false).value, 0.5);
  }

  void readsAStatementInThousands() {
    const Statement s = statementOf(
        "Income statement (USD in thousands),,,,\n"
        ",FY2022,FY2023,2024A,2025E\n"
        "Net sales,\"1,000.0\",\"1,100.0\",\"1,234.5\",\"1,400.0\"\n"
        "Operating income,150,(20),180,200\n"
        "\"Purchases of property, plant and equipment\",(40),(45),(50),(55)\n"
        "Other income,5,6,7,8\n"
        "Income taxes,(30),(35),(40),(45)\n"
        "Net income,100,(60),120,130\n"
        "Cash and cash equivalents,300,,320,\n");
    QCOMPARE(s.unit, std::string("thousands"));
    const StatementLine* revenue = lineOf(s, "revenue");
    QVERIFY(revenue);
    // 2025E is an estimate, not an actual: left out.
    QCOMPARE(revenue->values.size(), std::size_t(3));
    QCOMPARE(revenue->values.at(2024), 1234.5);
    QCOMPARE(revenue->source, std::string("statements.csv, row 3, in thousands"));
    QVERIFY(lineOf(s, "ebit") && lineOf(s, "capex") && lineOf(s, "cash"));
    QCOMPARE(lineOf(s, "ebit")->values.at(2023), -20.0);
    // Capex printed as outflows is stored as its size, and the source says so.
    QCOMPARE(lineOf(s, "capex")->values.at(2022), 40.0);
    QVERIFY(lineOf(s, "capex")->source.find("printed as outflows") != std::string::npos);
    // So is an expense: income taxes printed "(30)" are a cost of 30. Net income may be
    // negative, and stays as printed.
    QCOMPARE(lineOf(s, "taxes")->values.at(2022), 30.0);
    QVERIFY(lineOf(s, "taxes")->source.find("printed as outflows") != std::string::npos);
    QCOMPARE(lineOf(s, "net_income")->values.at(2023), -60.0);
    // A tax credit in one year among costs is taken as printed.
    QCOMPARE(
        statementOf("in millions,2023,2024\nIncome taxes,30,-5\n").lines.front().values.at(2024),
        -5.0);
    // An empty cell is no figure; an unknown label is reported, not guessed.
    QCOMPARE(lineOf(s, "cash")->values.size(), std::size_t(2));
    QCOMPARE(s.skippedLabels, std::vector<std::string>{"Other income"});
  }

  void readsAGermanStatement() {
    StatementOptions decimalComma;
    decimalComma.decimalComma = true;
    decimalComma.fileName = "gv.csv";
    const Statement s = statementOf(
        "EUR in Mio.;2023;2024\n"
        "Umsatzerlöse;1.234,5;1.300,0\n"
        "Jahresüberschuss;(12,5);40,1\n",
        decimalComma);
    QCOMPARE(s.unit, std::string("millions"));
    QCOMPARE(lineOf(s, "revenue")->values.at(2023), 1234.5);
    QCOMPARE(lineOf(s, "net_income")->values.at(2023), -12.5);
  }

  void neverGuessesTheUnit() {
    const std::string plain = "Line,2023,2024\nRevenue,100,110\n";
    QVERIFY(statementError(plain).rfind("statement.no_unit", 0) == 0);
    StatementOptions thousands;
    thousands.unit = "thousands";
    QCOMPARE(readStatement(readCsv(plain).value(), thousands).value().unit,
             std::string("thousands"));
    StatementOptions millions;
    millions.unit = "millions";
    QVERIFY(statementError("in thousands,2023\nRevenue,100\n", millions)
                .rfind("statement.unit_conflict", 0) == 0);
    QVERIFY(statementError("in thousands,in millions\n,2023\nRevenue,100\n")
                .rfind("statement.ambiguous_unit", 0) == 0);
  }

  void refusesWhatItCannotRead() {
    StatementOptions units;
    units.unit = "units";
    QVERIFY(statementError("Revenue,100,110\n", units).rfind("statement.no_years", 0) == 0);
    QVERIFY(
        statementError(",2023,2023\nRevenue,1,2\n", units).rfind("statement.duplicate_year", 0) ==
        0);
    // Every bad figure is named by its row and year, not just the first.
    const std::string bad = statementError(",2023,2024\nRevenue,12a,x\n", units);
    QVERIFY2(
        bad.find("\"Revenue\" 2023: \"12a\" is not a number (and 1 more)") != std::string::npos,
        bad.c_str());
    QCOMPARE(
        readStatement(readCsv(",2023,2024\nRevenue,12a,x\n").value(), units).error().issues.size(),
        std::size_t(2));
    // An unquoted "1,234" splits into two cells: refused, never read shifted.
    QVERIFY(statementError(",2023,2024\nRevenue,1,234,1,300\n", units).find("more cells") !=
            std::string::npos);
    QVERIFY(statementError(",2023\nRevenue,1\nSales,2\n", units).find("same line as row 2") !=
            std::string::npos);
    QVERIFY(statementError(",2023,2024\nCapex,-5,5\n", units).find("one sign") !=
            std::string::npos);
    QVERIFY(statementError(",2023\nOther income,1\n", units).rfind("statement.no_lines", 0) == 0);
  }

  // Units are whole words of the headings: "Berichtsdatum" holds "tsd" but says nothing of the
  // unit; "TEUR" is thousands of euros. Two units in the headings need --unit to settle them,
  // and "except share data" keeps the share count out (its unit is another).
  void readsTheUnitFromWholeWords() {
    QVERIFY(statementError("Berichtsdatum,2023\nRevenue,1\n").rfind("statement.no_unit", 0) == 0);
    QCOMPARE(statementOf("TEUR;2023\nUmsatz;1\n").unit, std::string("thousands"));
    const std::string twoUnits =
        "\"(in millions, except shares in thousands)\",2023\nRevenue,5\nShares,7\n";
    QVERIFY(statementError(twoUnits).rfind("statement.ambiguous_unit", 0) == 0);
    StatementOptions millions;
    millions.unit = "millions";
    const Statement s = statementOf(twoUnits, millions);
    QCOMPARE(s.unit, std::string("millions"));
    QVERIFY(lineOf(s, "revenue") && !lineOf(s, "shares"));
    QCOMPARE(s.skippedLabels.size(), std::size_t(1));
  }

  // A title row with a year ("Annual report, 2024") above the real headings is not taken for
  // them: the row with the most years is.
  void aTitleRowWithAYearIsNotTheHeadings() {
    const Statement s =
        statementOf("Annual report,2024\nin millions,2022,2023,2024\nRevenue,1,2,3\n");
    QVERIFY(lineOf(s, "revenue"));
    QCOMPARE(lineOf(s, "revenue")->values.size(), std::size_t(3));
    QCOMPARE(lineOf(s, "revenue")->values.at(2022), 1.0);
  }

  // A data row whose figure reads like a year is not the year row.
  void theYearRowHoldsOnlyYears() {
    StatementOptions units;
    units.unit = "units";
    const Statement s = statementOf("Revenue,2020,1999\n,2023,2024\nRevenue,5,6\n", units);
    QCOMPARE(lineOf(s, "revenue")->values.at(2023), 5.0);
  }

  // The analyst reads the headings otherwise: "FY2024" of a company whose fiscal year 2024
  // started in 2024 and ended in 2025 is shifted a year, one column left out; two columns on
  // one year are refused, not merged.
  void aColumnsYearCanBeReadOtherwise() {
    const std::string csv = "in millions,FY2022,FY2023,FY2024\nRevenue,1,2,3\n";
    StatementOptions shifted;
    shifted.yearsAs = {{2022, 2023}, {2023, 2024}, {2024, std::nullopt}};
    const Statement s = statementOf(csv, shifted);
    QCOMPARE(s.headingYears, (std::vector<Year>{2022, 2023, 2024}));
    QCOMPARE(lineOf(s, "revenue")->values, (std::map<Year, double>{{2023, 1.0}, {2024, 2.0}}));
    StatementOptions clash;
    clash.yearsAs = {{2022, 2023}};
    QVERIFY(statementError(csv, clash)
                .starts_with("statement.duplicate_year: two columns would "
                             "hold the year 2023"));
    StatementOptions none;
    none.yearsAs = {{2022, std::nullopt}, {2023, std::nullopt}, {2024, std::nullopt}};
    QVERIFY(statementError(csv, none).starts_with("statement.no_years"));
  }

  void importsIntoTheScenarioInItsUnit() {
    const ScenarioDocument doc = dcfScenario();  // USD millions, base 2025 revenue 1,200
    const Statement s = statementOf(
        "USD in thousands,2023,2024,2025\n"
        "Revenue,\"1,000,000\",\"1,100,000\",\"1,200,000\"\n"
        "Net income,\"90,500\",(1),\"120,000\"\n");
    auto imported = actualsImportOps(doc, s, seededIdGenerator(3), false);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().figures, 6);
    const ScenarioDocument after = applied(doc, imported.value().ops);
    const Entity* actuals = after.child(after.root(), "actuals");
    QVERIFY(actuals);
    // Thousands to millions: ÷ 1,000 exactly — 90,500 thousands is 90.5 millions, and
    // (1) thousand is −0.001 million, the double nearest it.
    QCOMPARE(actuals->years("revenue.values")->at(2025), 1200.0);
    QCOMPARE(actuals->years("net_income.values")->at(2023), 90.5);
    QVERIFY(actuals->years("net_income.values")->at(2024) == -0.001);
    QCOMPARE(*actuals->text("revenue.source"), std::string("statements.csv, row 2, in thousands"));
    // The actuals do not touch the valuation: even a figure outside its range (a negative
    // revenue, typed by hand) is the schema's issue, not the valuation's.
    ScenarioDocument broken = after;
    for (Entity& e : broken.entities)
      if (e.type == "actuals") e.fields["revenue.values"] = YearMap{{2024, -5.0}};
    bool schemaSeesIt = false;
    for (const Issue& issue : validateAgainstSchema(broken))
      schemaSeesIt = schemaSeesIt || issue.path.rfind("actuals.revenue", 0) == 0;
    QVERIFY(schemaSeesIt);
    QCOMPARE(bindDcf(broken).issues.size(), bindDcf(doc).issues.size());

    // A second file adds a year and replaces one; the other years stay.
    const Statement more = statementOf("in millions,2025,2026A\nRevenue,1210,1300\n");
    auto again = actualsImportOps(after, more, seededIdGenerator(4), false);
    QVERIFY(again.ok());
    const ScenarioDocument merged = applied(after, again.value().ops);
    const YearMap& revenue = *merged.child(merged.root(), "actuals")->years("revenue.values");
    QCOMPARE(revenue.size(), std::size_t(4));
    QCOMPARE(revenue.at(2023), 1000.0);
    QCOMPARE(revenue.at(2025), 1210.0);
    QCOMPARE(revenue.at(2026), 1300.0);
    // Undone, the import leaves the scenario as it was.
    Mutation m;
    m.ops = again.value().ops;
    QVERIFY(applied(merged, invertMutation(m, seededIdGenerator(5)(), "t", 0, 0).ops) == after);
  }

  // Figures given in units where the scenario is in millions, but said to be in millions: 1,200
  // million × 10⁶ against the base year's 1,200 — a unit mistake, refused unless confirmed.
  void aUnitMistakeIsCaught() {
    const ScenarioDocument doc = dcfScenario();
    const Statement wrong = statementOf("in millions,2025\nRevenue,\"1,200,000,000\"\n");
    auto refused = actualsImportOps(doc, wrong, seededIdGenerator(3), false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("actuals.unit_mismatch"));
    QVERIFY2(
        refused.error().message.find("revenue 2025: 1.2e+09 against 1200") != std::string::npos,
        refused.error().message.c_str());
    QVERIFY(actualsImportOps(doc, wrong, seededIdGenerator(3), true).ok());
    // Within ×100 is a real change, not a unit mistake.
    QVERIFY(actualsImportOps(doc, statementOf("in millions,2025\nRevenue,50000\n"),
                             seededIdGenerator(3), false)
                .ok());
  }

  // A figure beyond what the line can hold is refused by the schema's range, never clamped:
  // 20 trillion million shares is above the 10¹³ limit.
  void figuresOutsideTheirRangeAreRefused() {
    const Statement s = statementOf("in millions,2024\nShares,\"20,000,000,000,000\"\n");
    auto refused = actualsImportOps(dcfScenario(), s, seededIdGenerator(3), true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("actuals.invalid"));
    QVERIFY2(refused.error().context.find("actuals.shares") == 0, refused.error().context.c_str());
  }
  // Each ratio by its textbook definition, worked out by hand from kThreeYears.
  void derivesTheRatiosAnalystsRead() {
    const ActualsHistory h = actualsHistory(withActuals(dcfScenario(), kThreeYears));
    QCOMPARE(h.years, (std::vector<Year>{2022, 2023, 2024}));
    QCOMPARE(h.lines.at("equity").at(2023), 550.0);
    QCOMPARE(h.sources.at("revenue"), std::string("statements.csv, row 2, in millions"));
    const auto ratio = [&](const char* key) { return h.find(key)->values; };
    // Growth needs the year before: none for 2022.
    QCOMPARE(ratio("revenue_growth"),
             (YearMap{{2023, 1100.0 / 1000 - 1}, {2024, 1210.0 / 1100 - 1}}));
    QCOMPARE(ratio("ebitda_margin").at(2023), 231.0 / 1100);
    QCOMPARE(ratio("ebit_margin").at(2024), 181.5 / 1210);
    QCOMPARE(ratio("net_margin").at(2022), 90.0 / 1000);
    // Effective tax rate = taxes / (net income + taxes) = 30 / 120.
    QCOMPARE(ratio("tax_rate").at(2022), 0.25);
    QCOMPARE(ratio("da_pct_revenue").at(2022), 0.05);
    QCOMPARE(ratio("capex_pct_revenue").at(2022), 0.08);
    QCOMPARE(ratio("nwc_pct_revenue").at(2022), 0.1);
    // Sales-to-capital 2023 = (1100 − 1000) / (88 − 66 + (110 − 100)) = 100 / 32.
    QCOMPARE(ratio("sales_to_capital"),
             (YearMap{{2023, 100.0 / 32}, {2024, 110.0 / (96.8 - 72.6 + 11)}}));
    // ROIC 2023 = 165 × (1 − 0.25) / (500 + 300 − 100), on the capital at the start of 2023.
    QCOMPARE(ratio("roic").at(2023), 165 * (1 - 33.0 / 132) / 700);
    QCOMPARE(ratio("roic").size(), std::size_t(2));
    QCOMPARE(*h.lastRevenueYear(), 2024);
  }

  // Where a definition does not hold — no revenue, a gap year, a loss before tax, reinvestment
  // at or below zero — the year has no ratio: never a NaN or an infinity.
  void aRatioIsOnlyGivenWhereItIsDefined() {
    const ActualsHistory h = actualsHistory(withActuals(dcfScenario(),
                                                        "in millions,2020,2021,2023,2024\n"
                                                        "Revenue,0,100,120,130\n"
                                                        "EBIT,-5,10,12,13\n"
                                                        "Taxes,1,2,-3,1\n"
                                                        "Net income,-6,8,2,-1\n"
                                                        "Capex,1,5,5,5\n"
                                                        "D&A,1,5,5,6\n"
                                                        "NWC,0,0,0,0\n"));
    const auto ratio = [&](const char* key) { return h.find(key)->values; };
    // 2020 has no revenue to divide by; 2021 grows from a zero; 2023 follows a gap.
    QCOMPARE(ratio("ebit_margin").count(2020), std::size_t(0));
    QCOMPARE(ratio("revenue_growth"), (YearMap{{2024, 130.0 / 120 - 1}}));
    // Pre-tax income -6 + 1 and 2 - 3 are losses; 2024: 1 / (−1 + 1) divides by zero.
    QCOMPARE(ratio("tax_rate"), (YearMap{{2021, 2.0 / 10}}));
    // Reinvestment 2024 = 5 − 6 + 0 < 0; 2021: 5 − 5 + 0 = 0; 2023 has no 2022.
    QVERIFY(ratio("sales_to_capital").empty());
    // No equity, debt or cash line: no ROIC at all.
    QVERIFY(ratio("roic").empty());
    for (const DerivedHistory& d : h.derived)
      for (const auto& [year, value] : d.values) QVERIFY2(std::isfinite(value), d.key.c_str());
  }

  void takesADriverFromRecentYears() {
    const YearMap growth{{2020, 0.05}, {2021, 0.20}, {2022, 0.08}, {2023, 0.10}};
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Average, 0),
             (0.05 + 0.20 + 0.08 + 0.10) / 4);
    // An even count: the mean of the middle two of 0.05, 0.08, 0.10, 0.20.
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Median, 0), (0.08 + 0.10) / 2);
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Last, 0), 0.10);
    // The last three years: 2021–2023.
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Average, 3), (0.20 + 0.08 + 0.10) / 3);
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Median, 3), 0.10);
    QCOMPARE(*historyStatistic(growth, HistoryStatistic::Average, 10),
             (0.05 + 0.20 + 0.08 + 0.10) / 4);
    QVERIFY(!historyStatistic({}, HistoryStatistic::Median, 0));
  }

  // The template's base year is 2025 with a valuation date of 2026-03-31; with actuals up to
  // 2024 the base year can become 2024 once the date is before 2025's end.
  void theLastActualYearBecomesTheBaseYear() {
    ScenarioDocument doc = withActuals(dcfScenario(), kThreeYears);
    auto refused = baseYearFromActuals(doc);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().context, std::string("dcf.valuation_date"));
    for (Entity& e : doc.entities)
      if (e.type == "dcf") e.fields["valuation_date"] = std::string("2025-01-31");
    auto change = baseYearFromActuals(doc);
    QVERIFY2(change.ok(), change.ok() ? "" : change.error().message.c_str());
    QCOMPARE(change.value().year, 2024);
    QCOMPARE(change.value().fieldsSet,
             (std::vector<std::string>{"base.revenue", "base.nwc", "equity_bridge.cash",
                                       "equity_bridge.debt"}));
    QVERIFY(change.value().kept.empty());
    // The projection now runs 2025–2034: the per-year EBIT margin (given for 2026–2035) takes
    // 2025 from its nearest year, 2026's 16 %.
    QVERIFY(change.value().filled ==
            (std::vector<std::pair<std::string, Year>>{{"ebit_margin.values", 2025}}));
    const ScenarioDocument after = applied(doc, change.value().ops);
    const Entity* dcf = after.child(after.root(), "dcf");
    QCOMPARE(*dcf->number("base_year"), 2024.0);
    QCOMPARE(*dcf->number("base.revenue"), 1210.0);
    QCOMPARE(*dcf->number("base.nwc"), 121.0);
    QCOMPARE(*dcf->number("equity_bridge.cash"), 200.0);
    QCOMPARE(*dcf->number("equity_bridge.debt"), 300.0);
    QCOMPARE(dcf->years("ebit_margin.values")->at(2025), 0.16);
    QVERIFY(!hasErrors(evaluateScenario(after).issues));

    // A line without the year leaves its field as it was, and says so.
    ScenarioDocument revenueOnly = dcfScenario();
    for (Entity& e : revenueOnly.entities)
      if (e.type == "dcf") e.fields["valuation_date"] = std::string("2025-01-31");
    revenueOnly = withActuals(revenueOnly, "in millions,2023,2024\nRevenue,1100,1210\nCash,90,\n");
    auto partial = baseYearFromActuals(revenueOnly);
    QVERIFY(partial.ok());
    QCOMPARE(partial.value().fieldsSet, std::vector<std::string>{"base.revenue"});
    QCOMPARE(partial.value().kept,
             (std::vector<std::string>{"base.nwc", "equity_bridge.cash", "equity_bridge.debt"}));
  }

  // A figure typed in the desktop: the block is created on the first one, the line's source
  // says "typed" (keeping the file named), a cleared last figure leaves no line behind.
  void typedFiguresAreActualsToo() {
    const ScenarioDocument doc = dcfScenario();
    auto first = typedActualOps(doc, "revenue", 2024, 1100.0, seededIdGenerator(3));
    QVERIFY(first.ok());
    const ScenarioDocument typed = applied(doc, first.value());
    const Entity* actuals = typed.child(typed.root(), "actuals");
    QCOMPARE(actuals->years("revenue.values")->at(2024), 1100.0);
    QCOMPARE(*actuals->text("revenue.source"), std::string("typed"));

    const ScenarioDocument imported = withActuals(doc, "in millions,2023\nRevenue,1000\n");
    const ScenarioDocument over = applied(
        imported, typedActualOps(imported, "revenue", 2023, 1010.0, seededIdGenerator(4)).value());
    QCOMPARE(*over.child(over.root(), "actuals")->text("revenue.source"),
             std::string("statements.csv, row 2, in millions; typed"));

    auto cleared = typedActualOps(typed, "revenue", 2024, std::nullopt, seededIdGenerator(5));
    QVERIFY(cleared.ok());
    const ScenarioDocument none = applied(typed, cleared.value());
    const Entity* empty = none.child(none.root(), "actuals");
    QVERIFY(empty && empty->fields.empty());

    auto negative = typedActualOps(doc, "revenue", 2024, -1.0, seededIdGenerator(3));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().context, std::string("actuals.revenue.values.2024"));
    QVERIFY(!typedActualOps(doc, "goodwill", 2024, 1.0, seededIdGenerator(3)).ok());
  }

  // The analyst's own labels: a mapping (as valor-cli --mapping reads it) puts a row the built-in
  // labels do not know on a line, or leaves a known one out; a line that does not exist is
  // refused whole.
  void aMappingNamesRowsByHand() {
    const std::string csv = "in millions,2023,2024\nUmsatz Inland,100,110\nSonstiges,1,2\n";
    StatementOptions plain;
    plain.fileName = "s.csv";
    auto unknown = readStatement(readCsv(csv).value(), plain);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, std::string("statement.no_lines"));
    // The rows with figures, whole, to be mapped.
    QCOMPARE(unknown.error().issues.size(), std::size_t(2));
    QCOMPARE(unknown.error().issues[0].message, std::string("Umsatz Inland"));

    auto mapping = readStatementMapping(
        R"({"lines": {"umsatz inland": "revenue", "Sonstiges": null, "Cash": null}})");
    QVERIFY(mapping.ok());
    StatementOptions mapped = plain;
    mapped.labelLines = mapping.value();
    const Statement s = statementOf(csv + "Cash,5,6\n", mapped);
    QCOMPARE(s.lines.size(), std::size_t(1));  // cash left out by the mapping
    QCOMPARE(s.lines[0].key, std::string("revenue"));
    QCOMPARE(s.lines[0].label, std::string("Umsatz Inland"));
    QCOMPARE(s.lines[0].values.at(2024), 110.0);
    QCOMPARE(s.unknownLabels, (std::vector<std::string>{"Sonstiges", "Cash"}));
    // Written back, it reads the same.
    QCOMPARE(readStatementMapping(statementMappingJson(mapping.value())).value(), mapping.value());

    auto wrongLine = readStatementMapping(R"({"lines": {"Umsatz": "sales"}})");
    QVERIFY(!wrongLine.ok());
    QCOMPARE(wrongLine.error().code, std::string("mapping.unknown_line"));
    QVERIFY(!readStatementMapping(R"(["revenue"])").ok());
    QVERIFY(!readStatementMapping("{").ok());
  }

  void noBaseYearWithoutRevenueOrAKindThatHasOne() {
    auto noRevenue = baseYearFromActuals(withActuals(dcfScenario(), "in millions,2024\nCash,5\n"));
    QVERIFY(!noRevenue.ok());
    QCOMPARE(noRevenue.error().code, std::string("actuals.no_revenue"));
    auto merger =
        baseYearFromActuals(withActuals(documentOf(maTemplate()), "in millions,2024\nRevenue,5\n"));
    QVERIFY(!merger.ok());
    QCOMPARE(merger.error().code, std::string("actuals.no_base_year"));
  }
};

QTEST_APPLESS_MAIN(TestActuals)
#include "test_actuals.moc"
