#pragma once
// Historical actuals: the reported statement lines of the years before the projection, held by
// every scenario whatever its model kind ("actuals" block). Each line keeps its figures by year,
// in the scenario's currency and unit, and where they came from (typed, or a file and row), so
// an analyst can always say where a number came from.
#include <string>
#include <vector>

#include "core/model/schema.h"

namespace valor {

struct ActualsLine {
  const char* key;       // "revenue": the block's fields are "<key>.values" and "<key>.source"
  const char* unit;      // "money" or "shares"
  const char* label;     // as statements usually label it, in English
  bool signedAmount;     // may be negative (EBIT, net income, NWC); else a size (revenue, capex)
  bool expense = false;  // a cost kept as a positive figure, a credit negative (income taxes)
};

// The statement lines, in the order statements list them.
const std::vector<ActualsLine>& actualsLines();
const ActualsLine* findActualsLine(const std::string& key);

EntitySchema actualsSchema();

}  // namespace valor
