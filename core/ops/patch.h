#pragma once
// A patch is the hand-writable form of a mutation, addressed by the paths of the scenario file:
//   {"label": "Lower WACC", "set": {"dcf.discount_rate.wacc": 0.085,
//                                   "dcf.ebit_margin.values.2027": 0.19,
//                                   "dcf.equity_bridge.options[0].strike": 30,
//                                   "description": null}}
// null removes a field. The patch becomes Set ops against the current document, each carrying
// the value it replaces, so it goes through the one write path like any edit.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/result.h"
#include "core/ops/mutation.h"

namespace valor {

struct FieldAddress {
  Id entity;
  std::string field;
  std::optional<Year> year;
};

// Resolves "dcf.terminal_value.growth", "dcf.ebit_margin.values.2027",
// "dcf.equity_bridge.options[1].strike" or "name" to an entity and field of `doc`.
Result<FieldAddress> resolveFieldPath(const ScenarioDocument& doc, const std::string& path);

// The ops of a patch; fails naming the first path that does not resolve or the value that
// does not fit its field.
Result<std::vector<Op>> patchOps(const ScenarioDocument& doc, const nlohmann::ordered_json& patch);

}  // namespace valor
