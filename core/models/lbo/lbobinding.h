#pragma once
// From a scenario document to LBO engine inputs, with every rule the engine relies on checked
// first: the generic schema checks plus the LBO's own (drivers for every year, the exit inside
// the projection, a revolver's commitment, a base rate for floating tranches, ...). Bad input
// becomes issues naming the field and the rule; the engine only ever sees valid inputs.
//
// As it reads each number the binding records where it lands in LboInputs (a lever): the
// analytics adapter varies exactly those, so "what can vary" and "what the model reads" are one
// list.
#include <optional>
#include <string>
#include <vector>

#include "core/common/date.h"
#include "core/common/issue.h"
#include "core/finance/cashflows.h"
#include "core/finance/lbo.h"
#include "core/model/document.h"
#include "core/models/blockreader.h"

namespace valor {

// The per-year drivers of the LBO, by their field names in the scenario file.
struct LboDriverField {
  const char* name;
  LboYears LboInputs::*values;
  const char* unit;
};
inline constexpr LboDriverField kLboDrivers[] = {
    {"revenue_growth", &LboInputs::revenueGrowth, "rate"},
    {"ebitda_margin", &LboInputs::ebitdaMargin, "rate"},
    {"da_pct_revenue", &LboInputs::daPctRevenue, "rate"},
    {"capex_pct_revenue", &LboInputs::capexPctRevenue, "rate"},
    {"nwc_pct_revenue", &LboInputs::nwcPctRevenue, "rate"},
    {"tax_rate", &LboInputs::taxRate, "rate"},
    {"base_rate", &LboInputs::baseRate, "rate"},
};

// Where one numeric field of the file lands in LboInputs; exactly one target is set.
struct LboLever {
  std::string path;  // "lbo.exit.multiple", "lbo.tranches[1].spread", ...
  double baseValue = 0;
  Bounds bounds;
  std::string unit;
  Real LboInputs::*scalar = nullptr;
  Real LboTranche::*trancheField = nullptr;
  int tranche = -1;
  LboYears LboInputs::*driver = nullptr;
  int year = -1;  // one year of a per-year driver; −1 with stage 0: every year (a constant)
  int stage = 0;  // 1..3: a stage of the staged driver staged[stagedIndex]
  int stagedIndex = -1;
  // A whole year (the exit year): stored as the value less `wholeOffset`; only whole values
  // inside the bounds are valid.
  int LboInputs::*whole = nullptr;
  int wholeOffset = 0;
};

struct LboStagedDriver {
  LboYears LboInputs::*values;
  StagedDriver driver;
};

struct LboBinding {
  std::optional<LboInputs> inputs;         // set when there is no error
  LboInputs resolved;                      // as far as it could be read, even with errors
  Issues issues;                           // errors and warnings, in file order
  std::vector<std::string> trancheLabels;  // as given, or the type's name
  std::optional<Date> closeDate;
  std::optional<Date> exitDate;  // both set, exit after close: the XIRR is computed
  std::vector<LboLever> levers;
  std::vector<LboStagedDriver> staged;
  bool baseNwcDerived = false;  // base NWC = first year's NWC % × base revenue
};

LboBinding bindLbo(const ScenarioDocument& doc);

struct LboEvaluation {
  LboBinding binding;
  std::optional<LboResult> result;  // set when the scenario could be valued
  std::optional<Irr> xirr;          // with both dates
  Issues issues;                    // the binding's issues, then the result's
};

// Validates, binds and values an LBO scenario; failures and warnings become issues with paths.
LboEvaluation evaluateLboScenario(const ScenarioDocument& doc);

// The sponsor's dated flows for the XIRR: the equity at close, dividends on the anniversaries
// of the close, the exit proceeds (and the exit year's dividend) on the exit date.
std::vector<DatedFlow> sponsorDatedFlows(const LboResult& r, int exitYear, const Date& close,
                                         const Date& exit);
// The date of year t's sponsor flow: the t-th anniversary of the close (02-29 falls on 02-28),
// or the exit date for the exit year and for an anniversary past the exit.
Date sponsorFlowDate(int t, int exitYear, const Date& close, const Date& exit);

const char* trancheTypeName(TrancheType type);

}  // namespace valor
