#include "core/models/registry.h"

#include <set>
#include <utility>

#include "core/common/require.h"
#include "core/models/builtin.h"

namespace valor {
namespace {

std::vector<std::unique_ptr<ModelKind>>& storage() {
  static std::vector<std::unique_ptr<ModelKind>> kinds;
  return kinds;
}

const std::vector<std::unique_ptr<ModelKind>>& registered() {
  registerBuiltInModelKinds();
  return storage();
}

}  // namespace

void registerModelKind(std::unique_ptr<ModelKind> kind) {
  VALOR_REQUIRE(kind != nullptr, "registerModelKind needs a kind");
  registerBuiltInModelKinds();  // the built-in kinds come first, whoever registers first
  const std::string id = kind->id();
  VALOR_REQUIRE(findModelKind(id) == nullptr, "model kind '" + id + "' is registered twice");
  ModelSchema schema{id, kind->blockHelp(), kind->entitySchemas(), {}};
  for (const OutputSpec& output : kind->analyticsOutputs()) schema.outputKeys.push_back(output.key);
  VALOR_REQUIRE(!schema.entities.empty() && schema.entities.front().type == id,
                "model kind '" + id + "' must describe its block (entity type '" + id + "') first");
  storage().push_back(std::move(kind));
  addModelSchema(std::move(schema));
}

const ModelKind* findModelKind(std::string_view id) {
  for (const auto& kind : registered())
    if (kind->id() == id) return kind.get();
  return nullptr;
}

const ModelKind* modelKindOf(const ScenarioDocument& doc) {
  const std::string* model = doc.root().text("model");
  return model ? findModelKind(*model) : nullptr;
}

std::vector<const ModelKind*> modelKinds() {
  std::vector<const ModelKind*> kinds;
  for (const auto& kind : registered()) kinds.push_back(kind.get());
  return kinds;
}

Evaluation evaluateScenario(const ScenarioDocument& doc) {
  if (const ModelKind* kind = modelKindOf(doc)) return kind->evaluate(doc);
  Evaluation evaluation;
  evaluation.issues = validateAgainstSchema(doc);
  return evaluation;
}

Issues newErrors(const ScenarioDocument& before, const ScenarioDocument& after) {
  std::set<std::pair<std::string, std::string>> had;
  for (const Issue& issue : evaluateScenario(before).issues)
    if (issue.severity == Severity::Error) had.insert({issue.path, issue.rule});
  Issues added;
  for (Issue& issue : evaluateScenario(after).issues)
    if (issue.severity == Severity::Error && !had.count({issue.path, issue.rule}))
      added.push_back(std::move(issue));
  return added;
}

Result<std::unique_ptr<ValuationModel>> prepareValuationModel(
    const ScenarioDocument& doc, const std::vector<std::string>& inputPaths) {
  if (const ModelKind* kind = modelKindOf(doc)) return kind->prepareAnalytics(doc, inputPaths);
  return Error{"analytics.unsupported_model", "the scenario's model is not one this program knows",
               "model"};
}

std::vector<std::string> valuationInputPaths(const ScenarioDocument& doc) {
  const ModelKind* kind = modelKindOf(doc);
  return kind ? kind->analyticsInputPaths(doc) : std::vector<std::string>{};
}

std::vector<std::string> whatIfInputPaths(const ScenarioDocument& doc) {
  const ModelKind* kind = modelKindOf(doc);
  return kind ? kind->whatIfInputPaths(doc) : std::vector<std::string>{};
}

std::vector<OutputSpec> valuationOutputs(const ScenarioDocument& doc) {
  const ModelKind* kind = modelKindOf(doc);
  if (!kind) return {};
  // The outputs the scenario's adapter offers, in its order, so that a position in this list is
  // an OutputIndex of the prepared model (a 3-year merger has no year-4 accretion; a credit
  // analysis without Merton's inputs only the Altman score). While the scenario cannot be
  // valued, the kind's full list.
  if (auto model = kind->prepareAnalytics(doc, {})) return model.value()->outputs();
  return kind->analyticsOutputs();
}

}  // namespace valor
