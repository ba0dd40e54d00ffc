#include "core/models/portfolio/portfoliotemplate.h"

namespace valor {

// Seven asset classes with long-run assumptions of the kind published in capital-market
// assumption reports, two groups and a cap per asset. The reference of every field:
// `valor-cli schema`.
const char* portfolioTemplate() {
  return R"json({
  // Valor IVX scenario. Comments like this one are allowed; remove or keep them.
  "schema": "valor.scenario/1",
  "name": "Multi-asset portfolio",
  "description": "Template from valor-cli new portfolio: seven asset classes with illustrative long-run assumptions (annual expected return and volatility, correlations), at most 40 % in any one, at most 70 % in equities and at least 20 % in bonds. Replace them with your own, or paste a price history into portfolio.history.data and estimate the covariance from it.",
  "currency": "USD",
  "unit": "millions",
  "model": "portfolio",
  "portfolio": {
    "name": "Multi-asset portfolio",
    "objective": "max_sharpe",  // min_variance, max_sharpe, target_return, target_volatility, risk_parity
    "risk_free_rate": 0.025,
    "frontier_points": 25,
    "covariance": "typed",      // or sample, ewma, ledoit_wolf from history.data
    "risk": {
      "confidence": 0.99,
      "horizon_days": 10,
      "value": 100             // the portfolio's value, to state losses as amounts
    },
    "assets": [
      {"name": "US equities", "expected_return": 0.070, "volatility": 0.16, "max_weight": 0.4, "group": "Equities"},
      {"name": "International equities", "expected_return": 0.075, "volatility": 0.18, "max_weight": 0.4, "group": "Equities"},
      {"name": "Emerging markets", "expected_return": 0.085, "volatility": 0.23, "max_weight": 0.4, "group": "Equities"},
      {"name": "Government bonds", "expected_return": 0.035, "volatility": 0.05, "max_weight": 0.4, "group": "Bonds"},
      {"name": "Corporate bonds", "expected_return": 0.045, "volatility": 0.07, "max_weight": 0.4, "group": "Bonds"},
      {"name": "Real estate", "expected_return": 0.060, "volatility": 0.15, "max_weight": 0.4},
      {"name": "Commodities", "expected_return": 0.040, "volatility": 0.17, "max_weight": 0.4}
    ],
    "correlations": [
      {"first": "US equities", "second": "International equities", "value": 0.80},
      {"first": "US equities", "second": "Emerging markets", "value": 0.70},
      {"first": "International equities", "second": "Emerging markets", "value": 0.80},
      {"first": "US equities", "second": "Government bonds", "value": -0.10},
      {"first": "International equities", "second": "Government bonds", "value": -0.10},
      {"first": "Emerging markets", "second": "Government bonds", "value": -0.05},
      {"first": "Government bonds", "second": "Corporate bonds", "value": 0.70},
      {"first": "US equities", "second": "Corporate bonds", "value": 0.30},
      {"first": "International equities", "second": "Corporate bonds", "value": 0.30},
      {"first": "Emerging markets", "second": "Corporate bonds", "value": 0.35},
      {"first": "US equities", "second": "Real estate", "value": 0.65},
      {"first": "International equities", "second": "Real estate", "value": 0.60},
      {"first": "Emerging markets", "second": "Real estate", "value": 0.55},
      {"first": "Corporate bonds", "second": "Real estate", "value": 0.30},
      {"first": "US equities", "second": "Commodities", "value": 0.30},
      {"first": "International equities", "second": "Commodities", "value": 0.35},
      {"first": "Emerging markets", "second": "Commodities", "value": 0.45},
      {"first": "Real estate", "second": "Commodities", "value": 0.25}
    ],
    "groups": [
      {"name": "Equities", "max_weight": 0.70},
      {"name": "Bonds", "min_weight": 0.20}
    ]
  }
}
)json";
}

}  // namespace valor
