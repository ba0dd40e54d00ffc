#pragma once
// The result charts of the DCF editor (Qt Charts). Each chart is built once, with its series
// and axes; an update replaces the values in the existing bar sets and pie slices and adjusts
// the axes, because the results follow every keystroke. No animations.
#include <QChartView>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/finance/dcf.h"
#include "core/model/document.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/resultchart.h"
#include "ui/results/waterfallchart.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QPieSeries;
class QPieSlice;
class QValueAxis;

namespace valor::ui {

// Revenue and FCFF per projection year as grouped bars, after the reported revenue of the
// actual years (headed "2024A", in grey).
class RevenueFcffChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit RevenueFcffChart(QWidget* parent = nullptr);

  // Amounts in `money`'s unit, which names the value axis ("USD millions"); `decimals` is for
  // money in tooltips. `actualRevenue` holds the actual years shown before the projection, in
  // the scenario's unit.
  void setProjection(const DcfProjection& projection, int decimals, const MoneyDisplay& money,
                     const YearMap& actualRevenue = {});
  void retranslate();

  QBarSet* actualRevenueSet() const { return actual_; }
  QBarSet* revenueSet() const { return revenue_; }
  QBarSet* fcffSet() const { return fcff_; }
  QBarCategoryAxis* yearAxis() const { return years_; }
  QValueAxis* valueAxis() const { return values_; }

 protected:
  void applyColours() override;

 private:
  QBarSeries* series_;
  QBarSet* actual_;
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
// + non-operating assets, = equity value; items that are zero are left out.
class EquityBridgeChart : public WaterfallChart {
  Q_OBJECT

 public:
  explicit EquityBridgeChart(QWidget* parent = nullptr);
  void setBridge(const EquityBridgeFigures& figures, int decimals, const QString& moneyCaption);
  void retranslate();

 private:
  void show();

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
