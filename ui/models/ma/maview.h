#pragma once
// The M&A's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind maViewKind();

}  // namespace valor::ui
