#include "core/models/realoption/realoptionbinding.h"

#include <cmath>

#include "core/models/blockreader.h"

namespace valor {

OptionInputs RealOptionInputs::option() const {
  return {type, scale * value, strike, years, volatility, riskFree, yield};
}

namespace {

// The engine's fields, reachable from a lever (a captureless lambda per field).
#define VALOR_RO_FIELD(name) +[](RealOptionInputs& in, std::size_t) -> Real& { return in.name; }

class Binder {
 public:
  Binder(const Entity& block, RealOptionBinding& out)
      : r_(block, "real_option", out.issues), out_(out), in_(out.resolved) {}

  void bind() {
    in_.framing = r_.choiceOf("framing");
    in_.type =
        in_.framing == "abandon" || in_.framing == "put" ? OptionType::Put : OptionType::Call;
    in_.american = r_.choiceOf("exercise") == "american";
    const bool value = scalar("underlying.value", VALOR_RO_FIELD(value));
    const bool scale = scalar("underlying.scale", VALOR_RO_FIELD(scale));
    const bool strike = scalar("strike", VALOR_RO_FIELD(strike));
    const bool years = scalar("years", VALOR_RO_FIELD(years));
    const bool volatility = scalar("volatility", VALOR_RO_FIELD(volatility));
    const bool rate = scalar("risk_free_rate", VALOR_RO_FIELD(riskFree));
    const bool yield = scalar("yield", VALOR_RO_FIELD(yield));
    if (const auto steps = r_.need("steps", "")) in_.steps = static_cast<int>(*steps);
    in_.marketPrice = r_.numberOf("market_price");
    if (in_.american && value && scale && strike && years && volatility && rate && yield &&
        !r_.schemaRejected("steps"))
      checkSteps();
  }

 private:
  bool scalar(const std::string& field, Real& (*target)(RealOptionInputs&, std::size_t)) {
    const auto v = r_.need(field, "");
    if (!v) return false;
    target(in_, 0) = *v;
    const FieldSpec* spec = entitySchema("real_option")->field(field);
    out_.levers.push_back({r_.path(field), *v, *spec->bounds, spec->unit, target});
    return true;
  }

  // The tree's up-move probability p = (e^((r−q)Δt) − d) / (u − d) lies in (0, 1) only when
  // |r − q|·√Δt < σ: a long life at a low volatility needs more steps.
  void checkSteps() {
    const int minimum = minimumTreeSteps(in_.option());
    if (in_.steps >= minimum) return;
    r_.error("steps", "tree_probability",
             "steps must be at least " + std::to_string(minimum) +
                 " for these inputs: with fewer, the binomial tree's up-move probability "
                 "falls outside 0..1 (|risk-free rate − yield| × √(years / steps) must stay "
                 "below the volatility)",
             {{"minimum", std::to_string(minimum)}});
  }

  BlockReader r_;
  RealOptionBinding& out_;
  RealOptionInputs& in_;
};

#undef VALOR_RO_FIELD

void addImpliedVolIssue(const RealOptionInputs& in, const ImpliedVol& iv, Issues& issues) {
  const std::string price = formatNumber(*in.marketPrice);
  switch (iv.failure) {
    case ImpliedVolFailure::None:
      return;
    case ImpliedVolFailure::BelowLowerBound:
      issues.push_back({Severity::Warning,
                        "real_option.market_price",
                        "implied_volatility.below_range",
                        "no volatility gives the market price " + price + ": the option is worth " +
                            formatNumber(iv.lowestPrice) + " even at almost no volatility",
                        {{"price", price}, {"bound", formatNumber(iv.lowestPrice)}}});
      return;
    case ImpliedVolFailure::AboveUpperBound:
      issues.push_back({Severity::Warning,
                        "real_option.market_price",
                        "implied_volatility.above_range",
                        "no volatility gives the market price " + price +
                            ": the option is worth only " + formatNumber(iv.highestPrice) +
                            " at a volatility of 500 %",
                        {{"price", price}, {"bound", formatNumber(iv.highestPrice)}}});
      return;
    case ImpliedVolFailure::NoConvergence:
      issues.push_back(
          {Severity::Warning,
           "real_option.market_price",
           "implied_volatility.no_convergence",
           "the implied volatility search for the market price " + price + " did not converge",
           {{"price", price}}});
      return;
  }
}

bool finite(const RealOptionResult& r) {
  const OptionValue& g = r.greeks;
  return std::isfinite(r.value) && std::isfinite(g.delta) && std::isfinite(g.gamma) &&
         std::isfinite(g.vega) && std::isfinite(g.theta) && std::isfinite(g.rho) &&
         std::isfinite(r.european.value);
}

}  // namespace

std::optional<RealOptionResult> valueRealOption(const RealOptionInputs& in, bool impliedVol) {
  const OptionInputs option = in.option();
  RealOptionResult r;
  r.underlying = option.underlying;
  r.intrinsic = intrinsicValue(option);
  r.exerciseNow = in.type == OptionType::Call ? option.underlying - option.strike
                                              : option.strike - option.underlying;
  r.european = blackScholes(option);
  if (in.american) {
    const TreeValue tree = binomialTree(option, in.steps, true);
    if (!tree.ok) return std::nullopt;
    r.greeks = tree;
    r.value = tree.value;
    r.upProbability = tree.upProbability;
  } else {
    r.greeks = r.european;
    r.value = r.european.value;
  }
  if (impliedVol && in.marketPrice)
    r.impliedVol = impliedVolatility(option, *in.marketPrice, in.american, in.steps);
  return r;
}

RealOptionBinding bindRealOption(const ScenarioDocument& doc) {
  RealOptionBinding binding;
  binding.issues = valuationSchemaIssues(doc);
  const std::string* model = doc.root().text("model");
  if (!model || *model != "real_option") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_real_option",
                                "model is \"" + *model + "\"; this needs a real_option scenario",
                                {}});
    return binding;
  }
  const Entity* block = doc.child(doc.root(), "real_option");
  if (!block) {
    binding.issues.push_back({Severity::Error,
                              "real_option",
                              "required",
                              "real_option is required when model is real_option",
                              {}});
    return binding;
  }
  Binder(*block, binding).bind();
  if (!hasErrors(binding.issues)) binding.inputs = binding.resolved;
  return binding;
}

RealOptionEvaluation evaluateRealOptionScenario(const ScenarioDocument& doc) {
  RealOptionEvaluation evaluation;
  evaluation.binding = bindRealOption(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  const RealOptionInputs& in = *evaluation.binding.inputs;
  auto result = valueRealOption(in, true);
  if (!result || !finite(*result)) {
    evaluation.issues.push_back({Severity::Error,
                                 "real_option",
                                 "not_finite_result",
                                 "the option could not be valued: the inputs give numbers beyond "
                                 "floating point",
                                 {}});
    return evaluation;
  }
  if (result->impliedVol) addImpliedVolIssue(in, *result->impliedVol, evaluation.issues);
  // With a yield, waiting can cost more than it gains: a European option is then worth less than
  // exercising today, which only an American option could do (whether it would at today's
  // underlying depends on its early-exercise boundary, above this point).
  if (!in.american && result->value < result->exerciseNow)
    evaluation.issues.push_back(
        {Severity::Warning,
         "real_option.exercise",
         "exercise_now_worth_more",
         "exercising today is worth " + formatNumber(result->exerciseNow) +
             ", more than the option held to expiry (" + formatNumber(result->value) +
             "): the yield outweighs waiting, so an american option may be worth exercising early",
         {{"now", formatNumber(result->exerciseNow)}, {"value", formatNumber(result->value)}}});
  evaluation.result = std::move(result);
  return evaluation;
}

}  // namespace valor
