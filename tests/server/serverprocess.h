#pragma once
// A real valor-server process for the tests: admin commands run to completion, `serve` on
// 127.0.0.1 and a free port (read from its first line of output), stopped with SIGTERM or
// killed with SIGKILL by the test.
#include <algorithm>
#include <csignal>
#include <string>
#include <vector>

#include <QProcess>
#include <QStringList>
#include <QtTest>

#include "tests/server/pgtestdb.h"

namespace valor::testing {

inline QStringList toArgs(const std::vector<std::string>& args) {
  QStringList out;
  for (const std::string& a : args) out << QString::fromStdString(a);
  return out;
}

// Runs an admin command; its standard output (the test stops when the exit code differs).
inline std::string runServerCommand(const std::vector<std::string>& args, int expectedExit = 0) {
  QProcess p;
  p.start(QStringLiteral(VALOR_SERVER_PATH), toArgs(args));
  if (!p.waitForFinished(30'000)) qFatal("valor-server %s did not finish", args.front().c_str());
  if (p.exitCode() != expectedExit)
    qFatal("valor-server %s exited %d: %s", args.front().c_str(), p.exitCode(),
           p.readAllStandardError().constData());
  return p.readAllStandardOutput().toStdString();
}

// The password printed by `init`, `user add` or `user reset-password`.
inline std::string printedPassword(const std::string& output) {
  const std::string marker = "one-time password: ";
  const auto at = output.find(marker);
  if (at == std::string::npos) qFatal("no password in: %s", output.c_str());
  const auto end = output.find('\n', at);
  return output.substr(at + marker.size(), end - at - marker.size());
}

// Where a test's server keeps its data: DIR, and with VALOR_TEST_PG a fresh PostgreSQL database
// as well (init as the tables' owner, everything else as the server's role).
struct ServerData {
  explicit ServerData(std::string dataDir) : dir(std::move(dataDir)), db(freshTestDatabase()) {}
  std::vector<std::string> initArgs() const {
    std::vector<std::string> a{"--data", dir};
    if (db) a.insert(a.end(), {"--database", db->owner, "--app-role", "valor_app"});
    return a;
  }
  // For serve and the admin commands after init.
  std::vector<std::string> args() const {
    std::vector<std::string> a{"--data", dir};
    if (db) a.insert(a.end(), {"--database", db->app});
    return a;
  }
  std::string dir;
  std::optional<TestDatabase> db;
};

inline std::vector<std::string> operator+(std::vector<std::string> a,
                                          const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

class ServerProcess {
 public:
  explicit ServerProcess(const std::string& dataDir, std::vector<std::string> extra = {})
      : ServerProcess(std::vector<std::string>{"--data", dataDir}, std::move(extra)) {}
  // `where`: ServerData::args().
  ServerProcess(const std::vector<std::string>& where, std::vector<std::string> extra) {
    std::vector<std::string> args = std::vector<std::string>{"serve"} + where;
    args.insert(args.end(), {"--listen", "127.0.0.1:0"});
    args.insert(args.end(), extra.begin(), extra.end());
    if (std::find(extra.begin(), extra.end(), "--tls-cert") != extra.end()) scheme_ = "https";
    process_.start(QStringLiteral(VALOR_SERVER_PATH), toArgs(args));
    if (!process_.waitForStarted(10'000)) qFatal("valor-server did not start");
    std::string line;
    while (line.find('\n') == std::string::npos) {
      if (!process_.waitForReadyRead(10'000))
        qFatal("valor-server said nothing: %s", process_.readAllStandardError().constData());
      line += process_.readAllStandardOutput().toStdString();
    }
    const auto colon = line.rfind(':');
    port_ = std::stoi(line.substr(colon + 1));
  }
  ~ServerProcess() {
    if (process_.state() != QProcess::NotRunning) {
      process_.kill();
      process_.waitForFinished(10'000);
    }
  }

  std::string base() const { return scheme_ + "://127.0.0.1:" + std::to_string(port_); }
  QProcess& process() { return process_; }
  void kill() {
    ::kill(static_cast<pid_t>(process_.processId()), SIGKILL);
    process_.waitForFinished(10'000);
  }
  // SIGTERM; the exit code, or -1 when it did not stop within `ms`.
  int terminate(int ms) {
    process_.terminate();
    if (!process_.waitForFinished(ms)) return -1;
    return process_.exitStatus() == QProcess::NormalExit ? process_.exitCode() : -1;
  }

 private:
  QProcess process_;
  std::string scheme_ = "http";
  int port_ = 0;
};

}  // namespace valor::testing
