#include "app/server/auth.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace valor::server {

bool startCrypto() {
  return sodium_init() >= 0;
}

Result<std::string> hashPassword(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Error{"auth.memory", "not enough memory to hash the password", {}};
  return std::string(out);
}

bool verifyPassword(const std::string& hash, const std::string& password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

const std::string& decoyPasswordHash() {
  static const std::string decoy = [] {
    auto hash = hashPassword(newToken("decoy_"));
    return hash ? hash.value() : std::string();
  }();
  return decoy;
}

std::optional<std::string> passwordProblem(const std::string& password) {
  if (password.size() < 12) return std::string("a password needs at least 12 characters");
  if (password.size() > 256) return std::string("a password may have at most 256 characters");
  return std::nullopt;
}

std::string newToken(const char* prefix) {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char text[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(text, sizeof text, bytes, sizeof bytes,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(prefix) + text;
}

std::string tokenHash(const std::string& token) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

std::string newPassword() {
  static constexpr char kSymbols[] = "abcdefghjkmnpqrstuvwxyz23456789";  // no 0/o, 1/l/i
  std::string out;
  for (int i = 0; i < 24; ++i) {
    out += kSymbols[randombytes_uniform(sizeof kSymbols - 1)];
    if (i % 6 == 5 && i < 23) out += '-';
  }
  return out;
}

std::optional<std::int64_t> LoginThrottle::take(const std::string& key, std::int64_t nowMs) {
  std::lock_guard lock(mutex_);
  const double refillMs = static_cast<double>(refill_.count());
  if (buckets_.size() >= kMaxKeys)  // forget keys that are full again: they hold no state
    std::erase_if(buckets_, [&](const auto& entry) {
      const Bucket& b = entry.second;
      return b.tokens + static_cast<double>(nowMs - b.updatedMs) / refillMs >= burst_;
    });
  auto it = buckets_.try_emplace(key, Bucket{static_cast<double>(burst_), nowMs}).first;
  Bucket& b = it->second;
  b.tokens =
      std::min<double>(burst_, b.tokens + static_cast<double>(nowMs - b.updatedMs) / refillMs);
  b.updatedMs = nowMs;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return std::nullopt;
  }
  return static_cast<std::int64_t>(std::ceil((1 - b.tokens) * refillMs / 1000.0));
}

}  // namespace valor::server
