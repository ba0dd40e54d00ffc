#include "core/models/portfolio/portfolioanalytics.h"

#include <cmath>

#include "core/models/portfolio/portfoliobinding.h"
#include "core/models/scalarlevers.h"

namespace valor {
namespace {

void writeFull(const PortfolioInputs& in, const PortfolioResult& r, OutputValues& full) {
  full.fill(0.0);
  const RiskMeasures risk = normalPortfolioRisk(in, r.allocation);
  full[0] = r.allocation.expectedReturn;
  full[1] = r.allocation.volatility;
  full[2] = r.sharpe;
  full[3] = risk.valueAtRisk;
  full[4] = risk.expectedShortfall;
}

PathFailure valueForAnalytics(const PortfolioInputs& in, OutputValues& full) {
  const auto result = analysePortfolio(in, false);
  if (!result) {
    const std::string& code = result.error().code;
    if (code == portfoliofailure::kNotPositiveDefinite)
      return PortfolioPathFailure::NotPositiveDefinite;
    if (code == portfoliofailure::kInfeasible || code == portfoliofailure::kTargetOutOfRange)
      return PortfolioPathFailure::Infeasible;
    return PortfolioPathFailure::NotSolved;
  }
  writeFull(in, result.value(), full);
  for (double v : full)
    if (!std::isfinite(v)) return PortfolioPathFailure::NotSolved;
  return kPathValued;
}

}  // namespace

std::vector<OutputSpec> portfolioAnalyticsOutputs() {
  return {{"expected_return", "rate"},
          {"volatility", "rate"},
          {"sharpe_ratio", "number"},
          {"value_at_risk", "rate"},
          {"expected_shortfall", "rate"}};
}

Result<std::unique_ptr<ValuationModel>> preparePortfolioModel(
    const ScenarioDocument& doc, const std::vector<std::string>& paths) {
  const PortfolioEvaluation evaluation = evaluatePortfolioScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  const PortfolioInputs& bound = *evaluation.binding.inputs;
  std::vector<ModelInput> inputs;
  auto levers = chooseLevers(doc, evaluation.binding.levers, paths, inputs);
  if (!levers) return levers.error();
  std::vector<OutputSpec> outputs = portfolioAnalyticsOutputs();
  std::vector<std::size_t> offered;
  for (std::size_t k = 0; k < outputs.size(); ++k) offered.push_back(k);
  OutputValues full{};
  writeFull(bound, *evaluation.result, full);
  return std::unique_ptr<ValuationModel>(std::make_unique<ScalarLeverModel<PortfolioInputs>>(
      std::move(outputs),
      std::vector<std::string>{"covariance_not_positive_definite", "limits_not_met", "not_solved"},
      bound, std::move(levers).value(), std::move(inputs), std::move(offered), full,
      &valueForAnalytics));
}

std::vector<std::string> portfolioInputPaths(const ScenarioDocument& doc) {
  const PortfolioEvaluation evaluation = evaluatePortfolioScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const PortfolioLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
