#pragma once
// The DCF's presentation table (ui/models/presentation.h).
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& dcfPresentation();

}  // namespace valor::ui
