#pragma once
// The portfolio's results beside its form: the key figures (return, volatility, Sharpe ratio,
// VaR and expected shortfall by method), Kupiec's backtest in words, the weights with each
// asset's share of the risk (a table and bars), and the efficient frontier — all from the one
// evaluation the document holds.
#include <QScrollArea>

#include <optional>
#include <string>
#include <vector>

#include "core/finance/marketrisk.h"
#include "core/model/document.h"
#include "ui/models/presentation.h"

class QLabel;
class QTableWidget;

namespace valor {
class Evaluation;
}

namespace valor::ui {

class AllocationChart;
class FrontierChart;
class OutputsPanel;

class PortfolioResults : public QScrollArea {
  Q_OBJECT

 public:
  explicit PortfolioResults(const ModelPresentation& presentation, QWidget* parent = nullptr);
  void showEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation);
  void setDecimals(int decimals);

  OutputsPanel* outputs() const { return outputs_; }
  QTableWidget* weights() const { return weights_; }
  FrontierChart* frontierChart() const { return frontier_; }
  AllocationChart* allocationChart() const { return allocation_; }
  QLabel* backtest() const { return backtest_; }
  QLabel* riskConvention() const { return convention_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void showDetail();

  OutputsPanel* outputs_;
  QLabel* weightsTitle_;
  QTableWidget* weights_;
  FrontierChart* frontier_;
  AllocationChart* allocation_;
  QLabel* backtest_;
  QLabel* convention_;
  struct WeightRow {
    std::string asset;
    double weight = 0, riskShare = 0, expectedReturn = 0;
  };
  std::vector<WeightRow> rows_;
  std::optional<KupiecTest> kupiec_;
  double confidence_ = 0;
  int horizonDays_ = 0;
  int decimals_ = 2;
};

}  // namespace valor::ui
