#pragma once
// The JSON form of a DCF evaluation. Its keys are a published interface (README, "valor-cli
// evaluate"): add keys, never rename or remove them.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/evaluationjson.h"

namespace valor {

nlohmann::ordered_json dcfEvaluationToJson(const ScenarioDocument& doc,
                                           const DcfEvaluation& evaluation);

}  // namespace valor
