#pragma once
// A model kind (DCF, LBO, M&A, ...) as the generic layers see it. Everything that knows a kind's
// fields lives behind this interface, in the kind's own folder (core/models/<kind>/): its
// schema entities, its template, the binding that reads its fields, the engine call, its JSON
// and table output, and its analytics adapter. The scenario's `model` field picks the kind
// through the registry (core/models/registry.h).
#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/model/schema.h"
#include "core/models/evaluation.h"
#include "core/models/valuationmodel.h"

namespace valor {

class XlsxBook;

// Inputs that a comparison's value bridge moves together ("Discount rate", "Equity bridge"),
// named by the paths inside the kind's block they cover: a field, a dotted group of fields
// ("terminal_value") or a child slot ("tranches").
struct InputGroup {
  std::string key;    // stable: "discount_rate"
  std::string label;  // English; the desktop translates it
  std::vector<std::string> prefixes;
};

// What "make the last actual year the base year" sets in a kind's block: its base-year field,
// and the fields an actuals line fills with that year's figure ("base.revenue" ← "revenue").
struct BaseFromActuals {
  std::string yearField;     // empty: the kind has no base year to take from the actuals
  std::string horizonField;  // the number of projection years after it; empty: none
  std::vector<std::pair<std::string, std::string>> fields;  // block field, actuals line
};

class ModelKind {
 public:
  virtual ~ModelKind() = default;

  // The scenario's `model` value, which is also the name of the kind's block in the file.
  virtual std::string id() const = 0;
  // What the block holds, for the schema reference: "The DCF assumptions (model dcf)."
  virtual std::string blockHelp() const = 0;
  // The kind's entity types; the first is its block (type == id()).
  virtual std::vector<EntitySchema> entitySchemas() const = 0;
  // A complete, valid, commented scenario to start from (`valor-cli new <id>`, New Scenario).
  virtual std::string scenarioTemplate() const = 0;

  // Validates, binds and values the scenario. Never throws for bad input: problems are issues.
  virtual Evaluation evaluate(const ScenarioDocument& doc) const = 0;
  // `valor-cli evaluate` output. The default writes the named outputs and tables.
  virtual nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                                const Evaluation& evaluation) const;
  // `valor-cli evaluate --format table` output. The default prints outputs and tables.
  virtual void printEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation,
                               std::ostream& out) const;

  // The outputs analytics can study (at most kMaxModelOutputs), the first the default.
  virtual std::vector<OutputSpec> analyticsOutputs() const = 0;
  // The analytics adapter over the inputs named by `paths`. Fails naming the path when a path
  // is not a numeric input of this scenario's valuation or appears twice, or when the scenario
  // cannot be valued.
  virtual Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const = 0;
  // Every input path prepareAnalytics accepts for `doc`, in the order of the scenario file.
  // They can all vary together (a tornado moves each, a Monte Carlo all at once).
  virtual std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const = 0;
  // Inputs that stand in for a value the valuation derives (a WACC over one built up from
  // CAPM): prepareAnalytics accepts each on its own — a what-if for a grid axis or a goal
  // seek — but not together with the inputs it is derived from, so they are not in
  // analyticsInputPaths.
  virtual std::vector<std::string> whatIfInputPaths(const ScenarioDocument& /*doc*/) const {
    return {};
  }

  // How a value bridge groups this kind's inputs, in its default order. A changed path no group
  // covers forms a group of its own, named by its first segment.
  virtual std::vector<InputGroup> inputGroups() const { return {}; }

  // Which of the block's fields the scenario's historical actuals can set (BaseFromActuals).
  virtual BaseFromActuals baseFromActuals() const { return {}; }

  // Writes the kind's model of a valued scenario into `book` as formulas over its inputs, each
  // caching the engine's value (core/report/workbook.h). False when the kind has none yet: the
  // workbook then holds its inputs and results as values only.
  virtual bool writeWorkbookModel(XlsxBook& /*book*/, const ScenarioDocument& /*doc*/,
                                  const Evaluation& /*evaluation*/) const {
    return false;
  }
};

}  // namespace valor
