// valor-cli workspace … and apply: the *.valor workspace from the command line.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/compare/scenarioref.h"
#include "core/model/flatjson.h"
#include "core/model/jsontext.h"
#include "core/model/scenariojson.h"
#include "core/model/textrules.h"
#include "core/ops/mutationjson.h"
#include "core/ops/patch.h"
#include "core/store/transfer.h"
#include "core/store/workspace.h"

namespace valor::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kWorkspaceUsage = R"(usage: valor-cli workspace <command> WORKSPACE.valor ...
  create WS                              a new, empty workspace
  list WS [--format table|json]          the scenarios, with revision and tags
  show WS SCENARIO [--revision N | --version V]
                                         the scenario as a scenario file (now, or as it was)
  history WS SCENARIO [--format table|json]
                                         every change: revision, time, author, field, before → after
  diff WS SCENARIO FROM TO               field-level differences; FROM/TO: a revision number,
                                         vN for saved version N, or "current"
  versions WS SCENARIO [--save LABEL]    list the saved versions, or save the current state
  restore WS SCENARIO (--revision N | --version V)
                                         make the scenario as it was, as a new change
  export WS [SCENARIO...] [--output FILE]
                                         scenarios as a .valor.json file (all when none named)
  import WS FILE [--copy]                add the scenarios of a .valor.json file; --copy gives
                                         them new IDs so they can sit next to their originals
  backup WS FILE                         a complete copy of the workspace as one file (also
                                         while another window writes it); FILE must not exist
SCENARIO is an ID or a name. --author NAME sets who made a change (default: $VALOR_AUTHOR or $USER).
)";

std::string valueText(const std::optional<Value>& v) {
  if (!v) return "(none)";
  return valueToJson(*v).dump(-1, ' ', false, Json::error_handler_t::replace);  // as jsonOutput
}

// One line per field change of `ops`, with paths looked up in `pathsFrom`.
void printChanges(const ScenarioDocument& pathsFrom, const std::vector<Op>& ops, std::ostream& out,
                  const std::string& indent) {
  for (const Op& op : ops) {
    const std::string path = opPath(pathsFrom, op);
    switch (op.kind) {
      case OpKind::Set:
        out << indent << path << ": " << valueText(op.previous) << " → " << valueText(op.value)
            << "\n";
        break;
      case OpKind::Create:
        out << indent << "+ " << path << " (" << op.snapshot->type << ")\n";
        break;
      case OpKind::Delete:
        out << indent << "- " << path << " (" << op.snapshot->type << ")\n";
        break;
      case OpKind::Move:
        out << indent << "↕ " << path << " moved\n";
        break;
    }
  }
}

Json changesJson(const ScenarioDocument& pathsFrom, const std::vector<Op>& ops) {
  Json list = Json::array();
  for (const Op& op : ops) {
    Json change;
    change["kind"] = opKindName(op.kind);
    change["path"] = opPath(pathsFrom, op);
    if (op.kind == OpKind::Set) {
      change["before"] = op.previous ? valueToJson(*op.previous) : Json(nullptr);
      change["after"] = op.value ? valueToJson(*op.value) : Json(nullptr);
    }
    list.push_back(std::move(change));
  }
  return list;
}

// "current", a revision number, or vN for a saved version.
Result<ScenarioDocument> stateOf(Workspace& ws, const Id& scenario, const std::string& which) {
  auto state = scenarioState(ws, scenario, which);
  if (!state) return state.error();
  return std::move(state.value().document);
}

int create(const Options& o, Streams io) {
  auto ws = Workspace::create(o.positional[0], {systemClock(), randomIdGenerator()});
  if (!ws) return fail(ws.error(), io, o.positional[0]);
  io.out << "created " << o.positional[0] << "\n";
  return kOk;
}

int list(const Options& o, Streams io) {
  const auto format = formatOption(o, {"table", "json"}, io);
  if (!format) return kBadInput;
  auto opened = openWorkspace(o.positional[0], true, nullptr, io);
  if (!opened) return kBadInput;
  auto scenarios = opened->workspace->listScenarios();
  if (!scenarios) return fail(scenarios.error(), io, o.positional[0]);
  if (*format == "json") {
    Json out = Json::array();
    for (const auto& s : scenarios.value())
      out.push_back({{"id", s.id.toString()},
                     {"name", s.name},
                     {"model", s.model},
                     {"revision", s.revision},
                     {"created_ms", s.createdMs},
                     {"updated_ms", s.updatedMs},
                     {"tags", s.tags}});
    io.out << jsonOutput(out) << "\n";
    return kOk;
  }
  for (const auto& s : scenarios.value()) {
    io.out << s.id.toString() << "  r" << s.revision << "  " << formatTime(s.updatedMs) << "  "
           << printableText(s.name);
    for (const auto& tag : s.tags) io.out << "  #" << printableText(tag);
    io.out << "\n";
  }
  return kOk;
}

int show(const Options& o, Streams io) {
  auto opened = openWorkspace(o.positional[0], true, &o.positional[1], io);
  if (!opened) return kBadInput;
  std::string which = "current";
  if (o.values.count("revision")) which = o.value("revision");
  if (o.values.count("version")) which = "v" + o.value("version");
  auto doc = stateOf(*opened->workspace, *opened->scenario, which);
  if (!doc) return fail(doc.error(), io, o.positional[0]);
  if (doc.value().entities.empty()) {
    io.err << "valor-cli: the scenario did not exist yet at revision 0\n";
    return kBadInput;
  }
  io.out << jsonOutput(scenarioToJson(doc.value())) << "\n";
  return kOk;
}

int history(const Options& o, Streams io) {
  const auto format = formatOption(o, {"table", "json"}, io);
  if (!format) return kBadInput;
  auto opened = openWorkspace(o.positional[0], true, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto log = opened->workspace->history(*opened->scenario);
  if (!log) return fail(log.error(), io, o.positional[0]);
  // Paths are named from the state just before each change.
  ScenarioDocument before;
  Json out = Json::array();
  for (const HistoryEntry& entry : log.value()) {
    const Mutation& m = entry.mutation;
    if (*format == "json") {
      Json row = {{"revision", entry.revision},
                  {"mutation_id", m.id.toString()},
                  {"author", m.author},
                  {"client_time_ms", m.clientTimeMs},
                  {"committed_ms", entry.committedMs},
                  {"label", m.label}};
      if (!m.labelCode.empty()) row["label_code"] = labelCodeToJson(m.labelCode);
      row["changes"] = changesJson(before, m.ops);
      out.push_back(std::move(row));
    } else {
      io.out << "r" << entry.revision << "  " << formatTime(entry.committedMs) << "  "
             << printableText(m.author) << "  " << printableText(m.label) << "\n";
      if (entry.revision > 1) printChanges(before, m.ops, io.out, "    ");
    }
    auto next = applyMutation(before, m);
    if (next) before = std::move(next).value();
  }
  if (*format == "json") io.out << jsonOutput(out) << "\n";
  return kOk;
}

int diff(const Options& o, Streams io) {
  if (o.positional.size() != 4) {
    io.err << kWorkspaceUsage;
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[0], true, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto from = stateOf(*opened->workspace, *opened->scenario, o.positional[2]);
  if (!from) return fail(from.error(), io, o.positional[0]);
  auto to = stateOf(*opened->workspace, *opened->scenario, o.positional[3]);
  if (!to) return fail(to.error(), io, o.positional[0]);
  const std::vector<Op> ops = diffDocuments(from.value(), to.value());
  const auto format = formatOption(o, {"text", "json"}, io);
  if (!format) return kBadInput;
  if (*format == "json")
    io.out << jsonOutput(changesJson(from.value(), ops)) << "\n";
  else if (ops.empty())
    io.out << "no differences\n";
  else
    printChanges(from.value(), ops, io.out, "");
  return kOk;
}

int versions(const Options& o, Streams io) {
  const bool save = o.values.count("save") > 0;
  auto opened = openWorkspace(o.positional[0], !save, &o.positional[1], io);
  if (!opened) return kBadInput;
  if (save) {
    auto id = opened->workspace->saveVersion(*opened->scenario, o.value("save"), authorName(o));
    if (!id) return fail(id.error(), io, o.positional[0]);
    io.out << "saved version v" << id.value() << " \"" << o.value("save") << "\"\n";
    return kOk;
  }
  auto list = opened->workspace->versions(*opened->scenario);
  if (!list) return fail(list.error(), io, o.positional[0]);
  for (const VersionInfo& v : list.value())
    io.out << "v" << v.id << "  r" << v.revision << "  " << formatTime(v.createdMs) << "  "
           << printableText(v.author) << "  " << printableText(v.label) << "\n";
  return kOk;
}

int restore(const Options& o, Streams io) {
  const bool byRevision = o.values.count("revision") > 0;
  if (byRevision == (o.values.count("version") > 0)) {
    io.err << "valor-cli: restore needs --revision N or --version V\n";
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  const std::string number = o.value(byRevision ? "revision" : "version");
  if (number.empty() || number.size() > 12 ||
      number.find_first_not_of("0123456789") != std::string::npos) {
    io.err << "valor-cli: expected a number, not '" << number << "'\n";
    return kBadInput;
  }
  auto revision = byRevision ? opened->workspace->restoreRevision(*opened->scenario,
                                                                  std::stoll(number), authorName(o))
                             : opened->workspace->restoreVersion(std::stoll(number), authorName(o));
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  io.out << "restored; the scenario is now at revision " << revision.value() << "\n";
  return kOk;
}

int backup(const Options& o, Streams io) {
  // Read-only, so a copy can be taken while the desktop has the workspace open.
  auto opened = openWorkspace(o.positional[0], true, nullptr, io);
  if (!opened) return kBadInput;
  if (auto s = opened->workspace->saveCopy(o.positional[1], /*replace=*/false); !s)
    return fail(s.error(), io, o.positional[0]);
  io.out << "copied " << o.positional[0] << " to " << o.positional[1] << "\n";
  return kOk;
}

int exportScenarios(const Options& o, Streams io) {
  auto opened = openWorkspace(o.positional[0], true, nullptr, io);
  if (!opened) return kBadInput;
  std::vector<Id> ids;
  for (std::size_t i = 1; i < o.positional.size(); ++i) {
    auto id = opened->workspace->findScenario(o.positional[i]);
    if (!id) return fail(id.error(), io, o.positional[0]);
    ids.push_back(id.value());
  }
  if (ids.empty()) {
    auto all = opened->workspace->listScenarios();
    if (!all) return fail(all.error(), io, o.positional[0]);
    for (const auto& s : all.value()) ids.push_back(s.id);
  }
  if (ids.empty()) {
    io.err << "valor-cli: the workspace holds no scenarios\n";
    return kBadInput;
  }
  auto json = valor::exportScenarios(*opened->workspace, ids);
  if (!json) return fail(json.error(), io, o.positional[0]);
  const std::string text = jsonOutput(json.value()) + "\n";
  if (!o.values.count("output")) {
    io.out << text;
    return kOk;
  }
  // Written beside the target and renamed, so a failed export never leaves half a file.
  const std::string target = o.value("output");
  const std::string partial = target + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      std::remove(partial.c_str());
      io.err << "valor-cli: " << target << ": cannot write the file\n";
      return kBadInput;
    }
  }
  if (std::rename(partial.c_str(), target.c_str()) != 0) {
    std::remove(partial.c_str());
    io.err << "valor-cli: " << target << ": cannot write the file\n";
    return kBadInput;
  }
  io.out << "exported " << ids.size() << " scenario" << (ids.size() == 1 ? "" : "s") << " to "
         << target << "\n";
  return kOk;
}

int importScenarios(const Options& o, Streams io) {
  auto text = readInput(o.positional[1], 64 * 1024 * 1024, io);
  if (!text) return kBadInput;
  auto opened = openWorkspace(o.positional[0], false, nullptr, io);
  if (!opened) return kBadInput;
  const auto imported = valor::importScenarios(*opened->workspace, *text, o.has("copy"),
                                               randomIdGenerator(), authorName(o));
  if (!imported) {
    io.err << "valor-cli: nothing was imported:\n";
    printIssues(imported.error().issues, io.err);
    return kBadInput;  // nothing was added: the file or the change was refused
  }
  io.out << "imported " << imported.value().size() << " scenario"
         << (imported.value().size() == 1 ? "" : "s") << "\n";
  return kOk;
}

}  // namespace

int runWorkspace(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(
      args, {"format", "revision", "version", "save", "output", "author"}, {"copy"}, io);
  if (!o.ok || o.positional.size() < 2) {
    io.err << kWorkspaceUsage;
    return kBadInput;
  }
  const std::string command = o.positional[0];
  Options rest = o;
  rest.positional.erase(rest.positional.begin());
  const std::size_t n = rest.positional.size();
  if (command == "create" && n == 1) return create(rest, io);
  if (command == "list" && n == 1) return list(rest, io);
  if (command == "show" && n == 2) return show(rest, io);
  if (command == "history" && n == 2) return history(rest, io);
  if (command == "diff") return diff(rest, io);
  if (command == "versions" && n == 2) return versions(rest, io);
  if (command == "restore" && n == 2) return restore(rest, io);
  if (command == "export" && n >= 1) return exportScenarios(rest, io);
  if (command == "import" && n == 2) return importScenarios(rest, io);
  if (command == "backup" && n == 2) return backup(rest, io);
  io.err << kWorkspaceUsage;
  return kBadInput;
}

int runApply(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"author", "label"}, {}, io);
  if (!o.ok || o.positional.size() != 3) {
    io.err << "usage: valor-cli apply WORKSPACE.valor SCENARIO CHANGE.json [--author NAME]\n"
              "CHANGE.json is a patch {\"label\": \"…\", \"set\": {\"FIELD PATH\": VALUE}}\n"
              "or a full mutation {\"label\": \"…\", \"ops\": [...]} as printed by history "
              "--format json.\n";
    return kBadInput;
  }
  auto text = readInput(o.positional[2], 16 * 1024 * 1024, io);
  if (!text) return kBadInput;
  auto parsed = readJsonText(*text, {16 * 1024 * 1024, 32});
  if (!parsed) return fail(Error{"", parsed.error().message, o.positional[2]}, io);
  const Json& json = parsed.value();
  if (!json.is_object()) {
    io.err << "valor-cli: " << o.positional[2] << ": not a JSON object\n";
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto stored = opened->workspace->loadScenario(*opened->scenario);
  if (!stored) return fail(stored.error(), io, o.positional[0]);

  Mutation m;
  if (json.contains("ops")) {
    auto mutation = mutationFromJson(json);
    if (!mutation) return fail(mutation.error(), io, o.positional[0]);
    m = std::move(mutation).value();
  } else {
    auto ops = patchOps(stored.value().document, json);
    if (!ops) return fail(ops.error(), io, o.positional[0]);
    m.ops = std::move(ops).value();
    m.label = json.value("label", std::string("Patch from valor-cli"));
  }
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  if (o.values.count("label")) {
    // The given words are the label; a code copied from `history` would be shown instead.
    m.label = o.value("label");
    m.labelCode = {};
  }
  auto revision = opened->workspace->commit(*opened->scenario, m);
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  io.out << "applied; the scenario is now at revision " << revision.value() << "\n";
  printChanges(stored.value().document, m.ops, io.out, "  ");
  return kOk;
}

}  // namespace valor::cli
