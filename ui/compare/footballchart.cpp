#include "ui/compare/footballchart.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace valor::ui {
namespace {

constexpr int kMaxLabel = 40;  // characters of a bar's label on the axis

}  // namespace

FootballChart::FootballChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QHorizontalStackedBarSeries),
      base_(new QBarSet(QString())),
      range_(new QBarSet(QString())),
      rangeBelow_(new QBarSet(QString())),
      points_(new QScatterSeries),
      price_(new QLineSeries),
      categories_(new QBarCategoryAxis),
      values_(new QValueAxis),
      positions_(new QValueAxis) {
  for (QBarSet* set : {base_, range_, rangeBelow_}) series_->append(set);
  series_->setBarWidth(0.55);
  QChart* c = chart();
  c->addSeries(series_);
  c->addSeries(points_);
  c->addSeries(price_);
  c->addAxis(values_, Qt::AlignBottom);
  c->addAxis(categories_, Qt::AlignLeft);
  c->addAxis(positions_, Qt::AlignRight);
  series_->attachAxis(values_);
  series_->attachAxis(categories_);
  for (QAbstractSeries* s :
       {static_cast<QAbstractSeries*>(points_), static_cast<QAbstractSeries*>(price_)}) {
    s->attachAxis(values_);
    s->attachAxis(positions_);
  }
  positions_->setVisible(false);
  categories_->setTruncateLabels(false);
  values_->setTickType(QValueAxis::TicksFixed);
  values_->setMinorTickCount(0);
  points_->setMarkerSize(9);
  c->legend()->setAlignment(Qt::AlignBottom);
  for (QLegendMarker* marker : c->legend()->markers(series_))
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker))
      if (bar->barset() != range_) marker->setVisible(false);
  connect(series_, &QHorizontalStackedBarSeries::hovered, this,
          [this](bool status, int index, QBarSet*) { hovered(status, index); });
  applyTheme();
}

void FootballChart::applyColours() {
  base_->setColor(Qt::transparent);
  base_->setBorderColor(Qt::transparent);
  base_->setPen(Qt::NoPen);
  chartkit::styleSet(range_, chartkit::kBlue);
  chartkit::styleSet(rangeBelow_, chartkit::kBlue);
  points_->setColor(chartkit::kOrange);
  points_->setBorderColor(darkTheme() ? Qt::white : Qt::black);
  QPen pen(chartkit::kRed, 2, Qt::DashLine);
  price_->setPen(pen);
}

QStringList FootballChart::categories() const {
  return categories_->categories();
}

void FootballChart::setBars(std::vector<Bar> bars, std::optional<double> currentPrice,
                            std::function<QString(double)> format, const Captions& captions) {
  bars_ = std::move(bars);
  format_ = std::move(format);
  const int count = static_cast<int>(bars_.size());
  values_->setTitleText(captions.axis);
  range_->setLabel(captions.range);
  points_->setName(captions.point);
  price_->setName(captions.currentPrice);

  // The axis lists categories bottom to top; the first bar belongs at the top. A category is
  // the bar's label with its range on a second line (axis labels are rich text); the row
  // number keeps two bars of one label apart, since categories are matched by text.
  QStringList names;
  for (int row = count - 1; row >= 0; --row) {
    const Bar& b = bars_[static_cast<std::size_t>(row)];
    const QString range = b.low && b.high
                              ? QStringLiteral("%1 – %2").arg(format_(*b.low), format_(*b.high))
                              : captions.noRange;
    // A long label is shortened in the middle, so its end (the method) stays readable; the
    // table beside the chart has it whole.
    const QString label = b.label.size() > kMaxLabel
                              ? b.label.left(kMaxLabel / 2 - 1).trimmed() + QChar(0x2026) +
                                    b.label.right(kMaxLabel / 2).trimmed()
                              : b.label;
    names.append(QStringLiteral("<div align=\"right\">%1<br>%2<!--%3--></div>")
                     .arg(label.toHtmlEscaped(), range.toHtmlEscaped())
                     .arg(row));
  }
  if (categories_->categories() != names) categories_->setCategories(names);
  for (QBarSet* set : {base_, range_, rangeBelow_}) chartkit::resizeSet(set, count);

  points_->clear();
  std::optional<double> low = currentPrice;
  std::optional<double> high = currentPrice;
  auto widen = [&](double v) {
    low = low ? std::min(*low, v) : v;
    high = high ? std::max(*high, v) : v;
  };
  for (int row = 0; row < count; ++row) {
    const Bar& b = bars_[static_cast<std::size_t>(row)];
    const int index = count - 1 - row;
    double base = 0, above = 0, below = 0;
    if (b.low && b.high) {
      if (*b.low >= 0) {
        base = *b.low;
        above = *b.high - *b.low;
      } else if (*b.high <= 0) {
        base = *b.high;  // stacks left from zero to the upper end
        below = *b.low - *b.high;
      } else {
        above = *b.high;
        below = *b.low;
      }
      widen(*b.low);
      widen(*b.high);
    }
    chartkit::setValue(base_, index, base);
    chartkit::setValue(range_, index, above);
    chartkit::setValue(rangeBelow_, index, below);
    if (b.point) {
      points_->append(*b.point, index);
      widen(*b.point);
    }
  }
  price_->clear();
  if (currentPrice) {
    price_->append(*currentPrice, -0.5);
    price_->append(*currentPrice, count - 0.5);
  }
  price_->setVisible(currentPrice.has_value());
  positions_->setRange(-0.5, std::max(count, 1) - 0.5);
  // A margin of a tenth of the span on each side, so no bar ends on the frame.
  const double lo = low.value_or(0);
  const double hi = high.value_or(1);
  const double margin = std::max((hi - lo) * 0.1, std::max(std::abs(hi), 1.0) * 0.02);
  // Prices that are all positive keep the axis at or above zero.
  const double from = lo >= 0 ? std::max(0.0, lo - margin) : lo - margin;
  chartkit::applyRange(values_, chartkit::niceSpan(from, hi + margin));
}

void FootballChart::hovered(bool status, int index) {
  const int row = static_cast<int>(bars_.size()) - 1 - index;
  if (!status || row < 0 || row >= static_cast<int>(bars_.size())) {
    QToolTip::hideText();
    return;
  }
  const Bar& b = bars_[static_cast<std::size_t>(row)];
  if (!b.low || !b.high) return;
  QString text = tr("%1: %2 to %3").arg(b.label, format_(*b.low), format_(*b.high));
  if (b.point) text += QLatin1Char('\n') + tr("Scenario value: %1").arg(format_(*b.point));
  QToolTip::showText(QCursor::pos(), text, this);
}

}  // namespace valor::ui
