#pragma once
// The JSON form of a DCF evaluation. Its keys are a published interface (README, "valor-cli
// evaluate"): add keys, never rename or remove them.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/finance/dcfbinding.h"
#include "core/model/document.h"

namespace valor {

// A value that may not exist as JSON: the value, or null (never a placeholder number).
template <typename T>
nlohmann::ordered_json optionalJson(const std::optional<T>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json issuesToJson(const Issues& issues, Severity severity);
nlohmann::ordered_json dcfEvaluationToJson(const ScenarioDocument& doc,
                                           const DcfEvaluation& evaluation);

}  // namespace valor
