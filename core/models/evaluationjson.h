#pragma once
// JSON pieces every model kind's output shares: optional values as null, issues as lists, and
// the generic form of an evaluation (named outputs and tables) for kinds without their own.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/common/issue.h"
#include "core/model/document.h"
#include "core/models/evaluation.h"

namespace valor {

// A value that may not exist as JSON: the value, or null (never a placeholder number).
template <typename T>
nlohmann::ordered_json optionalJson(const std::optional<T>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json issuesToJson(const Issues& issues, Severity severity);

// {"scenario", "currency", "unit"}: what every evaluation's JSON starts with.
nlohmann::ordered_json scenarioHeaderJson(const ScenarioDocument& doc);

// {"scenario", "currency", "unit", "model", "outputs": {key: value}, "tables": {key: [{"year",
// column: value, ...}]}, "warnings", "issues"}.
nlohmann::ordered_json genericEvaluationJson(const ScenarioDocument& doc,
                                             const Evaluation& evaluation);

}  // namespace valor
