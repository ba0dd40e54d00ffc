#pragma once
// The desktop's sync worker: lives on a thread of its own with its own connection to the
// workspace (Workspace::openSecondWriter), so the window never waits for the network or for a
// large pull being stored. It pushes an edit shortly after it is made, pulls when the server's
// event stream pokes (read on one more thread), retries with exponential backoff and jitter
// while offline, and reports what it did through queued signals.
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <random>
#include <set>
#include <thread>

#include "core/store/workspace.h"
#include "core/sync/syncclient.h"
#include "ui/sync/syncstatus.h"

namespace valor::ui {

class SyncWorker : public QObject {
  Q_OBJECT

 public:
  // `transport`: curlHttp() in the application; tests may pass another.
  SyncWorker(std::unique_ptr<Workspace> connection, SyncAccount account, HttpTransport transport,
             bool followEvents);
  ~SyncWorker() override;

 public slots:
  // On the worker's thread, once it runs: the event stream, then a sync of everything shared.
  void start();
  // Before the thread ends: the event stream stops, the connection closes.
  void stop();
  // Thread-safe: transfers in progress are cut short, so stop() is reached at once.
  void requestStop() { stopping_ = true; }
  void syncAll();
  void syncScenario(const QString& scenario);
  // A local edit was stored, or the server announced a new revision: synced after a short
  // pause, so a burst of edits or pokes is one sync.
  void localEdit(const QString& scenario);
  void share(const QString& scenario, const QStringList& viewers, const QStringList& editors);
  void openShared(const QString& remoteId);
  void listRemote();
  void setPresence(const QString& scenario, bool open);
  void auditTrail(const QString& scenario);

 signals:
  void statusChanged(const valor::ui::SyncStatus& status);
  // Colleagues' changes were stored into a scenario (its views should reload).
  void scenarioChanged(const QString& scenario, const QString& authors);
  void scenarioOpened(const QString& scenario);
  void scenarioShared(const QString& scenario);
  // id, name, owner, access per scenario on the server, in that order.
  void remoteListed(const QList<QStringList>& scenarios);
  void presenceChanged(const QString& scenario, const QStringList& users);
  // The server's audit entries of a scenario (JSON array text), or why there are none.
  void auditListed(const QString& scenario, const QByteArray& entries);
  void auditRefused(const QString& scenario, const QString& message);
  void failed(const QString& message);
  // The server no longer accepts the sign-in: the window asks for it again.
  void signedOut();

 private:
  void syncOne(const Id& scenario);
  void handleFailure(const Error& error);
  void publishStatus();
  void scheduleRetry();
  void followServerEvents();
  void onServerEvent(const std::string& type, const std::string& data);

  std::unique_ptr<Workspace> workspace_;
  SyncAccount account_;
  HttpTransport transport_;
  std::unique_ptr<SyncClient> client_;
  bool followEvents_ = true;
  SyncStatus::State state_ = SyncStatus::State::Syncing;
  QString problem_;
  QTimer* pushTimer_ = nullptr;
  QTimer* retryTimer_ = nullptr;
  QTimer* presenceTimer_ = nullptr;
  std::set<QString> editedSince_;
  std::set<QString> openScenarios_;
  int retryExponent_ = 0;
  std::mt19937 jitter_{std::random_device{}()};
  std::atomic<bool> stopping_{false};
  std::thread events_;
};

}  // namespace valor::ui
