#pragma once
// The M&A block of a scenario file ("ma"): the acquirer, the target, the offer and its funding,
// the purchase price allocation and the synergies — fields, units, defaults and plausible
// ranges. It joins the scenario schema when the M&A kind is registered.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> maEntitySchemas();

}  // namespace valor
