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

  // Writes `content` to `name` in the test folder; its path, or empty when it cannot.
  QString writeFile(const QString& name, const QByteArray& content) {
    QFile out(dir_.filePath(name));
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) return {};
    return out.fileName();
  }

  // `valor-cli new KIND` written to `name`; its path, or empty when either fails. `text`
  // receives the template.
  QString newTemplate(const char* kind, const QString& name, QByteArray* text = nullptr) {
    const CliRun made = runCli({QStringLiteral("new"), QString::fromLatin1(kind)});
    if (!made.exitedWith(0)) return {};
    if (text) *text = made.out;
    return writeFile(name, made.out);
  }

 private slots:
  void newTemplateValidates() {
    const QString file = newTemplate("real_option", QStringLiteral("option.valor.json"));
    QVERIFY(!file.isEmpty());
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
    const QString file = newTemplate("credit", QStringLiteral("credit.valor.json"));
    QVERIFY(!file.isEmpty());
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
    QCOMPARE(writeFile(QStringLiteral("credit.valor.json"),
                       R"({"schema": "valor.scenario/1", "name": "Nothing", "model": "credit",
                           "credit": {"company": "Nobody"}})"),
             file);
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
    QByteArray text;
    const QString file = newTemplate("portfolio", QStringLiteral("portfolio.valor.json"), &text);
    QVERIFY(!file.isEmpty());
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

    text.replace("\"objective\": \"max_sharpe\"", "\"objective\": \"target_return\"");
    QCOMPARE(writeFile(QStringLiteral("portfolio.valor.json"), text), file);
    const QStringList check{QStringLiteral("validate"), file};
    const CliRun refused = runCli(check);
    QVERIFY2(refused.exitedWith(1), refused.describe(check).constData());
    QVERIFY2(refused.err.contains("portfolio.target_return") && refused.err.contains("required"),
             refused.describe(check).constData());
  }

  // The template's own covariance written as a matrix file and read back: the same optimum;
  // a correlation matrix replaces the pairs and leaves the volatilities; a matrix that is not
  // symmetric is refused, naming the pair; a history of prices goes into the scenario.
  void portfolioDataFromFiles() {
    const QString ws = dir_.filePath(QStringLiteral("portfolio.valor"));
    const QString scenario = newTemplate("portfolio", QStringLiteral("allocation.valor.json"));
    QVERIFY(!scenario.isEmpty());
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitedWith(0));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("import"), ws, scenario})
                .exitedWith(0));
    const QString name = QStringLiteral("Multi-asset portfolio");
    const double before = jsonOf(runCli({QStringLiteral("evaluate"), ws, name}))
                              .at("outputs")
                              .at("sharpe_ratio")
                              .get<double>();

    // Σ_ij = ρ_ij·σ_i·σ_j from the template's volatilities and correlations.
    const char* names[] = {"US equities",      "International equities", "Emerging markets",
                           "Government bonds", "Corporate bonds",        "Real estate",
                           "Commodities"};
    const double sd[] = {0.16, 0.18, 0.23, 0.05, 0.07, 0.15, 0.17};
    double rho[7][7] = {};
    const struct {
      int i, j;
      double v;
    } pairs[] = {{0, 1, 0.8},  {0, 2, 0.7}, {1, 2, 0.8}, {0, 3, -0.1}, {1, 3, -0.1}, {2, 3, -0.05},
                 {3, 4, 0.7},  {0, 4, 0.3}, {1, 4, 0.3}, {2, 4, 0.35}, {0, 5, 0.65}, {1, 5, 0.6},
                 {2, 5, 0.55}, {4, 5, 0.3}, {0, 6, 0.3}, {1, 6, 0.35}, {2, 6, 0.45}, {5, 6, 0.25}};
    for (int i = 0; i < 7; ++i) rho[i][i] = 1;
    for (const auto& p : pairs) rho[p.i][p.j] = rho[p.j][p.i] = p.v;
    QByteArray matrix;
    for (const char* n : names) matrix += QByteArray(",\"") + n + "\"";
    matrix += "\n";
    for (int i = 0; i < 7; ++i) {
      matrix += QByteArray("\"") + names[i] + "\"";
      for (int j = 0; j < 7; ++j)
        matrix += "," + QByteArray::number(rho[i][j] * sd[i] * sd[j], 'g', 17);
      matrix += "\n";
    }
    const QString file = writeFile(QStringLiteral("covariance.csv"), matrix);
    QVERIFY(!file.isEmpty());
    const QStringList args{QStringLiteral("portfolio-data"), ws, name, QStringLiteral("--matrix"),
                           file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QCOMPARE(jsonOf(run).at("matrix").get<std::string>(), std::string("covariance"));
    QCOMPARE(jsonOf(run).at("pairs").get<int>(), 18);
    const double after = jsonOf(runCli({QStringLiteral("evaluate"), ws, name}))
                             .at("outputs")
                             .at("sharpe_ratio")
                             .get<double>();
    QVERIFY2(std::fabs(after - before) < 1e-12, QByteArray::number(after - before).constData());

    // Not symmetric: refused, nothing changed.
    QCOMPARE(writeFile(QStringLiteral("covariance.csv"),
                       QByteArray(",\"A\",\"B\"\n\"A\",1,0.5\n\"B\",0.4,1\n")),
             file);
    const CliRun refused = runCli(args);
    QVERIFY2(refused.exitedWith(1), refused.describe(args).constData());
    QVERIFY2(refused.err.contains("A / B differs from B / A"), refused.err.constData());

    // Five rows of prices: four returns of each asset.
    QByteArray prices = "date";
    for (const char* n : names) prices += QByteArray(",\"") + n + "\"";
    prices += "\n";
    for (int t = 0; t < 5; ++t) {
      prices += "2026-0" + QByteArray::number(t + 1);
      for (int i = 0; i < 7; ++i) prices += "," + QByteArray::number(100 + (t * (i + 3)) % 7);
      prices += "\n";
    }
    const QString pricesFile = writeFile(QStringLiteral("prices.csv"), prices);
    QVERIFY(!pricesFile.isEmpty());
    const QStringList import{QStringLiteral("portfolio-data"), ws, name,
                             QStringLiteral("--history"), pricesFile};
    const CliRun imported = runCli(import);
    QVERIFY2(imported.exitedWith(0), imported.describe(import).constData());
    QCOMPARE(jsonOf(imported).at("returns").get<int>(), 4);
    const QStringList history{QStringLiteral("workspace"), QStringLiteral("history"), ws, name};
    const CliRun log = runCli(history);
    QVERIFY(log.out.contains("Import the matrix from covariance.csv"));
    QVERIFY(log.out.contains("Import the history from prices.csv"));
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
