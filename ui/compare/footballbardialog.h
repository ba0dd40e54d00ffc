#pragma once
// Adds or edits one range of the football field: its method, the scenario it comes from and
// the method's own settings (the inputs and spreads of a sensitivity range, the Monte Carlo
// percentiles, the LBO's target IRRs with the net debt and shares that turn an entry value
// into a price, or the low and high of a typed range). Numbers are typed as everywhere in the
// editor: rates as percentages, in the user's locale. OK is refused with a message naming
// the field until every value fits its rule.
#include <QDialog>

#include <optional>
#include <string>
#include <vector>

#include "core/compare/footballfield.h"
#include "core/models/valuationmodel.h"
#include "core/store/workspace.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace valor::ui {

class FootballBarDialog : public QDialog {
  Q_OBJECT

 public:
  FootballBarDialog(Workspace& workspace, const FootballBar& bar, QWidget* parent = nullptr);

  // The bar as set; valid only after the dialog was accepted.
  const FootballBar& bar() const { return bar_; }

  QComboBox* methodBox() const { return method_; }
  QComboBox* scenarioBox() const { return scenario_; }
  QComboBox* inputBox(int i) const { return inputs_[i]; }
  QLineEdit* spreadEdit(int i) const { return spreads_[i]; }
  QLineEdit* labelEdit() const { return label_; }
  QLineEdit* lowEdit() const { return low_; }
  QLineEdit* highEdit() const { return high_; }
  QLineEdit* irrLowEdit() const { return irrLow_; }
  QLineEdit* irrHighEdit() const { return irrHigh_; }
  QLineEdit* netDebtEdit() const { return netDebt_; }
  QLineEdit* sharesEdit() const { return shares_; }
  QSpinBox* lowPercentileBox() const { return lowPercentile_; }
  QSpinBox* highPercentileBox() const { return highPercentile_; }
  QLabel* message() const { return message_; }

  void accept() override;

 private:
  FootballMethod method() const;
  void methodChanged();
  void fillScenarios();
  void scenarioChanged();
  void showRows();
  std::optional<double> number(QLineEdit* edit, const QString& unit, const QString& caption);
  QString inputUnit(int i) const;
  void setSpread(int i);

  Workspace& workspace_;
  FootballBar bar_;
  std::optional<ScenarioDocument> document_;  // the chosen scenario
  std::vector<ModelInput> offered_;           // its inputs a sensitivity range may move
  std::string lever_;                         // the input goal seek moves for a target IRR

  QFormLayout* form_;
  QComboBox* method_;
  QComboBox* scenario_;
  QLineEdit* label_;
  QComboBox* inputs_[2];
  QLineEdit* spreads_[2];
  QSpinBox* lowPercentile_;
  QSpinBox* highPercentile_;
  QLineEdit* irrLow_;
  QLineEdit* irrHigh_;
  QLineEdit* netDebt_;
  QLineEdit* shares_;
  QLineEdit* low_;
  QLineEdit* high_;
  QLabel* message_;
  QString error_;  // the first refusal while reading the fields
};

}  // namespace valor::ui
