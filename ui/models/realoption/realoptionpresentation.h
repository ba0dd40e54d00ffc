#pragma once
// How the real option's fields and results read to an analyst: captions, groups, units,
// visibility.
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& realOptionPresentation();

// The form group that holds the underlying's fields (the "from a scenario" button sits there).
const char* realOptionUnderlyingGroup();

}  // namespace valor::ui
