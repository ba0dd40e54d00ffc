#pragma once
// The real-option block of a scenario file ("real_option"): what the option is on and what
// exercising it costs or brings, its time, the volatility and rates, and how it may be exercised
// — fields, units, defaults and plausible ranges. It joins the scenario schema when the
// real-option kind is registered.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> realOptionEntitySchemas();

}  // namespace valor
