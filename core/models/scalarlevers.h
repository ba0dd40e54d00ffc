#pragma once
// The analytics adapter of a kind whose inputs are plain numbers in one struct (the real option,
// the credit analysis, the portfolio): each lever the binding records sets one number of the kind's
// inputs, and the adapter applies the chosen levers' values to a copy of the inputs, then runs the
// kind's own valuation. One implementation, so each such kind checks ranges and refuses paths
// alike.
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/common/types.h"
#include "core/models/valuationmodel.h"

namespace valor {

template <typename Inputs>
struct ScalarLever {
  std::string path;  // "real_option.volatility"
  double baseValue = 0;
  Bounds bounds;
  std::string unit;
  Real& (*field)(Inputs&, std::size_t) = nullptr;  // the number it sets
  std::size_t index = 0;                           // which one, for a list's members
};

// The kind's valuation of one set of inputs: every output in the kind's full list (the
// ValuationModel offers `slots` of them), or why the path could not be valued.
template <typename Inputs>
using ScalarValuation = PathFailure (*)(const Inputs& inputs, OutputValues& full);

// The levers `paths` name, each once and each one the binding recorded, with their model inputs.
template <typename Inputs>
Result<std::vector<ScalarLever<Inputs>>> chooseLevers(
    const ScenarioDocument& doc, const std::vector<ScalarLever<Inputs>>& recorded,
    const std::vector<std::string>& paths, std::vector<ModelInput>& inputs) {
  std::vector<ScalarLever<Inputs>> chosen;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    const auto lever = std::find_if(recorded.begin(), recorded.end(),
                                    [&](const ScalarLever<Inputs>& l) { return l.path == path; });
    if (lever == recorded.end()) return notALever(doc, path);
    chosen.push_back(*lever);
    inputs.push_back({path, lever->baseValue, lever->bounds, lever->unit, false});
  }
  return chosen;
}

template <typename Inputs>
class ScalarLeverModel final : public ValuationModel {
 public:
  // `outputs` are the full list's entries at `offered`; `reasons` the kind's own failure names
  // (`slots` would be a Qt macro in the desktop).
  ScalarLeverModel(std::vector<OutputSpec> outputs, const std::vector<std::string>& reasons,
                   Inputs inputs, std::vector<ScalarLever<Inputs>> levers,
                   std::vector<ModelInput> modelInputs, std::vector<std::size_t> offered,
                   const OutputValues& full, ScalarValuation<Inputs> valuation)
      : ValuationModel(std::move(outputs), reasons),
        bound_(std::move(inputs)),
        levers_(std::move(levers)),
        slots_(std::move(offered)),
        valuation_(valuation) {
    inputs_ = std::move(modelInputs);
    for (std::size_t k = 0; k < slots_.size(); ++k) baseOutputs_[k] = full[slots_[k]];
  }

  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<Evaluator>(*this);
  }

 private:
  class Evaluator final : public ModelEvaluator {
   public:
    explicit Evaluator(const ScalarLeverModel& model) : m_(model), in_(model.bound_) {}

    PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
      for (std::size_t i = 0; i < m_.levers_.size(); ++i) {
        const double v = values[i];
        const ScalarLever<Inputs>& lever = m_.levers_[i];
        if (!std::isfinite(v) || !lever.bounds.contains(v))
          return {kPathOutOfRange, static_cast<int>(i)};
        lever.field(in_, lever.index) = v;
      }
      OutputValues full{};
      if (const PathFailure failure = m_.valuation_(in_, full); failure != kPathValued)
        return {failure, -1};
      for (std::size_t k = 0; k < m_.slots_.size(); ++k) out[k] = full[m_.slots_[k]];
      return {};
    }

   private:
    const ScalarLeverModel& m_;
    Inputs in_;
  };

  Inputs bound_;  // the scenario's, as bound (inputs_ are the ValuationModel's)
  std::vector<ScalarLever<Inputs>> levers_;
  std::vector<std::size_t> slots_;
  ScalarValuation<Inputs> valuation_;
};

}  // namespace valor
