// Crash safety of valor-server: three clients push concurrently while the server is killed
// with SIGKILL at a random moment, over and over; after each restart the clients retry what
// had no answer. In the end: no acknowledged mutation lost, none applied twice, each client's
// sequence in the log without gaps or repeats, revisions without gaps, and the audit chain
// intact. VALOR_CRASH_ROUNDS sets the number of kills (200 by default, about 20 s). With
// VALOR_TEST_PG the server runs on PostgreSQL.
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

  // Pushes until the server stops answering.
  void run(const std::string& base, const std::string& token, const std::string& scenario) {
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
    }
  }
};

}  // namespace

class TestServerCrash : public QObject {
  Q_OBJECT

 private slots:
  void killDuringConcurrentPushes() {
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    const std::string handedOut = printedPassword(
        runServerCommand(std::vector<std::string>{"init"} + data.initArgs() +
                         std::vector<std::string>{"--tenant", "Acme", "--owner", "ann@acme.test"}));
    std::string token, scenario;
    std::vector<Client> clients(3);
    {
      ServerProcess server(data.args(), {});
      HttpClient http(server.base());
      auto login = http.request("POST", "/v1/login",
                                Json{{"email", "ann@acme.test"}, {"password", handedOut}}.dump());
      QCOMPARE(login.status, 200L);
      const std::string session = Json::parse(login.body)["token"].get<std::string>();
      QCOMPARE(http.request("POST", "/v1/password",
                            Json{{"current", handedOut}, {"new", "a password of my own"}}.dump(),
                            session)
                   .status,
               204L);
      auto created = http.request(
          "POST", "/v1/tokens", Json{{"label", "crash test"}, {"scope", "write"}}.dump(), session);
      QCOMPARE(created.status, 201L);
      token = Json::parse(created.body)["token"].get<std::string>();
      QProcess cli;
      cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
      QVERIFY(cli.waitForFinished(10'000));
      auto upload =
          http.request("POST", "/v1/scenarios", cli.readAllStandardOutput().toStdString(), token);
      QCOMPARE(upload.status, 201L);
      scenario = Json::parse(upload.body)["id"].get<std::string>();
      const Json doc =
          Json::parse(http.request("GET", "/v1/scenarios/" + scenario, {}, token).body);
      for (const Json& e : doc["document"])
        if (e["type"] == "dcf") clients[0].dcf = *valor::Id::parse(e["id"].get<std::string>());
      server.kill();
    }
    for (std::size_t k = 0; k < clients.size(); ++k) {
      clients[k].id = "crash-client-" + std::to_string(k);
      clients[k].dcf = clients[0].dcf;
    }
    std::mt19937 random(20261205);
    const int n = rounds();
    for (int round = 0; round < n; ++round) {
      ServerProcess server(data.args(), {});
      std::vector<std::thread> threads;
      for (Client& c : clients)
        threads.emplace_back(
            [&c, &server, &token, &scenario] { c.run(server.base(), token, scenario); });
      std::this_thread::sleep_for(std::chrono::milliseconds(20 + random() % 150));
      server.kill();
      for (std::thread& t : threads) t.join();
      for (const Client& c : clients) QVERIFY2(c.failure.empty(), c.failure.c_str());
    }
    // Heal: every client sends what had no answer once more.
    ServerProcess server(data.args(), {});
    for (Client& c : clients) {
      HttpClient http(server.base());
      auto r = http.request("POST", "/v1/scenarios/" + scenario + "/push", c.push(c.nextSeq).dump(),
                            token);
      QCOMPARE(r.status, 200L);
      c.acked[c.nextSeq] = Json::parse(r.body)["results"][0]["revision"].get<std::int64_t>();
    }
    // The whole log, page by page.
    HttpClient http(server.base());
    std::vector<Json> log;
    for (bool more = true; more;) {
      const Json page = Json::parse(
          http.request("GET",
                       "/v1/scenarios/" + scenario + "/pull?since=" + std::to_string(log.size()),
                       {}, token)
              .body);
      for (const Json& m : page["mutations"]) log.push_back(m);
      more = page["more"].get<bool>();
    }
    std::map<std::string, std::vector<std::int64_t>> seqs;
    for (std::size_t i = 0; i < log.size(); ++i) {
      QCOMPARE(log[i]["revision"].get<std::size_t>(), i + 1);  // no gaps
      if (log[i].contains("client_id"))
        seqs[log[i]["client_id"].get<std::string>()].push_back(
            log[i]["client_seq"].get<std::int64_t>());
    }
    std::size_t acknowledged = 0;
    for (const Client& c : clients) {
      const auto& mine = seqs[c.id];
      // Every acknowledged mutation once, at the revision that was acknowledged; nothing else.
      QCOMPARE(mine.size(), c.acked.size());
      for (std::size_t i = 0; i < mine.size(); ++i)
        QCOMPARE(mine[i], static_cast<std::int64_t>(i + 1));
      for (const auto& [seq, revision] : c.acked) {
        QCOMPARE(log[static_cast<std::size_t>(revision - 1)]["client_id"].get<std::string>(), c.id);
        QCOMPARE(log[static_cast<std::size_t>(revision - 1)]["client_seq"].get<std::int64_t>(),
                 seq);
      }
      acknowledged += c.acked.size();
    }
    QVERIFY2(acknowledged > static_cast<std::size_t>(n),
             "the clients pushed too little to test anything");
    QCOMPARE(server.terminate(10'000), 0);
    const std::string verified =
        runServerCommand(std::vector<std::string>{"audit", "verify"} + data.args() +
                         std::vector<std::string>{"--tenant", "Acme"});
    QVERIFY2(verified.find("entries intact") != std::string::npos, verified.c_str());
    qInfo("%d kills, %zu mutations acknowledged, %zu revisions", n, acknowledged, log.size());
  }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "test_servercrash.moc"
