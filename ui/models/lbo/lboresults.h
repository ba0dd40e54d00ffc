#pragma once
// The LBO's results beside its form: the key figures (returns first), sources and uses, the
// charts (returns bridge, debt by tranche, leverage and cover), the debt schedule per tranche
// and year, then the operating, cash and credit tables — all from the one evaluation the
// document holds, so they follow every keystroke.
#include <QScrollArea>

#include "core/model/document.h"
#include "ui/models/presentation.h"
#include "ui/results/moneydisplay.h"

class QLabel;
class QTableWidget;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class CreditChart;
class DebtPaydownChart;
class OutputsPanel;
class ReturnsBridgeChart;

class LboResults : public QScrollArea {
  Q_OBJECT

 public:
  explicit LboResults(const ModelPresentation& presentation, QWidget* parent = nullptr);
  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals);

  OutputsPanel* outputs() const { return outputs_; }
  QTableWidget* sourcesUses() const { return sourcesUses_; }
  QTableWidget* debtSchedule() const { return debtSchedule_; }
  ReturnsBridgeChart* returnsBridge() const { return bridge_; }
  DebtPaydownChart* debtPaydown() const { return paydown_; }
  CreditChart* credit() const { return credit_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showSourcesUses(const ScenarioDocument& doc, const Evaluation& evaluation);
  void showDebtSchedule(const Evaluation& evaluation);
  QString money(double value) const;

  const ModelPresentation& presentation_;
  OutputsPanel* outputs_;
  QWidget* extras_;
  QLabel* sourcesUsesTitle_;
  QTableWidget* sourcesUses_;
  ReturnsBridgeChart* bridge_;
  DebtPaydownChart* paydown_;
  CreditChart* credit_;
  QLabel* scheduleTitle_;
  QTableWidget* debtSchedule_;
  int decimals_ = 1;
  MoneyDisplay money_;  // the scenario's money as shown
};

}  // namespace valor::ui
