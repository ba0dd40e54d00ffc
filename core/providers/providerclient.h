#pragma once
// How Valor asks a data provider for one document: from the cache while it is fresh; else over
// the network, spaced to the provider's rate limit, retried with exponential backoff and jitter
// on timeouts, 429 and 5xx (honouring Retry-After), through the provider's circuit breaker;
// and when all that fails, the last known good answer from the cache, with why and how old.
// Nothing here knows what the documents mean: the caller says whether an answer is readable.
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <string>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/providers/circuitbreaker.h"
#include "core/providers/http.h"
#include "core/providers/providercache.h"

namespace valor {

struct ProviderSettings {
  std::string id;         // "sec-edgar": the cache's and the breaker's name for it
  std::string name;       // "SEC EDGAR", in messages
  std::string userAgent;  // as the provider asks clients to identify themselves
  int requestsPerSecond = 10;
  int attempts = 3;                 // per document, the first included
  std::int64_t backoffMs = 500;     // before the 2nd attempt; doubled each time, with jitter
  std::int64_t maxWaitMs = 30'000;  // a Retry-After longer than this is not waited for
  long timeoutMs = 20'000;
  int breakerFailures = 5;
  std::int64_t breakerOpenMs = 60'000;
};

struct FetchedDocument {
  std::string body;
  std::int64_t fetchedMs = 0;  // when the provider gave it
  bool fromCache = false;
  std::optional<Error> staleBecause;  // set when a fresher copy was wanted but could not be had
};

class ProviderClient {
 public:
  using Sleep = std::function<void(std::int64_t ms)>;
  // Whether an answer can be used. An error coded "provider.…" is the provider's own verdict
  // in a well-formed answer (a quota note: "provider.rate_limited"; a refused key) and is
  // returned as it is; any other means the answer is broken and is retried.
  using Readable = std::function<Status(const std::string& body)>;

  // `cache` may be null (nothing kept). `sleep` waits; tests pass one that advances their clock.
  ProviderClient(ProviderSettings settings, HttpTransport get, ProviderCache* cache, Clock clock,
                 Sleep sleep);

  // `key` names the document in the cache ("facts/CIK0000320193"). `ttlMs`: how long a cached
  // copy is used without asking. `offline`: the cache only. Errors: "provider.not_found",
  // "provider.rate_limited", "provider.unavailable", "provider.malformed",
  // "provider.circuit_open", "provider.offline", "provider.not_cached", "http.cancelled" …,
  // each message naming the provider.
  Result<FetchedDocument> fetch(const std::string& url, const std::string& key, std::int64_t ttlMs,
                                const Readable& readable, bool offline,
                                const std::function<bool()>& cancelled = {});

  const CircuitBreaker& breaker() const { return breaker_; }

 private:
  Result<FetchedDocument> fetchFromNetwork(const std::string& url, const Readable& readable,
                                           const std::function<bool()>& cancelled);
  void waitForRateLimit();
  bool pause(std::int64_t ms, const std::function<bool()>& cancelled);

  ProviderSettings settings_;
  HttpTransport get_;
  ProviderCache* cache_;
  Clock clock_;
  Sleep sleep_;
  CircuitBreaker breaker_;
  std::mutex mutex_;  // one request of a provider at a time: the rate limit is per client
  std::int64_t nextRequestMs_ = 0;
  std::minstd_rand jitter_{20261204};
};

// The applications' wait: this thread sleeps (tests pass one that moves their clock instead).
ProviderClient::Sleep threadSleep();

// "3 hours", "2 days": how old a cached answer is, for the messages that show it.
std::string ageText(std::int64_t ms);

}  // namespace valor
