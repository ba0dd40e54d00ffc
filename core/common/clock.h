#pragma once
// Time is injected: core code never reads the system clock itself. Applications pass
// systemClock(); tests pass a fixed or stepping clock.
#include <chrono>
#include <cstdint>
#include <ctime>
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

// The calendar time (UTC) of a clock reading, for names and messages.
inline std::tm utcTime(std::int64_t ms) {
  const auto seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
#ifdef _WIN32
  gmtime_s(&utc, &seconds);
#else
  gmtime_r(&seconds, &utc);
#endif
  return utc;
}

}  // namespace valor
