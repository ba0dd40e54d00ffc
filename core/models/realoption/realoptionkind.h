#pragma once
// The real option as a model kind (`model: "real_option"`): an option to delay, expand or
// abandon a project, or a plain call or put — its value, Greeks and implied volatility.
#include <memory>

#include "core/models/modelkind.h"
#include "core/models/realoption/realoptionbinding.h"

namespace valor {

std::unique_ptr<ModelKind> makeRealOptionKind();

}  // namespace valor
