#include "core/analytics/forecast/seriestext.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

namespace valor::forecast {
namespace {

constexpr std::size_t kMaxValues = 100000;

std::string trimmed(std::string_view text) {
  std::size_t a = 0, b = text.size();
  while (a < b && (text[a] == ' ' || text[a] == '"' || text[a] == '\r')) ++a;
  while (b > a && (text[b - 1] == ' ' || text[b - 1] == '"' || text[b - 1] == '\r')) --b;
  return std::string(text.substr(a, b - a));
}

std::optional<double> numberOf(const std::string& text) {
  if (text.empty() || text.size() > 64) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

struct Period {
  Frequency frequency;
  int year;
  int period;
};

std::optional<int> digits(const std::string& text, std::size_t from, std::size_t count) {
  if (from + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<Period> periodOf(const std::string& text) {
  const auto year = digits(text, 0, 4);
  if (!year || *year < 1000) return std::nullopt;
  if (text.size() == 4) return Period{Frequency::Annual, *year, 1};
  if (text.size() == 6 && (text[4] == 'Q' || text[4] == 'q')) {
    const auto q = digits(text, 5, 1);
    if (q && *q >= 1 && *q <= 4) return Period{Frequency::Quarterly, *year, *q};
  }
  if (text.size() == 7 && text[4] == '-') {
    const auto month = digits(text, 5, 2);
    if (month && *month >= 1 && *month <= 12) return Period{Frequency::Monthly, *year, *month};
  }
  return std::nullopt;
}

std::vector<std::string> cells(std::string_view line) {
  const char separator = line.find('\t') != std::string_view::npos  ? '\t'
                         : line.find(';') != std::string_view::npos ? ';'
                                                                    : ',';
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == separator) {
      out.push_back(trimmed(line.substr(start, i - start)));
      start = i + 1;
    }
  return out;
}

}  // namespace

Result<Series> parseSeriesText(std::string_view text, const std::string& name) {
  Series series;
  series.name = name;
  std::optional<Period> first;
  std::size_t lineNumber = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    const std::vector<std::string> row = cells(line);
    if (row.size() == 1 && row[0].empty()) continue;
    const std::string where = "line " + std::to_string(lineNumber);
    if (row.size() < 2)
      return Error{"forecast.bad_row",
                   where + " has no value: each row is a period and a value, e.g. 2019,1204.5",
                   where};
    const auto period = periodOf(row[0]);
    const auto value = numberOf(row[1]);
    if (!first && !period && !value) continue;  // a header row
    if (!period)
      return Error{"forecast.bad_period",
                   where + ": \"" + row[0].substr(0, 20) +
                       "\" is not a period: write a year (2019), a quarter (2019Q3) or a month "
                       "(2019-07)",
                   where};
    if (!value)
      return Error{"forecast.missing_value",
                   where + ": the value for " + row[0] + " is missing or not a number", where};
    if (!first) {
      first = period;
      series.frequency = period->frequency;
      series.firstYear = period->year;
      series.firstPeriod = period->period;
    } else {
      const std::string expected = series.periodLabel(series.values.size());
      Series given;
      given.frequency = period->frequency;
      given.firstYear = period->year;
      given.firstPeriod = period->period;
      if (period->frequency != series.frequency || given.periodLabel(0) != expected)
        return Error{"forecast.bad_period",
                     where + ": " + row[0] + " follows " +
                         series.periodLabel(series.values.size() - 1) + "; the next period is " +
                         expected + " (a series has every period, in order)",
                     where};
    }
    if (series.values.size() >= kMaxValues)
      return Error{"forecast.too_long", "a series has at most 100,000 values", where};
    series.values.push_back(*value);
  }
  if (series.values.empty())
    return Error{"forecast.too_short", "the series has no rows of a period and a value", name};
  return series;
}

}  // namespace valor::forecast
