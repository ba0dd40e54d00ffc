#include "core/common/numbertext.h"

#include <array>
#include <charconv>

namespace valor {
namespace {

// std::to_chars never reads the locale; with a precision it rounds as printf does.
std::string toChars(double value, std::chars_format format, int precision) {
  std::array<char, 400> buffer{};  // %f of the largest double has 309 digits before the point
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format, precision);
  if (error != std::errc()) return "?";
  return std::string(buffer.data(), end);
}

}  // namespace

std::string fixedText(double value, int decimals) {
  return toChars(value, std::chars_format::fixed, decimals);
}

std::string generalText(double value, int significantDigits) {
  return toChars(value, std::chars_format::general, significantDigits);
}

}  // namespace valor
