#pragma once
// Compare Scenarios: two to six scenarios of the workspace — or saved versions and revisions of
// one — side by side: their outputs with the change from the first, their inputs with the
// differences marked, and the value bridge between two of them. A window of its own beside the
// editor; it reads the workspace when it becomes active, so edits made meanwhile show.
#include <QDialog>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ui/compare/comparedstate.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace valor {
class Workspace;
}

namespace valor::ui {

class BridgePage;

class CompareWindow : public QDialog {
  Q_OBJECT

 public:
  static constexpr int kMaxCompared = 6;
  enum Page { OutputsPage, InputsPage, BridgeTab };

  // `author` is named as who prepared an exported comparison.
  CompareWindow(std::shared_ptr<Workspace> workspace, int decimals, QString author,
                QWidget* parent = nullptr);

  // Ticks a scenario as it is now.
  void check(const Id& scenario);
  // Adds a past state of a scenario ("12" for revision 12, "v3" for saved version 3) with its
  // heading, ticked.
  void addState(const Id& scenario, const std::string& which, const QString& title);
  void showPage(Page page);
  // The comparison as a PDF (the Export PDF button without its file dialog).
  bool exportPdfTo(const QString& path);

  QListWidget* scenarioList() const { return list_; }
  QTableWidget* outputTable() const { return outputs_; }
  QTableWidget* inputTable() const { return inputs_; }
  BridgePage* bridgePage() const { return bridge_; }
  QTabWidget* tabs() const { return tabs_; }
  QLabel* status() const { return status_; }
  std::vector<const ComparedState*> comparedStates() const;

 protected:
  void changeEvent(QEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct Entry {
    Id scenario;
    std::string which;
    QString title;
    std::optional<ComparedState> state;
  };
  void retranslate();
  void addEntry(Entry entry, bool checked);
  void itemChanged(QListWidgetItem* item);
  void reload();
  void refresh();
  void exportPdf();

  std::shared_ptr<Workspace> workspace_;
  int decimals_;
  QString author_;
  std::vector<Entry> entries_;  // entries_[i] is the list's row i
  bool updating_ = false;

  QLabel* listLabel_;
  QListWidget* list_;
  QLabel* status_;
  QTabWidget* tabs_;
  QTableWidget* outputs_;
  QCheckBox* onlyChanged_;
  QTableWidget* inputs_;
  BridgePage* bridge_;
  QPushButton* exportButton_ = nullptr;
};

}  // namespace valor::ui
