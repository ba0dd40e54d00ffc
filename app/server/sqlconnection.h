#pragma once
// The seam between the server's store and its database: embedded SQLite (one file, one process)
// or PostgreSQL (several server processes on one database). The store's queries are one text
// for both, written in SQLite's dialect with ?N parameters; each connection translates what its
// database spells differently (PostgreSQL's $N; SQLite has no FOR UPDATE, as a write transaction
// locks the whole file). Statements are prepared once per connection and kept.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/result.h"

namespace valor::server {

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;
  virtual void bind(int index, std::int64_t value) = 0;
  virtual void bind(int index, std::string_view text) = 0;
  virtual void bindNull(int index) = 0;
  // True while a row is available (columns count from 0); false when done. A unique key
  // already taken fails as "db.unique".
  virtual Result<bool> step() = 0;
  // Ready to run again, with no parameters bound.
  virtual void reset() = 0;
  virtual std::int64_t integer(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual bool isNull(int column) const = 0;
};

// Called with what another server process on the same database announced; with nothing after
// the listening connection was lost and made again, when announcements may have been missed.
using AnnouncementListener = std::function<void(const std::optional<std::string>& text)>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Result<SqlStatement*> prepare(const std::string& sql) = 0;
  // A transaction; `write` ones take the locks a writer needs at once (SQLite BEGIN IMMEDIATE).
  // SQLite reads run without one (each statement sees a consistent snapshot).
  virtual Status begin(bool write) = 0;
  // The tenant whose rows this transaction may see (PostgreSQL's row-level security reads it;
  // SQLite has one reader, this process, and relies on the queries naming the tenant).
  virtual Status setTenant(std::int64_t tenant) = 0;
  virtual Status commit() = 0;
  virtual void rollback() = 0;
  // Rows changed by the last INSERT, UPDATE or DELETE.
  virtual std::int64_t changes() const = 0;
  // Whether other server processes may use the same database (PostgreSQL); SQLite has one.
  virtual bool shared() const = 0;
  // Tells the other server processes `text` when the transaction commits (PostgreSQL NOTIFY);
  // nothing for SQLite.
  virtual Status announce(const std::string& text) = 0;
  // Calls `listener` with what the other processes announce (PostgreSQL LISTEN on a connection
  // of its own, never this process's own announcements) until called with an empty one.
  virtual void listen(AnnouncementListener listener) = 0;
  // Refuses a role that row-level security would not hold (PostgreSQL: a superuser, a role with
  // BYPASSRLS, or the tables' owner); nothing to check for SQLite.
  virtual Status requireRowSecurity() = 0;
};

}  // namespace valor::server
