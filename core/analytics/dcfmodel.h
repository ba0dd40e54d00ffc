#pragma once
// The DCF scenario as a ValuationModel: each chosen input is a lever on the engine's DcfInputs
// (a driver's constant, one year or one stage; a discount-rate part, recombined into the WACC
// as bindDcf does; the terminal value; a bridge item; an option tranche). The rules bindDcf
// applies to the whole scenario are applied to each set of drawn values: the field's range,
// g below the WACC, a positive built-up WACC.
#include "core/analytics/valuationmodel.h"

namespace valor {

Result<std::unique_ptr<ValuationModel>> prepareDcfModel(const ScenarioDocument& doc,
                                                        const std::vector<std::string>& paths);
std::vector<std::string> dcfInputPaths(const ScenarioDocument& doc);

}  // namespace valor
