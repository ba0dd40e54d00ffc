#include "ui/actuals/edgarclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <mutex>
#include <thread>

#include "core/common/log.h"

namespace valor::ui {

Result<EdgarAccess> edgarAccess(const QString& contact) {
  static std::mutex mutex;
  static std::unique_ptr<ProviderCache> cache;
  static bool cacheTried = false;
  static std::shared_ptr<ProviderClient> client;
  static QString clientContact;

  auto settings = edgarSettings("Valor IVX/" + QCoreApplication::applicationVersion().toStdString(),
                                contact.toStdString());
  if (!settings) return settings.error();
  std::lock_guard lock(mutex);
  if (!cacheTried) {
    cacheTried = true;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    auto opened = ProviderCache::open(
        QDir(folder).filePath(QStringLiteral("providers.sqlite")).toStdString());
    if (opened)
      cache = std::make_unique<ProviderCache>(std::move(opened).value());
    else
      logWarning("SEC EDGAR works without a cache: " + opened.error().message);
  }
  if (!client || clientContact != contact) {
    client = std::make_shared<ProviderClient>(
        settings.value(), curlHttpGet(), cache.get(), systemClock(),
        [](std::int64_t ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); });
    clientContact = contact;
  }
  const QByteArray mirror = qgetenv("VALOR_EDGAR_URL");
  return EdgarAccess{client,
                     mirror.isEmpty() ? EdgarEndpoints{} : edgarEndpointsAt(mirror.toStdString())};
}

}  // namespace valor::ui
