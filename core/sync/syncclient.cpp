#include "core/sync/syncclient.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/common/log.h"
#include "core/model/flatjson.h"
#include "core/model/scenariojson.h"
#include "core/ops/mutationjson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kPushBatch = 1000;  // the server's limit per push
constexpr int kStaleRetries = 4;          // local edits landing while a sync stores its result

std::string trimmedServer(std::string server) {
  while (!server.empty() && server.back() == '/') server.pop_back();
  return server;
}

HttpRequest requestFor(const SyncAccount& account, const std::string& method,
                       const std::string& path, const std::string& body) {
  HttpRequest r;
  r.method = method;
  r.url = trimmedServer(account.server) + path;
  r.userAgent = "Valor IVX sync";
  r.timeoutMs = 60'000;
  r.caFile = account.caFile;
  r.body = body;
  if (!account.token.empty()) r.headers.push_back("Authorization: Bearer " + account.token);
  if (!body.empty()) r.headers.push_back("Content-Type: application/json");
  return r;
}

// A failure the server explained, in its words (docs/sync-protocol.md, "Errors").
Error serverError(long status, const Json& body, const std::string& context) {
  std::string code;
  std::string message;
  if (body.is_object() && body.contains("error") && body["error"].is_object()) {
    const Json& e = body["error"];
    if (e.contains("code") && e["code"].is_string()) code = e["code"].get<std::string>();
    if (e.contains("message") && e["message"].is_string())
      message = e["message"].get<std::string>();
  }
  if (status == 401)
    return Error{"sync.signed_out", "the server no longer accepts this sign-in; sign in again",
                 context};
  if (status == 429 || status >= 500)
    return Error{"sync.unavailable", "the server is busy or unavailable; try again shortly",
                 context};
  if (message.empty()) message = "the server answered " + std::to_string(status);
  return Error{"sync." + (code.empty() ? std::string("refused") : code), message, context};
}

// A path segment as RFC 3986 §2 wants it: anything but the unreserved characters as %XX.
std::string percentEncoded(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::optional<std::int64_t> integerField(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
  return j[key].get<std::int64_t>();
}

std::string textField(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return {};
  return j[key].get<std::string>();
}

Error malformed(const std::string& what) {
  return Error{"sync.protocol", "the server's answer cannot be read (" + what + ")", {}};
}

Result<RemoteEntry> entryFromJson(const Json& j) {
  const auto revision = integerField(j, "revision");
  const auto committed = integerField(j, "committed_ms");
  if (!revision || !committed || !j.contains("mutation")) return malformed("a pulled revision");
  auto m = mutationFromJson(j["mutation"]);
  if (!m) return malformed("a pulled mutation: " + m.error().message);
  return RemoteEntry{*revision,
                     textField(j, "author"),
                     *committed,
                     textField(j, "client_id"),
                     integerField(j, "client_seq").value_or(0),
                     std::move(m).value()};
}

// "Changes from ann@…, bob@…" for the local history; at most three names shown.
std::pair<std::string, LabelCode> remoteLabel(const std::vector<std::string>& authors) {
  if (authors.empty()) return {"Synced with the server", {"sync_server", {}}};
  std::string names;
  for (std::size_t i = 0; i < authors.size() && i < 3; ++i) names += (i ? ", " : "") + authors[i];
  if (authors.size() > 3) names += " and " + std::to_string(authors.size() - 3) + " more";
  return {"Changes from " + names, {"sync_remote", {names}}};
}

// One call; the answer's body when the status says it succeeded, else the server's error.
Result<Json> callServer(const HttpTransport& http, const SyncAccount& account,
                        const std::string& method, const std::string& path,
                        const std::string& body = {}) {
  auto answer = http(requestFor(account, method, path, body));
  if (!answer) {
    const Error& e = answer.error();
    if (e.code == "http.offline" || e.code == "http.timeout")
      return Error{"sync.offline", e.message, account.server};
    return Error{"sync." + e.code.substr(e.code.find('.') + 1), e.message, account.server};
  }
  Json json = Json::parse(answer.value().body, nullptr, /*allow_exceptions=*/false);
  if (answer.value().status >= 400)
    return serverError(answer.value().status, json, method + " " + path);
  return json;
}

}  // namespace

Result<std::vector<RemoteScenario>> listRemote(const HttpTransport& http,
                                               const SyncAccount& account) {
  auto answer = callServer(http, account, "GET", "/v1/scenarios");
  if (!answer) return answer.error();
  const Json list = answer.value().contains("scenarios") ? answer.value()["scenarios"] : Json();
  if (!list.is_array()) return malformed("the list of scenarios");
  std::vector<RemoteScenario> out;
  for (const Json& j : list)
    out.push_back(RemoteScenario{textField(j, "id"), textField(j, "name"), textField(j, "model"),
                                 textField(j, "owner"), textField(j, "access"),
                                 integerField(j, "revision").value_or(0),
                                 integerField(j, "updated_ms").value_or(0)});
  return out;
}

Result<Json> scenarioAuditTrail(const HttpTransport& http, const SyncAccount& account,
                                const std::string& remoteId) {
  if (!Id::parse(remoteId)) return Error{"sync.not_found", "not a scenario ID", remoteId};
  auto answer = callServer(http, account, "GET", "/v1/audit?format=json&scenario=" + remoteId);
  if (!answer) return answer.error();
  if (!answer.value().contains("entries") || !answer.value()["entries"].is_array())
    return malformed("the audit trail");
  return answer.value()["entries"];
}

Status signOut(const HttpTransport& http, const SyncAccount& account) {
  auto answer = callServer(http, account, "POST", "/v1/logout");
  if (!answer && answer.error().code != "sync.signed_out") return answer.error();
  return std::monostate{};
}

Result<PullPage> readPullPage(const Json& page) {
  if (!page.is_object() || !page.contains("mutations") || !page["mutations"].is_array())
    return malformed("the pull's answer");
  PullPage out;
  for (const Json& j : page["mutations"]) {
    auto entry = entryFromJson(j);
    if (!entry) return entry.error();
    out.entries.push_back(std::move(entry).value());
  }
  out.more = page.contains("more") && page["more"].is_boolean() && page["more"].get<bool>() &&
             !out.entries.empty();
  return out;
}

Result<SyncAccount> signIn(const HttpTransport& http, const std::string& server,
                           const std::string& email, const std::string& password,
                           const std::string& caFile) {
  SyncAccount account{trimmedServer(server), {}, email, caFile};
  const std::string body = Json{{"email", email}, {"password", password}}.dump();
  auto answer = http(requestFor(account, "POST", "/v1/login", body));
  if (!answer) return answer.error();
  const Json json = Json::parse(answer.value().body, nullptr, /*allow_exceptions=*/false);
  if (answer.value().status == 401)
    return Error{"sync.sign_in_failed", "the e-mail or the password is wrong", email};
  if (answer.value().status != 200) return serverError(answer.value().status, json, server);
  account.token = textField(json, "token");
  if (account.token.empty()) return malformed("the sign-in");
  return account;
}

SyncClient::SyncClient(Workspace& workspace, HttpTransport http, SyncAccount account, Clock clock,
                       IdGenerator newId)
    : workspace_(workspace),
      http_(std::move(http)),
      account_(std::move(account)),
      clock_(std::move(clock)),
      newId_(std::move(newId)) {}

Result<Json> SyncClient::call(const std::string& method, const std::string& path,
                              const std::string& body) {
  return callServer(http_, account_, method, path, body);
}

// Links `scenario` to the server's copy, in one transaction that also checks the local state
// is the one read here (another connection may be editing it).
//  - kKeepLocal (sharing): the analyst's edits made since the upload are queued as one edit,
//    so the local state stays as it is and nothing is lost;
//  - kTakeServer (opening): the local state becomes the server's; a local copy that differed
//    keeps its former state in the local history, and nothing of it is pushed over colleagues'
//    work.
Mutation SyncClient::historyEntry(const std::string& author, std::string label, LabelCode code) {
  Mutation entry;
  entry.id = newId_();
  entry.author = author;
  entry.clientTimeMs = clock_();
  entry.label = std::move(label);
  entry.labelCode = std::move(code);
  return entry;
}

Result<std::int64_t> SyncClient::linkTo(const Id& scenario, const std::string& remoteId,
                                        const Served& served, LinkMode mode) {
  const ScenarioDocument& serverDoc = served.document;
  const std::int64_t serverRevision = served.revision;
  for (int stale = 0; stale < kStaleRetries; ++stale) {
    workspace_.forgetCachedScenario(scenario);
    auto local = workspace_.loadScenario(scenario);
    if (!local) return local.error();
    SyncLink link{remoteId, newId_().toString(), serverRevision, serverDoc, 1, {}, served.viewOnly};
    const ScenarioDocument& current = local.value().document;
    if (auto ops = diffDocuments(serverDoc, current); mode == kKeepLocal && !ops.empty()) {
      Mutation m =
          historyEntry(account_.email, "Changes made before sharing", {"sync_local_changes", {}});
      m.baseRevision = serverRevision;
      m.ops = std::move(ops);
      link.pending.push_back(PendingEdit{1, std::move(m), std::nullopt});
      link.nextSeq = 2;
    }
    const Mutation change =
        historyEntry(account_.email, "Opened from the server", {"sync_opened", {}});
    auto stored = workspace_.storeSync(scenario, 0, link, mode == kKeepLocal ? current : serverDoc,
                                       change, {}, served.versions, local.value().revision);
    if (stored || stored.error().code != "sync.stale") return stored;
  }
  return Error{"sync.busy", "the scenario kept changing while syncing; try again",
               scenario.toString()};
}

Result<std::string> SyncClient::share(const Id& scenario) {
  auto existing = workspace_.syncLink(scenario);
  if (!existing) return existing.error();
  if (existing.value()) return existing.value()->remoteId;
  workspace_.forgetCachedScenario(scenario);  // another connection may have written
  auto local = workspace_.loadScenario(scenario);
  if (!local) return local.error();
  const std::string id = scenario.toString();
  auto uploaded = call("POST", "/v1/scenarios", scenarioToJson(local.value().document).dump());
  // Shared before (from a copy of this workspace): the server's copy is the one to follow.
  if (!uploaded && uploaded.error().code == "sync.scenario.exists") {
    if (auto opened = open(id); !opened) return opened.error();
    return id;
  }
  if (!uploaded) return uploaded.error();
  auto served = fetch(id);
  if (!served) return served.error();
  if (auto linked = linkTo(scenario, id, served.value(), kKeepLocal); !linked)
    return linked.error();
  if (auto synced = sync(scenario); !synced) return synced.error();
  return id;
}

Status SyncClient::grant(const Id& scenario, const std::string& email, const std::string& access) {
  auto link = sharedLink(scenario);
  if (!link) return link.error();
  if (email.empty() || email.size() > 254 || email.find('@') == std::string::npos)
    return Error{"sync.invalid", "not an e-mail address", email};
  auto answer =
      call("PUT", "/v1/scenarios/" + link.value().remoteId + "/shares/" + percentEncoded(email),
           Json{{"access", access}}.dump());
  if (!answer) return answer.error();
  return std::monostate{};
}

Result<SyncClient::Served> SyncClient::fetch(const std::string& remoteId) {
  auto answer = call("GET", "/v1/scenarios/" + remoteId);
  if (!answer) return answer.error();
  const Json& body = answer.value();
  const auto revision = integerField(body, "revision");
  auto doc = body.contains("document") ? documentFromFlatJson(body["document"]) : std::nullopt;
  if (!revision || !doc || doc->entities.empty() || doc->root().id.toString() != remoteId)
    return malformed("the scenario");
  return Served{std::move(*doc), *revision, textField(body, "access") == "view", {}};
}

Result<Id> SyncClient::open(const std::string& remoteId) {
  const auto id = Id::parse(remoteId);
  if (!id) return Error{"sync.not_found", "not a scenario ID", remoteId};
  auto existing = workspace_.syncLink(*id);
  if (!existing) return existing.error();
  if (!existing.value()) {
    auto served = fetch(remoteId);
    if (!served) return served.error();
    // The versions colleagues saved before: a log that cannot be read back only costs them.
    if (auto earlier = versionsUpTo(remoteId, served.value().revision))
      served.value().versions = std::move(earlier).value();
    else
      logWarning("the versions saved before opening " + remoteId +
                 " could not be read: " + earlier.error().message);
    const ScenarioDocument& doc = served.value().document;
    if (!workspace_.loadScenario(*id)) {
      if (auto s = workspace_.addScenarios({doc}, account_.email, "Opened from the server",
                                           {"sync_opened", {}});
          !s)
        return s.error();
    }
    if (auto linked = linkTo(*id, remoteId, served.value(), kTakeServer); !linked)
      return linked.error();
  }
  if (auto synced = sync(*id); !synced) return synced.error();
  return *id;
}

Result<std::vector<SharedVersion>> SyncClient::versionsUpTo(const std::string& remoteId,
                                                            std::int64_t revision) {
  // Under a client ID of its own, the replay takes every client's saves as others'.
  SyncState replay(newId_().toString(), ScenarioDocument{}, 0);
  while (replay.confirmedRevision() < revision) {
    auto answer = call("GET", "/v1/scenarios/" + remoteId +
                                  "/pull?since=" + std::to_string(replay.confirmedRevision()));
    if (!answer) return answer.error();
    auto page = readPullPage(answer.value());
    if (!page) return page.error();
    auto& entries = page.value().entries;
    std::erase_if(entries, [&](const RemoteEntry& e) { return e.revision > revision; });
    if (entries.empty()) break;
    if (auto s = replay.pulled(entries); !s) return s.error();
  }
  return replay.takeVersions();
}

Result<SyncLink> SyncClient::sharedLink(const Id& scenario) {
  auto link = workspace_.syncLink(scenario);
  if (!link) return link.error();
  if (!link.value())
    return Error{"sync.not_shared", "this scenario is not shared through a server",
                 scenario.toString()};
  return std::move(*link.value());
}

Status SyncClient::pushInto(const Id& scenario, SyncOutcome& outcome) {
  for (int stale = 0; stale < kStaleRetries;) {
    auto stored = sharedLink(scenario);
    if (!stored) return stored.error();
    const SyncLink& link = stored.value();
    SyncState state(link);
    Json items = Json::array();
    std::set<std::int64_t> sent;
    for (const PendingEdit& p : state.pending())
      if (!p.revision && items.size() < kPushBatch) {
        items.push_back(
            Json{{"client_seq", p.clientSeq}, {"mutation", mutationToJson(p.mutation)}});
        sent.insert(p.clientSeq);
      }
    if (items.empty()) {
      outcome.pending = static_cast<int>(state.pending().size());
      outcome.serverRevision = state.confirmedRevision();
      return std::monostate{};
    }
    const std::string body = Json{{"client_id", state.clientId()}, {"mutations", items}}.dump();
    auto answer = call("POST", "/v1/scenarios/" + link.remoteId + "/push", body);
    int applied = 0;
    int settled = 0;
    bool outOfOrder = false;
    bool viewOnly = link.viewOnly;
    if (!answer && answer.error().code == "sync.auth.forbidden") {
      viewOnly = true;  // further local edits are refused at once
      // Not (or no longer) allowed to edit it: the queued edits are refused, with the reason,
      // and the scenario goes on following the server.
      for (const std::int64_t seq : sent) state.refused(seq, answer.error().message);
      settled = static_cast<int>(sent.size());
    } else if (!answer) {
      return answer.error();
    } else {
      const Json results = answer.value().contains("results") ? answer.value()["results"] : Json();
      if (!results.is_array()) return malformed("the push's answer");
      for (const Json& r : results) {
        const auto seq = integerField(r, "client_seq");
        const std::string status = textField(r, "status");
        if (!seq || !sent.count(*seq)) return malformed("the push's answer");
        if (status == "applied") {
          const auto revision = integerField(r, "revision");
          if (!revision) return malformed("the push's answer");
          state.applied(*seq, *revision);
          ++applied;
          ++settled;
        } else if (status == "rejected") {
          state.refused(*seq, textField(r, "reason"));
          ++settled;
        } else if (status == "out_of_order") {
          outOfOrder = true;
        } else {
          return malformed("a push's status");
        }
      }
    }
    if (outOfOrder && settled == 0) {
      // The server's count for this client ID is not this queue's (a copy of the workspace, a
      // backup put back, another account): once the pull is complete, what is still queued was
      // never applied, and goes again under a client ID of its own.
      if (auto s = pullInto(scenario, outcome, /*restartSequence=*/true); !s) return s;
      ++stale;
      continue;
    }
    if (settled == 0) return malformed("a push answered without settling any edit");
    if (applied > 0) viewOnly = false;  // the server took an edit: this user may edit
    auto [label, code] = remoteLabel({});
    const Mutation change = historyEntry(account_.email, std::move(label), std::move(code));
    const auto refused = state.takeConflicts();
    SyncLink after = state.link(link.remoteId);
    after.viewOnly = viewOnly;
    auto saved =
        workspace_.storeSync(scenario, link.nextSeq, after, state.local(), change, refused, {});
    if (!saved && saved.error().code == "sync.stale") {
      ++stale;  // an edit was queued meanwhile: the push is answered again the same way
      continue;
    }
    if (!saved) return saved.error();
    outcome.pushed += applied;
    outcome.conflicts += static_cast<int>(refused.size());
    outcome.localRevision = saved.value();
  }
  return Error{"sync.busy", "the scenario kept changing while syncing; try again",
               scenario.toString()};
}

Status SyncClient::pullInto(const Id& scenario, SyncOutcome& outcome, bool restartSequence) {
  for (int stale = 0; stale < kStaleRetries; ++stale) {
    auto stored = sharedLink(scenario);
    if (!stored) return stored.error();
    const SyncLink& link = stored.value();
    SyncState state(link);
    bool viewOnly = link.viewOnly;
    std::vector<std::string> authors;
    std::set<std::string> seen;
    std::vector<SharedVersion> versions;
    std::vector<ConflictRecord> conflicts;
    int pulled = 0;
    for (bool more = true; more;) {
      auto answer = call("GET", "/v1/scenarios/" + link.remoteId +
                                    "/pull?since=" + std::to_string(state.confirmedRevision()));
      if (!answer) return answer.error();
      auto page = readPullPage(answer.value());
      if (!page) return page.error();
      for (const RemoteEntry& entry : page.value().entries)
        if (entry.clientId != state.clientId() && seen.insert(entry.author).second)
          authors.push_back(entry.author);
      if (auto s = state.pulled(page.value().entries); !s) {
        if (s.error().code != "sync.gap" && s.error().code != "sync.diverged") return s.error();
        // This copy cannot follow the log (it was damaged, or the server's was restored):
        // the server's document is taken whole; queued edits it has applied leave the queue,
        // the others stay and are rebased on it.
        auto served = fetch(link.remoteId);
        if (!served) return served.error();
        SyncLink fresh = state.link(link.remoteId);
        fresh.confirmed = std::move(served.value().document);
        fresh.confirmedRevision = served.value().revision;
        viewOnly = served.value().viewOnly;
        std::erase_if(fresh.pending, [&](const PendingEdit& p) {
          return p.revision && *p.revision <= fresh.confirmedRevision;
        });
        // What the pages read so far found is kept (the versions of the log skipped are lost).
        for (SharedVersion& v : state.takeVersions()) versions.push_back(std::move(v));
        for (ConflictRecord& c : state.takeConflicts()) conflicts.push_back(std::move(c));
        state = SyncState(std::move(fresh));
        break;
      }
      pulled += static_cast<int>(page.value().entries.size());
      more = page.value().more;
    }
    // Up to date: whatever is still queued was never applied under its own ID.
    if (restartSequence || state.sequenceTaken()) state.restartSequence(newId_().toString());
    auto [label, code] = remoteLabel(authors);
    const Mutation change = historyEntry(authors.empty() ? account_.email : authors.front(),
                                         std::move(label), std::move(code));
    for (ConflictRecord& c : state.takeConflicts()) conflicts.push_back(std::move(c));
    for (SharedVersion& v : state.takeVersions()) versions.push_back(std::move(v));
    SyncLink after = state.link(link.remoteId);
    after.viewOnly = viewOnly;
    auto saved = workspace_.storeSync(scenario, link.nextSeq, after, state.local(), change,
                                      conflicts, versions);
    if (!saved && saved.error().code == "sync.stale") continue;
    if (!saved) return saved.error();
    outcome.conflicts += static_cast<int>(conflicts.size());
    outcome.serverRevision = state.confirmedRevision();
    outcome.localRevision = saved.value();
    outcome.pending = static_cast<int>(state.pending().size());
    outcome.pulled += pulled;
    return std::monostate{};
  }
  return Error{"sync.busy", "the scenario kept changing while syncing; try again",
               scenario.toString()};
}

Result<std::vector<std::string>> SyncClient::presence(const Id& scenario, bool open) {
  auto link = sharedLink(scenario);
  if (!link) return link.error();
  auto answer =
      call(open ? "PUT" : "DELETE", "/v1/scenarios/" + link.value().remoteId + "/presence");
  if (!answer) return answer.error();
  std::vector<std::string> users;
  if (answer.value().contains("users") && answer.value()["users"].is_array())
    for (const Json& u : answer.value()["users"])
      if (u.is_string()) users.push_back(u.get<std::string>());
  return users;
}

Result<SyncOutcome> SyncClient::push(const Id& scenario) {
  SyncOutcome outcome;
  if (auto s = pushInto(scenario, outcome); !s) return s.error();
  return outcome;
}

Result<std::vector<Id>> SyncClient::followAccess() {
  auto links = workspace_.syncLinks();
  if (!links) return links.error();
  std::vector<Id> changed;
  if (links.value().empty()) return changed;
  auto remote = listRemote(http_, account_);
  if (!remote) return remote.error();
  for (const auto& [scenario, remoteId] : links.value()) {
    const std::string& wanted = remoteId;  // clang 14 cannot capture a structured binding
    const auto it = std::find_if(remote.value().begin(), remote.value().end(),
                                 [&](const RemoteScenario& r) { return r.id == wanted; });
    // One the server no longer lists for this user is followed as it was: its next pull says
    // what is wrong.
    if (it == remote.value().end()) continue;
    auto link = sharedLink(scenario);
    if (!link) return link.error();
    const bool viewOnly = it->access == "view";
    if (link.value().viewOnly == viewOnly) continue;
    if (auto s = workspace_.setSyncViewOnly(scenario, viewOnly); !s) return s.error();
    changed.push_back(scenario);
  }
  return changed;
}

Result<SyncOutcome> SyncClient::pull(const Id& scenario) {
  SyncOutcome outcome;
  if (auto s = pullInto(scenario, outcome, false); !s) return s.error();
  return outcome;
}

// The pull runs even when the push failed: a queue the server will not take never stops the
// analyst from seeing colleagues' changes.
Result<SyncOutcome> SyncClient::sync(const Id& scenario) {
  SyncOutcome outcome;
  const auto pushed = pushInto(scenario, outcome);
  const auto pulled = pullInto(scenario, outcome, false);
  if (!pushed) return pushed.error();
  if (!pulled) return pulled.error();
  return outcome;
}

}  // namespace valor
