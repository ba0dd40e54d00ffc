#pragma once
// Credit analysis as a model kind (`model: "credit"`): Altman's Z-scores and Merton's
// structural model of one company, and the expected loss on an exposure to it.
#include <memory>

#include "core/models/credit/creditbinding.h"
#include "core/models/modelkind.h"

namespace valor {

std::unique_ptr<ModelKind> makeCreditKind();

}  // namespace valor
