#include "ui/models/dcf/charts.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "ui/models/dcf/yeartablemodel.h"

namespace valor::ui {

using namespace chartkit;

// --- RevenueFcffChart -----------------------------------------------------------------------

RevenueFcffChart::RevenueFcffChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QBarSeries),
      actual_(new QBarSet(QString())),
      revenue_(new QBarSet(QString())),
      fcff_(new QBarSet(QString())),
      years_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  setObjectName(QStringLiteral("revenueFcffChart"));
  series_->append(actual_);
  series_->append(revenue_);
  series_->append(fcff_);
  series_->setBarWidth(0.7);
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(years_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  series_->attachAxis(years_);
  series_->attachAxis(values_);
  years_->setTruncateLabels(false);
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  c->legend()->setAlignment(Qt::AlignBottom);
  connect(series_, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
    if (!status || index < 0 || index >= set->count()) {
      QToolTip::hideText();
      return;
    }
    QToolTip::showText(QCursor::pos(),
                       tr("%1 %2: %3")
                           .arg(set->label(), years_->at(index),
                                YearTableModel::formatMoney(set->at(index), decimals_)),
                       this);
  });
  applyTheme();
  retranslate();
}

void RevenueFcffChart::applyColours() {
  styleSet(actual_, kGrey);
  styleSet(revenue_, kBlue);
  styleSet(fcff_, kTeal);
}

void RevenueFcffChart::retranslate() {
  chart()->setTitle(tr("Revenue and free cash flow"));
  actual_->setLabel(tr("Revenue, actual"));
  revenue_->setLabel(tr("Revenue"));
  fcff_->setLabel(tr("FCFF"));
  values_->setTitleText(moneyCaption_);
}

void RevenueFcffChart::setProjection(const DcfProjection& projection, int decimals,
                                     const MoneyDisplay& money, const YearMap& actualRevenue) {
  decimals_ = decimals;
  const int past = static_cast<int>(actualRevenue.size());
  const int count = past + projection.yearCount;
  QStringList years;
  years.reserve(count);
  double low = 0;
  double high = 0;
  for (const auto& [year, revenue] : actualRevenue) {
    //: An actual year on a chart's axis: "2024A".
    years.append(tr("%1A").arg(year));
    high = std::max(high, money(revenue));
  }
  for (int t = 0; t < projection.yearCount; ++t) {
    const DcfYearRow& r = projection.rows[static_cast<std::size_t>(t)];
    years.append(QString::number(r.year));
    low = std::min({low, money(r.revenue), money(r.fcff)});
    high = std::max({high, money(r.revenue), money(r.fcff)});
  }
  if (years_->categories() != years) years_->setCategories(years);
  // Many years stand on end rather than run into each other.
  years_->setLabelsAngle(count > 12 ? -90 : 0);
  resizeSet(actual_, count);
  resizeSet(revenue_, count);
  resizeSet(fcff_, count);
  // Each year has one kind of bar: actual revenue before the projection, projected revenue
  // and FCFF after it; the other sets hold zero there.
  int column = 0;
  for (const auto& entry : actualRevenue) {
    setValue(actual_, column, money(entry.second));
    setValue(revenue_, column, 0);
    setValue(fcff_, column, 0);
    ++column;
  }
  for (int t = 0; t < projection.yearCount; ++t, ++column) {
    const DcfYearRow& r = projection.rows[static_cast<std::size_t>(t)];
    setValue(actual_, column, 0);
    setValue(revenue_, column, money(r.revenue));
    setValue(fcff_, column, money(r.fcff));
  }
  // No legend entry for actuals the scenario does not have.
  const QList<QLegendMarker*> markers = chart()->legend()->markers(series_);
  if (!markers.isEmpty()) markers.front()->setVisible(past > 0);
  applyRange(values_, niceRange(low, high));
  if (money.caption != moneyCaption_) {
    moneyCaption_ = money.caption;
    values_->setTitleText(moneyCaption_);
  }
}

// --- EquityBridgeChart ----------------------------------------------------------------------

EquityBridgeChart::EquityBridgeChart(QWidget* parent) : WaterfallChart(parent) {
  setObjectName(QStringLiteral("equityBridgeChart"));
  retranslate();
}

void EquityBridgeChart::retranslate() {
  chart()->setTitle(tr("From enterprise value to equity value"));
  setLegend(tr("Value"), tr("Adds"), tr("Deducts"));
  show();
}

void EquityBridgeChart::setBridge(const EquityBridgeFigures& figures, int decimals,
                                  const QString& moneyCaption) {
  figures_ = figures;
  decimals_ = decimals;
  moneyCaption_ = moneyCaption;
  show();
}

void EquityBridgeChart::show() {
  const EquityBridgeFigures& f = figures_;
  const int decimals = decimals_;
  setSteps(
      bridge(tr("EV"), f.enterpriseValue,
             {{tr("\u2212 Debt"), -f.debt},
              {tr("\u2212 Preferred"), -f.preferred},
              {tr("\u2212 Minority"), -f.minorityInterest},
              {tr("+ Cash"), f.cash},
              {tr("+ Non-op. assets"), f.nonOperatingAssets}},
             tr("= Equity"), f.equityValue),
      [decimals](double v) { return YearTableModel::formatMoney(v, decimals); }, moneyCaption_);
}

// --- TerminalShareChart ---------------------------------------------------------------------

TerminalShareChart::TerminalShareChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QPieSeries),
      explicit_(new QPieSlice),
      terminal_(new QPieSlice) {
  setObjectName(QStringLiteral("terminalShareChart"));
  series_->append(explicit_);
  series_->append(terminal_);
  series_->setHoleSize(0.5);
  series_->setPieSize(0.72);
  for (QPieSlice* slice : {explicit_, terminal_}) {
    slice->setLabelVisible(true);
    slice->setLabelPosition(QPieSlice::LabelOutside);
    slice->setLabelArmLengthFactor(0.12);
  }
  chart()->addSeries(series_);
  chart()->legend()->setVisible(false);
  applyTheme();
  retranslate();
}

void TerminalShareChart::applyColours() {
  explicit_->setColor(kBlue);
  terminal_->setColor(kOrange);
  for (QPieSlice* slice : {explicit_, terminal_}) {
    slice->setBorderColor(palette().color(QPalette::Base));
    slice->setLabelColor(palette().color(QPalette::Text));
    slice->setLabelFont(font());
  }
}

void TerminalShareChart::retranslate() {
  chart()->setTitle(tr("Terminal value share of EV"));
  updateLabels();
}

void TerminalShareChart::setValues(Money pvExplicit, Money pvTerminal) {
  pvExplicit_ = pvExplicit;
  pvTerminal_ = pvTerminal;
  meaningful_ = pvExplicit >= 0 && pvTerminal >= 0 && pvExplicit + pvTerminal > 0;
  const double e = meaningful_ ? pvExplicit : 0;
  const double t = meaningful_ ? pvTerminal : 0;
  if (explicit_->value() != e) explicit_->setValue(e);
  if (terminal_->value() != t) terminal_->setValue(t);
  updateLabels();
}

void TerminalShareChart::updateLabels() {
  const double total = pvExplicit_ + pvTerminal_;
  if (!meaningful_) {
    chart()->setTitle(tr("Terminal value share of EV: not meaningful with a negative part"));
    explicit_->setLabelVisible(false);
    terminal_->setLabelVisible(false);
    return;
  }
  chart()->setTitle(tr("Terminal value share of EV"));
  explicit_->setLabelVisible(true);
  terminal_->setLabelVisible(true);
  explicit_->setLabel(
      tr("Explicit years %1").arg(YearTableModel::formatRate(pvExplicit_ / total, 1)));
  terminal_->setLabel(
      tr("Terminal value %1").arg(YearTableModel::formatRate(pvTerminal_ / total, 1)));
}

}  // namespace valor::ui
