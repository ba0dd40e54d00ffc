// valor-cli sync: a workspace's scenarios shared through a valor-server, for scripted use —
// sign in, share, open, push, pull, status and conflicts (core/sync/syncclient.h does the work).
#include <cstdlib>
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/model/flatjson.h"
#include "core/sync/credentialsfile.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncstate.h"

#ifndef _WIN32
#include <termios.h>
#include <unistd.h>
#endif

namespace valor::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kHelp =
    R"(usage: valor-cli sync <command> ...
  login --server URL --email EMAIL [--ca-file CERT.pem]
                        sign in; the password is read from $VALOR_SYNC_PASSWORD or standard
                        input; the session is kept in a file only you can read
                        ($VALOR_SYNC_CREDENTIALS, else ~/.config/valor/sync.json)
  logout                end the session on the server and forget it here
  list                  the scenarios on the server you may open
  share WS SCENARIO [--with EMAIL [--access view|edit]]
                        upload a scenario and keep it in sync; optionally let a colleague
                        of your tenant see or edit it
  open WS ID            bring a shared scenario into the workspace
  push WS [SCENARIO]    send the queued edits (of one, or of every shared scenario)
  pull WS [SCENARIO]    take in what others changed
  status WS [--format table|json]
                        each shared scenario: revision, queued edits, open conflicts
                        (from the workspace alone; no network)
  conflicts WS SCENARIO [--resolve N] [--format table|json]
                        edits of yours that replaced a colleague's value, or that the
                        server refused; --resolve marks one as reviewed
Exit codes: 0 ok, 2 bad usage or a failure (offline, signed out, refused).
)";

std::string readPassword(Streams io) {
  if (const char* fromEnv = std::getenv("VALOR_SYNC_PASSWORD")) return fromEnv;
  std::string line;
#ifndef _WIN32
  if (::isatty(STDIN_FILENO)) {
    io.err << "password: " << std::flush;
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::getline(io.in, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    io.err << "\n";
    return line;
  }
#endif
  std::getline(io.in, line);
  return line;
}

std::optional<SyncAccount> signedIn(Streams io) {
  const std::string path = defaultCredentialsPath();
  auto account = readCredentials(path);
  if (!account) {
    fail(account.error(), io);
    return std::nullopt;
  }
  if (!account.value()) {
    io.err << "valor-cli: not signed in; run valor-cli sync login first\n";
    return std::nullopt;
  }
  return *account.value();
}

int login(const Options& o, Streams io) {
  if (!o.has("server") || !o.has("email")) {
    io.err << kHelp;
    return kBadInput;
  }
  const std::string password = readPassword(io);
  auto account =
      signIn(curlHttp(), o.value("server"), o.value("email"), password, o.value("ca-file"));
  if (!account) return fail(account.error(), io);
  const std::string path = defaultCredentialsPath();
  if (auto s = writeCredentials(path, account.value()); !s) return fail(s.error(), io);
  io.out << "signed in as " << account.value().email << " at " << account.value().server << "\n";
  return kOk;
}

int logout(Streams io) {
  const std::string path = defaultCredentialsPath();
  auto account = readCredentials(path);
  if (account && account.value()) {
    if (auto s = signOut(curlHttp(), *account.value()); !s)
      io.err << "valor-cli: the server was not told (" << s.error().message
             << "); the session ends by itself after 30 days\n";
  }
  if (auto s = removeCredentials(path); !s) return fail(s.error(), io);
  io.out << "signed out\n";
  return kOk;
}

void printOutcome(const std::string& name, const SyncOutcome& r, Streams io) {
  io.out << name << ": sent " << r.pushed << ", received " << r.pulled << ", server revision "
         << r.serverRevision << ", " << r.pending << " queued";
  if (r.conflicts) io.out << ", " << r.conflicts << " new conflicts (valor-cli sync conflicts)";
  io.out << "\n";
}

// push or pull of one scenario or of every shared one; a failure of one does not stop the
// others, unless it is the connection or the sign-in.
int transfer(const Options& o, bool pushOnly, Streams io) {
  if (o.positional.size() < 2 || o.positional.size() > 3) {
    io.err << kHelp;
    return kBadInput;
  }
  auto account = signedIn(io);
  if (!account) return kBadInput;
  auto opened = openWorkspace(o.positional[1], false,
                              o.positional.size() == 3 ? &o.positional[2] : nullptr, io);
  if (!opened) return kBadInput;
  Workspace& ws = *opened->workspace;
  std::vector<std::pair<Id, std::string>> targets;
  if (opened->scenario) {
    targets.emplace_back(*opened->scenario, o.positional[2]);
  } else {
    auto links = ws.syncLinks();
    if (!links) return fail(links.error(), io, ws.path());
    for (const auto& [id, remote] : links.value()) {
      auto loaded = ws.loadScenario(id);
      const std::string* name = loaded ? loaded.value().document.root().text("name") : nullptr;
      targets.emplace_back(id, name ? *name : id.toString());
    }
  }
  SyncClient client(ws, curlHttp(), *account, systemClock(), randomIdGenerator());
  // A pull also learns what each scenario may be now (view only, or editable again).
  if (!pushOnly)
    if (auto access = client.followAccess(); !access) return fail(access.error(), io, ws.path());
  int exit = kOk;
  for (const auto& [id, name] : targets) {
    auto outcome = pushOnly ? client.push(id) : client.pull(id);
    if (!outcome) {
      exit = fail(outcome.error(), io, name);
      if (outcome.error().code == "sync.signed_out" || outcome.error().code == "sync.offline")
        break;
      continue;
    }
    printOutcome(name, outcome.value(), io);
  }
  return exit;
}

int share(const Options& o, Streams io) {
  if (o.positional.size() != 3) {
    io.err << kHelp;
    return kBadInput;
  }
  auto account = signedIn(io);
  if (!account) return kBadInput;
  auto opened = openWorkspace(o.positional[1], false, &o.positional[2], io);
  if (!opened) return kBadInput;
  SyncClient client(*opened->workspace, curlHttp(), *account, systemClock(), randomIdGenerator());
  auto remote = client.share(*opened->scenario);
  if (!remote) return fail(remote.error(), io, o.positional[2]);
  io.out << "shared as " << remote.value() << "\n";
  if (o.has("with")) {
    const std::string access = o.value("access", "view");
    if (access != "view" && access != "edit") {
      io.err << "valor-cli: --access is view or edit\n";
      return kBadInput;
    }
    if (auto s = client.grant(*opened->scenario, o.value("with"), access); !s)
      return fail(s.error(), io, o.value("with"));
    io.out << o.value("with") << " may " << access << " it\n";
  }
  return kOk;
}

int open(const Options& o, Streams io) {
  if (o.positional.size() != 3) {
    io.err << kHelp;
    return kBadInput;
  }
  auto account = signedIn(io);
  if (!account) return kBadInput;
  auto opened = openWorkspace(o.positional[1], false, nullptr, io);
  if (!opened) return kBadInput;
  SyncClient client(*opened->workspace, curlHttp(), *account, systemClock(), randomIdGenerator());
  auto id = client.open(o.positional[2]);
  if (!id) return fail(id.error(), io, o.positional[2]);
  io.out << "opened " << id.value().toString() << "\n";
  return kOk;
}

int list(const Options& o, Streams io) {
  auto format = formatOption(o, {"table", "json"}, io);
  if (!format) return kBadInput;
  auto account = signedIn(io);
  if (!account) return kBadInput;
  auto scenarios = listRemote(curlHttp(), *account);
  if (!scenarios) return fail(scenarios.error(), io);
  Json out = Json::array();
  for (const RemoteScenario& s : scenarios.value())
    out.push_back(Json{{"id", s.id},
                       {"name", s.name},
                       {"model", s.model},
                       {"owner", s.owner},
                       {"access", s.access},
                       {"revision", s.revision},
                       {"updated", formatTime(s.updatedMs)}});
  if (*format == "json") {
    io.out << jsonOutput(out) << "\n";
    return kOk;
  }
  if (out.empty()) io.out << "no scenarios shared with you\n";
  for (const RemoteScenario& s : scenarios.value())
    io.out << s.id << "  " << s.access << "  revision " << s.revision << "  " << s.name << "  ("
           << s.owner << ")\n";
  return kOk;
}

int status(const Options& o, Streams io) {
  auto format = formatOption(o, {"table", "json"}, io);
  if (!format || o.positional.size() != 2) {
    if (format) io.err << kHelp;
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[1], true, nullptr, io);
  if (!opened) return kBadInput;
  Workspace& ws = *opened->workspace;
  auto links = ws.syncLinks();
  if (!links) return fail(links.error(), io, ws.path());
  Json out = Json::array();
  for (const auto& [id, remote] : links.value()) {
    auto link = ws.syncLink(id);
    auto conflicts = ws.syncConflicts(id, false);
    auto loaded = ws.loadScenario(id);
    if (!link || !link.value() || !conflicts || !loaded)
      return fail(Error{"workspace.corrupt", "a sync record cannot be read", id.toString()}, io);
    int unsent = 0;
    for (const PendingEdit& p : link.value()->pending) unsent += p.revision ? 0 : 1;
    const std::string* name = loaded.value().document.root().text("name");
    out.push_back(Json{{"scenario", id.toString()},
                       {"name", name ? *name : std::string()},
                       {"server_revision", link.value()->confirmedRevision},
                       {"queued", link.value()->pending.size()},
                       {"unsent", unsent},
                       {"conflicts", conflicts.value().size()},
                       {"view_only", link.value()->viewOnly}});
  }
  if (*format == "json") {
    io.out << jsonOutput(out) << "\n";
    return kOk;
  }
  if (out.empty()) io.out << "no scenario of this workspace is shared through a server\n";
  for (const Json& s : out) {
    const auto queued = s["queued"].get<std::size_t>();
    const auto conflicts = s["conflicts"].get<std::size_t>();
    io.out << s["name"].get<std::string>() << "  server revision "
           << s["server_revision"].get<std::int64_t>() << "  "
           << (queued == 0 ? std::string("up to date") : std::to_string(queued) + " queued")
           << (conflicts ? "  " + std::to_string(conflicts) + " conflicts" : std::string())
           << (s["view_only"].get<bool>() ? "  view only" : "") << "\n";
  }
  return kOk;
}

std::string valueText(const std::optional<Value>& v) {
  return v ? valueToJson(*v).dump() : std::string("(none)");
}

int conflicts(const Options& o, Streams io) {
  auto format = formatOption(o, {"table", "json"}, io);
  if (!format || o.positional.size() != 3) {
    if (format) io.err << kHelp;
    return kBadInput;
  }
  const bool resolving = o.has("resolve");
  auto opened = openWorkspace(o.positional[1], !resolving, &o.positional[2], io);
  if (!opened) return kBadInput;
  Workspace& ws = *opened->workspace;
  if (resolving) {
    auto n = wholeOption(o, "resolve", 1, std::numeric_limits<std::int64_t>::max(), io);
    if (!n) return kBadInput;
    if (auto s = ws.resolveSyncConflict(*opened->scenario, static_cast<std::int64_t>(*n)); !s)
      return fail(s.error(), io);
    io.out << "conflict " << *n << " reviewed\n";
    return kOk;
  }
  auto list = ws.syncConflicts(*opened->scenario, false);
  if (!list) return fail(list.error(), io, ws.path());
  Json out = Json::array();
  for (const StoredConflict& c : list.value()) {
    const auto& r = c.record;
    const bool refused = r.kind == ConflictRecord::Kind::Refused;
    out.push_back(Json{{"id", c.id},
                       {"kind", refused ? "refused" : "overwritten"},
                       {"field", r.field},
                       {"mine", valueText(r.mine)},
                       {"theirs", valueText(r.theirs)},
                       {"base", valueText(r.base)},
                       {"author", r.myAuthor},
                       {"time", formatTime(r.myTimeMs)},
                       {"revision", r.revision},
                       {"reason", r.reason}});
  }
  if (*format == "json") {
    io.out << jsonOutput(out) << "\n";
    return kOk;
  }
  if (out.empty()) io.out << "no open conflicts\n";
  for (const Json& c : out) {
    io.out << "#" << c["id"].get<std::int64_t>() << "  ";
    if (c["kind"] == "refused")
      io.out << "refused: " << c["field"].get<std::string>() << " — "
             << c["reason"].get<std::string>() << "\n";
    else
      io.out << c["field"].get<std::string>() << ": yours " << c["mine"].get<std::string>()
             << " replaced " << c["theirs"].get<std::string>() << " (you saw "
             << c["base"].get<std::string>() << ") at revision "
             << c["revision"].get<std::int64_t>() << ", " << c["time"].get<std::string>() << "\n";
  }
  return kOk;
}

}  // namespace

int runSync(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(
      args, {"server", "email", "ca-file", "with", "access", "format", "resolve"}, {}, io);
  if (!o.ok || o.positional.empty()) {
    io.err << kHelp;
    return kBadInput;
  }
  const std::string& command = o.positional[0];
  if (command == "login") return login(o, io);
  if (command == "logout") return logout(io);
  if (command == "list") return list(o, io);
  if (command == "share") return share(o, io);
  if (command == "open") return open(o, io);
  if (command == "push") return transfer(o, /*pushOnly=*/true, io);
  if (command == "pull") return transfer(o, /*pushOnly=*/false, io);
  if (command == "status") return status(o, io);
  if (command == "conflicts") return conflicts(o, io);
  io.err << kHelp;
  return kBadInput;
}

}  // namespace valor::cli
