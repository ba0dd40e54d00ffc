#pragma once
// The M&A's result charts: accretion/dilution per year, where one year's EPS change comes from
// (a waterfall from standalone to pro-forma EPS), the goodwill bridge of the purchase price
// allocation, and ownership against contribution.
#include <QStringList>

#include <functional>

#include "core/finance/ma.h"
#include "ui/results/resultchart.h"
#include "ui/results/waterfallchart.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace valor::ui {

// Accretion (green, up) or dilution (red, down) of EPS per pro-forma year, in percent.
class AccretionChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit AccretionChart(QWidget* parent = nullptr);
  void setResult(const MaResult& result);
  void retranslate();
  QBarSet* accretive() const { return accretive_; }
  QBarSet* dilutive() const { return dilutive_; }

 protected:
  void applyColours() override;

 private:
  QStackedBarSeries* series_;
  QBarSet* accretive_;
  QBarSet* dilutive_;
  QBarCategoryAxis* years_;
  QValueAxis* values_;
};

// Standalone EPS → target earnings → synergies → integration → new debt interest → financing
// fees → foregone interest → new D&A → refinancing → new shares → pro-forma EPS, for one year.
class EpsBridgeChart : public WaterfallChart {
  Q_OBJECT

 public:
  explicit EpsBridgeChart(QWidget* parent = nullptr);
  void setRow(const MaYearRow& row, std::function<QString(double)> format,
              const QString& perShareCaption);
  void retranslate();

 private:
  void show();

  MaYearRow row_;
  std::function<QString(double)> format_;
  QString caption_;
};

// Purchase equity → less book equity → plus goodwill written off → less write-ups → plus the
// deferred tax liability → goodwill.
class GoodwillBridgeChart : public WaterfallChart {
  Q_OBJECT

 public:
  explicit GoodwillBridgeChart(QWidget* parent = nullptr);
  void setPpa(const MaPpa& ppa, std::function<QString(double)> format, const QString& caption);
  void retranslate();

 private:
  void show();

  MaPpa ppa_;
  std::function<QString(double)> format_;
  QString caption_;
};

// What each side brings (revenue, EBITDA, net income) against what it owns afterwards, as
// shares of 100 % (the first pro-forma year).
class ContributionChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit ContributionChart(QWidget* parent = nullptr);
  void setResult(const MaResult& result, const QString& acquirer, const QString& target);
  void retranslate();
  QBarSet* acquirerSet() const { return acquirer_; }
  QBarSet* targetSet() const { return target_; }
  QStringList categories() const;

 protected:
  void applyColours() override;

 private:
  void showCategories();

  QStackedBarSeries* series_;
  QBarSet* acquirer_;
  QBarSet* target_;
  QBarCategoryAxis* categories_;
  QValueAxis* values_;
  std::vector<int> shown_;  // which of revenue, EBITDA, net income, ownership have figures
};

}  // namespace valor::ui
