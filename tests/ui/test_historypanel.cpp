// The history panel (ui/history/historypanel.h), driven offscreen against a real workspace:
// the Changes tab grows by one row per edit, undo and restore (never by reloading), names each
// field against the document as it was, and shows values readably; versions are saved, compared
// and restored through the document (one undoable, saved step); notes are saved once typing
// pauses and when the panel lets go of the document.
//
// Every test works in its own QTemporaryDir with an injected stepping clock and seeded ID
// generators, in the C locale. Expected texts are written out by hand from the fixture
// (tests/data/hand_case.valor.json: WACC 0.10, terminal growth 0.02, two option tranches).
//
// Core headers come before <QtTest>, so Qt's keyword macros cannot touch them; this order also
// keeps moc's parser away from the standard library's concepts.
// clang-format off
#include "core/actuals/actualsimport.h"
#include "ui/document/document.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/history/versiondiffdialog.h"
#include "ui/models/changelabel.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/ops/mutation.h"
#include "core/store/workspace.h"
#include "tests/support/checks.h"
// clang-format on

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <QTableWidget>

#include "tests/ui/screenshot.h"
#include "tests/ui/whenmodal.h"

using namespace valor;
using valor::testing::errorText;
using valor::testing::whenModal;
using valor::ui::HistoryModel;
using valor::ui::HistoryPanel;

namespace {

constexpr std::int64_t kT0 = 1'750'000'000'000;  // 2025-06-15T15:06:40Z, an arbitrary fixed start
constexpr std::int64_t kClockStepMs = 1000;

const std::string kHandCase = VALOR_TEST_DATA_DIR "/hand_case.valor.json";

}  // namespace

class TestHistoryPanel : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void init();
  void cleanup();

  void showsTheCreationEntry();
  void appendsAnEditWithItsFieldChange();
  void undoAppendsAnUndoRow();
  void appendsOnlyNewEntries();
  void showsPerYearValuesAndListMembers();
  void showsImportedActualsLineByLine();
  void readsALongHistoryAPageAtATime();
  void savesVersions();
  void savesAVersionThroughTheDialog();
  void restoresAVersionThroughTheDocument();
  void restoringOneFieldStaysItsOwnUndoStep();
  void cancellingTheConfirmationRestoresNothing();
  void comparesAVersionWithTheCurrentState();
  void savesNotesAfterTypingPauses();
  void savesAPendingNoteWhenLettingGoOfTheDocument();
  void loadsTheStoredNote();
  void clearsAndReloads();
  void survivesTheDocumentGoingAway();
  void retranslates();
  void labelsReadInTheReadersLanguage();

 private:
  QAbstractItemModel* history() const;
  QAbstractItemModel* versions() const;
  QModelIndex mutationRow(int row, int column = HistoryModel::LabelColumn) const;
  QString changeText(int mutation, int change) const;
  QString storedNote() const;
  void selectVersion(int row);
  const Entity& dcf() const { return *document_->modelBlock(); }
  // As the form's Remove button does for the second of the two option tranches.
  void removeSecondOptionTranche() {
    const auto members = document_->scenario().listMembers(dcf(), "equity_bridge.options");
    QCOMPARE(members.size(), std::size_t{2});
    Op remove;
    remove.kind = OpKind::Delete;
    remove.entity = members[1]->id;
    remove.snapshot = *members[1];
    QCOMPARE(document_->edit({remove}, ui::labels::plain(ui::PlainChange::RemoveOptionTranche)),
             QString());
  }
  QString setField(const std::string& field, std::optional<Value> value,
                   std::optional<Year> year = std::nullopt) {
    return document_->setField(dcf().id, field, std::move(value), {}, year);
  }

  std::unique_ptr<QTemporaryDir> dir_;
  std::shared_ptr<std::int64_t> now_;
  std::shared_ptr<Workspace> workspace_;
  Id scenario_;
  std::unique_ptr<ui::Document> document_;
  std::unique_ptr<HistoryPanel> panel_;
};

void TestHistoryPanel::initTestCase() {
  QLocale::setDefault(QLocale::c());
}

void TestHistoryPanel::init() {
  dir_ = std::make_unique<QTemporaryDir>();
  QVERIFY(dir_->isValid());
  now_ = std::make_shared<std::int64_t>(kT0);
  WorkspaceOptions options;
  options.clock = [now = now_] { return *now += kClockStepMs; };
  options.newId = seededIdGenerator(5);
  options.backupIntervalMs = 0;
  auto created =
      Workspace::create(dir_->filePath(QStringLiteral("test.valor")).toStdString(), options);
  QVERIFY2(created, errorText(created).c_str());
  workspace_ = std::shared_ptr<Workspace>(std::move(created).value());

  auto text = readTextFile(kHandCase, 1 << 20);
  QVERIFY2(text, errorText(text).c_str());
  auto parse = parseScenarioJson(text.value(), seededIdGenerator(1));
  QVERIFY(parse.ok());
  auto added = workspace_->addScenarios({parse.value()}, "alice", "Create scenario");
  QVERIFY2(added, errorText(added).c_str());
  scenario_ = parse.value().root().id;
  auto stored = workspace_->loadScenario(scenario_);
  QVERIFY2(stored, errorText(stored).c_str());
  document_ = std::make_unique<ui::Document>(workspace_, scenario_, stored.value(),
                                             QStringLiteral("alice"));
  QVERIFY(document_->modelBlock());

  panel_ = std::make_unique<HistoryPanel>();
  panel_->setAuthor(QStringLiteral("alice"));
  panel_->resize(420, 700);
  panel_->setDocument(document_.get());
  panel_->show();
  QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
}

void TestHistoryPanel::cleanup() {
  panel_.reset();
  document_.reset();
  workspace_.reset();
  dir_.reset();
}

QAbstractItemModel* TestHistoryPanel::history() const {
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("historyView"));
  return view ? view->model() : nullptr;
}

QAbstractItemModel* TestHistoryPanel::versions() const {
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("versionsView"));
  return view ? view->model() : nullptr;
}

QModelIndex TestHistoryPanel::mutationRow(int row, int column) const {
  return history()->index(row, column);
}

QString TestHistoryPanel::changeText(int mutation, int change) const {
  return history()->index(change, 0, mutationRow(mutation, 0)).data().toString();
}

QString TestHistoryPanel::storedNote() const {
  auto note = workspace_->note(scenario_);
  return note ? QString::fromStdString(note.value())
              : QStringLiteral("(error) ") + QString::fromUtf8(errorText(note));
}

void TestHistoryPanel::selectVersion(int row) {
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("versionsView"));
  QVERIFY(view);
  view->setCurrentIndex(view->model()->index(row, 0));
  QVERIFY(view->selectionModel()->isRowSelected(row, {}));
}

void TestHistoryPanel::showsTheCreationEntry() {
  QVERIFY(history());
  QCOMPARE(history()->rowCount(), 1);
  QCOMPARE(mutationRow(0, HistoryModel::RevisionColumn).data().toString(), QStringLiteral("1"));
  QCOMPARE(mutationRow(0, HistoryModel::AuthorColumn).data().toString(), QStringLiteral("alice"));
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Create scenario"));
  // Root, DCF block and two option tranches, each added; a created list member has its index.
  QCOMPARE(history()->rowCount(mutationRow(0, 0)), 4);
  QStringList changes;
  for (int i = 0; i < 4; ++i) changes << changeText(0, i);
  QVERIFY2(changes.contains(QStringLiteral("Scenario: added")),
           qPrintable(changes.join(QLatin1Char('|'))));
  QVERIFY2(changes.contains(QStringLiteral("DCF: added")),
           qPrintable(changes.join(QLatin1Char('|'))));
  QVERIFY2(changes.contains(QStringLiteral("Option tranche 2: added")),
           qPrintable(changes.join(QLatin1Char('|'))));
}

void TestHistoryPanel::appendsAnEditWithItsFieldChange() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  QCOMPARE(history()->rowCount(), 2);
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Set WACC"));
  QCOMPARE(mutationRow(0, HistoryModel::RevisionColumn).data().toString(), QStringLiteral("2"));
  QCOMPARE(mutationRow(0, HistoryModel::AuthorColumn).data().toString(), QStringLiteral("alice"));
  auto log = workspace_->history(scenario_, 1);
  QVERIFY2(log, errorText(log).c_str());
  QCOMPARE(log.value().size(), std::size_t{1});
  const QString expectedTime = QLocale::c().toString(
      QDateTime::fromMSecsSinceEpoch(log.value().front().committedMs).toLocalTime(),
      QLocale::ShortFormat);
  QCOMPARE(mutationRow(0, HistoryModel::TimeColumn).data().toString(), expectedTime);

  const QModelIndex parent = mutationRow(0, 0);
  QCOMPARE(history()->rowCount(parent), 1);
  const QString text = changeText(0, 0);
  // Named and valued as the editor shows the field; the file path only in the tooltip.
  QCOMPARE(text, QStringLiteral("WACC: 10 % → 9 %"));
  const QModelIndex change = history()->index(0, 0, parent);
  QCOMPARE(change.data(HistoryModel::PathRole).toString(),
           QStringLiteral("dcf.discount_rate.wacc"));
  QCOMPARE(change.data(HistoryModel::BeforeRole).toString(), QStringLiteral("10 %"));
  QCOMPARE(change.data(HistoryModel::AfterRole).toString(), QStringLiteral("9 %"));
  QCOMPARE(change.data(Qt::ToolTipRole).toString(),
           QStringLiteral("WACC (dcf.discount_rate.wacc)\nBefore: 10 %\nAfter: 9 %"));

  // Expanded in the view, the change spans the row.
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("historyView"));
  view->expand(parent);
  QVERIFY(view->isFirstColumnSpanned(0, parent));
}

void TestHistoryPanel::undoAppendsAnUndoRow() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  document_->undoStack()->undo();
  QCOMPARE(history()->rowCount(), 3);
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Undo Set WACC"));
  QCOMPARE(mutationRow(0, HistoryModel::RevisionColumn).data().toString(), QStringLiteral("3"));
  QCOMPARE(changeText(0, 0), QStringLiteral("WACC: 9 % → 10 %"));
  QCOMPARE(mutationRow(1).data().toString(), QStringLiteral("Set WACC"));
}

void TestHistoryPanel::appendsOnlyNewEntries() {
  QSignalSpy resets(history(), &QAbstractItemModel::modelReset);
  QSignalSpy inserts(history(), &QAbstractItemModel::rowsInserted);
  const QPersistentModelIndex creation(mutationRow(0));
  for (double growth : {0.021, 0.022, 0.023})
    QCOMPARE(setField("terminal_value.growth", Value(growth)), QString());
  QCOMPARE(resets.count(), 0);
  QCOMPARE(inserts.count(), 3);
  for (const QList<QVariant>& insert : inserts) {
    QVERIFY(!insert.at(0).toModelIndex().isValid());
    QCOMPARE(insert.at(1).toInt(), 0);
    QCOMPARE(insert.at(2).toInt(), 0);
  }
  QCOMPARE(history()->rowCount(), 4);
  QVERIFY(creation.isValid());
  QCOMPARE(creation.row(), 3);
  QCOMPARE(creation.data().toString(), QStringLiteral("Create scenario"));
  QCOMPARE(changeText(0, 0), QStringLiteral("Terminal growth: 2.2 % → 2.3 %"));
  QCOMPARE(panel_->historyModel()->lastRevision(), document_->revision());
  QVERIFY(panel_->historyModel()->replayedState() == document_->scenario());
}

void TestHistoryPanel::showsPerYearValuesAndListMembers() {
  QCOMPARE(setField("ebit_margin.values", Value(YearMap{{2026, 0.2}, {2027, 0.215}})), QString());
  QCOMPARE(changeText(0, 0), QStringLiteral("EBIT margin by year: — → 2026: 20 %; 2027: 21.5 %"));
  QCOMPARE(setField("ebit_margin.values", Value(0.22), 2027), QString());
  QCOMPARE(changeText(0, 0), QStringLiteral("EBIT margin 2027: 21.5 % → 22 %"));
  // A driver's mode reads by its caption and its choices' words.
  QCOMPARE(setField("ebit_margin.mode", Value(std::string("per_year"))), QString());
  QCOMPARE(changeText(0, 0), QStringLiteral("EBIT margin, how it is given: constant → per year"));
  QCOMPARE(setField("base.revenue", Value(1234567.5)), QString());
  QCOMPARE(changeText(0, 0), QStringLiteral("Base-year revenue: 100 → 1234567.5"));

  // A list member removed, then brought back by undo: named by its place in the list.
  removeSecondOptionTranche();
  if (QTest::currentTestFailed()) return;
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Remove option tranche"));
  QCOMPARE(changeText(0, 0), QStringLiteral("Option tranche 2: removed"));
  document_->undoStack()->undo();
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Undo Remove option tranche"));
  QCOMPARE(changeText(0, 0), QStringLiteral("Option tranche 2: added"));
}

// Actuals imported from a statement read line by line in the editor's words: the block added,
// then each line's years and its source; a second import names the one year it changes. The
// hand case is in USD millions: 1,000 and 1,100 thousands are 1 and 1.1.
void TestHistoryPanel::showsImportedActualsLineByLine() {
  const auto import = [&](const std::string& csv) {
    auto rows = readCsv(csv);
    QVERIFY(rows.ok());
    StatementOptions options;
    options.fileName = "is.csv";
    auto statement = readStatement(rows.value(), options);
    QVERIFY2(statement.ok(), statement.ok() ? "" : statement.error().message.c_str());
    auto imported =
        actualsImportOps(document_->scenario(), statement.value(), seededIdGenerator(9), false);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(document_->edit(imported.value().ops, LabelCode{"import", {}}), QString());
  };
  import("in thousands,2023,2024\nRevenue,\"1,000\",\"1,100\"\n");
  if (QTest::currentTestFailed()) return;
  QCOMPARE(changeText(0, 0), QStringLiteral("Historical actuals: added"));
  QCOMPARE(changeText(0, 1),
           QStringLiteral("Revenue, source of the actuals: — → is.csv, row 2, in thousands"));
  QCOMPARE(changeText(0, 2), QStringLiteral("Revenue, actuals: — → 2023: 1; 2024: 1.1"));
  import("in thousands,2024\nRevenue,\"1,200\"\n");
  if (QTest::currentTestFailed()) return;
  QCOMPARE(changeText(0, 0), QStringLiteral("Revenue, actual 2024: 1.1 → 1.2"));
}

// A long log shows its newest page at once; older pages come as the list scrolls down, replayed
// backwards from the current document, and read exactly as a replay from the start.
void TestHistoryPanel::readsALongHistoryAPageAtATime() {
  removeSecondOptionTranche();
  if (QTest::currentTestFailed()) return;
  for (int i = 0; i < 240; ++i) {
    if (i % 3 == 2)
      QCOMPARE(setField("ebit_margin.values", Value((200 + i) / 1000.0), 2027), QString());
    else
      QCOMPARE(setField("terminal_value.growth", Value((100 + i) / 10000.0)), QString());
  }
  const std::int64_t revisions = document_->revision();
  QCOMPARE(revisions, std::int64_t{242});

  panel_->setDocument(nullptr);
  panel_->setDocument(document_.get());
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("historyView"));
  QVERIFY(view);
  QCOMPARE(history()->rowCount(), HistoryModel::kPageSize);
  QCOMPARE(mutationRow(0, HistoryModel::RevisionColumn).data().toString(),
           QString::number(revisions));
  while (history()->rowCount() < revisions) {
    const int shown = history()->rowCount();
    view->scrollToBottom();
    QTRY_VERIFY(history()->rowCount() > shown);
  }
  QCOMPARE(history()->rowCount(), static_cast<int>(revisions));
  QVERIFY(!history()->canFetchMore({}));
  QVERIFY(!panel_->historyModel()->replayFailed());

  HistoryModel replayed;
  auto log = workspace_->history(scenario_);
  QVERIFY2(log, errorText(log).c_str());
  QCOMPARE(replayed.append(log.value()), static_cast<int>(revisions));
  for (int row = 0; row < replayed.rowCount(); ++row) {
    const QModelIndex expected = replayed.index(row, 0);
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
      QCOMPARE(mutationRow(row, column).data().toString(),
               replayed.index(row, column).data().toString());
    QCOMPARE(history()->rowCount(mutationRow(row)), replayed.rowCount(expected));
    for (int change = 0; change < replayed.rowCount(expected); ++change) {
      const QModelIndex shownChange = history()->index(change, 0, mutationRow(row));
      QCOMPARE(shownChange.parent(), mutationRow(row));
      QCOMPARE(shownChange.data().toString(),
               replayed.index(change, 0, expected).data().toString());
    }
  }
  QCOMPARE(changeText(static_cast<int>(revisions) - 2, 0),
           QStringLiteral("Option tranche 2: removed"));
  QCOMPARE(changeText(0, 0), QStringLiteral("EBIT margin 2027: 43.6 % → 43.9 %"));
  QCOMPARE(changeText(1, 0), QStringLiteral("Terminal growth: 3.37 % → 3.38 %"));
}

void TestHistoryPanel::savesVersions() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  const qint64 id = panel_->saveVersion(QStringLiteral("Base"));
  QVERIFY(id > 0);
  QCOMPARE(versions()->rowCount(), 1);
  QCOMPARE(versions()->index(0, 0).data().toString(), QStringLiteral("Base"));
  QCOMPARE(versions()->index(0, 3).data().toString(), QString::number(document_->revision()));
  QCOMPARE(versions()->index(0, 2).data().toString(), QStringLiteral("alice"));
  auto stored = workspace_->versions(scenario_);
  QVERIFY2(stored, errorText(stored).c_str());
  QCOMPARE(stored.value().size(), std::size_t{1});
  QCOMPARE(stored.value().front().label, std::string("Base"));
  QCOMPARE(stored.value().front().author, std::string("alice"));
  QCOMPARE(stored.value().front().revision, document_->revision());
  // In the history (it syncs), but no undo step: Ctrl+Z still undoes the WACC.
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Save version “Base”"));
  QCOMPARE(document_->undoStack()->count(), 1);

  // Newest first; a blank name saves nothing.
  QVERIFY(panel_->saveVersion(QStringLiteral("Second")) > id);
  QCOMPARE(versions()->index(0, 0).data().toString(), QStringLiteral("Second"));
  QCOMPARE(panel_->saveVersion(QStringLiteral("   ")), qint64{-1});
  QCOMPARE(versions()->rowCount(), 2);
}

void TestHistoryPanel::savesAVersionThroughTheDialog() {
  auto* button = panel_->findChild<QPushButton*>(QStringLiteral("saveVersionButton"));
  QVERIFY(button && button->isEnabled());
  whenModal<QInputDialog>([](QInputDialog* dialog) {
    dialog->setTextValue(QStringLiteral("From the dialog"));
    dialog->accept();
  });
  button->click();
  QCOMPARE(versions()->rowCount(), 1);
  QCOMPARE(versions()->index(0, 0).data().toString(), QStringLiteral("From the dialog"));
}

void TestHistoryPanel::restoresAVersionThroughTheDocument() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  const qint64 id = panel_->saveVersion(QStringLiteral("Base"));
  QVERIFY(id > 0);
  auto version = workspace_->versionDocument(id);
  QVERIFY2(version, errorText(version).c_str());
  QCOMPARE(setField("discount_rate.wacc", Value(0.12)), QString());
  QCOMPARE(setField("terminal_value.growth", Value(0.03)), QString());
  // A note written since stays: restoring brings the inputs back, not the note of then.
  QCOMPARE(document_->setField(document_->scenario().root().id, "note",
                               Value(std::string("Written after the version")),
                               LabelCode{"edit_note", {}}),
           QString());
  const ScenarioDocument edited = document_->scenario();
  ScenarioDocument expected = version.value();
  expected.entities.front().fields["note"] = std::string("Written after the version");
  const int undoSteps = document_->undoStack()->count();
  const int rows = history()->rowCount();

  panel_->setConfirmRestore(false);
  selectVersion(0);
  auto* restore = panel_->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"));
  QVERIFY(restore && restore->isEnabled());
  restore->click();

  QVERIFY(document_->scenario() == expected);
  auto stored = workspace_->loadScenario(scenario_);
  QVERIFY2(stored, errorText(stored).c_str());
  QVERIFY(stored.value().document == expected);  // saved, not only shown
  QCOMPARE(history()->rowCount(), rows + 1);
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Restore version “Base”"));
  QCOMPARE(history()->rowCount(mutationRow(0, 0)), 2);
  QCOMPARE(document_->undoStack()->count(), undoSteps + 1);
  QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Restore version “Base”"));

  document_->undoStack()->undo();
  QVERIFY(document_->scenario() == edited);
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Undo Restore version “Base”"));

  // Restoring onto an equal state changes nothing.
  document_->undoStack()->redo();
  const std::int64_t revision = document_->revision();
  QVERIFY(!panel_->restoreVersion(id));
  QCOMPARE(document_->revision(), revision);
}

void TestHistoryPanel::restoringOneFieldStaysItsOwnUndoStep() {
  // A restore that touches a single field must not merge with typing in that field.
  const qint64 id = panel_->saveVersion(QStringLiteral("Base"));
  QCOMPARE(setField("discount_rate.wacc", Value(0.12)), QString());
  const int undoSteps = document_->undoStack()->count();
  panel_->setConfirmRestore(false);
  QVERIFY(panel_->restoreVersion(id));
  QCOMPARE(*dcf().number("discount_rate.wacc"), 0.1);
  QCOMPARE(document_->undoStack()->count(), undoSteps + 1);
  QCOMPARE(setField("discount_rate.wacc", Value(0.11)), QString());
  QCOMPARE(document_->undoStack()->count(), undoSteps + 2);
  document_->undoStack()->undo();
  QCOMPARE(*dcf().number("discount_rate.wacc"), 0.1);
  document_->undoStack()->undo();
  QCOMPARE(*dcf().number("discount_rate.wacc"), 0.12);
}

void TestHistoryPanel::cancellingTheConfirmationRestoresNothing() {
  const qint64 id = panel_->saveVersion(QStringLiteral("Base"));
  QVERIFY(id > 0);
  QCOMPARE(setField("discount_rate.wacc", Value(0.12)), QString());
  const std::int64_t revision = document_->revision();
  selectVersion(0);
  bool asked = false;
  whenModal<QMessageBox>([&asked](QMessageBox* box) {
    asked = true;
    box->button(QMessageBox::Cancel)->click();
  });
  panel_->findChild<QPushButton*>(QStringLiteral("restoreVersionButton"))->click();
  QVERIFY(asked);
  QCOMPARE(document_->revision(), revision);
  QCOMPARE(*dcf().number("discount_rate.wacc"), 0.12);
}

void TestHistoryPanel::comparesAVersionWithTheCurrentState() {
  const qint64 id = panel_->saveVersion(QStringLiteral("Base"));
  QVERIFY(id > 0);
  QCOMPARE(setField("discount_rate.wacc", Value(0.12)), QString());
  selectVersion(0);
  panel_->findChild<QPushButton*>(QStringLiteral("compareVersionButton"))->click();
  auto* dialog = panel_->findChild<ui::VersionDiffDialog*>();
  QVERIFY(dialog);
  QVERIFY(dialog->isVisible());
  QCOMPARE(dialog->differenceCount(), 1);
  const QTreeWidgetItem* row = dialog->view()->topLevelItem(0);
  // In the editor's words and format, never the file's path or a raw decimal.
  QCOMPARE(row->text(ui::VersionDiffDialog::PathColumn), QStringLiteral("WACC"));
  QCOMPARE(row->text(ui::VersionDiffDialog::VersionColumn), QStringLiteral("10 %"));
  QCOMPARE(row->text(ui::VersionDiffDialog::CurrentColumn), QStringLiteral("12 %"));
  // The effect on the results: value per share then and now, and the change (down, at a
  // higher WACC).
  const QTableWidget* outputs = dialog->outputs();
  QCOMPARE(outputs->item(0, 0)->text(), QStringLiteral("Value per share"));
  const double then = outputs->item(0, 1)->text().toDouble();
  const double now = outputs->item(0, 2)->text().toDouble();
  QVERIFY2(now < then, qPrintable(outputs->item(0, 3)->text()));
  QVERIFY2(outputs->item(0, 3)->text().startsWith(QLocale().negativeSign()),
           qPrintable(outputs->item(0, 3)->text()));
  valor::testing::screenshot(dialog, "version-compare");
  dialog->close();
  QTRY_COMPARE(panel_->findChildren<ui::VersionDiffDialog*>().size(), qsizetype{0});

  // Enter on a version compares too (restoring has its own button).
  auto* view = panel_->findChild<QTreeView*>(QStringLiteral("versionsView"));
  QTest::keyClick(view, Qt::Key_Return);
  QCOMPARE(panel_->findChildren<ui::VersionDiffDialog*>().size(), qsizetype{1});
  QCOMPARE(*dcf().number("discount_rate.wacc"), 0.12);
}

void TestHistoryPanel::savesNotesAfterTypingPauses() {
  auto* tabs = panel_->findChild<QTabWidget*>(QStringLiteral("historyTabs"));
  auto* edit = panel_->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
  auto* status = panel_->findChild<QLabel*>(QStringLiteral("notesStatus"));
  QVERIFY(tabs && edit && status);
  tabs->setCurrentIndex(2);
  edit->setFocus();
  QTest::keyClicks(edit, QStringLiteral("Check the WACC"));
  QCOMPARE(storedNote(), QString());  // not on every keystroke
  QTRY_COMPARE(storedNote(), QStringLiteral("Check the WACC"));
  QCOMPARE(status->text(), QStringLiteral("Saved"));
  // The note is an edit of the scenario: in the history, one undo step for what was typed
  // in pauses, and undone like any input (the editor follows).
  QTest::keyClicks(edit, QStringLiteral(" again"));
  QTRY_COMPARE(storedNote(), QStringLiteral("Check the WACC again"));
  QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Edit note"));
  QCOMPARE(document_->undoStack()->count(), 1);
  QTRY_COMPARE(history()->rowCount(), 3);
  tabs->setCurrentIndex(0);
  valor::testing::screenshot(panel_.get(), "history-note");
  document_->undoStack()->undo();
  QCOMPARE(storedNote(), QString());
  QCOMPARE(edit->toPlainText(), QString());
}

void TestHistoryPanel::savesAPendingNoteWhenLettingGoOfTheDocument() {
  auto* edit = panel_->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
  QTest::keyClicks(edit, QStringLiteral("Pending"));
  QCOMPARE(storedNote(), QString());
  panel_->setDocument(nullptr);
  QCOMPARE(storedNote(), QStringLiteral("Pending"));
}

void TestHistoryPanel::loadsTheStoredNote() {
  QVERIFY(workspace_->setNote(scenario_, "From an earlier session", "alice"));
  HistoryPanel other;
  other.setDocument(document_.get());
  auto* edit = other.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
  QCOMPARE(edit->toPlainText(), QStringLiteral("From an earlier session"));
  QVERIFY(!edit->isReadOnly());
  // Loading is not an edit: nothing to save.
  QCOMPARE(other.findChild<QLabel*>(QStringLiteral("notesStatus"))->text(), QString());
}

void TestHistoryPanel::clearsAndReloads() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  QVERIFY(panel_->saveVersion(QStringLiteral("Base")) > 0);
  panel_->setDocument(nullptr);
  QCOMPARE(history()->rowCount(), 0);
  QCOMPARE(versions()->rowCount(), 0);
  QVERIFY(!panel_->findChild<QTabWidget*>(QStringLiteral("historyTabs"))->isEnabled());
  panel_->setDocument(document_.get());
  QCOMPARE(history()->rowCount(), 3);  // created, WACC, the version saved
  QCOMPARE(versions()->rowCount(), 1);
  QCOMPARE(changeText(1, 0), QStringLiteral("WACC: 10 % → 9 %"));
}

void TestHistoryPanel::survivesTheDocumentGoingAway() {
  document_.reset();
  QCOMPARE(panel_->document(), nullptr);
  QCOMPARE(history()->rowCount(), 0);
  QVERIFY(!panel_->findChild<QTabWidget*>(QStringLiteral("historyTabs"))->isEnabled());
}

void TestHistoryPanel::retranslates() {
  QEvent languageChange(QEvent::LanguageChange);
  QCoreApplication::sendEvent(panel_.get(), &languageChange);
  auto* tabs = panel_->findChild<QTabWidget*>(QStringLiteral("historyTabs"));
  QCOMPARE(tabs->tabText(0), QStringLiteral("Changes"));
  QCOMPARE(tabs->tabText(1), QStringLiteral("Versions"));
  QCOMPARE(tabs->tabText(2), QStringLiteral("Notes"));
  QCOMPARE(history()->headerData(HistoryModel::LabelColumn, Qt::Horizontal).toString(),
           QStringLiteral("Change"));
  for (const char* name : {"historyView", "versionsView", "notesEdit", "saveVersionButton",
                           "restoreVersionButton", "compareVersionButton"}) {
    auto* widget = panel_->findChild<QWidget*>(QString::fromLatin1(name));
    QVERIFY2(widget, name);
    QVERIFY2(!widget->accessibleName().isEmpty(), name);
  }
}

// A change is stored as a code with English words beside it; each reader sees it in their own
// language, whatever language it was made in.
void TestHistoryPanel::labelsReadInTheReadersLanguage() {
  QCOMPARE(setField("discount_rate.wacc", Value(0.09)), QString());
  document_->undoStack()->undo();
  QCOMPARE(mutationRow(1).data().toString(), QStringLiteral("Set WACC"));
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Undo Set WACC"));

  QTranslator german;
  QVERIFY(german.load(QStringLiteral(":/i18n/valor_de.qm")));
  QCoreApplication::installTranslator(&german);
  QEvent languageChange(QEvent::LanguageChange);
  QCoreApplication::sendEvent(panel_.get(), &languageChange);
  QCOMPARE(mutationRow(1).data().toString(), QStringLiteral("Kapitalkosten (WACC) festlegen"));
  QCOMPARE(mutationRow(0).data().toString(),
           QStringLiteral("Rückgängig: Kapitalkosten (WACC) festlegen"));
  // The Edit menu's step made in English follows too (a tab passes the language change on).
  QCOMPARE(document_->undoStack()->redoText(), QStringLiteral("Set WACC"));
  document_->retranslate();
  QCOMPARE(document_->undoStack()->redoText(), QStringLiteral("Kapitalkosten (WACC) festlegen"));
  // Made in German: shown in German, stored in English words beside its code.
  QCOMPARE(setField("terminal_value.growth", Value(0.025)), QString());
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Ewige Wachstumsrate festlegen"));
  QCOMPARE(document_->undoStack()->undoText(), QStringLiteral("Ewige Wachstumsrate festlegen"));
  auto log = workspace_->history(scenario_, document_->revision() - 1);
  QVERIFY2(log, errorText(log).c_str());
  QCOMPARE(log.value().size(), std::size_t{1});
  QCOMPARE(log.value().front().mutation.label, std::string("Set Terminal growth"));
  QCOMPARE(log.value().front().mutation.labelCode.code, std::string("set_field"));

  // A label with two parameters fills both, in the reader's language and in the stored words.
  const LabelCode forecast{"forecast_drivers", {"Linear trend", "revenue"}};
  QCOMPARE(ui::renderLabel(forecast, nullptr, false).value_or(QString()),
           QStringLiteral("Use the Linear trend forecast of revenue as drivers"));
  const QString translated = ui::renderLabel(forecast, nullptr).value_or(QString());
  QVERIFY2(translated.contains(QStringLiteral("Linear trend")) &&
               translated.contains(QStringLiteral("revenue")) && !translated.contains(u'%'),
           qPrintable(translated));
  QVERIFY(!ui::renderLabel({"forecast_drivers", {"Linear trend"}}, nullptr));

  QCoreApplication::removeTranslator(&german);
  QCoreApplication::sendEvent(panel_.get(), &languageChange);
  QCOMPARE(mutationRow(0).data().toString(), QStringLiteral("Set Terminal growth"));
  QCOMPARE(mutationRow(2).data().toString(), QStringLiteral("Set WACC"));
}

QTEST_MAIN(TestHistoryPanel)
#include "test_historypanel.moc"
