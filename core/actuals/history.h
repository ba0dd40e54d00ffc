#pragma once
// What an analyst reads off past statements before setting drivers: each actuals line by year,
// the ratios derived from them, and a driver's value taken from a ratio's recent years. A ratio
// whose key is a driver's field name ("revenue_growth", "ebit_margin", ...) is that driver's
// history, in any model kind that has it. A ratio is given only for the years its definition
// holds (a denominator above zero): never a NaN, never a guess for a missing year.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "core/model/document.h"

namespace valor {

// Each ratio's definition is in history.cpp; readers show their own caption for its key.
struct DerivedHistory {
  std::string key;   // "revenue_growth"
  const char* unit;  // "rate" or "ratio"
  YearMap values;    // the years where it is defined
};

struct ActualsHistory {
  std::vector<Year> years;                     // every year any line has, ascending
  std::map<std::string, YearMap> lines;        // by actuals line key; lines without figures absent
  std::map<std::string, std::string> sources;  // by line key
  std::vector<DerivedHistory> derived;         // always every ratio, in a fixed order

  const DerivedHistory* find(std::string_view key) const;
  // The last year with a revenue figure: the year a base year is taken from.
  std::optional<Year> lastRevenueYear() const;
};

ActualsHistory actualsHistory(const ScenarioDocument& doc);

enum class HistoryStatistic { Average, Median, Last };

// The most recent `recentYears` years that have a value (0: all of them): what a statistic reads.
YearMap recentHistory(const YearMap& values, int recentYears);

// The statistic over the most recent `recentYears` years that have a value (0: all of them), or
// nothing when there is none. The median of an even count is the mean of the middle two.
std::optional<double> historyStatistic(const YearMap& values, HistoryStatistic statistic,
                                       int recentYears);

}  // namespace valor
