#include "core/models/realoption/realoptionanalytics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/models/realoption/realoptionbinding.h"
#include "core/models/scalarlevers.h"

namespace valor {
namespace {

// The outputs in the order of realOptionAnalyticsOutputs(); vega and ρ per percentage point.
bool writeOutputs(const RealOptionResult& r, OutputValues& out) {
  out = {r.value,
         r.value - r.intrinsic,
         r.greeks.delta,
         r.greeks.gamma,
         r.greeks.vega / 100,
         r.greeks.theta,
         r.greeks.rho / 100,
         0.0};
  return std::all_of(out.begin(), out.end(), [](double v) { return std::isfinite(v); });
}

PathFailure valueForAnalytics(const RealOptionInputs& in, OutputValues& full) {
  const auto result = valueRealOption(in, false);
  if (!result) return RealOptionPathFailure::TreeProbability;
  return writeOutputs(*result, full) ? kPathValued : RealOptionPathFailure::NotFinite;
}

}  // namespace

std::vector<OutputSpec> realOptionAnalyticsOutputs() {
  return {{"option_value", "money"}, {"time_value", "money"},     {"delta", "number"},
          {"gamma", "number"},       {"vega_per_point", "money"}, {"theta_per_year", "money"},
          {"rho_per_point", "money"}};
}

Result<std::unique_ptr<ValuationModel>> prepareRealOptionModel(
    const ScenarioDocument& doc, const std::vector<std::string>& paths) {
  const RealOptionEvaluation evaluation = evaluateRealOptionScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  std::vector<ModelInput> inputs;
  auto levers = chooseLevers(doc, evaluation.binding.levers, paths, inputs);
  if (!levers) return levers.error();
  const std::vector<OutputSpec> outputs = realOptionAnalyticsOutputs();
  std::vector<std::size_t> slots(outputs.size());
  std::iota(slots.begin(), slots.end(), std::size_t{0});
  OutputValues full{};
  writeOutputs(*evaluation.result, full);
  return std::unique_ptr<ValuationModel>(std::make_unique<ScalarLeverModel<RealOptionInputs>>(
      outputs, std::vector<std::string>{"tree_probability", "not_finite"},
      *evaluation.binding.inputs, std::move(levers).value(), std::move(inputs), std::move(slots),
      full, &valueForAnalytics));
}

std::vector<std::string> realOptionInputPaths(const ScenarioDocument& doc) {
  const RealOptionEvaluation evaluation = evaluateRealOptionScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const RealOptionLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
