#pragma once
// "Make the last actual year the base year": the model's base year becomes the last year with
// reported revenue, and the base figures the kind takes from the actuals (base revenue, NWC,
// net debt, ...) become that year's reported ones — as the ops of one mutation, so it is one
// step in the history, undone whole. A base figure whose line has no figure for that year is
// left as it is and named, never zeroed. The projection moves with the base year: a per-year
// driver lacking one of the new projection years gets the value of its nearest given year (the
// last one when rolling forward), and says so.
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor {

struct BaseYearFromActuals {
  Year year = 0;
  std::vector<Op> ops;
  std::vector<std::string> fieldsSet;  // block fields given the year's figure ("base.revenue")
  std::vector<std::string> kept;       // block fields whose line has no figure for the year
  // Per-year values carried to a new projection year: {"ebit_margin.values", 2035}.
  std::vector<std::pair<std::string, Year>> filled;
};

Result<BaseYearFromActuals> baseYearFromActuals(const ScenarioDocument& doc);

}  // namespace valor
