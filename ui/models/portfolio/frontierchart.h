#pragma once
// The efficient frontier in risk–return space: the frontier's curve from minimum variance to the
// highest return the limits allow, each asset on its own, and the chosen portfolio marked — where
// the optimum sits against what the assets offer alone.
#include "core/models/portfolio/portfoliobinding.h"
#include "ui/results/resultchart.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace valor::ui {

class FrontierChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit FrontierChart(QWidget* parent = nullptr);
  void setResult(const PortfolioInputs& in, const PortfolioResult& result);
  void retranslate();

  QLineSeries* frontier() const { return frontier_; }
  QScatterSeries* assets() const { return assets_; }
  QScatterSeries* chosen() const { return chosen_; }

 protected:
  void applyColours() override;

 private:
  QLineSeries* frontier_;
  QScatterSeries* assets_;
  QScatterSeries* chosen_;
  QValueAxis* riskAxis_;
  QValueAxis* returnAxis_;
};

}  // namespace valor::ui
