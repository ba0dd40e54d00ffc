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

namespace {

constexpr int kMinimumChartHeight = 220;

// A calm palette that reads in print and on both themes.
const QColor kBlue(0x4c, 0x78, 0xa8);
const QColor kTeal(0x2a, 0x9d, 0x8f);
const QColor kGreen(0x4e, 0x9a, 0x4e);
const QColor kRed(0xc8, 0x4b, 0x4b);
const QColor kOrange(0xe0, 0x8e, 0x2b);

struct AxisRange {
  double min = 0;
  double max = 1;
  int ticks = 2;
  int decimals = 0;
};

// A range that includes zero and [low, high], with round steps (1, 2, 2.5 or 5 × 10^k) and
// about five intervals.
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

// Resizes a bar set to `count` values without touching the ones it keeps.
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

}  // namespace

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

// --- RevenueFcffChart -----------------------------------------------------------------------

RevenueFcffChart::RevenueFcffChart(QWidget* parent)
    : ResultChartView(parent),
      series_(new QBarSeries),
      revenue_(new QBarSet(QString())),
      fcff_(new QBarSet(QString())),
      years_(new QBarCategoryAxis),
      values_(new QValueAxis) {
  setObjectName(QStringLiteral("revenueFcffChart"));
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
  styleSet(revenue_, kBlue);
  styleSet(fcff_, kTeal);
}

void RevenueFcffChart::retranslate() {
  chart()->setTitle(tr("Revenue and free cash flow"));
  revenue_->setLabel(tr("Revenue"));
  fcff_->setLabel(tr("FCFF"));
  values_->setTitleText(moneyCaption_);
}

void RevenueFcffChart::setProjection(const DcfProjection& projection, int decimals,
                                     const QString& moneyCaption) {
  decimals_ = decimals;
  const int count = projection.yearCount;
  QStringList years;
  years.reserve(count);
  double low = 0;
  double high = 0;
  for (int t = 0; t < count; ++t) {
    const DcfYearRow& r = projection.rows[static_cast<std::size_t>(t)];
    years.append(QString::number(r.year));
    low = std::min({low, r.revenue, r.fcff});
    high = std::max({high, r.revenue, r.fcff});
  }
  if (years_->categories() != years) years_->setCategories(years);
  resizeSet(revenue_, count);
  resizeSet(fcff_, count);
  for (int t = 0; t < count; ++t) {
    const DcfYearRow& r = projection.rows[static_cast<std::size_t>(t)];
    setValue(revenue_, t, r.revenue);
    setValue(fcff_, t, r.fcff);
  }
  applyRange(values_, niceRange(low, high));
  if (moneyCaption != moneyCaption_) {
    moneyCaption_ = moneyCaption;
    values_->setTitleText(moneyCaption_);
  }
}

// --- EquityBridgeChart ----------------------------------------------------------------------

EquityBridgeChart::EquityBridgeChart(QWidget* parent)
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
  setObjectName(QStringLiteral("equityBridgeChart"));
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
  retranslate();
}

void EquityBridgeChart::applyColours() {
  base_->setColor(Qt::transparent);
  base_->setBorderColor(Qt::transparent);
  base_->setPen(Qt::NoPen);
  styleSet(total_, kBlue);
  styleSet(increase_, kGreen);
  styleSet(decrease_, kRed);
  styleSet(increaseBelow_, kGreen);
  styleSet(decreaseBelow_, kRed);
}

void EquityBridgeChart::retranslate() {
  chart()->setTitle(tr("From enterprise value to equity value"));
  total_->setLabel(tr("Value"));
  increase_->setLabel(tr("Adds"));
  decrease_->setLabel(tr("Deducts"));
  values_->setTitleText(moneyCaption_);
  rebuildSteps();
  showValues();
}

QStringList EquityBridgeChart::categories() const {
  return categories_->categories();
}

void EquityBridgeChart::setBridge(const EquityBridgeFigures& figures, int decimals,
                                  const QString& moneyCaption) {
  figures_ = figures;
  decimals_ = decimals;
  if (moneyCaption != moneyCaption_) {
    moneyCaption_ = moneyCaption;
    values_->setTitleText(moneyCaption_);
  }
  rebuildSteps();
  showValues();
}

void EquityBridgeChart::rebuildSteps() {
  const EquityBridgeFigures& f = figures_;
  steps_.clear();
  steps_.push_back({StepKind::Total, tr("EV"), 0, f.enterpriseValue});
  Money running = f.enterpriseValue;
  const auto item = [&](Money amount, int sign, const QString& label) {
    if (amount == 0) return;
    const Money next = running + sign * amount;
    steps_.push_back(
        {next >= running ? StepKind::Increase : StepKind::Decrease, label, running, next});
    running = next;
  };
  item(f.debt, -1, tr("\u2212 Debt"));
  item(f.preferred, -1, tr("\u2212 Preferred"));
  item(f.minorityInterest, -1, tr("\u2212 Minority"));
  item(f.cash, +1, tr("+ Cash"));
  item(f.nonOperatingAssets, +1, tr("+ Non-op. assets"));
  steps_.push_back({StepKind::Total, tr("= Equity"), 0, f.equityValue});
}

void EquityBridgeChart::showValues() {
  const int count = static_cast<int>(steps_.size());
  QStringList names;
  names.reserve(count);
  for (const Step& s : steps_) {
    // The category shows the step and its amount on a second line (axis labels are rich text).
    const Money amount = s.kind == StepKind::Total ? s.to : std::abs(s.to - s.from);
    names.append(QStringLiteral("<div align=\"center\">%1<br>%2</div>")
                     .arg(s.label.toHtmlEscaped(), YearTableModel::formatMoney(amount, decimals_)));
  }
  if (categories_->categories() != names) {
    // Categories must be unique and are matched by text; replace them all at once.
    categories_->setCategories(names);
  }
  for (QBarSet* set : {base_, total_, increase_, decrease_, increaseBelow_, decreaseBelow_})
    resizeSet(set, count);

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
    setValue(base_, i, base);
    setValue(total_, i, total);
    setValue(increase_, i, up);
    setValue(decrease_, i, down);
    setValue(increaseBelow_, i, upBelow);
    setValue(decreaseBelow_, i, downBelow);
  }
  applyRange(values_, niceRange(low, high));
}

void EquityBridgeChart::hovered(bool status, int index) {
  if (!status || index < 0 || index >= static_cast<int>(steps_.size())) {
    QToolTip::hideText();
    return;
  }
  const Step& s = steps_[static_cast<std::size_t>(index)];
  const QString text =
      s.kind == StepKind::Total
          ? tr("%1: %2").arg(s.label, YearTableModel::formatMoney(s.to, decimals_))
          : tr("%1: %2 (from %3 to %4)")
                .arg(s.label, YearTableModel::formatMoney(std::abs(s.to - s.from), decimals_),
                     YearTableModel::formatMoney(s.from, decimals_),
                     YearTableModel::formatMoney(s.to, decimals_));
  QToolTip::showText(QCursor::pos(), text, this);
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
