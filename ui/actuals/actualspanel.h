#pragma once
// The Actuals page of a scenario: its reported figures by year with the ratios derived from
// them, and what an analyst does with them — import a statement, type a figure, take drivers
// from the history, make the last actual year the base year. Each is one undoable change.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace valor::ui {

class ActualsModel;
class Document;
class PerYearModel;

class ActualsPanel : public QWidget {
  Q_OBJECT

 public:
  // `drivers` is the scenario's driver grid, or nullptr for a kind without per-year drivers.
  ActualsPanel(Document* document, PerYearModel* drivers, QWidget* parent = nullptr);

  ActualsModel* model() const { return model_; }
  QTableView* table() const { return table_; }
  void retranslate();

  // The actions behind the buttons, for the menus and tests.
  void importStatement();
  void useHistoryAsDrivers();
  void makeBaseYear();

 signals:
  // "Fetch from SEC EDGAR…": the window that keeps the analyst's contact opens the dialog.
  void fetchRequested();

 private:
  void refresh();
  void showMessage(const QString& text, bool problem);

  Document* document_;
  PerYearModel* drivers_;
  ActualsModel* model_;
  QLabel* title_;
  QTableView* table_;
  QLabel* message_;
  QPushButton* import_;
  QPushButton* fetch_;
  QPushButton* earlier_;
  QPushButton* useDrivers_;
  QPushButton* baseYear_;
};

}  // namespace valor::ui
