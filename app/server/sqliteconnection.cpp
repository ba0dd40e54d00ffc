#include "app/server/sqliteconnection.h"

#include <filesystem>
#include <map>
#include <optional>

#include "app/server/schema.h"
#include "core/store/sqlite.h"

namespace valor::server {
namespace {

constexpr std::int64_t kApplicationId = 0x56414C53;  // "VALS" in the SQLite header

class SqliteStatement final : public SqlStatement {
 public:
  explicit SqliteStatement(sql::Statement s) : s_(std::move(s)) {}
  void bind(int index, std::int64_t value) override { s_.bind(index, value); }
  void bind(int index, std::string_view text) override { s_.bind(index, text); }
  void bindNull(int index) override { s_.bindNull(index); }
  // A key taken is told apart from other failures, as PostgreSQL's connection does.
  Result<bool> step() override {
    auto row = s_.step();
    if (!row && row.error().message.rfind("UNIQUE constraint failed", 0) == 0)
      return Error{"db.unique", row.error().message, row.error().context};
    return row;
  }
  void reset() override { s_.reset(); }
  std::int64_t integer(int column) const override { return s_.integer(column); }
  std::string text(int column) const override { return s_.text(column); }
  bool isNull(int column) const override { return s_.isNull(column); }

 private:
  sql::Statement s_;
};

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(sql::Database db) : db_(std::move(db)) {}

  Result<SqlStatement*> prepare(const std::string& text) override {
    auto it = statements_.find(text);
    if (it == statements_.end()) {
      // One writer holds the whole file from BEGIN IMMEDIATE: row locks have nothing to add.
      std::string dialect = text;
      if (const auto at = dialect.rfind(" FOR UPDATE"); at != std::string::npos)
        dialect.erase(at, 11);
      auto fresh = db_.prepare(dialect);
      if (!fresh) return fresh.error();
      it = statements_.emplace(text, SqliteStatement(std::move(fresh).value())).first;
    }
    return static_cast<SqlStatement*>(&it->second);
  }
  Status begin(bool write) override {
    if (!write) return std::monostate{};
    auto tx = sql::Transaction::begin(db_);
    if (!tx) return tx.error();
    tx_.emplace(std::move(tx).value());
    return std::monostate{};
  }
  Status setTenant(std::int64_t) override { return std::monostate{}; }
  // A statement stepped but not yet reset (a RETURNING, a head read) would keep the
  // transaction from ending.
  Status commit() override {
    if (!tx_) return std::monostate{};
    finishStatements();
    auto s = tx_->commit();
    tx_.reset();
    return s;
  }
  void rollback() override {
    finishStatements();
    tx_.reset();
  }
  std::int64_t changes() const override { return db_.changes(); }
  bool shared() const override { return false; }
  Status announce(const std::string&) override { return std::monostate{}; }
  void listen(AnnouncementListener) override {}
  Status requireRowSecurity() override { return std::monostate{}; }

 private:
  void finishStatements() {
    for (auto& [text, statement] : statements_) statement.reset();
  }
  sql::Database db_;
  std::map<std::string, SqliteStatement, std::less<>> statements_;
  std::optional<sql::Transaction> tx_;
};

Status configure(sql::Database& db) {
  if (auto s = db.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000"); !s) return s;
  if (auto s = db.execute("PRAGMA journal_mode = WAL"); !s) return s;
  return db.execute("PRAGMA synchronous = FULL");
}

}  // namespace

Result<std::unique_ptr<SqlConnection>> createSqliteStore(const std::string& path) {
  if (std::filesystem::exists(path))
    return Error{"server.exists", "the data directory holds a server already", path};
  auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
  if (!db) return db.error();
  if (auto s = configure(db.value()); !s) return s.error();
  auto tx = sql::Transaction::begin(db.value());
  if (!tx) return tx.error();
  if (auto s = db.value().execute(serverSchema("INTEGER PRIMARY KEY")); !s) return s.error();
  if (auto s =
          db.value().execute("PRAGMA application_id = " + std::to_string(kApplicationId) +
                             "; PRAGMA user_version = " + std::to_string(kServerSchemaVersion));
      !s)
    return s.error();
  if (auto s = tx.value().commit(); !s) return s.error();
  return std::unique_ptr<SqlConnection>(new SqliteConnection(std::move(db).value()));
}

Result<std::unique_ptr<SqlConnection>> openSqliteStore(const std::string& path) {
  if (!std::filesystem::exists(path))
    return Error{"server.missing", "no server here: run `valor-server init` first", path};
  auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
  if (!db) return db.error();
  auto app = db.value().queryInteger("PRAGMA application_id");
  auto version = db.value().queryInteger("PRAGMA user_version");
  if (!app || app.value() != kApplicationId)
    return Error{"server.foreign", "server.db is not a Valor IVX server database", path};
  if (!version || version.value() != kServerSchemaVersion)
    return Error{"server.version",
                 "server.db has format " + (version ? std::to_string(version.value()) : "?") +
                     ", which this server does not read (it reads format " +
                     std::to_string(kServerSchemaVersion) + ")",
                 path};
  if (auto s = configure(db.value()); !s) return s.error();
  return std::unique_ptr<SqlConnection>(new SqliteConnection(std::move(db).value()));
}

}  // namespace valor::server
