#include "ui/mainwindow/syncmenu.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>

#include "core/model/scenariomarks.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/models/presentation.h"
#include "ui/models/scenarioview.h"
#include "ui/settings/settings.h"
#include "ui/sync/audittrailpage.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/sync/opensharedialog.h"
#include "ui/sync/remotehighlight.h"
#include "ui/sync/sharedialog.h"
#include "ui/sync/signindialog.h"
#include "ui/sync/synccontroller.h"

namespace valor::ui {

SyncMenu::SyncMenu(Settings* settings, QMainWindow* window, QMenu* menu, QLabel* statusLabel,
                   WindowHooks hooks)
    : QObject(window),
      settings_(settings),
      window_(window),
      menu_(menu),
      status_(statusLabel),
      hooks_(std::move(hooks)),
      controller_(new SyncController(settings, this)) {
  const auto make = [this](QKeySequence shortcut, auto slot) {
    auto* action = new QAction(window_);
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    menu_->addAction(action);
    return action;
  };
  signIn_ = make(QKeySequence(), &SyncMenu::showSignIn);
  signOut_ = make(QKeySequence(), [this] { controller_->signOut(); });
  menu_->addSeparator();
  share_ = make(QKeySequence(), &SyncMenu::shareCurrent);
  openShared_ = make(QKeySequence(), &SyncMenu::chooseShared);
  syncNow_ = make(QKeySequence(Qt::Key_F5), [this] { controller_->syncNow(); });
  conflicts_ = make(QKeySequence(), &SyncMenu::reviewConflicts);
  status_->setObjectName(QStringLiteral("syncState"));

  connect(controller_, &SyncController::accountChanged, this, &SyncMenu::followCurrent);
  connect(controller_, &SyncController::statusChanged, this, [this] {
    updateActions();
    showStatus();
  });
  connect(controller_, &SyncController::scenarioChanged, this,
          [this](const QString& scenario, const QString& authors) {
            const auto id = Id::parse(scenario.toStdString());
            if (!id) return;
            hooks_.reloadScenarioList();
            // An open tab names the fields that changed (Document::remoteChange).
            if (ScenarioView* view = hooks_.openView(*id)) {
              view->document()->takeStoredChange(authors);
              if (!inTrash(view->document()->scenario())) return refreshAuditTrail();
              // A colleague deleted it: its tab goes, as the list's row did.
              hooks_.closeScenario(*id);
              return hooks_.setStatus(tr("%1 deleted the scenario").arg(authors), false);
            }
            if (workspace_) workspace_->forgetCachedScenario(*id);
            if (!authors.isEmpty()) hooks_.setStatus(tr("Changes from %1").arg(authors), false);
          });
  connect(controller_, &SyncController::scenarioOpened, this, [this](const QString& scenario) {
    hooks_.reloadScenarioList();
    if (auto id = Id::parse(scenario.toStdString())) hooks_.openScenario(*id);
  });
  connect(controller_, &SyncController::scenarioShared, this, [this](const QString&) {
    refreshAuditTrail();
    hooks_.setStatus(tr("Shared; colleagues you named can open it now"), false);
    followCurrent();
  });
  connect(controller_, &SyncController::failed, this,
          [this](const QString& message) { hooks_.setStatus(message, true); });
  connect(controller_, &SyncController::presenceChanged, this,
          [this](const QString& scenario, const QStringList& users) {
            presence_.insert(scenario, users);
            showStatus();
          });
  audit_ = new AuditTrailPage(window_);
  audit_->hide();
  connect(controller_, &SyncController::auditListed, this,
          [this](const QString& scenario, const QByteArray& entries) {
            Document* doc = hooks_.currentDocument();
            if (doc && QString::fromStdString(doc->scenarioId().toString()) == scenario)
              audit_->show(entries);
          });
  connect(controller_, &SyncController::auditRefused, this,
          [this](const QString&, const QString& message) { audit_->showRefusal(message); });
  retranslate();
}

void SyncMenu::setWorkspace(std::shared_ptr<Workspace> workspace) {
  workspace_ = workspace;
  presence_.clear();
  controller_->setWorkspace(std::move(workspace));
  if (!controller_->signedIn()) controller_->resume();
  updateActions();
  showStatus();
}

void SyncMenu::retranslate() {
  menu_->setTitle(tr("S&ync"));
  signIn_->setText(tr("Sign &In to a Server…"));
  signOut_->setText(tr("Sign &Out"));
  share_->setText(tr("&Share Scenario…"));
  openShared_->setText(tr("&Open Shared Scenario…"));
  syncNow_->setText(tr("Sync &Now"));
  conflicts_->setText(tr("Review &Conflicts…"));
  showStatus();
}

void SyncMenu::updateActions() {
  const bool signedIn = controller_->signedIn();
  const bool writable = workspace_ && !workspace_->readOnly();
  Document* doc = hooks_.currentDocument();
  bool linked = false;
  if (doc && workspace_)
    if (auto link = workspace_->syncLink(doc->scenarioId())) linked = link.value().has_value();
  signIn_->setEnabled(true);
  signOut_->setEnabled(signedIn);
  share_->setEnabled(signedIn && writable && doc && !linked);
  openShared_->setEnabled(signedIn && writable);
  syncNow_->setEnabled(signedIn && writable);
  conflicts_->setEnabled(doc && linked);
}

void SyncMenu::followCurrent() {
  updateActions();
  showStatus();
  refreshAuditTrail();
}

// The tab is there while the scenario in front is shared and the analyst signed in.
void SyncMenu::refreshAuditTrail() {
  Document* doc = hooks_.currentDocument();
  bool linked = false;
  if (doc && workspace_)
    if (auto link = workspace_->syncLink(doc->scenarioId())) linked = link.value().has_value();
  if (!controller_->signedIn() || !linked) {
    hooks_.showAuditPage(nullptr);
    audit_->setDocument(nullptr);
    return;
  }
  audit_->setDocument(doc);
  hooks_.showAuditPage(audit_);
  controller_->auditTrail(doc->scenarioId());
}

void SyncMenu::documentOpened(ScenarioView* view) {
  Document* document = view->document();
  const Id id = document->scenarioId();
  connect(document, &Document::localChangeSaved, this, [this, id] { controller_->localEdit(id); });
  // New conflicts to review: a sync round publishes the count.
  connect(document, &Document::conflictsRecorded, this, [this, id] { controller_->localEdit(id); });
  connect(document, &Document::remoteChange, this,
          [this, document, view = QPointer<ScenarioView>(view)](const QStringList& paths,
                                                                const QString& authors) {
            if (authors.isEmpty() || paths.isEmpty()) return;
            for (const QString& path : paths)
              if (view) highlightRemoteChange(view->fieldEdit(path), authors);
            // The fields in the analyst's words, at most three named.
            const ModelPresentation* presentation = presentationOf(document->scenario());
            QStringList names;
            for (const QString& path : paths.mid(0, 3)) {
              auto caption =
                  presentation ? presentation->captionOfPath(path.toStdString()) : std::nullopt;
              names << caption.value_or(path);
            }
            if (paths.size() > 3)
              names << tr("%n more", nullptr, static_cast<int>(paths.size() - 3));
            hooks_.setStatus(tr("%1 changed %2").arg(authors, names.join(QStringLiteral(", "))),
                             false);
          });
  controller_->setPresence(id, true);
  followCurrent();
}

void SyncMenu::documentClosed(const Id& scenario) {
  controller_->setPresence(scenario, false);
  presence_.remove(QString::fromStdString(scenario.toString()));
  followCurrent();
}

void SyncMenu::showStatus() {
  Document* doc = hooks_.currentDocument();
  const QString id = doc ? QString::fromStdString(doc->scenarioId().toString()) : QString();
  QString text = controller_->statusText(id);
  QStringList others = presence_.value(id);
  others.removeAll(settings_->syncEmail());
  if (!others.isEmpty()) text += tr(" · also open by %1").arg(others.join(QStringLiteral(", ")));
  status_->setText(text);
  status_->setToolTip(controller_->accountText() +
                      (controller_->status().problem.isEmpty()
                           ? QString()
                           : QStringLiteral("\n") + controller_->status().problem));
  status_->setAccessibleName(tr("Sync status"));
}

void SyncMenu::showSignIn() {
  SignInDialog dialog(controller_, settings_->syncServer(), settings_->syncEmail(), window_);
  dialog.exec();
}

void SyncMenu::shareCurrent() {
  Document* doc = hooks_.currentDocument();
  if (!doc) return;
  ShareDialog dialog(doc->title(), window_);
  if (dialog.exec() != QDialog::Accepted) return;
  hooks_.setStatus(tr("Sharing…"), false);
  controller_->share(doc->scenarioId(), dialog.viewers(), dialog.editors());
}

void SyncMenu::chooseShared() {
  OpenSharedDialog dialog(controller_, window_);
  if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty()) return;
  hooks_.setStatus(tr("Opening…"), false);
  controller_->openShared(dialog.chosen());
}

void SyncMenu::reviewConflicts() {
  Document* doc = hooks_.currentDocument();
  if (!doc) return;
  ConflictsDialog dialog(doc, window_);
  dialog.exec();
  controller_->localEdit(doc->scenarioId());
}

}  // namespace valor::ui
