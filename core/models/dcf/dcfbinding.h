#pragma once
// From a scenario document to DCF engine inputs, with every rule the engine relies on checked
// first: the generic schema checks plus the DCF's own (drivers complete for every projection
// year, a valuation date inside the first year, g below the WACC, ...). Bad input becomes
// issues naming the field and the rule; the engine only ever sees valid inputs.
#include <optional>

#include "core/common/issue.h"
#include "core/finance/dcf.h"
#include "core/finance/wacc.h"
#include "core/model/document.h"

namespace valor {

struct DcfBinding {
  std::optional<DcfInputs> inputs;             // set when there is no error
  DcfInputs resolved;                          // as far as it could be read, even with errors
  std::optional<CostOfCapital> costOfCapital;  // set for the build_up method
  Issues issues;                               // errors and warnings, in file order
};

DcfBinding bindDcf(const ScenarioDocument& doc);

// The per-year drivers of the DCF, by their field names in the scenario file.
struct DcfDriverField {
  const char* name;
  PerYear DcfInputs::*values;
};
inline constexpr DcfDriverField kDcfDrivers[] = {
    {"revenue_growth", &DcfInputs::revenueGrowth},
    {"ebit_margin", &DcfInputs::ebitMargin},
    {"tax_rate", &DcfInputs::taxRate},
    {"da_pct_revenue", &DcfInputs::daPctRevenue},
    {"capex_pct_revenue", &DcfInputs::capexPctRevenue},
    {"nwc_pct_revenue", &DcfInputs::nwcPctRevenue},
    {"sales_to_capital", &DcfInputs::salesToCapital},
};

struct DcfEvaluation {
  DcfBinding binding;
  std::optional<DcfResult> result;  // set when the scenario could be valued
  Issues issues;                    // the binding's issues, then the result's warnings
};

// Validates, binds and values a DCF scenario; the result's warnings become issues with paths.
DcfEvaluation evaluateDcfScenario(const ScenarioDocument& doc);

}  // namespace valor
