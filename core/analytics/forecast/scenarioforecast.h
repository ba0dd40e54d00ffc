#pragma once
// Forecasts on a scenario: the series its actuals give (every line and every ratio of
// core/actuals/history.h), and "use as drivers" — a forecast path turned into the per-year
// values of the driver it informs, as the ops of one mutation. Revenue informs revenue growth
// (g_y = F_y / F_{y−1} − 1, the first year's F_{y−1} the last actual); a ratio whose key is a
// driver's name (ebit_margin, tax_rate, ...) is that driver's value directly.
#include <optional>
#include <string>
#include <vector>

#include "core/analytics/forecast/model.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor::forecast {

struct ScenarioLine {
  std::string key;   // "revenue", "ebit_margin"
  bool ratio;        // a derived ratio, not a reported line
  std::string unit;  // "money", "rate", "ratio", "shares"
  YearMap values;
  std::string driver;  // the driver of the scenario's model it informs; empty if none
};

// Every actuals line and ratio with at least one year, lines first.
std::vector<ScenarioLine> scenarioLines(const ScenarioDocument& doc);

// The annual series of one of them. Refuses an unknown key, a gap, fewer than two years.
Result<Series> scenarioSeries(const ScenarioDocument& doc, const std::string& key);

// The periods a forecast of `series` needs to reach the scenario's last projection year; none
// when the scenario has no projection or it ends within the series.
std::optional<int> horizonToProjectionEnd(const ScenarioDocument& doc, const Series& series);

struct DriversFromForecast {
  std::string driver;
  YearMap values;      // projection year → driver value
  std::string source;  // stored in "<driver>.source"
  LabelCode label;     // "forecast_drivers": model name, line
  std::string labelText;
  std::vector<Op> ops;
};

// The forecast's point path, or its `percentile` (0 < p < 1) path, as the driver's per-year
// values over the projection years. Refuses, naming why: a line no driver takes, a projection
// that starts inside the actuals, a horizon short of the projection's last year, a path the
// driver cannot take (a revenue at or below zero, a value outside the driver's range).
Result<DriversFromForecast> driversFromForecast(const ScenarioDocument& doc, const std::string& key,
                                                const Series& series, const ModelForecast& forecast,
                                                std::optional<double> percentile);

}  // namespace valor::forecast
