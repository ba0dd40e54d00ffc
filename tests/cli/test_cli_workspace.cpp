// valor-cli's workspace commands (workspace …, apply) as a user runs them: what enters a
// workspace must be readable, complete and exportable again, and a refused change leaves the
// workspace as it was (same history, same bytes).
#include <nlohmann/json.hpp>

#include <string>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

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
