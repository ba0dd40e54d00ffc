#pragma once
// Reads one entity of a scenario for a model kind's binding: the values that passed the schema
// checks, the schema's defaults, per-year drivers, and issues that name the field by its path
// ("dcf.terminal_value.growth", "lbo.tranches[1].rate") and the rule. Every kind's binding uses
// it, so a rule reads and reports alike in every model.
#include <map>
#include <optional>
#include <span>
#include <string>

#include "core/common/issue.h"
#include "core/common/types.h"
#include "core/model/document.h"
#include "core/model/schema.h"

namespace valor {

// A driver given in three stages (Damodaran): stage 1 for stage1Years; then stage 2 for
// stage2Years, either holding its own value (step) or moving from stage 1 to stage 3 in
// stage2Years + 1 equal steps (linear fade); stage 3 to the end.
struct StagedDriver {
  int stage1Years = 0;
  Real stage1 = 0;
  int stage2Years = 0;
  Real stage2 = 0;  // used with the step fade only
  Real stage3 = 0;
  bool stepFade = false;
};
// Writes out[0, years).
void fillStagedDriver(const StagedDriver& driver, int years, std::span<Real> out);
// The staged parameters as the entity holds them (absent numbers read as 0).
StagedDriver stagedDriverOf(const Entity& entity, const std::string& name);

// The schema's issues that stop a valuation: all but those of blocks the valuation does not
// read — analytics settings (monte_carlo), checked where they are used, and historical actuals,
// which describe the past — so a half-finished setup never stops the valuation itself.
Issues valuationSchemaIssues(const ScenarioDocument& doc);

class BlockReader {
 public:
  // `prefix` is the entity's path in the file ("dcf", "lbo.tranches[0]"); issues go to `issues`.
  BlockReader(const Entity& entity, std::string prefix, Issues& issues);

  const Entity& entity() const { return entity_; }
  std::string path(const std::string& field) const;
  void error(const std::string& field, const std::string& rule, const std::string& message,
             std::map<std::string, std::string> params = {});
  void warning(const std::string& field, const std::string& rule, const std::string& message,
               std::map<std::string, std::string> params = {});

  // Schema checks have already reported type, range and whole-number problems; a field that
  // failed them reads as absent here, so no issue is reported twice.
  bool schemaRejected(const std::string& field) const;
  // The number as given, when it passed the schema checks.
  std::optional<double> numberOf(const std::string& field) const;
  std::optional<int> integerOf(const std::string& field) const;
  // The choice as given or its default; empty when neither.
  std::string choiceOf(const std::string& field) const;
  // A number that a rule needs: the value, else the schema default, else a "required" issue
  // ("<path> is required <because>") — unless the schema requires the field anyway, whose
  // checks have reported it.
  std::optional<double> need(const std::string& field, const std::string& because);

  // A per-year driver (mode constant, per_year or staged) for the projection firstYear ..
  // firstYear + years − 1, into out[0, years). Missing parts are issues.
  void driver(const std::string& name, int firstYear, int years, std::span<Real> out);
  // A plain per-year field ({"2026": 120, ...}) that must cover every projection year, into
  // out[0, years); a missing year is an issue, a year outside a warning. False when absent.
  bool yearValues(const std::string& field, int firstYear, int years, std::span<Real> out);

 private:
  void perYearDriver(const std::string& name, int firstYear, int years, std::span<Real> out);
  void stagedDriver(const std::string& name, int years, std::span<Real> out);

  const Entity& entity_;
  const EntitySchema& schema_;
  std::string prefix_;
  Issues& issues_;
};

}  // namespace valor
