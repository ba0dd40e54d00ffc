#pragma once
// What the analytics engines (Monte Carlo, sensitivity, tornado, goal seek) see of a scenario:
// a function from the values of a chosen set of its numeric inputs, named by their paths in the
// scenario file, to the model kind's outputs. It is prepared once from a copy of the document
// and then evaluated millions of times, so evaluation works on the engine's plain inputs and
// never on the document. Each model kind supplies one (its analytics adapter).
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/issue.h"
#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/schema.h"

namespace valor {

// An output the analytics can study, by its stable key and unit (as in NamedOutput).
struct OutputSpec {
  std::string key;
  std::string unit;
};

// Outputs are addressed by their index in ValuationModel::outputs(). Evaluators write them into
// a fixed array so that millions of paths allocate nothing.
using OutputIndex = std::size_t;
inline constexpr std::size_t kMaxModelOutputs = 8;
using OutputValues = std::array<double, kMaxModelOutputs>;
inline double outputOf(const OutputValues& values, OutputIndex output) {
  return values[output];
}

// Why a set of input values could not be valued: an index into ValuationModel::failureReasons().
// 0 and 1 mean the same for every kind; a kind's own reasons (g ≥ WACC, ...) follow. Such paths
// are counted, never dropped quietly.
using PathFailure = int;
inline constexpr PathFailure kPathValued = 0;
inline constexpr PathFailure kPathOutOfRange = 1;  // an input outside its field's allowed range

struct PathOutcome {
  PathFailure failure = kPathValued;
  int input = -1;  // the input out of range, for kPathOutOfRange
  bool ok() const { return failure == kPathValued; }
};

struct ModelInput {
  std::string path;  // "dcf.discount_rate.wacc", "dcf.ebit_margin.values.2027", ...
  double baseValue = 0;
  Bounds bounds;     // the field's allowed range
  std::string unit;  // the field's unit: "rate", "money", "ratio", ...
  // The input stands in for a value the valuation derives (a WACC over a built-up one): a
  // what-if, not a field that setting the solved value would change.
  bool overridesDerived = false;
};

// Evaluates the model for one set of input values. Holds scratch state, so each thread uses
// its own evaluator.
class ModelEvaluator {
 public:
  virtual ~ModelEvaluator() = default;
  // values[i] is the value of inputs()[i]; writes outputs()[k] to out[k].
  virtual PathOutcome evaluate(std::span<const double> values, OutputValues& out) = 0;
};

// Why an adapter cannot be prepared: the scenario's first error (analytics.scenario_invalid).
Error scenarioNotValued(const Issues& issues);
// Why a path that the kind's binding did not record as a lever cannot vary (analytics.bad_input):
// not a field, a whole-number setting, not a number, or left out by a method or mode.
Error notALever(const ScenarioDocument& doc, const std::string& path);

class ValuationModel {
 public:
  virtual ~ValuationModel() = default;
  const std::vector<ModelInput>& inputs() const { return inputs_; }
  const std::vector<OutputSpec>& outputs() const { return outputs_; }
  // Names of the PathFailure codes: "none", "out_of_range", then the kind's own.
  const std::vector<std::string>& failureReasons() const { return failureReasons_; }
  // The outputs at the inputs' base values (the scenario as it is).
  const OutputValues& baseOutputs() const { return baseOutputs_; }
  virtual std::unique_ptr<ModelEvaluator> evaluator() const = 0;

  std::vector<double> baseValues() const;
  std::optional<OutputIndex> outputIndex(std::string_view key) const;

 protected:
  // `kindReasons` are the kind's own failure names, after the two every kind shares.
  ValuationModel(std::vector<OutputSpec> outputs, const std::vector<std::string>& kindReasons);

  std::vector<ModelInput> inputs_;
  OutputValues baseOutputs_{};

 private:
  std::vector<OutputSpec> outputs_;
  std::vector<std::string> failureReasons_;
};

}  // namespace valor
