#pragma once
// The history panel of one open scenario, in three tabs:
//  - Changes: the mutation log, newest first, each change expandable into its fields
//    (before → after). It grows with the document: after each change only the new log
//    entries are read.
//  - Versions: named snapshots; save one, compare one with the current state, or restore one.
//    A restore goes through the document (one undoable, saved edit), never around it.
//  - Notes: the scenario's free-text note, saved 600 ms after typing stops, when the editor
//    loses focus and when the panel lets go of the document.
#include <QPointer>
#include <QString>
#include <QWidget>

#include <cstdint>

#include "core/model/id.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace valor::ui {

class Document;
class HistoryModel;

class HistoryPanel : public QWidget {
  Q_OBJECT

 public:
  explicit HistoryPanel(QWidget* parent = nullptr);
  ~HistoryPanel() override;

  // Shows `document`'s history, versions and note; nullptr clears the panel. A pending note of
  // the previous document is saved first. The panel does not own the document.
  void setDocument(Document* document);
  Document* document() const { return document_; }
  // Recorded as the author of the versions saved from here.
  void setAuthor(const QString& author) { author_ = author; }
  QString author() const { return author_; }
  // Whether a restore asks first (on by default; tests turn it off).
  void setConfirmRestore(bool confirm) { confirmRestore_ = confirm; }

  HistoryModel* historyModel() const { return historyModel_; }
  // The server's audit trail of a shared scenario, as one more tab (null: none).
  void setAuditPage(QWidget* page);

 public slots:
  // Asks for a label, then saves a version of the current state.
  void promptSaveVersion();
  // Saves a version of the current state under `label`; returns the new version's id, or -1.
  qint64 saveVersion(const QString& label);
  // Restores the version selected in the list (after confirmation, unless turned off).
  void restoreSelectedVersion();
  // Makes the scenario equal to a saved version, as one undoable edit. Returns false when
  // nothing was restored (cancelled, already equal, or refused: the status line says why).
  bool restoreVersion(qint64 versionId);
  // Opens a comparison of the selected version with the current state.
  void compareSelectedVersion();
  // Saves the note now if it has unsaved edits.
  void saveNote();
  // The note typed last, saved as its document or this panel goes.
  void saveClosingNote();
  // What the Changes list's context menu offers on a revision: compare it with the current
  // state, or explain the change in value since then.
  void compareRevision(qint64 revision, bool explain);

 signals:
  // The analyst asked why the value moved from the selected version to the current state.
  void explainVersionRequested(const valor::Id& scenario, qint64 versionId, const QString& label);
  // The same for a revision of the Changes list; `explain` opens the value bridge.
  void compareRevisionRequested(const valor::Id& scenario, qint64 revision, bool explain);

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  enum class NoteState { Idle, Pending, Saved, Failed, LoadFailed, ReadOnly, ViewOnly };
  QWidget* auditPage_ = nullptr;

  void buildUi();
  void retranslateUi();
  void resizeHistoryColumns();
  void onDocumentChanged(const QStringList& paths);
  void onDocumentDestroyed();
  // Shows the newest page of the log; older pages follow as the list scrolls.
  void startHistory();
  void appendNewHistory();
  void reloadVersions(qint64 selectVersionId = -1);
  void updateVersionButtons();
  qint64 selectedVersionId() const;
  QString versionLabel(qint64 versionId) const;
  void loadNote();
  void onNoteEdited();
  void showNoteState(NoteState state, const QString& reason = {});
  void showHistoryProblem(const QString& problem);
  void showVersionsStatus(const QString& text);
  void spanChangeRows(const QModelIndex& mutationRow);
  void showHistoryMenu(const QPoint& position);

  QPointer<Document> document_;
  QString author_;
  bool confirmRestore_ = true;

  QTabWidget* tabs_ = nullptr;
  QWidget* changesPage_ = nullptr;
  QWidget* versionsPage_ = nullptr;
  QWidget* notesPage_ = nullptr;

  HistoryModel* historyModel_ = nullptr;
  QTreeView* historyView_ = nullptr;
  QLabel* historyStatus_ = nullptr;
  QString historyProblem_;

  QStandardItemModel* versionsModel_ = nullptr;
  QTreeView* versionsView_ = nullptr;
  QPushButton* saveVersionButton_ = nullptr;
  QPushButton* restoreVersionButton_ = nullptr;
  QPushButton* compareVersionButton_ = nullptr;
  QPushButton* explainVersionButton_ = nullptr;
  QLabel* versionsStatus_ = nullptr;

  QPlainTextEdit* notesEdit_ = nullptr;
  QLabel* notesStatus_ = nullptr;
  QTimer* noteTimer_ = nullptr;
  bool loadingNote_ = false;
  bool noteDirty_ = false;
  NoteState noteState_ = NoteState::Idle;
  QString noteReason_;
};

}  // namespace valor::ui
