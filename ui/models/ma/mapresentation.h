#pragma once
// How the M&A's fields and results read to an analyst: captions, groups, units, visibility.
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& maPresentation();

}  // namespace valor::ui
