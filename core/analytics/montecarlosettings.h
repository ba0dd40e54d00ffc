#pragma once
// Monte Carlo settings as saved in the scenario ("monte_carlo" in the file), so a run can be
// repeated exactly: read into MonteCarloSettings for the engine. Edits to them are ordinary
// mutations of those entities, with history and undo like any other field.
#include "core/analytics/montecarlo.h"
#include "core/common/issue.h"
#include "core/model/document.h"

namespace valor {

// Problems of the saved settings, with the file's paths: the schema's checks of the
// monte_carlo block, and the parameters each distribution needs ("monte_carlo.inputs[1].mode is
// required for a triangular distribution"). Empty when the scenario has no settings.
Issues monteCarloIssues(const ScenarioDocument& doc);

// What a run would refuse beyond the saved fields one by one: a distribution that cannot be
// drawn (sd 0, min above max, probabilities not summing to 1), correlations that cannot hold
// together, an input the model cannot vary. The first such problem, as an issue; empty when the
// settings would run, have no inputs yet, or fail monteCarloIssues() (which says why). Only
// meaningful for a scenario that is valued.
Issues monteCarloRunIssues(const ScenarioDocument& doc);

// The scenario's settings; defaults (no inputs) when it has none. Fails with the first of
// monteCarloIssues() when there is one.
Result<MonteCarloSettings> monteCarloSettings(const ScenarioDocument& doc);

}  // namespace valor
