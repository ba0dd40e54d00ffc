#pragma once
// The credit analysis's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind creditViewKind();

}  // namespace valor::ui
