#pragma once
// The LBO's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind lboViewKind();

}  // namespace valor::ui
