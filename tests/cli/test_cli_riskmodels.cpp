// valor-cli on real options and credit analyses as a user runs it: a new real option from the
// template, the bundled patent sample valued (checked against Black–Scholes–Merton written out
// here), a sensitivity sweep of its volatility through the analytics seam, and its underlying
// taken from the Northwind DCF in a workspace as one change; a credit analysis from its template
// (Hull's examples) and one with nothing to analyse — with the mistakes refused by name.
#include <QtTest>

#include <QTemporaryDir>

#include <cmath>
#include <nlohmann/json.hpp>

#include "tests/cli/clirun.h"
#include "tests/support/closedform.h"

using namespace valor::testing;
using Json = nlohmann::json;

namespace {

// The patent's call (Damodaran): S = 3,422, K = 2,875, T = 17, σ = 47.33 %, r = 6.7 %, q = 5.88 %.
double patentCall(double sigma, double s = 3422) {
  return blackScholesByHand(true, s, 2875, 17, sigma, 0.067, 0.0588);
}

Json jsonOf(const CliRun& run) {
  return Json::parse(run.out.toStdString(), nullptr, false);
}

const QString kPatent = QStringLiteral("Drug patent — option to delay (textbook case)");
const QString kNorthwind = QStringLiteral("Northwind Instruments — base case");

}  // namespace

class TestCliRiskModels : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;

 private slots:
  void newTemplateValidates() {
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("real_option")});
    QVERIFY(made.exitedWith(0));
    const QString file = dir_.filePath(QStringLiteral("option.valor.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(made.out);
    out.close();
    const QStringList args{QStringLiteral("validate"), file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
  }

  void sampleValuesAndSweeps() {
    const QStringList args{QStringLiteral("evaluate"), sampleFile("patent.valor.json")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json json = jsonOf(run);
    QCOMPARE(json.at("model").get<std::string>(), std::string("real_option"));
    QCOMPARE(json.at("option").at("method").get<std::string>(),
             std::string("black_scholes_merton"));
    const double value = json.at("outputs").at("option_value").get<double>();
    QVERIFY2(std::fabs(value - patentCall(0.4733)) < 1e-9, QByteArray::number(value, 'g', 17));

    const QStringList sweep{
        QStringLiteral("sensitivity"), sampleFile("patent.valor.json"),
        QStringLiteral("--x"),         QStringLiteral("real_option.volatility=0.2:0.6:5"),
        QStringLiteral("--output"),    QStringLiteral("option_value")};
    const CliRun swept = runCli(sweep);
    QVERIFY2(swept.exitedWith(0), swept.describe(sweep).constData());
    const Json cells = jsonOf(swept).at("cells").at(0);
    const double sigmas[] = {0.2, 0.3, 0.4, 0.5, 0.6};
    QCOMPARE(cells.size(), std::size_t{5});
    for (std::size_t i = 0; i < 5; ++i)
      QVERIFY2(std::fabs(cells.at(i).get<double>() - patentCall(sigmas[i])) < 1e-9,
               QByteArray::number(sigmas[i]).constData());
  }

  void creditFromItsTemplate() {
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("credit")});
    QVERIFY(made.exitedWith(0));
    const QString file = dir_.filePath(QStringLiteral("credit.valor.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(made.out);
    out.close();
    const QStringList args{QStringLiteral("evaluate"), file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json json = jsonOf(run);
    // Hull: Z = 5.46 (safe); Merton's PD 12.7 %, debt worth 9.40.
    QVERIFY(std::fabs(json.at("outputs").at("altman_score").get<double>() - 5.46) < 0.005);
    QCOMPARE(json.at("altman").at("zone").get<std::string>(), std::string("safe"));
    QVERIFY(std::fabs(json.at("outputs").at("default_probability").get<double>() - 0.127) < 5e-4);
    QVERIFY(std::fabs(json.at("outputs").at("debt_value").get<double>() - 9.40) < 0.005);

    // Neither analysis: refused, naming the field and the rule.
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write(R"({"schema": "valor.scenario/1", "name": "Nothing", "model": "credit",
                    "credit": {"company": "Nobody"}})");
    empty.close();
    const QStringList check{QStringLiteral("validate"), file};
    const CliRun refused = runCli(check);
    QVERIFY2(refused.exitedWith(1), refused.describe(check).constData());
    QVERIFY2(
        refused.err.contains("credit.altman.model") && refused.err.contains("nothing_to_analyse"),
        refused.describe(check).constData());
  }

  // The portfolio template: the maximum Sharpe ratio that SciPy's SLSQP also finds (0.375575),
  // a tornado over its assumptions, and a missing target refused at its field.
  void portfolioFromItsTemplate() {
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("portfolio")});
    QVERIFY(made.exitedWith(0));
    const QString file = dir_.filePath(QStringLiteral("portfolio.valor.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(made.out);
    out.close();
    const QStringList args{QStringLiteral("evaluate"), file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json json = jsonOf(run);
    QVERIFY(std::fabs(json.at("outputs").at("sharpe_ratio").get<double>() - 0.375575) < 5e-7);
    QCOMPARE(json.at("weights").size(), std::size_t{7});
    QVERIFY(json.at("optimality").at("residual").get<double>() <= 1e-10);

    const QStringList tornado{QStringLiteral("tornado"), file, QStringLiteral("--output"),
                              QStringLiteral("sharpe_ratio")};
    const CliRun swung = runCli(tornado);
    QVERIFY2(swung.exitedWith(0), swung.describe(tornado).constData());
    QVERIFY(swung.out.contains("portfolio.assets[2].expected_return"));

    QByteArray text = made.out;
    text.replace("\"objective\": \"max_sharpe\"", "\"objective\": \"target_return\"");
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const QStringList check{QStringLiteral("validate"), file};
    const CliRun refused = runCli(check);
    QVERIFY2(refused.exitedWith(1), refused.describe(check).constData());
    QVERIFY2(refused.err.contains("portfolio.target_return") && refused.err.contains("required"),
             refused.describe(check).constData());
  }

  void underlyingFromTheDcf() {
    const QString ws = dir_.filePath(QStringLiteral("options.valor"));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitedWith(0));
    for (const char* sample : {"patent.valor.json", "northwind.valor.json"})
      QVERIFY(
          runCli({QStringLiteral("workspace"), QStringLiteral("import"), ws, sampleFile(sample)})
              .exitedWith(0));
    const CliRun dcf = runCli({QStringLiteral("evaluate"), ws, kNorthwind});
    QVERIFY(dcf.exitedWith(0));
    const double ev = jsonOf(dcf).at("enterprise_value").get<double>();  // the DCF's own JSON

    const QStringList args{QStringLiteral("underlying"), ws, kPatent, QStringLiteral("--from"),
                           kNorthwind};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json taken = jsonOf(run);
    QCOMPARE(taken.at("value").get<double>(), ev);
    QCOMPARE(taken.at("revision").get<int>(), 2);
    QVERIFY(taken.at("source").get<std::string>().find("Northwind") != std::string::npos);
    const CliRun after = runCli({QStringLiteral("evaluate"), ws, kPatent});
    QVERIFY(after.exitedWith(0));
    const double value = jsonOf(after).at("outputs").at("option_value").get<double>();
    QVERIFY2(std::fabs(value - patentCall(0.4733, ev)) < 1e-9 * ev,
             QByteArray::number(value, 'g', 17));
    const QStringList history{QStringLiteral("workspace"), QStringLiteral("history"), ws, kPatent};
    QVERIFY(runCli(history).out.contains("Take the underlying from Northwind"));

    // A source without an enterprise value, one that does not exist, and a DCF as the option.
    const CliRun itself =
        runCli({QStringLiteral("underlying"), ws, kPatent, QStringLiteral("--from"), kPatent});
    QVERIFY(itself.exitedWith(1));
    QVERIFY2(itself.err.contains("reports no enterprise value"), itself.err.constData());
    QVERIFY(runCli({QStringLiteral("underlying"), ws, kPatent, QStringLiteral("--from"),
                    QStringLiteral("nobody")})
                .exitedWith(2));
    const CliRun wrong = runCli(
        {QStringLiteral("underlying"), ws, kNorthwind, QStringLiteral("--from"), kNorthwind});
    QVERIFY(wrong.exitedWith(1));
    QVERIFY2(wrong.err.contains("not a real option"), wrong.err.constData());
    QVERIFY(runCli({QStringLiteral("underlying"), ws, kPatent}).exitedWith(2));  // no --from
  }
};

QTEST_APPLESS_MAIN(TestCliRiskModels)
#include "test_cli_riskmodels.moc"
