#include "core/analytics/forecast/series.h"

#include <cmath>
#include <cstdio>

namespace valor::forecast {

int Series::seasonPeriod() const {
  switch (frequency) {
    case Frequency::Quarterly:
      return 4;
    case Frequency::Monthly:
      return 12;
    case Frequency::Annual:
      break;
  }
  return 1;
}

namespace {

// Periods from the start of the first value's year to the value at `index`.
long long periodsFromFirstYear(const Series& series, std::size_t index) {
  return static_cast<long long>(series.firstPeriod - 1) + static_cast<long long>(index);
}

}  // namespace

int Series::yearOf(std::size_t index) const {
  return firstYear + static_cast<int>(periodsFromFirstYear(*this, index) / seasonPeriod());
}

double Series::timeOf(std::size_t index) const {
  return firstYear + static_cast<double>(periodsFromFirstYear(*this, index)) / seasonPeriod();
}

std::string Series::periodLabel(std::size_t index) const {
  const long long offset = periodsFromFirstYear(*this, index);
  const int year = firstYear + static_cast<int>(offset / seasonPeriod());
  const int period = static_cast<int>(offset % seasonPeriod()) + 1;
  char text[32];
  if (frequency == Frequency::Quarterly)
    std::snprintf(text, sizeof text, "%dQ%d", year, period);
  else if (frequency == Frequency::Monthly)
    std::snprintf(text, sizeof text, "%d-%02d", year, period);
  else
    std::snprintf(text, sizeof text, "%d", year);
  return text;
}

Frequency frequencyOfPeriod(int seasonPeriod) {
  return seasonPeriod == 12  ? Frequency::Monthly
         : seasonPeriod == 4 ? Frequency::Quarterly
                             : Frequency::Annual;
}

std::string frequencyName(Frequency frequency) {
  switch (frequency) {
    case Frequency::Quarterly:
      return "quarterly";
    case Frequency::Monthly:
      return "monthly";
    case Frequency::Annual:
      break;
  }
  return "annual";
}

std::optional<Frequency> frequencyFromName(const std::string& name) {
  if (name == "annual") return Frequency::Annual;
  if (name == "quarterly") return Frequency::Quarterly;
  if (name == "monthly") return Frequency::Monthly;
  return std::nullopt;
}

Status checkSeries(const Series& series, std::size_t minimum) {
  for (std::size_t i = 0; i < series.values.size(); ++i) {
    if (!std::isfinite(series.values[i]))
      return Error{"forecast.missing_value",
                   series.name + " has no value for " + series.periodLabel(i) +
                       ": a forecast needs every period, with no gaps",
                   series.name};
    // Squares of larger values lose the precision a likelihood needs, and then overflow.
    if (std::abs(series.values[i]) > kMaxSeriesValue)
      return Error{"forecast.too_large",
                   series.name + " in " + series.periodLabel(i) +
                       " is beyond ±1e15: too large to forecast; give it in a larger unit",
                   series.name};
  }
  if (series.values.size() < minimum)
    return Error{"forecast.too_short",
                 series.name + " has " + std::to_string(series.values.size()) +
                     " values; at least " + std::to_string(minimum) + " are needed",
                 series.name};
  return std::monostate{};
}

Result<Series> annualSeries(const std::string& name, const YearMap& values, std::size_t minimum) {
  Series series;
  series.name = name;
  if (values.empty())
    return Error{"forecast.too_short", name + " has no values to forecast from", name};
  series.firstYear = values.begin()->first;
  std::string missing;
  Year expected = series.firstYear;
  for (const auto& [year, value] : values) {
    for (; expected < year; ++expected)
      missing += (missing.empty() ? "" : ", ") + std::to_string(expected);
    series.values.push_back(value);
    expected = year + 1;
  }
  if (!missing.empty())
    return Error{"forecast.missing_value",
                 name + " has no value for " + missing +
                     ": a forecast needs every year from the first to the last, with no gaps",
                 name};
  if (Status checked = checkSeries(series, minimum); !checked) return checked.error();
  return series;
}

}  // namespace valor::forecast
