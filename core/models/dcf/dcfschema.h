#pragma once
// The DCF block of a scenario file ("dcf") and its option tranches: fields, units, defaults and
// plausible ranges. It joins the scenario schema when the DCF kind is registered.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> dcfEntitySchemas();

}  // namespace valor
