#include "core/models/realoption/realoptiontemplate.h"

namespace valor {

// Damodaran's worked example of an option to delay (a patent), so the template is also a check:
// its value is about 907. Rates are decimals (0.067 = 6.7 %). The reference of every field:
// `valor-cli schema`.
const char* realOptionTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Example patent — option to delay",
  "description": "Template from valor-cli new real_option: A. Damodaran's patent example (The Promise and Peril of Real Options, 2000). Replace the numbers with your own.",
  "currency": "USD",
  "unit": "millions",
  "model": "real_option",
  "real_option": {
    // delay (call on the project), expand (call on the expansion), abandon (put at the
    // salvage value), or a plain call / put.
    "framing": "delay",
    "underlying": {
      "value": 3422.0,           // PV of the product's cash flows if launched today
      "scale": 1.0,              // the option is on scale × value
      "source": "PV of the expected cash flows, Damodaran's example"
    },
    "strike": 2875.0,            // PV of the cost of developing the product
    "years": 17,                 // the patent's remaining life
    "volatility": 0.4733,        // σ of the project's value (variance 0.224)
    "risk_free_rate": 0.067,     // continuously compounded
    "yield": 0.0588,             // cost of delay: one year of the patent's 17 lost per year
    "exercise": "european",      // or "american" (binomial tree)
    "steps": 500                 // of the tree, for american exercise
    // "market_price": 900.0     // a quoted price gives the implied volatility
  }
}
)json";
}

}  // namespace valor
