#include "ui/models/realoption/realoptionpresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
using present::choice;
using present::field;
const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");
const QString kNumber = QStringLiteral("number");

const char* const kUnderlyingGroup = QT_TRANSLATE_NOOP("RealOptionPresentation", "Underlying");

std::vector<FieldPresentation> fields() {
  const char* option = QT_TRANSLATE_NOOP("RealOptionPresentation", "Option");
  const char* underlying = kUnderlyingGroup;
  const char* market = QT_TRANSLATE_NOOP("RealOptionPresentation", "Volatility and rates");
  std::vector<FieldPresentation> f;
  f.push_back(choice("framing", QT_TRANSLATE_NOOP("RealOptionPresentation", "Kind"), option,
                     {{"delay", QT_TRANSLATE_NOOP("RealOptionPresentation",
                                                  "Option to delay (call on the project)")},
                      {"expand", QT_TRANSLATE_NOOP("RealOptionPresentation",
                                                   "Option to expand (call on the expansion)")},
                      {"abandon", QT_TRANSLATE_NOOP("RealOptionPresentation",
                                                    "Option to abandon (put at salvage value)")},
                      {"call", QT_TRANSLATE_NOOP("RealOptionPresentation", "Call option")},
                      {"put", QT_TRANSLATE_NOOP("RealOptionPresentation", "Put option")}}));
  f.push_back(field("strike", QT_TRANSLATE_NOOP("RealOptionPresentation", "Exercise price"), option,
                    W::Number, kMoney));
  f.push_back(field("years", QT_TRANSLATE_NOOP("RealOptionPresentation", "Years to expiry"), option,
                    W::Number, QStringLiteral("years")));
  f.push_back(choice(
      "exercise", QT_TRANSLATE_NOOP("RealOptionPresentation", "Exercise"), option,
      {{"european",
        QT_TRANSLATE_NOOP("RealOptionPresentation", "At expiry only (Black–Scholes–Merton)")},
       {"american", QT_TRANSLATE_NOOP("RealOptionPresentation", "At any time (binomial tree)")}}));
  f.push_back(field("steps", QT_TRANSLATE_NOOP("RealOptionPresentation", "Tree steps"), option,
                    W::Integer, {},
                    [](const BlockValues& v) { return v.choice("exercise") == "american"; }));

  f.push_back(field("underlying.value",
                    QT_TRANSLATE_NOOP("RealOptionPresentation", "Underlying value"), underlying,
                    W::Number, kMoney));
  f.push_back(field("underlying.scale",
                    QT_TRANSLATE_NOOP("RealOptionPresentation", "Share the option is on"),
                    underlying, W::Number, QStringLiteral("ratio")));
  f.push_back(field("underlying.source", QT_TRANSLATE_NOOP("RealOptionPresentation", "Source"),
                    underlying, W::Text));

  f.push_back(field("volatility", QT_TRANSLATE_NOOP("RealOptionPresentation", "Volatility"), market,
                    W::Number, kRate));
  f.push_back(field("risk_free_rate", QT_TRANSLATE_NOOP("RealOptionPresentation", "Risk-free rate"),
                    market, W::Number, kRate));
  f.push_back(field("yield", QT_TRANSLATE_NOOP("RealOptionPresentation", "Yield (cost of delay)"),
                    market, W::Number, kRate));
  f.push_back(field("market_price",
                    QT_TRANSLATE_NOOP("RealOptionPresentation", "Market price of the option"),
                    market, W::Number, kMoney));
  return f;
}

std::vector<KeyCaption> outputs() {
  return {
      {"option_value", QT_TRANSLATE_NOOP("RealOptionPresentation", "Option value")},
      {"underlying_value",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "Underlying the option is on")},
      {"exercise_now_value",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "Net value of exercising today")},
      {"intrinsic_value", QT_TRANSLATE_NOOP("RealOptionPresentation", "Intrinsic value")},
      {"time_value", QT_TRANSLATE_NOOP("RealOptionPresentation", "Time value")},
      {"european_value",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "European value (Black–Scholes–Merton)")},
      {"early_exercise_premium",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "Early-exercise premium")},
      {"delta", QT_TRANSLATE_NOOP("RealOptionPresentation", "Delta")},
      {"gamma", QT_TRANSLATE_NOOP("RealOptionPresentation", "Gamma")},
      {"vega_per_point",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "Vega (per point of volatility)")},
      {"theta_per_year", QT_TRANSLATE_NOOP("RealOptionPresentation", "Theta (per year)")},
      {"rho_per_point", QT_TRANSLATE_NOOP("RealOptionPresentation", "Rho (per point of rate)")},
      {"exercise_probability",
       QT_TRANSLATE_NOOP("RealOptionPresentation", "Risk-neutral probability of exercise")},
      {"d1", QT_TRANSLATE_NOOP("RealOptionPresentation", "d1")},
      {"d2", QT_TRANSLATE_NOOP("RealOptionPresentation", "d2")},
      {"up_probability", QT_TRANSLATE_NOOP("RealOptionPresentation", "Tree's up-move probability")},
      {"implied_volatility", QT_TRANSLATE_NOOP("RealOptionPresentation", "Implied volatility")},
  };
}

std::vector<IssuePresentation> issues() {
  return {
      {"tree_probability",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "At least %1 steps for these inputs: with fewer, the tree's up-move "
                         "probability falls outside 0 to 1."),
       {{"minimum", QString()}}},
      {"implied_volatility.below_range",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "No volatility gives the price %1: the option is worth %2 even at "
                         "almost no volatility."),
       {{"price", kMoney}, {"bound", kMoney}}},
      {"implied_volatility.above_range",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "No volatility gives the price %1: the option is worth only %2 at a "
                         "volatility of 500 %."),
       {{"price", kMoney}, {"bound", kMoney}}},
      {"implied_volatility.no_convergence",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "The search for the volatility that gives the price %1 did not "
                         "converge."),
       {{"price", kMoney}}},
      {"exercise_now_worth_more",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "Exercising today is worth %1, more than holding the option to expiry "
                         "(%2): the yield outweighs waiting. With exercise at any time it may be "
                         "worth exercising early."),
       {{"now", kMoney}, {"value", kMoney}}},
      {"not_finite_result",
       QT_TRANSLATE_NOOP("RealOptionPresentation",
                         "The option could not be valued: the inputs give numbers beyond "
                         "floating point."),
       {}},
  };
}

ModelPresentation build() {
  ModelPresentation p;
  p.model = "real_option";
  p.context = "RealOptionPresentation";
  p.fields = fields();
  p.outputs = outputs();
  p.issues = issues();
  p.failureReasons = {
      {"tree_probability", QT_TRANSLATE_NOOP("RealOptionPresentation",
                                             "Not valued: too few tree steps for these inputs")},
  };
  // The option's two great unknowns: how much the underlying moves, and what it is worth.
  p.gridAcross = {"real_option.volatility"};
  p.gridDown = {"real_option.underlying.value", "real_option.years"};
  p.goalSeekInput = "real_option.underlying.value";  // the value at which the option is worth X
  return p;
}

}  // namespace

const ModelPresentation& realOptionPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

const char* realOptionUnderlyingGroup() {
  return kUnderlyingGroup;
}

}  // namespace valor::ui
