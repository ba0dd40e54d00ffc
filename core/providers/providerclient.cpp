#include "core/providers/providerclient.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/common/log.h"

namespace valor {
namespace {

bool retryableTransport(const std::string& code) {
  return code == "http.offline" || code == "http.timeout" || code == "http.failed";
}

std::string plural(std::int64_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

}  // namespace

ProviderClient::Sleep threadSleep() {
  return [](std::int64_t ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
}

std::string ageText(std::int64_t ms) {
  const std::int64_t minutes = std::max<std::int64_t>(ms, 0) / 60'000;
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return plural(minutes, "minute");
  if (minutes < 48 * 60) return plural(minutes / 60, "hour");
  return plural(minutes / (24 * 60), "day");
}

ProviderClient::ProviderClient(ProviderSettings settings, HttpTransport get, ProviderCache* cache,
                               Clock clock, Sleep sleep)
    : settings_(std::move(settings)),
      get_(std::move(get)),
      cache_(cache),
      clock_(std::move(clock)),
      sleep_(std::move(sleep)),
      breaker_(settings_.breakerFailures, settings_.breakerOpenMs) {}

Result<FetchedDocument> ProviderClient::fetch(const std::string& url, const std::string& key,
                                              std::int64_t ttlMs, const Readable& readable,
                                              bool offline,
                                              const std::function<bool()>& cancelled) {
  std::lock_guard lock(mutex_);
  std::optional<CachedAnswer> cached;
  if (cache_) {
    auto found = cache_->find(settings_.id, key);
    if (found)
      cached = std::move(found).value();
    else
      logWarning("provider cache: " + found.error().message);
  }
  if (cached && (offline || clock_() - cached->fetchedMs < ttlMs))
    return FetchedDocument{std::move(cached->body), cached->fetchedMs, true, std::nullopt};
  if (offline)
    return Error{"provider.not_cached",
                 "working offline, and this machine has no copy from " + settings_.name +
                     " yet: fetch it once while connected",
                 redactedUrl(url)};

  auto fetched = fetchFromNetwork(url, readable, cancelled);
  if (fetched) {
    if (cache_) {
      auto stored =
          cache_->store(settings_.id, key, {fetched.value().body, fetched.value().fetchedMs});
      if (!stored) logWarning("provider cache: " + stored.error().message);
    }
    return fetched;
  }
  const std::string& code = fetched.error().code;
  if (!cached || code == "http.cancelled" || code == "provider.not_found") return fetched;
  return FetchedDocument{std::move(cached->body), cached->fetchedMs, true, fetched.error()};
}

Result<FetchedDocument> ProviderClient::fetchFromNetwork(const std::string& url,
                                                         const Readable& readable,
                                                         const std::function<bool()>& cancelled) {
  const std::string& name = settings_.name;
  const std::string shown = redactedUrl(url);  // a key in the query never reaches a message
  const Error cancelledError{"http.cancelled", "cancelled", shown};
  Error last{"provider.unavailable", name + " could not be asked", shown};
  for (int attempt = 0; attempt < settings_.attempts; ++attempt) {
    if (cancelled && cancelled()) return cancelledError;
    const std::int64_t now = clock_();
    if (!breaker_.allow(now)) {
      const std::int64_t wait =
          std::max<std::int64_t>((breaker_.retryAtMs() - now + 999) / 1000, 1);
      return Error{"provider.circuit_open",
                   name + " failed " + std::to_string(settings_.breakerFailures) +
                       " times in a row; it is not asked again for " + plural(wait, "second") +
                       (attempt == 0 ? std::string() : " (last: " + last.message + ")"),
                   shown};
    }
    waitForRateLimit();
    HttpRequest request;
    request.url = url;
    request.userAgent = settings_.userAgent;
    request.timeoutMs = settings_.timeoutMs;
    request.cancelled = cancelled;
    // A throw (out of memory on a huge answer) must not leave the breaker waiting on a probe.
    struct ProbeGuard {
      CircuitBreaker& breaker;
      bool done = false;
      ~ProbeGuard() {
        if (!done) breaker.abandon();
      }
    } guard{breaker_};
    auto answer = get_(request);
    std::int64_t wait = settings_.backoffMs << attempt;
    wait = wait / 2 + static_cast<std::int64_t>(jitter_() % static_cast<unsigned>(wait / 2 + 1));
    if (!answer) {
      const Error& e = answer.error();
      // Cancelled, or an address curl cannot use: no verdict on the provider (the guard lets
      // another caller probe).
      if (e.code == "http.cancelled") return cancelledError;
      if (e.code == "http.bad_request")
        return Error{"provider.unavailable", name + ": " + e.message, shown};
      guard.done = true;
      breaker_.recordFailure(clock_());
      last = Error{e.code == "http.offline" ? "provider.offline" : "provider.unavailable",
                   name + ": " + e.message, shown};
      if (e.code == "http.timeout") last.code = "provider.timeout";
      if (!retryableTransport(e.code)) return last;
    } else {
      const HttpResponse& r = answer.value();
      // Every branch below gives the breaker its verdict; a 2xx only once its body was read.
      guard.done = r.status < 200 || r.status >= 300;
      if (r.status >= 200 && r.status < 300) {
        Status read = readable ? readable(r.body) : Status{std::monostate{}};
        guard.done = true;
        if (read) {
          breaker_.recordSuccess();
          return FetchedDocument{r.body, clock_(), false, std::nullopt};
        }
        // The provider's own verdict in an answer that reads (a quota note, a refused key): said
        // as it is, not retried.
        if (read.error().code == "provider.rate_limited") {
          breaker_.recordFailure(clock_());
          return Error{read.error().code, read.error().message, shown};
        }
        if (read.error().code.rfind("provider.", 0) == 0) {
          breaker_.recordSuccess();
          return Error{read.error().code, read.error().message, shown};
        }
        breaker_.recordFailure(clock_());
        last = Error{"provider.malformed",
                     name + " sent an answer that cannot be read (" + read.error().message + ")",
                     shown};
      } else if (r.status == 404 || r.status == 410) {
        breaker_.recordSuccess();  // the provider works; the document does not exist
        return Error{"provider.not_found", name + " has no such document (HTTP 404)", shown};
      } else if (r.status == 429) {
        breaker_.recordFailure(clock_());
        // Compared in seconds before multiplying: a huge Retry-After must not overflow.
        if (r.retryAfterSeconds && *r.retryAfterSeconds > settings_.maxWaitMs / 1000)
          wait = settings_.maxWaitMs + 1;
        else if (r.retryAfterSeconds)
          wait = *r.retryAfterSeconds * 1000;
        last = Error{
            "provider.rate_limited",
            name + " asks for fewer requests (HTTP 429" +
                (r.retryAfterSeconds ? ", retry after " + plural(*r.retryAfterSeconds, "second")
                                     : std::string()) +
                ")",
            shown};
        if (wait > settings_.maxWaitMs) return last;
      } else if (r.status >= 500) {
        breaker_.recordFailure(clock_());
        last = Error{"provider.unavailable",
                     name + " is unavailable (HTTP " + std::to_string(r.status) + ")", shown};
        // A 503 may say when to come back; a wait longer than the client's is not waited for.
        if (r.retryAfterSeconds && *r.retryAfterSeconds > settings_.maxWaitMs / 1000) return last;
        if (r.retryAfterSeconds) wait = std::max(wait, *r.retryAfterSeconds * 1000);
      } else {
        breaker_.recordSuccess();
        return Error{"provider.refused",
                     name + " refused the request (HTTP " + std::to_string(r.status) + ")" +
                         (r.status == 403 ? ": it asks every client to identify itself with a "
                                            "name and e-mail address; check the contact given"
                                          : ""),
                     shown};
      }
    }
    if (attempt + 1 < settings_.attempts && !pause(wait, cancelled)) return cancelledError;
  }
  return last;
}

void ProviderClient::waitForRateLimit() {
  const std::int64_t now = clock_();
  if (now < nextRequestMs_) sleep_(nextRequestMs_ - now);
  nextRequestMs_ = std::max(now, nextRequestMs_) + 1000 / std::max(settings_.requestsPerSecond, 1);
}

bool ProviderClient::pause(std::int64_t ms, const std::function<bool()>& cancelled) {
  for (std::int64_t left = ms; left > 0; left -= 100) {
    if (cancelled && cancelled()) return false;
    sleep_(std::min<std::int64_t>(left, 100));
  }
  return !(cancelled && cancelled());
}

}  // namespace valor
