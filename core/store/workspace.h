#pragma once
// The workspace: one SQLite file (*.valor) holding an analyst's scenarios, each as its current
// snapshot plus the full mutation log, named versions and workspace settings. A scenario's note,
// tags and trash state are fields of it (core/model/scenariomarks.h), changed by mutations.
//
// Every mutation is applied to the stored snapshot and appended to the log in one transaction
// (WAL, synchronous=FULL), so a crash or power cut at any instant leaves the whole edit or none
// of it. History is never rewritten: restoring a revision or a version is a new mutation.
// One process writes at a time (a lock on "<file>.lock"); others may open it read-only.
// A foreign or damaged file is reported and never written to.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"
#include "core/store/syncrecord.h"

namespace valor {

struct WorkspaceOptions {
  Clock clock;
  IdGenerator newId;  // for the mutations the workspace makes itself (restores)
  bool readOnly = false;
  // Automatic backups (SQLite online backup) into "<file>.backups/": before a migration, and
  // when the newest is older than the interval at opening time. 0 disables the scheduled ones.
  std::int64_t backupIntervalMs = 24LL * 3600 * 1000;
  int backupsKept = 5;
};

struct ScenarioSummary {
  Id id;
  std::string name;
  std::string model;
  std::int64_t revision = 0;
  std::int64_t createdMs = 0;
  std::int64_t updatedMs = 0;
  std::vector<std::string> tags;
  bool shared = false;  // linked to a sync server's copy
};

struct StoredScenario {
  ScenarioDocument document;
  std::int64_t revision = 0;
};

struct HistoryEntry {
  std::int64_t revision = 0;
  std::int64_t committedMs = 0;
  Mutation mutation;
};

struct VersionInfo {
  std::int64_t id = 0;
  Id scenario;
  std::string label;
  std::int64_t revision = 0;
  std::string author;
  std::int64_t createdMs = 0;
};

class Workspace {
 public:
  static constexpr int kSchemaVersion = 4;
  static constexpr std::int64_t kApplicationId = 0x56414C52;  // "VALR" in the SQLite header

  // Creates a new workspace file; refuses to touch an existing file.
  static Result<std::unique_ptr<Workspace>> create(const std::string& path,
                                                   WorkspaceOptions options);
  static Result<std::unique_ptr<Workspace>> open(const std::string& path, WorkspaceOptions options);
  ~Workspace();

  // Another connection to this workspace, for a thread of this process that writes beside this
  // object (the desktop's sync worker): it writes under this object's lock, so it must be
  // closed first. A change one connection makes reaches the other's cache through the
  // scenario's revision (commit retries on the stored state) or forgetCachedScenario().
  Result<std::unique_ptr<Workspace>> openSecondWriter() const;
  // Drops this connection's cached copy of a scenario another connection changed.
  void forgetCachedScenario(const Id& scenario);

  const std::string& path() const { return path_; }
  const WorkspaceOptions& options() const { return options_; }
  bool readOnly() const { return options_.readOnly; }

  Result<std::vector<ScenarioSummary>> listScenarios();
  // By ID, or by exact name when exactly one scenario has it.
  Result<Id> findScenario(const std::string& idOrName);

  // Adds scenarios (each as a creation mutation, revision 1), all in one transaction.
  Status addScenarios(const std::vector<ScenarioDocument>& docs, const std::string& author,
                      const std::string& label, const LabelCode& labelCode = {});
  Result<StoredScenario> loadScenario(const Id& scenario);

  // Moves a scenario out of the list into the trash (its data and history stay, so the deletion
  // can be undone); undeleteScenario brings it back. Both are mutations (of "status").
  Status deleteScenario(const Id& scenario, const std::string& author);
  Status undeleteScenario(const Id& scenario, const std::string& author);

  // Applies and durably records one mutation; returns the scenario's new revision. The same
  // mutation sent again (same ID and content) is recorded once and answered with its revision;
  // another mutation under a recorded ID is refused (mutation.duplicate).
  Result<std::int64_t> commit(const Id& scenario, const Mutation& mutation);

  // The log in revision order; with `afterRevision`, only the entries after it (for views that
  // append what is new instead of reloading everything).
  Result<std::vector<HistoryEntry>> history(const Id& scenario, std::int64_t afterRevision = 0);
  // At most `limit` of the newest entries below `beforeRevision` (0: from the newest), oldest
  // first: a long log is read a page at a time from its recent end.
  Result<std::vector<HistoryEntry>> historyPage(const Id& scenario, std::int64_t beforeRevision,
                                                int limit);
  // The document as it was after `revision` (0: before it existed), replayed from the log.
  Result<ScenarioDocument> documentAt(const Id& scenario, std::int64_t revision);
  // Makes the current state equal to a past revision, as a new mutation. Returns the new
  // revision (unchanged when there is nothing to restore).
  Result<std::int64_t> restoreRevision(const Id& scenario, std::int64_t revision,
                                       const std::string& author);

  Result<std::int64_t> saveVersion(const Id& scenario, const std::string& label,
                                   const std::string& author);
  Result<std::vector<VersionInfo>> versions(const Id& scenario);
  Result<ScenarioDocument> versionDocument(std::int64_t versionId);
  Result<std::int64_t> restoreVersion(std::int64_t versionId, const std::string& author);

  // The note and the tags, each changed by a mutation (an empty note or list removes the field).
  Result<std::string> note(const Id& scenario);
  Status setNote(const Id& scenario, const std::string& text, const std::string& author);
  Status setTags(const Id& scenario, const std::vector<std::string>& tags,
                 const std::string& author);

  // Sync (core/sync): a scenario shared through a server keeps the server's copy and this
  // client's unsent edits beside it (core/store/syncrecord.h). A local edit of such a scenario
  // (commit, restores) is queued in the transaction that records it, so a crash between the
  // two cannot lose it. Implemented in workspacesync.cpp.
  Result<std::optional<SyncLink>> syncLink(const Id& scenario);
  // The scenarios shared through a server, with their remote IDs.
  Result<std::vector<std::pair<Id, std::string>>> syncLinks();
  // Stores what sharing, a push or a pull made of the link, in one transaction: `after`
  // replaces the stored link (`expectedNextSeq` 0: links the scenario now), the local snapshot
  // becomes `local` through one mutation that is not queued (`change` gives its ID, author and
  // label; its ops are worked out here), and `conflicts` are kept for review. When a local edit
  // was queued since the link was read (next_seq moved on), nothing is written and the error is
  // "sync.stale": read again and redo. So it is too when `expectedLocalRevision` (when not 0)
  // is not the scenario's stored revision. `versions` colleagues saved are listed with the
  // scenario's own, at the local revision this stores (which they always move on, so that every
  // copy's views learn of them). Returns the local revision.
  Result<std::int64_t> storeSync(const Id& scenario, std::int64_t expectedNextSeq,
                                 const SyncLink& after, const ScenarioDocument& local,
                                 const Mutation& change,
                                 const std::vector<ConflictRecord>& conflicts,
                                 const std::vector<SharedVersion>& versions,
                                 std::int64_t expectedLocalRevision = 0);
  // Keeps conflicts found outside a sync for review (an undo a colleague's later value stopped).
  Status recordSyncConflicts(const Id& scenario, const std::vector<ConflictRecord>& conflicts);
  // What the server lets this user do with a shared scenario, as it last said (see
  // SyncLink::viewOnly); a scenario that is not shared is left alone.
  Status setSyncViewOnly(const Id& scenario, bool viewOnly);
  Result<std::vector<StoredConflict>> syncConflicts(const Id& scenario, bool withResolved);
  Status resolveSyncConflict(const Id& scenario, std::int64_t conflictId);

  Result<std::optional<std::string>> setting(const std::string& key);
  Status setSetting(const std::string& key, const std::string& value);

  // A backup now, into "<file>.backups/", keeping the newest `backupsKept`.
  Result<std::string> backupNow();
  std::string backupDirectory() const { return path_ + ".backups"; }

  // A complete, consistent copy of the workspace as one file (SQLite's online backup: the
  // changes still in the write-ahead log included), written under a temporary name and renamed
  // into place. Works on a read-only workspace too, so a copy can be taken while another window
  // writes. An existing `target` is replaced only when `replace` is set.
  Status saveCopy(const std::string& target, bool replace);

  // PRAGMA integrity_check: "ok" or SQLite's findings.
  Result<std::string> integrityCheck();

  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

 private:
  struct Impl;
  Workspace(std::string path, WorkspaceOptions options, std::unique_ptr<Impl> impl);
  Status setMark(const Id& scenario, const char* field, std::optional<Value> value,
                 const std::string& author, const std::string& label, LabelCode labelCode);
  // Makes notes, tags and deletions stored before format 4 the scenarios' fields, one mutation
  // per scenario (each deleting what it moved, so a crash midway goes on at the next opening).
  Status moveLegacyMarks();
  struct StoredVersion {
    Id scenario;
    std::string label;
    ScenarioDocument document;
  };
  Result<StoredVersion> storedVersion(std::int64_t versionId);
  using InTransaction = std::function<Status()>;
  Result<std::int64_t> commitLocked(const Id& scenario, const Mutation& mutation,
                                    const InTransaction& alsoInTransaction);
  Status queueForSync(const Id& scenario, const Mutation& mutation);
  // commitLocked, tried once more on the stored state when another connection wrote meanwhile;
  // `also` runs in the same transaction.
  Result<std::int64_t> commitRetrying(const Id& scenario, const Mutation& mutation,
                                      const InTransaction& also = {});
  Result<std::optional<std::int64_t>> recordedRevision(const Id& scenario,
                                                       const Mutation& mutation);
  // Makes the scenario `target` with one mutation of the differences (none when equal).
  Result<std::int64_t> changeTo(const Id& scenario, const ScenarioDocument& target,
                                const std::string& author, const std::string& label,
                                LabelCode labelCode, const InTransaction& also = {});
  // changeTo a past state's inputs, keeping the current note, tags and trash state.
  Result<std::int64_t> restoreInputs(const Id& scenario, ScenarioDocument target,
                                     const std::string& author, const std::string& label,
                                     LabelCode labelCode);

  std::string path_;
  WorkspaceOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace valor
