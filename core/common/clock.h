#pragma once
// Time is injected: core code never reads the system clock itself. Applications pass
// systemClock(); tests pass a fixed or stepping clock.
#include <chrono>
#include <cstdint>
#include <functional>

namespace valor {

// Milliseconds since 1970-01-01 UTC.
using Clock = std::function<std::int64_t()>;

inline Clock systemClock() {
  return [] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  };
}

}  // namespace valor
