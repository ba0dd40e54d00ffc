#include "core/models/ma/matemplate.h"

namespace valor {

// Every field appears with a realistic value, so the template is also a worked example.
// Rates are decimals (0.30 = 30 %). The reference of every field: `valor-cli schema`.
const char* maTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Example Acquirer / Example Target — merger consequences",
  "description": "Template from valor-cli new ma. Replace the numbers with your own.",
  "currency": "USD",
  "unit": "millions",            // money amounts in millions; share counts in millions too
  "model": "ma",
  "ma": {
    "base_year": 2025,           // the pro-forma years run 2026–2028
    "years": 3,

    "acquirer": {
      "name": "Example Acquirer",
      "share_price": 50.0,       // per share
      "shares": 400.0,           // diluted
      // Net income: "constant", "per_year" or "growth" from a base year.
      "net_income": { "mode": "growth", "base": 1600.0, "growth": 0.05 },
      "revenue": { "2026": 12600.0, "2027": 13230.0, "2028": 13890.0 },
      "ebitda": { "2026": 2800.0, "2027": 2940.0, "2028": 3090.0 },
      "cash": 2500.0, "debt": 4000.0, "interest_rate": 0.05,
      "tax_rate": 0.25           // marginal: every pro-forma adjustment is taxed at it
    },
    "target": {
      "name": "Example Target",
      "share_price": 30.0,
      "shares": 100.0,
      "net_income": { "mode": "per_year", "values": { "2026": 210.0, "2027": 225.0, "2028": 240.0 } },
      "revenue": { "2026": 3000.0, "2027": 3150.0, "2028": 3300.0 },
      "ebitda": { "2026": 520.0, "2027": 550.0, "2028": 580.0 },
      "cash": 200.0, "debt": 600.0, "interest_rate": 0.06,
      "book_equity": 1500.0, "existing_goodwill": 300.0
    },

    "offer": { "method": "premium", "premium": 0.30 },   // or "price", or "exchange_ratio"
    "consideration": { "cash": 0.5, "stock": 0.5, "issue_discount": 0.0 },
    "funding": {
      "debt_share": 1.0,                 // the cash need is funded with new debt
      "debt_rate": 0.065, "financing_fee": 0.02, "fee_years": 7,
      "cash_yield": 0.03,                // foregone on any acquirer cash used
      "transaction_fees": 40.0,          // expensed at close
      "target_debt": "assumed"           // or "refinanced"
    },
    "ppa": {
      "deal_type": "stock",              // "asset": no deferred tax liability
      "ppe_write_up": 200.0, "ppe_life": 10,
      "intangibles_write_up": 500.0, "intangibles_life": 8
    },
    "synergies": {
      "cost": 120.0,                     // run rate, pre-tax
      "revenue": 150.0, "revenue_margin": 0.20,
      "phase_in": { "mode": "per_year", "values": { "2026": 0.25, "2027": 0.75, "2028": 1.0 } },
      "integration_costs": { "2026": 80.0, "2027": 40.0, "2028": 0.0 }
    }
  }
}
)json";
}

}  // namespace valor
