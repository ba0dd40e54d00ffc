#pragma once
// Each asset's weight beside its share of the portfolio's risk, as horizontal bars: where the
// risk really sits (bonds can hold 40 % of the money and 15 % of the risk). With many assets,
// the largest by weight are shown and the title says how many of how many.
#include <QStringList>

#include <vector>

#include "ui/results/resultchart.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace valor::ui {

class AllocationChart : public ResultChartView {
  Q_OBJECT

 public:
  static constexpr int kMaxAssets = 20;

  explicit AllocationChart(QWidget* parent = nullptr);
  // Shares as fractions (0.25 = 25 %), one per asset in `names`' order.
  void setAllocation(const QStringList& names, const std::vector<double>& weights,
                     const std::vector<double>& riskShares);
  void retranslate();

  QBarSet* weights() const { return weights_; }
  QBarSet* riskShares() const { return riskShares_; }
  QBarCategoryAxis* assets() const { return assets_; }

 protected:
  void applyColours() override;

 private:
  void updateTitle();

  QHorizontalBarSeries* series_;
  QBarSet* weights_;
  QBarSet* riskShares_;
  QBarCategoryAxis* assets_;
  QValueAxis* values_;
  int shown_ = 0;
  int total_ = 0;
};

}  // namespace valor::ui
