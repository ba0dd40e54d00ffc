#pragma once
// The football field: one horizontal bar per value-per-share range (low to high), the first at
// the top, a dot where the scenario itself lies (its value, the Monte Carlo median, the deal
// as modelled) and a dashed vertical line at the current share price. A bar stands on a
// transparent base; a range crossing zero is drawn in two parts, as the waterfall does.
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

#include "ui/results/resultchart.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace valor::ui {

class FootballChart : public ResultChartView {
  Q_OBJECT

 public:
  struct Bar {
    QString label;
    std::optional<double> low;  // none: the bar has no range (its reason is in the table)
    std::optional<double> high;
    std::optional<double> point;
  };
  struct Captions {
    QString axis;          // "Value per share"
    QString range;         // legend: "Range"
    QString point;         // legend: "Scenario value"
    QString currentPrice;  // legend: "Current price 58.40"
    QString noRange;       // a category without a range: "no range"
  };

  explicit FootballChart(QWidget* parent = nullptr);
  void setBars(std::vector<Bar> bars, std::optional<double> currentPrice,
               std::function<QString(double)> format, const Captions& captions);

  const std::vector<Bar>& bars() const { return bars_; }
  QStringList categories() const;  // bottom to top, as the axis holds them
  QBarSet* baseSet() const { return base_; }
  QBarSet* rangeSet() const { return range_; }
  QScatterSeries* pointSeries() const { return points_; }
  QLineSeries* priceLine() const { return price_; }
  QValueAxis* valueAxis() const { return values_; }

 protected:
  void applyColours() override;

 private:
  void hovered(bool status, int index);

  QHorizontalStackedBarSeries* series_;
  QBarSet* base_;
  QBarSet* range_;
  QBarSet* rangeBelow_;  // the part of a range below zero, not in the legend
  QScatterSeries* points_;
  QLineSeries* price_;
  QBarCategoryAxis* categories_;
  QValueAxis* values_;
  QValueAxis* positions_;  // hidden: places the dots and the price line on the bars' rows
  std::vector<Bar> bars_;
  std::function<QString(double)> format_;
};

}  // namespace valor::ui
