#pragma once
// The DCF's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind dcfViewKind();

}  // namespace valor::ui
