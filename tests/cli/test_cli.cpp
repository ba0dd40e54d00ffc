// valor-cli as a user runs it: the real binary in a child process, arguments, stdin, stdout,
// stderr and exit codes (0 ok, 1 validation issues, 2 unreadable or invalid file / bad usage).
//
// Expected numbers are worked out by hand in the comments, never copied from the program.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include <QtTest>

#include "tests/cli/clirun.h"

namespace {

using Json = nlohmann::json;
using valor::testing::cliPath;
using valor::testing::CliRun;
using valor::testing::dataFile;
using valor::testing::runCli;
using valor::testing::sampleFile;

Json parseJson(const QByteArray& text) {
  return Json::parse(text.constData(), text.constData() + text.size(), nullptr,
                     /*allow_exceptions=*/false);
}

bool hasIssue(const Json& list, const std::string& path, const std::string& rule) {
  if (!list.is_array()) return false;
  for (const Json& item : list)
    if (item.value("path", std::string()) == path && item.value("rule", std::string()) == rule)
      return true;
  return false;
}

// Relative tolerance 1e-9 (absolute for an expected zero).
bool closeTo(double actual, double expected) {
  const double scale = expected == 0 ? 1.0 : std::abs(expected);
  return std::abs(actual - expected) <= 1e-9 * scale;
}

constexpr const char* kHandCaseInputs =
    "hand_case.valor.json: base year 2025 (FYE 12-31, no stub), 3 years, base revenue 100, "
    "base NWC 0, growth 10 %, EBIT margin 20 %, tax 25 %, D&A 5 %, capex 5 %, NWC 0 % of "
    "revenue, WACC 10 % (direct), Gordon g 2 % (metric EV/EBITDA), end-of-year discounting, "
    "cash 20, debt 50, minority interest 6.25, basic shares 10, options 2 @ 10 and 1 @ 25";

}  // namespace

class TestCli : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir tempDir_;
  QString garbagePath_;
  QByteArray garbage_;
  QByteArray templateText_;
  Json handCase_;
  bool handCaseLoaded_ = false;

  const Json& handCaseJson() {
    if (!handCaseLoaded_) {
      const QStringList args{QStringLiteral("evaluate"), dataFile("hand_case.valor.json")};
      const CliRun run = runCli(args);
      if (run.exitedWith(0))
        handCase_ = parseJson(run.out);
      else
        qWarning("%s", run.describe(args).constData());
      handCaseLoaded_ = true;
    }
    return handCase_;
  }

 private slots:
  void initTestCase() {
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY(tempDir_.isValid());
    // Random bytes from a fixed seed: the same "garbage" file on every run.
    std::mt19937 engine(20251125u);
    garbage_.resize(4096);
    for (char& c : garbage_) c = static_cast<char>(engine() & 0xFFu);
    garbagePath_ = tempDir_.filePath(QStringLiteral("garbage.valor.json"));
    QFile file(garbagePath_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(garbage_), qint64{4096});
    file.close();

    const QStringList args{QStringLiteral("new"), QStringLiteral("dcf")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    templateText_ = run.out;
  }

  // --- Usage --------------------------------------------------------------------------------

  void version() {
    const QStringList args{QStringLiteral("--version")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const QString out = QString::fromUtf8(run.out).trimmed();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^valor-cli \\d+\\.\\d+\\.\\d+$")).match(out).hasMatch(),
        run.describe(args).constData());
  }

  void helpGoesToStdout() {
    const QStringList args{QStringLiteral("--help")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY2(run.out.contains("usage: valor-cli"), run.describe(args).constData());
    QVERIFY(run.err.isEmpty());
  }

  void badUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stderrMentions");
    const QString hand = dataFile("hand_case.valor.json");
    QTest::newRow("no arguments") << QStringList() << QByteArray("usage: valor-cli <command>");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("new without a kind")
        << QStringList{QStringLiteral("new")} << QByteArray("usage: valor-cli new dcf");
    QTest::newRow("new of an unknown kind")
        << QStringList{QStringLiteral("new"), QStringLiteral("swap")}
        << QByteArray("usage: valor-cli new dcf");
    QTest::newRow("evaluate without a file")
        << QStringList{QStringLiteral("evaluate")} << QByteArray("usage: valor-cli evaluate");
    QTest::newRow("evaluate three files")
        << QStringList{QStringLiteral("evaluate"), hand, hand, hand}
        << QByteArray("usage: valor-cli evaluate");
    QTest::newRow("evaluate in an unknown format")
        << QStringList{QStringLiteral("evaluate"), hand, QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << QByteArray("unknown format 'xml'");
    QTest::newRow("validate with an unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"), hand}
        << QByteArray("unknown option '--strict'");
    QTest::newRow("validate as a table")
        << QStringList{QStringLiteral("validate"), hand, QStringLiteral("--format=table")}
        << QByteArray("unknown format 'table'");
    QTest::newRow("schema with an argument")
        << QStringList{QStringLiteral("schema"), QStringLiteral("dcf")}
        << QByteArray("usage: valor-cli schema");
  }
  void badUsage() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stderrMentions);
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains(stderrMentions), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  // --- The template ---------------------------------------------------------------------------

  void templateEvaluatesWithEveryDocumentedKey() {
    const QStringList args{QStringLiteral("evaluate"), QStringLiteral("-")};
    const CliRun run = runCli(args, templateText_);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    Json out = parseJson(run.out);
    QVERIFY2(out.is_object(), run.describe(args).constData());
    for (const char* key :
         {"enterprise_value", "equity_value", "value_per_share", "pv_explicit", "pv_terminal",
          "terminal_value", "implied_exit_multiple", "implied_terminal_growth"}) {
      QVERIFY2(out.contains(key), key);
      QVERIFY2(out[key].is_number() && std::isfinite(out[key].get<double>()), key);
    }
    // The template projects 2026–2035 ("years": 10).
    QVERIFY(out.contains("years") && out["years"].is_array());
    QCOMPARE(out["years"].size(), std::size_t{10});
    int expectedYear = 2026;
    for (const Json& row : out["years"]) {
      for (const char* key : {"year", "revenue", "fcff", "discount_factor", "present_value"})
        QVERIFY2(row.contains(key) && row[key].is_number(), key);
      QCOMPARE(row["year"].get<int>(), expectedYear++);
    }
    QVERIFY(out.contains("warnings") && out["warnings"].is_array());
    QVERIFY(out.contains("issues") && out["issues"].is_array());
    QVERIFY2(out["issues"].empty(), run.describe(args).constData());
  }

  void templateAsTable() {
    const QStringList args{QStringLiteral("evaluate"), QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("table")};
    const CliRun run = runCli(args, templateText_);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY2(run.out.contains("Enterprise value"), run.describe(args).constData());
    QVERIFY2(run.out.contains("Value per share"), run.describe(args).constData());
  }

  void templateValidates_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("text") << QStringList{QStringLiteral("validate"), QStringLiteral("-")};
    QTest::newRow("json") << QStringList{QStringLiteral("validate"), QStringLiteral("-"),
                                         QStringLiteral("--format"), QStringLiteral("json")};
  }
  void templateValidates() {
    QFETCH(QStringList, args);
    const CliRun run = runCli(args, templateText_);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    if (args.contains(QStringLiteral("json"))) {
      Json out = parseJson(run.out);
      QVERIFY2(out.is_object() && out.value("valid", false), run.describe(args).constData());
      QVERIFY(out["issues"].is_array() && out["issues"].empty());
    } else {
      QVERIFY2(run.out.contains("-: valid"), run.describe(args).constData());
    }
  }

  // --- A DCF checked by hand ------------------------------------------------------------------

  void handCase_data() {
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<double>("expected");
    auto row = [](const char* pointer, double expected) {
      QTest::newRow(pointer) << QString::fromLatin1(pointer) << expected;
    };
    // Revenue_t = 100 × 1.1^t.
    row("/years/0/revenue", 110.0);
    row("/years/1/revenue", 121.0);
    row("/years/2/revenue", 133.1);
    row("/years/0/growth", 0.10);
    // EBIT = revenue × 0.20; taxes = EBIT × 0.25.
    row("/years/0/ebit", 22.0);
    row("/years/2/ebit", 26.62);
    row("/years/2/taxes", 6.655);
    // D&A = capex = revenue × 0.05, so they cancel; NWC stays 0, ΔNWC 0.
    row("/years/2/depreciation", 6.655);
    row("/years/2/capex", 6.655);
    row("/years/2/delta_nwc", 0.0);
    row("/years/2/reinvestment", 0.0);
    // EBITDA_N = 133.1 × (0.20 + 0.05) = 33.275.
    row("/years/2/ebitda", 33.275);
    // FCFF = NOPAT = revenue × 0.20 × 0.75.
    row("/years/0/fcff", 16.5);
    row("/years/1/fcff", 18.15);
    row("/years/2/fcff", 19.965);
    // End-of-year: τ = 1, 2, 3; DF = 1.1^−τ; no stub, so every year counts in full.
    row("/years/0/discount_time", 1.0);
    row("/years/2/discount_time", 3.0);
    row("/years/0/fraction", 1.0);
    row("/years/0/discount_factor", 1 / 1.1);
    row("/years/1/discount_factor", 1 / 1.21);
    row("/years/2/discount_factor", 1 / 1.331);
    // PV_t = 16.5 / 1.1 = 18.15 / 1.21 = 19.965 / 1.331 = 15.
    row("/years/0/present_value", 15.0);
    row("/years/1/present_value", 15.0);
    row("/years/2/present_value", 15.0);
    row("/pv_explicit", 45.0);  // 3 × 15
    // TV = FCFF_N × (1 + g) / (WACC − g) = 19.965 × 1.02 / 0.08 = 254.55375.
    row("/terminal_value", 254.55375);
    // PV(TV) = 254.55375 / 1.331 = 191.25 (end of year 3; no mid-year, so both timings agree).
    row("/pv_terminal", 191.25);
    row("/pv_terminal_other_timing", 191.25);
    row("/terminal_discount_time", 3.0);
    row("/enterprise_value", 236.25);               // 45 + 191.25
    row("/terminal_share_of_ev", 191.25 / 236.25);  // = 17/21 ≈ 0.8095
    row("/equity_value", 200.0);                    // 236.25 − 50 − 6.25 + 20
    // Treasury stock method at the computed price: without options P = 200/10 = 20 > 10, so
    // the strike-10 tranche is in: P = (200 + 2×10)/(10 + 2) = 18.333…; 25 ≥ 18.33 stays out.
    row("/value_per_share", 220.0 / 12.0);
    row("/diluted_shares", 200.0 / (220.0 / 12.0));  // E / P = 10.909…
    // Implied EV/EBITDA: TV / EBITDA_N = 254.55375 / (133.1 × 0.25) = 7.65.
    row("/implied_exit_multiple", 7.65);
    row("/implied_terminal_growth", 0.02);  // Gordon: the g given
    row("/wacc", 0.10);
    row("/stub_fraction", 1.0);
  }
  void handCase() {
    QFETCH(QString, pointer);
    QFETCH(double, expected);
    Json out = handCaseJson();
    QVERIFY2(out.is_object(), kHandCaseInputs);
    const Json::json_pointer ptr(pointer.toStdString());
    QVERIFY2(out.contains(ptr) && out.at(ptr).is_number(),
             qPrintable(pointer + QStringLiteral(" missing or not a number; ") +
                        QLatin1String(kHandCaseInputs)));
    const double actual = out.at(ptr).get<double>();
    QVERIFY2(closeTo(actual, expected),
             qPrintable(QStringLiteral("%1: got %2, expected %3 (relative tolerance 1e-9)\n%4")
                            .arg(pointer)
                            .arg(actual, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)
                            .arg(QLatin1String(kHandCaseInputs))));
  }

  void handCaseShape() {
    Json out = handCaseJson();
    QVERIFY2(out.is_object(), kHandCaseInputs);
    QCOMPARE(out["years"].size(), std::size_t{3});
    QCOMPARE(out["years"][0]["year"].get<int>(), 2026);
    QCOMPARE(out["years"][2]["year"].get<int>(), 2028);
    QCOMPARE(out["implied_exit_multiple_metric"].get<std::string>(), std::string("ev_ebitda"));
    QCOMPARE(out["discounting"].get<std::string>(), std::string("end_of_year"));
    QCOMPARE(out["scenario"].get<std::string>(), std::string("Hand-checkable DCF"));
    QVERIFY(out["issues"].is_array() && out["issues"].empty());
    // PV(TV) / EV = 191.25 / 236.25 ≈ 81 % > 75 %: the high-terminal-share warning.
    QVERIFY2(hasIssue(out["warnings"], "dcf.terminal_value", "terminal_share_high"),
             out["warnings"].dump().c_str());
  }

  // --- Validation issues (exit 1) --------------------------------------------------------------

  void validationIssueExitsWithOne_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    // g = 0.12 ≥ WACC = 0.10: the Gordon model has no finite value.
    QTest::newRow("growth not below the WACC")
        << dataFile("invalid_growth.valor.json") << QStringLiteral("dcf.terminal_value.growth")
        << QStringLiteral("growth_not_below_wacc");
    // ebit_margin per_year gives 2026 and 2028 only; the projection runs 2026–2028.
    QTest::newRow("per-year value missing")
        << dataFile("missing_year.valor.json") << QStringLiteral("dcf.ebit_margin.values.2027")
        << QStringLiteral("missing_year");
  }
  void validationIssueExitsWithOne() {
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    // evaluate (JSON): exit 1, no valuation, the issue in "issues" and on stderr.
    const QStringList evaluateArgs{QStringLiteral("evaluate"), file};
    const CliRun evaluated = runCli(evaluateArgs);
    QVERIFY2(evaluated.exitedWith(1), evaluated.describe(evaluateArgs).constData());
    Json out = parseJson(evaluated.out);
    QVERIFY2(out.is_object(), evaluated.describe(evaluateArgs).constData());
    QVERIFY2(!out.contains("enterprise_value"), evaluated.describe(evaluateArgs).constData());
    QVERIFY2(hasIssue(out["issues"], path.toStdString(), rule.toStdString()),
             evaluated.describe(evaluateArgs).constData());
    QVERIFY2(evaluated.err.contains(path.toUtf8()) && evaluated.err.contains(rule.toUtf8()),
             evaluated.describe(evaluateArgs).constData());

    // validate (text): exit 1, the issue on stderr with its path and rule.
    const QStringList validateArgs{QStringLiteral("validate"), file};
    const CliRun validated = runCli(validateArgs);
    QVERIFY2(validated.exitedWith(1), validated.describe(validateArgs).constData());
    QVERIFY2(validated.err.contains("error: " + path.toUtf8()) &&
                 validated.err.contains("[" + rule.toUtf8() + "]"),
             validated.describe(validateArgs).constData());

    // evaluate --format table: exit 1 too, issues on stderr.
    const QStringList tableArgs{QStringLiteral("evaluate"), file, QStringLiteral("--format"),
                                QStringLiteral("table")};
    const CliRun table = runCli(tableArgs);
    QVERIFY2(table.exitedWith(1), table.describe(tableArgs).constData());
    QVERIFY2(table.err.contains(path.toUtf8()), table.describe(tableArgs).constData());
  }

  void validateJsonListsTheIssues() {
    const QStringList args{QStringLiteral("validate"), dataFile("invalid_growth.valor.json"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(1), run.describe(args).constData());
    Json out = parseJson(run.out);
    QVERIFY2(out.is_object(), run.describe(args).constData());
    QVERIFY2(out.contains("valid") && out["valid"].is_boolean() && !out["valid"].get<bool>(),
             run.describe(args).constData());
    QVERIFY2(out["issues"].is_array() && !out["issues"].empty(), run.describe(args).constData());
    for (const Json& issue : out["issues"])
      for (const char* key : {"path", "rule", "message"})
        QVERIFY2(issue.contains(key) && issue[key].is_string(), key);
    QVERIFY2(hasIssue(out["issues"], "dcf.terminal_value.growth", "growth_not_below_wacc"),
             run.describe(args).constData());
    QVERIFY(out["warnings"].is_array());
  }

  void fixturesHaveTheirVerdicts_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("hand_case") << dataFile("hand_case.valor.json") << 0;
    QTest::newRow("sample_full") << dataFile("sample_full.valor.json") << 0;
    QTest::newRow("invalid_growth") << dataFile("invalid_growth.valor.json") << 1;
    QTest::newRow("missing_year") << dataFile("missing_year.valor.json") << 1;
  }
  void fixturesHaveTheirVerdicts() {
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const QStringList args{QStringLiteral("validate"), file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(exitCode), run.describe(args).constData());
  }

  // --- Unreadable input (exit 2) ---------------------------------------------------------------

  void unreadableInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");  // for "-"
    QTest::addColumn<QByteArray>("stderrMentions");
    const QString missing = tempDir_.filePath(QStringLiteral("no-such-file.valor.json"));
    const QString dash = QStringLiteral("-");
    const QString evaluate = QStringLiteral("evaluate");
    const QString validate = QStringLiteral("validate");
    QTest::newRow("garbage file, evaluate") << QStringList{evaluate, garbagePath_} << QByteArray()
                                            << QByteArray("not a readable scenario file");
    QTest::newRow("garbage file, validate") << QStringList{validate, garbagePath_} << QByteArray()
                                            << QByteArray("not a readable scenario file");
    QTest::newRow("garbage on stdin")
        << QStringList{evaluate, dash} << garbage_ << QByteArray("not a readable scenario file");
    QTest::newRow("empty stdin") << QStringList{evaluate, dash} << QByteArray()
                                 << QByteArray("[syntax]");
    QTest::newRow("nonexistent path")
        << QStringList{evaluate, missing} << QByteArray() << QByteArray("no such file");
    QTest::newRow("nonexistent path, validate json")
        << QStringList{validate, missing, QStringLiteral("--format"), QStringLiteral("json")}
        << QByteArray() << QByteArray("no such file");
    QTest::newRow("directory") << QStringList{evaluate, tempDir_.path()} << QByteArray()
                               << QByteArray("not a regular file");
    QTest::newRow("JSON but not an object")
        << QStringList{evaluate, dash} << QByteArray("[1, 2]") << QByteArray("[wrong_type]");
    QTest::newRow("newer format") << QStringList{validate, dash}
                                  << QByteArray("{\"schema\": \"valor.scenario/2\"}")
                                  << QByteArray("newer Valor");
    QTest::newRow("100000 nested lists")
        << QStringList{evaluate, dash} << QByteArray(100000, '[') << QByteArray("[too_deep]");
    QTest::newRow("number overflow") << QStringList{evaluate, dash}
                                     << QByteArray(
                                            "{\"schema\": \"valor.scenario/1\", \"dcf\": "
                                            "{\"base\": {\"revenue\": 1e400}}}")
                                     << QByteArray("not a readable scenario file");
  }
  void unreadableInput() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stderrMentions);
    const CliRun run = runCli(args, input);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());  // no crash, no hang
    QVERIFY2(run.err.startsWith("valor-cli: "), run.describe(args).constData());
    QVERIFY2(run.err.contains(stderrMentions), run.describe(args).constData());
    if (args[1] != QLatin1String("-"))  // the message names the file
      QVERIFY2(run.err.contains(args[1].toUtf8()), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  // --- Analytics: montecarlo, sensitivity, tornado, goalseek ------------------------------------

  void monteCarloOutput() {
    // Northwind's saved settings (100000 paths, seed 2026) with paths and seed overridden.
    const QStringList args{QStringLiteral("montecarlo"), sampleFile("northwind.valor.json"),
                           QStringLiteral("--paths"),    QStringLiteral("3000"),
                           QStringLiteral("--seed"),     QStringLiteral("7")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QVERIFY2(out.is_object(), run.describe(args).constData());
    QCOMPARE(out["paths"].get<std::uint64_t>(), std::uint64_t{3000});
    QCOMPARE(out["seed"].get<std::uint64_t>(), std::uint64_t{7});
    QCOMPARE(out["output"].get<std::string>(), std::string("value_per_share"));
    // Every path is valued or counted by reason.
    std::uint64_t paths = out["valued_paths"].get<std::uint64_t>();
    for (const auto& [reason, count] : out["unvalued_paths"].items())
      paths += count.get<std::uint64_t>();
    QCOMPARE(paths, std::uint64_t{3000});
    for (const char* key : {"base_value", "mean", "median", "standard_deviation", "standard_error",
                            "min", "max", "probability_above_target"})
      QVERIFY2(out[key].is_number(), key);
    QCOMPARE(out["target"].get<double>(), 30.0);  // from the file
    for (const char* p : {"p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"})
      QVERIFY2(out["percentiles"][p].is_number(), p);
    QVERIFY(out["percentiles"]["p5"].get<double>() <= out["percentiles"]["p95"].get<double>());
    // The three inputs of the file, in order, with their distributions' moments: beta normal
    // (0.90, 0.10); g triangular (0.015, 0.025, 0.030): mean 0.07/3; margin PERT (0.15, 0.17,
    // 0.19): mean (0.15 + 0.68 + 0.19)/6 = 0.17.
    QCOMPARE(out["inputs"].size(), std::size_t{3});
    QCOMPARE(out["inputs"][0]["field"].get<std::string>(), std::string("dcf.discount_rate.beta"));
    QVERIFY(closeTo(out["inputs"][0]["distribution_mean"].get<double>(), 0.90));
    QVERIFY(closeTo(out["inputs"][0]["distribution_sd"].get<double>(), 0.10));
    QVERIFY(closeTo(out["inputs"][1]["distribution_mean"].get<double>(), 0.07 / 3));
    QVERIFY(closeTo(out["inputs"][2]["distribution_mean"].get<double>(), 0.17));
    // A higher beta means a higher WACC and a lower value.
    QVERIFY(out["inputs"][0]["rank_correlation"].get<double>() < 0);
    QCOMPARE(out["cdf"].size(), std::size_t{101});
    QCOMPARE(out["histogram"]["counts"].size(), std::size_t{60});
    QCOMPARE(out["convergence"].back()["paths"].get<std::uint64_t>(), std::uint64_t{3000});
  }

  void monteCarloIsReproducible_data() {
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    const QString northwind = sampleFile("northwind.valor.json");
    const QStringList common{QStringLiteral("montecarlo"), northwind, QStringLiteral("--paths"),
                             QStringLiteral("20000")};
    QTest::newRow("same seed twice")
        << common + QStringList{QStringLiteral("--seed=11")}
        << common + QStringList{QStringLiteral("--seed"), QStringLiteral("11")};
    QTest::newRow("1 thread vs 2")
        << common + QStringList{QStringLiteral("--threads"), QStringLiteral("1")}
        << common + QStringList{QStringLiteral("--threads"), QStringLiteral("2")};
    QTest::newRow("2 threads vs 8")
        << common + QStringList{QStringLiteral("--threads"), QStringLiteral("2")}
        << common + QStringList{QStringLiteral("--threads"), QStringLiteral("8")};
  }
  void monteCarloIsReproducible() {
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    const CliRun a = runCli(first);
    const CliRun b = runCli(second);
    QVERIFY2(a.exitedWith(0), a.describe(first).constData());
    QVERIFY2(b.exitedWith(0), b.describe(second).constData());
    QVERIFY2(a.out == b.out, (a.describe(first) + b.describe(second)).constData());
    // A different seed gives a different mean.
    QStringList reseeded = first;
    reseeded << QStringLiteral("--seed") << QStringLiteral("12");
    const CliRun c = runCli(reseeded);
    QVERIFY2(c.exitedWith(0), c.describe(reseeded).constData());
    QVERIFY(parseJson(c.out)["mean"] != parseJson(a.out)["mean"]);
  }

  void monteCarloBadOptions_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("stderrMentions");
    auto row = [](const char* name, QStringList options, const char* mentions) {
      QTest::newRow(name) << options << QByteArray(mentions);
    };
    row("zero paths", {QStringLiteral("--paths"), QStringLiteral("0")}, "--paths must be");
    row("fractional paths", {QStringLiteral("--paths"), QStringLiteral("1.5")}, "--paths must be");
    row("negative paths", {QStringLiteral("--paths=-5")}, "--paths must be");
    row("paths not a number", {QStringLiteral("--paths"), QStringLiteral("many")},
        "--paths must be");
    row("too many paths", {QStringLiteral("--paths"), QStringLiteral("10000001")},
        "from 1 to 10000000");
    row("paths without a value", {QStringLiteral("--paths")}, "--paths needs a value");
    row("zero threads", {QStringLiteral("--threads"), QStringLiteral("0")}, "--threads must be");
    row("negative seed", {QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed must be");
    row("unknown output", {QStringLiteral("--output"), QStringLiteral("price")},
        "--output must be");
    row("target not a number", {QStringLiteral("--target"), QStringLiteral("high")},
        "--target must be a number");
    row("unknown option", {QStringLiteral("--path"), QStringLiteral("10")}, "unknown option");
  }
  void monteCarloBadOptions() {
    QFETCH(QStringList, options);
    QFETCH(QByteArray, stderrMentions);
    const QStringList args =
        QStringList{QStringLiteral("montecarlo"), sampleFile("northwind.valor.json")} + options;
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains(stderrMentions), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  void monteCarloWithoutSettings() {
    // The hand case saves no Monte Carlo settings: a validation issue (exit 1), explained.
    const QStringList args{QStringLiteral("montecarlo"), dataFile("hand_case.valor.json")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(1), run.describe(args).constData());
    QVERIFY2(run.err.contains("at least one input"), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  void sensitivityGrid() {
    // WACC 8, 9, 10 % (columns) × g 1, 2 % (rows) on the hand case: 2 rows of 3 cells; at the
    // file's own WACC 10 % and g 2 % the value per share is 220/12 (see handCase_data).
    const QStringList args{
        QStringLiteral("sensitivity"), dataFile("hand_case.valor.json"),
        QStringLiteral("--x"),         QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:3"),
        QStringLiteral("--y"),         QStringLiteral("dcf.terminal_value.growth=0.01:0.02:2")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QVERIFY2(out.is_object(), run.describe(args).constData());
    QCOMPARE(out["x"]["field"].get<std::string>(), std::string("dcf.discount_rate.wacc"));
    QCOMPARE(out["y"]["field"].get<std::string>(), std::string("dcf.terminal_value.growth"));
    QCOMPARE(out["x"]["values"].size(), std::size_t{3});
    QCOMPARE(out["y"]["values"].size(), std::size_t{2});
    QVERIFY(closeTo(out["x"]["values"][1].get<double>(), 0.09));
    QCOMPARE(out["cells"].size(), std::size_t{2});
    for (const Json& row : out["cells"]) {
      QCOMPARE(row.size(), std::size_t{3});
      for (const Json& cell : row) QVERIFY2(cell.is_number(), run.describe(args).constData());
    }
    QVERIFY2(closeTo(out["cells"][1][2].get<double>(), 220.0 / 12.0),
             run.describe(args).constData());
    QVERIFY(closeTo(out["base_value"].get<double>(), 220.0 / 12.0));
    // Lower WACC and higher g are worth more.
    QVERIFY(out["cells"][1][0].get<double>() > out["cells"][1][1].get<double>());
    QVERIFY(out["cells"][1][2].get<double>() > out["cells"][0][2].get<double>());
    QCOMPARE(out["unvalued_cells"].get<int>(), 0);
  }

  // Without --x, the grid the desktop saved with the scenario, and its output.
  void sensitivitySavedGrid() {
    QFile file(dataFile("hand_case.valor.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Json doc = Json::parse(file.readAll().toStdString(), nullptr, true, true);
    const QStringList args{QStringLiteral("sensitivity"), QStringLiteral("-")};
    const CliRun none = runCli(args, QByteArray::fromStdString(doc.dump()));
    QVERIFY2(none.exitedWith(2), none.describe(args).constData());
    QVERIFY(none.err.contains("no saved sensitivity grid"));

    doc["sensitivity"] = Json::parse(
        R"({"output": "enterprise_value", "across": "dcf.discount_rate.wacc", "across_from": 0.08,
            "across_to": 0.10, "across_steps": 3, "down": "dcf.terminal_value.growth",
            "down_from": 0.01, "down_to": 0.02, "down_steps": 2})");
    const CliRun run = runCli(args, QByteArray::fromStdString(doc.dump()));
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["output"].get<std::string>(), std::string("enterprise_value"));
    QCOMPARE(out["x"]["values"].size(), std::size_t{3});
    QCOMPARE(out["y"]["field"].get<std::string>(), std::string("dcf.terminal_value.growth"));
    QCOMPARE(out["cells"].size(), std::size_t{2});
    // At the file's own WACC 10 % and g 2 %: EV 236.25 (see handCase_data); every cell as the
    // same grid given by hand.
    QVERIFY2(closeTo(out["cells"][1][2].get<double>(), 236.25), run.describe(args).constData());
    const CliRun byHand =
        runCli({QStringLiteral("sensitivity"), QStringLiteral("-"), QStringLiteral("--x"),
                QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:3"), QStringLiteral("--y"),
                QStringLiteral("dcf.terminal_value.growth=0.01:0.02:2"), QStringLiteral("--output"),
                QStringLiteral("enterprise_value")},
               QByteArray::fromStdString(doc.dump()));
    QCOMPARE(parseJson(byHand.out)["cells"], out["cells"]);
  }

  void sensitivityCellsWithoutValue() {
    // The same 8, 9, 10 % for both WACC and g: g ≥ WACC on and below the diagonal (row ≥
    // column), 6 of 9 cells, which are null and counted.
    const QStringList args{
        QStringLiteral("sensitivity"), dataFile("hand_case.valor.json"),
        QStringLiteral("--x"),         QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:3"),
        QStringLiteral("--y"),         QStringLiteral("dcf.terminal_value.growth=0.08:0.10:3")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["unvalued_cells"].get<int>(), 6);
    for (std::size_t row = 0; row < 3; ++row)
      for (std::size_t column = 0; column < 3; ++column)
        QVERIFY2(out["cells"][row][column].is_null() == (row >= column),
                 run.describe(args).constData());
  }

  void sensitivityOneWay() {
    const QStringList args{QStringLiteral("sensitivity"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--x=dcf.equity_bridge.cash=0:40:5"),
                           QStringLiteral("--output"), QStringLiteral("equity_value")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QVERIFY(!out.contains("y"));
    QCOMPARE(out["cells"].size(), std::size_t{1});
    // Equity = EV − debt − minority + cash = 236.25 − 50 − 6.25 + cash = 180 + cash.
    const double cash[] = {0, 10, 20, 30, 40};
    for (std::size_t i = 0; i < 5; ++i)
      QVERIFY2(closeTo(out["cells"][0][i].get<double>(), 180 + cash[i]),
               run.describe(args).constData());
  }

  void sensitivityBadAxis_data() {
    QTest::addColumn<QString>("axis");
    QTest::newRow("no steps") << QStringLiteral("dcf.discount_rate.wacc=0.08:0.10");
    QTest::newRow("no field") << QStringLiteral("0.08:0.10:3");
    QTest::newRow("zero steps") << QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:0");
    QTest::newRow("201 steps") << QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:201");
    QTest::newRow("fractional steps") << QStringLiteral("dcf.discount_rate.wacc=0.08:0.10:2.5");
    QTest::newRow("from not a number") << QStringLiteral("dcf.discount_rate.wacc=low:0.10:3");
  }
  void sensitivityBadAxis() {
    QFETCH(QString, axis);
    const QStringList args{QStringLiteral("sensitivity"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--x"), axis};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains(axis.toUtf8()), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  void sensitivityRefusedField_data() {
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field") << QStringLiteral("dcf.no_such_rate");
    QTest::newRow("whole-number field") << QStringLiteral("dcf.years");
    QTest::newRow("not used with Gordon") << QStringLiteral("dcf.terminal_value.multiple");
  }
  void sensitivityRefusedField() {
    QFETCH(QString, field);
    const QStringList args{QStringLiteral("sensitivity"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--x"), field + QStringLiteral("=1:2:3")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(1), run.describe(args).constData());
    QVERIFY2(run.err.contains(field.toUtf8()), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  void tornadoBarsSortedBySwing() {
    const QStringList args{QStringLiteral("tornado"), dataFile("hand_case.valor.json")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QVERIFY2(out.is_object() && out["bars"].is_array(), run.describe(args).constData());
    QVERIFY(out["bars"].size() > 5);
    QVERIFY(closeTo(out["change"].get<double>(), 0.1));
    QVERIFY(closeTo(out["base_value"].get<double>(), 220.0 / 12.0));
    double previous = std::numeric_limits<double>::infinity();
    bool seenNull = false;
    for (const Json& bar : out["bars"]) {
      const std::string field = bar["field"].get<std::string>();
      if (bar["swing"].is_null()) {
        seenNull = true;  // bars that could not be valued come last
        continue;
      }
      QVERIFY2(!seenNull, field.c_str());
      const double swing = bar["swing"].get<double>();
      QVERIFY2(swing <= previous, field.c_str());
      previous = swing;
      // The swing is |output(high) − output(low)|, the ends ±10 % of the base.
      const double low = bar["output_at_low"].get<double>(),
                   high = bar["output_at_high"].get<double>();
      QVERIFY2(std::abs(swing - std::abs(high - low)) <= 1e-12 * (std::abs(high) + std::abs(low)),
               field.c_str());
      const double base = bar["base"].get<double>();
      QVERIFY2(closeTo(bar["low"].get<double>(), base * 0.9), field.c_str());
      QVERIFY2(closeTo(bar["high"].get<double>(), base * 1.1), field.c_str());
    }
    QVERIFY(out["bars"][0]["swing"].get<double>() > 0);
    // Spider lines from −10 % to +10 % in 5 steps, one per input.
    QCOMPARE(out["spider"]["changes"].size(), std::size_t{5});
    QCOMPARE(out["spider"]["lines"].size(), out["bars"].size());
  }

  void tornadoOverChosenInputs() {
    // WACC and g only, ±20 %: WACC swings more (its move is 2 pp against g's 0.4 pp).
    const QStringList args{QStringLiteral("tornado"),
                           dataFile("hand_case.valor.json"),
                           QStringLiteral("--inputs"),
                           QStringLiteral("dcf.terminal_value.growth,dcf.discount_rate.wacc"),
                           QStringLiteral("--change"),
                           QStringLiteral("0.2")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["bars"].size(), std::size_t{2});
    QCOMPARE(out["bars"][0]["field"].get<std::string>(), std::string("dcf.discount_rate.wacc"));
    QVERIFY(closeTo(out["bars"][0]["low"].get<double>(), 0.08));
    QVERIFY(closeTo(out["bars"][1]["high"].get<double>(), 0.024));
    for (const QString& change : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("x")}) {
      const QStringList bad{QStringLiteral("tornado"), dataFile("hand_case.valor.json"),
                            QStringLiteral("--change"), change};
      const CliRun refused = runCli(bad);
      QVERIFY2(refused.exitedWith(2), refused.describe(bad).constData());
    }
  }

  void brokenSimulationSettingsAreReportedButDoNotStopTheValuation() {
    // The hand case with a normal distribution that lacks its mean.
    QFile file(dataFile("hand_case.valor.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Json doc = Json::parse(file.readAll().toStdString(), nullptr, true, true);
    doc["monte_carlo"] = Json::parse(
        R"({"inputs": [{"field": "dcf.discount_rate.wacc", "distribution": "normal", "sd": 0.01}]})");
    const QByteArray text = QByteArray::fromStdString(doc.dump());
    const QStringList evaluate{QStringLiteral("evaluate"), QStringLiteral("-")};
    const CliRun valued = runCli(evaluate, text);
    QVERIFY2(valued.exitedWith(0), valued.describe(evaluate).constData());
    QVERIFY(closeTo(parseJson(valued.out)["value_per_share"].get<double>(), 220.0 / 12.0));
    const QStringList validate{QStringLiteral("validate"), QStringLiteral("-")};
    const CliRun checked = runCli(validate, text);
    QVERIFY2(checked.exitedWith(1), checked.describe(validate).constData());
    QVERIFY(checked.err.contains("monte_carlo.inputs[0].mean is required for a normal"));
    const QStringList simulate{QStringLiteral("montecarlo"), QStringLiteral("-")};
    const CliRun refused = runCli(simulate, text);
    QVERIFY2(refused.exitedWith(1), refused.describe(simulate).constData());
    QVERIFY(refused.err.contains("monte_carlo.inputs[0].mean"));
  }

  // Whatever `montecarlo` refuses in the saved settings, `validate` reports with its path.
  void validateReportsWhatTheSimulationRefuses_data() {
    QTest::addColumn<QByteArray>("inputs");
    QTest::addColumn<QByteArray>("correlations");
    QTest::addColumn<QByteArray>("path");
    const QByteArray beta = R"({"field": "dcf.discount_rate.beta", "distribution": )";
    const QByteArray growth = R"({"field": "dcf.terminal_value.growth", "distribution": )";
    const QByteArray margin = R"({"field": "dcf.ebit_margin.stage3", "distribution": )";
    QTest::newRow("normal with sd 0") << beta + R"("normal", "mean": 0.9, "sd": 0})" << QByteArray()
                                      << QByteArray("monte_carlo.inputs[0]");
    QTest::newRow("uniform with min above max")
        << beta + R"("uniform", "min": 1.2, "max": 0.8})" << QByteArray()
        << QByteArray("monte_carlo.inputs[0]");
    QTest::newRow("triangular with the mode outside")
        << beta + R"("triangular", "min": 0.8, "mode": 1.5, "max": 1.2})" << QByteArray()
        << QByteArray("monte_carlo.inputs[0]");
    QTest::newRow("discrete probabilities summing to 0.5")
        << beta +
               R"("discrete", "outcomes": [{"value": 0.8, "probability": 0.25}, {"value": 1.0, "probability": 0.25}]})"
        << QByteArray() << QByteArray("monte_carlo.inputs[0]");
    const QByteArray three = beta + R"("normal", "mean": 0.9, "sd": 0.1}, )" + growth +
                             R"("normal", "mean": 0.02, "sd": 0.002}, )" + margin +
                             R"("normal", "mean": 0.17, "sd": 0.01})";
    QTest::newRow("correlations that cannot hold together")
        << three
        << QByteArray(
               R"({"first": "dcf.discount_rate.beta", "second": "dcf.terminal_value.growth", "rho": 0.9},
                        {"first": "dcf.discount_rate.beta", "second": "dcf.ebit_margin.stage3", "rho": 0.9},
                        {"first": "dcf.terminal_value.growth", "second": "dcf.ebit_margin.stage3", "rho": -0.9})")
        << QByteArray("monte_carlo.correlations");
    QTest::newRow("a correlation with an input that does not vary")
        << beta + R"("normal", "mean": 0.9, "sd": 0.1})"
        << QByteArray(
               R"({"first": "dcf.discount_rate.beta", "second": "dcf.terminal_value.growth", "rho": 0.5})")
        << QByteArray("monte_carlo.correlations[0]");
  }
  void validateReportsWhatTheSimulationRefuses() {
    QFETCH(QByteArray, inputs);
    QFETCH(QByteArray, correlations);
    QFETCH(QByteArray, path);
    QFile file(sampleFile("northwind.valor.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Json doc = Json::parse(file.readAll().toStdString(), nullptr, true, true);
    doc["monte_carlo"]["inputs"] = Json::parse("[" + inputs.toStdString() + "]");
    doc["monte_carlo"]["correlations"] = Json::parse("[" + correlations.toStdString() + "]");
    const QByteArray text = QByteArray::fromStdString(doc.dump());
    const QString dash = QStringLiteral("-");
    const QStringList simulate{QStringLiteral("montecarlo"), dash, QStringLiteral("--paths"),
                               QStringLiteral("1000")};
    const CliRun refused = runCli(simulate, text);
    QVERIFY2(!refused.exitedWith(0), refused.describe(simulate).constData());
    const QStringList validate{QStringLiteral("validate"), dash, QStringLiteral("--format"),
                               QStringLiteral("json")};
    const CliRun run = runCli(validate, text);
    QVERIFY2(run.exitedWith(1), run.describe(validate).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["valid"].get<bool>(), false);
    bool named = false;
    for (const Json& issue : out["issues"]) named = named || issue["path"] == path.toStdString();
    QVERIFY2(named, run.describe(validate).constData());
  }

  void simulationWithNoValuedPathExitsWithOne() {
    // Terminal growth uniform on [20 %, 30 %] never falls below the 10 % WACC.
    QFile file(dataFile("hand_case.valor.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Json doc = Json::parse(file.readAll().toStdString(), nullptr, true, true);
    doc["monte_carlo"] = Json::parse(
        R"({"paths": 500, "inputs": [{"field": "dcf.terminal_value.growth",
            "distribution": "uniform", "min": 0.2, "max": 0.3}]})");
    const QStringList args{QStringLiteral("montecarlo"), QStringLiteral("-")};
    const CliRun run = runCli(args, QByteArray::fromStdString(doc.dump()));
    QVERIFY2(run.exitedWith(1), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["valued_paths"].get<int>(), 0);
    QCOMPARE(out["unvalued_paths"]["growth_not_below_wacc"].get<int>(), 500);
    QVERIFY(out["mean"].is_null());
  }

  void tornadoWithExplicitRanges() {
    // Equity = EV − debt − minority interest + cash = 236.25 − 50 − 6.25 + cash = 180 + cash, so
    // cash from 10 to 40 moves equity from 190 to 220 (swing 30).
    const QStringList args{
        QStringLiteral("tornado"),  dataFile("hand_case.valor.json"),
        QStringLiteral("--inputs"), QStringLiteral("dcf.discount_rate.wacc"),
        QStringLiteral("--ranges"), QStringLiteral("dcf.equity_bridge.cash=10:40"),
        QStringLiteral("--output"), QStringLiteral("equity_value")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QCOMPARE(out["bars"].size(), std::size_t{2});
    for (const Json& bar : out["bars"])
      if (bar["field"] == "dcf.equity_bridge.cash") {
        QVERIFY(closeTo(bar["low"].get<double>(), 10));
        QVERIFY(closeTo(bar["high"].get<double>(), 40));
        QVERIFY(closeTo(bar["output_at_low"].get<double>(), 190));
        QVERIFY(closeTo(bar["output_at_high"].get<double>(), 220));
        QVERIFY(closeTo(bar["swing"].get<double>(), 30));
      }
    const QStringList bad{QStringLiteral("tornado"), dataFile("hand_case.valor.json"),
                          QStringLiteral("--ranges"), QStringLiteral("dcf.equity_bridge.cash=10")};
    const CliRun refused = runCli(bad);
    QVERIFY2(refused.exitedWith(2), refused.describe(bad).constData());
  }

  void goalSeekReachesTheTarget() {
    // Equity = 236.25 − 50 − 6.25 + cash (handCase_data): equity 210 needs cash 30.
    const QStringList args{QStringLiteral("goalseek"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--set"),    QStringLiteral("dcf.equity_bridge.cash"),
                           QStringLiteral("--target"), QStringLiteral("equity_value=210")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    QVERIFY2(out.is_object(), run.describe(args).constData());
    QCOMPARE(out["field"].get<std::string>(), std::string("dcf.equity_bridge.cash"));
    QVERIFY2(closeTo(out["value"].get<double>(), 30.0), run.describe(args).constData());
    QVERIFY2(closeTo(out["achieved"].get<double>(), 210.0), run.describe(args).constData());
    QCOMPARE(out["target"].get<double>(), 210.0);
    QCOMPARE(out["base"].get<double>(), 20.0);
  }

  void goalSeekImpliedWaccRevalues() {
    // The implied WACC for 20 per share, written into the file and valued again with
    // `evaluate`, gives 20 per share.
    const QStringList args{QStringLiteral("goalseek"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--set"),    QStringLiteral("dcf.discount_rate.wacc"),
                           QStringLiteral("--target"), QStringLiteral("value_per_share=20")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    const Json out = parseJson(run.out);
    const double wacc = out["value"].get<double>();
    QVERIFY2(wacc > 0.02 && wacc < 0.10, run.describe(args).constData());  // above g, below 10 %
    QVERIFY2(std::abs(out["achieved"].get<double>() - 20) <= 1e-9, run.describe(args).constData());

    QFile file(dataFile("hand_case.valor.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    Json scenario = Json::parse(text.constData(), text.constData() + text.size(), nullptr,
                                /*allow_exceptions=*/false, /*ignore_comments=*/true);
    QVERIFY(scenario.is_object());
    scenario["dcf"]["discount_rate"]["wacc"] = wacc;
    const QStringList evaluate{QStringLiteral("evaluate"), QStringLiteral("-")};
    const CliRun valued = runCli(evaluate, QByteArray::fromStdString(scenario.dump()));
    QVERIFY2(valued.exitedWith(0), valued.describe(evaluate).constData());
    QVERIFY2(std::abs(parseJson(valued.out)["value_per_share"].get<double>() - 20) <= 1e-9,
             valued.describe(evaluate).constData());
  }

  void goalSeekUnreachable() {
    // Cash is never negative, so equity cannot go below 180 (cash 0).
    const QStringList args{QStringLiteral("goalseek"), dataFile("hand_case.valor.json"),
                           QStringLiteral("--set"),    QStringLiteral("dcf.equity_bridge.cash"),
                           QStringLiteral("--target"), QStringLiteral("equity_value=-1000")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(1), run.describe(args).constData());
    QVERIFY2(run.err.contains("no value of dcf.equity_bridge.cash"),
             run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  void goalSeekBadUsage_data() {
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no target") << QStringList{QStringLiteral("--set"),
                                              QStringLiteral("dcf.discount_rate.wacc")};
    QTest::newRow("target without output")
        << QStringList{QStringLiteral("--set"), QStringLiteral("dcf.discount_rate.wacc"),
                       QStringLiteral("--target"), QStringLiteral("20")};
    QTest::newRow("unknown output")
        << QStringList{QStringLiteral("--set"), QStringLiteral("dcf.discount_rate.wacc"),
                       QStringLiteral("--target"), QStringLiteral("price=20")};
    QTest::newRow("value not a number")
        << QStringList{QStringLiteral("--set"), QStringLiteral("dcf.discount_rate.wacc"),
                       QStringLiteral("--target"), QStringLiteral("value_per_share=twenty")};
  }
  void goalSeekBadUsage() {
    QFETCH(QStringList, options);
    const QStringList args =
        QStringList{QStringLiteral("goalseek"), dataFile("hand_case.valor.json")} + options;
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.out.isEmpty(), run.describe(args).constData());
  }

  // --- schema ---------------------------------------------------------------------------------

  void schemaMatchesTheDocs() {
    const QStringList args{QStringLiteral("schema")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY(run.out.contains("| field | type |"));

    const QString docsPath =
        QString::fromUtf8(VALOR_TEST_DATA_DIR "/../../docs/scenario-format.md");
    QFile docs(docsPath);
    QVERIFY2(docs.open(QIODevice::ReadOnly),
             qPrintable(docsPath + QStringLiteral(": ") + docs.errorString()));
    const QByteArray text = docs.readAll();
    const QByteArray begin = "<!-- schema:begin -->";
    const QByteArray end = "<!-- schema:end -->";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, qPrintable(docsPath + QStringLiteral(" lacks the markers")));
    // Blank lines around the markers are layout, not content.
    const QByteArray documented = text.mid(from + begin.size(), to - from - begin.size()).trimmed();
    QCOMPARE(documented, run.out.trimmed());
  }

  // --- Golden outputs -----------------------------------------------------------------------
  // Written by the binary as it was before the model kinds moved behind one registry: the same
  // commands must keep printing the same bytes (the JSON keys are a published interface).

  void goldenOutputs_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<int>("exitCode");
    const QString eval = QStringLiteral("evaluate");
    for (const char* sample : {"northwind", "crescent", "helios"}) {
      const QString file = sampleFile((std::string(sample) + ".valor.json").c_str());
      QTest::addRow("%s evaluate", sample)
          << QStringList{eval, file}
          << QStringLiteral("%1.evaluate.json").arg(QLatin1String(sample)) << 0;
      QTest::addRow("%s table", sample)
          << QStringList{eval, file, QStringLiteral("--format"), QStringLiteral("table")}
          << QStringLiteral("%1.evaluate.txt").arg(QLatin1String(sample)) << 0;
    }
    // The LBO's, the M&A's and the real option's samples, written by the binaries that
    // introduced them: their keys are published.
    for (const char* sample : {"valueco", "pioneer", "patent"}) {
      const QString file = sampleFile((std::string(sample) + ".valor.json").c_str());
      QTest::addRow("%s evaluate", sample)
          << QStringList{eval, file}
          << QStringLiteral("%1.evaluate.json").arg(QLatin1String(sample)) << 0;
      QTest::addRow("%s table", sample)
          << QStringList{eval, file, QStringLiteral("--format"), QStringLiteral("table")}
          << QStringLiteral("%1.evaluate.txt").arg(QLatin1String(sample)) << 0;
    }
    for (const char* data : {"hand_case", "sample_full", "invalid_growth", "missing_year"}) {
      const bool valid = std::string(data) == "hand_case" || std::string(data) == "sample_full";
      QTest::addRow("%s evaluate", data)
          << QStringList{eval, dataFile((std::string(data) + ".valor.json").c_str())}
          << QStringLiteral("%1.evaluate.json").arg(QLatin1String(data)) << (valid ? 0 : 1);
    }
    const QString northwind = sampleFile("northwind.valor.json");
    QTest::addRow("validate northwind")
        << QStringList{QStringLiteral("validate"), northwind, QStringLiteral("--format"),
                       QStringLiteral("json")}
        << QStringLiteral("northwind.validate.json") << 0;
    QTest::addRow("validate invalid_growth")
        << QStringList{QStringLiteral("validate"), dataFile("invalid_growth.valor.json"),
                       QStringLiteral("--format"), QStringLiteral("json")}
        << QStringLiteral("invalid_growth.validate.json") << 1;
    QTest::addRow("montecarlo") << QStringList{QStringLiteral("montecarlo"), northwind,
                                               QStringLiteral("--paths"),    QStringLiteral("2000"),
                                               QStringLiteral("--threads"),  QStringLiteral("2")}
                                << QStringLiteral("northwind.montecarlo.json") << 0;
    QTest::addRow("sensitivity")
        << QStringList{QStringLiteral("sensitivity"),
                       northwind,
                       QStringLiteral("--x"),
                       QStringLiteral("dcf.discount_rate.wacc=0.07:0.11:5"),
                       QStringLiteral("--y"),
                       QStringLiteral("dcf.terminal_value.growth=0.01:0.03:3")}
        << QStringLiteral("northwind.sensitivity.json") << 0;
    QTest::addRow("tornado") << QStringList{QStringLiteral("tornado"), northwind}
                             << QStringLiteral("northwind.tornado.json") << 0;
    QTest::addRow("goalseek") << QStringList{QStringLiteral("goalseek"),
                                             northwind,
                                             QStringLiteral("--set"),
                                             QStringLiteral("dcf.discount_rate.wacc"),
                                             QStringLiteral("--target"),
                                             QStringLiteral("value_per_share=40")}
                              << QStringLiteral("northwind.goalseek.json") << 0;
  }

  void goldenOutputs() {
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    QFETCH(int, exitCode);
    QFile file(dataFile("golden/") + golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray expected = file.readAll();
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(exitCode), run.describe(args).constData());
    QVERIFY2(run.out == expected, run.describe(args).constData());
  }
};

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
