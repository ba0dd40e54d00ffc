#pragma once
// The portfolio's desktop side for the view registry.
#include "ui/models/viewregistry.h"

namespace valor::ui {

ScenarioViewKind portfolioViewKind();

}  // namespace valor::ui
