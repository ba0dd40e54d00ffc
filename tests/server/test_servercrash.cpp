// Crash safety of valor-server: three clients push concurrently while the server is killed
// with SIGKILL at a random moment, over and over; after each restart the clients retry what
// had no answer. In the end: no acknowledged mutation lost, none applied twice, each client's
// sequence in the log without gaps or repeats, revisions without gaps, and the audit chain
// intact. Each kill comes at a random moment after the round's first acknowledged push, so
// every round tests something however slow the build. VALOR_CRASH_ROUNDS sets the number of
// kills (200 by default, about 20 s). With
// VALOR_TEST_PG the server runs on PostgreSQL, and two server processes on one database take
// concurrent pushes to one scenario with the same checks.
#include "core/ops/mutationjson.h"
#include "tests/server/httpclient.h"
#include "tests/server/serverprocess.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <QTemporaryDir>
#include <QtTest>

using namespace valor::testing;
using Json = nlohmann::ordered_json;

namespace {

int rounds() {
  const char* text = std::getenv("VALOR_CRASH_ROUNDS");
  return text ? std::max(1, std::atoi(text)) : 200;
}

// One client's state, kept across server restarts as a real client keeps its queue.
struct Client {
  std::string id;
  valor::Id dcf;
  std::int64_t nextSeq = 1;
  std::map<std::int64_t, std::int64_t> acked;  // client_seq → revision
  std::string failure;

  // The mutation for `seq`: the same bytes every time it is sent.
  Json push(std::int64_t seq) const {
    valor::Mutation m;
    m.id = valor::seededIdGenerator(static_cast<std::uint64_t>(seq) * 131 + id.back())();
    m.author = id;
    m.baseRevision = 1;
    m.label = "Set terminal growth";
    valor::Op op;
    op.kind = valor::OpKind::Set;
    op.entity = dcf;
    op.field = "terminal_value.growth";
    op.value = 0.01 + 1e-5 * static_cast<double>(seq);
    m.ops = {op};
    return Json{{"client_id", id},
                {"mutations",
                 Json::array({Json{{"client_seq", seq}, {"mutation", valor::mutationToJson(m)}}})}};
  }

  // Pushes until the server stops answering; counts each acknowledged push in `progress`.
  void run(const std::string& base, const std::string& token, const std::string& scenario,
           std::atomic<std::size_t>& progress) {
    HttpClient http(base);
    for (;;) {
      auto r =
          http.request("POST", "/v1/scenarios/" + scenario + "/push", push(nextSeq).dump(), token);
      if (r.status == 0) return;  // killed
      if (r.status != 200) {
        failure = "push answered " + std::to_string(r.status) + ": " + r.body;
        return;
      }
      const Json result = Json::parse(r.body)["results"][0];
      if (result["status"] != "applied") {
        failure = "push of " + std::to_string(nextSeq) + " answered " + result.dump();
        return;
      }
      acked[nextSeq] = result["revision"].get<std::int64_t>();
      ++nextSeq;
      ++progress;
    }
  }
};

// The shared scenario the clients push to, made through a first server process.
struct Setup {
  std::string token;
  std::string scenario;
  valor::Id dcf;
};

Setup prepare(const ServerData& data) {
  const std::string handedOut = printedPassword(
      runServerCommand(std::vector<std::string>{"init"} + data.initArgs() +
                       std::vector<std::string>{"--tenant", "Acme", "--owner", "ann@acme.test"}));
  Setup setup;
  ServerProcess server(data.args(), {});
  HttpClient http(server.base());
  auto login = http.request("POST", "/v1/login",
                            Json{{"email", "ann@acme.test"}, {"password", handedOut}}.dump());
  if (login.status != 200) qFatal("login: %ld", login.status);
  const std::string session = Json::parse(login.body)["token"].get<std::string>();
  if (http.request("POST", "/v1/password",
                   Json{{"current", handedOut}, {"new", "a password of my own"}}.dump(), session)
          .status != 204)
    qFatal("password change refused");
  auto created = http.request("POST", "/v1/tokens",
                              Json{{"label", "crash test"}, {"scope", "write"}}.dump(), session);
  if (created.status != 201) qFatal("token: %ld", created.status);
  setup.token = Json::parse(created.body)["token"].get<std::string>();
  QProcess cli;
  cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
  if (!cli.waitForFinished(10'000)) qFatal("valor-cli new did not finish");
  auto upload =
      http.request("POST", "/v1/scenarios", cli.readAllStandardOutput().toStdString(), setup.token);
  if (upload.status != 201) qFatal("upload: %ld", upload.status);
  setup.scenario = Json::parse(upload.body)["id"].get<std::string>();
  const Json doc =
      Json::parse(http.request("GET", "/v1/scenarios/" + setup.scenario, {}, setup.token).body);
  for (const Json& e : doc["document"])
    if (e["type"] == "dcf") setup.dcf = *valor::Id::parse(e["id"].get<std::string>());
  server.kill();
  return setup;
}

// Waits until `progress` passes `from`, so a kill never comes before the round did anything.
bool someoneWasAcknowledged(const std::atomic<std::size_t>& progress, std::size_t from) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (progress.load() <= from) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

std::vector<Client> clientsFor(const Setup& setup, std::size_t n) {
  std::vector<Client> clients(n);
  for (std::size_t k = 0; k < n; ++k) {
    clients[k].id = "crash-client-" + std::to_string(k);
    clients[k].dcf = setup.dcf;
  }
  return clients;
}

// Every client sends what had no answer once more; then the whole log must hold every
// acknowledged mutation once, at the revision acknowledged, each client's sequences without
// gaps or repeats, revisions without gaps, and the audit chain must verify.
void healAndCheck(const ServerData& data, const Setup& setup, std::vector<Client>& clients) {
  ServerProcess server(data.args(), {});
  for (Client& c : clients) {
    HttpClient http(server.base());
    auto r = http.request("POST", "/v1/scenarios/" + setup.scenario + "/push",
                          c.push(c.nextSeq).dump(), setup.token);
    if (r.status != 200) qFatal("heal: %ld %s", r.status, r.body.c_str());
    c.acked[c.nextSeq] = Json::parse(r.body)["results"][0]["revision"].get<std::int64_t>();
  }
  HttpClient http(server.base());
  std::vector<Json> log;
  for (bool more = true; more;) {
    const Json page = Json::parse(http.request("GET",
                                               "/v1/scenarios/" + setup.scenario +
                                                   "/pull?since=" + std::to_string(log.size()),
                                               {}, setup.token)
                                      .body);
    for (const Json& m : page["mutations"]) log.push_back(m);
    more = page["more"].get<bool>();
  }
  std::map<std::string, std::vector<std::int64_t>> seqs;
  for (std::size_t i = 0; i < log.size(); ++i) {
    if (log[i]["revision"].get<std::size_t>() != i + 1) qFatal("a gap at revision %zu", i + 1);
    if (log[i].contains("client_id"))
      seqs[log[i]["client_id"].get<std::string>()].push_back(
          log[i]["client_seq"].get<std::int64_t>());
  }
  std::size_t acknowledged = 0;
  for (const Client& c : clients) {
    const auto& mine = seqs[c.id];
    if (mine.size() != c.acked.size())
      qFatal("%s: %zu in the log, %zu acknowledged", c.id.c_str(), mine.size(), c.acked.size());
    for (std::size_t i = 0; i < mine.size(); ++i)
      if (mine[i] != static_cast<std::int64_t>(i + 1)) qFatal("%s: out of sequence", c.id.c_str());
    for (const auto& [seq, revision] : c.acked) {
      const Json& at = log[static_cast<std::size_t>(revision - 1)];
      if (at["client_id"].get<std::string>() != c.id || at["client_seq"].get<std::int64_t>() != seq)
        qFatal("%s: sequence %lld is not at revision %lld", c.id.c_str(),
               static_cast<long long>(seq), static_cast<long long>(revision));
    }
    acknowledged += c.acked.size();
  }
  if (server.terminate(10'000) != 0) qFatal("the server did not stop");
  const std::string verified =
      runServerCommand(std::vector<std::string>{"audit", "verify"} + data.args() +
                       std::vector<std::string>{"--tenant", "Acme"});
  if (verified.find("entries intact") == std::string::npos) qFatal("%s", verified.c_str());
  qInfo("%zu mutations acknowledged, %zu revisions", acknowledged, log.size());
}

}  // namespace

class TestServerCrash : public QObject {
  Q_OBJECT

 private slots:
  void killDuringConcurrentPushes() {
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    const Setup setup = prepare(data);
    std::vector<Client> clients = clientsFor(setup, 3);
    std::mt19937 random(20261205);
    std::atomic<std::size_t> progress = 0;
    const int n = rounds();
    for (int round = 0; round < n; ++round) {
      ServerProcess server(data.args(), {});
      std::vector<std::thread> threads;
      const std::size_t before = progress.load();
      for (Client& c : clients)
        threads.emplace_back([&c, &server, &setup, &progress] {
          c.run(server.base(), setup.token, setup.scenario, progress);
        });
      const bool pushed = someoneWasAcknowledged(progress, before);
      if (pushed) std::this_thread::sleep_for(std::chrono::milliseconds(random() % 150));
      server.kill();
      for (std::thread& t : threads) t.join();
      for (const Client& c : clients) QVERIFY2(c.failure.empty(), c.failure.c_str());
      QVERIFY2(pushed, "the server acknowledged no push in a minute");
    }
    healAndCheck(data, setup, clients);
    qInfo("%d kills", n);
  }

  // Two server processes on one PostgreSQL database, four clients pushing to the same
  // scenario through both at once, each process killed in turn: the tenant's audit head
  // orders them, and nothing is lost, doubled or out of order.
  void twoProcessesTakeConcurrentPushes() {
    if (!testClusterAddress()) QSKIP("one process serves a SQLite file; this runs on PostgreSQL");
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    const Setup setup = prepare(data);
    std::vector<Client> clients = clientsFor(setup, 4);
    std::mt19937 random(20261206);
    std::atomic<std::size_t> progress = 0;
    const int n = std::max(1, rounds() / 10);
    for (int round = 0; round < n; ++round) {
      ServerProcess one(data.args(), {});
      ServerProcess two(data.args(), {});
      std::vector<std::thread> threads;
      const std::size_t before = progress.load();
      for (std::size_t k = 0; k < clients.size(); ++k) {
        ServerProcess& server = k % 2 == 0 ? one : two;
        threads.emplace_back([&c = clients[k], base = server.base(), &setup, &progress] {
          c.run(base, setup.token, setup.scenario, progress);
        });
      }
      const bool pushed = someoneWasAcknowledged(progress, before);
      if (pushed) std::this_thread::sleep_for(std::chrono::milliseconds(200 + random() % 300));
      one.kill();
      std::this_thread::sleep_for(std::chrono::milliseconds(random() % 50));
      two.kill();
      for (std::thread& t : threads) t.join();
      for (const Client& c : clients) QVERIFY2(c.failure.empty(), c.failure.c_str());
      QVERIFY2(pushed, "the servers acknowledged no push in a minute");
    }
    healAndCheck(data, setup, clients);
  }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "test_servercrash.moc"
