#pragma once
// The main window's Sync menu and status: sign in and out, share the scenario in front, open
// one shared with you, sync now, review conflicts; the connection and the scenario's queue in
// the status bar, with who else has it open. Colleagues' edits reach the open tabs as they
// arrive, the changed fields named in the status bar.
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

#include "core/store/workspace.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace valor::ui {

class AuditTrailPage;
class Document;
class Settings;
class ScenarioView;
class SyncController;

class SyncMenu : public QObject {
  Q_OBJECT

 public:
  struct WindowHooks {
    std::function<Document*()> currentDocument;
    std::function<ScenarioView*(const Id&)> openView;  // the scenario's tab, or null
    std::function<bool(const Id&)> openScenario;
    std::function<void(const Id&)> closeScenario;  // its tab, when open
    std::function<void()> reloadScenarioList;
    std::function<void(const QString& text, bool problem)> setStatus;
    std::function<void(QWidget* page)> showAuditPage;  // in the history panel; null hides it
  };
  SyncMenu(Settings* settings, QMainWindow* window, QMenu* menu, QLabel* statusLabel,
           WindowHooks hooks);

  SyncController* controller() const { return controller_; }
  void setWorkspace(std::shared_ptr<Workspace> workspace);
  // The tab in front changed, a tab opened or closed.
  void followCurrent();
  void documentOpened(ScenarioView* view);
  void documentClosed(const Id& scenario);
  void retranslate();
  void updateActions();

  QAction* signInAction() const { return signIn_; }
  QAction* shareAction() const { return share_; }
  QAction* openSharedAction() const { return openShared_; }
  QAction* conflictsAction() const { return conflicts_; }

 private:
  void showSignIn();
  void shareCurrent();
  void chooseShared();
  void reviewConflicts();
  void showStatus();
  void refreshAuditTrail();

  Settings* settings_;
  QMainWindow* window_;
  QMenu* menu_;
  QLabel* status_;
  WindowHooks hooks_;
  SyncController* controller_;
  std::shared_ptr<Workspace> workspace_;
  QMap<QString, QStringList> presence_;
  AuditTrailPage* audit_ = nullptr;
  QAction* signIn_ = nullptr;
  QAction* signOut_ = nullptr;
  QAction* share_ = nullptr;
  QAction* openShared_ = nullptr;
  QAction* syncNow_ = nullptr;
  QAction* conflicts_ = nullptr;
};

}  // namespace valor::ui
