#include "ui/common/secrets.h"

#include <qt6keychain/keychain.h>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace valor::ui {
namespace {

const QString kService = QStringLiteral("Valor IVX");

// The secrets of this session, for a machine whose keychain cannot keep them.
QHash<QString, QString>& sessionSecrets() {
  static QHash<QString, QString> keys;
  return keys;
}

QString unavailable(const QKeychain::Job* job) {
  return QCoreApplication::translate(
             "valor::ui::Secrets",
             "The system keychain is not available (%1): the key is kept until Valor closes.")
      .arg(job->errorString());
}

}  // namespace

void readSecret(const QString& name, QObject* context,
                std::function<void(const QString&, const QString&)> done) {
  auto* job = new QKeychain::ReadPasswordJob(kService);
  job->setAutoDelete(true);
  job->setKey(name);
  QObject::connect(job, &QKeychain::Job::finished, context,
                   [name, done = std::move(done)](QKeychain::Job* finished) {
                     auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                     if (read->error() == QKeychain::NoError)
                       return done(read->textData(), QString());
                     if (read->error() == QKeychain::EntryNotFound)
                       return done(sessionSecrets().value(name), QString());
                     done(sessionSecrets().value(name), unavailable(read));
                   });
  job->start();
}

void storeSecret(const QString& name, const QString& secret, QObject* context,
                 std::function<void(const QString&)> done) {
  if (secret.isEmpty())
    sessionSecrets().remove(name);
  else
    sessionSecrets().insert(name, secret);
  QKeychain::Job* job = nullptr;
  if (secret.isEmpty()) {
    job = new QKeychain::DeletePasswordJob(kService);
  } else {
    auto* write = new QKeychain::WritePasswordJob(kService);
    write->setTextData(secret);
    job = write;
  }
  job->setAutoDelete(true);
  job->setKey(name);
  QObject::connect(
      job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        const bool gone = finished->error() == QKeychain::EntryNotFound;
        done(finished->error() == QKeychain::NoError || gone ? QString() : unavailable(finished));
      });
  job->start();
}

}  // namespace valor::ui
