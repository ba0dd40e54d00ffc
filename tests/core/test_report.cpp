// Reports written by the core: the Excel workbook (its numbers are checked against the engine
// by tests/report/xlsx_parity.py, through LibreOffice) and CSV. Here: what is written, what is
// refused, and that a refused or failed export leaves no file behind.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

#include <charconv>
#include <cstdlib>
#include <memory>

#include "core/models/registry.h"
#include "core/report/csv.h"
#include "core/report/workbook.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"
#include "tests/support/jsonedits.h"

using namespace valor;
using valor::testing::documentOf;
using valor::testing::editedJson;
using valor::testing::errorText;
using valor::testing::sampleText;

namespace {

QByteArray fileStart(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
}

QStringList lines(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// One part of an .xlsx (a zip archive) as text, read with libzip; empty when it is missing.
std::string zipPart(const QString& path, const char* part) {
  int error = 0;
  std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
      zip_open(path.toStdString().c_str(), ZIP_RDONLY, &error), &zip_discard);
  if (!archive) return {};
  zip_stat_t stat;
  if (zip_stat(archive.get(), part, 0, &stat) != 0) return {};
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive.get(), part, 0),
                                                          &zip_fclose);
  std::string text(stat.size, '\0');
  if (!file || zip_fread(file.get(), text.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
    return {};
  return text;
}

}  // namespace

class TestReport : public QObject {
  Q_OBJECT

 private slots:
  void everyKindWritesAWorkbook_data() {
    QTest::addColumn<QString>("sample");
    QTest::newRow("dcf") << QStringLiteral("northwind.valor.json");
    QTest::newRow("lbo") << QStringLiteral("valueco.valor.json");
    QTest::newRow("ma") << QStringLiteral("pioneer.valor.json");
  }
  void everyKindWritesAWorkbook() {
    QFETCH(QString, sample);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    auto written =
        exportWorkbook(documentOf(sampleText(sample.toUtf8().constData())), path.toStdString());
    QVERIFY2(written, errorText(written).c_str());
    QCOMPARE(fileStart(path), QByteArray("PK\x03\x04", 4));  // an .xlsx is a zip archive
    // Only the finished file is left: no temporary beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("book.xlsx")});
  }

  // Interest on average balances makes the buyout's model circular, as in a hand-built LBO:
  // the workbook switches on iterative calculation (settled by tests/report/xlsx_parity.py);
  // on the opening balance nothing is circular and the switch stays off.
  void aCircularBuyoutSwitchesOnIterativeCalculation() {
    QTemporaryDir dir;
    const QString average = dir.filePath(QStringLiteral("average.xlsx"));
    QVERIFY(exportWorkbook(documentOf(sampleText("valueco.valor.json")), average.toStdString()));
    const std::string calc = zipPart(average, "xl/workbook.xml");
    QVERIFY2(calc.find("<calcPr iterate=\"1\" iterateCount=\"1000\" iterateDelta=\"1.135E-09\"") !=
                 std::string::npos,
             calc.c_str());                                          // 1e-12 of the 1,135 of uses
    QVERIFY(!zipPart(average, "xl/worksheets/sheet2.xml").empty());  // the Model sheet

    const QString opening = dir.filePath(QStringLiteral("opening.xlsx"));
    QVERIFY(exportWorkbook(documentOf(editedJson(sampleText("valueco.valor.json"),
                                                 "/lbo/financing/interest_basis=\"opening\"")),
                           opening.toStdString()));
    const std::string plain = zipPart(opening, "xl/workbook.xml");
    QVERIFY(plain.find("<calcPr") != std::string::npos);
    QVERIFY(plain.find("iterate=") == std::string::npos);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);  // no temporaries left
  }

  void aScenarioWithErrorsIsRefusedAndNothingIsWritten() {
    QTemporaryDir dir;
    const auto bad =
        documentOf(editedJson(sampleText("helios.valor.json"), "/dcf/discount_rate/wacc=-2"));
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    auto written = exportWorkbook(bad, path.toStdString());
    QVERIFY(!written);
    QCOMPARE(written.error().code, std::string("report.not_valued"));
    QVERIFY(!written.error().issues.empty());
    QCOMPARE(written.error().issues.front().path, std::string("dcf.discount_rate.wacc"));
    auto csv = exportCsv(bad, dir.path().toStdString());
    QVERIFY(!csv);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
  }

  void anUnwritablePlaceFailsCleanly() {
    QTemporaryDir dir;
    const auto doc = documentOf(sampleText("helios.valor.json"));
    const QString path = dir.filePath(QStringLiteral("missing/book.xlsx"));
    auto written = exportWorkbook(doc, path.toStdString());
    QVERIFY(!written);
    QCOMPARE(written.error().code, std::string("report.cannot_write"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    auto csv = exportCsv(doc, dir.filePath(QStringLiteral("missing")).toStdString());
    QVERIFY(!csv);
    QCOMPARE(csv.error().code, std::string("report.no_directory"));
  }

  void csvHoldsTheEngineFiguresExactly() {
    QTemporaryDir dir;
    const auto doc = documentOf(sampleText("northwind.valor.json"));
    auto written = exportCsv(doc, dir.path().toStdString());
    QVERIFY2(written, errorText(written).c_str());
    const Evaluation evaluation = evaluateScenario(doc);
    const QStringList outputs = lines(dir.filePath(QStringLiteral("outputs.csv")));
    QCOMPARE(outputs.front(), QStringLiteral("key,unit,value"));
    int checked = 0;
    for (const QString& line : outputs.mid(1)) {
      const QStringList cells = line.split(QLatin1Char(','));
      QCOMPARE(cells.size(), 3);
      const NamedOutput* out = evaluation.output(cells[0].toStdString());
      QVERIFY(out);
      if (!out->value) {
        QVERIFY(cells[2].isEmpty());
        continue;
      }
      const std::string text = cells[2].toStdString();
      double read = 0;
      std::from_chars(text.data(), text.data() + text.size(), read);
      QCOMPARE(valor::testing::bits(read), valor::testing::bits(*out->value));
      ++checked;
    }
    QVERIFY(checked >= 8);
    // One file per table, a row per projection year plus the header.
    const QStringList projection = lines(dir.filePath(QStringLiteral("projection.csv")));
    QCOMPARE(projection.size(), 1 + 10);
    QVERIFY(projection.front().startsWith(QStringLiteral("year,revenue,")));
    QVERIFY(projection[1].startsWith(QStringLiteral("2026,")));
  }

  void csvQuotesWhatNeedsQuoting() {
    NamedTable table;
    table.key = "t";
    table.columns = {{"a,b", "money"}, {"say \"hi\"", "money"}};
    table.years = {2026};
    table.rows = {{0.1, std::nullopt}};
    QCOMPARE(tableCsv(table), std::string("year,\"a,b\",\"say \"\"hi\"\"\"\r\n2026,0.1,\r\n"));
  }
};

QTEST_APPLESS_MAIN(TestReport)
#include "test_report.moc"
