#pragma once
// From a scenario document to M&A engine inputs, with every rule the engine relies on checked
// first: the generic schema checks plus the M&A's own (a consideration mix of 100 %, the offer's
// method and its number, a rate for new debt, lives for write-ups, a standalone EPS that is not
// zero, ...). Bad input becomes issues naming the field and the rule; the engine only ever sees
// valid inputs.
//
// As it reads each number the binding records where it lands in MaInputs (a lever): the
// analytics adapter varies exactly those.
#include <optional>
#include <string>
#include <vector>

#include "core/common/issue.h"
#include "core/finance/ma.h"
#include "core/model/document.h"
#include "core/models/blockreader.h"

namespace valor {

// A net income given as the base year grown at a rate: NI_t = base·(1 + g)^t.
struct MaGrowth {
  Money base = 0;
  Rate growth = 0;
};
void fillGrowth(const MaGrowth& g, int years, MaYears& out);

// Where one numeric field of the file lands in MaInputs; exactly one target is set.
struct MaLever {
  std::string path;  // "ma.offer.premium", "ma.synergies.phase_in.values.2027", ...
  double baseValue = 0;
  Bounds bounds;
  std::string unit;
  Real& (*scalar)(MaInputs&) = nullptr;
  bool complement = false;  // sets the scalar to 1 − value (consideration.cash → stock share)
  MaYears& (*years)(MaInputs&) = nullptr;
  int year = -1;        // one year; −1 with no stage or growth: every year (a constant)
  int growthSide = -1;  // 0 acquirer, 1 target: the base (growthPart 0) or the growth (1)
  int growthPart = 0;
  int stage = 0;                    // 1..3: a stage of the staged phase-in
  bool targetInterestRate = false;  // the target's rate (its refinancing saving)
};

struct MaBinding {
  std::optional<MaInputs> inputs;  // set when there is no error
  MaInputs resolved;               // as far as it could be read, even with errors
  Issues issues;                   // errors and warnings, in file order
  std::string acquirerName;        // as given, or "Acquirer"
  std::string targetName;
  std::vector<MaLever> levers;
  std::optional<MaGrowth> growth[2];  // the sides whose net income grows from a base
  std::optional<StagedDriver> stagedPhaseIn;
  bool targetTaxFollowsAcquirer = false;  // no target.tax_rate: the acquirer's applies
};

MaBinding bindMa(const ScenarioDocument& doc);

struct MaEvaluation {
  MaBinding binding;
  std::optional<MaResult> result;  // set when the scenario could be valued
  Issues issues;                   // the binding's issues, then the result's
};

// Validates, binds and values an M&A scenario; failures and warnings become issues with paths.
MaEvaluation evaluateMaScenario(const ScenarioDocument& doc);

}  // namespace valor
