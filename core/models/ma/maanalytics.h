#pragma once
// The M&A scenario as a ValuationModel (its analytics adapter): each chosen input is one of the
// levers the binding recorded — a deal number, a share of the mix (the other share follows, so
// the mix stays 100 %), one year or every year of a per-year input, the base or growth of a
// net income, or a stage of a staged phase-in. The engine's failures (cash funding above the
// acquirer's cash, a zero standalone EPS) are counted as the path's reason.
#include "core/models/valuationmodel.h"

namespace valor {

// The M&A's analytics outputs, as keys; a scenario of fewer than five years offers the
// accretion of its own years only.
std::vector<OutputSpec> maAnalyticsOutputs();

struct MaPathFailure {
  static constexpr PathFailure CashAboveBalance = 2;
  static constexpr PathFailure ZeroStandaloneEps = 3;
  static constexpr PathFailure NotFinite = 4;
};

Result<std::unique_ptr<ValuationModel>> prepareMaModel(const ScenarioDocument& doc,
                                                       const std::vector<std::string>& paths);
std::vector<std::string> maInputPaths(const ScenarioDocument& doc);

}  // namespace valor
