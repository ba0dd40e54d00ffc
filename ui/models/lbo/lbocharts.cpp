#include "ui/models/lbo/lbocharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace valor::ui {

using namespace chartkit;

// --- ReturnsBridgeChart -----------------------------------------------------------------------

ReturnsBridgeChart::ReturnsBridgeChart(QWidget* parent) : WaterfallChart(parent) {
  setObjectName(QStringLiteral("returnsBridgeChart"));
  retranslate();
}

void ReturnsBridgeChart::retranslate() {
  chart()->setTitle(tr("Where the equity gain comes from"));
  setLegend(tr("Equity"), tr("Adds"), tr("Deducts"));
  show();
}

void ReturnsBridgeChart::setResult(const LboResult& r, std::function<QString(double)> format,
                                   const MoneyDisplay& money) {
  const LboAttribution& a = r.attribution;
  attribution_ = a;
  attribution_.ebitdaGrowth = money(a.ebitdaGrowth);
  attribution_.multipleExpansion = money(a.multipleExpansion);
  attribution_.debtPaydown = money(a.debtPaydown);
  attribution_.feesAndLeakage = money(a.feesAndLeakage);
  attribution_.equityGain = money(a.equityGain);
  entryEquity_ = money(r.sourcesUses.sponsorEquity + r.sourcesUses.rolloverEquity);
  format_ = std::move(format);
  moneyCaption_ = money.caption;
  show();
}

void ReturnsBridgeChart::show() {
  if (!format_) return;
  const LboAttribution& a = attribution_;
  setSteps(bridge(tr("Equity in"), entryEquity_,
                  {{tr("EBITDA growth"), a.ebitdaGrowth},
                   {tr("Multiple"), a.multipleExpansion},
                   {tr("Debt paydown"), a.debtPaydown},
                   {tr("Fees"), a.feesAndLeakage}},
                  tr("= Equity out"), entryEquity_ + a.equityGain),
           format_, moneyCaption_);
}

// --- DebtPaydownChart -------------------------------------------------------------------------

DebtPaydownChart::DebtPaydownChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QStackedBarSeries),
      years_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  setObjectName(QStringLiteral("debtPaydownChart"));
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(years_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  series_->attachAxis(years_);
  series_->attachAxis(values_);
  series_->setBarWidth(0.7);
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void DebtPaydownChart::applyColours() {
  const QColor colours[] = {kBlue, kTeal, kOrange, kPurple, kGreen, kRed, kGrey, kBlue.darker()};
  const auto sets = series_->barSets();
  for (int i = 0; i < sets.size(); ++i)
    styleSet(sets[i], colours[static_cast<std::size_t>(i) % std::size(colours)]);
}

void DebtPaydownChart::retranslate() {
  chart()->setTitle(tr("Debt by tranche at year end"));
}

void DebtPaydownChart::setSchedule(const LboResult& r, const QStringList& labels,
                                   const MoneyDisplay& money) {
  QStringList years;
  for (int t = 0; t < r.years; ++t)
    years << QString::number(r.rows[static_cast<std::size_t>(t)].year);
  if (years_->categories() != years) years_->setCategories(years);
  // One bar set per tranche; rebuilt only when the tranches change, else updated in place.
  auto sets = series_->barSets();
  bool same = sets.size() == labels.size();
  for (int i = 0; same && i < sets.size(); ++i) same = sets[i]->label() == labels[i];
  if (!same) {
    series_->clear();
    for (const QString& label : labels) series_->append(new QBarSet(label));
    sets = series_->barSets();
    applyColours();
  }
  double high = 0;
  for (int t = 0; t < r.years; ++t)
    high = std::max(high, money(r.rows[static_cast<std::size_t>(t)].debtClosing));
  for (int i = 0; i < sets.size(); ++i) {
    resizeSet(sets[i], r.years);
    for (int t = 0; t < r.years; ++t)
      setValue(sets[i], t,
               money(r.schedule[static_cast<std::size_t>(i)][static_cast<std::size_t>(t)].closing));
  }
  applyRange(values_, niceRange(0, high));
  if (values_->titleText() != money.caption) values_->setTitleText(money.caption);
}

// --- CreditChart ------------------------------------------------------------------------------

CreditChart::CreditChart(QWidget* parent)
    : ResultChartView(parent),
      leverage_(new QLineSeries),
      cover_(new QLineSeries),
      years_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  setObjectName(QStringLiteral("creditChart"));
  QChart* c = chart();
  c->addSeries(leverage_);
  c->addSeries(cover_);
  c->addAxis(years_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  for (QLineSeries* s : {leverage_, cover_}) {
    s->attachAxis(years_);
    s->attachAxis(values_);
    s->setPointsVisible(true);
  }
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void CreditChart::applyColours() {
  leverage_->setPen(QPen(kRed, 2));
  cover_->setPen(QPen(kBlue, 2));
}

void CreditChart::retranslate() {
  chart()->setTitle(tr("Leverage and interest cover"));
  leverage_->setName(tr("Debt / EBITDA"));
  cover_->setName(tr("EBITDA / cash interest"));
  values_->setTitleText(tr("times"));
}

void CreditChart::setResult(const LboResult& r) {
  QList<QPointF> leverage, cover;
  QStringList years;
  double high = 0;
  for (int t = 0; t < r.years; ++t) {
    const LboYearRow& row = r.rows[static_cast<std::size_t>(t)];
    const LboCreditStats s = lboCreditStats(row, r.sourcesUses.debt);
    // A ratio that does not exist (no EBITDA, no interest) leaves a gap, never a made-up 0.
    years << QString::number(row.year);
    if (s.totalLeverage) {
      leverage.append(QPointF(t, *s.totalLeverage));
      high = std::max(high, *s.totalLeverage);
    }
    if (s.interestCover) {
      cover.append(QPointF(t, *s.interestCover));
      high = std::max(high, *s.interestCover);
    }
  }
  leverage_->replace(leverage);
  cover_->replace(cover);
  if (years_->categories() != years) years_->setCategories(years);
  applyRange(values_, niceRange(0, std::min(high, 50.0)));
}

}  // namespace valor::ui
