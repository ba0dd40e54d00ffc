#include "core/models/realoption/realoptionanalytics.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/models/realoption/realoptionbinding.h"

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

struct Prepared {
  RealOptionInputs inputs;
  std::vector<RealOptionLever> levers;
};

class RealOptionEvaluator final : public ModelEvaluator {
 public:
  explicit RealOptionEvaluator(const Prepared& p) : p_(p), in_(p.inputs) {}

  PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
    for (std::size_t i = 0; i < p_.levers.size(); ++i) {
      const double v = values[i];
      const RealOptionLever& lever = p_.levers[i];
      if (!std::isfinite(v) || !lever.bounds.contains(v))
        return {kPathOutOfRange, static_cast<int>(i)};
      in_.*lever.field = v;
    }
    const auto result = valueRealOption(in_, false);
    if (!result) return {RealOptionPathFailure::TreeProbability, -1};
    if (!writeOutputs(*result, out)) return {RealOptionPathFailure::NotFinite, -1};
    return {};
  }

 private:
  const Prepared& p_;
  RealOptionInputs in_;
};

class RealOptionModel final : public ValuationModel {
 public:
  RealOptionModel(Prepared prepared, std::vector<ModelInput> inputs, OutputValues base)
      : ValuationModel(realOptionAnalyticsOutputs(), {"tree_probability", "not_finite"}),
        prepared_(std::move(prepared)) {
    inputs_ = std::move(inputs);
    baseOutputs_ = base;
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<RealOptionEvaluator>(prepared_);
  }

 private:
  Prepared prepared_;
};

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
  const RealOptionBinding& b = evaluation.binding;
  Prepared p;
  p.inputs = *b.inputs;
  std::vector<ModelInput> inputs;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    const auto lever = std::find_if(b.levers.begin(), b.levers.end(),
                                    [&](const RealOptionLever& l) { return l.path == path; });
    if (lever == b.levers.end()) return notALever(doc, path);
    p.levers.push_back(*lever);
    inputs.push_back({path, lever->baseValue, lever->bounds, lever->unit, false});
  }
  OutputValues base{};
  writeOutputs(*evaluation.result, base);
  return std::unique_ptr<ValuationModel>(
      std::make_unique<RealOptionModel>(std::move(p), std::move(inputs), base));
}

std::vector<std::string> realOptionInputPaths(const ScenarioDocument& doc) {
  const RealOptionEvaluation evaluation = evaluateRealOptionScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const RealOptionLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
