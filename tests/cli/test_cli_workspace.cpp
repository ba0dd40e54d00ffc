// valor-cli's workspace commands (workspace …, apply) as a user runs them: what enters a
// workspace must be readable, complete and exportable again, and a refused change leaves the
// workspace as it was (same history, same bytes).
#include <nlohmann/json.hpp>

#include <string>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

#include "tests/cli/clirun.h"

namespace {

using Json = nlohmann::json;
using valor::testing::CliRun;
using valor::testing::dataFile;
using valor::testing::runCli;

QByteArray fileHash(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return "(unreadable)";
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliWorkspace : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  int made_ = 0;

  QString path(const QString& name) const { return dir_.filePath(name); }

  // A new workspace holding the hand case; its path.
  QString workspaceWithHandCase() {
    const QString ws = path(QStringLiteral("ws%1.valor").arg(++made_));
    const QStringList create{QStringLiteral("workspace"), QStringLiteral("create"), ws};
    const CliRun created = runCli(create);
    if (!created.exitedWith(0)) qWarning("%s", created.describe(create).constData());
    const QStringList import{QStringLiteral("workspace"), QStringLiteral("import"), ws,
                             dataFile("hand_case.valor.json")};
    const CliRun imported = runCli(import);
    if (!imported.exitedWith(0)) qWarning("%s", imported.describe(import).constData());
    return ws;
  }

  // How many changes the hand case's history holds.
  int historyLength(const QString& ws) {
    const QStringList args{
        QStringLiteral("workspace"),          QStringLiteral("history"),  ws,
        QStringLiteral("Hand-checkable DCF"), QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun run = runCli(args);
    if (!run.exitedWith(0)) {
      qWarning("%s", run.describe(args).constData());
      return -1;
    }
    const Json json = Json::parse(run.out.toStdString(), nullptr, false);
    return json.is_array() ? static_cast<int>(json.size()) : -2;
  }

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  // A key given twice would keep one value silently; it is refused with its path, in a patch,
  // a mutation and an imported file alike, and nothing is written.
  void duplicateKeysAreRefusedWithTheirPath_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("apply, a field set twice")
        << QStringLiteral("apply")
        << QByteArray(R"({"label": "Two WACCs", "set": {"dcf.discount_rate.wacc": 0.09,
                                                          "dcf.discount_rate.wacc": 0.11}})")
        << QByteArray("set.dcf.discount_rate.wacc");
    QTest::newRow("apply, a label given twice")
        << QStringLiteral("apply")
        << QByteArray(R"({"label": "a", "set": {"dcf.discount_rate.wacc": 0.09}, "label": "b"})")
        << QByteArray("label");
    QTest::newRow("import, a name given twice")
        << QStringLiteral("import")
        << QByteArray(R"({"schema": "valor.scenario/1", "name": "A", "model": "dcf",
                          "name": "B"})")
        << QByteArray("name");
  }
  void duplicateKeysAreRefusedWithTheirPath() {
    QFETCH(QString, command);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, path);
    const QString ws = workspaceWithHandCase();
    QCOMPARE(historyLength(ws), 1);
    const QString file = this->path(QStringLiteral("input%1.json").arg(made_));
    QVERIFY(writeFile(file, text));
    const QStringList args =
        command == QLatin1String("apply")
            ? QStringList{command, ws, QStringLiteral("Hand-checkable DCF"), file}
            : QStringList{QStringLiteral("workspace"), command, ws, file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains(path + " is given twice"), run.describe(args).constData());
    QCOMPARE(historyLength(ws), 1);
    const QStringList list{QStringLiteral("workspace"), QStringLiteral("list"), ws,
                           QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun listed = runCli(list);
    QVERIFY2(listed.exitedWith(0), listed.describe(list).constData());
    QCOMPARE(Json::parse(listed.out.toStdString(), nullptr, false).size(), std::size_t{1});
  }

  // Text at every limit enters, is given back by history, export and import, and comes back
  // the same: a name of 200 two-byte characters, a description of 10,000 over several lines,
  // a label of 500 and an author of 200 characters.
  void textAtTheLimitsRoundTrips() {
    const QString ws = path(QStringLiteral("limits.valor"));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitedWith(0));
    Json scenario =
        Json::parse(runCli({QStringLiteral("new"), QStringLiteral("dcf")}).out.toStdString(),
                    nullptr, false, /*ignore_comments=*/true);
    QVERIFY(scenario.is_object());
    std::string name;
    for (int i = 0; i < 200; ++i) name += "\xc3\xa9";  // é
    std::string description;
    for (int i = 0; i < 100; ++i) description += std::string(98, 'd') + "\t\n";
    QCOMPARE(description.size(), std::size_t{10000});
    scenario["name"] = name;
    scenario["description"] = description;
    const QString file = path(QStringLiteral("limits.valor.json"));
    QVERIFY(writeFile(file, QByteArray::fromStdString(scenario.dump(2))));
    const QStringList import{QStringLiteral("workspace"), QStringLiteral("import"), ws, file};
    const CliRun imported = runCli(import);
    QVERIFY2(imported.exitedWith(0), imported.describe(import).constData());

    const QString patch = path(QStringLiteral("limits.patch.json"));
    QVERIFY(writeFile(patch, R"({"set": {"dcf.discount_rate.wacc": 0.095}})"));
    const QString label = QString(500, QChar(0x00FC));   // ü
    const QString author = QString(200, QChar(0x4E2D));  // 中, three bytes each
    const QStringList apply{QStringLiteral("apply"),   ws,    QString::fromStdString(name), patch,
                            QStringLiteral("--label"), label, QStringLiteral("--author"),   author};
    const CliRun applied = runCli(apply);
    QVERIFY2(applied.exitedWith(0), applied.describe(apply).constData());
    const QStringList version{QStringLiteral("workspace"),  QStringLiteral("versions"), ws,
                              QString::fromStdString(name), QStringLiteral("--save"),   label};
    const CliRun saved = runCli(version);
    QVERIFY2(saved.exitedWith(0), saved.describe(version).constData());

    const QStringList history{
        QStringLiteral("workspace"),  QStringLiteral("history"),  ws,
        QString::fromStdString(name), QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun logged = runCli(history);
    QVERIFY2(logged.exitedWith(0), logged.describe(history).constData());
    const Json entries = Json::parse(logged.out.toStdString(), nullptr, false);
    QVERIFY2(entries.is_array() && entries.size() == 3, logged.out.constData());
    QCOMPARE(QString::fromStdString(entries[1].value("label", std::string())), label);
    QCOMPARE(QString::fromStdString(entries[1].value("author", std::string())), author);
    // Saving the version is an entry too; its code keeps the whole name.
    QVERIFY(entries[2]["label_code"] == Json::array({"save_version", label.toStdString()}));

    // Exported, imported as a copy into another workspace, exported again: the same texts.
    const QString exported = path(QStringLiteral("limits.export.json"));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("export"), ws,
                    QStringLiteral("--output"), exported})
                .exitedWith(0));
    const QString other = path(QStringLiteral("limits2.valor"));
    QVERIFY(runCli({QStringLiteral("workspace"), QStringLiteral("create"), other}).exitedWith(0));
    const QStringList again{QStringLiteral("workspace"), QStringLiteral("import"), other, exported};
    const CliRun reimported = runCli(again);
    QVERIFY2(reimported.exitedWith(0), reimported.describe(again).constData());
    const QStringList show{QStringLiteral("workspace"), QStringLiteral("show"), other,
                           QString::fromStdString(name)};
    const CliRun shown = runCli(show);
    QVERIFY2(shown.exitedWith(0), shown.describe(show).constData());
    const Json back = Json::parse(shown.out.toStdString(), nullptr, false, true);
    QCOMPARE(back.value("name", std::string()), name);
    QCOMPARE(back.value("description", std::string()), description);
  }

  // One character over a limit, or a control character in a one-line text, is refused at every
  // door with the field named; nothing is written.
  void textOverTheLimitsIsRefused_data() {
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("mentions");
    const QByteArray fine = R"({"set": {"dcf.discount_rate.wacc": 0.095}})";
    QTest::newRow("a name of 201 characters")
        << QStringList() << QStringList()
        << QByteArray("{\"set\": {\"name\": \"") + QByteArray(201, 'n') + "\"}}"
        << QByteArray("longer than 200 characters");
    QTest::newRow("a description of 10,001 characters")
        << QStringList() << QStringList()
        << QByteArray("{\"set\": {\"description\": \"") + QByteArray(10001, 'd') + "\"}}"
        << QByteArray("longer than 10000 characters");
    QTest::newRow("an escape character in the name")
        << QStringList() << QStringList() << QByteArray("{\"set\": {\"name\": \"a\\u001b[2Jb\"}}")
        << QByteArray("control character U+001B");
    QTest::newRow("a NUL in the name")
        << QStringList() << QStringList() << QByteArray("{\"set\": {\"name\": \"a\\u0000b\"}}")
        << QByteArray("control character U+0000");
    QTest::newRow("a patch label of 501 characters")
        << QStringList() << QStringList()
        << QByteArray("{\"label\": \"") + QByteArray(501, 'l') +
               "\", \"set\": {\"dcf.discount_rate.wacc\": 0.095}}"
        << QByteArray("label is longer than 500 characters");
    QTest::newRow("--label of 501 characters")
        << QStringList{QStringLiteral("--label"), QString(501, QLatin1Char('l'))} << QStringList()
        << fine << QByteArray("label is longer than 500 characters");
    QTest::newRow("--author with a line break")
        << QStringList{QStringLiteral("--author"), QStringLiteral("ann\nbob")} << QStringList()
        << fine << QByteArray("control character U+000A");
    QTest::newRow("VALOR_AUTHOR with an escape")
        << QStringList() << QStringList{QStringLiteral("VALOR_AUTHOR=x\x1b]0;pwned\x07")} << fine
        << QByteArray("control character U+001B");
  }
  void textOverTheLimitsIsRefused() {
    QFETCH(QStringList, extraArgs);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, mentions);
    const QString ws = workspaceWithHandCase();
    const QString file = path(QStringLiteral("over%1.json").arg(made_));
    QVERIFY(writeFile(file, patch));
    const QStringList args =
        QStringList{QStringLiteral("apply"), ws, QStringLiteral("Hand-checkable DCF"), file} +
        extraArgs;
    const CliRun run = runCli(args, {}, env);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains(mentions), run.describe(args).constData());
    QCOMPARE(historyLength(ws), 1);
  }

  // The last version's name is set by saving a version, never by a patch.
  void patchSettingTheVersionNameIsRefused() {
    const QString ws = workspaceWithHandCase();
    const QString file = path(QStringLiteral("version.json"));
    QVERIFY(writeFile(file, R"({"set": {"version": "Board pack"}})"));
    const QStringList args{QStringLiteral("apply"), ws, QStringLiteral("Hand-checkable DCF"), file};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(2), run.describe(args).constData());
    QVERIFY2(run.err.contains("\"version\" changes only by saving a named version"),
             run.describe(args).constData());
    QCOMPARE(historyLength(ws), 1);
  }

  // Bytes that are not UTF-8 can only arrive through the command line or the environment.
  void invalidUtf8AuthorIsRefused() {
    const QString ws = workspaceWithHandCase();
    const QString file = path(QStringLiteral("utf8.json"));
    QVERIFY(writeFile(file, R"({"set": {"dcf.discount_rate.wacc": 0.095}})"));
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("VALOR_AUTHOR=\"$(printf 'a\\377b')\" \"$0\" apply \"$1\" "
                                "'Hand-checkable DCF' \"$2\""),
                 valor::testing::cliPath(), ws, file});
    QVERIFY(shell.waitForFinished(30000));
    const QByteArray err = shell.readAllStandardError();
    QCOMPARE(shell.exitCode(), 2);
    QVERIFY2(err.contains("not valid UTF-8"), err.constData());
    QCOMPARE(historyLength(ws), 1);
  }

  // workspace backup: one file that opens as the same workspace; an existing file is refused.
  void backupIsACompleteWorkspace() {
    const QString ws = workspaceWithHandCase();
    const QString copy = path(QStringLiteral("backup%1.valor").arg(made_));
    const QStringList args{QStringLiteral("workspace"), QStringLiteral("backup"), ws, copy};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QCOMPARE(historyLength(copy), 1);
    const QByteArray before = fileHash(copy);
    const CliRun again = runCli(args);
    QVERIFY2(again.exitedWith(2) && again.err.contains("exists already"),
             again.describe(args).constData());
    QCOMPARE(fileHash(copy), before);
  }

  // A statement in thousands enters the hand case (USD millions, base revenue 100) as one
  // change: 99,500 thousands is 99.5 millions. The scenario file shows each line with its years
  // and its source. A statement without its unit, or one a thousand times off, is refused with
  // the reason and leaves the workspace byte for byte as it was.
  void importsActualsFromAStatement() {
    const QString ws = workspaceWithHandCase();
    const int before = historyLength(ws);
    const QString csv = path(QStringLiteral("statements.csv"));
    QVERIFY(writeFile(csv,
                      "Income statement (USD in thousands),,\n"
                      ",FY2024,FY2025\n"
                      "Net sales,\"90,000\",\"99,500\"\n"
                      "Operating income,\"13,500\",\"(1,000)\"\n"
                      "Employees,310,320\n"));
    const QStringList args{QStringLiteral("import-actuals"),     ws,
                           QStringLiteral("Hand-checkable DCF"), csv,
                           QStringLiteral("--author"),           QStringLiteral("dana")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY2(run.out.contains("imported 4 figures of 2 lines from statements.csv (in thousands)"),
             run.out.constData());
    QVERIFY(run.out.contains("revenue: 2024–2025 (statements.csv, row 3, in thousands)"));
    QVERIFY(run.out.contains("not imported, no such line: Employees"));
    QCOMPARE(historyLength(ws), before + 1);

    const QStringList show{QStringLiteral("workspace"), QStringLiteral("show"), ws,
                           QStringLiteral("Hand-checkable DCF")};
    const CliRun shown = runCli(show);
    QVERIFY2(shown.exitedWith(0), shown.describe(show).constData());
    const Json doc = Json::parse(shown.out.toStdString(), nullptr, false, true);
    const Json& actuals = doc["actuals"];
    QCOMPARE(actuals["revenue"]["values"]["2025"].get<double>(), 99.5);
    QCOMPARE(actuals["revenue"]["values"]["2024"].get<double>(), 90.0);
    QCOMPARE(actuals["ebit"]["values"]["2025"].get<double>(), -1.0);
    QCOMPARE(actuals["revenue"]["source"].get<std::string>(),
             std::string("statements.csv, row 3, in thousands"));

    const QByteArray hash = fileHash(ws);
    // No unit stated and none given.
    const QString plain = path(QStringLiteral("plain.csv"));
    QVERIFY(writeFile(plain, ",2023\nRevenue,95\n"));
    const QStringList noUnit{QStringLiteral("import-actuals"), ws,
                             QStringLiteral("Hand-checkable DCF"), plain};
    const CliRun refused = runCli(noUnit);
    QVERIFY2(refused.exitedWith(2) && refused.err.contains("--unit units|thousands"),
             refused.describe(noUnit).constData());
    // Said to be in millions but in units: 99,500,000 millions against the base year's 100.
    const QString wrong = path(QStringLiteral("wrong.csv"));
    QVERIFY(writeFile(wrong, "in millions,2025\nRevenue,99500000\n"));
    const QStringList mismatch{QStringLiteral("import-actuals"), ws,
                               QStringLiteral("Hand-checkable DCF"), wrong};
    const CliRun off = runCli(mismatch);
    QVERIFY2(off.exitedWith(2) && off.err.contains("more than 100 times off") &&
                 off.err.contains("--confirm-unit"),
             off.describe(mismatch).constData());
    QCOMPARE(fileHash(ws), hash);
    QCOMPARE(historyLength(ws), before + 1);
  }

  // A workbook's sheet, named with --sheet; a sheet it does not have is named with those it has.
  void importsActualsFromAWorkbookSheet() {
    const QString ws = workspaceWithHandCase();
    const QString xlsx = path(QStringLiteral("report.xlsx"));
    lxw_workbook* book = workbook_new(xlsx.toStdString().c_str());
    worksheet_write_string(workbook_add_worksheet(book, "Notes"), 0, 0, "Unaudited", nullptr);
    lxw_worksheet* pl = workbook_add_worksheet(book, "P&L");
    worksheet_write_string(pl, 0, 0, "USD in thousands", nullptr);
    worksheet_write_number(pl, 0, 1, 2025, nullptr);
    worksheet_write_string(pl, 1, 0, "Revenue", nullptr);
    worksheet_write_formula_num(pl, 1, 1, "=90000*1.1", nullptr, 99000);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    const QString scenario = QStringLiteral("Hand-checkable DCF");
    const QStringList args{QStringLiteral("import-actuals"),
                           ws,
                           scenario,
                           xlsx,
                           QStringLiteral("--sheet"),
                           QStringLiteral("P&L")};
    const CliRun run = runCli(args);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY2(run.out.contains("revenue: 2025 (report.xlsx, sheet P&L, row 2, in thousands)"),
             run.out.constData());
    const QStringList wrongSheet{QStringLiteral("import-actuals"),
                                 ws,
                                 scenario,
                                 xlsx,
                                 QStringLiteral("--sheet"),
                                 QStringLiteral("GuV")};
    const CliRun missing = runCli(wrongSheet);
    QVERIFY2(missing.exitedWith(2) && missing.err.contains("(it has Notes, P&L)"),
             missing.describe(wrongSheet).constData());

    // Rows the built-in labels do not know, put on lines by a mapping file.
    const QString csv = path(QStringLiteral("inland.csv"));
    QVERIFY(writeFile(csv, "in thousands,2025\nUmsatz Inland,\"98,000\"\n"));
    const QString mapping = path(QStringLiteral("mapping.json"));
    QVERIFY(writeFile(mapping, R"({"lines": {"Umsatz Inland": "revenue"}})"));
    const QStringList unmapped{QStringLiteral("import-actuals"), ws, scenario, csv};
    const CliRun refused = runCli(unmapped);
    QVERIFY2(refused.exitedWith(2) && refused.err.contains("rows with figures: Umsatz Inland"),
             refused.describe(unmapped).constData());
    const QStringList withMapping{QStringLiteral("import-actuals"), ws,     scenario, csv,
                                  QStringLiteral("--mapping"),      mapping};
    const CliRun mapped = runCli(withMapping);
    QVERIFY2(mapped.exitedWith(0) && mapped.out.contains("revenue: 2025 (inland.csv, row 2"),
             mapped.describe(withMapping).constData());
  }

  // A workspace with damaged pages refuses every write and says what to do; its file is left
  // byte for byte as it was.
  void damagedWorkspaceRefusesWrites() {
    const QString ws = workspaceWithHandCase();
    QFile file(ws);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.size() >= 4 * 4096);
    for (int i = 0; i < 8; ++i) bytes[3 * 4096 + i] = '\xff';  // the start of the fourth page
    QVERIFY(writeFile(ws, bytes));
    const QByteArray before = fileHash(ws);
    const QString patch = path(QStringLiteral("patch.json"));
    QVERIFY(writeFile(patch, R"({"set": {"dcf.discount_rate.wacc": 0.09}})"));
    const QList<QStringList> writes{
        {QStringLiteral("apply"), ws, QStringLiteral("Hand-checkable DCF"), patch},
        {QStringLiteral("workspace"), QStringLiteral("import"), ws,
         dataFile("hand_case.valor.json"), QStringLiteral("--copy")},
    };
    for (const QStringList& args : writes) {
      const CliRun run = runCli(args);
      QVERIFY2(run.exitedWith(2), run.describe(args).constData());
      QVERIFY2(run.err.contains("damaged") && run.err.contains(".backups"),
               run.describe(args).constData());
      QCOMPARE(fileHash(ws), before);
    }
  }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "test_cli_workspace.moc"
