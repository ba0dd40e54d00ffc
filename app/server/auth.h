#pragma once
// Credentials: passwords as Argon2id hashes (libsodium crypto_pwhash, 64 MiB and 2 passes —
// above OWASP's minimum of 19 MiB / 2), session and API tokens as 256 random bits shown once
// and stored only as their BLAKE2b hash, and a token bucket that slows password guessing per
// account and per address.
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/common/result.h"

namespace valor::server {

// Starts libsodium; false when the system offers no random source.
bool startCrypto();

Result<std::string> hashPassword(const std::string& password);
bool verifyPassword(const std::string& hash, const std::string& password);
// A hash no password matches, verified when a login names no account, so that the answer takes
// as long as for a real account and does not tell which e-mail addresses exist.
const std::string& decoyPasswordHash();
// At least 12 characters and no more than 256 (Argon2id hashes any length; the cap keeps a
// request from making it hash megabytes).
std::optional<std::string> passwordProblem(const std::string& password);

// "vs_…" for sessions, "vt_…" for API tokens: 43 URL-safe characters after the prefix.
std::string newToken(const char* prefix);
std::string tokenHash(const std::string& token);
// A readable one-time password for `init` and `user add` (24 characters from 32 symbols).
std::string newPassword();

// Per key (an e-mail, an address): `burst` attempts at once, then one per `refill`. Thread-safe.
class LoginThrottle {
 public:
  LoginThrottle(int burst, std::chrono::milliseconds refill) : burst_(burst), refill_(refill) {}
  // Takes one attempt at `nowMs`; when none is left, the seconds until one is.
  std::optional<std::int64_t> take(const std::string& key, std::int64_t nowMs);

 private:
  static constexpr std::size_t kMaxKeys = 100'000;
  struct Bucket {
    double tokens = 0;
    std::int64_t updatedMs = 0;
  };
  int burst_;
  std::chrono::milliseconds refill_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace valor::server
