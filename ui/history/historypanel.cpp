#include "ui/history/historypanel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

#include "core/common/log.h"
#include "core/model/scenariomarks.h"
#include "ui/document/document.h"
#include "ui/history/historymodel.h"
#include "ui/history/versiondiffdialog.h"
#include "ui/models/changelabel.h"

namespace valor::ui {
namespace {

constexpr int kNoteSaveDelayMs = 600;
// Views fill the tab pages edge to edge; text and buttons under them keep a little air.
constexpr int kTextMargin = 4;

// Like the changes: label, time, author, revision.
enum VersionColumn {
  VersionLabelColumn,
  VersionTimeColumn,
  VersionAuthorColumn,
  VersionRevisionColumn,
  VersionColumnCount
};
constexpr int kVersionIdRole = Qt::UserRole + 1;

QString errorText(const Error& error) {
  return QString::fromStdString(error.message);
}

QString shortTime(std::int64_t ms) {
  return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

// Room for a column of short local times: a sample with wide digits, plus the cell margins.
int timeColumnWidth(const QWidget* widget) {
  const QDateTime sample(QDate(2028, 12, 28), QTime(23, 58, 58));
  const QString text = QLocale().toString(sample, QLocale::ShortFormat);
  return widget->fontMetrics().horizontalAdvance(text) +
         2 * widget->fontMetrics().averageCharWidth();
}

void configureListView(QTreeView* view) {
  view->setUniformRowHeights(true);
  view->setAlternatingRowColors(true);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setAllColumnsShowFocus(true);
  view->header()->setStretchLastSection(false);
  view->header()->setSectionsMovable(false);
}

}  // namespace

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent) {
  buildUi();
  retranslateUi();
  setDocument(nullptr);
}

HistoryPanel::~HistoryPanel() {
  notesEdit_->removeEventFilter(this);
  versionsView_->removeEventFilter(this);
  if (document_) saveClosingNote();
}

void HistoryPanel::buildUi() {
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("historyTabs"));
  tabs_->setDocumentMode(true);

  // Changes
  changesPage_ = new QWidget(tabs_);
  historyModel_ = new HistoryModel(this);
  historyView_ = new QTreeView(changesPage_);
  historyView_->setObjectName(QStringLiteral("historyView"));
  configureListView(historyView_);
  historyView_->setModel(historyModel_);
  historyView_->header()->setSectionResizeMode(HistoryModel::LabelColumn, QHeaderView::Stretch);
  // A change row shows "path: before → after" across the whole width. Spans are set when a
  // mutation is expanded, so a long history costs nothing until someone looks inside.
  connect(historyView_, &QTreeView::expanded, this, &HistoryPanel::spanChangeRows);
  // New entries arrive above, older pages below as the list scrolls: either may not replay.
  connect(historyModel_, &QAbstractItemModel::rowsInserted, this, [this] {
    if (historyModel_->replayFailed())
      showHistoryProblem(
          tr("Some changes could not be replayed; their field names may be incomplete."));
  });
  connect(historyModel_, &HistoryModel::pageUnreadable, this, [this](const Error& error) {
    showHistoryProblem(tr("The history could not be read: %1").arg(errorText(error)));
  });
  historyView_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(historyView_, &QWidget::customContextMenuRequested, this, &HistoryPanel::showHistoryMenu);
  historyStatus_ = new QLabel(changesPage_);
  historyStatus_->setObjectName(QStringLiteral("historyStatus"));
  historyStatus_->setWordWrap(true);
  historyStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  historyStatus_->setContentsMargins(kTextMargin, kTextMargin, kTextMargin, kTextMargin);
  historyStatus_->hide();
  auto* changesLayout = new QVBoxLayout(changesPage_);
  changesLayout->setContentsMargins(0, 0, 0, 0);
  changesLayout->addWidget(historyView_, 1);
  changesLayout->addWidget(historyStatus_);

  // Versions
  versionsPage_ = new QWidget(tabs_);
  versionsModel_ = new QStandardItemModel(0, VersionColumnCount, this);
  versionsView_ = new QTreeView(versionsPage_);
  versionsView_->setObjectName(QStringLiteral("versionsView"));
  configureListView(versionsView_);
  versionsView_->setRootIsDecorated(false);
  versionsView_->setModel(versionsModel_);
  versionsView_->header()->setSectionResizeMode(VersionLabelColumn, QHeaderView::Stretch);
  versionsView_->installEventFilter(this);
  connect(versionsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &HistoryPanel::updateVersionButtons);
  // Double-click or Enter compares: looking is harmless, restoring is its own button.
  connect(versionsView_, &QAbstractItemView::doubleClicked, this,
          &HistoryPanel::compareSelectedVersion);

  saveVersionButton_ = new QPushButton(versionsPage_);
  saveVersionButton_->setObjectName(QStringLiteral("saveVersionButton"));
  restoreVersionButton_ = new QPushButton(versionsPage_);
  restoreVersionButton_->setObjectName(QStringLiteral("restoreVersionButton"));
  compareVersionButton_ = new QPushButton(versionsPage_);
  compareVersionButton_->setObjectName(QStringLiteral("compareVersionButton"));
  connect(saveVersionButton_, &QPushButton::clicked, this, &HistoryPanel::promptSaveVersion);
  connect(restoreVersionButton_, &QPushButton::clicked, this,
          &HistoryPanel::restoreSelectedVersion);
  connect(compareVersionButton_, &QPushButton::clicked, this,
          &HistoryPanel::compareSelectedVersion);
  explainVersionButton_ = new QPushButton(versionsPage_);
  explainVersionButton_->setObjectName(QStringLiteral("explainVersionButton"));
  connect(explainVersionButton_, &QPushButton::clicked, this, [this] {
    const qint64 id = selectedVersionId();
    if (document_ && id >= 0)
      emit explainVersionRequested(document_->scenarioId(), id, versionLabel(id));
  });
  versionsStatus_ = new QLabel(versionsPage_);
  versionsStatus_->setObjectName(QStringLiteral("versionsStatus"));
  versionsStatus_->setWordWrap(true);
  versionsStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  versionsStatus_->setContentsMargins(kTextMargin, 0, kTextMargin, kTextMargin);

  // Two rows, so the panel stays narrow enough for a laptop screen beside the editor.
  auto* buttons = new QGridLayout;
  buttons->setContentsMargins(kTextMargin, kTextMargin, kTextMargin, kTextMargin);
  buttons->addWidget(saveVersionButton_, 0, 0);
  buttons->addWidget(restoreVersionButton_, 0, 1);
  buttons->addWidget(compareVersionButton_, 1, 0, 1, 2);
  buttons->addWidget(explainVersionButton_, 2, 0, 1, 2);
  buttons->setColumnStretch(2, 1);
  auto* versionsLayout = new QVBoxLayout(versionsPage_);
  versionsLayout->setContentsMargins(0, 0, 0, 0);
  versionsLayout->addWidget(versionsView_, 1);
  versionsLayout->addLayout(buttons);
  versionsLayout->addWidget(versionsStatus_);

  // Notes
  notesPage_ = new QWidget(tabs_);
  notesEdit_ = new QPlainTextEdit(notesPage_);
  notesEdit_->setObjectName(QStringLiteral("notesEdit"));
  notesEdit_->setTabChangesFocus(true);
  notesEdit_->installEventFilter(this);
  notesStatus_ = new QLabel(notesPage_);
  notesStatus_->setObjectName(QStringLiteral("notesStatus"));
  notesStatus_->setWordWrap(true);
  notesStatus_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  notesStatus_->setContentsMargins(kTextMargin, kTextMargin, kTextMargin, kTextMargin);
  noteTimer_ = new QTimer(this);
  noteTimer_->setSingleShot(true);
  noteTimer_->setInterval(kNoteSaveDelayMs);
  connect(noteTimer_, &QTimer::timeout, this, &HistoryPanel::saveNote);
  connect(notesEdit_, &QPlainTextEdit::textChanged, this, &HistoryPanel::onNoteEdited);
  auto* notesLayout = new QVBoxLayout(notesPage_);
  notesLayout->setContentsMargins(0, 0, 0, 0);
  notesLayout->addWidget(notesEdit_, 1);
  notesLayout->addWidget(notesStatus_);

  tabs_->addTab(changesPage_, QString());
  tabs_->addTab(versionsPage_, QString());
  tabs_->addTab(notesPage_, QString());

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(tabs_);

  setTabOrder(historyView_, versionsView_);
  setTabOrder(versionsView_, saveVersionButton_);
  setTabOrder(saveVersionButton_, restoreVersionButton_);
  setTabOrder(restoreVersionButton_, compareVersionButton_);
  setTabOrder(compareVersionButton_, explainVersionButton_);
  setTabOrder(explainVersionButton_, notesEdit_);
}

void HistoryPanel::setAuditPage(QWidget* page) {
  if (page == auditPage_) return;
  if (auditPage_) tabs_->removeTab(tabs_->indexOf(auditPage_));
  auditPage_ = page;
  if (page) tabs_->addTab(page, tr("Audit Trail"));
}

void HistoryPanel::retranslateUi() {
  tabs_->setAccessibleName(tr("Scenario history"));
  tabs_->setTabText(tabs_->indexOf(changesPage_), tr("Changes"));
  tabs_->setTabToolTip(tabs_->indexOf(changesPage_), tr("Every saved change, newest first"));
  tabs_->setTabText(tabs_->indexOf(versionsPage_), tr("Versions"));
  tabs_->setTabToolTip(tabs_->indexOf(versionsPage_), tr("Named snapshots of the scenario"));
  tabs_->setTabText(tabs_->indexOf(notesPage_), tr("Notes"));
  if (auditPage_) tabs_->setTabText(tabs_->indexOf(auditPage_), tr("Audit Trail"));
  tabs_->setTabToolTip(tabs_->indexOf(notesPage_), tr("Free-text notes about the scenario"));

  historyView_->setAccessibleName(tr("Change history"));
  historyView_->setAccessibleDescription(
      tr("One row per saved change, newest first; expand a row to see each field's value before "
         "and after"));
  historyModel_->retranslate();

  versionsView_->setAccessibleName(tr("Saved versions"));
  versionsView_->setAccessibleDescription(
      tr("Named snapshots, newest first; press Enter to compare one with the current scenario"));
  versionsModel_->setHorizontalHeaderLabels(
      {tr("Version"), tr("Saved"), tr("Author"), tr("#", "revision number column")});
  saveVersionButton_->setText(tr("Save versi&on…"));
  saveVersionButton_->setToolTip(tr("Save the current state of the scenario under a name"));
  saveVersionButton_->setAccessibleName(tr("Save version"));
  restoreVersionButton_->setText(tr("&Restore"));
  restoreVersionButton_->setToolTip(
      tr("Make the scenario equal to the selected version again (one step you can undo)"));
  restoreVersionButton_->setAccessibleName(tr("Restore the selected version"));
  compareVersionButton_->setText(tr("&Compare with current"));
  compareVersionButton_->setToolTip(
      tr("List the fields that differ between the selected version and now"));
  compareVersionButton_->setAccessibleName(
      tr("Compare the selected version with the current scenario"));
  explainVersionButton_->setText(tr("E&xplain the change in value"));
  explainVersionButton_->setToolTip(
      tr("Split the change in value from the selected version to now by input group, with who "
         "made each change"));
  explainVersionButton_->setAccessibleName(
      tr("Explain the change in value from the selected version to now"));
  versionsStatus_->clear();  // a message in the previous language would be out of place

  notesEdit_->setAccessibleName(tr("Scenario notes"));
  notesEdit_->setAccessibleDescription(tr("Saved automatically as you type"));
  notesEdit_->setPlaceholderText(
      tr("Notes about this scenario: sources, assumptions, open questions…"));
  showNoteState(noteState_, noteReason_);

  if (document_) reloadVersions(selectedVersionId());  // times follow the locale
  resizeHistoryColumns();
}

void HistoryPanel::resizeHistoryColumns() {
  // The label stretches; the others get what their usual contents need (and can be dragged).
  const QFontMetrics metrics = fontMetrics();
  const int padding = 3 * metrics.averageCharWidth();
  const int revisionWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + padding;
  const int authorWidth = metrics.averageCharWidth() * 9 + padding;
  QHeaderView* header = historyView_->header();
  header->resizeSection(HistoryModel::TimeColumn, timeColumnWidth(this));
  header->resizeSection(HistoryModel::AuthorColumn, authorWidth);
  header->resizeSection(
      HistoryModel::RevisionColumn,
      std::max(revisionWidth, header->sectionSizeHint(HistoryModel::RevisionColumn)));
  QHeaderView* versionsHeader = versionsView_->header();
  versionsHeader->resizeSection(VersionTimeColumn, timeColumnWidth(this));
  versionsHeader->resizeSection(VersionAuthorColumn, authorWidth);
  versionsHeader->resizeSection(
      VersionRevisionColumn,
      std::max(revisionWidth, versionsHeader->sectionSizeHint(VersionRevisionColumn)));
}

void HistoryPanel::changeEvent(QEvent* event) {
  switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
      retranslateUi();
      break;
    case QEvent::FontChange:
      resizeHistoryColumns();
      break;
    default:
      break;
  }
  QWidget::changeEvent(event);
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == notesEdit_ && event->type() == QEvent::FocusOut) {
    saveNote();
  } else if (watched == versionsView_ && event->type() == QEvent::KeyPress) {
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier && selectedVersionId() >= 0) {
      compareSelectedVersion();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

// --- the document -------------------------------------------------------------------------

void HistoryPanel::setDocument(Document* document) {
  if (document && document == document_) return;
  if (document_) {
    saveNote();
    disconnect(document_, nullptr, this, nullptr);
  }
  document_ = document;
  historyModel_->clear();
  historyProblem_.clear();
  historyStatus_->setContentsMargins(kTextMargin, kTextMargin, kTextMargin, kTextMargin);
  historyStatus_->hide();
  versionsStatus_->clear();
  if (document_) {
    connect(document_, &Document::changed, this, &HistoryPanel::onDocumentChanged);
    // A colleague's changes may bring the versions they saved.
    connect(document_, &Document::remoteChange, this,
            [this] { reloadVersions(selectedVersionId()); });
    // The document's last words: a note typed just before its tab closes is still saved.
    connect(document_, &Document::aboutToClose, this, &HistoryPanel::saveClosingNote);
    connect(document_, &QObject::destroyed, this, &HistoryPanel::onDocumentDestroyed);
    startHistory();
  }
  reloadVersions();
  loadNote();
  tabs_->setEnabled(document_ != nullptr);
}

void HistoryPanel::onDocumentChanged(const QStringList& paths) {
  appendNewHistory();
  // An undo, a restore or a colleague changed the note: shown, unless typing is under way
  // (what is typed is saved over it, as the newer edit).
  if (!paths.contains(QStringLiteral("note")) || noteDirty_) return;
  const std::string* stored = document_->scenario().root().text("note");
  if (QString::fromStdString(stored ? *stored : std::string()) != notesEdit_->toPlainText())
    loadNote();
}

void HistoryPanel::onDocumentDestroyed() {
  // The document is gone (its note was saved on aboutToClose).
  noteTimer_->stop();
  noteDirty_ = false;
  document_ = nullptr;
  setDocument(nullptr);
}

void HistoryPanel::startHistory() {
  const Id scenario = document_->scenarioId();
  auto current = document_->workspace().loadScenario(scenario);
  if (!current) {
    showHistoryProblem(tr("The history could not be read: %1").arg(errorText(current.error())));
    return;
  }
  // Older pages are read as the list scrolls down; the document's workspace outlives this
  // source, which setDocument() replaces.
  Workspace* workspace = &document_->workspace();
  historyModel_->start(current.value().document, current.value().revision,
                       [workspace, scenario](std::int64_t beforeRevision, int limit) {
                         return workspace->historyPage(scenario, beforeRevision, limit);
                       });
}

void HistoryPanel::appendNewHistory() {
  if (!document_) return;
  auto entries =
      document_->workspace().history(document_->scenarioId(), historyModel_->lastRevision());
  if (!entries) {
    showHistoryProblem(tr("The history could not be read: %1").arg(errorText(entries.error())));
    return;
  }
  QScrollBar* bar = historyView_->verticalScrollBar();
  const int scrolled = bar->value();
  const int added = historyModel_->append(entries.value());
  // Someone reading older entries keeps them in place while new ones arrive above.
  if (added > 0 && scrolled > 0) {
    const int rowStep = historyView_->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                            ? 1
                            : std::max(1, historyView_->sizeHintForRow(0));
    bar->setValue(scrolled + added * rowStep);
  }
}

void HistoryPanel::spanChangeRows(const QModelIndex& mutationRow) {
  if (mutationRow.parent().isValid()) return;
  const int rows = historyModel_->rowCount(mutationRow);
  for (int row = 0; row < rows; ++row) historyView_->setFirstColumnSpanned(row, mutationRow, true);
}

void HistoryPanel::showHistoryProblem(const QString& problem) {
  historyProblem_ = problem;
  historyStatus_->setText(problem);
  historyStatus_->setVisible(!problem.isEmpty());
}

// --- versions -----------------------------------------------------------------------------

void HistoryPanel::reloadVersions(qint64 selectVersionId) {
  versionsModel_->removeRows(0, versionsModel_->rowCount());
  if (document_) {
    auto list = document_->workspace().versions(document_->scenarioId());
    if (!list) {
      showVersionsStatus(tr("The versions could not be read: %1").arg(errorText(list.error())));
    } else {
      // Newest first, like the changes.
      for (auto it = list.value().rbegin(); it != list.value().rend(); ++it) {
        const VersionInfo& info = *it;
        const QString label = QString::fromStdString(info.label);
        const QString author =
            info.author.empty() ? tr("—", "no author") : QString::fromStdString(info.author);
        QList<QStandardItem*> row;
        row << new QStandardItem(label) << new QStandardItem(shortTime(info.createdMs))
            << new QStandardItem(author) << new QStandardItem(QString::number(info.revision));
        row[VersionLabelColumn]->setData(QVariant::fromValue<qint64>(info.id), kVersionIdRole);
        row[VersionRevisionColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString tip =
            tr("“%1”: revision %2, saved %3 by %4")
                .arg(
                    label, QString::number(info.revision),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.createdMs).toLocalTime(),
                                       QLocale::LongFormat),
                    author);
        for (QStandardItem* item : row) {
          item->setEditable(false);
          item->setToolTip(tip);
        }
        versionsModel_->appendRow(row);
        if (info.id == selectVersionId)
          versionsView_->setCurrentIndex(versionsModel_->index(versionsModel_->rowCount() - 1, 0));
      }
    }
  }
  updateVersionButtons();
}

qint64 HistoryPanel::selectedVersionId() const {
  const QModelIndexList rows = versionsView_->selectionModel()->selectedRows(VersionLabelColumn);
  if (rows.isEmpty()) return -1;
  return rows.front().data(kVersionIdRole).value<qint64>();
}

QString HistoryPanel::versionLabel(qint64 versionId) const {
  for (int row = 0; row < versionsModel_->rowCount(); ++row) {
    const QModelIndex index = versionsModel_->index(row, VersionLabelColumn);
    if (index.data(kVersionIdRole).value<qint64>() == versionId) return index.data().toString();
  }
  return tr("version %1").arg(versionId);
}

void HistoryPanel::updateVersionButtons() {
  const bool writable = document_ && !document_->workspace().readOnly();
  const bool selected = selectedVersionId() >= 0;
  saveVersionButton_->setEnabled(writable);
  restoreVersionButton_->setEnabled(writable && selected);
  compareVersionButton_->setEnabled(document_ && selected);
  explainVersionButton_->setEnabled(document_ && selected);
}

void HistoryPanel::showVersionsStatus(const QString& text) {
  versionsStatus_->setText(text);
}

void HistoryPanel::promptSaveVersion() {
  if (!document_) return;
  bool ok = false;
  const QString label =
      QInputDialog::getText(this, tr("Save version"), tr("Name of the version:"), QLineEdit::Normal,
                            // Saving it is the next revision.
                            tr("Revision %1").arg(document_->revision() + 1), &ok);
  if (ok) saveVersion(label);
}

qint64 HistoryPanel::saveVersion(const QString& label) {
  if (!document_) return -1;
  const QString name = label.trimmed();
  if (name.isEmpty()) {
    showVersionsStatus(tr("Not saved: a version needs a name."));
    return -1;
  }
  auto id = document_->saveVersion(name);
  if (!id) {
    showVersionsStatus(tr("Not saved: %1").arg(errorText(id.error())));
    return -1;
  }
  reloadVersions(id.value());
  showVersionsStatus(
      tr("Saved version “%1” at revision %2.").arg(name, QString::number(document_->revision())));
  return id.value();
}

void HistoryPanel::restoreSelectedVersion() {
  const qint64 id = selectedVersionId();
  if (id >= 0) restoreVersion(id);
}

bool HistoryPanel::restoreVersion(qint64 versionId) {
  if (!document_) return false;
  const QString label = versionLabel(versionId);
  auto target = document_->workspace().versionDocument(versionId);
  if (!target) {
    showVersionsStatus(tr("Not restored: %1").arg(errorText(target.error())));
    return false;
  }
  // The version's inputs come back; the note, tags and trash state stay as they are now.
  const std::vector<Op> preview =
      diffDocuments(document_->scenario(), withMarksOf(target.value(), document_->scenario()));
  if (preview.empty()) {
    showVersionsStatus(tr("The scenario already matches version “%1”.").arg(label));
    return false;
  }
  if (confirmRestore_) {
    QMessageBox box(QMessageBox::Question, tr("Restore version"),
                    tr("Restore version “%1”?").arg(label), QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("%n change(s) will bring the scenario back to this version. "
           "The restore is one step you can undo.",
           nullptr, static_cast<int>(preview.size())));
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore || !document_) return false;
  }
  // The question ran an event loop: diff against the state as it is now.
  std::vector<Op> ops =
      diffDocuments(document_->scenario(), withMarksOf(target.value(), document_->scenario()));
  if (ops.empty()) {
    showVersionsStatus(tr("The scenario already matches version “%1”.").arg(label));
    return false;
  }
  Mutation probe;
  probe.ops = ops;
  if (auto next = applyMutation(document_->scenario(), probe); !next) {
    showVersionsStatus(tr("Not restored: %1").arg(errorText(next.error())));
    return false;
  }
  // Not mergeable: a restore stays one undo step of its own.
  const QString error = document_->edit(std::move(ops), labels::restoreVersion(label));
  if (!error.isEmpty()) {
    showVersionsStatus(tr("Not restored: %1").arg(error));
    return false;
  }
  showVersionsStatus(tr("Restored version “%1”. Undo returns to the state before.").arg(label));
  return true;
}

void HistoryPanel::compareSelectedVersion() {
  const qint64 id = selectedVersionId();
  if (!document_ || id < 0) return;
  auto version = document_->workspace().versionDocument(id);
  if (!version) {
    showVersionsStatus(tr("Cannot compare: %1").arg(errorText(version.error())));
    return;
  }
  auto* dialog =
      new VersionDiffDialog(versionLabel(id), version.value(), document_->scenario(), 2, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

// --- notes --------------------------------------------------------------------------------

void HistoryPanel::loadNote() {
  noteTimer_->stop();
  noteDirty_ = false;
  loadingNote_ = true;
  notesEdit_->clear();
  loadingNote_ = false;
  if (!document_) {
    notesEdit_->setReadOnly(true);
    showNoteState(NoteState::Idle);
    return;
  }
  auto note = document_->workspace().note(document_->scenarioId());
  if (!note) {
    // Never offer an empty editor that would overwrite a note we could not read.
    notesEdit_->setReadOnly(true);
    showNoteState(NoteState::LoadFailed, errorText(note.error()));
    return;
  }
  loadingNote_ = true;
  notesEdit_->setPlainText(QString::fromStdString(note.value()));
  loadingNote_ = false;
  // A shared scenario this user may only view takes no note either (the note is its field).
  auto link = document_->workspace().syncLink(document_->scenarioId());
  const bool viewOnly = link && link.value() && link.value()->viewOnly;
  const bool readOnly = document_->workspace().readOnly();
  notesEdit_->setReadOnly(readOnly || viewOnly);
  showNoteState(readOnly ? NoteState::ReadOnly : viewOnly ? NoteState::ViewOnly : NoteState::Idle);
}

void HistoryPanel::onNoteEdited() {
  if (loadingNote_ || !document_ || notesEdit_->isReadOnly()) return;
  noteDirty_ = true;
  noteTimer_->start();  // restarts: saved once typing pauses
  showNoteState(NoteState::Pending);
}

void HistoryPanel::saveNote() {
  noteTimer_->stop();
  if (!noteDirty_ || !document_) return;
  // Through the document: one undoable, synced edit, merged with the note's previous edit when
  // nothing came between them (so a paragraph typed in pauses is one step).
  const std::string text = notesEdit_->toPlainText().toStdString();
  noteDirty_ = false;  // the edit's own change signal must not reload the editor
  const QString error =
      document_->setField(document_->scenario().root().id, "note",
                          text.empty() ? std::nullopt : std::optional<Value>(text),
                          LabelCode{"edit_note", {}}, std::nullopt, /*mergeable=*/true);
  if (!error.isEmpty()) {
    noteDirty_ = true;  // kept: tried again at the next pause
    showNoteState(NoteState::Failed, error);
    return;
  }
  showNoteState(NoteState::Saved);
}

void HistoryPanel::saveClosingNote() {
  noteTimer_->stop();
  if (!noteDirty_ || !document_) return;
  // The document (or this panel) is going: no undo step or change signal on objects being
  // destroyed, only the edit itself, saved and queued for sync like any other.
  noteDirty_ = false;
  if (auto s = document_->workspace().setNote(
          document_->scenarioId(), notesEdit_->toPlainText().toStdString(), author_.toStdString());
      !s)
    logWarning("a note could not be saved: " + s.error().message);
}

void HistoryPanel::showNoteState(NoteState state, const QString& reason) {
  noteState_ = state;
  noteReason_ = reason;
  QString text;
  switch (state) {
    case NoteState::Idle:
      break;
    case NoteState::Pending:
      text = tr("Editing…");
      break;
    case NoteState::Saved:
      text = tr("Saved");
      break;
    case NoteState::Failed:
      text = tr("Not saved: %1").arg(reason);
      break;
    case NoteState::LoadFailed:
      text = tr("Not loaded: %1").arg(reason);
      break;
    case NoteState::ReadOnly:
      text = tr("Read-only workspace");
      break;
    case NoteState::ViewOnly:
      text = tr("Shared with you to view only");
      break;
  }
  notesStatus_->setText(text);
  notesStatus_->setAccessibleName(tr("Note status"));
}

void HistoryPanel::showHistoryMenu(const QPoint& position) {
  const QModelIndex index = historyView_->indexAt(position);
  if (!document_ || !index.isValid()) return;
  const qint64 revision = index.data(HistoryModel::RevisionRole).toLongLong();
  QMenu menu(this);
  QAction* compare = menu.addAction(tr("&Compare Revision %1 with Now").arg(revision));
  QAction* explain =
      menu.addAction(tr("&Explain the Change in Value Since Revision %1").arg(revision));
  QAction* chosen = menu.exec(historyView_->viewport()->mapToGlobal(position));
  if (chosen == compare || chosen == explain) compareRevision(revision, chosen == explain);
}

void HistoryPanel::compareRevision(qint64 revision, bool explain) {
  if (document_) emit compareRevisionRequested(document_->scenarioId(), revision, explain);
}

}  // namespace valor::ui
