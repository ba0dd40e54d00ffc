#pragma once
// The words a scenario names its money unit with ("unit": "thousands") and how many currency
// units each is. One table, read by the import's conversion and the desktop's display unit, so
// both always agree on what "millions" means.
#include <optional>
#include <string_view>

namespace valor {

// Currency units per one of `unit` (1, 1e3, 1e6 or 1e9), or nothing for a word that is not one.
std::optional<double> moneyUnitSize(std::string_view unit);

// `value` in `from` as a figure in `to`: one multiplication or one division by an exact power of
// ten, so each result is correctly rounded (9 thousands is 0.009 millions, not
// 0.009000000000000001). Both must be unit words.
double convertMoneyUnit(double value, double fromSize, double toSize);

}  // namespace valor
