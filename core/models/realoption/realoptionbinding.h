#pragma once
// From a scenario document to a real option's engine inputs, with the rules the engine relies
// on checked first: the generic schema checks, then enough tree steps for the tree's
// probabilities to lie between 0 and 1. Bad input becomes issues naming the field and the rule.
//
// The binding records each numeric field it reads as a lever: the analytics adapter varies
// exactly those.
#include <optional>
#include <string>
#include <vector>

#include "core/common/issue.h"
#include "core/finance/options.h"
#include "core/model/document.h"
#include "core/model/schema.h"
#include "core/models/scalarlevers.h"

namespace valor {

// The option as the analyst framed it: the option itself is a call or a put on scale × value.
struct RealOptionInputs {
  std::string framing;  // delay, expand, abandon, call, put
  OptionType type = OptionType::Call;
  Money value = 0;  // underlying.value
  Real scale = 1;   // underlying.scale: the option is on scale × value
  Money strike = 0;
  Real years = 0;
  Rate volatility = 0;
  Rate riskFree = 0;
  Rate yield = 0;
  bool american = false;
  int steps = 500;
  std::optional<Money> marketPrice;

  OptionInputs option() const;
};

using RealOptionLever = ScalarLever<RealOptionInputs>;

struct RealOptionBinding {
  std::optional<RealOptionInputs> inputs;  // set when there is no error
  RealOptionInputs resolved;               // as far as it could be read
  Issues issues;
  std::vector<RealOptionLever> levers;
};

RealOptionBinding bindRealOption(const ScenarioDocument& doc);

struct RealOptionResult {
  Real underlying = 0;   // S = scale × value
  Real value = 0;        // the option's value, by the exercise's method
  Real intrinsic = 0;    // max(S − K, 0) or max(K − S, 0)
  Real exerciseNow = 0;  // S − K for a call, K − S for a put: exercising today, may be negative
  OptionValue greeks;
  BlackScholesValue european;            // Black–Scholes–Merton, also beside an American value
  std::optional<Rate> upProbability;     // the tree's, for American exercise
  std::optional<ImpliedVol> impliedVol;  // with a market price
};

// Values the option: Black–Scholes–Merton for European exercise, the CRR tree for American.
// Nothing when the tree's probabilities leave (0, 1) for these inputs (the binding's steps rule
// prevents it for the scenario as given; analytics may vary into it).
std::optional<RealOptionResult> valueRealOption(const RealOptionInputs& in, bool impliedVol);

struct RealOptionEvaluation {
  RealOptionBinding binding;
  std::optional<RealOptionResult> result;
  Issues issues;  // the binding's, then the result's
};

RealOptionEvaluation evaluateRealOptionScenario(const ScenarioDocument& doc);

}  // namespace valor
