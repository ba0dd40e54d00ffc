#include "ui/sync/synccontroller.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <thread>

#include "core/sync/credentialsfile.h"
#include "ui/common/secrets.h"
#include "ui/settings/settings.h"
#include "ui/sync/syncworker.h"

namespace valor::ui {

SyncController::SyncController(Settings* settings, QObject* parent)
    : QObject(parent), settings_(settings), transport_(curlHttp()) {
  qRegisterMetaType<SyncStatus>();
  thread_.setObjectName(QStringLiteral("sync"));
}

SyncController::~SyncController() {
  *closing_ = true;
  for (std::thread& call : calls_) call.join();
  stopWorker();
}

HttpTransport SyncController::cancellableTransport() const {
  return [inner = transport_, closing = closing_](const HttpRequest& request) {
    HttpRequest r = request;
    r.cancelled = [closing] { return closing->load(); };
    return inner(r);
  };
}

QString SyncController::secretName() const {
  return QStringLiteral("sync %1 %2").arg(settings_->syncServer(), settings_->syncEmail());
}

QString SyncController::accountText() const {
  if (!account_) return tr("Not signed in");
  return tr("%1 at %2")
      .arg(QString::fromStdString(account_->email), QString::fromStdString(account_->server));
}

QString SyncController::statusText(const QString& scenario) const {
  if (!account_) return {};
  switch (status_.state) {
    case SyncStatus::State::SignedOut:
      return tr("Signed out of the server");
    case SyncStatus::State::Offline:
      return status_.pending() ? tr("Offline, %n edit(s) waiting", nullptr, status_.pending())
                               : tr("Offline");
    case SyncStatus::State::Syncing:
      return tr("Syncing…");
    case SyncStatus::State::UpToDate:
      break;
  }
  const auto it = status_.scenarios.find(scenario);
  const int pending = it != status_.scenarios.end() ? it->pending : status_.pending();
  const int conflicts = it != status_.scenarios.end() ? it->conflicts : status_.conflicts();
  QStringList parts;
  if (it != status_.scenarios.end() && it->viewOnly) parts << tr("View only");
  parts << (pending ? tr("%n edit(s) to send", nullptr, pending) : tr("Up to date"));
  if (conflicts) parts << tr("%n conflict(s) to review", nullptr, conflicts);
  return parts.join(QStringLiteral(" · "));
}

void SyncController::setWorkspace(std::shared_ptr<Workspace> workspace) {
  stopWorker();
  workspace_ = std::move(workspace);
  startWorker();
}

void SyncController::resume(std::function<void(const QString&)> done) {
  const auto finish = [done](const QString& problem) {
    if (done) done(problem);
  };
  const QString server = settings_->syncServer();
  const QString email = settings_->syncEmail();
  if (server.isEmpty() || email.isEmpty()) return finish({});
  if (settings_->syncSignInInFile()) {
    auto stored = readCredentials(defaultCredentialsPath());
    if (!stored) return finish(QString::fromStdString(stored.error().message));
    if (!stored.value() || stored.value()->server != server.toStdString() ||
        stored.value()->email != email.toStdString())
      return finish(tr("The saved sign-in is gone; sign in again."));
    account_ = *stored.value();
    emit accountChanged();
    startWorker();
    return finish({});
  }
  readSecret(
      secretName(), this,
      [this, server, email, finish](const QString& token, const QString& problem) {
        if (token.isEmpty()) return finish(problem);
        account_ = SyncAccount{server.toStdString(), token.toStdString(), email.toStdString(), {}};
        emit accountChanged();
        startWorker();
        finish({});
      });
}

void SyncController::signIn(const QString& server, const QString& email, const QString& password,
                            bool inFile, std::function<void(const QString&)> done) {
  QPointer<SyncController> self(this);
  // The network is never waited for on the window's thread.
  calls_.emplace_back([self, transport = cancellableTransport(),
                       server = server.trimmed().toStdString(),
                       email = email.trimmed().toStdString(), password = password.toStdString(),
                       inFile, done = std::move(done)]() mutable {
    auto account = valor::signIn(transport, server, email, password, {});
    QMetaObject::invokeMethod(
        qApp,
        [self, account = std::move(account), inFile, done = std::move(done)]() mutable {
          if (!self) return;
          if (!account) return done(QString::fromStdString(account.error().message));
          self->stopWorker();
          self->account_ = account.value();
          self->settings_->setSyncAccount(QString::fromStdString(account.value().server),
                                          QString::fromStdString(account.value().email), inFile);
          emit self->accountChanged();
          self->startWorker();
          if (inFile) {
            // valor-cli shares the file: a certificate it was given for this server stays.
            SyncAccount kept = account.value();
            if (auto before = readCredentials(defaultCredentialsPath());
                before && before.value() && before.value()->server == kept.server)
              kept.caFile = before.value()->caFile;
            auto written = writeCredentials(defaultCredentialsPath(), kept);
            return done(written ? QString() : QString::fromStdString(written.error().message));
          }
          storeSecret(self->secretName(), QString::fromStdString(account.value().token),
                      self.data(), std::move(done));
        },
        Qt::QueuedConnection);
  });
}

void SyncController::signOut() {
  if (!account_) return;
  const SyncAccount account = *account_;
  stopWorker();
  account_.reset();
  const bool inFile = settings_->syncSignInInFile();
  if (inFile)
    (void)removeCredentials(defaultCredentialsPath());
  else
    storeSecret(secretName(), QString(), this, [](const QString&) {});
  settings_->setSyncAccount({}, {}, inFile);
  status_ = {};
  emit accountChanged();
  emit statusChanged();
  // The server forgets the session too; off the window's thread, and no one waits for it.
  calls_.emplace_back(
      [transport = cancellableTransport(), account] { (void)valor::signOut(transport, account); });
}

void SyncController::setTransportForTests(HttpTransport transport, bool followEvents) {
  transport_ = std::move(transport);
  followEvents_ = followEvents;
}

void SyncController::startWorker() {
  if (worker_ || !account_ || !workspace_ || workspace_->readOnly()) return;
  auto connection = workspace_->openSecondWriter();
  if (!connection) {
    emit failed(QString::fromStdString(connection.error().message));
    return;
  }
  worker_ = new SyncWorker(std::move(connection).value(), *account_, transport_, followEvents_);
  worker_->moveToThread(&thread_);
  connect(worker_, &SyncWorker::statusChanged, this, [this](const SyncStatus& status) {
    status_ = status;
    emit statusChanged();
  });
  connect(worker_, &SyncWorker::scenarioChanged, this, &SyncController::scenarioChanged);
  connect(worker_, &SyncWorker::scenarioOpened, this, &SyncController::scenarioOpened);
  connect(worker_, &SyncWorker::scenarioShared, this, &SyncController::scenarioShared);
  connect(worker_, &SyncWorker::remoteListed, this, &SyncController::remoteListed);
  connect(worker_, &SyncWorker::presenceChanged, this, &SyncController::presenceChanged);
  connect(worker_, &SyncWorker::failed, this, &SyncController::failed);
  connect(worker_, &SyncWorker::auditListed, this, &SyncController::auditListed);
  connect(worker_, &SyncWorker::auditRefused, this, &SyncController::auditRefused);
  connect(worker_, &SyncWorker::signedOut, this,
          [this] { emit failed(tr("The server no longer accepts your sign-in; sign in again.")); });
  thread_.start();
  QMetaObject::invokeMethod(worker_, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncController::stopWorker() {
  if (!worker_) return;
  worker_->requestStop();
  QMetaObject::invokeMethod(worker_, &SyncWorker::stop, Qt::BlockingQueuedConnection);
  thread_.quit();
  thread_.wait();
  delete worker_;
  worker_ = nullptr;
}

template <typename Slot, typename... Args>
void SyncController::post(Slot slot, Args... args) {
  if (!worker_) return;
  QMetaObject::invokeMethod(
      worker_, [worker = worker_, slot, args...] { (worker->*slot)(args...); },
      Qt::QueuedConnection);
}

void SyncController::share(const Id& scenario, const QStringList& viewers,
                           const QStringList& editors) {
  post(&SyncWorker::share, QString::fromStdString(scenario.toString()), viewers, editors);
}

void SyncController::openShared(const QString& remoteId) {
  post(&SyncWorker::openShared, remoteId);
}

void SyncController::listRemote() {
  post(&SyncWorker::listRemote);
}

void SyncController::syncNow() {
  post(&SyncWorker::syncAll);
}

void SyncController::localEdit(const Id& scenario) {
  post(&SyncWorker::localEdit, QString::fromStdString(scenario.toString()));
}

void SyncController::auditTrail(const Id& scenario) {
  post(&SyncWorker::auditTrail, QString::fromStdString(scenario.toString()));
}

void SyncController::setPresence(const Id& scenario, bool open) {
  post(&SyncWorker::setPresence, QString::fromStdString(scenario.toString()), open);
}

}  // namespace valor::ui
