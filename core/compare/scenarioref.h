#pragma once
// A scenario's state in a workspace, as a comparison names it: "current", a revision number,
// or "vN" for saved version N — and, in one text, "Northwind", "Northwind@12", "Northwind@v3".
#include <cstdint>
#include <string>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/store/workspace.h"

namespace valor {

struct ScenarioState {
  Id scenario;
  std::int64_t revision = 0;  // the revision the state is (a version's revision for vN)
  std::string which;          // "current", "12", "v3"
  ScenarioDocument document;
};

// `which`: "current", a revision number, or vN for one of this scenario's saved versions.
Result<ScenarioState> scenarioState(Workspace& ws, const Id& scenario, const std::string& which);

// "SCENARIO" (its current state) or "SCENARIO@WHICH"; SCENARIO is an ID or a name. A name that
// itself holds an "@" is found whole first.
Result<ScenarioState> scenarioStateOf(Workspace& ws, const std::string& reference);

}  // namespace valor
