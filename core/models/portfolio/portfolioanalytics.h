#pragma once
// The portfolio scenario as a ValuationModel (its analytics adapter): each chosen input is one
// of the numbers the binding recorded (an asset's expected return or volatility, a correlation,
// the risk-free rate, the target). Each path re-optimises under the scenario's objective and
// limits; its outputs are the optimal portfolio's expected return, volatility, Sharpe ratio and
// normal VaR and ES over the horizon — so a Monte Carlo on the expected returns shows how far
// the optimum's figures move with them. A path the optimiser cannot solve is counted under its
// reason.
#include "core/models/valuationmodel.h"

namespace valor {

std::vector<OutputSpec> portfolioAnalyticsOutputs();

struct PortfolioPathFailure {
  static constexpr PathFailure NotPositiveDefinite = 2;
  static constexpr PathFailure Infeasible = 3;
  static constexpr PathFailure NotSolved = 4;
};

Result<std::unique_ptr<ValuationModel>> preparePortfolioModel(
    const ScenarioDocument& doc, const std::vector<std::string>& paths);
std::vector<std::string> portfolioInputPaths(const ScenarioDocument& doc);

}  // namespace valor
