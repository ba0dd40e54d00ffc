// The desktop application driven like a user would: open the sample workspace, type into the
// DCF form, undo, reopen, mistype, switch the language. Offscreen, temporary settings, C locale.
#include <QtTest>

#include <QTabWidget>

#include <QLineEdit>

#include <QTimer>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QValueAxis>

#include "core/common/clock.h"
#include "core/model/id.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfkind.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/lbo/lbokind.h"
#include "core/store/workspace.h"
#include "tests/support/checks.h"
#include "tests/ui/samplesession.h"
#include "tests/ui/screenshot.h"
#include "ui/common/messagebox.h"
#include "ui/editors/driverkinddialog.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/numberformat.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/models/dcf/charts.h"
#include "ui/models/dcf/dcfeditor.h"
#include "ui/models/dcf/resultspanel.h"
#include "ui/models/dcf/yeartablemodel.h"
#include "ui/models/lbo/lbocharts.h"
#include "ui/models/lbo/lboeditor.h"
#include "ui/models/lbo/lboresults.h"
#include "ui/models/listmembers.h"
#include "ui/models/ma/maeditor.h"
#include "ui/models/ma/maresults.h"
#include "ui/models/modelview.h"
#include "ui/results/outputspanel.h"
#include "ui/settings/appearance.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/settings/settings.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::dcfOf;

namespace {
const QString kHelios = QStringLiteral("Helios Utilities — exit multiple");
const QString kWacc = QStringLiteral("dcf.discount_rate.wacc");

// The open tab as the DCF's editor (the samples are DCF scenarios).
DcfEditor* dcfEditorOf(const MainWindow& window) {
  return qobject_cast<DcfEditor*>(window.currentEditor());
}
}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

 private:
  valor::testing::SampleSession session_;

  std::unique_ptr<MainWindow> openHelios() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->show();
    if (!window->openWorkspace(session_.workspacePath)) return nullptr;
    auto id = window->workspace()->findScenario(kHelios.toStdString());
    if (!id || !window->openScenario(id.value())) return nullptr;
    return window;
  }

  static QString enterpriseValueText(MainWindow& window) {
    return dcfEditorOf(window)
        ->resultsPanel()
        ->findChild<QLabel*>(QStringLiteral("enterpriseValue"))
        ->text();
  }

  static double storedWacc(MainWindow& window) {
    const Entity* dcf = window.currentEditor()->document()->modelBlock();
    return *dcf->number("discount_rate.wacc");
  }

  static void typeInto(FieldEdit* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
  }

 private slots:
  void initTestCase() {
    const QString problem = session_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  // Without fonts Qt draws every glyph as an empty box and says nothing.
  void fontsAreAvailable() { QVERIFY(!QFontDatabase::families().isEmpty()); }

  void theOpenScenarioExportsToExcelAndCsv() {
    auto window = openHelios();
    QVERIFY(window);
    auto* excel = window->findChild<QAction*>(QStringLiteral("exportWorkbook"));
    QVERIFY(excel && excel->isEnabled());
    QCOMPARE(excel->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QString book = session_.dir.filePath(QStringLiteral("helios.xlsx"));
    QVERIFY2(window->exportWorkbookTo(book), qPrintable(window->lastMessage()));
    QVERIFY(QFileInfo(book).size() > 0);
    const QString folder = session_.dir.filePath(QStringLiteral("helios-csv"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(window->exportCsvTo(folder), qPrintable(window->lastMessage()));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("projection.csv"))));
    auto* pdf = window->findChild<QAction*>(QStringLiteral("exportPdf"));
    QVERIFY(pdf && pdf->isEnabled());
    QCOMPARE(pdf->shortcut(), QKeySequence(QKeySequence::Print));
    const QString report = session_.dir.filePath(QStringLiteral("helios.pdf"));
    QVERIFY2(window->exportPdfTo(report), qPrintable(window->lastMessage()));
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));

    // A WACC the scenario cannot be valued at: refused, with the rule, and no file.
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    typeInto(wacc, QStringLiteral("-150"));
    QTest::keyClick(wacc, Qt::Key_Return);
    const QString refused = session_.dir.filePath(QStringLiteral("refused.xlsx"));
    QVERIFY(!window->exportWorkbookTo(refused));
    QVERIFY2(window->lastMessage().contains(QStringLiteral("errors to fix first")),
             qPrintable(window->lastMessage()));
    QVERIFY(!QFileInfo::exists(refused));
    QVERIFY(!window->exportPdfTo(session_.dir.filePath(QStringLiteral("refused.pdf"))));
    QVERIFY(!QFileInfo::exists(session_.dir.filePath(QStringLiteral("refused.pdf"))));
    window->undoGroup()->undo();
  }

  void sampleWorkspaceHoldsSevenDeals() {
    auto window = openHelios();
    QVERIFY(window);
    auto list = window->workspace()->listScenarios();
    // Three DCFs, the ValueCo buyout, the ExxonMobil / Pioneer merger, the patent and the
    // balanced allocation.
    QCOMPARE(list.value().size(), std::size_t(7));
    QVERIFY(dcfEditorOf(*window)->resultsPanel()->showsResult());
  }

  void typingANewWaccChangesTheValueAndUndoRestoresIt() {
    auto window = openHelios();
    QVERIFY(window);
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    QVERIFY(wacc);
    QCOMPARE(wacc->text(), QStringLiteral("6.2 %"));
    const QString before = enterpriseValueText(*window);
    const std::int64_t revisionBefore = window->currentEditor()->document()->revision();

    // While typing, the results follow (a preview); nothing is saved yet.
    typeInto(wacc, QStringLiteral("8"));
    QVERIFY(enterpriseValueText(*window) != before);
    QCOMPARE(window->currentEditor()->document()->revision(), revisionBefore);
    QCOMPARE(storedWacc(*window), 0.062);

    // Enter makes it a saved change: WACC 8 %, and a higher WACC means a lower value.
    QTest::keyClick(wacc, Qt::Key_Return);
    QCOMPARE(storedWacc(*window), 0.08);
    QCOMPARE(window->currentEditor()->document()->revision(), revisionBefore + 1);
    const double evAt8 =
        dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result->enterpriseValue;
    QVERIFY(enterpriseValueText(*window) != before);
    QCOMPARE(window->undoGroup()->undoText(), QStringLiteral("Set WACC"));

    // Ctrl+Z (the Edit menu's action) restores the old WACC and the old value, as a new change.
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(storedWacc(*window), 0.062);
    QCOMPARE(enterpriseValueText(*window), before);
    QCOMPARE(wacc->text(), QStringLiteral("6.2 %"));
    QCOMPARE(window->currentEditor()->document()->revision(), revisionBefore + 2);

    QAction* redo = window->findChild<QAction*>(QStringLiteral("redoAction"));
    redo->trigger();
    QCOMPARE(storedWacc(*window), 0.08);
    QCOMPARE(
        dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result->enterpriseValue,
        evAt8);
  }

  void editsAndHistorySurviveClosingAndReopening() {
    double waccBefore = 0;
    std::int64_t revision = 0;
    {
      auto window = openHelios();
      QVERIFY(window);
      FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
      typeInto(wacc, QStringLiteral("7.25"));
      QTest::keyClick(wacc, Qt::Key_Return);
      waccBefore = storedWacc(*window);
      revision = window->currentEditor()->document()->revision();
    }
    QCOMPARE(waccBefore, 0.0725);
    auto window = openHelios();
    QVERIFY(window);
    QCOMPARE(storedWacc(*window), 0.0725);
    QCOMPARE(window->currentEditor()->document()->revision(), revision);
    QCOMPARE(window->currentEditor()->fieldEdit(kWacc)->text(), QStringLiteral("7.25 %"));
    auto history = window->workspace()->history(window->currentEditor()->document()->scenarioId());
    QVERIFY(history);
    const auto& last = history.value().back();
    QCOMPARE(last.revision, revision);
    QCOMPARE(QString::fromStdString(last.mutation.label), QStringLiteral("Set WACC"));
    QCOMPARE(last.mutation.ops.size(), std::size_t(1));
    QCOMPARE(std::get<double>(*last.mutation.ops.front().value), 0.0725);
  }

  // File ▸ Save a Copy: a value being typed is saved first, and the copy opens as a workspace
  // with that value and the same scenarios; the open workspace stays open and writable.
  void saveACopyHoldsWhatIsOnScreen() {
    auto window = openHelios();
    QVERIFY(window);
    window->activateWindow();  // as the user's window is: focus moves, and leaving a field saves
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    typeInto(wacc, QStringLiteral("9.5"));  // typed, not yet confirmed with Enter
    QAction* action = nullptr;
    for (QAction* a : window->findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)) action = a;
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Sa&ve a Copy of the Workspace…"));
    const QString copy = session_.dir.filePath(QStringLiteral("copy of the sample.valor"));
    QVERIFY2(window->saveCopyTo(copy), qPrintable(window->lastMessage()));
    QCOMPARE(storedWacc(*window), 0.095);
    auto reader = Workspace::open(copy.toStdString(),
                                  {systemClock(), randomIdGenerator(), /*readOnly=*/true});
    QVERIFY(reader);
    auto list = reader.value()->listScenarios();
    QVERIFY(list);
    QCOMPARE(list.value().size(), std::size_t(7));
    auto stored = reader.value()->loadScenario(window->currentEditor()->document()->scenarioId());
    QVERIFY(stored);
    QCOMPARE(*dcfOf(stored.value().document).number("discount_rate.wacc"), 0.095);
    QVERIFY(!window->workspace()->readOnly());
  }

  void invalidInputShowsAMessageAndKeepsTheOldValue() {
    auto window = openHelios();
    QVERIFY(window);
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    const double stored = storedWacc(*window);
    const std::int64_t revision = window->currentEditor()->document()->revision();
    const QString shown = wacc->text();
    typeInto(wacc, QStringLiteral("abc"));
    QTest::keyClick(wacc, Qt::Key_Return);
    QCOMPARE(storedWacc(*window), stored);
    QCOMPARE(window->currentEditor()->document()->revision(), revision);
    QCOMPARE(wacc->text(), shown);
    auto* message = wacc->parentWidget()->findChild<QLabel*>();
    QVERIFY(message);
    QVERIFY(message->isVisibleTo(window.get()));
    QVERIFY2(message->text().contains(QStringLiteral("not a number")), qPrintable(message->text()));
  }

  void ruleViolationIsShownAtTheField() {
    auto window = openHelios();
    QVERIFY(window);
    // An exit multiple is allowed to be anything positive, but a WACC of 0 is not a WACC.
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    typeInto(wacc, QStringLiteral("0"));
    QTest::keyClick(wacc, Qt::Key_Return);
    QVERIFY(wacc->property("valorIssue").toBool());
    QVERIFY(!dcfEditorOf(*window)->resultsPanel()->showsResult());
    window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QVERIFY(!wacc->property("valorIssue").toBool());
    QVERIFY(dcfEditorOf(*window)->resultsPanel()->showsResult());
  }

  void optionTranchesAreEditableAndDilute() {
    auto window = openHelios();
    QVERIFY(window);
    auto* view = window->currentEditor()->findChild<QTableView*>(
        QStringLiteral("listTable:equity_bridge.options"));
    QVERIFY(view);
    auto* model = qobject_cast<ListMembersModel*>(view->model());
    const int count = model->column("count");
    const int strike = model->column("strike");
    QCOMPARE(model->rowCount(), 0);
    const DcfResult before =
        *dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result;
    QVERIFY(model->addMember().isEmpty());
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->setData(model->index(0, count), QStringLiteral("10"), Qt::EditRole));
    QVERIFY(model->setData(model->index(0, strike), QStringLiteral("1"), Qt::EditRole));
    // Treasury stock method at the computed price: P = (E + 10 × 1) / (410 + 10 shares).
    const DcfResult after =
        *dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result;
    QCOMPARE(after.equityValue, before.equityValue);
    QVERIFY(std::abs(after.valuePerShare - (before.equityValue + 10.0) / 420.0) < 1e-9);
    QVERIFY(!model->setData(model->index(0, strike), QStringLiteral("x"), Qt::EditRole));
    // Three steps (add, count, strike) undo back to no tranche at all.
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    for (int i = 0; i < 3; ++i) undo->trigger();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(
        dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result->valuePerShare,
        before.valuePerShare);
  }

  // The buyout sample in its LBO tab: the key figures, the tranche table in seniority order,
  // an edit that moves the IRR, a reorder, and undo of both.
  void buyoutTabEditsTranchesAndReturns() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->show();
    QVERIFY(window->openWorkspace(session_.workspacePath));
    auto id = window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)");
    QVERIFY(id);
    QVERIFY(window->openScenario(id.value()));
    auto* view = qobject_cast<LboEditor*>(window->currentEditor());
    QVERIFY(view);
    QVERIFY(view->results()->outputs()->showsResult());
    // Sources and uses at close balance: 450 + 300 + 385 = 1,100 + 15 + 20 = 1,135.
    QTableWidget* su = view->results()->sourcesUses();
    const int last = su->rowCount() - 1;
    QCOMPARE(QLocale().toDouble(su->item(last, 1)->text()), 1135.0);
    QCOMPARE(su->item(last, 3)->text(), su->item(last, 1)->text());
    QCOMPARE(view->results()->debtPaydown()->series()->count(), 3);  // one set per tranche
    const auto irrOf = [&] { return *lboEvaluationOf(view->document()->evaluation()).result->irr; };
    const double irr = irrOf();
    QVERIFY(irr > 0.19 && irr < 0.21);

    auto* table = view->findChild<QTableView*>(QStringLiteral("listTable:tranches"));
    QVERIFY(table);
    auto* model = qobject_cast<ListMembersModel*>(table->model());
    QCOMPARE(model->rowCount(), 3);
    const int label = model->column("label");
    QCOMPARE(model->data(model->index(1, label), Qt::DisplayRole).toString(),
             QStringLiteral("Term loan B"));
    QCOMPARE(model->data(model->index(1, model->column("type")), Qt::DisplayRole).toString(),
             QStringLiteral("Term loan"));

    // A cheaper term loan (spread 2.5 % instead of 3.5 %) leaves more for the sponsor.
    QVERIFY(model->setData(model->index(1, model->column("spread")), QStringLiteral("2.5"),
                           Qt::EditRole));
    QVERIFY(irrOf() > irr);
    // The notes above the term loan: Alt+Up on the notes' row.
    table->setCurrentIndex(model->index(2, label));
    QApplication::setActiveWindow(window.get());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(model->data(model->index(1, label), Qt::DisplayRole).toString(),
             QStringLiteral("Senior subordinated notes"));
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    undo->trigger();
    QCOMPARE(model->data(model->index(1, label), Qt::DisplayRole).toString(),
             QStringLiteral("Term loan B"));
    // Dragged onto the first row, the notes become the most senior tranche.
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2, label)}));
    QVERIFY(model->dropMimeData(dragged.get(), Qt::CopyAction, -1, -1, model->index(0, label)));
    QCOMPARE(model->data(model->index(0, label), Qt::DisplayRole).toString(),
             QStringLiteral("Senior subordinated notes"));
    QCOMPARE(model->data(model->index(1, label), Qt::DisplayRole).toString(),
             QStringLiteral("Revolving credit facility"));
    undo->trigger();
    QCOMPARE(model->data(model->index(0, label), Qt::DisplayRole).toString(),
             QStringLiteral("Revolving credit facility"));
    undo->trigger();
    QCOMPARE(irrOf(), irr);
    // A dividend typed into the per-year grid reaches the sponsor: 50 paid in 2011 (year 3).
    auto* grid = qobject_cast<PerYearModel*>(view->perYearView()->model());
    QVERIFY(grid);
    int dividends = -1;
    for (int row = 0; row < grid->rowCount(); ++row)
      if (grid->driverOf(row) == "dividends") dividends = row;
    QVERIFY(dividends >= 0);
    QVERIFY(grid->setData(grid->index(dividends, 2), QStringLiteral("50"), Qt::EditRole));
    const LboResult& paid = *lboEvaluationOf(view->document()->evaluation()).result;
    QCOMPARE(paid.rows[2].dividends, 50.0);
    QVERIFY(irrOf() != irr);
    undo->trigger();
    QCOMPARE(irrOf(), irr);
    // A word in a number column is refused and changes nothing.
    QVERIFY(!model->setData(model->index(1, model->column("amount")), QStringLiteral("lots"),
                            Qt::EditRole));
    QCOMPARE(irrOf(), irr);
  }

  void languageSwitchChangesTheMenus() {
    auto window = openHelios();
    QVERIFY(window);
    Appearance appearance(session_.settings.get());
    QCOMPARE(window->menuBar()->actions().front()->text(), QStringLiteral("&File"));
    session_.settings->setLanguage(QStringLiteral("de"));
    QCOMPARE(window->menuBar()->actions().front()->text(), QStringLiteral("&Datei"));
    session_.settings->setLanguage(QStringLiteral("en"));
    QCOMPARE(window->menuBar()->actions().front()->text(), QStringLiteral("&File"));
  }

  // Excel's habits: Redo on Ctrl+Y and on Ctrl+Shift+Z, each held by one action only (two holders
  // would make the key ambiguous and dead); Ctrl+Z undoes the edit just saved while the cursor
  // is still in the field. (Ends where it began: the WACC back at 6.2 %.)
  void undoAndRedoKeysWorkAsInASpreadsheet() {
    auto window = openHelios();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    for (const QKeySequence& key : {ctrlY, ctrlShiftZ, QKeySequence(QKeySequence::Undo)}) {
      int holders = 0;
      for (QAction* a : window->findChildren<QAction*>())
        if (a->shortcuts().contains(key)) ++holders;
      QCOMPARE(holders, 1);
    }
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    const double start = storedWacc(*window);  // as the tests before left it
    typeInto(wacc, QStringLiteral("7.5"));
    QTest::keyClick(wacc, Qt::Key_Return);
    QCOMPARE(storedWacc(*window), 0.075);
    QVERIFY(wacc->hasFocus());
    QTest::keySequence(wacc, QKeySequence::Undo);
    QCOMPARE(storedWacc(*window), start);
    QTest::keySequence(wacc, ctrlY);
    QCOMPARE(storedWacc(*window), 0.075);
    QTest::keySequence(wacc, QKeySequence::Undo);
    QTest::keySequence(wacc, ctrlShiftZ);
    QCOMPARE(storedWacc(*window), 0.075);
    QTest::keySequence(wacc, QKeySequence::Undo);
    QCOMPARE(storedWacc(*window), start);
    // While typing, Ctrl+Z undoes the typing, not the scenario.
    typeInto(wacc, QStringLiteral("9"));
    QTest::keySequence(wacc, QKeySequence::Undo);
    QCOMPARE(storedWacc(*window), start);
    QTest::keyClick(wacc, Qt::Key_Escape);
  }

  // "0.025" typed into the WACC is saved as typed (0.025 %) and asks "Did you mean 2.5 %?"; one
  // click makes it 2.5 %, an undoable change of its own. (Ends where it began.)
  void decimalInAPercentFieldAsksDidYouMean() {
    auto window = openHelios();
    QVERIFY(window);
    FieldEdit* wacc = window->currentEditor()->fieldEdit(kWacc);
    const double start = storedWacc(*window);
    typeInto(wacc, QStringLiteral("0.025"));
    QTest::keyClick(wacc, Qt::Key_Return);
    QCOMPARE(storedWacc(*window), 0.00025);
    QLabel* hint = nullptr;
    for (QLabel* label : window->currentEditor()->findChildren<QLabel*>())
      if (label->isVisibleTo(window.get()) &&
          label->text().contains(QStringLiteral("Did you mean")))
        hint = label;
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QStringLiteral("2.5 %")), qPrintable(hint->text()));
    emit hint->linkActivated(QStringLiteral("fix"));
    QCOMPARE(storedWacc(*window), 0.025);
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    undo->trigger();
    QCOMPARE(storedWacc(*window), 0.00025);
    undo->trigger();
    QCOMPARE(storedWacc(*window), start);
  }

  // The per-year grid: F2 edits the cell (the window's F2, Rename, waits), a formula is worked
  // out, Enter saves and moves down. (Ends where it began: both edits undone.)
  void gridKeysWorkAsInASpreadsheet() {
    auto window = openHelios();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* grid = window->currentEditor()->findChild<PerYearView*>(QStringLiteral("perYearGrid"));
    QVERIFY(grid);
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_F2, Qt::NoModifier);
    QApplication::sendEvent(grid, &override);
    QVERIFY(override.isAccepted());
    QTest::keyClick(grid, Qt::Key_F2);
    // The cell's editor is open (and no rename dialog).
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor && grid->isAncestorOf(editor));
    QVERIFY(!QApplication::activeModalWidget());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("=2+1"));
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits and closes queued
    QTRY_COMPARE(grid->currentIndex().row(), 1);
    QCOMPARE(grid->currentIndex().column(), 0);
    // The formula's cell reads as a 3 typed straight in (in the row's own unit).
    grid->setCurrentIndex(grid->model()->index(0, 1));
    QTest::keyClick(grid, Qt::Key_F2);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("3"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(grid->currentIndex().row(), 1);
    QCOMPARE(grid->model()->index(0, 0).data().toString(),
             grid->model()->index(0, 1).data().toString());
    // Enter without editing moves down too.
    grid->setCurrentIndex(grid->model()->index(0, 2));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(grid->currentIndex().row(), 1);
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    undo->trigger();
    undo->trigger();
  }

  // The row header says how each driver is given, and its menu changes that: in stages (the
  // dialog shows the years it resolves to; a word is refused by the field's name), per year,
  // constant again, each one undoable step. (Ends where it began: all three undone.)
  void driverKindMenuGivesADriverConstantPerYearOrInStages() {
    auto window = openHelios();
    QVERIFY(window);
    auto* grid = window->currentEditor()->findChild<PerYearView*>(QStringLiteral("perYearGrid"));
    QVERIFY(grid);
    auto* model = qobject_cast<PerYearModel*>(grid->model());
    QCOMPARE(model->driverOf(0), std::string("revenue_growth"));
    auto header = [&] { return model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString(); };
    auto cell = [&](int year) { return model->index(0, year).data().toString(); };
    QCOMPARE(header(), QStringLiteral("Revenue growth · constant"));
    QCOMPARE(cell(0), QStringLiteral("2.5 %"));
    std::unique_ptr<QMenu> menu(grid->kindMenu(0, nullptr));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("makeConstant"))->isChecked());

    // In stages: 2 years at 10 %, a 2-year linear fade, then 4 % (Damodaran's three stages:
    // the fade moves in stage-2-years + 1 equal steps, so 8 % and 6 %).
    menu->findChild<QAction*>(QStringLiteral("makeStaged"))->trigger();
    auto* dialog = qobject_cast<DriverKindDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    dialog->findChild<QSpinBox*>(QStringLiteral("stage1Years"))->setValue(2);
    dialog->findChild<QSpinBox*>(QStringLiteral("stage2Years"))->setValue(2);
    dialog->findChild<QComboBox*>(QStringLiteral("fade"))->setCurrentIndex(0);
    auto type = [&](const char* name, const QString& text) {
      auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
      edit->selectAll();
      QTest::keyClicks(edit, text);
    };
    type("stage1Value", QStringLiteral("10"));
    type("stage3Value", QStringLiteral("lots"));
    dialog->accept();
    QCOMPARE(QApplication::activeModalWidget(), dialog);  // refused, still open
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("driverKindMessage"));
    QVERIFY2(message->text().startsWith(QStringLiteral("Stage 3 value: ")),
             qPrintable(message->text()));
    type("stage3Value", QStringLiteral("4"));
    QVERIFY2(dialog->preview().contains(QStringLiteral("2027: 10 %, 2028: 8 %, 2029: 6 %, "
                                                       "2030: 4 %")),
             qPrintable(dialog->preview()));
    testing::screenshot(dialog, "driver-stages-dialog");
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(header(), QStringLiteral("Revenue growth · in stages"));
    testing::screenshot(grid, "driver-stages-grid", true);
    const QStringList staged = {QStringLiteral("10 %"), QStringLiteral("10 %"),
                                QStringLiteral("8 %"),  QStringLiteral("6 %"),
                                QStringLiteral("4 %"),  QStringLiteral("4 %"),
                                QStringLiteral("4 %"),  QStringLiteral("4 %")};
    for (int year = 0; year < 8; ++year) QCOMPARE(cell(year), staged[year]);
    QAction* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY2(undo->text().contains(QStringLiteral("Give Revenue growth in stages")),
             qPrintable(undo->text()));

    // Per year keeps the years; constant asks for one value.
    menu.reset(grid->kindMenu(0, nullptr));
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("makeStaged"))->isChecked());
    menu->findChild<QAction*>(QStringLiteral("makePerYear"))->trigger();
    QCOMPARE(header(), QStringLiteral("Revenue growth · per year"));
    for (int year = 0; year < 8; ++year) QCOMPARE(cell(year), staged[year]);
    menu.reset(grid->kindMenu(0, nullptr));
    menu->findChild<QAction*>(QStringLiteral("makeConstant"))->trigger();
    dialog = qobject_cast<DriverKindDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    // Proposed from the first year.
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("constantValue"))->text(),
             QStringLiteral("10 %"));
    type("constantValue", QStringLiteral("3"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(header(), QStringLiteral("Revenue growth · constant"));
    for (int year = 0; year < 8; ++year) QCOMPARE(cell(year), QStringLiteral("3 %"));
    const Entity* block = window->currentEditor()->document()->modelBlock();
    QVERIFY(!block->field("revenue_growth.values"));
    QVERIFY(!block->field("revenue_growth.stage1"));

    for (int i = 0; i < 3; ++i) undo->trigger();
    QCOMPARE(header(), QStringLiteral("Revenue growth · constant"));
    // A one-year projection: the stages proposed fit in it.
    Document* document = window->currentEditor()->document();
    QVERIFY(document->setField(document->modelBlock()->id, "years", Value(1.0)).isEmpty());
    QCOMPARE(model->columnCount(), 1);
    const auto single = model->kindOf(0);
    QVERIFY(single);
    QCOMPARE(single->staged.stage1Years, 1);
    QCOMPARE(single->staged.stage2, 0.025);
    undo->trigger();
    QCOMPARE(cell(7), QStringLiteral("2.5 %"));
    block = window->currentEditor()->document()->modelBlock();
    QVERIFY(!block->field("revenue_growth.stage1"));
  }

  // Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab / Ctrl+Shift+Tab) step through the scenario tabs; the
  // status bar and the workspace list follow.
  void ctrlPageKeysStepThroughTabs() {
    auto window = openHelios();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto id = window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)");
    QVERIFY(id && window->openScenario(id.value()));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("scenarioTabs"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QCOMPARE(tabs->currentIndex(), 0);
    // The status bar's revision and the workspace list follow the tab in front.
    auto* list = window->findChild<QListView*>(QStringLiteral("scenarioList"));
    auto* revision = window->findChild<QLabel*>(QStringLiteral("revision"));
    QVERIFY(list && revision);
    QCOMPARE(list->currentIndex().data().toString(), kHelios);
    QCOMPARE(revision->text(),
             QStringLiteral("Revision %1").arg(window->currentEditor()->document()->revision()));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(list->currentIndex().data().toString(),
             QStringLiteral("ValueCo — leveraged buyout (textbook case)"));
    QCOMPARE(revision->text(),
             QStringLiteral("Revision %1").arg(window->currentEditor()->document()->revision()));
    window->findChild<QAction*>(QStringLiteral("nextTab"))->trigger();
    QCOMPARE(tabs->currentIndex(), 0);
  }

  // Closing keeps the window's place, its docks, and the workspace's open tabs with the one in
  // front; the next start opens them again, a scenario deleted meanwhile left out.
  void theLayoutAndOpenTabsComeBackAtTheNextStart() {
    QString valueCoId, heliosId;
    {
      auto window = openHelios();
      QVERIFY(window);
      auto id = window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)");
      QVERIFY(id && window->openScenario(id.value()));
      valueCoId = QString::fromStdString(id.value().toString());
      heliosId = QString::fromStdString(
          window->workspace()->findScenario(kHelios.toStdString()).value().toString());
      window->findChild<QTabWidget*>(QStringLiteral("scenarioTabs"))->setCurrentIndex(0);
      window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->hide();
      window->resize(1100, 700);
      QVERIFY(window->close());
    }
    QCOMPARE(session_.settings->openTabs(session_.workspacePath),
             QStringList({heliosId, valueCoId}));

    MainWindow again(session_.settings.get());
    QVERIFY(again.restoreLayout());
    QCOMPARE(again.size(), QSize(1100, 700));
    again.show();
    QVERIFY(again.openWorkspace(session_.workspacePath));
    QVERIFY(again.restoreOpenTabs());
    auto* tabs = again.findChild<QTabWidget*>(QStringLiteral("scenarioTabs"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), kHelios);  // in front, as it was
    QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("historyDock"))->isVisible());
    again.findChild<QDockWidget*>(QStringLiteral("historyDock"))->show();

    // A workspace never left with tabs has none to restore; an unknown ID is skipped.
    session_.settings->setOpenTabs(session_.workspacePath,
                                   {QStringLiteral("00000000-0000-4000-8000-000000000009")}, {});
    MainWindow third(session_.settings.get());
    QVERIFY(third.openWorkspace(session_.workspacePath));
    QVERIFY(!third.restoreOpenTabs());
    QCOMPARE(third.findChild<QTabWidget*>(QStringLiteral("scenarioTabs"))->count(), 0);
    session_.settings->setOpenTabs(session_.workspacePath, {}, {});
  }

  // Help ▸ Keyboard Shortcuts lists the menus' keys as they are, both of Redo's among them.
  void keyboardShortcutsListTheMenusKeys() {
    auto window = openHelios();
    QVERIFY(window);
    QString redoKeys;
    int rows = 0;
    QTimer::singleShot(0, this, [&] {
      QWidget* dialog = QApplication::activeModalWidget();
      if (!dialog) return;
      if (auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"))) {
        rows = table->rowCount();
        for (int r = 0; r < rows; ++r)
          if (table->item(r, 1)->text() == QStringLiteral("Redo"))
            redoKeys = table->item(r, 2)->text();
      }
      // Set VALOR_SCREENSHOT_DIR for a picture of the dialog.
      if (const QByteArray dir = qgetenv("VALOR_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QString::fromUtf8(dir + "/keyboard-shortcuts.png"));
      dialog->close();
    });
    window->findChild<QAction*>(QStringLiteral("keyboardShortcuts"))->trigger();
    QVERIFY(rows > 20);
    QVERIFY2(redoKeys.contains(QStringLiteral("Ctrl+Y")), qPrintable(redoKeys));
    QVERIFY2(redoKeys.contains(QStringLiteral("Ctrl+Shift+Z")), qPrintable(redoKeys));
  }

  // A laptop screen: the main window with both side panels fits 1280 × 720 in English and in
  // German, whichever kind of scenario is in front.
  void fitsALaptopScreen() {
    auto window = openHelios();
    QVERIFY(window);
    for (const char* name : {"ValueCo — leveraged buyout (textbook case)",
                             "ExxonMobil / Pioneer — all-stock merger (2023)"}) {
      auto id = window->workspace()->findScenario(name);
      QVERIFY(id && window->openScenario(id.value()));
    }
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("scenarioTabs"));
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) QVERIFY(dock->isVisible());
    for (const char* language : {"en", "de"}) {
      session_.settings->setLanguage(QString::fromLatin1(language));
      for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(20);  // the new texts' layouts settle first
        const QSize hint = window->minimumSizeHint();
        QVERIFY2(hint.width() <= 1280 && hint.height() <= 720,
                 qPrintable(QStringLiteral("%1, %2: %3 × %4")
                                .arg(QLatin1String(language), tabs->tabText(tab))
                                .arg(hint.width())
                                .arg(hint.height())));
      }
    }
    // Sized to 1280 × 720, everything is inside the window.
    window->resize(1280, 720);
    QTest::qWait(50);
    QCOMPARE(window->width(), 1280);
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
      QVERIFY(dock->geometry().right() < 1280);
    session_.settings->setLanguage(QStringLiteral("en"));
  }

  // File ▸ New LBO Scenario beside New DCF Scenario: the template, valued, in its own tab.
  // (Last: it adds a scenario to the shared sample workspace.)
  void newLboScenarioOpensTheTemplate() {
    auto window = openHelios();
    QVERIFY(window);
    auto* dcf = window->findChild<QAction*>(QStringLiteral("newScenario:dcf"));
    auto* lbo = window->findChild<QAction*>(QStringLiteral("newScenario:lbo"));
    QVERIFY(dcf && lbo);
    QCOMPARE(dcf->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(lbo->text(), QStringLiteral("New LBO Scenario"));
    lbo->trigger();
    auto* view = qobject_cast<LboEditor*>(window->currentEditor());
    QVERIFY(view);
    QVERIFY(view->results()->outputs()->showsResult());
    QCOMPARE(window->workspace()->listScenarios().value().size(), std::size_t(8));
  }

  // File ▸ New M&A Scenario: the template, valued, in the M&A's own tab.
  // (Last: it adds a scenario to the shared sample workspace.)
  void newMaScenarioOpensTheTemplate() {
    auto window = openHelios();
    QVERIFY(window);
    auto* ma = window->findChild<QAction*>(QStringLiteral("newScenario:ma"));
    QVERIFY(ma);
    QCOMPARE(ma->text(), QStringLiteral("New M&&A Scenario"));
    ma->trigger();
    auto* view = qobject_cast<MaEditor*>(window->currentEditor());
    QVERIFY(view);
    QVERIFY(view->results()->outputs()->showsResult());
    QCOMPARE(window->workspace()->listScenarios().value().size(), std::size_t(9));
  }

  // The display setting "negative amounts in parentheses" applies at once to the open results:
  // Crescent's negative free cash flow reads (12.3) instead of -12.3, and back.
  void negativeAmountsInParentheses() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->show();
    QVERIFY(window->openWorkspace(session_.workspacePath));
    auto id = window->workspace()->findScenario("Crescent Software — growth case");
    QVERIFY(id && window->openScenario(id.value()));
    const QAbstractItemModel* table = dcfEditorOf(*window)->resultsPanel()->yearTableModel();
    QModelIndex negative;
    for (int row = 0; row < table->rowCount() && !negative.isValid(); ++row)
      for (int column = 0; column < table->columnCount(); ++column)
        if (table->index(row, column).data().toString().startsWith(QLatin1Char('-'))) {
          negative = table->index(row, column);
          break;
        }
    QVERIFY(negative.isValid());
    const QString minus = negative.data().toString();
    session_.settings->setNegativesInParentheses(true);
    QCOMPARE(negative.data().toString(), QLatin1Char('(') + minus.mid(1) + QLatin1Char(')'));
    session_.settings->setNegativesInParentheses(false);
    QCOMPARE(negative.data().toString(), minus);

    // The same through Preferences, as a user sets it.
    PreferencesDialog preferences(session_.settings.get(), window.get());
    preferences.show();
    auto* box = preferences.findChild<QCheckBox*>();
    QVERIFY(box && !box->isChecked());
    QVERIFY(box->text().contains(QStringLiteral("parentheses")));
    box->setChecked(true);
    valor::testing::screenshot(&preferences, "preferences");
    preferences.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(session_.settings->negativesInParentheses());
    QVERIFY(negative.data().toString().startsWith(QLatin1Char('(')));
    session_.settings->setNegativesInParentheses(false);
  }
  // Preferences ▸ Show amounts in: results in thousands or billions, whatever unit a scenario
  // is entered in; inputs stay as entered. ValueCo is entered in USD millions; its sources and
  // uses balance at 450 + 300 + 385 = 1,135 (= 1,100 + 15 + 20): 1,135,000 thousands, 1.135
  // billions. Helios (EUR millions): its enterprise value and first revenue are the engine's
  // millions × 1,000.
  void amountsInADisplayUnit() {
    auto window = openHelios();
    QVERIFY(window);
    ResultsPanel* dcf = dcfEditorOf(*window)->resultsPanel();
    const DcfResult helios =
        *dcfEvaluationOf(window->currentEditor()->document()->evaluation()).result;
    FieldEdit* cash = window->currentEditor()->fieldEdit(QStringLiteral("dcf.equity_bridge.cash"));
    QVERIFY(cash);
    const QString cashEntered = cash->text();
    auto id = window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)");
    QVERIFY(id && window->openScenario(id.value()));
    auto* lbo = qobject_cast<LboEditor*>(window->currentEditor());
    QVERIFY(lbo);
    QTableWidget* su = lbo->results()->sourcesUses();
    const auto total = [&] { return QLocale().toDouble(su->item(su->rowCount() - 1, 1)->text()); };
    auto* lboUnit = lbo->results()->outputs()->findChild<QLabel*>(QStringLiteral("resultsStatus"));
    QVERIFY(lboUnit);
    QCOMPARE(total(), 1135.0);
    QCOMPARE(lboUnit->text(), QStringLiteral("Amounts in USD millions"));

    const int decimals = session_.settings->decimals();
    const auto restore = qScopeGuard([&] {
      session_.settings->setDisplayUnit(QStringLiteral("as_entered"));
      session_.settings->setDecimals(decimals);
    });
    // As a user sets it.
    PreferencesDialog preferences(session_.settings.get(), window.get());
    QComboBox* unit = nullptr;
    for (QComboBox* box : preferences.findChildren<QComboBox*>())
      if (box->accessibleName() == QStringLiteral("Show amounts in")) unit = box;
    QVERIFY(unit);
    QCOMPARE(unit->currentText(), QStringLiteral("As entered in each scenario"));
    unit->setCurrentIndex(unit->findData(QStringLiteral("thousands")));
    preferences.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(session_.settings->displayUnit(), QStringLiteral("thousands"));
    QCOMPARE(total(), 1135000.0);
    QCOMPARE(lboUnit->text(), QStringLiteral("Amounts in USD thousands"));
    QCOMPARE(lbo->results()->debtPaydown()->chart()->axes(Qt::Vertical).front()->titleText(),
             QStringLiteral("USD thousands"));

    QCOMPARE(dcf->findChild<QLabel*>(QStringLiteral("enterpriseValue"))->text(),
             formatAmount(helios.enterpriseValue * 1000, decimals));
    QCOMPARE(dcf->findChild<QLabel*>(QStringLiteral("keyFiguresUnit"))->text(),
             QStringLiteral("Amounts in EUR thousands"));
    const QAbstractItemModel* table = dcf->yearTableModel();
    QCOMPARE(table->index(YearTableModel::Revenue, 0).data(YearTableModel::RawValueRole).toDouble(),
             helios.projection.rows[0].revenue * 1000);
    QCOMPARE(dcf->revenueFcffChart()->valueAxis()->titleText(), QStringLiteral("EUR thousands"));
    // Per-share values and inputs are never rescaled.
    QCOMPARE(dcf->findChild<QLabel*>(QStringLiteral("valuePerShare"))->text(),
             YearTableModel::formatMoney(helios.valuePerShare, 2));
    QCOMPARE(cash->text(), cashEntered);

    session_.settings->setDecimals(3);
    session_.settings->setDisplayUnit(QStringLiteral("billions"));
    QCOMPARE(total(), 1.135);
    QCOMPARE(lboUnit->text(), QStringLiteral("Amounts in USD billions"));
    session_.settings->setDisplayUnit(QStringLiteral("as_entered"));
    session_.settings->setDecimals(decimals);
    QCOMPARE(total(), 1135.0);
    QCOMPARE(dcf->findChild<QLabel*>(QStringLiteral("keyFiguresUnit"))->text(),
             QStringLiteral("Amounts in EUR millions"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
