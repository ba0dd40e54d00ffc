#include "core/model/actualsschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

const std::vector<ActualsLine>& actualsLines() {
  static const std::vector<ActualsLine> lines = {
      {"revenue", "money", "Revenue", false},
      {"ebitda", "money", "EBITDA", true},
      {"ebit", "money", "EBIT", true},
      {"depreciation", "money", "Depreciation and amortisation", false},
      {"capex", "money", "Capital expenditure", false},
      {"nwc", "money", "Net working capital", true},
      {"taxes", "money", "Income taxes", true, true},
      {"net_income", "money", "Net income", true},
      {"equity", "money", "Shareholders' equity (book)", true},
      {"debt", "money", "Debt", false},
      {"cash", "money", "Cash", false},
      {"shares", "shares", "Shares outstanding (diluted)", false},
      // The balance-sheet totals Altman's Z-scores read (the credit analysis).
      {"working_capital", "money", "Working capital (current assets − current liabilities)", true},
      {"retained_earnings", "money", "Retained earnings", true},
      {"total_assets", "money", "Total assets", false},
      {"total_liabilities", "money", "Total liabilities", false},
  };
  return lines;
}

const ActualsLine* findActualsLine(const std::string& key) {
  for (const ActualsLine& line : actualsLines())
    if (key == line.key) return &line;
  return nullptr;
}

EntitySchema actualsSchema() {
  using namespace schema;
  EntitySchema s{"actuals", "Historical actuals (\"actuals\")", {}, {}};
  for (const ActualsLine& line : actualsLines()) {
    const std::string key = line.key;
    const bool shares = std::string(line.unit) == "shares";
    const double limit = shares ? kMaxShares : kMaxMoney;
    FieldSpec values = number(
        key + ".values", line.unit, closed(line.signedAmount ? -limit : 0, limit),
        std::string(line.label) + " as reported, keyed by fiscal year: {\"2024\": 1200.5}; " +
            (shares ? "in the scenario's unit." : "in the scenario's currency and unit."));
    values.type = FieldType::YearValues;
    s.fields.push_back(values);
    s.fields.push_back(text(key + ".source",
                            "Where the figures came from: typed, or the file and row they were "
                            "imported from (\"statements.csv, row 4, in thousands\").",
                            std::nullopt, false, 500));
  }
  return s;
}

}  // namespace valor
