#include "core/models/realoption/realoptionschema.h"

#include "core/finance/options.h"
#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

std::vector<EntitySchema> realOptionEntitySchemas() {
  EntitySchema block{"real_option", "Real option (\"real_option\")", {}, {}};
  auto& f = block.fields;
  f.push_back(choice("framing", {"delay", "expand", "abandon", "call", "put"},
                     "What the option is. delay: a call on the project's value, exercised by "
                     "investing. expand: a call on the value an expansion adds, exercised by "
                     "paying its cost. abandon: a put on the project's value, exercised by "
                     "selling or closing it for its salvage value. call, put: a plain option "
                     "on a traded asset.",
                     std::nullopt, true));
  f.push_back(number("underlying.value", "money", openLow(0, kMaxMoney),
                     "Present value of what the option is on: the project's expected cash "
                     "flows (delay, abandon), the expanded business (expand), or the asset's "
                     "price (call, put).",
                     std::nullopt, true));
  f.push_back(number("underlying.scale", "ratio", openLow(0, 100),
                     "The share of underlying.value the option is on: an expansion by 30 % "
                     "of a business valued at underlying.value is a scale of 0.3.",
                     1.0));
  f.push_back(text("underlying.source",
                   "Where underlying.value comes from, for the record (e.g. the enterprise "
                   "value of a DCF scenario).",
                   std::nullopt, false, 300));
  f.push_back(number("strike", "money", openLow(0, kMaxMoney),
                     "What exercising costs or brings: the investment (delay), the cost of the "
                     "expansion (expand), the salvage value (abandon), the strike (call, put).",
                     std::nullopt, true));
  f.push_back(number("years", "years", openLow(0, 100),
                     "Time to expiry in years: how long the choice stays open (a patent's or "
                     "lease's remaining life, a licence's term).",
                     std::nullopt, true));
  f.push_back(number("volatility", "rate", closed(0.001, 5),
                     "Annual volatility of the underlying's value (standard deviation of its "
                     "log return), e.g. from comparable firms' value or simulated project "
                     "values.",
                     std::nullopt, true));
  f.push_back(number("risk_free_rate", "rate", closed(-0.1, 1),
                     "Risk-free rate for the option's life, continuously compounded.", std::nullopt,
                     true));
  f.push_back(number("yield", "rate", closed(0, 1),
                     "Value the underlying pays out while the option is held, as a continuous "
                     "yield: the cash flows lost to waiting (delay: 1 / the years of a patent's "
                     "life, Damodaran), or a dividend yield.",
                     0.0));
  f.push_back(choice("exercise", {"european", "american"},
                     "european: exercised only at expiry (Black–Scholes–Merton). american: at "
                     "any time until expiry (Cox–Ross–Rubinstein binomial tree).",
                     std::string("european")));
  f.push_back(integer("steps", "count", closed(kMinTreeSteps, 10000),
                      "Steps of the binomial tree (american exercise): more steps, a finer "
                      "value; the time grows with the square of the steps.",
                      false, 500.0));
  f.push_back(number("market_price", "money", openLow(0, kMaxMoney),
                     "A quoted price of the option (optional): the volatility that reproduces "
                     "it is reported as the implied volatility."));
  return {block};
}

}  // namespace valor
