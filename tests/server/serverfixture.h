#pragma once
// A server in the test process: a fresh data directory, the store, the event hub and the API,
// with a clock the test moves. Users get one shared password hash (Argon2id costs ~80 ms each)
// and session tokens minted straight into the store, except where a test signs in for real.
// With VALOR_TEST_PG set, the store is on a fresh PostgreSQL database, served as the
// unprivileged role; otherwise on SQLite.
#include "app/server/api.h"
#include "app/server/auth.h"
#include "app/server/eventhub.h"
#include "app/server/metrics.h"
#include "app/server/store.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "core/ops/mutationjson.h"
#include "core/store/sqlite.h"
#include "tests/server/pgtestdb.h"

#include <memory>
#include <string>

#include <QTemporaryDir>
#include <QtTest>

namespace valor::testing {

using Json = nlohmann::ordered_json;
inline constexpr const char* kPassword = "correct horse battery";

class ServerFixture {
 public:
  explicit ServerFixture(server::ApiOptions options = {}) : options_(options) {
    if (!server::startCrypto()) qFatal("libsodium cannot start");
    auto clock = [this] { return now; };
    if ((database_ = freshTestDatabase())) {
      const TestDatabase* db = &*database_;
      auto made = server::Store::create({dataDir(), db->owner}, clock, "valor_app");
      if (!made) qFatal("store: %s", made.error().message.c_str());
      made.value().reset();
      auto store = server::Store::open({dataDir(), db->app}, clock);
      if (!store) qFatal("store: %s", store.error().message.c_str());
      store_ = std::move(store).value();
    } else {
      auto store = server::Store::create({dataDir(), ""}, clock);
      if (!store) qFatal("store: %s", store.error().message.c_str());
      store_ = std::move(store).value();
    }
    hub_ = std::make_unique<server::EventHub>(*store_, [this] { return now; });
    api_ = std::make_unique<server::Api>(
        *store_, *hub_, metrics_, [this] { return now; }, seededIdGenerator(42), options);
    static const std::string hash = server::hashPassword(kPassword).value();
    passwordHash_ = hash;
  }

  // The server process stopping and starting again: what it held in memory (cached scenarios,
  // event streams, presence) is gone; what it stored stays, and tokens go on working.
  void restart() {
    api_.reset();
    hub_.reset();
    store_.reset();
    auto store = server::Store::open({dataDir(), database_ ? database_->app : std::string()},
                                     [this] { return now; });
    if (!store) qFatal("store: %s", store.error().message.c_str());
    store_ = std::move(store).value();
    hub_ = std::make_unique<server::EventHub>(*store_, [this] { return now; });
    api_ = std::make_unique<server::Api>(
        *store_, *hub_, metrics_, [this] { return now; }, seededIdGenerator(++restarts_ * 1000),
        options_);
  }

  std::string dataDir() const { return dir_.path().toStdString() + "/data"; }
  // The PostgreSQL database the store is on, when it is.
  const std::optional<TestDatabase>& database() const { return database_; }

  // Changes the stored data behind the server's back, as the database's owner would.
  void tamper(std::int64_t tenant, const std::string& sql) {
    if (database_) {
      runAsOwner(database_->owner, tenant, sql);
      return;
    }
    auto db = sql::Database::open(dataDir() + "/server.db", sql::Database::Mode::ReadWrite);
    if (!db || !db.value().execute(sql)) qFatal("tamper: %s", sql.c_str());
  }
  server::Store& store() { return *store_; }
  server::Api& api() { return *api_; }
  server::EventHub& hub() { return *hub_; }

  std::int64_t tenant(const std::string& name) {
    auto id = store_->tenantId(name);
    if (id) return id.value();
    auto added = store_->addTenant(name);
    if (!added) qFatal("tenant: %s", added.error().message.c_str());
    return added.value();
  }

  server::User user(const std::string& tenantName, const std::string& email, server::Role role) {
    auto u = store_->addUser(tenant(tenantName), email, role, passwordHash_, false, "test");
    if (!u) qFatal("user: %s", u.error().message.c_str());
    return u.value();
  }

  // A session token for `u` without the cost of a sign-in; "read" scope for a read-only one.
  std::string token(const server::User& u, const std::string& scope = "write") {
    const std::string t = server::newToken(scope == "write" ? "vs_" : "vt_");
    auto id = store_->addToken(u, server::tokenHash(t), scope == "write" ? "session" : "api", scope,
                               "test", 0);
    if (!id) qFatal("token: %s", id.error().message.c_str());
    return t;
  }

  server::ApiResponse call(const std::string& method, const std::string& target,
                           const std::string& token = {}, const std::string& body = {},
                           const std::string& address = "10.0.0.7") {
    return api_->handle({method, target, body, token.empty() ? "" : "Bearer " + token, address});
  }

  static Json json(const server::ApiResponse& r) { return Json::parse(r.body, nullptr, false); }

  // A new DCF scenario's file text (the kind's template: no IDs, so each upload gets new ones).
  static std::string templateText() { return findModelKind("dcf")->scenarioTemplate(); }

  // Uploads `text` as `token`'s user; the new scenario's ID.
  std::string upload(const std::string& token, const std::string& text = templateText()) {
    auto r = call("POST", "/v1/scenarios", token, text);
    if (r.status != 201) qFatal("upload: %d %s", r.status, r.body.c_str());
    return json(r)["id"].get<std::string>();
  }

  // A push of one mutation setting the DCF's terminal growth, built on the stored document.
  Json growthPush(std::int64_t tenantId, const std::string& scenario, double growth,
                  const std::string& clientId, std::int64_t seq) {
    auto doc = store_->document(tenantId, scenario);
    if (!doc) qFatal("document: %s", doc.error().message.c_str());
    const ScenarioDocument& d = doc.value().first;
    const Entity* dcf = nullptr;
    for (const Entity& e : d.entities)
      if (e.type == "dcf") dcf = &e;
    Mutation m;
    m.id = ids_();
    m.author = "client";
    m.baseRevision = doc.value().second;
    m.label = "Set terminal growth";
    m.ops = {setFieldOp(d, dcf->id, "terminal_value.growth", growth)};
    return Json{
        {"client_id", clientId},
        {"mutations", Json::array({Json{{"client_seq", seq}, {"mutation", mutationToJson(m)}}})}};
  }

  std::int64_t now = 1767225600000;  // 2026-01-01T00:00:00Z

 private:
  QTemporaryDir dir_;
  std::optional<TestDatabase> database_;
  std::unique_ptr<server::Store> store_;
  server::Metrics metrics_;
  std::unique_ptr<server::EventHub> hub_;
  std::unique_ptr<server::Api> api_;
  server::ApiOptions options_;
  std::uint64_t restarts_ = 0;
  std::string passwordHash_;
  IdGenerator ids_ = seededIdGenerator(7);
};

}  // namespace valor::testing
