#pragma once
// The credit block of a scenario file ("credit"): a company's statement lines for Altman's
// Z-scores, its equity and debt for Merton's model, and the loss given default and exposure for
// the expected loss — fields, units, defaults and plausible ranges.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> creditEntitySchemas();

}  // namespace valor
