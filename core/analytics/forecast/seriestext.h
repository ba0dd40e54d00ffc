#pragma once
// A series typed, pasted from a spreadsheet or read from a CSV file: one row per period,
// "period,value" (comma, semicolon or tab between), an optional header row. Periods are years
// ("2019"), quarters ("2019Q3") or months ("2019-07"); the first row sets the frequency and the
// rest must follow it period by period — a skipped or repeated period is refused by name.
#include <string>
#include <string_view>

#include "core/analytics/forecast/series.h"

namespace valor::forecast {

Result<Series> parseSeriesText(std::string_view text, const std::string& name);

}  // namespace valor::forecast
