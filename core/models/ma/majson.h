#pragma once
// The JSON form of an M&A evaluation. Its keys are a published interface (README, "valor-cli
// evaluate"): add keys, never rename or remove them.
#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/models/ma/mabinding.h"

namespace valor {

nlohmann::ordered_json maEvaluationToJson(const ScenarioDocument& doc,
                                          const MaEvaluation& evaluation);

}  // namespace valor
