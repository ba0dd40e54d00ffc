// valor-cli compare as a user runs it: two states of one scenario (a revision and now), the
// bridge's steps adding up to the change that `valor-cli evaluate` shows, the history behind
// each step, and clear refusals of references that name nothing.
#include <nlohmann/json.hpp>

#include <cmath>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli/clirun.h"

namespace {

using Json = nlohmann::json;
using valor::testing::CliRun;
using valor::testing::dataFile;
using valor::testing::runCli;

const QString kHand = QStringLiteral("Hand-checkable DCF");

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliCompare : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString ws_;

  CliRun run(const QStringList& args, int expectedExit = 0) {
    CliRun r = runCli(args);
    if (!r.exitedWith(expectedExit)) qWarning("%s", r.describe(args).constData());
    return r;
  }

  void apply(const QString& author, const QByteArray& patch) {
    const QString file = dir_.filePath(QStringLiteral("patch.json"));
    QVERIFY(writeFile(file, patch));
    QVERIFY(run({QStringLiteral("apply"), ws_, kHand, file, QStringLiteral("--author"), author})
                .exitedWith(0));
  }

  double valuePerShare(const QString& reference) {
    const CliRun r = run({QStringLiteral("workspace"), QStringLiteral("show"), ws_, kHand,
                          QStringLiteral("--revision"), reference});
    const QString file = dir_.filePath(QStringLiteral("state.json"));
    if (!writeFile(file, r.out)) return NAN;
    const CliRun e = run({QStringLiteral("evaluate"), file});
    const Json json = Json::parse(e.out.toStdString(), nullptr, false);
    return json.at("value_per_share").get<double>();
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    ws_ = dir_.filePath(QStringLiteral("w.valor"));
    QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("create"), ws_}).exitedWith(0));
    QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("import"), ws_,
                 dataFile("hand_case.valor.json")})
                .exitedWith(0));
    apply(QStringLiteral("ana"),
          R"({"label": "WACC 11 %", "set": {"dcf.discount_rate.wacc": 0.11}})");
    apply(QStringLiteral("ben"),
          R"({"label": "Growth 1.5 %", "set": {"dcf.terminal_value.growth": 0.015}})");
  }

  void bridgeBetweenRevisionsAddsUpAndNamesAuthors() {
    const QStringList args{QStringLiteral("compare"),    ws_,
                           kHand + QStringLiteral("@1"), kHand,
                           QStringLiteral("--bridge"),   QStringLiteral("shapley")};
    const CliRun r = run(args);
    QVERIFY2(r.exitedWith(0), r.describe(args).constData());
    const Json json = Json::parse(r.out.toStdString(), nullptr, false);
    QVERIFY(json.is_object());
    QCOMPARE(json["scenarios"][0]["revision"].get<int>(), 1);
    QCOMPARE(json["scenarios"][1]["revision"].get<int>(), 3);
    const Json& bridge = json["bridge"];
    QCOMPARE(bridge["method"].get<std::string>(), std::string("shapley"));
    QCOMPARE(bridge["from"].get<double>(), valuePerShare(QStringLiteral("1")));
    QCOMPARE(bridge["to"].get<double>(), valuePerShare(QStringLiteral("3")));
    double sum = 0;
    for (const Json& step : bridge["steps"]) sum += step["change"].get<double>();
    QVERIFY(std::abs(sum - bridge["total"].get<double>()) < 1e-9);
    QCOMPARE(bridge["steps"].size(), std::size_t{2});
    QCOMPARE(bridge["steps"][0]["group"].get<std::string>(), std::string("discount_rate"));
    QCOMPARE(bridge["steps"][0]["history"][0]["author"].get<std::string>(), std::string("ana"));
    QCOMPARE(bridge["steps"][1]["history"][0]["author"].get<std::string>(), std::string("ben"));
    QCOMPARE(bridge["steps"][1]["fields"][0]["path"].get<std::string>(),
             std::string("dcf.terminal_value.growth"));
    QCOMPARE(bridge["steps"][1]["fields"][0]["to"].get<double>(), 0.015);
    // Inputs list the changed fields only; outputs carry the change from A.
    QCOMPARE(json["inputs"].size(), std::size_t{2});
    const Json& value = json["outputs"][0];
    QCOMPARE(value["key"].get<std::string>(), std::string("value_per_share"));
    QCOMPARE(value["change"][1].get<double>(),
             value["values"][1].get<double>() - value["values"][0].get<double>());
  }

  void tableNamesTheSteps() {
    const CliRun r = run({QStringLiteral("compare"), ws_, kHand + QStringLiteral("@1"), kHand,
                          QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY(r.out.contains("Bridge of value_per_share (sequential)"));
    QVERIFY(r.out.contains("Discount rate"));
    QVERIFY(r.out.contains("Terminal value"));
  }

  void badReferencesAndOptionsAreRefused_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no such revision")
        << QStringList{kHand + QStringLiteral("@1"), kHand + QStringLiteral("@99")}
        << QByteArray("does not exist");
    QTest::newRow("no such version")
        << QStringList{kHand, kHand + QStringLiteral("@v4")} << QByteArray("no saved version v4");
    QTest::newRow("no such scenario")
        << QStringList{kHand, QStringLiteral("Nobody")} << QByteArray("Nobody");
    QTest::newRow("unknown output")
        << QStringList{kHand + QStringLiteral("@1"), kHand, QStringLiteral("--output"),
                       QStringLiteral("irr")}
        << QByteArray("no output irr");
    QTest::newRow("unknown method")
        << QStringList{kHand + QStringLiteral("@1"), kHand, QStringLiteral("--bridge"),
                       QStringLiteral("average")}
        << QByteArray("--bridge must be");
    QTest::newRow("one scenario") << QStringList{kHand} << QByteArray("usage");
  }
  void badReferencesAndOptionsAreRefused() {
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, message);
    const QStringList args = QStringList{QStringLiteral("compare"), ws_} + extra;
    const CliRun r = run(args, 2);
    QVERIFY2(r.exitedWith(2), r.describe(args).constData());
    QVERIFY2(r.err.contains(message), r.describe(args).constData());
  }

  // valor-cli football: settings checked and saved, then every range valued; a range that
  // cannot be valued says why without stopping the others.
  void footballFieldIsSavedAndValued() {
    QVERIFY(run({QStringLiteral("workspace"), QStringLiteral("import"), ws_,
                 valor::testing::sampleFile("valueco.valor.json")})
                .exitedWith(0));
    const CliRun list = run({QStringLiteral("workspace"), QStringLiteral("list"), ws_,
                             QStringLiteral("--format"), QStringLiteral("json")});
    std::string hand, buyout;
    for (const Json& s : Json::parse(list.out.toStdString()))
      (s.at("model") == "dcf" ? hand : buyout) = s.at("id").get<std::string>();
    const QString settings = dir_.filePath(QStringLiteral("football.json"));
    QVERIFY(writeFile(settings, QByteArray::fromStdString(R"({"current_price": 60, "bars": [
        {"method": "sensitivity", "scenario": ")" + hand + R"(",
         "inputs": [{"path": "dcf.discount_rate.wacc", "spread": 0.01}]},
        {"method": "target_irr", "scenario": ")" + buyout +
                                                          R"(", "lever": "lbo.entry.price",
         "net_debt": 275, "shares": 100},
        {"method": "monte_carlo", "scenario": ")" + hand + R"("},
        {"method": "typed", "label": "52-week range", "low": 40, "high": 70}]})")));
    const QStringList set{QStringLiteral("football"), ws_, QStringLiteral("--set"), settings};
    const CliRun saved = run(set);
    QVERIFY2(saved.exitedWith(0), saved.describe(set).constData());

    // Read back without --set: the workspace kept them.
    const CliRun r = run({QStringLiteral("football"), ws_});
    const Json json = Json::parse(r.out.toStdString(), nullptr, false);
    QCOMPARE(json.at("current_price").get<double>(), 60.0);
    const Json& bars = json.at("bars");
    QCOMPARE(bars.size(), std::size_t{4});
    QCOMPARE(bars[0].at("label").get<std::string>(), kHand.toStdString() + ": sensitivity");
    QVERIFY(bars[0].at("low").get<double>() < bars[0].at("point").get<double>());
    QVERIFY(bars[0].at("point").get<double>() < bars[0].at("high").get<double>());
    QCOMPARE(bars[1].at("point").get<double>(), (1100.0 - 275) / 100);  // the deal as modelled
    QVERIFY(bars[1].at("low").get<double>() < bars[1].at("high").get<double>());
    QCOMPARE(bars[2].at("error").at("code").get<std::string>(),
             std::string("football.no_monte_carlo"));
    QCOMPARE(bars[3].at("high").get<double>(), 70.0);
    QVERIFY(
        run({QStringLiteral("football"), ws_, QStringLiteral("--format"), QStringLiteral("table")})
            .out.contains("52-week range"));

    // Bad settings are refused field by field, and the saved ones stay.
    const QStringList bad{QStringLiteral("football"), ws_, QStringLiteral("--set"),
                          QStringLiteral("-")};
    const CliRun refused =
        runCli(bad, R"({"bars": [{"method": "typed", "label": "Comps", "low": 5, "high": 1}]})");
    QVERIFY2(refused.exitedWith(1), refused.describe(bad).constData());
    QVERIFY(refused.err.contains("bars[0].high must not be below low"));
    QCOMPARE(
        Json::parse(run({QStringLiteral("football"), ws_}).out.toStdString()).at("bars").size(),
        std::size_t{4});
    QVERIFY(run({QStringLiteral("football")}, 2).exitedWith(2));
  }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
