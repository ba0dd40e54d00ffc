#include "core/providers/circuitbreaker.h"

namespace valor {

bool CircuitBreaker::allow(std::int64_t nowMs) {
  std::lock_guard lock(mutex_);
  if (!open_) return true;
  if (probing_ || nowMs < openedAtMs_ + openMs_) return false;
  probing_ = true;
  return true;
}

void CircuitBreaker::recordSuccess() {
  std::lock_guard lock(mutex_);
  failures_ = 0;
  open_ = false;
  probing_ = false;
}

void CircuitBreaker::recordFailure(std::int64_t nowMs) {
  std::lock_guard lock(mutex_);
  ++failures_;
  if (probing_ || failures_ >= threshold_) {
    open_ = true;
    openedAtMs_ = nowMs;
  }
  probing_ = false;
}

void CircuitBreaker::abandon() {
  std::lock_guard lock(mutex_);
  probing_ = false;
}

CircuitBreaker::State CircuitBreaker::state(std::int64_t nowMs) const {
  std::lock_guard lock(mutex_);
  if (!open_) return State::Closed;
  return probing_ || nowMs >= openedAtMs_ + openMs_ ? State::HalfOpen : State::Open;
}

std::int64_t CircuitBreaker::retryAtMs() const {
  std::lock_guard lock(mutex_);
  return open_ ? openedAtMs_ + openMs_ : 0;
}

int CircuitBreaker::consecutiveFailures() const {
  std::lock_guard lock(mutex_);
  return failures_;
}

}  // namespace valor
