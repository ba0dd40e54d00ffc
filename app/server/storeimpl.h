#pragma once
// Store's state and the helpers its two source files share (store.cpp: accounts, tokens,
// audit; scenariostore.cpp: scenarios, push, pull, sharing). Not for other readers.
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/server/sqlconnection.h"
#include "app/server/store.h"

namespace valor::server {

using Json = nlohmann::ordered_json;

// A statement prepared once for the connection's life (parsing SQL costs more than running
// these small statements). Reset, bindings cleared, when the handle goes, so no read stays open
// between calls. One handle per SQL text at a time.
class CachedStatement {
 public:
  explicit CachedStatement(SqlStatement* s) : s_(s) {}
  CachedStatement(CachedStatement&& other) noexcept : s_(std::exchange(other.s_, nullptr)) {}
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  CachedStatement& operator=(CachedStatement&&) = delete;
  ~CachedStatement() {
    if (s_) s_->reset();
  }
  template <typename T>
  CachedStatement& bind(int index, T value) {
    s_->bind(index, value);
    return *this;
  }
  CachedStatement& bindNull(int index) {
    s_->bindNull(index);
    return *this;
  }
  Result<bool> step() { return s_->step(); }
  // Every row, each made into a T by `make(*this)`.
  template <typename T, typename F>
  Result<std::vector<T>> rows(F make) {
    std::vector<T> out;
    for (;;) {
      auto row = step();
      if (!row) return row.error();
      if (!row.value()) return out;
      out.push_back(make(*this));
    }
  }
  Status run() {
    auto done = step();
    if (!done) return done.error();
    return std::monostate{};
  }
  std::int64_t integer(int column) const { return s_->integer(column); }
  std::string text(int column) const { return s_->text(column); }
  bool isNull(int column) const { return s_->isNull(column); }

 private:
  SqlStatement* s_;
};

struct Store::Impl {
  std::unique_ptr<SqlConnection> db;
  Clock clock;
  std::string publicKey;
  std::string secretKey;
  std::mutex mutex;  // one transaction at a time on the one connection; held for every call

  // Documents as of a revision, by (tenant, scenario ID). Another server process on the same
  // database may have moved a scenario on since: a load compares with the stored revision and
  // replays the log from the cached one. The stored snapshot is written every kSnapshotEvery
  // revisions, not on every push (it is the largest write); a load replays the log after it.
  struct Document {
    ScenarioDocument doc;
    std::int64_t revision = 0;
    std::int64_t snapshotRevision = 0;
  };
  using DocumentKey = std::pair<std::int64_t, std::string>;
  static constexpr std::int64_t kSnapshotEvery = 64;
  std::map<DocumentKey, Document> cache;
  // `lock`: inside a write transaction, the scenario's row stays locked to its end.
  Result<Document> loadDocument(std::int64_t tenant, const std::string& id, bool lock);

  // Group commit: pushes that arrive while a group is being written wait, and go together in
  // the next transaction — one write to disk for many pushes, each still all or nothing.
  struct PushRequest {
    const Principal* who;
    const std::string* scenario;
    const std::string* clientId;
    const std::vector<PushItem>* items;
    const std::string* address;
    std::optional<Result<std::vector<PushOutcome>>> result;  // set under queueMutex
  };
  std::mutex queueMutex;
  std::condition_variable queueDone;
  std::vector<PushRequest*> queue;
  bool writing = false;
  // The answers to a group, one per request, in order; never throws.
  std::vector<Result<std::vector<PushOutcome>>> writeGroup(const std::vector<PushRequest*>& group);
  std::vector<Result<std::vector<PushOutcome>>> writeGroupOrFail(
      const std::vector<PushRequest*>& group);

  Result<CachedStatement> prepare(const std::string& sql);
  // One tenant's group: its own transaction (the tenant is the transaction's, for row security).
  std::vector<Result<std::vector<PushOutcome>>> writeTenantGroup(
      const std::vector<PushRequest*>& group);

  // Appends one entry to the tenant's chain, inside the caller's transaction.
  Status appendAudit(std::int64_t tenant, const std::string& actor, const std::string& address,
                     const std::string& action, const std::string& scenario, Json detail);
  Result<std::string> tenantName(std::int64_t tenant);
  // The tenant's audit head, locked to the end of the transaction: every write of a tenant
  // takes it first, so writers of one tenant on several server processes queue in one order.
  Status lockAuditHead(std::int64_t tenant);
  // One UPDATE of one user of the tenant (`assignment` sets a column from ?3), audited;
  // "user.unknown" when no row matched.
  Status updateUser(std::int64_t tenant, const std::string& email, const std::string& assignment,
                    const std::string& value, const std::string& actor, const std::string& action,
                    Json detail);
};

// A transaction on the store's one connection, holding the store's lock, for the rows of one
// tenant (0: none yet; setTenant names it once known); rolled back unless committed.
class Session {
 public:
  static Result<Session> begin(Store::Impl& impl, bool write, std::int64_t tenant = 0);
  Session(Session&& other) noexcept
      : lock_(std::move(other.lock_)), db_(other.db_), open_(std::exchange(other.open_, false)) {}
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  Session& operator=(Session&&) = delete;
  ~Session() {
    if (open_) db_->rollback();
  }
  Status setTenant(std::int64_t tenant) { return db_->setTenant(tenant); }
  Status commit() {
    open_ = false;
    return db_->commit();
  }
  std::int64_t changes() const { return db_->changes(); }

 private:
  Session(std::unique_lock<std::mutex> lock, SqlConnection* db)
      : lock_(std::move(lock)), db_(db), open_(true) {}
  std::unique_lock<std::mutex> lock_;
  SqlConnection* db_;
  bool open_;
};

Access accessFor(const User& user, std::int64_t ownerId, std::optional<Access> shared);

}  // namespace valor::server
