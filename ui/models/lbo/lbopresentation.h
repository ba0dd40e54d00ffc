#pragma once
// The LBO's presentation table (ui/models/presentation.h).
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& lboPresentation();

}  // namespace valor::ui
