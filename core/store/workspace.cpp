#include "core/store/workspace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>

#include "core/common/log.h"
#include "core/model/flatjson.h"
#include "core/model/scenariomarks.h"
#include "core/model/textrules.h"
#include "core/ops/accept.h"
#include "core/ops/mutationjson.h"
#include "core/store/filelock.h"
#include "core/store/sqlite.h"
#include "core/store/workspaceimpl.h"

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace valor {
namespace {

// `words` and a version's name in quotes, as a change's label in English: a long name is cut
// (ending in "…") so that the label stays within kLabelText (the label code keeps it whole).
std::string labelNaming(const std::string& words, const std::string& name) {
  const std::size_t room = kLabelText.maxChars - words.size() - 3;  // a space and two quotes
  std::size_t chars = 0, cut = std::string::npos;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if ((static_cast<unsigned char>(name[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars++ == room - 1) cut = i;  // where the last character that fits with "…" ends
  }
  const std::string shown = chars <= room ? name : name.substr(0, cut) + "…";
  return words + " \"" + shown + "\"";
}

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// How long opening for writing may spend checking the file's pages; past it the rest is left
// unchecked and the log says so (see Database::checkPages for what SQLite 3.40 can bound).
constexpr std::chrono::milliseconds kPageCheckBudget{1500};

// Stepwise migrations: kMigrations[v] turns schema v into v + 1, inside one transaction.
constexpr const char* kMigrations[] = {
    // 0 → 1: the first schema.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE scenarios (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      model TEXT NOT NULL,
      revision INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      created_ms INTEGER NOT NULL,
      updated_ms INTEGER NOT NULL,
      deleted_ms INTEGER
    ) WITHOUT ROWID;
    CREATE TABLE mutations (
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      mutation_id TEXT NOT NULL UNIQUE,
      author TEXT NOT NULL,
      client_time_ms INTEGER NOT NULL,
      committed_ms INTEGER NOT NULL,
      base_revision INTEGER NOT NULL,
      label TEXT NOT NULL,
      ops TEXT NOT NULL,
      PRIMARY KEY (scenario_id, revision)
    ) WITHOUT ROWID;
    CREATE TABLE versions (
      id INTEGER PRIMARY KEY,
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      revision INTEGER NOT NULL,
      snapshot TEXT NOT NULL,
      author TEXT NOT NULL,
      created_ms INTEGER NOT NULL
    );
    CREATE INDEX versions_by_scenario ON versions(scenario_id, id);
    CREATE TABLE notes (
      scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
      body TEXT NOT NULL,
      updated_ms INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE tags (
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (scenario_id, tag)
    ) WITHOUT ROWID;
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    )sql",
    // 1 → 2: labels as a code and parameters (JSON), rendered in the reader's language; '' for
    // a change labelled only in words.
    R"sql(
    ALTER TABLE mutations ADD COLUMN label_code TEXT NOT NULL DEFAULT '';
    )sql",
    // 2 → 3: scenarios shared through a sync server (core/store/syncrecord.h).
    R"sql(
    CREATE TABLE sync_links (
      scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
      remote_id TEXT NOT NULL,
      client_id TEXT NOT NULL,
      confirmed_revision INTEGER NOT NULL,
      confirmed_snapshot TEXT NOT NULL,
      next_seq INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE sync_pending (
      scenario_id TEXT NOT NULL REFERENCES sync_links(scenario_id) ON DELETE CASCADE,
      client_seq INTEGER NOT NULL,
      mutation TEXT NOT NULL,
      revision INTEGER,
      PRIMARY KEY (scenario_id, client_seq)
    ) WITHOUT ROWID;
    CREATE TABLE sync_conflicts (
      id INTEGER PRIMARY KEY,
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      field TEXT NOT NULL,
      mine TEXT,
      theirs TEXT,
      base TEXT,
      author TEXT NOT NULL,
      time_ms INTEGER NOT NULL,
      their_author TEXT NOT NULL,
      their_time_ms INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      reason TEXT NOT NULL,
      found_ms INTEGER NOT NULL,
      resolved_ms INTEGER
    );
    CREATE INDEX sync_conflicts_by_scenario ON sync_conflicts(scenario_id, id);
    )sql",
    // 3 → 4: notes, tags and the trash become fields of the scenario (core/model/
    // scenariomarks.h), changed by mutations so that they are in history and sync. What the
    // tables held waits in legacy_marks until Workspace::moveLegacyMarks has made it one
    // mutation per scenario. `tags` and `deleted_ms` stay, as the list's index of those fields.
    R"sql(
    CREATE TABLE legacy_marks (
      scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
      note TEXT NOT NULL,
      tags TEXT NOT NULL,
      in_trash INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO legacy_marks
      SELECT s.id,
             coalesce((SELECT body FROM notes n WHERE n.scenario_id = s.id), ''),
             coalesce((SELECT group_concat(tag, char(31)) FROM tags t WHERE t.scenario_id = s.id),
                      ''),
             s.deleted_ms IS NOT NULL
      FROM scenarios s
      WHERE s.deleted_ms IS NOT NULL
         OR EXISTS (SELECT 1 FROM notes n WHERE n.scenario_id = s.id AND n.body <> '')
         OR EXISTS (SELECT 1 FROM tags t WHERE t.scenario_id = s.id);
    DROP TABLE notes;
    ALTER TABLE sync_links ADD COLUMN view_only INTEGER NOT NULL DEFAULT 0;
    )sql",
};
static_assert(std::size(kMigrations) == Workspace::kSchemaVersion);

Error notFound(const Id& scenario) {
  return Error{"workspace.no_scenario", "no scenario with this ID in the workspace",
               scenario.toString()};
}

std::string nameOf(const ScenarioDocument& doc) {
  const std::string* name = doc.entities.empty() ? nullptr : doc.root().text("name");
  return name ? *name : std::string();
}

std::string modelOf(const ScenarioDocument& doc) {
  const std::string* model = doc.entities.empty() ? nullptr : doc.root().text("model");
  return model ? *model : std::string();
}

// Keeps the list's index of the scenario's marks (the trash, the tags) equal to its snapshot;
// `before` is the snapshot replaced (nullptr: the index is written whole).
sql::Status indexMarks(sql::Database& db, const std::string& idText, const ScenarioDocument& doc,
                       const ScenarioDocument* before, std::int64_t now) {
  auto trash = db.prepare(
      "UPDATE scenarios SET deleted_ms = CASE WHEN ?2 THEN coalesce(deleted_ms, ?3) END "
      "WHERE id = ?1");
  if (!trash) return trash.error();
  trash.value().bind(1, idText).bind(2, static_cast<std::int64_t>(inTrash(doc))).bind(3, now);
  if (auto s = trash.value().run(); !s) return s;
  const std::string* tags = doc.root().text("tags");
  const std::string* tagsBefore = before ? before->root().text("tags") : nullptr;
  if (before && (tags ? *tags : "") == (tagsBefore ? *tagsBefore : "")) return std::monostate{};
  auto clear = db.prepare("DELETE FROM tags WHERE scenario_id = ?1");
  if (!clear) return clear.error();
  if (auto s = clear.value().bind(1, idText).run(); !s) return s;
  auto insert = db.prepare("INSERT OR IGNORE INTO tags(scenario_id, tag) VALUES (?1, ?2)");
  if (!insert) return insert.error();
  for (const std::string& tag : splitTags(tags ? *tags : "")) {
    insert.value().bind(1, idText).bind(2, tag);
    if (auto s = insert.value().run(); !s) return s;
  }
  return std::monostate{};
}

// SQLite files start with this 16-byte header; anything else is not ours to open.
bool hasSqliteHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

std::string timestampForFile(std::int64_t ms) {
  const std::tm utc = utcTime(ms);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-%02d%02d%02d-%03d", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(ms % 1000));
  return buffer;
}

std::string storedLabelCode(const LabelCode& label) {
  return label.empty() ? std::string() : labelCodeToJson(label).dump();
}

}  // namespace

Result<ScenarioDocument> Workspace::Impl::parseSnapshot(const std::string& text,
                                                        const std::string& context) {
  const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  auto doc = documentFromFlatJson(json);
  if (!doc) return Error{"workspace.corrupt", "a stored scenario snapshot cannot be read", context};
  return std::move(*doc);
}

Workspace::Workspace(std::string path, WorkspaceOptions options, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), options_(std::move(options)), impl_(std::move(impl)) {}

Workspace::~Workspace() {
  // A clean close leaves everything in the main file, even when a reader kept SQLite from
  // removing the log, so that a copy of the .valor file alone is complete. The first column
  // is 1 when a reader kept the checkpoint from finishing.
  if (!impl_ || !impl_->lock) return;
  auto busy = impl_->db.queryInteger("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!busy || busy.value() != 0)
    logWarning("workspace " + path_ + ": the log could not be merged into the file on closing");
}

namespace {

sql::Status configure(sql::Database& db, bool readOnly) {
  if (auto s = db.execute("PRAGMA foreign_keys = ON"); !s) return s;
  if (readOnly) return sql::ok();
  // WAL: readers never block the writer; FULL: each commit is on disk before it returns.
  if (auto s = db.execute("PRAGMA journal_mode = WAL"); !s) return s;
  return db.execute("PRAGMA synchronous = FULL");
}

sql::Status migrate(sql::Database& db, std::int64_t from) {
  auto tx = sql::Transaction::begin(db);
  if (!tx) return tx.error();
  for (std::int64_t v = from; v < Workspace::kSchemaVersion; ++v)
    if (auto s = db.execute(kMigrations[v]); !s) return s;
  if (auto s = db.execute("PRAGMA application_id = " + std::to_string(Workspace::kApplicationId) +
                          "; PRAGMA user_version = " + std::to_string(Workspace::kSchemaVersion));
      !s)
    return s;
  return tx.value().commit();
}

Error damagedError(const std::string& path, const std::string& finding) {
  return Error{"workspace.corrupt",
               "the workspace file is damaged (" + finding +
                   "); it was not changed. Backups, if any, are in " + path + ".backups",
               path};
}

// A write-ahead log with frames in it: changes that are only readable with SQLite's
// shared-memory index beside the file.
bool hasPendingLog(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path + "-wal", ec);
  return !ec && size > 0;
}

// Whether some SQLite connection (of any process) has the file's log open: each holds a read
// lock on the "DMS" byte of the index (byte 128 of "-shm", SQLite's unix VFS). On Windows an
// open index cannot be removed anyway, so the answer there is "no" and the removal decides.
bool logInUse(const std::string& path) {
#ifdef _WIN32
  (void)path;
  return false;
#else
  const int fd = ::open((path + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = 128;
  probe.l_len = 1;
  const bool locked = ::fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK;
  ::close(fd);
  return locked;
#endif
}

// A connection that reads `path` and can never write it or its side files. Where SQLite cannot
// make its shared-memory index (a read-only folder or medium, a full disk) and no log is waiting,
// the main file holds everything and is read as immutable.
Result<sql::Database> openForReading(const std::string& path, bool& immutable) {
  immutable = false;
  auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
  if (!db) return db.error();
  auto probe = db.value().queryInteger("PRAGMA application_id");
  if (probe) return db;
  const std::string code = probe.error().code;
  if (code == "sqlite.hot_journal")
    return Error{"workspace.not_a_workspace",
                 "not a Valor workspace (it has an unfinished transaction in a rollback journal, "
                 "which Valor workspaces never use); it was not changed",
                 path};
  const bool cannotIndex = code == "sqlite.readonly" || code == "sqlite.cantopen" ||
                           code == "sqlite.ioerr" || code == "sqlite.full";
  if (!cannotIndex) return db;  // the caller's first query meets the same error and names it
  // Changes waiting in the log, or an index some connection may be using: the file is never
  // read unlocked then.
  std::error_code ec;
  if (hasPendingLog(path) || fs::exists(path + "-shm", ec))
    return Error{"workspace.unreadable_here",
                 "SQLite cannot read the workspace here (" + probe.error().message +
                     "), and its latest changes may still be in its write-ahead log (" + path +
                     "-wal). Copy the workspace's files (.valor and .valor-wal) to a folder you "
                     "can write to and open the copy; the files here were not changed",
                 path};
  immutable = true;
  return sql::Database::open(path, sql::Database::Mode::Immutable);
}

// Failures of the lock and the writing connection, in the user's terms.
Error lockError(const Error& e, const std::string& path) {
  if (e.code != "workspace.read_only_location") return e;
  return Error{"workspace.read_only_location",
               "the workspace is in a folder or on a medium that cannot be written to (" +
                   e.message + "); it can be opened read-only",
               path};
}

Error writeError(const Error& e, const std::string& path) {
  if (e.code == "sqlite.readonly")
    return lockError(Error{"workspace.read_only_location", e.message, path}, path);
  if (e.code == "sqlite.full")
    return Error{"workspace.disk_full", "the disk is full; free some space and try again", path};
  if (e.code == "sqlite.corrupt") return damagedError(path, e.message);
  if (e.code == "sqlite.ioerr" || e.code == "sqlite.cantopen")
    return Error{e.code,
                 "the drive could not be read or written (" + e.message +
                     "); check that it is still there and try again",
                 path};
  if (e.code == "sqlite.busy")
    return Error{e.code, "another program is using the file (" + e.message + "); try again", path};
  return Error{e.code, e.message, path};
}

// What the file is: its format number when it is a healthy Valor workspace this Valor can
// read. Before writing, SQLite's page check finds damage before anything is written into the
// file (about 60 ms for 1,000 scenarios with 100,000 changes; bounded in time, a larger file
// is checked as far as the budget goes). A reader skips it: SQLite checks each page it reads,
// and reading changes nothing.
Result<std::int64_t> inspect(sql::Database& db, const std::string& path, bool checkPages) {
  // A busy file or a failing drive is said as such; anything else that stops the reading is
  // damage.
  const auto failed = [&](const Error& e) {
    const bool storeTrouble = e.code == "sqlite.busy" || e.code == "sqlite.ioerr" ||
                              e.code == "sqlite.cantopen" || e.code == "sqlite.full";
    return storeTrouble ? writeError(e, path) : damagedError(path, e.message);
  };
  auto appId = db.queryInteger("PRAGMA application_id");
  if (!appId) return failed(appId.error());
  if (appId.value() != Workspace::kApplicationId)
    return Error{
        "workspace.not_a_workspace",
        "not a Valor workspace (an SQLite database of another program); it was not changed", path};
  auto version = db.queryInteger("PRAGMA user_version");
  if (!version) return failed(version.error());
  if (version.value() < 1) return damagedError(path, "no format version");
  if (version.value() > Workspace::kSchemaVersion)
    return Error{"workspace.newer",
                 "this workspace was made by a newer Valor (format " +
                     std::to_string(version.value()) + "; this Valor reads up to " +
                     std::to_string(Workspace::kSchemaVersion) +
                     "). Update Valor to open it; it was not changed",
                 path};
  if (auto count = db.queryInteger("SELECT count(*) FROM scenarios"); !count)
    return failed(count.error());
  if (!checkPages) return version.value();
  auto findings = db.checkPages(kPageCheckBudget);
  if (!findings) return failed(findings.error());
  if (!findings.value())
    logWarning("workspace " + path + ": the page check stopped after " +
               std::to_string(kPageCheckBudget.count()) + " ms; the rest was not checked");
  else if (*findings.value() != "ok")
    return damagedError(path, "SQLite's page check: " + *findings.value());
  return version.value();
}

}  // namespace

Result<std::unique_ptr<Workspace>> Workspace::create(const std::string& path,
                                                     WorkspaceOptions options) {
  std::error_code ec;
  if (fs::exists(path, ec))
    return Error{"workspace.exists", "a file of this name exists already; it was not touched",
                 path};
  // Built complete under a temporary name and renamed into place, so a crash while creating
  // leaves no half-made file at `path` (a stale temporary one is cleared the next time). A
  // failure (a full disk) takes its temporary file and the lock file it made away with it.
  const std::string building = path + ".new";
  const bool hadLockFile = fs::exists(path + ".lock", ec);
  auto lock = FileLock::acquire(path + ".lock");
  if (!lock) return lock.error();
  const auto cleanUp = [&](Error e) {
    lock = Error{};  // released before its file goes (Windows cannot remove an open file)
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(building + suffix, ec);
    if (!hadLockFile) fs::remove(path + ".lock", ec);
    return e;
  };
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(building + suffix, ec);
  const auto build = [&]() -> Status {
    auto db = sql::Database::open(building, sql::Database::Mode::ReadWriteCreate);
    if (!db) return writeError(db.error(), path);
    // In write-ahead-log mode before it is renamed into place: the first write under its own
    // name (opening it) then never needs a rollback journal, which a kill would leave behind.
    if (auto s = configure(db.value(), false); !s) return writeError(s.error(), path);
    if (auto s = migrate(db.value(), 0); !s) return writeError(s.error(), path);
    // A new, empty workspace needs no backup until a day from now.
    const std::string now = std::to_string(options.clock());
    if (auto s = db.value().execute("INSERT INTO meta(key, value) VALUES ('created_ms', " + now +
                                    "), ('last_backup_ms', " + now + ")");
        !s)
      return writeError(s.error(), path);
    // Everything into the main file before it is renamed: the log does not move with it.
    auto busy = db.value().queryInteger("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!busy) return writeError(busy.error(), path);
    if (busy.value() != 0)
      return Error{"workspace.create_failed", "the new workspace could not be written whole", path};
    return sql::ok();
  };  // the database is closed when this returns
  if (auto built = build(); !built) return cleanUp(built.error());
  if (fs::file_size(building + "-wal", ec) > 0 && !ec)
    return cleanUp(
        Error{"workspace.create_failed", "the new workspace could not be written whole", path});
  if (fs::exists(path, ec))
    return cleanUp(
        Error{"workspace.exists", "a file of this name exists already; it was not touched", path});
  fs::rename(building, path, ec);
  if (ec)
    return cleanUp(Error{"workspace.create_failed",
                         "cannot move the new workspace into place: " + ec.message(), path});
  lock = Error{};  // open() takes the lock again
  options.readOnly = false;
  return open(path, std::move(options));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path,
                                                   WorkspaceOptions options) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{"workspace.not_found", "no such workspace file", path};
  if (!fs::is_regular_file(path, ec)) return Error{"workspace.not_a_workspace", "not a file", path};
  if (!hasSqliteHeader(path))
    return Error{"workspace.not_a_workspace",
                 "not a Valor workspace (the file is not an SQLite database); it was not changed",
                 path};

  // First the file is read as it is, by a connection that cannot write: it never merges a
  // write-ahead log into the file or rolls back a journal, so a file that is refused (foreign,
  // newer, damaged, or next to another file's log) stays byte for byte as it was. Only a healthy
  // workspace of a format this Valor writes is then opened for writing.
  const bool hadIndex = fs::exists(path + "-shm", ec);
  const bool hadLog = fs::exists(path + "-wal", ec);
  bool immutable = false;
  auto reader = openForReading(path, immutable);
  const auto refuse = [&](Error e) {
    // The shared-memory index and the empty log SQLite made in order to read are ours to
    // remove; side files that were there before belong to whoever made them.
    // Only while no connection of another process has them open.
    if (!immutable) {
      reader = Error{};
      if (!logInUse(path)) {
        if (!hadLog && !hasPendingLog(path)) fs::remove(path + "-wal", ec);
        if (!hadIndex) fs::remove(path + "-shm", ec);
      }
    }
    return e;
  };
  if (!reader) return refuse(reader.error());
  auto format = inspect(reader.value(), path, /*checkPages=*/!options.readOnly);
  if (!format) return refuse(format.error());

  auto impl = std::make_unique<Impl>();
  if (options.readOnly) {
    impl->db = std::move(reader).value();
  } else {
    reader = Error{};  // closed before the writer opens
    auto lock = FileLock::acquire(path + ".lock");
    if (!lock) return lockError(lock.error(), path);
    impl->lock.emplace(std::move(lock).value());
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    if (!db) return writeError(db.error(), path);
    impl->db = std::move(db).value();
    // Another writer may have changed the file between the reading and the lock (upgraded it,
    // say): it is looked at again, without the page check.
    format = inspect(impl->db, path, /*checkPages=*/false);
    if (!format) return format.error();
  }

  std::unique_ptr<Workspace> ws(new Workspace(path, std::move(options), std::move(impl)));
  if (format.value() < kSchemaVersion && ws->readOnly()) {
    // A reader leaves the file as it is and reads the older format (it lacks only label codes).
    ws->impl_->format = format.value();
  } else if (format.value() < kSchemaVersion) {
    if (auto b = ws->backupNow(); !b) return b.error();
    if (auto s = migrate(ws->impl_->db, format.value()); !s) return writeError(s.error(), path);
    logInfo("workspace " + path + " upgraded from format " + std::to_string(format.value()) +
            " to " + std::to_string(kSchemaVersion) + " (a backup was made first)");
  }
  if (auto s = configure(ws->impl_->db, ws->readOnly()); !s) return writeError(s.error(), path);
  if (!ws->readOnly())
    if (auto s = ws->moveLegacyMarks(); !s) return writeError(s.error(), path);
  if (!ws->readOnly() && ws->options_.backupIntervalMs > 0) {
    auto last = ws->impl_->db.queryInteger(
        "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_backup_ms'), "
        "0)");
    const std::int64_t lastMs = last ? last.value() : 0;
    if (ws->options_.clock() - lastMs >= ws->options_.backupIntervalMs)
      if (auto b = ws->backupNow(); !b) return b.error();
  }
  return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openSecondWriter() const {
  if (readOnly() || !impl_->lock)
    return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto impl = std::make_unique<Impl>();
  auto db = sql::Database::open(path_, sql::Database::Mode::ReadWrite);
  if (!db) return writeError(db.error(), path_);
  impl->db = std::move(db).value();
  if (auto s = configure(impl->db, /*readOnly=*/false); !s) return writeError(s.error(), path_);
  WorkspaceOptions options = options_;
  options.backupIntervalMs = 0;  // the first connection keeps the backups
  // A copied generator would repeat this connection's IDs: the second gets a stream of its
  // own, seeded from this one (so seeded tests stay repeatable).
  options.newId = seededIdGenerator(std::hash<std::string>{}(options_.newId().toString()));
  return std::unique_ptr<Workspace>(new Workspace(path_, std::move(options), std::move(impl)));
}

void Workspace::forgetCachedScenario(const Id& scenario) {
  impl_->cache.erase(scenario);
}

Result<std::vector<ScenarioSummary>> Workspace::listScenarios() {
  auto stmt = impl_->db.prepare(
      std::string("SELECT s.id, s.name, s.model, s.revision, s.created_ms, s.updated_ms, "
                  "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM tags t "
                  "WHERE t.scenario_id = s.id ORDER BY tag)), ") +
      (impl_->format >= 3 ? "EXISTS (SELECT 1 FROM sync_links l WHERE l.scenario_id = s.id) "
                          : "0 ") +
      "FROM scenarios s WHERE s.deleted_ms IS NULL ORDER BY s.name COLLATE NOCASE, s.id");
  if (!stmt) return stmt.error();
  std::vector<ScenarioSummary> list;
  auto& s = stmt.value();
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    ScenarioSummary summary;
    summary.id = Id::parse(s.text(0)).value_or(Id());
    summary.name = s.text(1);
    summary.model = s.text(2);
    summary.revision = s.integer(3);
    summary.createdMs = s.integer(4);
    summary.updatedMs = s.integer(5);
    const std::string tags = s.text(6);
    for (std::size_t start = 0; start < tags.size();) {
      const std::size_t end = std::min(tags.find('\x1f', start), tags.size());
      summary.tags.push_back(tags.substr(start, end - start));
      start = end + 1;
    }
    summary.shared = s.integer(7) != 0;
    list.push_back(std::move(summary));
  }
  return list;
}

Result<Id> Workspace::findScenario(const std::string& idOrName) {
  auto list = listScenarios();
  if (!list) return list.error();
  if (auto id = Id::parse(idOrName)) {
    for (const auto& s : list.value())
      if (s.id == *id) return s.id;
    return notFound(*id);
  }
  std::vector<Id> matches;
  for (const auto& s : list.value())
    if (s.name == idOrName) matches.push_back(s.id);
  if (matches.size() == 1) return matches.front();
  if (matches.empty())
    return Error{"workspace.no_scenario", "no scenario has this ID or name", idOrName};
  return Error{"workspace.ambiguous",
               std::to_string(matches.size()) + " scenarios have this name; use the ID", idOrName};
}

Status Workspace::addScenarios(const std::vector<ScenarioDocument>& docs, const std::string& author,
                               const std::string& label, const LabelCode& labelCode) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  if (auto s = checkAuthorAndLabel(author, label, labelCode, path_); !s) return s;
  auto tx = sql::Transaction::begin(impl_->db);
  if (!tx) return tx.error();
  auto insertScenario = impl_->db.prepare(
      "INSERT INTO scenarios(id, name, model, revision, snapshot, created_ms, updated_ms) "
      "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5)");
  auto insertMutation = impl_->db.prepare(
      "INSERT INTO mutations(scenario_id, revision, mutation_id, author, client_time_ms, "
      "committed_ms, base_revision, label, label_code, ops) "
      "VALUES (?1, 1, ?2, ?3, ?4, ?4, 0, ?5, ?6, ?7)");
  if (!insertScenario) return insertScenario.error();
  if (!insertMutation) return insertMutation.error();
  const std::int64_t now = options_.clock();
  for (const ScenarioDocument& doc : docs) {
    if (doc.entities.empty())
      return Error{"workspace.empty_scenario", "a scenario needs its root entity", ""};
    const Id id = doc.root().id;
    const std::string idText = id.toString();
    const std::string snapshot = documentToFlatJson(doc).dump();
    auto& si = insertScenario.value();
    si.bind(1, idText).bind(2, nameOf(doc)).bind(3, modelOf(doc)).bind(4, snapshot).bind(5, now);
    if (auto s = si.run(); !s) {
      if (s.error().message.find("UNIQUE") != std::string::npos)
        return Error{"workspace.duplicate_scenario",
                     "a scenario with this ID is in the workspace already (import it as a copy)",
                     idText};
      return s.error();
    }
    auto& mi = insertMutation.value();
    mi.bind(1, idText).bind(2, options_.newId().toString()).bind(3, author).bind(4, now);
    mi.bind(5, label).bind(6, storedLabelCode(labelCode));
    mi.bind(7, opsToJson(creationOps(doc)).dump());
    if (auto s = mi.run(); !s) return s.error();
    if (auto s = indexMarks(impl_->db, idText, doc, nullptr, now); !s) return s.error();
  }
  if (auto s = tx.value().commit(); !s) return s.error();
  if (!readOnly())
    for (const ScenarioDocument& doc : docs) impl_->cache[doc.root().id] = {doc, 1};
  return std::monostate{};
}

Status Workspace::setMark(const Id& scenario, const char* field, std::optional<Value> value,
                          const std::string& author, const std::string& label,
                          LabelCode labelCode) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  ScenarioDocument target = current.value().document;
  if (value)
    target.entities.front().fields[field] = std::move(*value);
  else
    target.entities.front().fields.erase(field);
  auto changed = changeTo(scenario, target, author, label, std::move(labelCode));
  if (!changed) return changed.error();
  return std::monostate{};
}

Status Workspace::deleteScenario(const Id& scenario, const std::string& author) {
  return setMark(scenario, "status", Value(std::string("in_trash")), author, "Delete scenario",
                 {"delete_scenario", {}});
}

Status Workspace::undeleteScenario(const Id& scenario, const std::string& author) {
  return setMark(scenario, "status", std::nullopt, author, "Bring back deleted scenario",
                 {"undelete_scenario", {}});
}

Result<StoredScenario> Workspace::loadScenario(const Id& scenario) {
  if (auto it = impl_->cache.find(scenario); it != impl_->cache.end()) return it->second;
  auto stmt = impl_->db.prepare("SELECT revision, snapshot FROM scenarios WHERE id = ?1");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, scenario.toString());
  auto row = s.step();
  if (!row) return row.error();
  if (!row.value()) return notFound(scenario);
  auto doc = Impl::parseSnapshot(s.text(1), scenario.toString());
  if (!doc) return doc.error();
  StoredScenario stored{std::move(doc).value(), s.integer(0)};
  if (!readOnly()) impl_->cache[scenario] = stored;
  return stored;
}

Result<std::int64_t> Workspace::commit(const Id& scenario, const Mutation& mutation) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto committed = commitRetrying(scenario, mutation);
  if (committed) return committed;
  logWarning("a change to " + path_ + " was not saved: " + committed.error().message);
  // The store's own failures in the user's terms (a full disk, damage); a refused change keeps
  // its own message.
  if (committed.error().code.rfind("sqlite.", 0) == 0) return writeError(committed.error(), path_);
  return committed;
}

Result<std::int64_t> Workspace::commitRetrying(const Id& scenario, const Mutation& mutation,
                                               const InTransaction& also) {
  // The last version's name changes only with a version saved (saveVersion): an edit setting
  // it would show colleagues a saved version that was never saved.
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  const Id& root = current.value().document.root().id;
  if (std::any_of(mutation.ops.begin(), mutation.ops.end(),
                  [&](const Op& op) { return op.entity == root && op.field == kVersionField; }))
    return Error{"workspace.version_field",
                 "the field \"version\" changes only by saving a named version (Save version, or "
                 "valor-cli workspace versions --save), never by an edit",
                 scenario.toString()};
  // A scenario shared through a server queues the edit for it in the same transaction.
  const InTransaction queue = [&]() -> Status {
    if (auto s = queueForSync(scenario, mutation); !s) return s;
    return also ? also() : Status(std::monostate{});
  };
  auto committed = commitLocked(scenario, mutation, queue);
  // Another connection wrote the scenario since it was cached here (the sync worker, storing
  // colleagues' changes): the change is applied again to the stored state, a few times if that
  // connection keeps writing. Its ops still check their previous values, so an edit of a field
  // changed meanwhile is refused as stale, never written over it.
  for (int retry = 0; retry < 4 && !committed && committed.error().code == "workspace.conflict";
       ++retry)
    committed = commitLocked(scenario, mutation, queue);
  return committed;
}

// The revision at which this very mutation (same scenario, author, base, label and ops) was
// recorded; nothing when its ID is new. Another mutation under a recorded ID is refused.
Result<std::optional<std::int64_t>> Workspace::recordedRevision(const Id& scenario,
                                                                const Mutation& mutation) {
  auto stmt = impl_->db.prepare(
      "SELECT scenario_id, revision, author, base_revision, label, ops FROM mutations "
      "WHERE mutation_id = ?1");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, mutation.id.toString());
  auto row = s.step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::int64_t>();
  const auto ops = opsFromJson(Json::parse(s.text(5), nullptr, /*allow_exceptions=*/false));
  const bool same = s.text(0) == scenario.toString() && s.text(2) == mutation.author &&
                    s.integer(3) == mutation.baseRevision && s.text(4) == mutation.label && ops &&
                    ops.value() == mutation.ops;
  if (!same)
    return Error{"mutation.duplicate", "another mutation was recorded under this ID",
                 mutation.id.toString()};
  return std::optional<std::int64_t>(s.integer(1));
}

Result<std::int64_t> Workspace::commitLocked(const Id& scenario, const Mutation& mutation,
                                             const InTransaction& alsoInTransaction) {
  // A mutation sent again (a retry after a lost answer) is recorded once: the same answer again.
  auto recorded = recordedRevision(scenario, mutation);
  if (!recorded) return recorded.error();
  if (recorded.value().has_value()) return *recorded.value();
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  auto next = acceptMutation(current.value().document, mutation);
  if (!next) return next.error();
  const std::int64_t revision = current.value().revision + 1;
  const std::int64_t now = options_.clock();
  const std::string idText = scenario.toString();

  auto tx = sql::Transaction::begin(impl_->db);
  if (!tx) return tx.error();
  auto update = impl_->db.prepare(
      "UPDATE scenarios SET revision = ?2, snapshot = ?3, name = ?4, model = ?5, updated_ms = ?6 "
      "WHERE id = ?1 AND revision = ?7");
  if (!update) return update.error();
  update.value().bind(1, idText).bind(2, revision).bind(3, documentToFlatJson(next.value()).dump());
  update.value().bind(4, nameOf(next.value())).bind(5, modelOf(next.value())).bind(6, now);
  update.value().bind(7, current.value().revision);
  if (auto s = update.value().run(); !s) return s.error();
  if (impl_->db.changes() != 1) {
    impl_->cache.erase(scenario);  // stale: another connection wrote the scenario
    return Error{"workspace.conflict", "the scenario changed underneath this edit", idText};
  }
  auto insert = impl_->db.prepare(
      "INSERT INTO mutations(scenario_id, revision, mutation_id, author, client_time_ms, "
      "committed_ms, base_revision, label, label_code, ops) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!insert) return insert.error();
  auto& in = insert.value();
  in.bind(1, idText).bind(2, revision).bind(3, mutation.id.toString()).bind(4, mutation.author);
  in.bind(5, mutation.clientTimeMs).bind(6, now).bind(7, mutation.baseRevision);
  in.bind(8, mutation.label).bind(9, storedLabelCode(mutation.labelCode));
  in.bind(10, opsToJson(mutation.ops).dump());
  if (auto s = in.run(); !s) {
    if (s.error().message.find("UNIQUE") != std::string::npos)
      return Error{"mutation.duplicate", "this mutation was recorded already",
                   mutation.id.toString()};
    return s.error();
  }
  if (auto s = indexMarks(impl_->db, idText, next.value(), &current.value().document, now); !s)
    return s.error();
  if (auto s = alsoInTransaction(); !s) return s.error();
  if (auto s = tx.value().commit(); !s) {
    impl_->cache.erase(scenario);
    return s.error();
  }
  impl_->cache[scenario] = {std::move(next).value(), revision};
  return revision;
}

namespace {

// The history's columns; the label code only exists from format 2 on.
std::string historySelect(std::int64_t format) {
  return std::string(
             "SELECT revision, mutation_id, author, client_time_ms, committed_ms, base_revision, "
             "label, ") +
         (format >= 2 ? "label_code" : "''") + ", ops FROM mutations ";
}

Result<std::vector<HistoryEntry>> readHistoryRows(sql::Statement& s, const Id& scenario) {
  std::vector<HistoryEntry> entries;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    HistoryEntry entry;
    entry.revision = s.integer(0);
    entry.mutation.id = Id::parse(s.text(1)).value_or(Id());
    entry.mutation.author = s.text(2);
    entry.mutation.clientTimeMs = s.integer(3);
    entry.committedMs = s.integer(4);
    entry.mutation.baseRevision = s.integer(5);
    entry.mutation.label = s.text(6);
    auto ops = opsFromJson(Json::parse(s.text(8), nullptr, /*allow_exceptions=*/false));
    if (const std::string code = s.text(7); !code.empty()) {
      // A code this version cannot read is dropped: the label in words still describes it.
      auto parsed = labelCodeFromJson(Json::parse(code, nullptr, /*allow_exceptions=*/false));
      if (parsed) entry.mutation.labelCode = std::move(*parsed);
    }
    if (!ops)
      return Error{"workspace.corrupt", "a stored mutation cannot be read",
                   scenario.toString() + " revision " + std::to_string(entry.revision)};
    entry.mutation.ops = std::move(ops).value();
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace

Result<std::vector<HistoryEntry>> Workspace::history(const Id& scenario,
                                                     std::int64_t afterRevision) {
  auto stmt = impl_->db.prepare(historySelect(impl_->format) +
                                "WHERE scenario_id = ?1 AND revision > ?2 ORDER BY revision");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, scenario.toString()).bind(2, afterRevision);
  auto entries = readHistoryRows(stmt.value(), scenario);
  if (entries && entries.value().empty()) {
    if (auto exists = loadScenario(scenario); !exists) return exists.error();
  }
  return entries;
}

Result<std::vector<HistoryEntry>> Workspace::historyPage(const Id& scenario,
                                                         std::int64_t beforeRevision, int limit) {
  auto stmt =
      impl_->db.prepare(historySelect(impl_->format) +
                        "WHERE scenario_id = ?1 AND revision < ?2 ORDER BY revision DESC LIMIT ?3");
  if (!stmt) return stmt.error();
  const std::int64_t below =
      beforeRevision > 0 ? beforeRevision : std::numeric_limits<std::int64_t>::max();
  stmt.value().bind(1, scenario.toString()).bind(2, below).bind(3, std::int64_t{limit});
  auto entries = readHistoryRows(stmt.value(), scenario);
  if (!entries) return entries;
  if (entries.value().empty()) {
    if (auto exists = loadScenario(scenario); !exists) return exists.error();
  }
  std::reverse(entries.value().begin(), entries.value().end());
  return entries;
}

Result<ScenarioDocument> Workspace::documentAt(const Id& scenario, std::int64_t revision) {
  auto log = history(scenario);
  if (!log) return log.error();
  if (revision < 0 || revision > static_cast<std::int64_t>(log.value().size()))
    return Error{"workspace.no_revision",
                 "revision " + std::to_string(revision) + " does not exist (the scenario has " +
                     std::to_string(log.value().size()) + ")",
                 scenario.toString()};
  ScenarioDocument doc;
  for (const HistoryEntry& entry : log.value()) {
    if (entry.revision > revision) break;
    auto next = applyMutation(doc, entry.mutation);
    if (!next)
      return Error{"workspace.corrupt",
                   "the history does not replay at revision " + std::to_string(entry.revision) +
                       ": " + next.error().message,
                   scenario.toString()};
    doc = std::move(next).value();
  }
  return doc;
}

Result<std::int64_t> Workspace::changeTo(const Id& scenario, const ScenarioDocument& target,
                                         const std::string& author, const std::string& label,
                                         LabelCode labelCode, const InTransaction& also) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  if (target.entities.empty())
    return Error{"workspace.no_revision", "nothing to restore: the scenario did not exist yet",
                 scenario.toString()};
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  Mutation m;
  m.id = options_.newId();
  m.author = author;
  m.clientTimeMs = options_.clock();
  m.baseRevision = current.value().revision;
  m.label = label;
  m.labelCode = std::move(labelCode);
  m.ops = diffDocuments(current.value().document, target);
  if (m.ops.empty()) return current.value().revision;
  return commitRetrying(scenario, m, also);
}

Result<std::int64_t> Workspace::restoreInputs(const Id& scenario, ScenarioDocument target,
                                              const std::string& author, const std::string& label,
                                              LabelCode labelCode) {
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  return changeTo(scenario, withMarksOf(std::move(target), current.value().document), author, label,
                  std::move(labelCode));
}

Result<std::int64_t> Workspace::restoreRevision(const Id& scenario, std::int64_t revision,
                                                const std::string& author) {
  auto target = documentAt(scenario, revision);
  if (!target) return target.error();
  return restoreInputs(scenario, std::move(target).value(), author,
                       "Restore revision " + std::to_string(revision),
                       {"restore_revision", {std::to_string(revision)}});
}

Result<std::int64_t> Workspace::saveVersion(const Id& scenario, const std::string& label,
                                            const std::string& author) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  if (auto s = checkText("the version's name", label, kLabelText, path_); !s) return s.error();
  if (auto s = checkText("the author's name", author, kAuthorText, path_); !s) return s.error();
  std::int64_t versionId = 0;
  const std::int64_t savedMs = options_.clock();
  // The version is the scenario as the transaction leaves it, read back from its row.
  const InTransaction addVersion = [&]() -> Status {
    auto insert = impl_->db.prepare(
        "INSERT INTO versions(scenario_id, label, revision, snapshot, author, created_ms) "
        "SELECT id, ?2, revision, snapshot, ?3, ?4 FROM scenarios WHERE id = ?1");
    if (!insert) return insert.error();
    insert.value().bind(1, scenario.toString()).bind(2, label).bind(3, author);
    insert.value().bind(4, savedMs);
    if (auto s = insert.value().run(); !s) return s;
    auto id = impl_->db.queryInteger("SELECT last_insert_rowid()");
    if (!id) return id.error();
    versionId = id.value();
    return std::monostate{};
  };
  // Saved through the log (see kVersionField), so a shared scenario's copies all list it. The
  // op is built on the stored state, again if another connection (the sync worker storing a
  // colleague's save) wrote meanwhile: a save never fails because the last name changed.
  Mutation m;
  m.id = options_.newId();
  m.author = author;
  m.clientTimeMs = savedMs;
  m.label = labelNaming("Save version", label);
  m.labelCode = {"save_version", {label}};
  Result<std::int64_t> committed = std::int64_t{0};
  for (int attempt = 0; attempt < 4; ++attempt) {
    impl_->cache.erase(scenario);
    auto stored = loadScenario(scenario);
    if (!stored) return stored.error();
    m.baseRevision = stored.value().revision;
    m.ops = {setFieldOp(stored.value().document, stored.value().document.root().id, kVersionField,
                        Value(label))};
    committed = commitLocked(scenario, m, [&]() -> Status {
      if (auto s = queueForSync(scenario, m); !s) return s;
      return addVersion();
    });
    if (committed || committed.error().code != "workspace.conflict") break;
  }
  if (committed) return versionId;
  // A scenario shared to view only cannot take the save into its log: the version is this
  // analyst's own, kept here only.
  if (committed.error().code != "sync.view_only") return committed.error();
  auto tx = sql::Transaction::begin(impl_->db);
  if (!tx) return tx.error();
  if (auto s = addVersion(); !s) return s.error();
  if (auto s = tx.value().commit(); !s) return s.error();
  return versionId;
}

Result<std::vector<VersionInfo>> Workspace::versions(const Id& scenario) {
  if (auto exists = loadScenario(scenario); !exists) return exists.error();
  auto stmt = impl_->db.prepare(
      "SELECT id, label, revision, author, created_ms FROM versions WHERE scenario_id = ?1 ORDER "
      "BY id");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, scenario.toString());
  std::vector<VersionInfo> list;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    list.push_back({s.integer(0), scenario, s.text(1), s.integer(2), s.text(3), s.integer(4)});
  }
  return list;
}

Result<Workspace::StoredVersion> Workspace::storedVersion(std::int64_t versionId) {
  auto stmt = impl_->db.prepare("SELECT scenario_id, label, snapshot FROM versions WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, versionId);
  auto row = stmt.value().step();
  if (!row) return row.error();
  if (!row.value())
    return Error{"workspace.no_version", "no saved version with this number",
                 std::to_string(versionId)};
  auto doc = Impl::parseSnapshot(stmt.value().text(2), "version " + std::to_string(versionId));
  if (!doc) return doc.error();
  return StoredVersion{Id::parse(stmt.value().text(0)).value_or(Id()), stmt.value().text(1),
                       std::move(doc).value()};
}

Result<ScenarioDocument> Workspace::versionDocument(std::int64_t versionId) {
  auto version = storedVersion(versionId);
  if (!version) return version.error();
  return std::move(version).value().document;
}

Result<std::int64_t> Workspace::restoreVersion(std::int64_t versionId, const std::string& author) {
  auto version = storedVersion(versionId);
  if (!version) return version.error();
  const StoredVersion& v = version.value();
  return restoreInputs(v.scenario, v.document, author, labelNaming("Restore version", v.label),
                       {"restore_version", {v.label}});
}

Result<std::string> Workspace::note(const Id& scenario) {
  auto stored = loadScenario(scenario);
  if (!stored) return stored.error();
  if (const std::string* text = stored.value().document.root().text("note")) return *text;
  if (impl_->format >= 4) return std::string();
  // A reader of an older file, which it leaves as it is: the note is still in its table.
  auto stmt = impl_->db.prepare("SELECT body FROM notes WHERE scenario_id = ?1");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, scenario.toString());
  auto row = stmt.value().step();
  if (!row) return row.error();
  return row.value() ? stmt.value().text(0) : std::string();
}

Status Workspace::setNote(const Id& scenario, const std::string& text, const std::string& author) {
  return setMark(scenario, "note", text.empty() ? std::nullopt : std::optional<Value>(text), author,
                 "Edit note", {"edit_note", {}});
}

Status Workspace::setTags(const Id& scenario, const std::vector<std::string>& tags,
                          const std::string& author) {
  auto text = joinTags(tags);
  if (!text) return text.error();
  return setMark(scenario, "tags",
                 text.value().empty() ? std::nullopt : std::optional<Value>(text.value()), author,
                 "Set tags", {"set_tags", {}});
}

Status Workspace::moveLegacyMarks() {
  auto stmt = impl_->db.prepare(
      "SELECT m.scenario_id, m.note, m.tags, m.in_trash, "
      "(SELECT author FROM mutations u WHERE u.scenario_id = m.scenario_id "
      "ORDER BY revision DESC LIMIT 1) FROM legacy_marks m");
  if (!stmt) return stmt.error();
  struct Legacy {
    Id scenario;
    std::string note, tags, author;
    bool inTrash;
  };
  std::vector<Legacy> rows;
  for (auto& s = stmt.value();;) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    if (auto id = Id::parse(s.text(0)))
      rows.push_back({*id, s.text(1), s.text(2), s.text(4), s.integer(3) != 0});
  }
  for (const Legacy& legacy : rows) {
    auto current = loadScenario(legacy.scenario);
    if (!current) {
      logWarning("scenario " + legacy.scenario.toString() + " in " + path_ +
                 " cannot be read; its note and tags wait: " + current.error().message);
      continue;
    }
    ScenarioDocument target = current.value().document;
    auto& fields = target.entities.front().fields;
    if (!legacy.note.empty() && !textProblem(legacy.note, kNoteText))
      fields["note"] = legacy.note;
    else if (!legacy.note.empty())
      logWarning("the note of scenario " + legacy.scenario.toString() + " in " + path_ +
                 " breaks the text rules and was not moved; it is in the backup made before "
                 "the upgrade");
    // Tags from before the rule against commas: a comma becomes a space; tags are kept while
    // the list fits its field.
    std::vector<std::string> tags;
    for (std::size_t start = 0; start < legacy.tags.size();) {
      const std::size_t end = std::min(legacy.tags.find('\x1f', start), legacy.tags.size());
      std::string tag = legacy.tags.substr(start, end - start);
      std::replace(tag.begin(), tag.end(), ',', ' ');
      for (std::string& part : splitTags(tag)) tags.push_back(std::move(part));
      start = end + 1;
    }
    std::vector<std::string> kept;
    std::string tagText;
    for (const std::string& tag : tags) {
      kept.push_back(tag);
      if (auto joined = joinTags(kept))
        tagText = joined.value();
      else
        kept.pop_back();
    }
    if (!tagText.empty()) fields["tags"] = tagText;
    // A shared scenario deleted here was taken out of this workspace's list only: moved, the
    // deletion would reach everyone. It comes back into the list instead.
    auto link = syncLink(legacy.scenario);
    if (!link) return link.error();
    if (legacy.inTrash && !link.value()) fields["status"] = std::string("in_trash");
    const InTransaction moved = [&]() -> Status {
      auto done = impl_->db.prepare("DELETE FROM legacy_marks WHERE scenario_id = ?1");
      if (!done) return done.error();
      if (auto s = done.value().bind(1, legacy.scenario.toString()).run(); !s) return s;
      // The list's index from the field as moved (tags that could not move leave it too).
      return indexMarks(impl_->db, legacy.scenario.toString(), target, nullptr, options_.clock());
    };
    const std::string author = legacy.author.empty() ? std::string("Valor") : legacy.author;
    auto changed = changeTo(legacy.scenario, target, author,
                            "Note, tags and deletion kept in the history from now on",
                            {"marks_into_history", {}}, moved);
    if (!changed) {
      // One scenario that cannot take its marks must not lock the analyst out of the
      // workspace: it keeps them waiting here, and the rest goes on.
      logWarning("the note and tags of scenario " + legacy.scenario.toString() + " in " + path_ +
                 " could not be moved into its history: " + changed.error().message);
      continue;
    }
    // Nothing to change (only empty parts): the row goes all the same.
    if (changed.value() == current.value().revision)
      if (auto s = moved(); !s) return s;
  }
  return std::monostate{};
}

Result<std::optional<std::string>> Workspace::setting(const std::string& key) {
  auto stmt = impl_->db.prepare("SELECT value FROM settings WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, key);
  auto row = stmt.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<std::string>();
  return std::optional<std::string>(stmt.value().text(0));
}

Status Workspace::setSetting(const std::string& key, const std::string& value) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto stmt = impl_->db.prepare(
      "INSERT INTO settings(key, value) VALUES (?1, ?2) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, key).bind(2, value);
  return stmt.value().run();
}

Result<std::string> Workspace::backupNow() {
  const std::int64_t now = options_.clock();
  std::error_code ec;
  fs::create_directories(backupDirectory(), ec);
  if (ec)
    return Error{"workspace.backup_failed", "cannot create the backup folder: " + ec.message(),
                 backupDirectory()};
  const std::string stem = fs::path(path_).stem().string();
  const std::string target =
      (fs::path(backupDirectory()) / (stem + "-" + timestampForFile(now) + ".valor")).string();
  const std::string partial = target + ".partial";
  fs::remove(partial, ec);
  // Written under a temporary name and renamed, so a backup folder never holds half a backup.
  if (auto s = impl_->db.backupTo(partial); !s) {
    fs::remove(partial, ec);
    return s.error();
  }
  fs::rename(partial, target, ec);
  if (ec) return Error{"workspace.backup_failed", ec.message(), target};
  // Keep the newest backups of this workspace (names sort by time).
  std::vector<fs::path> backups;
  for (const auto& entry : fs::directory_iterator(backupDirectory(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(stem + "-", 0) == 0 && entry.path().extension() == ".valor")
      backups.push_back(entry.path());
  }
  std::sort(backups.begin(), backups.end());
  for (std::size_t i = 0; i + static_cast<std::size_t>(options_.backupsKept) < backups.size(); ++i)
    fs::remove(backups[i], ec);
  if (!readOnly())
    if (auto s = impl_->db.execute("INSERT INTO meta(key, value) VALUES ('last_backup_ms', " +
                                   std::to_string(now) +
                                   ") ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        !s)
      return s.error();
  return target;
}

Status Workspace::saveCopy(const std::string& target, bool replace) {
  std::error_code ec;
  const fs::path own = fs::weakly_canonical(path_, ec);
  const fs::path wanted = fs::weakly_canonical(target, ec);
  const auto isOwn = [&] {
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock", ".new"})
      if (wanted.string() == own.string() + suffix) return true;
    return false;
  };
  if (isOwn() || fs::equivalent(path_, target, ec))
    return Error{"workspace.copy_onto_itself",
                 "a copy must go to another file than the workspace and its side files", target};
  if (fs::exists(target, ec) && !replace)
    return Error{"workspace.exists", "a file of this name exists already; it was not touched",
                 target};
  // A workspace in use there (or a crashed one's log) would be replaced under its writer, or
  // its log applied to the copy.
  if (logInUse(target) || hasPendingLog(target) || fs::exists(target + "-journal", ec))
    return Error{"workspace.copy_target_in_use",
                 "a workspace of this name is open, or holds changes not yet merged into it; "
                 "choose another name",
                 target};
  const std::string partial = target + ".partial";
  fs::remove(partial, ec);
  if (auto s = impl_->db.backupTo(partial); !s) {
    fs::remove(partial, ec);
    fs::remove(partial + "-journal", ec);
    return Error{s.error().code, "cannot write the copy: " + s.error().message, target};
  }
  fs::rename(partial, target, ec);
  if (ec) {
    fs::remove(partial, ec);
    return Error{"workspace.copy_failed", "cannot move the copy into place: " + ec.message(),
                 target};
  }
  return sql::ok();
}

Result<std::string> Workspace::integrityCheck() {
  return impl_->db.queryText("PRAGMA integrity_check");
}

}  // namespace valor
