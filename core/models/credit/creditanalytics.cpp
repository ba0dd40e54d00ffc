#include "core/models/credit/creditanalytics.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/models/credit/creditbinding.h"

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

struct Prepared {
  CreditInputs inputs;
  std::vector<CreditLever> levers;
  std::vector<std::size_t> slots;  // model output k is full output slots[k]
};

class CreditEvaluator final : public ModelEvaluator {
 public:
  explicit CreditEvaluator(const Prepared& p) : p_(p), in_(p.inputs) {}

  PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
    for (std::size_t i = 0; i < p_.levers.size(); ++i) {
      const double v = values[i];
      const CreditLever& lever = p_.levers[i];
      if (!std::isfinite(v) || !lever.bounds.contains(v))
        return {kPathOutOfRange, static_cast<int>(i)};
      lever.field(in_) = v;
    }
    const auto result = analyseCredit(in_);
    if (!result) return {CreditPathFailure::NoMertonSolution, -1};
    OutputValues full{};
    writeFull(*result, full);
    for (std::size_t k = 0; k < p_.slots.size(); ++k) {
      out[k] = full[p_.slots[k]];
      if (!std::isfinite(out[k])) return {CreditPathFailure::NotFinite, -1};
    }
    return {};
  }

 private:
  const Prepared& p_;
  CreditInputs in_;
};

class CreditModel final : public ValuationModel {
 public:
  CreditModel(Prepared prepared, std::vector<OutputSpec> outputs, std::vector<ModelInput> inputs,
              OutputValues base)
      : ValuationModel(std::move(outputs), {"no_merton_solution", "not_finite"}),
        prepared_(std::move(prepared)) {
    inputs_ = std::move(inputs);
    baseOutputs_ = base;
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<CreditEvaluator>(prepared_);
  }

 private:
  Prepared prepared_;
};

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
  const CreditBinding& b = evaluation.binding;
  Prepared p;
  p.inputs = *b.inputs;
  std::vector<ModelInput> inputs;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    const auto lever = std::find_if(b.levers.begin(), b.levers.end(),
                                    [&](const CreditLever& l) { return l.path == path; });
    if (lever == b.levers.end()) return notALever(doc, path);
    p.levers.push_back(*lever);
    inputs.push_back({path, lever->baseValue, lever->bounds, lever->unit, false});
  }
  const std::vector<OutputSpec> all = creditAnalyticsOutputs();
  std::vector<OutputSpec> outputs;
  for (std::size_t k = 0; k < all.size(); ++k) {
    const bool merton = k <= kExpectedLoss;
    if (merton ? !p.inputs.hasMerton : !p.inputs.altmanModel) continue;
    p.slots.push_back(k);
    outputs.push_back(all[k]);
  }
  OutputValues full{}, base{};
  writeFull(*evaluation.result, full);
  for (std::size_t k = 0; k < p.slots.size(); ++k) base[k] = full[p.slots[k]];
  return std::unique_ptr<ValuationModel>(
      std::make_unique<CreditModel>(std::move(p), std::move(outputs), std::move(inputs), base));
}

std::vector<std::string> creditInputPaths(const ScenarioDocument& doc) {
  const CreditEvaluation evaluation = evaluateCreditScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const CreditLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
