#include "core/store/sqlite.h"

#include <sqlite3.h>

#include "core/common/log.h"

namespace valor::sql {
namespace {

Error sqliteError(sqlite3* db, std::string_view context) {
  const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  std::string name = "sqlite.error";
  if ((code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB)
    name = "sqlite.corrupt";
  else if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED)
    name = "sqlite.busy";
  else if (code == SQLITE_READONLY_ROLLBACK)
    name = "sqlite.hot_journal";
  else if ((code & 0xFF) == SQLITE_READONLY)
    name = "sqlite.readonly";
  else if ((code & 0xFF) == SQLITE_FULL)
    name = "sqlite.full";
  else if ((code & 0xFF) == SQLITE_CANTOPEN)
    name = "sqlite.cantopen";
  else if ((code & 0xFF) == SQLITE_IOERR)
    name = "sqlite.ioerr";
  else if ((code & 0xFF) == SQLITE_INTERRUPT)
    name = "sqlite.interrupted";
  return Error{name, db ? sqlite3_errmsg(db) : "out of memory", std::string(context)};
}

// A statement's failure: the statement goes to the log, never into the message a user reads.
Error statementError(sqlite3* db, std::string_view statement) {
  Error e = sqliteError(db, "");
  logWarning("SQLite: " + e.message + " in: " + std::string(statement.substr(0, 200)));
  return e;
}

}  // namespace

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
  other.stmt_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return statementError(db_, sqlite3_sql(stmt_));
}

Status Statement::run() {
  auto r = step();
  if (!r) return r.error();
  sqlite3_reset(stmt_);
  return ok();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
  return sqlite3_column_double(stmt_, column);
}
bool Statement::isNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  const int size = sqlite3_column_bytes(stmt_, column);
  return data ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

namespace {

// A file: URI for `path`, with every byte outside the unreserved set and '/' percent-encoded so
// that '?', '#' and '%' in a folder name stay part of the name.
std::string fileUri(const std::string& path, std::string_view query) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  // An absolute path gets an empty authority ("file:///…"), so "//host" stays a path.
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "file:";
  for (const char byte : path) {
    const auto c = static_cast<unsigned char>(byte);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  uri += '?';
  uri += query;
  return uri;
}

}  // namespace

Result<Database> Database::open(const std::string& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  std::string name = path;
  switch (mode) {
    case Mode::ReadWrite:
      flags |= SQLITE_OPEN_READWRITE;
      break;
    case Mode::ReadWriteCreate:
      flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
    case Mode::ReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      break;
    case Mode::Immutable:
      flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
      name = fileUri(path, "immutable=1");
      break;
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error e = sqliteError(db, path);
    sqlite3_close(db);
    return e;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 2000);
  return Database(db);
}

Database::Database(Database&& other) noexcept : db_(other.db_) {
  other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = other.db_;
    other.db_ = nullptr;
  }
  return *this;
}

Database::~Database() {
  sqlite3_close(db_);
}

Result<Statement> Database::prepare(std::string_view sqlText) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v2(db_, sqlText.data(), static_cast<int>(sqlText.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return statementError(db_, sqlText);
  return Statement(db_, stmt);
}

Status Database::execute(std::string_view sqlText) {
  const std::string text(sqlText);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    Error e = statementError(db_, sqlText);
    if (message) e.message = message;
    sqlite3_free(message);
    return e;
  }
  return ok();
}

Result<Statement> Database::firstRow(std::string_view sqlText) {
  auto stmt = prepare(sqlText);
  if (!stmt) return stmt.error();
  auto row = stmt.value().step();
  if (!row) return row.error();
  if (!row.value()) return Error{"sqlite.no_row", "the query returned no row", ""};
  return std::move(stmt).value();
}

Result<std::int64_t> Database::queryInteger(std::string_view sqlText) {
  auto row = firstRow(sqlText);
  if (!row) return row.error();
  return row.value().integer(0);
}

Result<std::string> Database::queryText(std::string_view sqlText) {
  auto row = firstRow(sqlText);
  if (!row) return row.error();
  return row.value().text(0);
}

Result<std::optional<std::string>> Database::checkPages(std::chrono::milliseconds budget) {
  struct Deadline {
    std::chrono::steady_clock::time_point at;
  } deadline{std::chrono::steady_clock::now() + budget};
  // Called every few thousand virtual-machine steps; a non-zero answer interrupts the check.
  sqlite3_progress_handler(
      db_, 4096,
      [](void* d) -> int {
        return std::chrono::steady_clock::now() > static_cast<Deadline*>(d)->at ? 1 : 0;
      },
      &deadline);
  auto findings = queryText("PRAGMA quick_check");
  sqlite3_progress_handler(db_, 0, nullptr, nullptr);
  if (!findings && findings.error().code == "sqlite.interrupted")
    return std::optional<std::string>();
  if (!findings) return findings.error();
  return std::optional<std::string>(std::move(findings).value());
}

Status Database::backupTo(const std::string& path) {
  auto target = open(path, Mode::ReadWriteCreate);
  if (!target) return target.error();
  sqlite3_backup* backup = sqlite3_backup_init(target.value().db_, "main", db_, "main");
  if (!backup) return sqliteError(target.value().db_, path);
  const int rc = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return sqliteError(target.value().db_, path);
  return ok();
}

std::string Database::lastError() const {
  return sqlite3_errmsg(db_);
}

int Database::changes() const {
  return sqlite3_changes(db_);
}

Result<Transaction> Transaction::begin(Database& db) {
  if (auto s = db.execute("BEGIN IMMEDIATE"); !s) return s.error();
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_) (void)db_->execute("ROLLBACK");
}

Status Transaction::commit() {
  auto s = db_->execute("COMMIT");
  if (s) db_ = nullptr;
  return s;
}

}  // namespace valor::sql
