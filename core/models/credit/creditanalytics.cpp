#include "core/models/credit/creditanalytics.h"

#include <cmath>

#include "core/models/credit/creditbinding.h"
#include "core/models/scalarlevers.h"

namespace valor {
namespace {

// Slots of creditAnalyticsOutputs(): Merton's (0–5), the expected loss (6), Altman's score (7).
constexpr std::size_t kExpectedLoss = 6;
constexpr std::size_t kAltmanScore = 7;

void writeFull(const CreditResult& r, OutputValues& full) {
  full.fill(0.0);
  if (r.merton) {
    const MertonSolution& m = *r.merton;
    full[0] = m.defaultProbability;
    full[1] = m.creditSpread;
    full[2] = m.distanceToDefault;
    full[3] = m.assets;
    full[4] = m.assetVolatility;
    full[5] = m.debtValue;
    full[kExpectedLoss] = *r.expectedLoss;
  }
  if (r.altman) full[kAltmanScore] = r.altman->score;
}

PathFailure valueForAnalytics(const CreditInputs& in, OutputValues& full) {
  const auto result = analyseCredit(in);
  if (!result) return CreditPathFailure::NoMertonSolution;
  writeFull(*result, full);
  for (double v : full)
    if (!std::isfinite(v)) return CreditPathFailure::NotFinite;
  return kPathValued;
}

}  // namespace

std::vector<OutputSpec> creditAnalyticsOutputs() {
  return {{"default_probability", "rate"},   {"credit_spread", "rate"},
          {"distance_to_default", "number"}, {"asset_value", "money"},
          {"asset_volatility", "rate"},      {"debt_value", "money"},
          {"expected_loss", "money"},        {"altman_score", "number"}};
}

Result<std::unique_ptr<ValuationModel>> prepareCreditModel(const ScenarioDocument& doc,
                                                           const std::vector<std::string>& paths) {
  const CreditEvaluation evaluation = evaluateCreditScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  const CreditInputs& bound = *evaluation.binding.inputs;
  std::vector<ModelInput> inputs;
  auto levers = chooseLevers(doc, evaluation.binding.levers, paths, inputs);
  if (!levers) return levers.error();
  // The outputs of the analyses the scenario has.
  const std::vector<OutputSpec> all = creditAnalyticsOutputs();
  std::vector<OutputSpec> outputs;
  std::vector<std::size_t> slots;
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (k <= kExpectedLoss ? !bound.hasMerton : !bound.altmanModel) continue;
    slots.push_back(k);
    outputs.push_back(all[k]);
  }
  OutputValues full{};
  writeFull(*evaluation.result, full);
  return std::unique_ptr<ValuationModel>(std::make_unique<ScalarLeverModel<CreditInputs>>(
      std::move(outputs), std::vector<std::string>{"no_merton_solution", "not_finite"}, bound,
      std::move(levers).value(), std::move(inputs), std::move(slots), full, &valueForAnalytics));
}

std::vector<std::string> creditInputPaths(const ScenarioDocument& doc) {
  const CreditEvaluation evaluation = evaluateCreditScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const CreditLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
