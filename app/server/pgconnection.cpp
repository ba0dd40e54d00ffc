#include "app/server/pgconnection.h"

#include <atomic>
#include <map>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <pqxx/pqxx>

#include "app/server/schema.h"
#include "core/common/log.h"

namespace valor::server {
namespace {

constexpr const char* kChannel = "valor_revisions";
constexpr const char* kTenantSetting = "app.tenant_id";

// libpqxx 6.4 leaves sqlstate() empty for many errors; its exception classes tell them apart.
Error dbError(const std::exception& e) {
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const char* code = dynamic_cast<const pqxx::unique_violation*>(&e)       ? "db.unique"
                       : dynamic_cast<const pqxx::transaction_rollback*>(&e) ? "db.retry"
                                                                             : "db.error";
    return Error{code, sql->what(), sql->query()};
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e))
    return Error{"db.connection", std::string("the database connection failed: ") + e.what(), {}};
  return Error{"db.error", e.what(), {}};
}

// libpq's connection limits, where the URI does not set its own: a connection attempt gives up
// after 10 s, and a database host that stops answering is noticed within about a minute (TCP
// keepalives; unacknowledged data) instead of the system's two hours.
std::string withNetworkLimits(const std::string& uri) {
  static constexpr std::pair<const char*, const char*> kLimits[] = {{"connect_timeout", "10"},
                                                                    {"keepalives_idle", "30"},
                                                                    {"keepalives_interval", "10"},
                                                                    {"keepalives_count", "3"},
                                                                    {"tcp_user_timeout", "60000"}};
  const bool isUri = uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0;
  std::string out = uri;
  for (const auto& [key, value] : kLimits) {
    if (uri.find(std::string(key) + "=") != std::string::npos) continue;
    if (isUri)
      out += (out.find('?') == std::string::npos ? "?" : "&") + std::string(key) + "=" + value;
    else
      out += " " + std::string(key) + "=" + value;
  }
  return out;
}

// A connection whose statements and lock waits end in bounded time: a database that stops
// answering makes requests fail (and /healthz say so) instead of holding the server's threads.
std::unique_ptr<pqxx::connection> connectWithLimits(const std::string& uri) {
  auto c = std::make_unique<pqxx::connection>(withNetworkLimits(uri));
  pqxx::nontransaction w(*c);
  w.exec("SET statement_timeout = '30s'; SET lock_timeout = '15s'");
  return c;
}

// ?N → $N: the store writes its queries in SQLite's spelling.
std::string postgresDialect(const std::string& text) {
  std::string out = text;
  for (std::size_t i = 0; i + 1 < out.size(); ++i)
    if (out[i] == '?' && out[i + 1] >= '0' && out[i + 1] <= '9') out[i] = '$';
  return out;
}

class PgConnection;

class PgStatement final : public SqlStatement {
 public:
  PgStatement(PgConnection& connection, std::string name)
      : connection_(connection), name_(std::move(name)) {}
  void bind(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
  void bind(int index, std::string_view text) override { slot(index) = std::string(text); }
  void bindNull(int index) override { slot(index).reset(); }
  Result<bool> step() override;
  const std::string& name() const { return name_; }
  void reset() override {
    params_.clear();
    result_ = pqxx::result();
    executed_ = false;
    next_ = 0;
  }
  std::int64_t integer(int column) const override {
    const pqxx::field f = field(column);
    return f.is_null() ? 0 : f.as<std::int64_t>();
  }
  std::string text(int column) const override { return field(column).c_str(); }
  bool isNull(int column) const override { return field(column).is_null(); }

 private:
  pqxx::field field(int column) const { return result_[next_ - 1][column]; }
  std::optional<std::string>& slot(int index) {
    const auto at = static_cast<std::size_t>(index);
    if (params_.size() < at) params_.resize(at);
    executed_ = false;
    return params_[at - 1];
  }
  PgConnection& connection_;
  std::string name_;
  std::vector<std::optional<std::string>> params_;
  pqxx::result result_;
  bool executed_ = false;
  pqxx::result::size_type next_ = 0;  // the row after the current one
};

class PgConnection final : public SqlConnection {
 public:
  PgConnection(const std::string& uri, std::string origin)
      : uri_(uri), connection_(connectWithLimits(uri)), origin_(std::move(origin)) {}
  ~PgConnection() override { stopListening(); }

  Result<SqlStatement*> prepare(const std::string& text) override {
    auto it = statements_.find(text);
    if (it == statements_.end()) {
      const std::string name = "q" + std::to_string(statements_.size());
      try {
        connection_->prepare(name, postgresDialect(text));
      } catch (const std::exception& e) {
        return failed(e);
      }
      it = statements_.emplace(text, std::make_unique<PgStatement>(*this, name)).first;
    }
    return static_cast<SqlStatement*>(it->second.get());
  }

  // Reads see one snapshot throughout (a document's revision, snapshot and log agree even
  // while others push). A connection whose server went away while it sat idle only says so
  // at its next BEGIN: it is made again and the BEGIN tried once more, nothing having run.
  Status begin(bool write) override {
    for (int attempt = 0;; ++attempt) {
      try {
        tx_.reset();
        if (broken_) reconnect();
        if (write)
          tx_ = std::make_unique<pqxx::work>(*connection_);
        else
          tx_ = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(
              *connection_);
        return std::monostate{};
      } catch (const pqxx::broken_connection& e) {
        broken_ = true;
        if (attempt > 0) return dbError(e);
      } catch (const std::exception& e) {
        return failed(e);
      }
    }
  }
  Status setTenant(std::int64_t tenant) override {
    return run("SELECT set_config($1, $2, true)", kTenantSetting, std::to_string(tenant));
  }
  Status commit() override {
    if (!tx_) return std::monostate{};
    try {
      tx_->commit();
      tx_.reset();
    } catch (const std::exception& e) {
      tx_.reset();
      return failed(e);
    }
    return std::monostate{};
  }
  void rollback() override {
    try {
      tx_.reset();  // aborts what was not committed
    } catch (...) {
      // The connection is gone: nothing was committed either.
    }
  }
  std::int64_t changes() const override { return changes_; }

  bool shared() const override { return true; }
  // The payload: this process's origin, a line break, the text.
  Status announce(const std::string& text) override {
    return run("SELECT pg_notify($1, $2)", kChannel, origin_ + "\n" + text);
  }

  void listen(AnnouncementListener listener) override {
    stopListening();
    if (!listener) return;
    stop_ = false;
    listener_ = std::thread([this, listener = std::move(listener)] { listenLoop(listener); });
  }

  Status requireRowSecurity() override {
    auto q = prepare(
        "SELECT CASE WHEN r.rolsuper OR r.rolbypassrls THEN 1 ELSE 0 END, "
        "CASE WHEN pg_has_role(current_user, t.tableowner, 'MEMBER') THEN 1 ELSE 0 END "
        "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
        "AND t.schemaname = current_schema() AND t.tablename = 'scenarios'");
    if (!q) return q.error();
    SqlStatement& s = *q.value();
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) return Error{"server.missing", "the database has no server's tables", {}};
    const bool privileged = s.integer(0) != 0;
    const bool owner = s.integer(1) != 0;
    s.reset();
    if (privileged)
      return Error{"server.role",
                   "the database role is a superuser or may bypass row-level security: serve "
                   "with the role `init --app-role` named",
                   {}};
    if (owner)
      return Error{"server.role",
                   "the database role owns the server's tables (and could turn row-level "
                   "security off): serve with the role `init --app-role` named",
                   {}};
    return std::monostate{};
  }

  Result<pqxx::result> execute(const std::string& name,
                               const std::vector<std::optional<std::string>>& params) {
    if (!tx_) return Error{"db.error", "a query outside a transaction", name};
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    try {
      pqxx::result r = tx_->exec_prepared(name, pqxx::prepare::make_dynamic_params(values));
      changes_ = static_cast<std::int64_t>(r.affected_rows());
      return r;
    } catch (const std::exception& e) {
      return failed(e);
    }
  }

  // Runs SQL of the schema's owner (create): statements separated by semicolons.
  Status executeScript(const std::string& sql) {
    try {
      tx_->exec(sql);
    } catch (const std::exception& e) {
      return failed(e);
    }
    return std::monostate{};
  }
  std::string quoteName(const std::string& name) { return connection_->quote_name(name); }

 private:
  // A lost connection (the database restarted, the session was ended) is made again at the
  // next transaction, its statements prepared again; until then every call fails cleanly.
  Error failed(const std::exception& e) {
    if (dynamic_cast<const pqxx::broken_connection*>(&e)) broken_ = true;
    return dbError(e);
  }
  void reconnect() {
    tx_.reset();
    connection_ = connectWithLimits(uri_);
    for (const auto& [text, statement] : statements_)
      connection_->prepare(statement->name(), postgresDialect(text));
    broken_ = false;
  }
  template <typename... Args>
  Status run(const char* sql, Args&&... args) {
    if (!tx_) return Error{"db.error", "a query outside a transaction", sql};
    try {
      tx_->exec_params(sql, std::forward<Args>(args)...);
    } catch (const std::exception& e) {
      return failed(e);
    }
    return std::monostate{};
  }

  // On a connection of its own; reconnects after a failure, so a restarted database only
  // pauses the pokes (clients pull on every reconnect of their event stream anyway).
  void listenLoop(const AnnouncementListener& listener) {
    class Receiver final : public pqxx::notification_receiver {
     public:
      Receiver(pqxx::connection_base& c, const AnnouncementListener& l, const std::string& origin)
          : notification_receiver(c, kChannel), listener_(l), origin_(origin) {}
      void operator()(const std::string& payload, int) override {
        const auto end = payload.find('\n');
        if (end == std::string::npos || payload.compare(0, end, origin_) == 0) return;
        listener_(payload.substr(end + 1));
      }

     private:
      const AnnouncementListener& listener_;
      const std::string& origin_;
    };
    bool lost = false;
    while (!stop_) {
      try {
        pqxx::connection c(withNetworkLimits(uri_));
        Receiver receiver(c, listener, origin_);
        if (std::exchange(lost, false)) listener(std::nullopt);
        // A connection the database ended does not always say so while it only waits: a
        // query every few seconds makes sure, and a lost one is made again.
        for (int quiet = 1; !stop_; ++quiet) {
          c.await_notification(0, 200'000);
          if (!c.is_open()) throw pqxx::broken_connection("the listening connection was lost");
          if (quiet % 25 == 0) pqxx::nontransaction(c).exec("SELECT 1");
        }
      } catch (const std::exception& e) {
        lost = true;
        logWarning(std::string("valor-server: listening for other servers' events: ") + e.what());
        for (int i = 0; i < 10 && !stop_; ++i)
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
  }
  void stopListening() {
    stop_ = true;
    if (listener_.joinable()) listener_.join();
  }

  std::string uri_;
  std::unique_ptr<pqxx::connection> connection_;
  bool broken_ = false;
  std::unique_ptr<pqxx::transaction_base> tx_;
  std::map<std::string, std::unique_ptr<PgStatement>, std::less<>> statements_;
  std::int64_t changes_ = 0;
  std::string origin_;  // the store's name in its own announcements, which it skips
  std::atomic<bool> stop_{true};
  std::thread listener_;
};

Result<bool> PgStatement::step() {
  if (!executed_) {
    auto r = connection_.execute(name_, params_);
    if (!r) return r.error();
    result_ = std::move(r).value();
    executed_ = true;
    next_ = 0;
  }
  if (next_ >= result_.size()) return false;
  ++next_;
  return true;
}

// A name for one store's connections, the same on each, that no other process shares.
std::string newOrigin() {
  std::random_device random;
  return std::to_string(random()) + "-" + std::to_string(random()) + "-" + std::to_string(random());
}

Result<std::unique_ptr<PgConnection>> connect(const std::string& uri, const std::string& origin) {
  try {
    return std::make_unique<PgConnection>(uri, origin);
  } catch (const std::exception& e) {
    return dbError(e);
  }
}

// Every table of a tenant's data answers only for the transaction's tenant, to its owner too.
std::string rowSecurity() {
  std::string sql;
  for (const char* table : kTenantTables) {
    const std::string t(table);
    sql += "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY; ALTER TABLE " + t +
           " FORCE ROW LEVEL SECURITY; CREATE POLICY tenant_rows ON " + t +
           " USING (tenant_id = NULLIF(current_setting('" + kTenantSetting +
           "', true), '')::bigint) WITH CHECK (tenant_id = NULLIF(current_setting('" +
           kTenantSetting + "', true), '')::bigint);\n";
  }
  return sql;
}

}  // namespace

Result<std::unique_ptr<SqlConnection>> createPostgresStore(const std::string& uri,
                                                           const std::string& appRole) {
  if (appRole.empty())
    return Error{"usage", "--app-role ROLE is needed: the role the server is to run as", {}};
  auto c = connect(uri, newOrigin());
  if (!c) return c.error();
  PgConnection& db = *c.value();
  if (auto s = db.begin(true); !s) return s.error();
  auto found = db.prepare(
      "SELECT CASE WHEN to_regclass('meta') IS NULL THEN 0 ELSE 1 END, current_schema()");
  if (!found) return found.error();
  if (auto row = found.value()->step(); !row) return row.error();
  const bool taken = found.value()->integer(0) != 0;
  const std::string schemaName = db.quoteName(found.value()->text(1));
  found.value()->reset();
  if (taken) return Error{"server.exists", "the database holds a server already", {}};
  const std::string role = db.quoteName(appRole);
  // The audit log is append-only for the server's role: the database refuses it a change.
  const std::string sql =
      serverSchema("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") +
      "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
      "INSERT INTO meta VALUES ('application', 'valor-server'), ('schema_version', '" +
      std::to_string(kServerSchemaVersion) + "');\n" + rowSecurity() +
      "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schemaName + " TO " + role +
      ";\nREVOKE UPDATE, DELETE ON audit, checkpoints FROM " + role +
      ";\nREVOKE INSERT, UPDATE, DELETE ON meta FROM " + role +
      ";\nREVOKE UPDATE, DELETE ON tenants, accounts, token_directory, unknown_logins FROM " +
      role + ";\nREVOKE DELETE ON audit_heads FROM " + role +
      ";\nGRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schemaName + " TO " + role + ";\n";
  if (auto s = db.executeScript(sql); !s) return s.error();
  if (auto s = db.commit(); !s) return s.error();
  return std::unique_ptr<SqlConnection>(std::move(c).value());
}

Result<std::vector<std::unique_ptr<SqlConnection>>> openPostgresStore(const std::string& uri,
                                                                      std::size_t connections) {
  const std::string origin = newOrigin();
  auto c = connect(uri, origin);
  if (!c) return c.error();
  PgConnection& db = *c.value();
  if (auto s = db.begin(false); !s) return s.error();
  auto version = db.prepare(
      "SELECT (SELECT value FROM meta WHERE key = 'application'), "
      "(SELECT value FROM meta WHERE key = 'schema_version')");
  if (!version) return Error{"server.missing", "no server here: run `valor-server init` first", {}};
  auto row = version.value()->step();
  if (!row)
    return Error{"server.missing", "no server in this database: run `valor-server init` first",
                 row.error().message};
  const std::string application = version.value()->text(0);
  const std::string schema = version.value()->text(1);
  version.value()->reset();
  db.rollback();
  if (application != "valor-server")
    return Error{"server.foreign", "the database is not a Valor IVX server's", {}};
  if (schema != std::to_string(kServerSchemaVersion))
    return Error{"server.version", "the database has a format this server does not know", {}};
  std::vector<std::unique_ptr<SqlConnection>> pool;
  pool.push_back(std::move(c).value());
  while (pool.size() < connections) {
    auto more = connect(uri, origin);
    if (!more) return more.error();
    pool.push_back(std::move(more).value());
  }
  return pool;
}

}  // namespace valor::server
