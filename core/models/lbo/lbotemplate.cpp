#include "core/models/lbo/lbotemplate.h"

namespace valor {

// Every field appears with a realistic value, so the template is also a worked example.
// Rates are decimals (0.08 = 8 %). The reference of every field: `valor-cli schema`.
const char* lboTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Example Co. — buyout case",
  "description": "Template from valor-cli new lbo. Replace the numbers with your own.",
  "currency": "USD",
  "unit": "millions",            // money amounts are in millions
  "model": "lbo",
  "lbo": {
    "base_year": 2025,           // LTM at close; the projection runs 2026–2032
    "years": 7,
    "base": { "revenue": 1000.0, "ebitda": 150.0, "nwc": 100.0 },

    // Operating case. Drivers: "constant", "per_year" (a value for every year) or "staged".
    "revenue_growth": {
      "mode": "per_year",
      "values": { "2026": 0.08, "2027": 0.06, "2028": 0.04, "2029": 0.03, "2030": 0.03,
                  "2031": 0.03, "2032": 0.03 }
    },
    "ebitda_margin": { "mode": "constant", "value": 0.15 },
    "da_pct_revenue": { "mode": "constant", "value": 0.02 },
    "capex_pct_revenue": { "mode": "constant", "value": 0.02 },
    "nwc_pct_revenue": { "mode": "constant", "value": 0.10 },
    "tax_rate": { "mode": "constant", "value": 0.25 },
    "base_rate": { "mode": "constant", "value": 0.04 },   // reference rate of floating tranches

    "entry": {
      "method": "multiple",              // or "price" with "price": the entry EV
      "multiple": 7.5,                   // × LTM EBITDA = entry enterprise value 1,125
      "transaction_fee_rate": 0.015,     // or "transaction_fee_amount"
      "minimum_cash": 25.0,              // funded at close, held after
      "rollover_equity": 0.0,
      "close_date": "2025-12-31"         // with exit.date: the IRR is also an XIRR
    },

    "financing": {
      "interest_basis": "average",       // or "opening" (no circularity)
      "sweep": 1.0,                      // 100 % of excess cash repays prepayable debt
      "cash_interest_rate": 0.02
    },
    "taxes": { "loss_carryforward": "on", "opening_nol": 0.0 },

    "exit": { "year": 2030, "multiple": 7.5, "date": "2030-12-31" },

    // Tranches in seniority order; reorder them to change who the sweep repays first.
    "tranches": [
      { "label": "Revolver", "type": "revolver", "commitment": 100.0, "amount": 0.0,
        "rate_type": "floating", "spread": 0.0325, "floor": 0.0, "undrawn_fee": 0.005,
        "maturity_years": 6, "financing_fee": 0.02 },
      { "label": "Term loan B", "type": "term_loan", "amount": 450.0,
        "rate_type": "floating", "spread": 0.035, "floor": 0.005, "amortisation": 0.01,
        "maturity_years": 7, "oid": 0.01, "financing_fee": 0.02 },
      { "label": "Senior notes", "type": "notes", "amount": 300.0,
        "rate_type": "fixed", "rate": 0.09, "maturity_years": 8, "financing_fee": 0.0225 },
      { "label": "Holdco PIK", "type": "mezzanine", "amount": 50.0,
        "rate_type": "fixed", "rate": 0.0, "pik_rate": 0.12, "maturity_years": 9 }
    ]
  }
}
)json";
}

}  // namespace valor
