// valor-server on PostgreSQL (the cluster of pgcluster.sh): row-level security checked with SQL
// behind the server's back, `serve` refusing roles that security would not hold, and two server
// processes on one database — a push to one wakes the other's event stream, presence on one
// shows on the other, and each sees the other's edits. The API, isolation-matrix and crash suites
// run on PostgreSQL as well (test_serverapi_pg, test_servercrash_pg).
#include "app/server/schema.h"
#include "tests/server/httpclient.h"
#include "tests/server/protocolhelpers.h"
#include "tests/server/serverfixture.h"
#include "tests/server/serverprocess.h"

#include <atomic>
#include <string>
#include <thread>

#include <QTemporaryDir>
#include <QtTest>

using namespace valor;
using namespace valor::testing;
using valor::server::Role;

namespace {

std::int64_t count(pqxx::transaction_base& w, const std::string& sql) {
  return w.exec1(sql)[0].as<std::int64_t>();
}

// True when the database refuses `sql` to the role in tenant `tenant`'s transaction for want of
// privilege (a row-security policy's refusal is one too).
bool refused(const std::string& uri, std::int64_t tenant, const std::string& sql) {
  pqxx::connection c(uri);
  pqxx::work w(c);
  w.exec_params("SELECT set_config('app.tenant_id', $1, true)", std::to_string(tenant));
  try {
    w.exec(sql);
  } catch (const pqxx::insufficient_privilege&) {
    return true;
  }
  return false;
}

// Runs `serve` as it would be run, expecting it to refuse; its error message.
std::string refusedServe(const std::vector<std::string>& args) {
  QProcess p;
  p.start(QStringLiteral(VALOR_SERVER_PATH),
          toArgs(std::vector<std::string>{"serve", "--listen", "127.0.0.1:0"} + args));
  if (!p.waitForFinished(30'000)) qFatal("serve did not refuse");
  if (p.exitCode() != 1) qFatal("serve exited %d", p.exitCode());
  return p.readAllStandardError().toStdString();
}

double servedGrowth(HttpClient& http, const std::string& id, const std::string& token) {
  const Json served = Json::parse(http.request("GET", "/v1/scenarios/" + id, {}, token).body);
  auto doc = documentFromFlatJson(served["document"]);
  for (const Entity& e : doc->entities)
    if (e.type == "dcf") return *e.number("terminal_value.growth");
  return -1;
}

}  // namespace

class TestServerPg : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY2(testClusterAddress().has_value(),
             "VALOR_TEST_PG names no cluster: run through ctest (pgcluster.sh)");
  }

  void rowSecurityKeepsTenantsApart() {
    ServerFixture f;
    QVERIFY(f.database().has_value());
    std::map<std::string, std::int64_t> tenants;
    for (const std::string name : {"Acme", "Bolt"}) {
      const std::string domain = name == "Acme" ? "acme.test" : "bolt.test";
      const server::User owner = f.user(name, "owner@" + domain, Role::Owner);
      const server::User editor = f.user(name, "editor@" + domain, Role::Editor);
      const std::string token = f.token(owner);
      f.token(editor);
      const std::string id = f.upload(token);
      const std::int64_t t = f.tenant(name);
      tenants[name] = t;
      QCOMPARE(f.call("POST", "/v1/scenarios/" + id + "/push", token,
                      f.growthPush(t, id, 0.02, "laptop", 1).dump())
                   .status,
               200);
      // An edit of an entity the scenario does not have: refused, and the refusal recorded.
      Json refused = f.growthPush(t, id, 0.03, "laptop", 2);
      refused["mutations"][0]["mutation"]["ops"][0]["entity"] = seededIdGenerator(99)().toString();
      const auto answer = f.call("POST", "/v1/scenarios/" + id + "/push", token, refused.dump());
      QVERIFY2(answer.body.find("\"rejected\"") != std::string::npos, answer.body.c_str());
      QCOMPARE(f.call("PUT", "/v1/scenarios/" + id + "/shares/editor@" + domain, token,
                      Json{{"access", "edit"}}.dump())
                   .status,
               200);
      QVERIFY(f.store().exportAudit(t).ok());  // signs the head: a checkpoint row
    }
    const std::int64_t a = tenants["Acme"], b = tenants["Bolt"];
    // The server's role, tenant A's transaction: A's rows of every table, none of B's.
    for (const std::string& uri : {f.database()->app, f.database()->owner}) {
      pqxx::connection c(uri);
      pqxx::work w(c);
      for (const char* table : server::kTenantTables) {
        const std::string t(table);
        QCOMPARE(count(w, "SELECT count(*) FROM " + t), std::int64_t{0});  // no tenant: nothing
      }
      w.exec_params("SELECT set_config('app.tenant_id', $1, true)", std::to_string(a));
      for (const char* table : server::kTenantTables) {
        const std::string t(table);
        QVERIFY2(count(w, "SELECT count(*) FROM " + t) > 0, table);
        QCOMPARE(count(w, "SELECT count(*) FROM " + t + " WHERE tenant_id = " + std::to_string(b)),
                 std::int64_t{0});
      }
      QCOMPARE(count(w, "SELECT count(*) FROM users WHERE email LIKE '%bolt.test'"),
               std::int64_t{0});
    }
    // Writing into another tenant's rows is refused by the policy; changing the audit log is
    // refused to the server's role outright.
    const std::string& app = f.database()->app;
    QVERIFY(refused(app, a,
                    "INSERT INTO shares(tenant_id, scenario_id, user_id, access) VALUES (" +
                        std::to_string(b) + ", 'x', 1, 'view')"));
    pqxx::connection c(app);
    {
      pqxx::work w(c);
      w.exec_params("SELECT set_config('app.tenant_id', $1, true)", std::to_string(a));
      QCOMPARE(w.exec("UPDATE scenarios SET name = 'x' WHERE tenant_id = " + std::to_string(b))
                   .affected_rows(),
               pqxx::result::size_type{0});
    }
    QVERIFY(refused(app, a, "UPDATE audit SET actor = 'someone else'"));
    QVERIFY(refused(app, a, "DELETE FROM audit"));
    QVERIFY(refused(app, a, "DELETE FROM checkpoints"));
    QVERIFY(refused(app, a, "DELETE FROM audit_heads"));
    QVERIFY(refused(app, a, "DELETE FROM accounts"));
    QVERIFY(refused(app, a, "UPDATE token_directory SET tenant_id = " + std::to_string(a)));
    QVERIFY(refused(app, a, "ALTER TABLE audit DISABLE ROW LEVEL SECURITY"));
  }

  void serveRefusesRolesThatBypassRowSecurity() {
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    runServerCommand(std::vector<std::string>{"init"} + data.initArgs() +
                     std::vector<std::string>{"--tenant", "Acme", "--owner", "ann@acme.test"});
    const std::string owner = refusedServe({"--data", data.dir, "--database", data.db->owner});
    QVERIFY2(owner.find("owns the server's tables") != std::string::npos, owner.c_str());
    for (const char* role : {"valor_super", "valor_bypass"}) {
      const std::string refused =
          refusedServe({"--data", data.dir, "--database", clusterUri(role, data.db->name)});
      QVERIFY2(refused.find("bypass row-level security") != std::string::npos, refused.c_str());
    }
    // A member of the owner's role could act as the owner.
    const std::string member =
        refusedServe({"--data", data.dir, "--database", clusterUri("valor_member", data.db->name)});
    QVERIFY2(member.find("owns the server's tables") != std::string::npos, member.c_str());
    // A second init on the same database is refused, and nothing is overwritten.
    QTemporaryDir other;
    runServerCommand({"init", "--data", other.path().toStdString(), "--database", data.db->owner,
                      "--app-role", "valor_app", "--tenant", "Bolt", "--owner", "b@bolt.test"},
                     1);
    ServerProcess server(data.args(), {});
    HttpClient http(server.base());
    QCOMPARE(http.request("GET", "/healthz").status, 200L);
  }

  // The database gone: the health check says so (a load balancer stops sending traffic) and
  // the servers carry on, reconnecting, once it is back — their listening for each other's
  // events too.
  void healthFollowsTheDatabase() {
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    std::string password = printedPassword(
        runServerCommand(std::vector<std::string>{"init"} + data.initArgs() +
                         std::vector<std::string>{"--tenant", "Acme", "--owner", "ann@acme.test"}));
    ServerProcess server(data.args(), {});
    ServerProcess other(data.args(), {});
    HttpClient http(server.base());
    QCOMPARE(http.request("GET", "/healthz").status, 200L);
    // Every connection of the server's pool in use once, so each has one to lose.
    auto together = [&](const std::string& path) {
      std::vector<std::thread> threads;
      std::atomic<int> healthy{0};
      for (int i = 0; i < 12; ++i)
        threads.emplace_back([&] {
          HttpClient own(server.base());
          if (own.request("GET", path).status == 200) ++healthy;
        });
      for (std::thread& t : threads) t.join();
      return healthy.load();
    };
    QCOMPARE(together("/healthz"), 12);
    const std::string token = login(http, "ann@acme.test", password);
    // A stream on the other process, open through the outage.
    EventReader events(other.base(), token);
    QVERIFY(events.waitFor("retry:", 5000));
    pqxx::connection admin(clusterUri("valor_super", "postgres"));
    auto cut = [&](bool off) {
      pqxx::nontransaction w(admin);
      w.exec("ALTER DATABASE " + data.db->name + " ALLOW_CONNECTIONS " + (off ? "false" : "true"));
      if (off)
        w.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = " +
               w.quote(data.db->name));
    };
    cut(true);
    const auto down = http.request("GET", "/healthz");
    QCOMPARE(down.status, 503L);
    QVERIFY2(down.body.find("database") != std::string::npos, down.body.c_str());
    // A signed-in caller is told to try again, not that their token is bad.
    const auto meanwhile = http.request("GET", "/v1/me", {}, token);
    QCOMPARE(meanwhile.status, 503L);
    QVERIFY2(meanwhile.body.find("server.unavailable") != std::string::npos,
             meanwhile.body.c_str());
    QVERIFY(meanwhile.headers.find("Retry-After: 2") != std::string::npos);
    cut(false);
    // The other process listens again, and tells its streams they may have missed events.
    QVERIFY2(events.waitFor("event: resync", 10'000), events.text().c_str());
    // Every connection is made again at its next use, and a write goes through.
    QCOMPARE(together("/healthz"), 12);
    QCOMPARE(together("/healthz"), 12);
    QCOMPARE(http.request("GET", "/v1/me", {}, token).status, 200L);
    QProcess cli;
    cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
    QVERIFY(cli.waitForFinished(10'000));
    auto created =
        http.request("POST", "/v1/scenarios", cli.readAllStandardOutput().toStdString(), token);
    QCOMPARE(created.status, 201L);
    const std::string id = Json::parse(created.body)["id"].get<std::string>();
    const Json served = Json::parse(http.request("GET", "/v1/scenarios/" + id, {}, token).body);
    QCOMPARE(http.request("POST", "/v1/scenarios/" + id + "/push",
                          growthPush(served, 0.029, "laptop", 1).dump(), token)
                 .status,
             200L);
    QVERIFY2(events.waitFor("\"revision\":2", 5000), events.text().c_str());
  }

  void twoServersShareOneDatabase() {
    QTemporaryDir dir;
    const ServerData data(dir.path().toStdString() + "/data");
    std::string password = printedPassword(
        runServerCommand(std::vector<std::string>{"init"} + data.initArgs() +
                         std::vector<std::string>{"--tenant", "Acme", "--owner", "ann@acme.test"}));
    QProcess cli;
    cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
    QVERIFY(cli.waitForFinished(10'000));
    ServerProcess one(data.args(), {});
    ServerProcess two(data.args(), {});
    HttpClient http1(one.base());
    HttpClient http2(two.base());
    const std::string token = login(http1, "ann@acme.test", password);
    auto created =
        http1.request("POST", "/v1/scenarios", cli.readAllStandardOutput().toStdString(), token);
    QCOMPARE(created.status, 201L);
    const std::string id = Json::parse(created.body)["id"].get<std::string>();
    const Json atOne = Json::parse(http1.request("GET", "/v1/scenarios/" + id, {}, token).body);
    // A stream on the second process; a push to the first wakes it.
    EventReader events(two.base(), token);
    QVERIFY(events.waitFor("retry:", 5000));
    auto pushed = http1.request("POST", "/v1/scenarios/" + id + "/push",
                                growthPush(atOne, 0.031, "laptop-1", 1).dump(), token);
    QCOMPARE(pushed.status, 200L);
    QVERIFY2(events.waitFor("\"revision\":2", 5000), events.text().c_str());
    QCOMPARE(servedGrowth(http2, id, token), 0.031);
    // Presence set on the first process shows on the second's stream and route.
    QCOMPARE(http1.request("PUT", "/v1/scenarios/" + id + "/presence", {}, token).status, 200L);
    QVERIFY2(events.waitFor("event: presence", 5000), events.text().c_str());
    const Json present =
        Json::parse(http2.request("GET", "/v1/scenarios/" + id + "/presence", {}, token).body);
    QCOMPARE(present["users"], Json::array({"ann@acme.test"}));
    // The second process edits on revision 2; the first, still holding revision 2 in memory,
    // must see that edit: its own push (built on revision 1's value) overwrites it and says so.
    const Json atTwo = Json::parse(http2.request("GET", "/v1/scenarios/" + id, {}, token).body);
    QCOMPARE(http2
                 .request("POST", "/v1/scenarios/" + id + "/push",
                          growthPush(atTwo, 0.032, "laptop-2", 1).dump(), token)
                 .status,
             200L);
    const Json late =
        Json::parse(http1
                        .request("POST", "/v1/scenarios/" + id + "/push",
                                 growthPush(atTwo, 0.033, "laptop-1", 2).dump(), token)
                        .body);
    QCOMPARE(late["results"][0]["revision"].get<int>(), 4);
    QVERIFY2(late["results"][0].contains("overwrote"), late.dump().c_str());
    QVERIFY2(events.waitFor("\"revision\":4", 5000), events.text().c_str());
    QCOMPARE(servedGrowth(http1, id, token), 0.033);
    QCOMPARE(servedGrowth(http2, id, token), 0.033);
    const Json log =
        Json::parse(http2.request("GET", "/v1/scenarios/" + id + "/pull?since=0", {}, token).body);
    QCOMPARE(log["mutations"].size(), std::size_t{4});
    for (std::size_t i = 0; i < 4; ++i)
      QCOMPARE(log["mutations"][i]["revision"].get<std::size_t>(), i + 1);
    QCOMPARE(one.terminate(10'000), 0);
    QCOMPARE(two.terminate(10'000), 0);
    const std::string verified =
        runServerCommand(std::vector<std::string>{"audit", "verify"} + data.args() +
                         std::vector<std::string>{"--tenant", "Acme"});
    QVERIFY2(verified.find("entries intact") != std::string::npos, verified.c_str());
  }
};

QTEST_GUILESS_MAIN(TestServerPg)
#include "test_serverpg.moc"
