#include "core/compare/footballstore.h"

#include <map>
#include <utility>

namespace valor {

Result<FootballField> loadFootballField(Workspace& ws) {
  auto saved = ws.setting(kFootballFieldSetting);
  if (!saved) return saved.error();
  if (!saved.value()) return FootballField{};
  return footballFieldFromJson(*saved.value());
}

Status saveFootballField(Workspace& ws, const FootballField& field) {
  const std::string text = footballFieldToJson(field);
  auto check = footballFieldFromJson(text);
  if (!check) return check.error();
  return ws.setSetting(kFootballFieldSetting, text);
}

Result<std::vector<FootballScenario>> footballScenarios(Workspace& ws, const FootballField& field) {
  auto listed = ws.listScenarios();  // a deleted scenario's bars have no range
  if (!listed) return listed.error();
  std::map<Id, std::optional<FootballScenario>> loaded;  // each scenario read once
  for (const ScenarioSummary& s : listed.value()) loaded.emplace(s.id, std::nullopt);
  std::vector<FootballScenario> scenarios;
  for (const FootballBar& bar : field.bars) {
    auto it = bar.method == FootballMethod::Typed ? loaded.end() : loaded.find(bar.scenario);
    if (it == loaded.end()) {
      scenarios.emplace_back();
      continue;
    }
    if (!it->second) {
      auto stored = ws.loadScenario(bar.scenario);
      if (!stored) return stored.error();
      const std::string* name = stored.value().document.root().text("name");
      it->second = FootballScenario{std::move(stored.value().document), name ? *name : ""};
    }
    scenarios.push_back(*it->second);
  }
  return scenarios;
}

Result<std::vector<ValuedFootballBar>> valueFootballBars(
    const FootballField& field, const std::vector<FootballScenario>& scenarios,
    jobs::ThreadPool& pool, std::stop_token stop) {
  std::vector<ValuedFootballBar> bars;
  for (std::size_t i = 0; i < field.bars.size(); ++i) {
    if (stop.stop_requested())
      return Error{"analytics.cancelled", "the football field was cancelled", ""};
    const FootballBar& bar = field.bars[i];
    const FootballScenario& scenario = scenarios[i];
    auto range = footballRange(bar, scenario.document ? &*scenario.document : nullptr, pool, stop);
    if (!range && range.error().code == "analytics.cancelled") return range.error();
    bars.push_back({footballDefaultLabel(bar, scenario.name), scenario.name, std::move(range)});
  }
  return bars;
}

Result<std::vector<ValuedFootballBar>> valueFootballField(Workspace& ws, const FootballField& field,
                                                          jobs::ThreadPool& pool) {
  auto scenarios = footballScenarios(ws, field);
  if (!scenarios) return scenarios.error();
  return valueFootballBars(field, scenarios.value(), pool);
}

}  // namespace valor
