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
  // The connections, each used by one session at a time: SQLite one (one writer per file
  // anyway), PostgreSQL a few, so reads run beside a push group.
  std::vector<std::unique_ptr<SqlConnection>> connections;
  std::vector<SqlConnection*> idle;
  std::mutex poolMutex;
  std::condition_variable poolFree;
  Clock clock;
  std::string publicKey;
  std::string secretKey;

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
  std::mutex cacheMutex;
  std::map<DocumentKey, Document> cache;
  std::optional<Document> cached(const DocumentKey& key);
  void keep(const DocumentKey& key, const Document& d);
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

  Result<CachedStatement> prepare(const std::string& sql);
  // One tenant's group: its own transaction (the tenant is the transaction's, for row security).
  std::vector<Result<std::vector<PushOutcome>>> writeTenantGroup(
      const std::vector<PushRequest*>& group);

  Result<std::string> tenantName(std::int64_t tenant);
  // One UPDATE of one user of the tenant (`assignment` sets a column from ?3), audited;
  // "user.unknown" when no row matched.
  Status updateUser(std::int64_t tenant, const std::string& email, const std::string& assignment,
                    const std::string& value, const std::string& actor, const std::string& action,
                    Json detail);
};

// A transaction on a connection of the store's, for the rows of one tenant (0: none yet;
// setTenant names it once known); rolled back unless committed, and the connection given back.
// A thread has one session at a time: the store's queries (Impl::prepare) run on it.
class Session {
 public:
  static Result<Session> begin(Store::Impl& impl, bool write, std::int64_t tenant = 0);
  Session(Session&& other) noexcept
      : impl_(std::exchange(other.impl_, nullptr)),
        db_(other.db_),
        open_(std::exchange(other.open_, false)) {}
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  Session& operator=(Session&&) = delete;
  ~Session();
  Status setTenant(std::int64_t tenant) { return db_->setTenant(tenant); }
  Status commit() {
    open_ = false;
    return db_->commit();
  }
  std::int64_t changes() const { return db_->changes(); }
  SqlConnection& connection() { return *db_; }
  // The calling thread's session's connection (nullptr outside one).
  static SqlConnection* current();

 private:
  Session(Store::Impl* impl, SqlConnection* db) : impl_(impl), db_(db), open_(true) {}
  Store::Impl* impl_;
  SqlConnection* db_;
  bool open_;
};

// A tenant's audit chain in one write transaction. Opening reads the head and locks it to the
// transaction's end: every writer of a tenant opens it first, so writers on several server
// processes queue in one order (and never wait on each other's rows in turn). Entries chain in
// memory; close() stores the head, kept with the tenant so that removing the newest entries
// (which no later link covers) shows as a log shorter than its head.
class AuditWriter {
 public:
  static Result<AuditWriter> open(Store::Impl& impl, std::int64_t tenant);
  Status append(const std::string& actor, const std::string& address, const std::string& action,
                const std::string& scenario, Json detail);
  Status close();

 private:
  AuditWriter(Store::Impl& impl, std::int64_t tenant, std::int64_t seq, std::string hash)
      : impl_(&impl), tenant_(tenant), seq_(seq), hash_(std::move(hash)) {}
  Store::Impl* impl_;
  std::int64_t tenant_;
  std::int64_t seq_;  // of the newest entry
  std::string hash_;
  std::int64_t storedSeq_ = -1;  // the head as stored, when unchanged since open
};

// `taken` when `e` is a unique key already taken; `e` itself otherwise (a lost connection is not
// an "exists").
inline Error takenOr(const Error& e, Error taken) {
  return e.code == "db.unique" ? std::move(taken) : e;
}

// One audited change of a tenant, in the caller's transaction (a writer opened and closed).
Status auditOne(Store::Impl& impl, std::int64_t tenant, const std::string& actor,
                const std::string& address, const std::string& action, const std::string& scenario,
                Json detail);

Access accessFor(const User& user, std::int64_t ownerId, std::optional<Access> shared);

}  // namespace valor::server
