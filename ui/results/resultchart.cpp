#include "ui/results/resultchart.h"

#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valor::ui {

namespace {
constexpr int kMinimumChartHeight = 220;

}  // namespace

namespace chartkit {

AxisRange niceRange(double low, double high) {
  low = std::min(low, 0.0);
  high = std::max(high, 0.0);
  if (!std::isfinite(low) || !std::isfinite(high)) return {};
  if (high - low <= 0) high = low + 1;
  const double rough = (high - low) / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
  const double normalised = rough / magnitude;
  const double step = (normalised <= 1.0   ? 1.0
                       : normalised <= 2.0 ? 2.0
                       : normalised <= 2.5 ? 2.5
                       : normalised <= 5.0 ? 5.0
                                           : 10.0) *
                      magnitude;
  AxisRange r;
  const double eps = 1e-9;
  r.min = std::floor(low / step + eps) * step;
  r.max = std::ceil(high / step - eps) * step;
  if (r.max <= r.min) r.max = r.min + step;
  r.ticks = static_cast<int>(std::lround((r.max - r.min) / step)) + 1;
  r.decimals = 0;
  while (r.decimals < 6) {
    const double scaled = step * std::pow(10.0, r.decimals);
    if (std::abs(scaled - std::round(scaled)) < 1e-6) break;
    ++r.decimals;
  }
  return r;
}

void applyRange(QValueAxis* axis, const AxisRange& r) {
  // Ticks and format first: the axis item lays its labels out again on a range change, but
  // not always on a tick count change alone (Qt 6.4).
  if (axis->tickCount() != r.ticks) axis->setTickCount(r.ticks);
  const QString format = QStringLiteral("%.%1f").arg(r.decimals);
  if (axis->labelFormat() != format) axis->setLabelFormat(format);
  axis->setRange(r.min, r.max);
}

void resizeSet(QBarSet* set, int count) {
  if (set->count() > count) {
    set->remove(count, set->count() - count);
  } else {
    while (set->count() < count) set->append(0.0);
  }
}

void setValue(QBarSet* set, int index, double value) {
  if (set->at(index) != value) set->replace(index, value);
}

void styleSet(QBarSet* set, const QColor& colour) {
  set->setColor(colour);
  set->setBorderColor(colour);
  set->setPen(Qt::NoPen);
}

}  // namespace chartkit

// --- ResultChartView ------------------------------------------------------------------------

ResultChartView::ResultChartView(QWidget* parent) : QChartView(parent) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(kMinimumChartHeight);
  setMinimumWidth(260);
  QChart* c = chart();
  c->setAnimationOptions(QChart::NoAnimation);
  c->setLocalizeNumbers(true);
  c->setLocale(QLocale());
  c->setBackgroundRoundness(0);
  c->setMargins(QMargins(6, 6, 6, 6));
  c->layout()->setContentsMargins(0, 0, 0, 0);
}

bool ResultChartView::darkTheme() const {
  return palette().color(QPalette::Window).lightness() < 128;
}

void ResultChartView::applyTheme() {
  QChart* c = chart();
  const QChart::ChartTheme theme = darkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
  if (c->theme() != theme) c->setTheme(theme);
  // Fonts follow the application, a little smaller for axes than for titles.
  QFont base = font();
  QFont title = base;
  title.setBold(true);
  c->setTitleFont(title);
  c->setBackgroundBrush(palette().brush(QPalette::Base));
  c->setTitleBrush(palette().brush(QPalette::Text));
  c->legend()->setFont(base);
  c->legend()->setLabelColor(palette().color(QPalette::Text));
  for (QAbstractAxis* axis : c->axes()) {
    axis->setLabelsFont(base);
    axis->setLabelsColor(palette().color(QPalette::Text));
    axis->setTitleFont(base);
    axis->setTitleBrush(palette().brush(QPalette::Text));
  }
  applyColours();
}

void ResultChartView::changeEvent(QEvent* event) {
  QChartView::changeEvent(event);
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) applyTheme();
  if (event->type() == QEvent::LocaleChange) chart()->setLocale(QLocale());
}

}  // namespace valor::ui
