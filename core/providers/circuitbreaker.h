#pragma once
// A circuit breaker per provider (Nygard, "Release It!"): after a run of consecutive failures
// the provider is not asked at all for a while — the analyst gets the cached figures and a
// clear message at once instead of waiting on timeouts — then one probe request is let through
// (half-open); its success closes the circuit, its failure opens it again.
#include <cstdint>
#include <mutex>

namespace valor {

class CircuitBreaker {
 public:
  enum class State { Closed, Open, HalfOpen };

  explicit CircuitBreaker(int failureThreshold = 5, std::int64_t openMs = 60'000)
      : threshold_(failureThreshold), openMs_(openMs) {}

  // Whether a request may go out now. In the open state after the wait, the first caller
  // becomes the half-open probe; others are refused until it reports.
  bool allow(std::int64_t nowMs);
  void recordSuccess();
  void recordFailure(std::int64_t nowMs);
  // A request let through that ended with no verdict (cancelled by the user): the next caller
  // may probe instead.
  void abandon();

  State state(std::int64_t nowMs) const;
  // When an open circuit lets its probe through (ms since the epoch); 0 when closed.
  std::int64_t retryAtMs() const;
  int consecutiveFailures() const;

 private:
  mutable std::mutex mutex_;
  int threshold_;
  std::int64_t openMs_;
  int failures_ = 0;
  std::int64_t openedAtMs_ = 0;
  bool open_ = false;
  bool probing_ = false;
};

}  // namespace valor
