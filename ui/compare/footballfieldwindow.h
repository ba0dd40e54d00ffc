#pragma once
// The football field window (Scenario ▸ Football Field): the value-per-share ranges an analyst
// lines up — sensitivity and Monte Carlo ranges of scenarios, LBO prices at target IRRs, M&A
// maximum prices, ranges typed in — as a chart with the current share price, and as a table
// with each range's low, point and high or the reason it has none. Every change is saved in
// the workspace at once (core/compare/footballstore.h); the ranges are valued on a worker
// thread, again whenever the window becomes active, so edits made meanwhile show.
#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

#include "core/compare/footballstore.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace valor {
class Workspace;
}

namespace valor::ui {

class FootballChart;
class JobRunner;

class FootballFieldWindow : public QDialog {
  Q_OBJECT

 public:
  enum Column {
    RangeColumn,
    MethodColumn,
    LowColumn,
    PointColumn,
    HighColumn,
    NoteColumn,
    ColumnCount
  };

  FootballFieldWindow(std::shared_ptr<Workspace> workspace, int decimals,
                      QWidget* parent = nullptr);
  ~FootballFieldWindow() override;

  const Workspace* workspace() const { return workspace_.get(); }
  const FootballField& field() const { return field_; }
  // Adds a range as the Add Range dialog would, and saves; false with a message when the
  // workspace refused it.
  bool addBar(const FootballBar& bar);
  // Sets the current price as typing it would (empty text: none).
  void setCurrentPriceText(const QString& text);
  // Values the ranges now and waits for them (tests, and the PDF of the football field).
  void valueNow();
  bool valuing() const;

  QTableWidget* table() const { return table_; }
  FootballChart* chart() const { return chart_; }
  QLineEdit* priceEdit() const { return price_; }
  QLabel* status() const { return status_; }
  QPushButton* addButton() const { return add_; }
  QPushButton* editButton() const { return edit_; }
  QPushButton* removeButton() const { return remove_; }

 signals:
  void valued();  // the table and chart show the ranges of the current settings

 protected:
  void changeEvent(QEvent* event) override;
  bool event(QEvent* event) override;

 private:
  void retranslate();
  void reload();
  bool save(FootballField field);
  void addRange();
  void editRange();
  void removeRange();
  void moveRange(int by);
  void priceEdited();
  void value();
  std::string currentState() const;
  void display(std::vector<ValuedFootballBar> bars);
  void showField();
  void selectionChanged();
  QString format(double v) const;
  QString methodCaption(const FootballBar& bar) const;
  QString label(const FootballBar& bar, const std::string& scenarioName) const;
  QString reason(const Error& error) const;

  std::shared_ptr<Workspace> workspace_;
  int decimals_;
  FootballField field_;
  std::optional<std::vector<ValuedFootballBar>> valued_;  // of field_, once valued
  // The settings and every scenario's revision when the ranges were last asked for: becoming
  // active again values them anew only when one of these changed.
  std::string valuedState_;
  JobRunner* runner_;

  QLabel* priceLabel_;
  QLineEdit* price_;
  QPushButton* add_;
  QPushButton* edit_;
  QPushButton* remove_;
  QPushButton* up_;
  QPushButton* down_;
  QTableWidget* table_;
  FootballChart* chart_;
  QLabel* status_;
};

}  // namespace valor::ui
