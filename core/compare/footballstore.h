#pragma once
// The football field of a workspace: its saved settings (read and written through the
// workspace's settings, one transaction each) and every bar valued on the scenarios as they
// are now, for the desktop's football field window and `valor-cli football`.
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/compare/footballrange.h"
#include "core/store/workspace.h"

namespace valor {

// The saved settings; an empty field when none were saved yet.
Result<FootballField> loadFootballField(Workspace& ws);
// Checks the settings as footballFieldFromJson would read them back, then saves them.
Status saveFootballField(Workspace& ws, const FootballField& field);

// The scenario of each bar as it is now (none for a typed range, or when the scenario was
// deleted), read once each: the part that needs the workspace, so the desktop reads on its
// own thread and values on a worker.
struct FootballScenario {
  std::optional<ScenarioDocument> document;
  std::string name;
};
Result<std::vector<FootballScenario>> footballScenarios(Workspace& ws, const FootballField& field);

struct ValuedFootballBar {
  std::string label;         // the bar's own, else footballDefaultLabel (English)
  std::string scenarioName;  // empty for a typed range
  Result<FootballRange> range;
};

// Every bar in order (scenarios[i] is bar i's), each with its range or the reason it has none:
// a bar that fails never stops the others. Returns analytics.cancelled when `stop` is
// requested.
Result<std::vector<ValuedFootballBar>> valueFootballBars(
    const FootballField& field, const std::vector<FootballScenario>& scenarios,
    jobs::ThreadPool& pool, std::stop_token stop = {});
// Both steps at once, for valor-cli.
Result<std::vector<ValuedFootballBar>> valueFootballField(Workspace& ws, const FootballField& field,
                                                          jobs::ThreadPool& pool);

}  // namespace valor
