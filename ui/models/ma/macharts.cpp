#include "ui/models/ma/macharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace valor::ui {

using namespace chartkit;

namespace {

// Values in percent; the axis title says so ("%" in the label format would be shown doubled
// when the chart localises its numbers).
QValueAxis* percentAxis() {
  auto* axis = new QValueAxis;
  axis->setTickType(QValueAxis::TicksFixed);
  axis->setMinorTickCount(0);
  return axis;
}

}  // namespace

// --- AccretionChart ---------------------------------------------------------------------------

AccretionChart::AccretionChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QStackedBarSeries),
      accretive_(new QBarSet(QString())),
      dilutive_(new QBarSet(QString())),
      years_(new QBarCategoryAxis),
      values_(percentAxis()) {
  setObjectName(QStringLiteral("accretionChart"));
  series_->append(accretive_);
  series_->append(dilutive_);
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(years_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  series_->attachAxis(years_);
  series_->attachAxis(values_);
  series_->setBarWidth(0.6);
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void AccretionChart::applyColours() {
  styleSet(accretive_, kGreen);
  styleSet(dilutive_, kRed);
}

void AccretionChart::retranslate() {
  chart()->setTitle(tr("EPS accretion / dilution"));
  values_->setTitleText(QStringLiteral("%"));
  accretive_->setLabel(tr("Accretive"));
  dilutive_->setLabel(tr("Dilutive"));
}

void AccretionChart::setResult(const MaResult& r) {
  QStringList years;
  double low = 0, high = 0;
  resizeSet(accretive_, r.years);
  resizeSet(dilutive_, r.years);
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& row = r.rows[static_cast<std::size_t>(t)];
    years << QString::number(row.year);
    const double percent = 100 * row.accretion;
    setValue(accretive_, t, std::max(percent, 0.0));
    setValue(dilutive_, t, std::min(percent, 0.0));
    low = std::min(low, percent);
    high = std::max(high, percent);
  }
  if (years_->categories() != years) years_->setCategories(years);
  applyRange(values_, niceRange(low, high));
}

// --- EpsBridgeChart ---------------------------------------------------------------------------

EpsBridgeChart::EpsBridgeChart(QWidget* parent) : WaterfallChart(parent) {
  setObjectName(QStringLiteral("epsBridgeChart"));
  retranslate();
}

void EpsBridgeChart::retranslate() {
  setLegend(tr("EPS"), tr("Adds"), tr("Deducts"));
  show();
}

void EpsBridgeChart::setRow(const MaYearRow& row, std::function<QString(double)> format,
                            const QString& perShareCaption) {
  row_ = row;
  format_ = std::move(format);
  caption_ = perShareCaption;
  show();
}

void EpsBridgeChart::show() {
  if (!format_) return;
  chart()->setTitle(tr("Where the EPS change comes from, %1").arg(row_.year));
  const MaEpsBridge& b = row_.bridge;
  setSteps(bridge(tr("Standalone"), row_.standaloneEps,
                  {{tr("Target"), b.targetEarnings},
                   {tr("Synergies"), b.synergies},
                   {tr("Integration"), b.integrationCosts},
                   {tr("Interest"), b.newDebtInterest},
                   {tr("Fees"), b.financingFees},
                   {tr("Cash yield"), b.foregoneInterest},
                   {tr("New D&A"), b.newDepreciation},
                   {tr("Refinancing"), b.refinancing},
                   {tr("New shares"), b.newShares}},
                  tr("= Pro forma"), row_.proFormaEps),
           format_, caption_);
}

// --- GoodwillBridgeChart ----------------------------------------------------------------------

GoodwillBridgeChart::GoodwillBridgeChart(QWidget* parent) : WaterfallChart(parent) {
  setObjectName(QStringLiteral("goodwillBridgeChart"));
  retranslate();
}

void GoodwillBridgeChart::retranslate() {
  chart()->setTitle(tr("From the purchase price to goodwill"));
  setLegend(tr("Total"), tr("Adds"), tr("Deducts"));
  show();
}

void GoodwillBridgeChart::setPpa(const MaPpa& ppa, std::function<QString(double)> format,
                                 const QString& caption) {
  ppa_ = ppa;
  format_ = std::move(format);
  caption_ = caption;
  show();
}

void GoodwillBridgeChart::show() {
  if (!format_) return;
  setSteps(bridge(tr("Purchase equity"), ppa_.purchaseEquity,
                  {{tr("Book equity"), -ppa_.bookEquity},
                   {tr("Old goodwill"), ppa_.existingGoodwill},
                   {tr("PP&E"), -ppa_.ppeWriteUp},
                   {tr("Intangibles"), -ppa_.intangiblesWriteUp},
                   {tr("Deferred tax"), ppa_.deferredTaxLiability}},
                  tr("= Goodwill"), ppa_.goodwill),
           format_, caption_);
}

// --- ContributionChart ------------------------------------------------------------------------

ContributionChart::ContributionChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QStackedBarSeries),
      acquirer_(new QBarSet(QString())),
      target_(new QBarSet(QString())),
      categories_(new QBarCategoryAxis),
      values_(percentAxis()) {
  setObjectName(QStringLiteral("contributionChart"));
  series_->append(acquirer_);
  series_->append(target_);
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(categories_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  series_->attachAxis(categories_);
  series_->attachAxis(values_);
  series_->setBarWidth(0.6);
  applyRange(values_, niceRange(0, 100));
  c->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
  retranslate();
}

void ContributionChart::applyColours() {
  styleSet(acquirer_, kBlue);
  styleSet(target_, kOrange);
}

QStringList ContributionChart::categories() const {
  return categories_->categories();
}

void ContributionChart::retranslate() {
  chart()->setTitle(tr("Contribution against ownership"));
  values_->setTitleText(QStringLiteral("%"));
  showCategories();
}

void ContributionChart::showCategories() {
  const QString names[] = {tr("Revenue"), tr("EBITDA"), tr("Net income"), tr("Ownership")};
  QStringList shown;
  for (const int k : shown_) shown << names[k];
  if (categories_->categories() != shown) {
    categories_->clear();
    categories_->append(shown);
  }
}

void ContributionChart::setResult(const MaResult& r, const QString& acquirer,
                                  const QString& target) {
  acquirer_->setLabel(acquirer);
  target_->setLabel(target);
  // A figure missing for either side (no revenue given, a loss) is left out, never drawn as 0.
  const MaContribution& c = r.rows[0].targetContribution;
  const std::optional<Rate> shares[] = {c.revenue, c.ebitda, c.netIncome, r.targetOwnership};
  shown_.clear();
  for (int k = 0; k < 4; ++k)
    if (shares[k]) shown_.push_back(k);
  resizeSet(acquirer_, static_cast<int>(shown_.size()));
  resizeSet(target_, static_cast<int>(shown_.size()));
  for (std::size_t i = 0; i < shown_.size(); ++i) {
    const double targetShare = 100 * *shares[static_cast<std::size_t>(shown_[i])];
    setValue(acquirer_, static_cast<int>(i), 100 - targetShare);
    setValue(target_, static_cast<int>(i), targetShare);
  }
  showCategories();
}

}  // namespace valor::ui
