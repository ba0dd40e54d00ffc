#pragma once
// The window's side of sync: the account (server, e-mail; the sign-in in the system keychain,
// or in a file where the analyst chose one), the worker thread for the open workspace, and
// the latest status. Nothing here waits for the network: sign-in runs on a pool thread and
// everything else on the worker.
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "core/store/workspace.h"
#include "core/sync/syncclient.h"
#include "ui/sync/syncstatus.h"

namespace valor::ui {

class Settings;
class SyncWorker;

class SyncController : public QObject {
  Q_OBJECT

 public:
  explicit SyncController(Settings* settings, QObject* parent = nullptr);
  ~SyncController() override;

  // The open workspace (null: none). The worker follows it; a read-only one is not synced.
  void setWorkspace(std::shared_ptr<Workspace> workspace);
  // Takes the saved sign-in (keychain or file) and starts syncing; `done(problem)`.
  void resume(std::function<void(const QString& problem)> done = {});

  bool signedIn() const { return account_.has_value(); }
  QString accountText() const;
  const SyncStatus& status() const { return status_; }
  // The status for the status bar, for the scenario in front (empty ID: the workspace).
  QString statusText(const QString& scenario) const;

  // `done(problem)`: empty on success. `inFile`: keep the sign-in in the file valor-cli uses
  // too (~/.config/valor/sync.json, mode 0600) instead of the system keychain.
  void signIn(const QString& server, const QString& email, const QString& password, bool inFile,
              std::function<void(const QString& problem)> done);
  void signOut();

  void share(const Id& scenario, const QStringList& viewers, const QStringList& editors);
  void openShared(const QString& remoteId);
  void listRemote();
  void syncNow();
  void localEdit(const Id& scenario);
  void setPresence(const Id& scenario, bool open);
  void auditTrail(const Id& scenario);

  // For tests: the transport the worker uses (curlHttp() by default) and no event stream.
  void setTransportForTests(HttpTransport transport, bool followEvents);

 signals:
  void accountChanged();
  void statusChanged();
  void scenarioChanged(const QString& scenario, const QString& authors);
  void scenarioOpened(const QString& scenario);
  void scenarioShared(const QString& scenario);
  void remoteListed(const QList<QStringList>& scenarios);
  void presenceChanged(const QString& scenario, const QStringList& users);
  void auditListed(const QString& scenario, const QByteArray& entries);
  void auditRefused(const QString& scenario, const QString& message);
  void failed(const QString& message);

 private:
  void startWorker();
  void stopWorker();
  QString secretName() const;
  template <typename Slot, typename... Args>
  void post(Slot slot, Args... args);

  Settings* settings_;
  std::shared_ptr<Workspace> workspace_;
  std::optional<SyncAccount> account_;
  SyncStatus status_;
  QThread thread_;
  SyncWorker* worker_ = nullptr;
  HttpTransport transport_;
  bool followEvents_ = true;
  // Sign-in and sign-out calls run on threads of their own, off the window's; when the
  // controller goes, their transfers are cut short and the threads joined.
  HttpTransport cancellableTransport() const;
  std::vector<std::thread> calls_;
  std::shared_ptr<std::atomic<bool>> closing_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace valor::ui
