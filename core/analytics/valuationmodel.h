#pragma once
// What the analytics engines (Monte Carlo, sensitivity, tornado, goal seek) see of a scenario:
// a function from the values of a chosen set of its numeric inputs, named by their paths in the
// scenario file, to its outputs. It is prepared once from a copy of the document and then
// evaluated millions of times, so evaluation works on the engine's plain inputs and never on the
// document. DCF scenarios implement it now; LBO and M&A will implement the same interface.
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/schema.h"

namespace valor {

enum class ValuationOutput { ValuePerShare, EnterpriseValue, EquityValue, PvTerminal };
inline constexpr std::size_t kValuationOutputCount = 4;
using OutputValues = std::array<double, kValuationOutputCount>;

const char* valuationOutputName(ValuationOutput output);  // "value_per_share", ...
std::optional<ValuationOutput> valuationOutputFromName(const std::string& name);
inline double outputOf(const OutputValues& values, ValuationOutput output) {
  return values[static_cast<std::size_t>(output)];
}

// Why a set of input values could not be valued. Such paths are counted, never dropped quietly.
enum class PathFailure {
  None,
  OutOfRange,          // an input outside its field's allowed range (e.g. a negative tax rate)
  GrowthNotBelowWacc,  // Gordon growth at or above the WACC
  WaccNotPositive,     // a built-up WACC at or below zero
  NotFinite,           // the valuation overflowed
};
inline constexpr std::size_t kPathFailureCount = 5;
const char* pathFailureName(PathFailure failure);  // "out_of_range", ...

struct PathOutcome {
  PathFailure failure = PathFailure::None;
  int input = -1;  // the input out of range, for OutOfRange
  bool ok() const { return failure == PathFailure::None; }
};

struct ModelInput {
  std::string path;  // "dcf.discount_rate.wacc", "dcf.ebit_margin.values.2027", ...
  double baseValue = 0;
  Bounds bounds;     // the field's allowed range
  std::string unit;  // the field's unit: "rate", "money", "ratio", ...
};

// Evaluates the model for one set of input values. Holds scratch state, so each thread uses
// its own evaluator.
class ModelEvaluator {
 public:
  virtual ~ModelEvaluator() = default;
  // values[i] is the value of inputs()[i].
  virtual PathOutcome evaluate(std::span<const double> values, OutputValues& out) = 0;
};

class ValuationModel {
 public:
  virtual ~ValuationModel() = default;
  const std::vector<ModelInput>& inputs() const { return inputs_; }
  // The outputs at the inputs' base values (the scenario as it is).
  const OutputValues& baseOutputs() const { return baseOutputs_; }
  virtual std::unique_ptr<ModelEvaluator> evaluator() const = 0;

  std::vector<double> baseValues() const;

 protected:
  std::vector<ModelInput> inputs_;
  OutputValues baseOutputs_{};
};

// Prepares the model of `doc` over the inputs named by `inputPaths`. Fails with a message naming
// the path when a path is not a numeric input that this scenario's valuation uses, appears
// twice, or when the scenario itself cannot be valued.
Result<std::unique_ptr<ValuationModel>> prepareValuationModel(
    const ScenarioDocument& doc, const std::vector<std::string>& inputPaths);

// Every input path a model of `doc` accepts, in the order of the scenario file (each year of a
// per-year driver separately).
std::vector<std::string> valuationInputPaths(const ScenarioDocument& doc);

}  // namespace valor
