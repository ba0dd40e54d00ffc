#pragma once
// The result charts of the DCF editor (Qt Charts). Each chart is built once, with its series
// and axes; an update replaces the values in the existing bar sets and pie slices and adjusts
// the axes, because the results follow every keystroke. No animations.
#include <QChartView>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/finance/dcf.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QPieSeries;
class QPieSlice;
class QStackedBarSeries;
class QValueAxis;

namespace valor::ui {

// What the three charts share: antialiasing, no animation, a theme that follows the widget
// palette (light or dark), a sensible minimum height.
class ResultChartView : public QChartView {
  Q_OBJECT

 public:
  explicit ResultChartView(QWidget* parent = nullptr);

 protected:
  void changeEvent(QEvent* event) override;
  // Re-applies the series colours (a theme change resets them).
  virtual void applyColours() = 0;
  void applyTheme();
  bool darkTheme() const;
};

// Revenue and FCFF per projection year as grouped bars.
class RevenueFcffChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit RevenueFcffChart(QWidget* parent = nullptr);

  // `moneyCaption` names the unit of the value axis ("USD millions"); `decimals` is for money
  // in tooltips.
  void setProjection(const DcfProjection& projection, int decimals, const QString& moneyCaption);
  void retranslate();

  QBarSet* revenueSet() const { return revenue_; }
  QBarSet* fcffSet() const { return fcff_; }
  QBarCategoryAxis* yearAxis() const { return years_; }
  QValueAxis* valueAxis() const { return values_; }

 protected:
  void applyColours() override;

 private:
  QBarSeries* series_;
  QBarSet* revenue_;
  QBarSet* fcff_;
  QBarCategoryAxis* years_;
  QValueAxis* values_;
  QString moneyCaption_;
  int decimals_ = 1;
};

// The figures of the bridge from enterprise value to equity value.
struct EquityBridgeFigures {
  Money enterpriseValue = 0;
  Money debt = 0;
  Money preferred = 0;
  Money minorityInterest = 0;
  Money cash = 0;
  Money nonOperatingAssets = 0;
  Money equityValue = 0;
};

// The EV-to-equity bridge as a waterfall: EV, − debt, − preferred, − minority interest, + cash,
// + non-operating assets, = equity value; items that are zero are left out. Drawn as stacked
// bars: a transparent base lifts each step to where the previous one ended.
class EquityBridgeChart : public ResultChartView {
  Q_OBJECT

 public:
  enum class StepKind { Total, Increase, Decrease };
  struct Step {
    StepKind kind;
    QString label;  // the category's text, without its value
    Money from;     // running total before the step (0 for a total)
    Money to;       // running total after it
  };

  explicit EquityBridgeChart(QWidget* parent = nullptr);

  void setBridge(const EquityBridgeFigures& figures, int decimals, const QString& moneyCaption);
  void retranslate();

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
  void rebuildSteps();
  void showValues();
  void hovered(bool status, int index);

  QStackedBarSeries* series_;
  QBarSet* base_;
  QBarSet* total_;
  QBarSet* increase_;
  QBarSet* decrease_;
  // A step crossing zero is drawn in two parts (stacked series stack positive and negative
  // values apart); the part below zero goes here, coloured like its kind, not in the legend.
  QBarSet* increaseBelow_;
  QBarSet* decreaseBelow_;
  QBarCategoryAxis* categories_;
  QValueAxis* values_;
  std::vector<Step> steps_;
  EquityBridgeFigures figures_;
  int decimals_ = 1;
  QString moneyCaption_;
};

// The share of enterprise value that comes from the terminal value: a donut of the present
// value of the explicit years against the present value of the terminal value.
class TerminalShareChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit TerminalShareChart(QWidget* parent = nullptr);

  void setValues(Money pvExplicit, Money pvTerminal);
  void retranslate();

  QPieSlice* explicitSlice() const { return explicit_; }
  QPieSlice* terminalSlice() const { return terminal_; }
  // False when a part is negative: a share of the whole is then meaningless.
  bool meaningful() const { return meaningful_; }

 protected:
  void applyColours() override;

 private:
  void updateLabels();

  QPieSeries* series_;
  QPieSlice* explicit_;
  QPieSlice* terminal_;
  Money pvExplicit_ = 0;
  Money pvTerminal_ = 0;
  bool meaningful_ = true;
};

}  // namespace valor::ui
