#pragma once
// What the data providers answered, kept on this machine (not in any workspace) so that
// everything works offline: each answer with the time it was fetched. A fresh answer (younger
// than its time-to-live) saves a request; an old one is the last known good, served when the
// provider cannot be reached, with its age said. Only answers that were read successfully are
// kept, so a truncated or malformed answer never replaces a good one.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/sqlite.h"

namespace valor {

struct CachedAnswer {
  std::string body;
  std::int64_t fetchedMs = 0;
};

class ProviderCache {
 public:
  // Creates the file (and its table) when missing. Safe to share between threads.
  static Result<ProviderCache> open(const std::string& path);
  ProviderCache(ProviderCache&& other) noexcept : db_(std::move(other.db_)) {}

  Result<std::optional<CachedAnswer>> find(const std::string& provider, const std::string& key);
  Status store(const std::string& provider, const std::string& key, const CachedAnswer& answer);

 private:
  explicit ProviderCache(sql::Database db) : db_(std::move(db)) {}
  std::mutex mutex_;
  sql::Database db_;
};

// The cache file of this user, in the desktop's own cache folder so the command line and the
// desktop share one cache: $XDG_CACHE_HOME (or ~/.cache)/Valor IVX/Valor/providers.sqlite;
// on Windows %LOCALAPPDATA%/Valor IVX/Valor/cache/providers.sqlite.
std::string defaultProviderCachePath();

}  // namespace valor
