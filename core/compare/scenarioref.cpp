#include "core/compare/scenarioref.h"

namespace valor {

Result<ScenarioState> scenarioState(Workspace& ws, const Id& scenario, const std::string& which) {
  ScenarioState state{scenario, 0, which, {}};
  if (which == "current") {
    auto stored = ws.loadScenario(scenario);
    if (!stored) return stored.error();
    state.revision = stored.value().revision;
    state.document = std::move(stored.value().document);
    return state;
  }
  const bool version = !which.empty() && which[0] == 'v';
  const std::string digits = version ? which.substr(1) : which;
  if (digits.empty() || digits.size() > 12 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    return Error{"compare.bad_state", "expected a revision number, vN for a version, or current",
                 which};
  const std::int64_t n = std::stoll(digits);
  if (version) {
    auto versions = ws.versions(scenario);
    if (!versions) return versions.error();
    const VersionInfo* info = nullptr;
    for (const VersionInfo& v : versions.value())
      if (v.id == n) info = &v;
    if (!info)
      return Error{"compare.no_such_version", "the scenario has no saved version " + which, which};
    state.revision = info->revision;
    auto doc = ws.versionDocument(n);
    if (!doc) return doc.error();
    state.document = std::move(doc).value();
    return state;
  }
  auto doc = ws.documentAt(scenario, n);
  if (!doc) return doc.error();
  if (doc.value().entities.empty())
    return Error{"compare.no_such_revision", "the scenario has no revision " + which, which};
  state.revision = n;
  state.document = std::move(doc).value();
  return state;
}

Result<ScenarioState> scenarioStateOf(Workspace& ws, const std::string& reference) {
  auto whole = ws.findScenario(reference);
  if (whole) return scenarioState(ws, whole.value(), "current");
  const auto at = reference.rfind('@');
  if (at == std::string::npos) return whole.error();
  auto id = ws.findScenario(reference.substr(0, at));
  if (!id) return id.error();
  return scenarioState(ws, id.value(), reference.substr(at + 1));
}

}  // namespace valor
