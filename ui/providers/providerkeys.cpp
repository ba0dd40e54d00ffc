#include "ui/providers/providerkeys.h"

#include <qt6keychain/keychain.h>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace valor::ui {
namespace {

const QString kService = QStringLiteral("Valor IVX");

// The keys of this session, for a machine whose keychain cannot keep them.
QHash<QString, QString>& sessionKeys() {
  static QHash<QString, QString> keys;
  return keys;
}

QString unavailable(const QKeychain::Job* job) {
  return QCoreApplication::translate(
             "valor::ui::ProviderKeys",
             "The system keychain is not available (%1): the key is kept until Valor closes.")
      .arg(job->errorString());
}

}  // namespace

void readProviderKey(const QString& provider, QObject* context,
                     std::function<void(const QString&, const QString&)> done) {
  auto* job = new QKeychain::ReadPasswordJob(kService);
  job->setAutoDelete(true);
  job->setKey(provider);
  QObject::connect(job, &QKeychain::Job::finished, context,
                   [provider, done = std::move(done)](QKeychain::Job* finished) {
                     auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                     if (read->error() == QKeychain::NoError)
                       return done(read->textData(), QString());
                     if (read->error() == QKeychain::EntryNotFound)
                       return done(sessionKeys().value(provider), QString());
                     done(sessionKeys().value(provider), unavailable(read));
                   });
  job->start();
}

void storeProviderKey(const QString& provider, const QString& key, QObject* context,
                      std::function<void(const QString&)> done) {
  if (key.isEmpty())
    sessionKeys().remove(provider);
  else
    sessionKeys().insert(provider, key);
  QKeychain::Job* job = nullptr;
  if (key.isEmpty()) {
    job = new QKeychain::DeletePasswordJob(kService);
  } else {
    auto* write = new QKeychain::WritePasswordJob(kService);
    write->setTextData(key);
    job = write;
  }
  job->setAutoDelete(true);
  job->setKey(provider);
  QObject::connect(
      job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        const bool gone = finished->error() == QKeychain::EntryNotFound;
        done(finished->error() == QKeychain::NoError || gone ? QString() : unavailable(finished));
      });
  job->start();
}

}  // namespace valor::ui
