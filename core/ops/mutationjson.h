#pragma once
// The JSON form of ops and mutations: the workspace's log, `valor-cli workspace history --format
// json` and `apply`, and later the sync protocol. Apart from mutation.h so that the desktop,
// which only builds and applies mutations, does not compile nlohmann_json with it.
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/ops/mutation.h"

namespace valor {

nlohmann::ordered_json opsToJson(const std::vector<Op>& ops);
Result<std::vector<Op>> opsFromJson(const nlohmann::ordered_json& json);
// A label code as one list, code first: ["set_field", "dcf.discount_rate.wacc"]; a list of texts
// within the size limits, or nothing.
nlohmann::ordered_json labelCodeToJson(const LabelCode& label);
std::optional<LabelCode> labelCodeFromJson(const nlohmann::ordered_json& json);
nlohmann::ordered_json mutationToJson(const Mutation& m);
// Structural reading only (types, IDs); applyMutation checks the ops against a document.
Result<Mutation> mutationFromJson(const nlohmann::ordered_json& json);

}  // namespace valor
