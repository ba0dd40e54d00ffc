#pragma once
// The desktop's main window: the workspace browser on the left, one tab per open scenario,
// the history on the right, and menus that reach every action from the keyboard.
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

#include "core/store/workspace.h"

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QUndoGroup;

namespace valor::ui {

class CompareWindow;
class FootballFieldWindow;
class ScenarioView;
struct ScenarioViewKind;
class Document;
class HistoryPanel;
class ScenarioListModel;
class Settings;
class SyncMenu;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens a workspace (closing the open one); offers read-only when another program writes it.
  bool openWorkspace(const QString& path);
  bool openScenario(const Id& scenario);
  // Puts the window and its docks where they were at the last close; false when no layout was
  // saved (the window keeps its first-start size: most of the screen).
  bool restoreLayout();
  // Opens again the scenarios that were open in tabs when this workspace was last left, the
  // one then in front in front (deleted ones are skipped); false when none were saved.
  bool restoreOpenTabs();
  // The Compare Scenarios window, when open.
  CompareWindow* compareWindow() const;
  // Scenario ▸ Football Field: opens (or brings up) the workspace's football field.
  FootballFieldWindow* showFootballField();
  Workspace* workspace() const { return workspace_.get(); }
  // File ▸ Save a Copy of the Workspace without its file dialog (which confirms a replacement):
  // a complete copy as one file, changes still in the log included.
  bool saveCopyTo(const QString& path);
  // File ▸ Export to Excel / Export Tables as CSV without their file dialogs: the open scenario
  // (else the browser's selection) as a workbook that recalculates, or as CSV files in `folder`.
  bool exportWorkbookTo(const QString& path);
  bool exportCsvTo(const QString& folder);
  // File ▸ Export to PDF without its file dialog: the open scenario's report.
  bool exportPdfTo(const QString& path);
  ScenarioView* currentEditor() const;
  QUndoGroup* undoGroup() const { return undoGroup_; }
  HistoryPanel* historyPanel() const { return history_; }
  SyncMenu* syncMenu() const { return sync_; }
  // Shown instead of dialogs in tests: the last message the window gave the user.
  QString lastMessage() const { return lastMessage_; }

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  // Saves the open workspace's tabs for restoreOpenTabs().
  void rememberOpenTabs();

 private:
  void buildActions();
  void buildMenus();
  void buildBrowser();
  void retranslate();
  void rebuildUndoActions();
  void reloadScenarioList();
  void updateActions();
  void updateRecentMenu();
  void setStatus(const QString& text, bool problem = false);
  void tell(const QString& message);  // a message the user must see
  Id selectedScenario() const;
  void followActiveTab();
  void showRevision();
  int tabOf(const Id& scenario) const;

  void newWorkspace();
  void chooseWorkspace();
  // A new scenario of `kind` from its template, opened in a tab.
  void newScenario(const ScenarioViewKind* kind);
  void importScenarios();
  void exportScenario();
  void importActuals();
  void fetchActuals();
  void marketData();
  void saveCopy();
  void exportWorkbook();
  void exportCsv();
  void exportPdf();
  // The scenario File ▸ Export acts on, as it is now; nothing (and a message) when there is none.
  std::optional<ScenarioDocument> scenarioToExport();
  void duplicateScenario();
  void renameScenario();
  void editTags();
  void deleteScenario();
  void saveVersion();
  // Compare Scenarios, with the open scenario and the browser's selection ticked.
  void compareScenarios();
  // The value bridge from a saved version of a scenario to its current state.
  void explainVersion(const Id& scenario, qint64 versionId, const QString& label);
  void compareRevision(const Id& scenario, qint64 revision, bool explain);
  // A compare window of its own: `which` ("v3", "12") beside the current state; with
  // `explain`, on the value bridge from that state to now.
  void compareWithNow(const Id& scenario, const std::string& which, const QString& title,
                      bool explain);
  void closeTab(int index);
  void showPreferences();
  void showAbout();

  Settings* settings_;
  std::shared_ptr<Workspace> workspace_;
  // Why an open workspace is read-only, for the status bar.
  enum class ReadOnlyWhy { None, Locked, Location };
  ReadOnlyWhy readOnlyWhy_ = ReadOnlyWhy::None;
  QTabWidget* tabs_ = nullptr;
  QUndoGroup* undoGroup_ = nullptr;
  ScenarioListModel* scenarioModel_ = nullptr;
  QSortFilterProxyModel* scenarioFilter_ = nullptr;
  QListView* browser_ = nullptr;
  QLineEdit* search_ = nullptr;
  QComboBox* sort_ = nullptr;
  QLabel* browserTitle_ = nullptr;
  HistoryPanel* history_ = nullptr;
  QDockWidget* browserDock_ = nullptr;
  QDockWidget* historyDock_ = nullptr;
  QLabel* saveState_ = nullptr;
  QLabel* revisionLabel_ = nullptr;
  QLabel* syncState_ = nullptr;
  SyncMenu* sync_ = nullptr;
  QString lastMessage_;
  QPointer<CompareWindow> compareWindow_;
  QPointer<FootballFieldWindow> footballWindow_;
  Id lastDeleted_;

  QMenu* fileMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QMenu* editMenu_ = nullptr;
  QMenu* scenarioMenu_ = nullptr;
  QMenu* syncMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* newWorkspaceAction_ = nullptr;
  QAction* openWorkspaceAction_ = nullptr;
  std::vector<QAction*> newScenarioActions_;  // one per model kind, in registry order
  QAction* importAction_ = nullptr;
  QAction* exportAction_ = nullptr;
  QAction* importActualsAction_ = nullptr;
  QAction* fetchActualsAction_ = nullptr;
  QAction* saveCopyAction_ = nullptr;
  QAction* exportWorkbookAction_ = nullptr;
  QAction* exportCsvAction_ = nullptr;
  QAction* exportPdfAction_ = nullptr;
  QAction* closeTabAction_ = nullptr;
  QAction* quitAction_ = nullptr;
  QAction* undoSeparator_ = nullptr;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  QAction* preferencesAction_ = nullptr;
  QAction* duplicateAction_ = nullptr;
  QAction* renameAction_ = nullptr;
  QAction* tagsAction_ = nullptr;
  QAction* deleteAction_ = nullptr;
  QAction* undeleteAction_ = nullptr;
  QAction* saveVersionAction_ = nullptr;
  QAction* compareAction_ = nullptr;
  QAction* footballAction_ = nullptr;
  QAction* marketDataAction_ = nullptr;
  QAction* findAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  QAction* nextTabAction_ = nullptr;
  QAction* previousTabAction_ = nullptr;
  QAction* gettingStartedAction_ = nullptr;
  QAction* shortcutsAction_ = nullptr;
};

}  // namespace valor::ui
