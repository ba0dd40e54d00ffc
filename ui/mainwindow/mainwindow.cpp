#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/syncmenu.h"
#include "ui/sync/synccontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <algorithm>

#include "core/common/log.h"
#include "core/model/scenariojson.h"
#include "core/model/scenariomarks.h"
#include "core/models/registry.h"
#include "core/report/csv.h"
#include "core/report/workbook.h"
#include "core/store/transfer.h"
#include "ui/actuals/actualspanel.h"
#include "ui/actuals/edgarimportdialog.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/common/messagebox.h"
#include "ui/common/problemcolour.h"
#include "ui/compare/bridgepage.h"
#include "ui/compare/comparewindow.h"
#include "ui/compare/footballfieldwindow.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow/helpdialogs.h"
#include "ui/mainwindow/scenariolistmodel.h"
#include "ui/models/changelabel.h"
#include "ui/models/issuetext.h"
#include "ui/models/modelview.h"
#include "ui/models/scenarioview.h"
#include "ui/models/viewregistry.h"
#include "ui/providers/marketdatadialog.h"
#include "ui/report/scenarioreport.h"
#include "ui/results/moneydisplay.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/settings/settings.h"

namespace valor::ui {
namespace {

// Text shown as it is in a menu item or tab ("M&A", "Smith & Co."): Qt reads a lone & as the
// mnemonic marker.
QString literalText(QString text) {
  return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

}  // namespace

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent), settings_(settings) {
  setObjectName(QStringLiteral("mainWindow"));
  undoGroup_ = new QUndoGroup(this);
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("scenarioTabs"));
  tabs_->setTabsClosable(true);
  tabs_->setDocumentMode(true);
  setCentralWidget(tabs_);
  connect(tabs_, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
  connect(tabs_, &QTabWidget::currentChanged, this, [this] {
    ScenarioView* editor = currentEditor();
    undoGroup_->setActiveStack(editor ? editor->document()->undoStack() : nullptr);
    history_->setDocument(editor ? editor->document() : nullptr);
    followActiveTab();
    updateActions();
  });

  buildBrowser();
  history_ = new HistoryPanel(this);
  history_->setAuthor(settings_->authorName());
  connect(history_, &HistoryPanel::explainVersionRequested, this, &MainWindow::explainVersion);
  connect(history_, &HistoryPanel::compareRevisionRequested, this, &MainWindow::compareRevision);
  historyDock_ = new QDockWidget(this);
  historyDock_->setObjectName(QStringLiteral("historyDock"));
  historyDock_->setWidget(history_);
  addDockWidget(Qt::RightDockWidgetArea, historyDock_);

  saveState_ = new QLabel(this);
  saveState_->setObjectName(QStringLiteral("saveState"));
  revisionLabel_ = new QLabel(this);
  revisionLabel_->setObjectName(QStringLiteral("revision"));
  statusBar()->addWidget(saveState_, 1);
  syncState_ = new QLabel(this);
  statusBar()->addPermanentWidget(syncState_);
  statusBar()->addPermanentWidget(revisionLabel_);

  buildActions();
  buildMenus();
  setNegativesInParentheses(settings_->negativesInParentheses());
  setDisplayUnit(displayUnitFromKey(settings_->displayUnit()));
  connect(settings_, &Settings::displayChanged, this, [this] {
    setNegativesInParentheses(settings_->negativesInParentheses());
    setDisplayUnit(displayUnitFromKey(settings_->displayUnit()));
    for (int i = 0; i < tabs_->count(); ++i)
      if (auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(i))) {
        editor->setDecimals(settings_->decimals());
        editor->analyticsPanel()->redisplay();
      }
  });
  retranslate();
  updateActions();
  // Most of the screen on first start: the editor, the results and two side panels need room.
  if (const QScreen* screen = QGuiApplication::primaryScreen())
    resize(screen->availableSize() * 0.92);
  else
    resize(1440, 900);
  // Dock sizes apply once the window has its geometry.
  QTimer::singleShot(0, this, [this] {
    resizeDocks({browserDock_, historyDock_}, {220, 360}, Qt::Horizontal);
  });
}

MainWindow::~MainWindow() {
  // Editors hold documents that refer to the workspace: close them first, and the sync
  // worker's connection before the workspace's lock goes.
  while (tabs_->count() > 0) delete tabs_->widget(0);
  sync_->setWorkspace(nullptr);
}

void MainWindow::buildBrowser() {
  auto* panel = new QWidget(this);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(4, 4, 4, 4);
  browserTitle_ = new QLabel(panel);
  search_ = new QLineEdit(panel);
  search_->setObjectName(QStringLiteral("scenarioSearch"));
  search_->setClearButtonEnabled(true);
  sort_ = new QComboBox(panel);
  sort_->setObjectName(QStringLiteral("scenarioSort"));
  sort_->addItems({QString(), QString()});
  scenarioModel_ = new ScenarioListModel(this);
  scenarioFilter_ = new QSortFilterProxyModel(this);
  scenarioFilter_->setSourceModel(scenarioModel_);
  scenarioFilter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  scenarioFilter_->setSortCaseSensitivity(Qt::CaseInsensitive);
  scenarioFilter_->sort(0);
  browser_ = new QListView(panel);
  browser_->setObjectName(QStringLiteral("scenarioList"));
  browser_->setModel(scenarioFilter_);
  browser_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  layout->addWidget(browserTitle_);
  layout->addWidget(search_);
  layout->addWidget(sort_);
  layout->addWidget(browser_);
  connect(search_, &QLineEdit::textChanged, scenarioFilter_,
          &QSortFilterProxyModel::setFilterFixedString);
  connect(sort_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index == 1) {
      scenarioFilter_->setSortRole(ScenarioListModel::UpdatedRole);
      scenarioFilter_->sort(0, Qt::DescendingOrder);
    } else {
      scenarioFilter_->setSortRole(Qt::DisplayRole);
      scenarioFilter_->sort(0, Qt::AscendingOrder);
    }
  });
  connect(browser_, &QListView::activated, this, [this] { openScenario(selectedScenario()); });
  connect(browser_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &MainWindow::updateActions);
  panel->setMinimumWidth(190);
  browserDock_ = new QDockWidget(this);
  browserDock_->setObjectName(QStringLiteral("browserDock"));
  browserDock_->setWidget(panel);
  addDockWidget(Qt::LeftDockWidgetArea, browserDock_);
}

void MainWindow::buildActions() {
  auto make = [this](QKeySequence shortcut, auto slot) {
    auto* action = new QAction(this);
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    return action;
  };
  newWorkspaceAction_ =
      make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newWorkspace);
  openWorkspaceAction_ = make(QKeySequence::Open, &MainWindow::chooseWorkspace);
  // One "New … Scenario" per model kind the desktop shows; the first takes Ctrl+N.
  for (const ScenarioViewKind* kind : scenarioViewKinds()) {
    auto* action = new QAction(this);
    if (newScenarioActions_.empty()) action->setShortcut(QKeySequence::New);
    action->setObjectName(QStringLiteral("newScenario:") + QString::fromStdString(kind->model));
    connect(action, &QAction::triggered, this, [this, kind] { newScenario(kind); });
    newScenarioActions_.push_back(action);
  }
  importAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importScenarios);
  exportAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportScenario);
  importActualsAction_ = make(QKeySequence(), &MainWindow::importActuals);
  importActualsAction_->setObjectName(QStringLiteral("importActuals"));
  fetchActualsAction_ = make(QKeySequence(), &MainWindow::fetchActuals);
  fetchActualsAction_->setObjectName(QStringLiteral("fetchActuals"));
  marketDataAction_ = make(QKeySequence(), &MainWindow::marketData);
  marketDataAction_->setObjectName(QStringLiteral("marketData"));
  saveCopyAction_ = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveCopy);
  exportWorkbookAction_ =
      make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportWorkbook);
  exportWorkbookAction_->setObjectName(QStringLiteral("exportWorkbook"));
  exportCsvAction_ = make(QKeySequence(), &MainWindow::exportCsv);
  exportCsvAction_->setObjectName(QStringLiteral("exportCsv"));
  exportPdfAction_ = make(QKeySequence::Print, &MainWindow::exportPdf);
  exportPdfAction_->setObjectName(QStringLiteral("exportPdf"));
  closeTabAction_ = make(QKeySequence::Close, [this] { closeTab(tabs_->currentIndex()); });
  quitAction_ = make(QKeySequence::Quit, &QWidget::close);
  preferencesAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showPreferences);
  preferencesAction_->setMenuRole(QAction::PreferencesRole);
  duplicateAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateScenario);
  renameAction_ = make(QKeySequence(Qt::Key_F2), &MainWindow::renameScenario);
  tagsAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::editTags);
  deleteAction_ = make(QKeySequence(), &MainWindow::deleteScenario);
  undeleteAction_ = make(QKeySequence(), [this] {
    if (lastDeleted_.isNil() || !workspace_) return;
    if (auto s = workspace_->undeleteScenario(lastDeleted_, settings_->authorName().toStdString());
        !s)
      return tell(QString::fromStdString(s.error().message));
    sync_->controller()->localEdit(lastDeleted_);  // a shared scenario comes back for everyone
    lastDeleted_ = Id();
    reloadScenarioList();
    updateActions();
  });
  saveVersionAction_ = make(QKeySequence::Save, &MainWindow::saveVersion);
  compareAction_ =
      make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::compareScenarios);
  compareAction_->setObjectName(QStringLiteral("compareScenarios"));
  footballAction_ =
      make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { showFootballField(); });
  footballAction_->setObjectName(QStringLiteral("footballField"));
  findAction_ = make(QKeySequence::Find, [this] {
    browserDock_->show();
    search_->setFocus();
    search_->selectAll();
  });
  aboutAction_ = make(QKeySequence(), &MainWindow::showAbout);
  aboutAction_->setMenuRole(QAction::AboutRole);
  gettingStartedAction_ = make(QKeySequence::HelpContents, [this] { showGettingStarted(this); });
  shortcutsAction_ =
      make(QKeySequence(Qt::CTRL | Qt::Key_F1), [this] { showKeyboardShortcuts(menuBar(), this); });
  shortcutsAction_->setObjectName(QStringLiteral("keyboardShortcuts"));
  // Between scenario tabs as between spreadsheet sheets and browser tabs.
  auto stepTab = [this](int step) {
    if (tabs_->count() > 1)
      tabs_->setCurrentIndex((tabs_->currentIndex() + step + tabs_->count()) % tabs_->count());
  };
  nextTabAction_ = make(QKeySequence(), [stepTab] { stepTab(1); });
  nextTabAction_->setShortcuts(
      {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
  nextTabAction_->setObjectName(QStringLiteral("nextTab"));
  previousTabAction_ = make(QKeySequence(), [stepTab] { stepTab(-1); });
  previousTabAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
  previousTabAction_->setObjectName(QStringLiteral("previousTab"));
  // Delete acts on the browser's selection only, so it never fires while typing in a field.
  auto* browserDelete = new QAction(browser_);
  browserDelete->setShortcut(QKeySequence::Delete);
  browserDelete->setShortcutContext(Qt::WidgetShortcut);
  connect(browserDelete, &QAction::triggered, this, &MainWindow::deleteScenario);
  browser_->addAction(browserDelete);
}

void MainWindow::buildMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  for (QAction* action : newScenarioActions_) fileMenu_->addAction(action);
  fileMenu_->addAction(newWorkspaceAction_);
  fileMenu_->addAction(openWorkspaceAction_);
  recentMenu_ = fileMenu_->addMenu(QString());
  fileMenu_->addSeparator();
  fileMenu_->addAction(importAction_);
  fileMenu_->addAction(importActualsAction_);
  fileMenu_->addAction(fetchActualsAction_);
  fileMenu_->addAction(exportAction_);
  fileMenu_->addAction(exportWorkbookAction_);
  fileMenu_->addAction(exportCsvAction_);
  fileMenu_->addAction(exportPdfAction_);
  fileMenu_->addAction(saveCopyAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(closeTabAction_);
  fileMenu_->addAction(quitAction_);
  editMenu_ = menuBar()->addMenu(QString());
  undoSeparator_ = editMenu_->addSeparator();
  editMenu_->addAction(findAction_);
  editMenu_->addAction(preferencesAction_);
  scenarioMenu_ = menuBar()->addMenu(QString());
  scenarioMenu_->addAction(saveVersionAction_);
  scenarioMenu_->addAction(compareAction_);
  scenarioMenu_->addAction(footballAction_);
  scenarioMenu_->addAction(marketDataAction_);
  scenarioMenu_->addSeparator();
  scenarioMenu_->addAction(duplicateAction_);
  scenarioMenu_->addAction(renameAction_);
  scenarioMenu_->addAction(tagsAction_);
  scenarioMenu_->addAction(deleteAction_);
  scenarioMenu_->addAction(undeleteAction_);
  syncMenu_ = menuBar()->addMenu(QString());
  sync_ = new SyncMenu(
      settings_, this, syncMenu_, syncState_,
      SyncMenu::WindowHooks{
          [this]() -> Document* { return currentEditor() ? currentEditor()->document() : nullptr; },
          [this](const Id& scenario) -> ScenarioView* {
            const int tab = tabOf(scenario);
            return tab >= 0 ? qobject_cast<ScenarioView*>(tabs_->widget(tab)) : nullptr;
          },
          [this](const Id& scenario) { return openScenario(scenario); },
          [this](const Id& scenario) {
            if (const int tab = tabOf(scenario); tab >= 0) closeTab(tab);
          },
          [this] { reloadScenarioList(); },
          [this](const QString& text, bool problem) { setStatus(text, problem); },
          [this](QWidget* page) { history_->setAuditPage(page); }});
  viewMenu_ = menuBar()->addMenu(QString());
  viewMenu_->addAction(browserDock_->toggleViewAction());
  viewMenu_->addAction(historyDock_->toggleViewAction());
  browserDock_->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
  historyDock_->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
  viewMenu_->addSeparator();
  viewMenu_->addAction(nextTabAction_);
  viewMenu_->addAction(previousTabAction_);
  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(gettingStartedAction_);
  helpMenu_->addAction(shortcutsAction_);
  helpMenu_->addSeparator();
  helpMenu_->addAction(aboutAction_);
  updateRecentMenu();
}

void MainWindow::retranslate() {
  setWindowTitle(workspace_
                     ? tr("%1 — Valor IVX")
                           .arg(QFileInfo(QString::fromStdString(workspace_->path())).fileName())
                     : tr("Valor IVX"));
  fileMenu_->setTitle(tr("&File"));
  recentMenu_->setTitle(tr("Open &Recent"));
  editMenu_->setTitle(tr("&Edit"));
  scenarioMenu_->setTitle(tr("&Scenario"));
  viewMenu_->setTitle(tr("&View"));
  helpMenu_->setTitle(tr("&Help"));
  newWorkspaceAction_->setText(tr("New &Workspace…"));
  openWorkspaceAction_->setText(tr("&Open Workspace…"));
  const auto kinds = scenarioViewKinds();
  for (std::size_t i = 0; i < newScenarioActions_.size() && i < kinds.size(); ++i)
    newScenarioActions_[i]->setText(
        i == 0 ? tr("&New %1 Scenario").arg(literalText(kinds[i]->title()))
               : tr("New %1 Scenario").arg(literalText(kinds[i]->title())));
  importAction_->setText(tr("&Import Scenarios…"));
  importActualsAction_->setText(tr("Import Statement into &Actuals…"));
  fetchActualsAction_->setText(tr("&Fetch Actuals from SEC EDGAR…"));
  exportAction_->setText(tr("&Export Scenario…"));
  saveCopyAction_->setText(tr("Sa&ve a Copy of the Workspace…"));
  exportWorkbookAction_->setText(tr("Export to Exce&l…"));
  exportWorkbookAction_->setToolTip(
      tr("The scenario as a workbook whose model recalculates when an input changes"));
  exportCsvAction_->setText(tr("Export Tables as CS&V…"));
  exportPdfAction_->setText(tr("Export Report as &PDF…"));
  closeTabAction_->setText(tr("&Close Scenario"));
  quitAction_->setText(tr("&Quit"));
  rebuildUndoActions();
  findAction_->setText(tr("&Find Scenario"));
  preferencesAction_->setText(tr("&Preferences…"));
  saveVersionAction_->setText(tr("Save &Version…"));
  compareAction_->setText(tr("&Compare Scenarios…"));
  footballAction_->setText(tr("&Football Field…"));
  marketDataAction_->setText(tr("&Market Data…"));
  marketDataAction_->setToolTip(
      tr("A share's latest price and shares outstanding, into an M&A deal or a DCF"));
  duplicateAction_->setText(tr("&Duplicate"));
  renameAction_->setText(tr("&Rename…"));
  tagsAction_->setText(tr("&Tags…"));
  deleteAction_->setText(tr("De&lete"));
  undeleteAction_->setText(tr("Bring &Back Deleted Scenario"));
  aboutAction_->setText(tr("&About Valor IVX"));
  gettingStartedAction_->setText(tr("&Getting Started"));
  shortcutsAction_->setText(tr("&Keyboard Shortcuts"));
  nextTabAction_->setText(tr("&Next Scenario Tab"));
  previousTabAction_->setText(tr("&Previous Scenario Tab"));
  browserDock_->setWindowTitle(tr("Workspace"));
  browserDock_->toggleViewAction()->setText(tr("&Workspace Browser"));
  historyDock_->setWindowTitle(tr("History"));
  historyDock_->toggleViewAction()->setText(tr("&History"));
  browserTitle_->setText(tr("Scenarios"));
  search_->setPlaceholderText(tr("Search by name or #tag"));
  search_->setAccessibleName(tr("Search scenarios"));
  sort_->setItemText(0, tr("Sort by name"));
  sort_->setItemText(1, tr("Sort by last change"));
  sort_->setAccessibleName(tr("Sort scenarios"));
  browser_->setAccessibleName(tr("Scenarios in the workspace"));
  sync_->retranslate();
  if (workspace_ && workspace_->readOnly())
    setStatus(readOnlyWhy_ == ReadOnlyWhy::Location
                  ? tr("Read-only: the workspace's folder cannot be written to")
                  : tr("Read-only: another program is writing this workspace"),
              true);
  else if (workspace_)
    setStatus(tr("All changes saved"));
  else
    setStatus(tr("No workspace open"));
  updateRecentMenu();
  showRevision();
}

// QUndoGroup's actions keep the prefix they were made with ("Undo Set WACC"), so a language
// change makes them anew.
void MainWindow::rebuildUndoActions() {
  delete undoAction_;
  delete redoAction_;
  undoAction_ = undoGroup_->createUndoAction(this, tr("&Undo"));
  undoAction_->setObjectName(QStringLiteral("undoAction"));
  undoAction_->setShortcut(QKeySequence::Undo);
  redoAction_ = undoGroup_->createRedoAction(this, tr("&Redo"));
  redoAction_->setObjectName(QStringLiteral("redoAction"));
  // Both spreadsheet habits, each once (the platform's Redo key is one of them).
  redoAction_->setShortcuts(
      {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
  editMenu_->insertAction(undoSeparator_, undoAction_);
  editMenu_->insertAction(undoSeparator_, redoAction_);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  // Every change is already saved; closing needs no question. The layout is kept for next time.
  settings_->setWindowLayout(saveGeometry(), saveState());
  rememberOpenTabs();
  event->accept();
}

bool MainWindow::restoreLayout() {
  const QByteArray geometry = settings_->windowGeometry();
  if (geometry.isEmpty()) return false;
  restoreGeometry(geometry);  // Qt moves a window saved on a screen now gone onto this one
  restoreState(settings_->windowLayout());
  return true;
}

void MainWindow::rememberOpenTabs() {
  if (!workspace_) return;
  QStringList ids;
  for (int i = 0; i < tabs_->count(); ++i)
    if (auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(i)))
      ids << QString::fromStdString(editor->document()->scenarioId().toString());
  const ScenarioView* front = currentEditor();
  settings_->setOpenTabs(
      QString::fromStdString(workspace_->path()), ids,
      front ? QString::fromStdString(front->document()->scenarioId().toString()) : QString());
}

bool MainWindow::restoreOpenTabs() {
  if (!workspace_) return false;
  const QString path = QString::fromStdString(workspace_->path());
  const QStringList ids = settings_->openTabs(path);
  if (ids.isEmpty()) return false;
  auto listed = workspace_->listScenarios();
  if (!listed) return false;
  const auto present = [&](const Id& id) {
    return std::any_of(listed.value().begin(), listed.value().end(),
                       [&](const ScenarioSummary& s) { return s.id == id; });
  };
  bool any = false;
  for (const QString& text : ids)
    if (const auto id = Id::parse(text.toStdString()); id && present(*id))
      any = openScenario(*id) || any;
  if (const auto front = Id::parse(settings_->activeTab(path).toStdString()); front)
    if (const int tab = tabOf(*front); tab >= 0) tabs_->setCurrentIndex(tab);
  return any;
}

void MainWindow::setStatus(const QString& text, bool problem) {
  saveState_->setText(text);
  showAsProblem(saveState_, problem);
}

void MainWindow::tell(const QString& message) {
  lastMessage_ = message;
  logWarning("told the user: " + message.toStdString());
  setStatus(message, true);
  messages::warning(this, tr("Valor IVX"), message);
}

bool MainWindow::openWorkspace(const QString& path) {
  rememberOpenTabs();
  while (tabs_->count() > 0) closeTab(0);
  sync_->setWorkspace(nullptr);  // its connection closes before the workspace's lock
  WorkspaceOptions options{systemClock(), randomIdGenerator()};
  auto ws = Workspace::open(path.toStdString(), options);
  readOnlyWhy_ = ReadOnlyWhy::None;
  if (!ws && (ws.error().code == "workspace.locked" ||
              ws.error().code == "workspace.read_only_location")) {
    readOnlyWhy_ =
        ws.error().code == "workspace.locked" ? ReadOnlyWhy::Locked : ReadOnlyWhy::Location;
    options.readOnly = true;
    ws = Workspace::open(path.toStdString(), options);
  }
  if (!ws) {
    tell(tr("Cannot open %1: %2").arg(path, QString::fromStdString(ws.error().message)));
    return false;
  }
  workspace_ = std::shared_ptr<Workspace>(std::move(ws).value());
  sync_->setWorkspace(workspace_);
  settings_->addRecentWorkspace(path);
  reloadScenarioList();
  retranslate();
  updateActions();
  return true;
}

void MainWindow::reloadScenarioList() {
  if (!workspace_) return scenarioModel_->setScenarios({});
  auto list = workspace_->listScenarios();
  if (!list) return tell(QString::fromStdString(list.error().message));
  scenarioModel_->setScenarios(std::move(list).value());
}

// The status bar's revision and the workspace list's selection follow the tab in front.
void MainWindow::followActiveTab() {
  showRevision();
  sync_->followCurrent();
  ScenarioView* editor = currentEditor();
  if (!editor) return;
  const int row = scenarioModel_->rowOf(editor->document()->scenarioId());
  if (row < 0) return;
  const QModelIndex index = scenarioFilter_->mapFromSource(scenarioModel_->index(row, 0));
  if (index.isValid() && index != browser_->currentIndex()) browser_->setCurrentIndex(index);
}

void MainWindow::showRevision() {
  ScenarioView* editor = currentEditor();
  revisionLabel_->setText(editor ? tr("Revision %1").arg(editor->document()->revision())
                                 : QString());
}

Id MainWindow::selectedScenario() const {
  const QModelIndex index = browser_->currentIndex();
  if (!index.isValid()) return Id();
  return Id::parse(index.data(ScenarioListModel::IdRole).toString().toStdString()).value_or(Id());
}

int MainWindow::tabOf(const Id& scenario) const {
  for (int i = 0; i < tabs_->count(); ++i)
    if (auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(i));
        editor && editor->document()->scenarioId() == scenario)
      return i;
  return -1;
}

ScenarioView* MainWindow::currentEditor() const {
  return qobject_cast<ScenarioView*>(tabs_->currentWidget());
}

bool MainWindow::openScenario(const Id& scenario) {
  if (!workspace_ || scenario.isNil()) return false;
  if (int tab = tabOf(scenario); tab >= 0) {
    tabs_->setCurrentIndex(tab);
    return true;
  }
  auto stored = workspace_->loadScenario(scenario);
  if (!stored) {
    tell(QString::fromStdString(stored.error().message));
    return false;
  }
  auto* document =
      new Document(workspace_, scenario, std::move(stored).value(), settings_->authorName());
  ScenarioView* editor = createScenarioView(document, tabs_);
  if (!editor) {
    delete document;
    tell(tr("This version of Valor cannot show scenarios of this kind."));
    return false;
  }
  document->setParent(editor);
  if (auto* view = qobject_cast<ModelView*>(editor))
    connect(view->actualsPanel(), &ActualsPanel::fetchRequested, this, &MainWindow::fetchActuals);
  editor->setDecimals(settings_->decimals());
  undoGroup_->addStack(document->undoStack());
  connect(document, &Document::changed, this, [this, document] {
    const int tab = tabOf(document->scenarioId());
    if (tab >= 0) tabs_->setTabText(tab, literalText(document->title()));
    setStatus(workspace_->readOnly() ? tr("Read-only") : tr("All changes saved"));
    if (currentEditor() && currentEditor()->document() == document) showRevision();
    if (const int row = scenarioModel_->rowOf(document->scenarioId()); row >= 0) {
      const ScenarioSummary* s = scenarioModel_->summary(row);
      if (s && s->name != document->title().toStdString()) reloadScenarioList();
    }
  });
  connect(document, &Document::saveFailed, this,
          [this](const QString& message) { setStatus(tr("Not saved: %1").arg(message), true); });
  const int tab = tabs_->addTab(editor, literalText(document->title()));
  sync_->documentOpened(editor);
  tabs_->setCurrentIndex(tab);
  followActiveTab();
  return true;
}

void MainWindow::closeTab(int index) {
  auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(index));
  if (!editor) return;
  if (history_) history_->setDocument(nullptr);
  undoGroup_->removeStack(editor->document()->undoStack());
  const Id scenario = editor->document()->scenarioId();
  tabs_->removeTab(index);
  delete editor;
  sync_->documentClosed(scenario);
}

// The current scenario's Actuals page, and the statement import over it.
void MainWindow::importActuals() {
  auto* view = qobject_cast<ModelView*>(currentEditor());
  if (!view) return;
  view->showPage(2);
  view->actualsPanel()->importStatement();
}

// A share's market data into the current scenario.
void MainWindow::marketData() {
  ScenarioView* editor = currentEditor();
  if (!editor || !workspace_ || workspace_->readOnly() ||
      !MarketDataDialog::offeredFor(editor->document()))
    return;
  MarketDataDialog dialog(editor->document(), this);
  dialog.exec();
}

// SEC EDGAR's figures into the current scenario's actuals, with the contact kept in settings.
void MainWindow::fetchActuals() {
  auto* view = qobject_cast<ModelView*>(currentEditor());
  if (!view) return;  // a read-only workspace refuses the import itself, with its reason
  view->showPage(2);
  EdgarImportDialog dialog(view->document(), settings_, this);
  dialog.exec();
}

void MainWindow::updateActions() {
  const bool writable = workspace_ && !workspace_->readOnly();
  const bool selected = !selectedScenario().isNil() || currentEditor();
  for (QAction* action : newScenarioActions_) action->setEnabled(writable);
  importAction_->setEnabled(writable);
  importActualsAction_->setEnabled(writable && qobject_cast<ModelView*>(currentEditor()));
  fetchActualsAction_->setEnabled(importActualsAction_->isEnabled());
  marketDataAction_->setEnabled(writable && currentEditor() &&
                                MarketDataDialog::offeredFor(currentEditor()->document()));
  exportAction_->setEnabled(workspace_ && selected);
  exportWorkbookAction_->setEnabled(workspace_ && (selected || currentEditor()));
  exportCsvAction_->setEnabled(workspace_ && (selected || currentEditor()));
  exportPdfAction_->setEnabled(currentEditor() != nullptr);
  saveCopyAction_->setEnabled(workspace_ != nullptr);
  duplicateAction_->setEnabled(writable && selected);
  renameAction_->setEnabled(writable && selected);
  tagsAction_->setEnabled(writable && selected);
  deleteAction_->setEnabled(writable && !selectedScenario().isNil());
  undeleteAction_->setEnabled(writable && !lastDeleted_.isNil());
  saveVersionAction_->setEnabled(writable && currentEditor());
  compareAction_->setEnabled(workspace_ != nullptr);
  footballAction_->setEnabled(workspace_ != nullptr);
  closeTabAction_->setEnabled(currentEditor() != nullptr);
  sync_->updateActions();
}

void MainWindow::updateRecentMenu() {
  if (!recentMenu_) return;
  recentMenu_->clear();
  for (const QString& path : settings_->recentWorkspaces()) {
    QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
    action->setToolTip(path);
    connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
  }
  recentMenu_->setEnabled(!recentMenu_->isEmpty());
}

void MainWindow::newWorkspace() {
  const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                    tr("Valor workspaces (*.valor)"));
  if (path.isEmpty()) return;
  const QString file =
      path.endsWith(QLatin1String(".valor")) ? path : path + QStringLiteral(".valor");
  auto ws = Workspace::create(file.toStdString(), {systemClock(), randomIdGenerator()});
  if (!ws) return tell(QString::fromStdString(ws.error().message));
  ws.value().reset();
  openWorkspace(file);
}

void MainWindow::chooseWorkspace() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                    tr("Valor workspaces (*.valor)"));
  if (!path.isEmpty()) openWorkspace(path);
}

void MainWindow::newScenario(const ScenarioViewKind* kind) {
  if (!workspace_) return;
  const ModelKind* model = kind ? findModelKind(kind->model) : nullptr;
  if (!model) return;
  auto parse = parseScenarioJson(model->scenarioTemplate(), randomIdGenerator());
  if (!parse) return tell(QString::fromStdString(parse.error().message));  // a kind's bug
  ScenarioDocument doc = std::move(parse).value();
  for (Entity& e : doc.entities)
    if (e.type == "scenario") e.fields["name"] = Value(tr("New scenario").toStdString());
  if (kind->prepareNewScenario) kind->prepareNewScenario(doc, *settings_);
  const LabelCode created = labels::plain(PlainChange::CreateScenario);
  if (auto s = workspace_->addScenarios({doc}, settings_->authorName().toStdString(),
                                        storedWords(created, nullptr), created);
      !s)
    return tell(QString::fromStdString(s.error().message));
  reloadScenarioList();
  openScenario(doc.root().id);
}

void MainWindow::importScenarios() {
  if (!workspace_) return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenarios"), QString(),
                                                    tr("Valor scenarios (*.valor.json *.json)"));
  if (path.isEmpty()) return;
  auto text = readTextFile(path.toStdString(), 64 * 1024 * 1024);
  if (!text) return tell(QString::fromStdString(text.error().message));
  auto result = valor::importScenarios(*workspace_, text.value(), false, randomIdGenerator(),
                                       settings_->authorName().toStdString());
  if (!result && std::any_of(result.error().issues.begin(), result.error().issues.end(),
                             [](const Issue& i) { return i.rule == "already_in_workspace"; })) {
    // The same scenarios are here already: offer copies rather than refusing outright.
    if (messages::ask(this, tr("Import"),
                      tr("These scenarios are in the workspace already. Import copies?")))
      result = valor::importScenarios(*workspace_, text.value(), true, randomIdGenerator(),
                                      settings_->authorName().toStdString());
    else
      return;
  }
  if (!result) {
    QString details;
    for (const Issue& i : result.error().issues)
      details += QString::fromStdString(i.path + ": " + i.message) + QLatin1Char('\n');
    return tell(tr("Nothing was imported:\n%1").arg(details));
  }
  reloadScenarioList();
  const std::vector<Id>& imported = result.value();
  setStatus(tr("Imported %n scenario(s)", nullptr, static_cast<int>(imported.size())));
  if (!imported.empty()) openScenario(imported.front());
}

void MainWindow::exportScenario() {
  const Id id = currentEditor() ? currentEditor()->document()->scenarioId() : selectedScenario();
  if (!workspace_ || id.isNil()) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Scenario"), QString(),
                                                    tr("Valor scenarios (*.valor.json)"));
  if (path.isEmpty()) return;
  auto json = valor::exportScenarios(*workspace_, {id});
  if (!json) return tell(QString::fromStdString(json.error().message));
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(QByteArray::fromStdString(json.value().dump(2) + "\n")) < 0 || !file.commit())
    return tell(tr("Cannot write %1: %2").arg(path, file.errorString()));
  setStatus(tr("Exported to %1").arg(path));
}

void MainWindow::saveCopy() {
  if (!workspace_) return;
  const QFileInfo own(QString::fromStdString(workspace_->path()));
  const QString suggested = own.dir().filePath(tr("%1 copy.valor").arg(own.completeBaseName()));
  const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Workspace"),
                                                    suggested, tr("Valor workspaces (*.valor)"));
  if (!path.isEmpty()) saveCopyTo(path);
}

bool MainWindow::saveCopyTo(const QString& path) {
  if (!workspace_) return false;
  // Every field being typed in is saved first, so the copy holds what the user sees.
  if (QWidget* focus = focusWidget()) focus->clearFocus();
  if (auto s = workspace_->saveCopy(path.toStdString(), /*replace=*/true); !s) {
    tell(tr("Cannot save a copy to %1: %2").arg(path, QString::fromStdString(s.error().message)));
    return false;
  }
  setStatus(tr("Saved a copy to %1").arg(path));
  return true;
}

std::optional<ScenarioDocument> MainWindow::scenarioToExport() {
  // Every field being typed in is saved first, so the export holds what the user sees.
  if (QWidget* focus = focusWidget()) focus->clearFocus();
  if (ScenarioView* editor = currentEditor()) return editor->document()->scenario();
  const Id id = selectedScenario();
  if (!workspace_ || id.isNil()) return std::nullopt;
  auto stored = workspace_->loadScenario(id);
  if (!stored) {
    tell(QString::fromStdString(stored.error().message));
    return std::nullopt;
  }
  return stored.value().document;
}

namespace {

// Why an export was refused, in the user's language when it is the scenario's own error.
QString exportProblem(const Error& error) {
  if (error.code == "report.not_valued" && !error.issues.empty())
    return MainWindow::tr("the scenario has errors to fix first: %1")
        .arg(issueText(error.issues.front()));
  return QString::fromStdString(error.message);
}

QString suggestedName(const ScenarioDocument& doc, const QString& suffix) {
  const std::string* name = doc.root().text("name");
  QString base = name ? QString::fromStdString(*name) : MainWindow::tr("Scenario");
  base.replace(QRegularExpression(QStringLiteral("[/\\:*?\"<>|]")), QStringLiteral("-"));
  return base + suffix;
}

}  // namespace

void MainWindow::exportWorkbook() {
  const auto doc = scenarioToExport();
  if (!doc) return;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export to Excel"),
      QDir::home().filePath(suggestedName(*doc, QStringLiteral(".xlsx"))),
      tr("Excel workbooks (*.xlsx)"));
  if (!path.isEmpty()) exportWorkbookTo(path);
}

bool MainWindow::exportWorkbookTo(const QString& path) {
  const auto doc = scenarioToExport();
  if (!doc) return false;
  if (auto s = valor::exportWorkbook(*doc, path.toStdString()); !s) {
    tell(tr("Cannot export to %1: %2").arg(path, exportProblem(s.error())));
    return false;
  }
  setStatus(tr("Exported to %1").arg(path));
  return true;
}

void MainWindow::exportCsv() {
  if (!scenarioToExport()) return;
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr("Export Tables as CSV: choose a folder"), QDir::homePath());
  if (!folder.isEmpty()) exportCsvTo(folder);
}

bool MainWindow::exportCsvTo(const QString& folder) {
  const auto doc = scenarioToExport();
  if (!doc) return false;
  if (auto s = valor::exportCsv(*doc, folder.toStdString()); !s) {
    tell(tr("Cannot export to %1: %2").arg(folder, exportProblem(s.error())));
    return false;
  }
  setStatus(tr("Exported the outputs and tables as CSV files to %1").arg(folder));
  return true;
}

void MainWindow::exportPdf() {
  ScenarioView* editor = currentEditor();
  if (!editor) return;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export Report as PDF"),
      QDir::home().filePath(suggestedName(editor->document()->scenario(), QStringLiteral(".pdf"))),
      tr("PDF documents (*.pdf)"));
  if (!path.isEmpty()) exportPdfTo(path);
}

bool MainWindow::exportPdfTo(const QString& path) {
  ScenarioView* editor = currentEditor();
  if (!editor || !workspace_) return false;
  if (QWidget* focus = focusWidget()) focus->clearFocus();
  const Document& document = *editor->document();
  if (!document.evaluation().valued) {
    tell(tr("Cannot export to %1: the scenario has errors to fix first").arg(path));
    return false;
  }
  const ReportContext context{QFileInfo(QString::fromStdString(workspace_->path())).fileName(),
                              document.revision(), settings_->authorName(),
                              QDateTime::currentDateTime(), settings_->decimals()};
  if (const QString error = writeScenarioPdf(*editor, context, path); !error.isEmpty()) {
    tell(tr("Cannot export to %1: %2").arg(path, error));
    return false;
  }
  setStatus(tr("Exported the report to %1").arg(path));
  return true;
}

void MainWindow::duplicateScenario() {
  const Id id = currentEditor() ? currentEditor()->document()->scenarioId() : selectedScenario();
  if (!workspace_ || id.isNil()) return;
  auto stored = workspace_->loadScenario(id);
  if (!stored) return tell(QString::fromStdString(stored.error().message));
  // A copy with new IDs and its own name, created in one step.
  ScenarioDocument copy = copyWithNewIds(stored.value().document, randomIdGenerator());
  const std::string* name = copy.root().text("name");
  copy.entities.front().fields["name"] =
      Value((name ? *name : std::string()) + " " + tr("(copy)").toStdString());
  const LabelCode duplicated = labels::plain(PlainChange::DuplicateScenario);
  if (auto s = workspace_->addScenarios({copy}, settings_->authorName().toStdString(),
                                        storedWords(duplicated, nullptr), duplicated);
      !s)
    return tell(QString::fromStdString(s.error().message));
  reloadScenarioList();
  openScenario(copy.root().id);
}

void MainWindow::renameScenario() {
  const Id id = currentEditor() ? currentEditor()->document()->scenarioId() : selectedScenario();
  if (!workspace_ || id.isNil()) return;
  if (tabOf(id) < 0) openScenario(id);
  const int tab = tabOf(id);
  auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(tab));
  if (!editor) return;
  bool ok = false;
  const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"),
                                             QLineEdit::Normal, editor->document()->title(), &ok);
  if (!ok || name.trimmed().isEmpty()) return;
  // Through the document: the rename is saved, in the history, and undoable.
  const QString error = editor->document()->setField(
      id, "name", Value(name.trimmed().toStdString()), labels::plain(PlainChange::Rename));
  if (!error.isEmpty()) return tell(error);
  reloadScenarioList();
}

void MainWindow::editTags() {
  const Id id = currentEditor() ? currentEditor()->document()->scenarioId() : selectedScenario();
  if (!workspace_ || id.isNil()) return;
  if (tabOf(id) < 0) openScenario(id);
  auto* editor = qobject_cast<ScenarioView*>(tabs_->widget(tabOf(id)));
  if (!editor) return;
  QStringList current;
  if (const int row = scenarioModel_->rowOf(id); row >= 0)
    for (const auto& tag : scenarioModel_->summary(row)->tags)
      current << QString::fromStdString(tag);
  bool ok = false;
  const QString text =
      QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas:"), QLineEdit::Normal,
                            current.join(QStringLiteral(", ")), &ok);
  if (!ok) return;
  std::vector<std::string> tags;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (const QString tag = QString(part).remove(QLatin1Char('#')).trimmed(); !tag.isEmpty())
      tags.push_back(tag.toStdString());
  auto joined = joinTags(std::move(tags));
  if (!joined) return tell(QString::fromStdString(joined.error().message));
  // Through the document, as a rename: saved, in the history, undoable and synced.
  const QString error = editor->document()->setField(
      id, "tags", joined.value().empty() ? std::nullopt : std::optional<Value>(joined.value()),
      LabelCode{"set_tags", {}});
  if (!error.isEmpty()) return tell(error);
  reloadScenarioList();
}

void MainWindow::deleteScenario() {
  const Id id = selectedScenario();
  if (!workspace_ || id.isNil()) return;
  const bool wasOpen = tabOf(id) >= 0;
  if (wasOpen) closeTab(tabOf(id));  // its pending note is saved first
  if (auto s = workspace_->deleteScenario(id, settings_->authorName().toStdString()); !s) {
    if (wasOpen) openScenario(id);  // refused (a scenario shared to view only): kept as it was
    return tell(QString::fromStdString(s.error().message));
  }
  sync_->controller()->localEdit(id);  // a shared scenario goes to everyone's trash
  lastDeleted_ = id;
  reloadScenarioList();
  setStatus(tr("Scenario deleted — Scenario ▸ Bring Back Deleted Scenario restores it"));
  updateActions();
}

void MainWindow::saveVersion() {
  // The history panel owns versions: it asks for the label, saves, and refreshes its list.
  if (!currentEditor()) return;
  historyDock_->show();
  history_->promptSaveVersion();
}

CompareWindow* MainWindow::compareWindow() const {
  return compareWindow_;
}

void MainWindow::compareScenarios() {
  if (!workspace_) return;
  if (!compareWindow_)
    compareWindow_ =
        new CompareWindow(workspace_, settings_->decimals(), settings_->authorName(), this);
  if (ScenarioView* editor = currentEditor())
    compareWindow_->check(editor->document()->scenarioId());
  if (const Id selected = selectedScenario(); !selected.isNil()) compareWindow_->check(selected);
  compareWindow_->showPage(CompareWindow::OutputsPage);
  compareWindow_->show();
  compareWindow_->raise();
  compareWindow_->activateWindow();
}

FootballFieldWindow* MainWindow::showFootballField() {
  if (!workspace_) return nullptr;
  // One window per workspace: a window left from a workspace closed since goes with it.
  if (footballWindow_ && footballWindow_->workspace() != workspace_.get())
    delete footballWindow_.data();
  if (!footballWindow_)
    footballWindow_ = new FootballFieldWindow(workspace_, settings_->decimals(), this);
  footballWindow_->show();
  footballWindow_->raise();
  footballWindow_->activateWindow();
  return footballWindow_;
}

void MainWindow::explainVersion(const Id& scenario, qint64 versionId, const QString& label) {
  compareWithNow(scenario, "v" + std::to_string(versionId), tr("Version “%1”").arg(label), true);
}

void MainWindow::compareRevision(const Id& scenario, qint64 revision, bool explain) {
  compareWithNow(scenario, std::to_string(revision), tr("Revision %1").arg(revision), explain);
}

void MainWindow::compareWithNow(const Id& scenario, const std::string& which, const QString& title,
                                bool explain) {
  if (!workspace_) return;
  auto* window =
      new CompareWindow(workspace_, settings_->decimals(), settings_->authorName(), this);
  window->check(scenario);
  window->addState(scenario, which, title);
  // The past state is listed after the scenario, so it is the second: bridge it to now.
  window->bridgePage()->choose(1, 0);
  window->showPage(explain ? CompareWindow::BridgeTab : CompareWindow::OutputsPage);
  window->show();
  compareWindow_ = window;
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(settings_, this);
  dialog.exec();
  history_->setAuthor(settings_->authorName());
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About Valor IVX"),
                     tr("<b>Valor IVX</b> %1<br>Valuation scenarios for financial analysts.")
                         .arg(QApplication::applicationVersion()));
}

}  // namespace valor::ui
