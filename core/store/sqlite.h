#pragma once
// A thin RAII layer over the SQLite C API: prepared statements only, errors as Result with the
// SQLite message and the statement as context. Nothing here knows about scenarios.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace valor::sql {

using valor::Status;
inline Status ok() {
  return std::monostate{};
}

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bindNull(int index);

  // True while a row is available; false when done. Errors become a failed Status on `finish`.
  Result<bool> step();
  // Runs a statement that returns no rows.
  Status run();
  void reset();

  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool isNull(int column) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  // Immutable reads the main file alone, with no locks and no shared-memory index: only for a
  // file nothing can be writing (a read-only folder or medium) and with no write-ahead log.
  enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

  static Result<Database> open(const std::string& path, Mode mode);
  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  Result<Statement> prepare(std::string_view sql);
  // Runs one or more statements without results (schema, pragmas).
  Status execute(std::string_view sql);
  // The first column of the first row of a query, as an integer / text.
  Result<std::int64_t> queryInteger(std::string_view sql);
  Result<std::string> queryText(std::string_view sql);

  // PRAGMA quick_check within a time budget: "ok" or SQLite's first finding; nullopt when the
  // budget ran out first (the file was then not checked to the end). SQLite before 3.43 does
  // not consult the budget during its walk of the B-trees (about 0.1 s per 100 MB), only after.
  Result<std::optional<std::string>> checkPages(std::chrono::milliseconds budget);

  // Copies the whole database to a new file with the online backup API.
  Status backupTo(const std::string& path);

  std::string lastError() const;
  // Rows changed by the last INSERT/UPDATE/DELETE.
  int changes() const;
  sqlite3* handle() const { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  // The statement positioned on its first row (an error when there is none).
  Result<Statement> firstRow(std::string_view sql);
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit().
class Transaction {
 public:
  static Result<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace valor::sql
