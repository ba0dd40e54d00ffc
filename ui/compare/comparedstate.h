#pragma once
// One column of the compare window: a scenario as it is now, or at a revision or saved version,
// with its valuation.
#include <QString>

#include <cstdint>
#include <string>

#include "core/model/document.h"
#include "core/model/id.h"
#include "core/models/evaluation.h"

namespace valor::ui {

struct ComparedState {
  Id scenario;
  std::string which;          // "current", a revision number, "vN" (core/compare/scenarioref.h)
  QString title;              // the column's heading: the name, and the state when not current
  std::int64_t revision = 0;  // the revision the state is
  ScenarioDocument document;
  Evaluation evaluation;
};

}  // namespace valor::ui
