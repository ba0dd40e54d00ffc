// The application log: nothing is written before it is started; once started, lines at or above
// the chosen level reach valor.log in the given directory, and a bad directory is reported.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include "core/common/log.h"

class TestLog : public QObject {
  Q_OBJECT

 private slots:
  void writesAtTheChosenLevel() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    valor::logWarning("before the start: goes nowhere");
    const QString logs = dir.filePath(QStringLiteral("logs"));
    QCOMPARE(valor::startLogging(logs.toStdString(), "warn"), std::string());
    valor::logInfo("below the level");
    valor::logWarning("a change was not saved");
    valor::logError("a job failed");
    QFile file(logs + QStringLiteral("/valor.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));  // every line is flushed at once
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("warning [") && text.contains("] a change was not saved"),
             text.constData());
    QVERIFY(text.contains("error [") && text.contains("] a job failed"));
    QVERIFY(!text.contains("below the level"));
    QVERIFY(!text.contains("before the start"));
  }

  void aDirectoryThatCannotBeMadeIsReported() {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A directory cannot be made inside a plain file.
    const std::string problem =
        valor::startLogging(dir.filePath(QStringLiteral("file/logs")).toStdString(), "info");
    QVERIFY(problem.find("cannot write the log") != std::string::npos);
  }
};

QTEST_APPLESS_MAIN(TestLog)
#include "test_log.moc"
