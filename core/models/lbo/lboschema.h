#pragma once
// The LBO block of a scenario file ("lbo") and its debt tranches: fields, units, defaults and
// plausible ranges. It joins the scenario schema when the LBO kind is registered.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> lboEntitySchemas();

}  // namespace valor
