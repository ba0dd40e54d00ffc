#pragma once
// The real option as a ValuationModel (its analytics adapter): each chosen input is one of the
// numbers the binding recorded (the underlying's value or scale, the strike, the years, the
// volatility, the rate or the yield). A path whose inputs leave the tree's probabilities outside
// 0..1 is counted under its own reason.
#include "core/models/valuationmodel.h"

namespace valor {

std::vector<OutputSpec> realOptionAnalyticsOutputs();

struct RealOptionPathFailure {
  static constexpr PathFailure TreeProbability = 2;
  static constexpr PathFailure NotFinite = 3;
};

Result<std::unique_ptr<ValuationModel>> prepareRealOptionModel(
    const ScenarioDocument& doc, const std::vector<std::string>& paths);
std::vector<std::string> realOptionInputPaths(const ScenarioDocument& doc);

}  // namespace valor
