#pragma once
// The credit scenario as a ValuationModel (its analytics adapter): each chosen input is one of
// the numbers the binding recorded (a statement line, one of Merton's inputs, the loss given
// default or the exposure). The outputs are those of the analyses the scenario has: the Altman
// score, Merton's figures, the expected loss. A path whose Merton equations have no solution is
// counted under its own reason.
#include "core/models/valuationmodel.h"

namespace valor {

// Every output a credit scenario can have, in order; a scenario offers those of its analyses.
std::vector<OutputSpec> creditAnalyticsOutputs();

struct CreditPathFailure {
  static constexpr PathFailure NoMertonSolution = 2;
  static constexpr PathFailure NotFinite = 3;
};

Result<std::unique_ptr<ValuationModel>> prepareCreditModel(const ScenarioDocument& doc,
                                                           const std::vector<std::string>& paths);
std::vector<std::string> creditInputPaths(const ScenarioDocument& doc);

}  // namespace valor
