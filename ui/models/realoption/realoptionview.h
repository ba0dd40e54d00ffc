#pragma once
// The real option's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind realOptionViewKind();

}  // namespace valor::ui
