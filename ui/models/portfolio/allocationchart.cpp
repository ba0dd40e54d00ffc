#include "ui/models/portfolio/allocationchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace valor::ui {

using namespace chartkit;

AllocationChart::AllocationChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QHorizontalBarSeries),
      weights_(new QBarSet(QString())),
      riskShares_(new QBarSet(QString())),
      assets_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  setObjectName(QStringLiteral("allocationChart"));
  series_->append(weights_);
  series_->append(riskShares_);
  series_->setBarWidth(0.8);
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(assets_, Qt::AlignLeft);
  c->addAxis(values_, Qt::AlignBottom);
  series_->attachAxis(assets_);
  series_->attachAxis(values_);
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void AllocationChart::applyColours() {
  styleSet(weights_, kBlue);
  styleSet(riskShares_, kOrange);
}

void AllocationChart::retranslate() {
  weights_->setLabel(tr("Weight"));
  riskShares_->setLabel(tr("Share of risk"));
  values_->setTitleText(tr("% of the portfolio"));
  updateTitle();
}

void AllocationChart::updateTitle() {
  chart()->setTitle(shown_ < total_
                        ? tr("Weights and shares of risk (the %1 largest of %2 assets)")
                              .arg(QLocale().toString(shown_), QLocale().toString(total_))
                        : tr("Weights and shares of risk"));
}

void AllocationChart::setAllocation(const QStringList& names, const std::vector<double>& weights,
                                    const std::vector<double>& riskShares) {
  total_ = static_cast<int>(names.size());
  std::vector<int> order(static_cast<std::size_t>(total_));
  std::iota(order.begin(), order.end(), 0);
  if (total_ > kMaxAssets) {
    // The largest positions by size (a short position counts by its magnitude), kept in the
    // table's order.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return std::abs(weights[static_cast<std::size_t>(a)]) >
             std::abs(weights[static_cast<std::size_t>(b)]);
    });
    order.resize(kMaxAssets);
    std::sort(order.begin(), order.end());
  }
  // Horizontal bars run from the bottom up: reversed, the first asset is at the top, as in the
  // table.
  std::reverse(order.begin(), order.end());
  shown_ = static_cast<int>(order.size());
  QStringList categories;
  for (int i : order) categories << names[i];
  if (assets_->categories() != categories) assets_->setCategories(categories);
  resizeSet(weights_, shown_);
  resizeSet(riskShares_, shown_);
  double low = 0, high = 0;
  for (int k = 0; k < shown_; ++k) {
    const auto i = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
    setValue(weights_, k, weights[i] * 100);
    setValue(riskShares_, k, riskShares[i] * 100);
    low = std::min({low, weights[i] * 100, riskShares[i] * 100});
    high = std::max({high, weights[i] * 100, riskShares[i] * 100});
  }
  applyRange(values_, niceRange(low, high));
  updateTitle();
}

}  // namespace valor::ui
