#pragma once
// What importing a statement does to a scenario: its figures converted from the file's unit to
// the scenario's (by an exact power of ten, never guessed), each imported year replacing that
// year of its line and other years kept, each line's source recorded — as the ops of one
// mutation, so the import is one step in the history, undone whole. A figure more than ×100
// away from the one the scenario already has for the same line and year (or from the model's
// base-year revenue) is almost surely a unit mistake: it is refused unless confirmed.
#include <string>
#include <vector>

#include "core/actuals/statement.h"
#include "core/model/document.h"
#include "core/model/id.h"
#include "core/ops/mutation.h"

namespace valor {

struct ActualsImport {
  std::vector<Op> ops;
  int figures = 0;                 // year values written
  std::vector<std::string> lines;  // the lines written, in statement order
};

Result<ActualsImport> actualsImportOps(const ScenarioDocument& doc, const Statement& statement,
                                       const IdGenerator& newId, bool unitConfirmed);

}  // namespace valor
