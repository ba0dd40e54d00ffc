#pragma once
// The JSON form of an LBO evaluation. Its keys are a published interface (README, "valor-cli
// evaluate"): add keys, never rename or remove them.
#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/models/lbo/lbobinding.h"

namespace valor {

nlohmann::ordered_json lboEvaluationToJson(const ScenarioDocument& doc,
                                           const LboEvaluation& evaluation);

}  // namespace valor
