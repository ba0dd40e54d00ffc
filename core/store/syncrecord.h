#pragma once
// What the workspace keeps for a scenario shared through a sync server (core/sync): the
// server's copy at the last revision pulled, this client's edits the server has not yet been
// seen to apply, and the conflicts found on the way, for the analyst to review.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor {

struct PendingEdit {
  std::int64_t clientSeq = 0;
  Mutation mutation;
  // Known once the server has answered the push (until then the edit is unsent or its
  // answer was lost; sending it again is safe: the server applies each sequence once).
  std::optional<std::int64_t> revision;

  friend bool operator==(const PendingEdit&, const PendingEdit&) = default;
};

struct SyncLink {
  std::string remoteId;  // the scenario's ID on the server
  // The client ID this workspace pushes the scenario's edits under, one per link: sequences
  // count per client ID, so each shared scenario's queue is pushed on its own, in its order.
  std::string clientId;
  std::int64_t confirmedRevision = 0;
  ScenarioDocument confirmed;
  std::int64_t nextSeq = 1;  // the client_seq the next local edit gets
  std::vector<PendingEdit> pending;
  // The server lets this user only view the scenario: local edits are refused at once (they
  // could never be applied), until the server's answer says otherwise.
  bool viewOnly = false;
};

// Someone else's value that an edit of mine replaced on the server, or an edit of mine the
// server refused (then `reason` says why and `field` is the edit's label).
struct ConflictRecord {
  enum class Kind { Overwritten, Refused };
  Kind kind = Kind::Overwritten;
  std::string field;  // scenario path
  std::optional<Value> mine;
  std::optional<Value> theirs;  // what mine replaced on the server
  std::optional<Value> base;    // what I saw when I made the edit
  std::string myAuthor;
  std::int64_t myTimeMs = 0;
  std::string theirAuthor;  // who set the value mine replaced, when known
  std::int64_t theirTimeMs = 0;
  std::int64_t revision = 0;  // where mine landed (0 when refused)
  std::string reason;
};

// A named version a colleague saved in a shared scenario, found in the server's log (the entry
// that sets the root's "version"): the server's document just after it is the version.
struct SharedVersion {
  std::string label;
  std::string author;
  std::int64_t timeMs = 0;  // when its author saved it
  ScenarioDocument document;

  friend bool operator==(const SharedVersion&, const SharedVersion&) = default;
};

struct StoredConflict {
  std::int64_t id = 0;
  ConflictRecord record;
  std::int64_t foundMs = 0;
  std::optional<std::int64_t> resolvedMs;
};

}  // namespace valor
