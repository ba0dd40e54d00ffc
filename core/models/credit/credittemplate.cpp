#include "core/models/credit/credittemplate.h"

namespace valor {

// Hull's two worked examples ("Risk Management and Financial Institutions"; "Options, Futures,
// and Other Derivatives" §24.6), so the template is also a check: Z ≈ 5.46; V ≈ 12.40,
// σV ≈ 21.23 %, PD ≈ 12.7 %. The reference of every field: `valor-cli schema`.
const char* creditTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Example company — credit risk",
  "description": "Template from valor-cli new credit: J. C. Hull's worked examples of Altman's Z-score (Risk Management and Financial Institutions, figures in thousands there) and of Merton's model (Options, Futures, and Other Derivatives, section 24.6, in millions). Replace the numbers with your own.",
  "currency": "USD",
  "unit": "millions",
  "model": "credit",
  "credit": {
    "company": "Example company",
    "altman": {
      "model": "z",              // z (public manufacturer), z_prime (private), z_double_prime
      "working_capital": 0.17,
      "retained_earnings": 0.30,
      "ebit": 0.06,
      "sales": 2.2,
      "total_assets": 0.67,
      "total_liabilities": 0.24,
      "equity": 0.38             // market value for z, book value for z_prime / z_double_prime
    },
    "merton": {
      "equity_value": 3.0,       // market capitalisation
      "equity_volatility": 0.80,
      "debt_face_value": 10.0,   // due at the horizon
      "years": 1,
      "risk_free_rate": 0.05     // continuously compounded
    },
    "loss": {
      "lgd": 0.45,               // loss given default
      "ead": 10.0                // exposure at default
    }
  }
}
)json";
}

}  // namespace valor
