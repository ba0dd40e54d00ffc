// valor-cli report as a user runs it: one scenario's workbook and CSV files, a whole workspace
// with --all (a scenario that cannot be valued is named and the others are still written), and
// refusals that leave nothing behind.
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli/clirun.h"

namespace {

using valor::testing::CliRun;
using valor::testing::dataFile;
using valor::testing::runCli;
using valor::testing::sampleFile;

}  // namespace

class TestCliReport : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString ws_;

  CliRun run(const QStringList& args) { return runCli(args); }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    ws_ = dir_.filePath(QStringLiteral("w.valor"));
    QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("create"), ws_}).exitedWith(0));
    for (const char* sample : {"northwind.valor.json", "valueco.valor.json", "pioneer.valor.json"})
      QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("import"), ws_, sampleFile(sample)})
                  .exitedWith(0));
    // Stored as written (a workspace keeps a scenario with mistakes), but it cannot be valued.
    QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("import"), ws_,
                 dataFile("invalid_growth.valor.json")})
                .exitedWith(0));
  }

  void oneScenarioFromAWorkspace() {
    const QString book = dir_.filePath(QStringLiteral("northwind.xlsx"));
    const QString csv = dir_.filePath(QStringLiteral("northwind-csv"));
    QVERIFY(QDir().mkpath(csv));
    const QStringList args{QStringLiteral("report"),
                           ws_,
                           QStringLiteral("Northwind Instruments — base case"),
                           QStringLiteral("--xlsx"),
                           book,
                           QStringLiteral("--csv"),
                           csv};
    const CliRun r = run(args);
    QVERIFY2(r.exitedWith(0), r.describe(args).constData());
    QVERIFY(QFileInfo(book).size() > 0);
    QVERIFY(QFileInfo::exists(QDir(csv).filePath(QStringLiteral("outputs.csv"))));
  }

  void everyScenarioWithAll() {
    const QString books = dir_.filePath(QStringLiteral("books"));
    const QString csv = dir_.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(books) && QDir().mkpath(csv));
    const QStringList args{
        QStringLiteral("report"), ws_, QStringLiteral("--all"), QStringLiteral("--xlsx"), books,
        QStringLiteral("--csv"),  csv};
    const CliRun r = run(args);
    // The scenario with a terminal growth above the WACC is named; the other three are written.
    QVERIFY2(r.exitedWith(1), r.describe(args).constData());
    QVERIFY2(r.err.contains("Terminal growth above the WACC"), r.describe(args).constData());
    QCOMPARE(QDir(books).entryList({QStringLiteral("*.xlsx")}, QDir::Files).size(), 3);
    // "ExxonMobil / Pioneer": the slash a file name cannot hold becomes "-".
    QVERIFY(QFileInfo::exists(QDir(books).filePath(
        QStringLiteral("ExxonMobil - Pioneer — all-stock merger (2023).xlsx"))));
    QVERIFY(QFileInfo::exists(QDir(csv).filePath(
        QStringLiteral("ValueCo — leveraged buyout (textbook case)/outputs.csv"))));
    QVERIFY(!QFileInfo::exists(
        QDir(books).filePath(QStringLiteral("Terminal growth above the WACC.xlsx"))));
  }

  void refusalsLeaveNothing() {
    const QString missing = dir_.filePath(QStringLiteral("missing/book.xlsx"));
    const QStringList args{QStringLiteral("report"), sampleFile("helios.valor.json"),
                           QStringLiteral("--xlsx"), missing};
    const CliRun r = run(args);
    QVERIFY2(r.exitedWith(2), r.describe(args).constData());
    QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("missing"))));
    const QStringList all{QStringLiteral("report"), ws_, QStringLiteral("--all"),
                          QStringLiteral("--xlsx"), dir_.filePath(QStringLiteral("nowhere"))};
    const CliRun r2 = run(all);
    QVERIFY2(r2.exitedWith(2), r2.describe(all).constData());
    QVERIFY(r2.err.contains("existing directory"));
    const QStringList nothing{QStringLiteral("report"), sampleFile("helios.valor.json")};
    QVERIFY(run(nothing).exitedWith(2));
  }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
