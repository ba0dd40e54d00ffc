#include "tests/cli/clirun.h"

#include <QProcessEnvironment>

namespace valor::testing {

namespace {
constexpr int kTimeoutMs = 30000;
}

QString cliPath() {
  return QString::fromUtf8(VALOR_CLI_PATH);
}
QString dataFile(const char* name) {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR) + QLatin1Char('/') + QLatin1String(name);
}
QString sampleFile(const char* name) {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR "/../../resources/samples/") + QLatin1String(name);
}

QByteArray CliRun::describe(const QStringList& args) const {
  auto cut = [](const QByteArray& s) { return s.size() > 1500 ? s.left(1500) + "…" : s; };
  return "\n$ valor-cli " + args.join(QLatin1Char(' ')).toUtf8() +
         "\nfinished: " + (finished ? "yes" : "no (timeout)") +
         ", status: " + (status == QProcess::NormalExit ? "normal" : "crashed") +
         ", exit code: " + QByteArray::number(exitCode) + "\nstdout: " + cut(out) +
         "\nstderr: " + cut(err);
}

CliRun runCli(const QStringList& args, const QByteArray& input, const QStringList& extraEnv) {
  CliRun run;
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
  for (const QString& variable : extraEnv) {
    const qsizetype eq = variable.indexOf(QLatin1Char('='));
    env.insert(variable.left(eq), variable.mid(eq + 1));
  }
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

}  // namespace valor::testing
