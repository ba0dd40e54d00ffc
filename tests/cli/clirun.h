#pragma once
// valor-cli in a child process, as a user runs it: arguments, stdin, stdout, stderr, exit code.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace valor::testing {

QString cliPath();
QString dataFile(const char* name);
QString sampleFile(const char* name);

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
  QByteArray describe(const QStringList& args) const;
};

// Runs valor-cli with `args`; `input` (if given) is written to its stdin, which is then closed.
// `extraEnv` adds variables ("NAME=value") to the child's environment.
CliRun runCli(const QStringList& args, const QByteArray& input = {},
              const QStringList& extraEnv = {});

}  // namespace valor::testing
