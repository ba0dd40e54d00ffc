#include "ui/actuals/edgarclient.h"

#include <QCoreApplication>

#include <mutex>

#include "ui/providers/providercachefile.h"

namespace valor::ui {

Result<EdgarAccess> edgarAccess(const QString& contact) {
  static std::mutex mutex;
  static std::shared_ptr<ProviderClient> client;
  static QString clientContact;

  auto settings = edgarSettings("Valor IVX/" + QCoreApplication::applicationVersion().toStdString(),
                                contact.toStdString());
  if (!settings) return settings.error();
  std::lock_guard lock(mutex);
  if (!client || clientContact != contact) {
    client = std::make_shared<ProviderClient>(
        settings.value(), curlHttp(), applicationProviderCache(), systemClock(), threadSleep());
    clientContact = contact;
  }
  const QByteArray mirror = qgetenv("VALOR_EDGAR_URL");
  return EdgarAccess{client,
                     mirror.isEmpty() ? EdgarEndpoints{} : edgarEndpointsAt(mirror.toStdString())};
}

}  // namespace valor::ui
