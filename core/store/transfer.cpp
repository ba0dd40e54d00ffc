#include "core/store/transfer.h"

#include "core/model/jsontext.h"

#include <map>

#include "core/model/scenariojson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

void addPrefixed(Issues& into, const Issues& from, const std::string& prefix) {
  for (Issue issue : from) {
    issue.path = prefix + (issue.path.empty() || prefix.empty() ? "" : ".") + issue.path;
    if (issue.path.empty()) issue.path = prefix;
    into.push_back(std::move(issue));
  }
}

}  // namespace

ScenarioDocument copyWithNewIds(const ScenarioDocument& doc, const IdGenerator& newId) {
  std::map<Id, Id> mapping;
  for (const Entity& e : doc.entities) mapping[e.id] = newId();
  ScenarioDocument copy = doc;
  for (Entity& e : copy.entities) {
    e.id = mapping[e.id];
    if (!e.parent.isNil()) e.parent = mapping[e.parent];
  }
  return copy;
}

Result<Json> exportScenarios(Workspace& workspace, const std::vector<Id>& scenarios) {
  std::vector<Json> files;
  for (const Id& id : scenarios) {
    auto stored = workspace.loadScenario(id);
    if (!stored) return stored.error();
    files.push_back(scenarioToJson(stored.value().document));
  }
  if (files.size() == 1) return files.front();
  Json bundle;
  bundle["schema"] = kBundleSchemaTag;
  bundle["scenarios"] = files;
  return bundle;
}

Result<std::vector<Id>> importScenarios(Workspace& workspace, std::string_view text, bool asCopy,
                                        const IdGenerator& newId, const std::string& author) {
  Issues problems;
  // A bundle holds up to 10,000 scenarios of some 50 to 200 values each.
  const JsonReadLimits limits{64 * 1024 * 1024, 24, 2'000'000};
  auto refused = [&problems] { return errorOfIssues("import.invalid", std::move(problems)); };
  auto fail = [&](const std::string& rule, const std::string& message) {
    problems.push_back({Severity::Error, "", rule, message, {}});
    return refused();
  };
  if (text.size() > limits.maxBytes) return fail("too_large", "the file is larger than 64 MiB");
  auto parsed = readJsonText(text, limits);
  if (!parsed) {
    problems = parsed.error().issues;
    return refused();
  }
  const Json& json = parsed.value();

  std::vector<std::pair<std::string, const Json*>> entries;  // (path prefix, scenario JSON)
  // A schema that is not text is not a bundle (the scenario reader then says what is wrong).
  const auto tag = json.is_object() ? json.find("schema") : json.end();
  if (json.is_object() && tag != json.end() && tag->is_string() && *tag == kBundleSchemaTag) {
    auto list = json.find("scenarios");
    if (list == json.end() || !list->is_array())
      return fail("wrong_type", "a bundle needs a \"scenarios\" list");
    if (list->size() > 10000) return fail("too_many", "a bundle may hold at most 10000 scenarios");
    for (std::size_t i = 0; i < list->size(); ++i)
      entries.emplace_back("scenarios[" + std::to_string(i) + "]", &(*list)[i]);
  } else {
    entries.emplace_back("", &json);
  }

  std::vector<ScenarioDocument> docs;
  std::map<Id, std::string> seen;
  auto existing = workspace.listScenarios();
  if (!existing) return fail(existing.error().code, existing.error().message);
  for (const auto& [prefix, entry] : entries) {
    auto parse = parseScenario(*entry, newId);
    if (!parse) {
      addPrefixed(problems, parse.error().issues, prefix);
      continue;
    }
    ScenarioDocument doc = asCopy ? copyWithNewIds(parse.value(), newId) : std::move(parse).value();
    const Id id = doc.root().id;
    const std::string where = prefix.empty() ? "id" : prefix + ".id";
    if (auto [it, fresh] = seen.emplace(id, prefix); !fresh)
      problems.push_back(
          {Severity::Error, where, "duplicate_id", "the file holds this scenario ID twice", {}});
    for (const auto& summary : existing.value())
      if (summary.id == id)
        problems.push_back({Severity::Error,
                            where,
                            "already_in_workspace",
                            "scenario \"" + summary.name +
                                "\" with this ID is in the workspace already; import as a "
                                "copy to keep both",
                            {}});
    docs.push_back(std::move(doc));
  }
  if (!problems.empty()) return refused();
  if (auto s = workspace.addScenarios(docs, author, "Import", {"import", {}}); !s)
    return fail(s.error().code, s.error().message);
  std::vector<Id> imported;
  for (const ScenarioDocument& doc : docs) imported.push_back(doc.root().id);
  return imported;
}

}  // namespace valor
