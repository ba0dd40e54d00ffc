#pragma once
// How the credit analysis's fields and results read to an analyst: captions, groups, units.
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& creditPresentation();

}  // namespace valor::ui
