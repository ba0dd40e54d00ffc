#pragma once
// The LBO's result charts: where the equity gain comes from (a waterfall of the returns
// attribution), the debt by tranche year by year, and leverage and interest cover.
#include <QStringList>

#include <functional>

#include "core/finance/lbo.h"
#include "ui/results/moneydisplay.h"
#include "ui/results/resultchart.h"
#include "ui/results/waterfallchart.h"

class QBarCategoryAxis;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace valor::ui {

// Equity at entry → EBITDA growth → multiple expansion → debt paydown and cash → fees and
// leakage → equity at exit plus dividends (the attribution's sequential convention).
class ReturnsBridgeChart : public WaterfallChart {
  Q_OBJECT

 public:
  explicit ReturnsBridgeChart(QWidget* parent = nullptr);
  // Amounts are shown in `money`'s unit, which names the value axis.
  void setResult(const LboResult& result, std::function<QString(double)> format,
                 const MoneyDisplay& money);
  void retranslate();

 private:
  void show();

  LboAttribution attribution_;
  Money entryEquity_ = 0;
  std::function<QString(double)> format_;
  QString moneyCaption_;
};

// Closing debt per year, stacked by tranche in seniority order (the most senior at the
// bottom, so the sweep eats the bars from below).
class DebtPaydownChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit DebtPaydownChart(QWidget* parent = nullptr);
  void setSchedule(const LboResult& result, const QStringList& labels, const MoneyDisplay& money);
  void retranslate();
  QStackedBarSeries* series() const { return series_; }

 protected:
  void applyColours() override;

 private:
  QStackedBarSeries* series_;
  QBarCategoryAxis* years_;
  QValueAxis* values_;
};

// Debt / EBITDA and EBITDA / cash interest per year.
class CreditChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit CreditChart(QWidget* parent = nullptr);
  void setResult(const LboResult& result);
  void retranslate();
  QLineSeries* leverage() const { return leverage_; }
  QLineSeries* cover() const { return cover_; }

 protected:
  void applyColours() override;

 private:
  QLineSeries* leverage_;
  QLineSeries* cover_;
  QBarCategoryAxis* years_;  // point i sits on the year of row i
  QValueAxis* values_;
};

}  // namespace valor::ui
