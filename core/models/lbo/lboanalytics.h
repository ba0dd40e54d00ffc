#pragma once
// The LBO scenario as a ValuationModel (its analytics adapter): each chosen input is one of the
// levers the binding recorded — a deal number, a tranche term, one year or all years of a
// driver, or a stage of a staged driver (refilled after the draw). Each set of drawn values is
// checked against the field's range and the binding's rules across fields; the engine's failures
// (no equity plug, a cash shortfall, interest that does not settle) are counted as the path's
// reason.
#include "core/models/valuationmodel.h"

namespace valor {

// The LBO's analytics outputs, as indices into ValuationModel::outputs().
struct LboOutput {
  static constexpr OutputIndex Irr = 0;
  static constexpr OutputIndex Moic = 1;
  static constexpr OutputIndex ExitEquity = 2;
  static constexpr OutputIndex NetDebtAtExit = 3;
  static constexpr OutputIndex SponsorProceeds = 4;
};
std::vector<OutputSpec> lboAnalyticsOutputs();

// The LBO's own reasons a path cannot be valued, after kPathValued and kPathOutOfRange.
struct LboPathFailure {
  static constexpr PathFailure NoSponsorEquity = 2;
  static constexpr PathFailure CashShortfall = 3;
  static constexpr PathFailure NotConverged = 4;
  static constexpr PathFailure NotFinite = 5;
  // A drawn set breaks a rule the binding checks for the file: a revolver drawn above its
  // commitment, transaction fees at or above the entry EV.
  static constexpr PathFailure BreaksRule = 6;
};

Result<std::unique_ptr<ValuationModel>> prepareLboModel(const ScenarioDocument& doc,
                                                        const std::vector<std::string>& paths);
std::vector<std::string> lboInputPaths(const ScenarioDocument& doc);

}  // namespace valor
