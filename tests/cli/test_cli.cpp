// valor-cli as a user runs it: the real binary in a child process, arguments, stdin, stdout,
// stderr and exit codes (0 ok, 1 validation issues, 2 unreadable or invalid file / bad usage).
//
// Expected numbers are worked out by hand in the comments, never copied from the program.
#include <nlohmann/json.hpp>

#include <cmath>
#include <random>
#include <string>

#include <QtTest>

namespace {

using Json = nlohmann::json;

constexpr int kTimeoutMs = 30000;

QString cliPath() {
  return QString::fromUtf8(VALOR_CLI_PATH);
}
QString dataFile(const char* name) {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR) + QLatin1Char('/') + QLatin1String(name);
}

struct CliRun {
  bool finished = false;
  QProcess::ExitStatus status = QProcess::CrashExit;
  int exitCode = -1;
  QByteArray out;
  QByteArray err;

  bool exitedWith(int code) const {
    return finished && status == QProcess::NormalExit && exitCode == code;
  }
  // Everything a failure message needs: the command, the exit and both streams (shortened).
  QByteArray describe(const QStringList& args) const {
    auto cut = [](const QByteArray& s) { return s.size() > 1500 ? s.left(1500) + "…" : s; };
    return "\n$ valor-cli " + args.join(QLatin1Char(' ')).toUtf8() +
           "\nfinished: " + (finished ? "yes" : "no (timeout)") +
           ", status: " + (status == QProcess::NormalExit ? "normal" : "crashed") +
           ", exit code: " + QByteArray::number(exitCode) + "\nstdout: " + cut(out) +
           "\nstderr: " + cut(err);
  }
};

// Runs valor-cli with `args`; `input` (if given) is written to its stdin, which is then closed.
CliRun runCli(const QStringList& args, const QByteArray& input = {}) {
  CliRun run;
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
  process.setProcessEnvironment(env);
  process.start(cliPath(), args);
  if (!process.waitForStarted(kTimeoutMs)) {
    run.err = "could not start " + cliPath().toUtf8() + ": " + process.errorString().toUtf8();
    return run;
  }
  if (!input.isEmpty()) process.write(input);
  process.closeWriteChannel();  // EOF on stdin, so "-" never waits
  run.finished = process.waitForFinished(kTimeoutMs);
  if (!run.finished) {
    process.kill();
    process.waitForFinished(kTimeoutMs);
  }
  run.status = process.exitStatus();
  run.exitCode = process.exitCode();
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

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
        << QStringList{QStringLiteral("new"), QStringLiteral("lbo")}
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
};

QTEST_APPLESS_MAIN(TestCli)
#include "test_cli.moc"
