#pragma once
// The JSON form of a DCF evaluation. Its keys are a published interface (README, "valor-cli
// evaluate"): add keys, never rename or remove them.
#include <nlohmann/json.hpp>

#include "finance/dcfbinding.h"
#include "model/document.h"

namespace valor {

nlohmann::ordered_json issuesToJson(const Issues& issues, Severity severity);
nlohmann::ordered_json dcfEvaluationToJson(const ScenarioDocument& doc,
                                           const DcfEvaluation& evaluation);

}  // namespace valor
