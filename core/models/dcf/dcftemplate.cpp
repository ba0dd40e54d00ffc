#include "core/models/dcf/dcftemplate.h"

namespace valor {

// Every field appears once with a realistic value, so the template is also a worked example.
// Rates are decimals (0.08 = 8 %). The reference of every field: `valor-cli schema`.
const char* dcfTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Example Co. — base case",
  "description": "Template from valor-cli new dcf. Replace the numbers with your own.",
  "currency": "USD",
  "unit": "millions",            // money amounts and share counts are in millions
  "model": "dcf",
  "dcf": {
    "base_year": 2025,           // last actual fiscal year
    "fiscal_year_end": "12-31",
    "valuation_date": "2026-03-31", // first year becomes a stub: 275 of 365 days remain
    "years": 10,                 // projection 2026–2035

    "base": { "revenue": 1200.0, "nwc": 150.0 },

    // Drivers: "constant" (one value), "per_year" (a value for every year), or "staged".
    "revenue_growth": {
      "mode": "staged",
      "stage1_years": 4, "stage1": 0.09,   // 2026–2029 at 9 %
      "stage2_years": 3,                   // 2030–2032 fade linearly towards stage 3
      "stage3": 0.03,                      // 2033–2035 at 3 %
      "fade": "linear"
    },
    "ebit_margin": {
      "mode": "per_year",
      "values": { "2026": 0.16, "2027": 0.165, "2028": 0.17, "2029": 0.175, "2030": 0.18,
                  "2031": 0.18, "2032": 0.18, "2033": 0.18, "2034": 0.18, "2035": 0.18 }
    },
    "tax_rate": { "mode": "constant", "value": 0.25 },

    // "percent_of_revenue" (D&A, capex, NWC as % of revenue) or "sales_to_capital".
    "reinvestment": "percent_of_revenue",
    "da_pct_revenue": { "mode": "constant", "value": 0.04 },
    "capex_pct_revenue": { "mode": "constant", "value": 0.05 },
    "nwc_pct_revenue": { "mode": "constant", "value": 0.125 },

    // "direct" (give "wacc") or "build_up" (CAPM + after-tax cost of debt).
    "discount_rate": {
      "method": "build_up",
      "risk_free_rate": 0.042,
      "equity_risk_premium": 0.05,
      "country_risk_premium": 0.0,
      "beta_type": "unlevered",      // relevered at the target D/E (Hamada)
      "beta": 0.95,
      "target_debt_to_equity": 0.25,
      "pre_tax_cost_of_debt": 0.06,
      "marginal_tax_rate": 0.25
    },

    // "gordon" (perpetual growth) or "exit_multiple" (with "multiple" and "metric").
    "terminal_value": { "method": "gordon", "growth": 0.025, "metric": "ev_ebitda" },

    "conventions": {
      "discounting": "mid_year",           // or "end_of_year"
      "terminal_timing": "consistent"      // Gordon TV at N − 0.5 under mid-year
    },

    "equity_bridge": {
      "cash": 180.0,
      "debt": 420.0,
      "preferred": 0.0,
      "minority_interest": 15.0,
      "non_operating_assets": 30.0,
      "basic_shares": 85.0,
      "options": [
        { "label": "2022 plan", "count": 2.5, "strike": 28.0 },
        { "label": "2024 warrants", "count": 1.2, "strike": 95.0 }
      ]
    }
  }
}
)json";
}

}  // namespace valor
