#pragma once
// A workspace's side of the sync protocol (docs/sync-protocol.md) for one signed-in account:
// sharing a scenario, opening a shared one, and syncing (push the queued edits, pull what
// others did). Everything the server answers is stored in the workspace before a call returns
// (core/store/syncrecord.h), so the next call, the next process or the next launch goes on
// from there; each step may be cut off at any point and simply repeated.
//
// Plain blocking calls: the CLI calls them directly, the desktop from its sync worker thread.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/providers/http.h"
#include "core/store/workspace.h"
#include "core/sync/syncstate.h"

namespace valor {

struct SyncAccount {
  std::string server;  // "https://valor.example.com" (no trailing slash needed)
  std::string token;
  std::string email;
  std::string caFile;  // a certificate to trust for a private server; empty: the system's
};

struct RemoteScenario {
  std::string id;
  std::string name;
  std::string model;
  std::string owner;
  std::string access;  // "view" or "edit"
  std::int64_t revision = 0;
  std::int64_t updatedMs = 0;
};

struct SyncOutcome {
  int pushed = 0;     // edits the server applied in this call
  int pulled = 0;     // server revisions taken in
  int conflicts = 0;  // new conflict records (overwritten values, refused edits)
  int pending = 0;    // edits still queued (offline, or the server refused to take them now)
  std::int64_t serverRevision = 0;
  std::int64_t localRevision = 0;
};

// A page of GET …/pull, read defensively (a server's answer is input like any other).
struct PullPage {
  std::vector<RemoteEntry> entries;
  bool more = false;
};
Result<PullPage> readPullPage(const nlohmann::ordered_json& page);

// Signs in; the answer's token is the caller's to keep (keychain, or a file the user chose).
Result<SyncAccount> signIn(const HttpTransport& http, const std::string& server,
                           const std::string& email, const std::string& password,
                           const std::string& caFile);

// The scenarios on the server the account may open.
Result<std::vector<RemoteScenario>> listRemote(const HttpTransport& http,
                                               const SyncAccount& account);
// The audit trail of one scenario on the server (owners and admins only: others get
// "sync.auth.forbidden"), oldest first, as the server lists it: seq, time_ms, actor, action
// ("scenario.push", "scenario.share", …) and detail for each entry.
Result<nlohmann::ordered_json> scenarioAuditTrail(const HttpTransport& http,
                                                  const SyncAccount& account,
                                                  const std::string& remoteId);
// Ends the session on the server (a session already ended counts as done).
Status signOut(const HttpTransport& http, const SyncAccount& account);

class SyncClient {
 public:
  SyncClient(Workspace& workspace, HttpTransport http, SyncAccount account, Clock clock,
             IdGenerator newId);

  // Uploads a local scenario and links it; edits made meanwhile are kept. Returns the remote
  // ID. A scenario the server has already (shared before from a copy of this workspace) is
  // opened as the server has it (the local state before stays in the local history).
  Result<std::string> share(const Id& scenario);
  // Grants a colleague of the tenant "view" or "edit" access.
  Status grant(const Id& scenario, const std::string& email, const std::string& access);
  // Brings a shared scenario into the workspace and syncs it. A local copy of it that is not
  // linked becomes the server's version (its former state stays in the local history; it is
  // never pushed over colleagues' work).
  Result<Id> open(const std::string& remoteId);
  // Pushes the scenario's queued edits in order (in pages the server takes).
  Result<SyncOutcome> push(const Id& scenario);
  // Takes in the server's revisions since the last pull, until up to date.
  Result<SyncOutcome> pull(const Id& scenario);
  // Both: push, then pull.
  Result<SyncOutcome> sync(const Id& scenario);
  // Asks the server what this user may now do with each shared scenario of the workspace (one
  // request) and stores it: a view-only scenario refuses local edits at once. Returns the
  // scenarios whose access changed.
  Result<std::vector<Id>> followAccess();
  // Tells the server this session has the scenario open (renew every 30 s) or closed it;
  // returns who has it open.
  Result<std::vector<std::string>> presence(const Id& scenario, bool open);

 private:
  Result<nlohmann::ordered_json> call(const std::string& method, const std::string& path,
                                      const std::string& body = {});
  // An entry of the local history the client writes itself (its ops, if any, are added after).
  Mutation historyEntry(const std::string& author, std::string label, LabelCode code);
  enum LinkMode { kKeepLocal, kTakeServer };
  // The server's copy of a scenario, and whether this user may only view it.
  struct Served {
    ScenarioDocument document;
    std::int64_t revision = 0;
    bool viewOnly = false;
    std::vector<SharedVersion> versions;  // saved up to `revision` (when opening)
  };
  // The versions saved in the scenario's log up to `revision`, the log replayed from the start.
  Result<std::vector<SharedVersion>> versionsUpTo(const std::string& remoteId,
                                                  std::int64_t revision);
  Result<std::int64_t> linkTo(const Id& scenario, const std::string& remoteId, const Served& served,
                              LinkMode mode);
  Result<Served> fetch(const std::string& remoteId);
  // The scenario's link, or "sync.not_shared".
  Result<SyncLink> sharedLink(const Id& scenario);
  Status pushInto(const Id& scenario, SyncOutcome& outcome);
  // `restartSequence`: the queue is numbered again under a new client ID once up to date.
  Status pullInto(const Id& scenario, SyncOutcome& outcome, bool restartSequence);

  Workspace& workspace_;
  HttpTransport http_;
  SyncAccount account_;
  Clock clock_;
  IdGenerator newId_;
};

}  // namespace valor
