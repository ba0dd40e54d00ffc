#include "core/model/orderkey.h"

#include "core/common/require.h"

namespace valor {
namespace {

constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr int kBase = 36;

int digitOf(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return -1;
}

// The digit-wise midpoint of the fractions 0.a and 0.b (b empty = 1.0), a < b.
std::string midpoint(std::string_view a, std::string_view b) {
  std::string out;
  std::size_t i = 0;
  while (true) {
    const int da = i < a.size() ? digitOf(a[i]) : 0;
    const int db = i < b.size() ? digitOf(b[i]) : (b.empty() ? kBase : 0);
    if (!b.empty() && i >= b.size()) {
      // b is exhausted while equal so far: cannot happen for a < b without trailing zeros.
      return out;
    }
    if (db - da > 1) {
      out += kDigits[static_cast<std::size_t>((da + db) / 2)];
      return out;
    }
    if (db - da == 1) {
      // Adjacent digits: keep a's digit and find a key above a's remainder (towards 1.0).
      out += kDigits[static_cast<std::size_t>(da)];
      std::string_view restA = i + 1 < a.size() ? a.substr(i + 1) : std::string_view();
      return out + midpoint(restA, std::string_view());
    }
    // Equal digits: part of the common prefix.
    out += kDigits[static_cast<std::size_t>(da)];
    ++i;
    if (b.empty() && i >= a.size()) return out + kDigits[kBase / 2];
  }
}

}  // namespace

bool isValidOrderKey(std::string_view key) {
  if (key.empty() || key.back() == '0') return false;
  for (char c : key)
    if (digitOf(c) < 0) return false;
  return true;
}

std::optional<std::string> orderKeyBetween(std::string_view before, std::string_view after) {
  if (!before.empty() && !isValidOrderKey(before)) return std::nullopt;
  if (!after.empty() && !isValidOrderKey(after)) return std::nullopt;
  if (!before.empty() && !after.empty() && !(before < after)) return std::nullopt;
  return midpoint(before, after);
}

std::string initialOrderKey(std::size_t index) {
  VALOR_REQUIRE(index + 1 < 36u * 36 * 36 * 36, "list index beyond four base-36 digits");
  // Four base-36 digits of index + 1, then 'i' (the middle digit): sorted, never ending in '0'.
  std::size_t n = index + 1;
  std::string key(5, 'i');
  for (std::size_t i = 4; i-- > 0; n /= kBase) key[i] = kDigits[n % kBase];
  return key;
}

}  // namespace valor
