#pragma once
// The model kinds this program knows, keyed by the scenario's `model` field. The built-in kinds
// are registered on first use (core/models/builtin.cpp, one line each); a test can register a
// kind of its own. Register kinds before any other thread runs: the registry is not locked.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/models/modelkind.h"

namespace valor {

// Adds a kind; its id must be new. Its entity schemas join the scenario schema.
void registerModelKind(std::unique_ptr<ModelKind> kind);

const ModelKind* findModelKind(std::string_view id);
// The kind named by the scenario's `model` field, or nullptr.
const ModelKind* modelKindOf(const ScenarioDocument& doc);
std::vector<const ModelKind*> modelKinds();

// The scenario valued by its kind. A scenario without a known kind gets the schema's issues
// (model required, or not one of the kinds) and no result.
Evaluation evaluateScenario(const ScenarioDocument& doc);

// The errors `after` has that `before` did not (by field and rule): what a change would break.
// A change made for the analyst (from the actuals, from a forecast) is refused with these;
// errors the scenario already had are not the change's.
Issues newErrors(const ScenarioDocument& before, const ScenarioDocument& after);

// The analytics adapter of the scenario's kind (ModelKind::prepareAnalytics).
Result<std::unique_ptr<ValuationModel>> prepareValuationModel(
    const ScenarioDocument& doc, const std::vector<std::string>& inputPaths);
// Every analytics input path of the scenario's kind; none for an unknown kind.
std::vector<std::string> valuationInputPaths(const ScenarioDocument& doc);
// The what-if inputs of the scenario's kind (ModelKind::whatIfInputPaths).
std::vector<std::string> whatIfInputPaths(const ScenarioDocument& doc);
// The analytics outputs the scenario offers (those its prepared ValuationModel has, in its order:
// a position here is an OutputIndex), or its kind's full list while it cannot be valued; none
// for an unknown kind.
std::vector<OutputSpec> valuationOutputs(const ScenarioDocument& doc);

}  // namespace valor
