#pragma once
// Stable 128-bit entity IDs (random, RFC 4122 version 4 layout). Mutations, history and sync
// address fields by entity ID, so IDs never change once given. Randomness is injected: core
// never seeds anything itself.
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace valor {

class Id {
 public:
  Id() = default;  // the nil ID: "no entity"
  static Id fromRandomBits(std::uint64_t high, std::uint64_t low);
  // Accepts the canonical 8-4-4-4-12 lower- or upper-case hex form.
  static std::optional<Id> parse(std::string_view text);

  bool isNil() const { return high_ == 0 && low_ == 0; }
  std::string toString() const;

  friend auto operator<=>(const Id&, const Id&) = default;

 private:
  Id(std::uint64_t high, std::uint64_t low) : high_(high), low_(low) {}
  std::uint64_t high_ = 0;
  std::uint64_t low_ = 0;
};

// Supplies new IDs; the application passes one backed by a random device, tests a seeded one.
using IdGenerator = std::function<Id()>;
IdGenerator seededIdGenerator(std::uint64_t seed);
// For applications: a generator seeded from the system's random device. Core code never calls
// it; it takes an IdGenerator.
IdGenerator randomIdGenerator();

}  // namespace valor
