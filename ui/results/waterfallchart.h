#pragma once
// A bridge from one total to another as a waterfall (EV to equity value, entry equity to exit
// equity): each step is drawn from where the previous one ended, up in green, down in red,
// totals in blue, with the amount under each category. Drawn as stacked bars: a transparent
// base lifts each step; a step crossing zero is drawn in two parts.
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

#include "core/common/types.h"
#include "ui/results/resultchart.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace valor::ui {

class WaterfallChart : public ResultChartView {
  Q_OBJECT

 public:
  enum class StepKind { Total, Increase, Decrease };
  struct Step {
    StepKind kind;
    QString label;  // the category's text, without its value
    Money from;     // running total before the step (0 for a total)
    Money to;       // running total after it
  };
  // Start total, the signed changes (zeros left out), end total.
  static std::vector<Step> bridge(const QString& startLabel, Money start,
                                  const std::vector<std::pair<QString, Money>>& changes,
                                  const QString& endLabel, Money end);

  explicit WaterfallChart(QWidget* parent = nullptr);
  // `format` writes an amount for the categories and tooltips; `moneyCaption` names the value
  // axis ("USD millions").
  void setSteps(std::vector<Step> steps, std::function<QString(double)> format,
                const QString& moneyCaption);
  void setLegend(const QString& total, const QString& adds, const QString& deducts);

  const std::vector<Step>& steps() const { return steps_; }
  QStringList categories() const;
  // Per category: the transparent base, and the visible part of each kind.
  QBarSet* baseSet() const { return base_; }
  QBarSet* totalSet() const { return total_; }
  QBarSet* increaseSet() const { return increase_; }
  QBarSet* decreaseSet() const { return decrease_; }
  QValueAxis* valueAxis() const { return values_; }

 protected:
  void applyColours() override;

 private:
  void showValues();
  void hovered(bool status, int index);

  QStackedBarSeries* series_;
  QBarSet* base_;
  QBarSet* total_;
  QBarSet* increase_;
  QBarSet* decrease_;
  QBarSet* increaseBelow_;  // the part of a step below zero, not in the legend
  QBarSet* decreaseBelow_;
  QBarCategoryAxis* categories_;
  QValueAxis* values_;
  std::vector<Step> steps_;
  std::function<QString(double)> format_;
};

}  // namespace valor::ui
