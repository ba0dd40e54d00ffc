#pragma once
// Monte Carlo settings as saved in the scenario ("monte_carlo" in the file), so a run can be
// repeated exactly: read into MonteCarloSettings for the engine. Edits to them are ordinary
// mutations of those entities, with history and undo like any other field.
#include "analytics/montecarlo.h"
#include "model/document.h"

namespace valor {

// The scenario's settings; defaults (no inputs) when it has none. Fails, naming the path, on
// a distribution that is not one of the known kinds.
Result<MonteCarloSettings> monteCarloSettings(const ScenarioDocument& doc);

}  // namespace valor
