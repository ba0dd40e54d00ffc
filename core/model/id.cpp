#include "core/model/id.h"

#include <cstdio>
#include <random>

namespace valor {

Id Id::fromRandomBits(std::uint64_t high, std::uint64_t low) {
  // Version 4 (random) in the high nibble of octet 6, variant 10xx in octet 8.
  high = (high & ~std::uint64_t{0xF000}) | std::uint64_t{0x4000};
  low = (low & ~(std::uint64_t{0xC} << 60)) | (std::uint64_t{0x8} << 60);
  return Id(high, low);
}

std::optional<Id> Id::parse(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  std::uint64_t parts[2] = {0, 0};
  int nibbles = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return std::nullopt;
      continue;
    }
    std::uint64_t v;
    if (c >= '0' && c <= '9')
      v = static_cast<std::uint64_t>(c - '0');
    else if (c >= 'a' && c <= 'f')
      v = static_cast<std::uint64_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v = static_cast<std::uint64_t>(c - 'A' + 10);
    else
      return std::nullopt;
    std::uint64_t& part = parts[nibbles < 16 ? 0 : 1];
    part = (part << 4) | v;
    ++nibbles;
  }
  return Id(parts[0], parts[1]);
}

std::string Id::toString() const {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-%04llx-%04llx-%012llx",
                static_cast<unsigned long long>(high_ >> 32),
                static_cast<unsigned long long>((high_ >> 16) & 0xFFFF),
                static_cast<unsigned long long>(high_ & 0xFFFF),
                static_cast<unsigned long long>(low_ >> 48),
                static_cast<unsigned long long>(low_ & 0xFFFFFFFFFFFFULL));
  return buffer;
}

IdGenerator seededIdGenerator(std::uint64_t seed) {
  return [engine = std::mt19937_64(seed)]() mutable {
    const std::uint64_t high = engine();
    return Id::fromRandomBits(high, engine());
  };
}

IdGenerator randomIdGenerator() {
  std::random_device device;
  return seededIdGenerator((std::uint64_t{device()} << 32) ^ device());
}

}  // namespace valor
