#pragma once
// Scenario documents shared by the analytics tests: parsing from JSON text, and the one-year
// DCF that those tests solve by hand.
//
// The one-year case: base revenue 100 growing 10 % → revenue 110; EBIT margin 20 % → EBIT 22;
// tax 25 % → NOPAT 16.5; D&A = capex = 5 % of revenue (5.5 each) and no working capital, so
// FCFF_1 = 16.5 and EBITDA_1 = EBIT + D&A = 27.5. WACC 10 % (direct), end-of-year discounting,
// no stub; cash 20, debt 50, one share, no options. Only the terminal value is left to the test.
#include <QtTest>

#include <string>

#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "tests/support/jsonedits.h"

namespace valor::testing {

// The text of a bundled sample (resources/samples/<name>).
inline std::string sampleText(const char* name) {
  auto text =
      readTextFile(std::string(VALOR_TEST_DATA_DIR "/../../resources/samples/") + name, 8 << 20);
  if (!text) qFatal("%s: %s", name, text.error().message.c_str());
  return text.value();
}

inline ScenarioDocument documentOf(const std::string& json, std::uint64_t idSeed = 11) {
  auto parse = parseScenarioJson(json, seededIdGenerator(idSeed));
  if (!parse.ok()) qFatal("test scenario does not parse: %s", parse.error().message.c_str());
  return parse.value();
}

// A kind's template with `edits` (tests/support/jsonedits.h; none when empty), as a document.
inline ScenarioDocument editedTemplate(const std::string& scenarioTemplate,
                                       const std::string& edits) {
  return documentOf(edits.empty() ? scenarioTemplate : editedJson(scenarioTemplate, edits));
}

// `terminalValue` is the JSON of the "terminal_value" object.
inline std::string oneYearScenario(const std::string& terminalValue) {
  return R"({
    "schema": "valor.scenario/1", "name": "One year", "model": "dcf",
    "dcf": {
      "base_year": 2025, "years": 1,
      "base": {"revenue": 100, "nwc": 0},
      "revenue_growth": {"mode": "constant", "value": 0.10},
      "ebit_margin": {"mode": "constant", "value": 0.20},
      "tax_rate": {"mode": "constant", "value": 0.25},
      "da_pct_revenue": {"mode": "constant", "value": 0.05},
      "capex_pct_revenue": {"mode": "constant", "value": 0.05},
      "nwc_pct_revenue": {"mode": "constant", "value": 0.0},
      "discount_rate": {"method": "direct", "wacc": 0.10},
      "terminal_value": )" +
         terminalValue + R"(,
      "conventions": {"discounting": "end_of_year"},
      "equity_bridge": {"cash": 20, "debt": 50, "basic_shares": 1}
    }})";
}

// The one-year case with an exit multiple m on EBITDA at WACC w, valued by hand:
//   value per share = (FCFF₁ + m · EBITDA₁) / (1 + w) − debt + cash, FCFF₁ = 16.5,
//   EBITDA₁ = 27.5, debt 50, cash 20, one share.
inline double handValue(double multiple, double wacc) {
  return (16.5 + multiple * 27.5) / (1 + wacc) - 50 + 20;
}

}  // namespace valor::testing
