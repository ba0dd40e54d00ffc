#pragma once
// Scenario files (`*.valor.json`): JSON with the schema tag "valor.scenario/1", nested objects
// for dotted field names, arrays for lists. // and /* */ comments are allowed, so a template can
// explain itself. Reading is defensive (core/model/jsontext.h: linear, bounded, duplicate keys
// refused), and every structural problem (syntax, wrong type, unknown field, malformed ID) is
// reported with its path.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/issue.h"
#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/jsontext.h"

namespace valor {

// The default limits are those of a scenario file.
using ScenarioReadLimits = JsonReadLimits;

// `newId` supplies IDs for entities the file gives none. A file with mistakes fails with
// "scenario.invalid" and every mistake in the error's issues.
Result<ScenarioDocument> parseScenarioJson(std::string_view text, const IdGenerator& newId,
                                           const ScenarioReadLimits& limits = {});
Result<ScenarioDocument> parseScenario(const nlohmann::ordered_json& json,
                                       const IdGenerator& newId);

nlohmann::ordered_json scenarioToJson(const ScenarioDocument& doc);

// Reads a whole file, refusing one larger than maxBytes before reading it.
Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes);

}  // namespace valor
