#pragma once
// The DCF scenario as a ValuationModel (its analytics adapter): each chosen input is a lever on
// the engine's DcfInputs (a driver's constant, one year or one stage; a discount-rate part,
// recombined into the WACC as bindDcf does; the terminal value; a bridge item; an option
// tranche). The rules bindDcf applies to the whole scenario are applied to each set of drawn
// values: the field's range, g below the WACC, a positive built-up WACC.
#include "core/models/valuationmodel.h"

namespace valor {

// The DCF's analytics outputs, as indices into ValuationModel::outputs().
struct DcfOutput {
  static constexpr OutputIndex ValuePerShare = 0;
  static constexpr OutputIndex EnterpriseValue = 1;
  static constexpr OutputIndex EquityValue = 2;
  static constexpr OutputIndex PvTerminal = 3;
  static constexpr std::size_t Count = 4;
};
std::vector<OutputSpec> dcfAnalyticsOutputs();

// The DCF's own reasons a path cannot be valued, after kPathValued and kPathOutOfRange.
struct DcfPathFailure {
  static constexpr PathFailure GrowthNotBelowWacc = 2;  // Gordon growth at or above the WACC
  static constexpr PathFailure WaccNotPositive = 3;     // a built-up WACC at or below zero
  static constexpr PathFailure NotFinite = 4;           // the valuation overflowed
};

Result<std::unique_ptr<ValuationModel>> prepareDcfModel(const ScenarioDocument& doc,
                                                        const std::vector<std::string>& paths);
std::vector<std::string> dcfInputPaths(const ScenarioDocument& doc);
// With a WACC built up from CAPM: the WACC itself, as a what-if over the built-up one.
std::vector<std::string> dcfWhatIfInputPaths(const ScenarioDocument& doc);

}  // namespace valor
