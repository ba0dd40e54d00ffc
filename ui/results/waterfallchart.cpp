#include "ui/results/waterfallchart.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valor::ui {

std::vector<WaterfallChart::Step> WaterfallChart::bridge(
    const QString& startLabel, Money start, const std::vector<std::pair<QString, Money>>& changes,
    const QString& endLabel, Money end) {
  std::vector<Step> steps{{StepKind::Total, startLabel, 0, start}};
  Money running = start;
  for (const auto& [label, amount] : changes) {
    if (amount == 0) continue;
    const Money next = running + amount;
    steps.push_back(
        {next >= running ? StepKind::Increase : StepKind::Decrease, label, running, next});
    running = next;
  }
  steps.push_back({StepKind::Total, endLabel, 0, end});
  return steps;
}

WaterfallChart::WaterfallChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QStackedBarSeries),
      base_(new QBarSet(QString())),
      total_(new QBarSet(QString())),
      increase_(new QBarSet(QString())),
      decrease_(new QBarSet(QString())),
      increaseBelow_(new QBarSet(QString())),
      decreaseBelow_(new QBarSet(QString())),
      categories_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  for (QBarSet* set : {base_, total_, increase_, decrease_, increaseBelow_, decreaseBelow_})
    series_->append(set);
  series_->setBarWidth(0.6);
  QChart* c = chart();
  c->addSeries(series_);
  c->addAxis(categories_, Qt::AlignBottom);
  c->addAxis(values_, Qt::AlignLeft);
  series_->attachAxis(categories_);
  series_->attachAxis(values_);
  categories_->setTruncateLabels(false);
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  c->legend()->setAlignment(Qt::AlignBottom);
  // The legend names the visible kinds only.
  for (QLegendMarker* marker : c->legend()->markers(series_))
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker))
      if (bar->barset() == base_ || bar->barset() == increaseBelow_ ||
          bar->barset() == decreaseBelow_)
        marker->setVisible(false);
  connect(series_, &QStackedBarSeries::hovered, this,
          [this](bool status, int index, QBarSet*) { hovered(status, index); });
  applyTheme();
}

void WaterfallChart::applyColours() {
  base_->setColor(Qt::transparent);
  base_->setBorderColor(Qt::transparent);
  base_->setPen(Qt::NoPen);
  chartkit::styleSet(total_, chartkit::kBlue);
  chartkit::styleSet(increase_, chartkit::kGreen);
  chartkit::styleSet(decrease_, chartkit::kRed);
  chartkit::styleSet(increaseBelow_, chartkit::kGreen);
  chartkit::styleSet(decreaseBelow_, chartkit::kRed);
}

void WaterfallChart::setLegend(const QString& total, const QString& adds, const QString& deducts) {
  total_->setLabel(total);
  increase_->setLabel(adds);
  decrease_->setLabel(deducts);
}

QStringList WaterfallChart::categories() const {
  return categories_->categories();
}

void WaterfallChart::setSteps(std::vector<Step> steps, std::function<QString(double)> format,
                              const QString& moneyCaption) {
  steps_ = std::move(steps);
  format_ = std::move(format);
  if (values_->titleText() != moneyCaption) values_->setTitleText(moneyCaption);
  showValues();
}

void WaterfallChart::showValues() {
  const int count = static_cast<int>(steps_.size());
  QStringList names;
  names.reserve(count);
  for (const Step& s : steps_) {
    // The category shows the step and its amount on a second line (axis labels are rich text).
    const Money amount = s.kind == StepKind::Total ? s.to : std::abs(s.to - s.from);
    names.append(QStringLiteral("<div align=\"center\">%1<br>%2</div>")
                     .arg(s.label.toHtmlEscaped(), format_(amount)));
  }
  if (categories_->categories() != names) {
    // Categories must be unique and are matched by text; replace them all at once.
    categories_->setCategories(names);
  }
  for (QBarSet* set : {base_, total_, increase_, decrease_, increaseBelow_, decreaseBelow_})
    chartkit::resizeSet(set, count);

  double low = 0;
  double high = 0;
  for (int i = 0; i < count; ++i) {
    const Step& s = steps_[static_cast<std::size_t>(i)];
    double base = 0, total = 0, up = 0, down = 0, upBelow = 0, downBelow = 0;
    if (s.kind == StepKind::Total) {
      total = s.to;
    } else {
      const double lo = std::min(s.from, s.to);
      const double hi = std::max(s.from, s.to);
      double above = 0;
      double below = 0;
      if (lo >= 0) {
        base = lo;
        above = hi - lo;
      } else if (hi <= 0) {
        base = hi;  // stacks down from zero to the upper end
        below = lo - hi;
      } else {
        above = hi;
        below = lo;
      }
      if (s.kind == StepKind::Increase) {
        up = lo >= 0 || hi <= 0 ? above + below : above;
        upBelow = lo < 0 && hi > 0 ? below : 0;
      } else {
        down = lo >= 0 || hi <= 0 ? above + below : above;
        downBelow = lo < 0 && hi > 0 ? below : 0;
      }
    }
    low = std::min({low, s.from, s.to});
    high = std::max({high, s.from, s.to});
    chartkit::setValue(base_, i, base);
    chartkit::setValue(total_, i, total);
    chartkit::setValue(increase_, i, up);
    chartkit::setValue(decrease_, i, down);
    chartkit::setValue(increaseBelow_, i, upBelow);
    chartkit::setValue(decreaseBelow_, i, downBelow);
  }
  chartkit::applyRange(values_, chartkit::niceRange(low, high));
}

void WaterfallChart::hovered(bool status, int index) {
  if (!status || index < 0 || index >= static_cast<int>(steps_.size())) {
    QToolTip::hideText();
    return;
  }
  const Step& s = steps_[static_cast<std::size_t>(index)];
  const QString text =
      s.kind == StepKind::Total
          ? tr("%1: %2").arg(s.label, format_(s.to))
          : tr("%1: %2 (from %3 to %4)")
                .arg(s.label, format_(std::abs(s.to - s.from)), format_(s.from), format_(s.to));
  QToolTip::showText(QCursor::pos(), text, this);
}

}  // namespace valor::ui
