#include "core/providers/providercache.h"

#include <cstdlib>
#include <filesystem>

namespace valor {

Result<ProviderCache> ProviderCache::open(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
  if (!db) return db.error();
  // Another process (the desktop, valor-cli) may be writing: wait for it rather than fail.
  auto ready = db.value().execute(
      "PRAGMA busy_timeout = 5000;"
      "PRAGMA journal_mode = WAL;"
      "CREATE TABLE IF NOT EXISTS answers ("
      "  provider TEXT NOT NULL, key TEXT NOT NULL, body BLOB NOT NULL,"
      "  fetched_ms INTEGER NOT NULL, PRIMARY KEY (provider, key))");
  if (!ready) return Error{"cache.unusable", ready.error().message, path};
  return ProviderCache(std::move(db).value());
}

Result<std::optional<CachedAnswer>> ProviderCache::find(const std::string& provider,
                                                        const std::string& key) {
  std::lock_guard lock(mutex_);
  auto query = db_.prepare("SELECT body, fetched_ms FROM answers WHERE provider = ? AND key = ?");
  if (!query) return query.error();
  query.value().bind(1, provider).bind(2, key);
  auto row = query.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<CachedAnswer>{};
  return std::optional<CachedAnswer>{CachedAnswer{query.value().text(0), query.value().integer(1)}};
}

Status ProviderCache::store(const std::string& provider, const std::string& key,
                            const CachedAnswer& answer) {
  std::lock_guard lock(mutex_);
  auto insert = db_.prepare(
      "INSERT INTO answers (provider, key, body, fetched_ms) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (provider, key) DO UPDATE SET body = excluded.body, "
      "fetched_ms = excluded.fetched_ms");
  if (!insert) return insert.error();
  return insert.value()
      .bind(1, provider)
      .bind(2, key)
      .bind(3, answer.body)
      .bind(4, static_cast<std::int64_t>(answer.fetchedMs))
      .run();
}

std::string defaultProviderCachePath() {
#ifdef _WIN32
  // Where Qt's CacheLocation puts the desktop's: %LOCALAPPDATA%\Valor IVX\Valor\cache.
  const char* local = std::getenv("LOCALAPPDATA");
  if (local && *local) return std::string(local) + "/Valor IVX/Valor/cache/providers.sqlite";
#endif
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  const std::string base = xdg && *xdg ? xdg : std::string(home ? home : ".") + "/.cache";
  return base + "/Valor IVX/Valor/providers.sqlite";
}

}  // namespace valor
