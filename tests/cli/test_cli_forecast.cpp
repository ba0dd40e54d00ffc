// valor-cli forecast as a user runs it: Northwind's reported revenue (the bundled sample)
// forecast by a linear trend, whose line and growth drivers are worked out here by hand from
// the OLS formulas; a series from a file; a backtest; the drivers written into a workspace as
// one change; and the mistakes a user makes refused by name.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

#include "tests/cli/clirun.h"
#include "tests/core/northwindtrend.h"

using namespace valor::testing;
using Json = nlohmann::json;

class TestCliForecast : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;

  static Json jsonOf(const CliRun& run) {
    return Json::parse(run.out.toStdString(), nullptr, false);
  }

 private slots:
  void trendOfTheSamplesRevenue() {
    const QStringList args{QStringLiteral("forecast"),   sampleFile("northwind.valor.json"),
                           QStringLiteral("--line"),     QStringLiteral("revenue"),
                           QStringLiteral("--models"),   QStringLiteral("trend,naive"),
                           QStringLiteral("--horizon"),  QStringLiteral("3"),
                           QStringLiteral("--backtest"), QStringLiteral("4")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json json = jsonOf(run);
    QCOMPARE(json.at("series").at("periods").front().get<std::string>(), std::string("2016"));
    const Json& trend = json.at("models").at(0);
    QCOMPARE(trend.at("name").get<std::string>(), std::string("Linear trend"));
    for (int h = 1; h <= 3; ++h) {
      const Json& step = trend.at("forecast").at(static_cast<std::size_t>(h - 1));
      QCOMPARE(step.at("period").get<std::string>(), std::to_string(2025 + h));
      QVERIFY(std::abs(step.at("point").get<double>() - northwindTrendAt(10 + h)) < 1e-9);
    }
    // Naive: 2450 every year; its in-sample MASE is 1 by definition (annual: the naive error).
    QCOMPARE(json.at("models").at(1).at("forecast").at(2).at("point").get<double>(), 2450.0);
    QVERIFY(std::abs(json.at("models").at(1).at("in_sample").at("mase").get<double>() - 1) < 1e-12);
    QCOMPARE(json.at("backtest").at("ranking").size(), std::size_t(2));
  }

  void seriesFromAFile() {
    const QString file = dir_.filePath(QStringLiteral("quarters.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        "period,value\n2021Q1,100\n2021Q2,120\n2021Q3,90\n2021Q4,110\n"
        "2022Q1,104\n2022Q2,124\n2022Q3,94\n2022Q4,114\n");
    out.close();
    const QStringList args{
        QStringLiteral("forecast"), QStringLiteral("--series"), file,
        QStringLiteral("--models"), QStringLiteral("snaive"),   QStringLiteral("--horizon"),
        QStringLiteral("4")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json json = jsonOf(run);
    QCOMPARE(json.at("series").at("frequency").get<std::string>(), std::string("quarterly"));
    // The last season again: 104, 124, 94, 114 for 2023Q1–Q4.
    const Json& steps = json.at("models").at(0).at("forecast");
    QCOMPARE(steps.at(0).at("period").get<std::string>(), std::string("2023Q1"));
    QCOMPARE(steps.at(1).at("point").get<double>(), 124.0);
    QCOMPARE(steps.at(3).at("point").get<double>(), 114.0);
  }

  void useWritesTheDriversAsOneChange() {
    const QString ws = dir_.filePath(QStringLiteral("deals.valor"));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitedWith(0));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("import"), ws,
                    sampleFile("northwind.valor.json")})
                .exitedWith(0));
    const QString name = QStringLiteral("Northwind Instruments — base case");
    const QStringList args{QStringLiteral("forecast"),
                           ws,
                           name,
                           QStringLiteral("--line"),
                           QStringLiteral("revenue"),
                           QStringLiteral("--models"),
                           QStringLiteral("naive"),
                           QStringLiteral("--use"),
                           QStringLiteral("trend")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json drivers = jsonOf(run).at("drivers");
    QCOMPARE(drivers.at("driver").get<std::string>(), std::string("revenue_growth"));
    QVERIFY(drivers.at("changed").get<bool>());
    // g_2026 = F(11)/2450 − 1; g_2027 = F(12)/F(11) − 1.
    QVERIFY(std::abs(drivers.at("values").at("2026").get<double>() -
                     (northwindTrendAt(11) / 2450 - 1)) < 1e-12);
    QVERIFY(std::abs(drivers.at("values").at("2027").get<double>() -
                     (northwindTrendAt(12) / northwindTrendAt(11) - 1)) < 1e-12);
    const QStringList history{QStringLiteral("workspace"), QStringLiteral("history"), ws, name,
                              QStringLiteral("--format"),  QStringLiteral("json")};
    const CliRun listed = runCli(history);
    QVERIFY2(listed.exitedWith(0), listed.describe(history).constData());
    QVERIFY2(listed.out.contains("forecast of revenue as drivers"), listed.out.constData());
  }

  void mistakesAreRefusedByName() {
    const QString sample = sampleFile("northwind.valor.json");
    struct Case {
      QStringList args;
      int exit;
      const char* said;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("--line"), QStringLiteral("dividends")}, 1, "dividends"},
        {{QStringLiteral("--line"), QStringLiteral("revenue"), QStringLiteral("--models"),
          QStringLiteral("prophet")},
         1,
         "unknown model \"prophet\""},
        {{QStringLiteral("--line"), QStringLiteral("revenue"), QStringLiteral("--horizon"),
          QStringLiteral("0")},
         2,
         "--horizon"},
        {{QStringLiteral("--line"), QStringLiteral("revenue"), QStringLiteral("--percentile"),
          QStringLiteral("25")},
         2,
         "--use"},
        {{QStringLiteral("--line"), QStringLiteral("revenue"), QStringLiteral("--backtest"),
          QStringLiteral("9")},
         1,
         "at least 12 values"},
    };
    for (const Case& c : cases) {
      const QStringList args = QStringList{QStringLiteral("forecast"), sample} + c.args;
      const CliRun run = runCli(args);
      QVERIFY2(run.exitedWith(c.exit), run.describe(args).constData());
      QVERIFY2(run.err.contains(c.said), run.describe(args).constData());
    }
  }
};

QTEST_MAIN(TestCliForecast)
#include "test_cli_forecast.moc"
