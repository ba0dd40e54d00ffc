#include "ui/providers/providercachefile.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>
#include <mutex>

#include "core/common/log.h"
#include "core/providers/providercache.h"

namespace valor::ui {

ProviderCache* applicationProviderCache() {
  static std::once_flag opened;
  static std::unique_ptr<ProviderCache> cache;
  std::call_once(opened, [] {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    auto db = ProviderCache::open(
        QDir(folder).filePath(QStringLiteral("providers.sqlite")).toStdString());
    if (db)
      cache = std::make_unique<ProviderCache>(std::move(db).value());
    else
      logWarning("data providers work without a cache: " + db.error().message);
  });
  return cache.get();
}

}  // namespace valor::ui
