#include "core/common/moneyunit.h"

#include <array>
#include <utility>

namespace valor {

std::optional<double> moneyUnitSize(std::string_view unit) {
  static constexpr std::array<std::pair<std::string_view, double>, 4> table = {
      {{"units", 1}, {"thousands", 1e3}, {"millions", 1e6}, {"billions", 1e9}}};
  for (const auto& [name, size] : table)
    if (unit == name) return size;
  return std::nullopt;
}

double convertMoneyUnit(double value, double fromSize, double toSize) {
  // Sizes are powers of ten up to 1e9, so each ratio is an exact integer.
  return fromSize >= toSize ? value * (fromSize / toSize) : value / (toSize / fromSize);
}

}  // namespace valor
