#pragma once
// One shared scenario as a sync client holds it (issue: sync in the desktop). `confirmed` is the
// server's document at the last revision pulled; `pending` are this client's edits the server
// has not yet been seen to apply, in the order they were made, each with its sequence number
// (client_id, client_seq: the server applies each exactly once). What the analyst sees is
// confirmed with pending rebased on it (core/ops/rebase.h), so it never waits for the network.
//
// Conflicts follow the server's order, field by field: a pending edit pushed after someone
// else's edit of the same field wins on the server. When the client pulls its own edit back,
// the server's copy shows what it replaced; where that is not what the analyst saw, someone
// else's value was overwritten, and the client keeps a conflict record (mine, theirs, base, who
// and when), so nothing is silently lost — even when the push's answer never arrived. An edit
// the server refuses (its entity deleted meanwhile) leaves pending with a record of why.
//
// Saving a named version is an entry of the log too (core/model/scenariomarks.h): a version two
// analysts save at once is no conflict — both are kept.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/syncrecord.h"

namespace valor {

// An entry of the server's log (GET …/pull).
struct RemoteEntry {
  std::int64_t revision = 0;
  std::string author;
  std::int64_t committedMs = 0;
  std::string clientId;  // empty for the scenario's upload
  std::int64_t clientSeq = 0;
  Mutation mutation;  // as the server applied it: `previous` is what it replaced
};

class SyncState {
 public:
  SyncState(std::string clientId, ScenarioDocument confirmed, std::int64_t confirmedRevision);
  // As the workspace stored it.
  explicit SyncState(SyncLink link);

  // For the workspace to store (with `remoteId`).
  SyncLink link(std::string remoteId) const;

  const std::string& clientId() const { return clientId_; }
  const ScenarioDocument& confirmed() const { return confirmed_; }
  std::int64_t confirmedRevision() const { return confirmedRevision_; }
  const std::vector<PendingEdit>& pending() const { return pending_; }
  std::int64_t nextSeq() const { return nextSeq_; }

  // What the analyst sees: confirmed with the pending edits rebased on it. Edits that no
  // longer apply (the server will refuse them) are left out.
  ScenarioDocument local() const;

  // A local edit, made on local(): queued under the next sequence number, which it returns.
  Result<std::int64_t> edit(const Mutation& m);

  // The server's answers to a push of pending edits. A refused edit leaves pending with a
  // conflict record saying why.
  void applied(std::int64_t clientSeq, std::int64_t revision);
  void refused(std::int64_t clientSeq, const std::string& reason);

  // The server's log after confirmedRevision(), in order (a page of it is fine). Each entry
  // moves `confirmed` on; this client's own entries leave pending, with a conflict record for
  // each field where they replaced someone else's value. Fails, changing nothing, when the log
  // does not follow on or does not apply (the caller then reloads the scenario).
  Status pulled(const std::vector<RemoteEntry>& log);

  // Whether the log holds an entry under this client ID and a queued edit's sequence that is
  // another mutation: the number was used twice (a copy of the workspace, a backup put back),
  // so the queued edit was not applied. After a complete pull the queue is then numbered again
  // under a new client ID (restartSequence), and pushed again.
  bool sequenceTaken() const { return sequenceTaken_; }
  void restartSequence(std::string newClientId);

  // Conflicts found since the last call (taken: the caller shows and stores them).
  std::vector<ConflictRecord> takeConflicts();
  // The named versions others saved in the log pulled since the last call (taken: the caller
  // stores them). This client's own are in its workspace already.
  std::vector<SharedVersion> takeVersions();

 private:
  std::string clientId_;
  ScenarioDocument confirmed_;
  std::int64_t confirmedRevision_ = 0;
  std::int64_t nextSeq_ = 1;
  std::vector<PendingEdit> pending_;
  std::vector<ConflictRecord> found_;
  std::vector<SharedVersion> versions_;
  bool sequenceTaken_ = false;
};

}  // namespace valor
