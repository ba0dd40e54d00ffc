#pragma once
// Reports are of valued scenarios only: a scenario with errors is refused with every error.
#include "core/common/result.h"
#include "core/model/document.h"
#include "core/models/evaluation.h"

namespace valor {

Result<Evaluation> valuedEvaluation(const ScenarioDocument& doc);

}  // namespace valor
