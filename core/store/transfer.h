#pragma once
// Scenarios in and out of a workspace as `.valor.json` files: one scenario as a scenario file
// ("valor.scenario/1"), several as a bundle ("valor.bundle/1": {"scenarios": [...]}).
// Import reads and checks everything first and adds all scenarios in one transaction, so it
// never half-imports; every problem is reported with the scenario it belongs to.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/issue.h"
#include "core/store/workspace.h"

namespace valor {

inline constexpr const char* kBundleSchemaTag = "valor.bundle/1";

// The same scenario with a new ID for every entity (parents remapped), to sit beside the original.
ScenarioDocument copyWithNewIds(const ScenarioDocument& doc, const IdGenerator& newId);

Result<nlohmann::ordered_json> exportScenarios(Workspace& workspace,
                                               const std::vector<Id>& scenarios);

// The IDs of the imported scenarios. All or nothing: when anything is wrong, nothing is added
// and the error ("import.invalid") lists every problem; paths start with "scenarios[i]." in a
// bundle. `asCopy` gives every entity a new ID, so a file can be imported next to its original.
Result<std::vector<Id>> importScenarios(Workspace& workspace, std::string_view text, bool asCopy,
                                        const IdGenerator& newId, const std::string& author);

}  // namespace valor
