#pragma once
// A time series to forecast: equally spaced values, annual, quarterly or monthly, with no gaps.
// A missing value is refused by name (its period), never filled in: a forecast fitted over a
// guessed value would look more certain than it is.
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"

namespace valor::forecast {

enum class Frequency { Annual, Quarterly, Monthly };

struct Series {
  std::string name;  // "revenue", "ebit_margin", or what a pasted series is called
  Frequency frequency = Frequency::Annual;
  int firstYear = 0;
  int firstPeriod = 1;  // the quarter or month of the first value; 1 for annual series
  std::vector<double> values;

  // Periods per year: the seasonal period m (1 for annual data, which has no season).
  int seasonPeriod() const;
  // "2025", "2025Q3" or "2025-07" for the value at `index` (past the end: a forecast period).
  std::string periodLabel(std::size_t index) const;
  // The calendar year of the value at `index`.
  int yearOf(std::size_t index) const;
  // Its place on a time axis: the year plus the fraction of it gone (2019Q3 is 2019.5).
  double timeOf(std::size_t index) const;
};

Frequency frequencyOfPeriod(int seasonPeriod);
// "annual", "quarterly", "monthly".
std::string frequencyName(Frequency frequency);
std::optional<Frequency> frequencyFromName(const std::string& name);

// An annual series from figures by year. Refuses a gap (naming the missing years), fewer than
// `minimum` values, and a value that is not finite.
Result<Series> annualSeries(const std::string& name, const YearMap& values, std::size_t minimum);

inline constexpr double kMaxSeriesValue = 1e15;

// Checks values read from elsewhere (a pasted or CSV series): finite, within ±kMaxSeriesValue,
// at least `minimum` of them.
Status checkSeries(const Series& series, std::size_t minimum);

}  // namespace valor::forecast
