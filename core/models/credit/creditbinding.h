#pragma once
// From a scenario document to the credit engines' inputs, with the rules they rely on checked
// first: the generic schema checks; every statement line an Altman score needs once a score is
// chosen; all of Merton's inputs once one is given; and at least one of the two analyses. Bad
// input becomes issues naming the field and the rule.
//
// The binding records each numeric field it reads as a lever: the analytics adapter varies
// exactly those.
#include <optional>
#include <string>
#include <vector>

#include "core/common/issue.h"
#include "core/finance/credit.h"
#include "core/model/document.h"
#include "core/model/schema.h"
#include "core/models/scalarlevers.h"

namespace valor {

struct CreditInputs {
  std::string company;
  std::optional<AltmanModel> altmanModel;  // none: no Altman score
  AltmanInputs altman;
  bool hasMerton = false;
  MertonInputs merton;
  Rate lgd = 0.45;
  std::optional<Money> ead;  // none: the debt's face value
};

using CreditLever = ScalarLever<CreditInputs>;

struct CreditBinding {
  std::optional<CreditInputs> inputs;  // set when there is no error
  CreditInputs resolved;
  Issues issues;
  std::vector<CreditLever> levers;
};

CreditBinding bindCredit(const ScenarioDocument& doc);

struct CreditResult {
  std::optional<AltmanScore> altman;
  std::optional<MertonSolution> merton;  // solved (ok) when present
  Money exposure = 0;                    // EAD
  std::optional<Money> expectedLoss;     // PD × LGD × EAD, with Merton's PD
};

// Nothing when Merton's equations have no solution for these inputs.
std::optional<CreditResult> analyseCredit(const CreditInputs& in);

struct CreditEvaluation {
  CreditBinding binding;
  std::optional<CreditResult> result;
  Issues issues;
};

CreditEvaluation evaluateCreditScenario(const ScenarioDocument& doc);

}  // namespace valor
