#include "ui/forecast/fanchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valor::ui {
namespace {

using namespace valor::forecast;

constexpr float kOuterFanAlpha = 0.18F;  // 95 %
constexpr float kInnerFanAlpha = 0.32F;  // 80 %

QLineSeries* pathFromLastValue(const Series& s, const ModelForecast& f) {
  auto* line = new QLineSeries;
  line->append(s.timeOf(s.values.size() - 1), s.values.back());
  for (std::size_t h = 0; h < f.steps.size(); ++h)
    line->append(s.timeOf(s.values.size() + h), f.steps[h].point);
  return line;
}

QAreaSeries* fanOf(const Series& s, const ModelForecast& f, double level) {
  auto* upper = new QLineSeries;
  auto* lower = new QLineSeries;
  const std::size_t n = s.values.size();
  upper->append(s.timeOf(n - 1), s.values.back());
  lower->append(s.timeOf(n - 1), s.values.back());
  for (std::size_t h = 0; h < f.steps.size(); ++h)
    for (const Interval& i : f.steps[h].intervals)
      if (std::abs(i.level - level) < 1e-9) {
        upper->append(s.timeOf(n + h), i.upper);
        lower->append(s.timeOf(n + h), i.lower);
      }
  auto* area = new QAreaSeries(upper, lower);
  upper->setParent(area);
  lower->setParent(area);
  area->setProperty("fanAlpha", level > 0.9 ? kOuterFanAlpha : kInnerFanAlpha);
  return area;
}

}  // namespace

std::vector<std::optional<QColor>> FanChart::showForecasts(const Series& s,
                                                           const std::vector<ModelRun>& runs,
                                                           std::size_t chosen,
                                                           const QString& title) {
  const std::size_t n = s.values.size();
  const ModelForecast* selected =
      chosen < runs.size() && runs[chosen].result ? &runs[chosen].result.value() : nullptr;
  std::vector<QAbstractSeries*> shown;
  QLineSeries* fitted = nullptr;
  if (selected) {
    for (double level : {0.95, 0.8}) shown.push_back(fanOf(s, *selected, level));
    fitted = new QLineSeries;
    for (std::size_t i = 0; i < selected->fit.fitted.size(); ++i)
      fitted->append(s.timeOf(selected->fit.fittedFrom + i), selected->fit.fitted[i]);
    shown.push_back(fitted);
  }
  auto* actual = new QLineSeries;
  markLine(actual, Mark::Centre);
  for (std::size_t i = 0; i < n; ++i) actual->append(s.timeOf(i), s.values[i]);
  shown.push_back(actual);
  std::vector<QLineSeries*> paths(runs.size(), nullptr);
  for (std::size_t m = 0; m < runs.size(); ++m) {
    if (!runs[m].result) continue;
    paths[m] = pathFromLastValue(s, runs[m].result.value());
    shown.push_back(paths[m]);
  }
  setTitle(title);
  showSeries(shown, s.seasonPeriod() == 1 ? tr("Year") : tr("Time"), QString());
  chart()->legend()->hide();
  setNotes(
      tr("Thick: actuals · dashed: the chosen model's fit · shaded: its 80 % and 95 % "
         "intervals"));

  // The chosen path drawn thick; its fit dashed and its fans in its colour.
  fanColour_ = chosen < paths.size() && paths[chosen] ? paths[chosen]->color() : QColor();
  if (chosen < paths.size() && paths[chosen]) {
    QPen pen = paths[chosen]->pen();
    pen.setWidthF(3);
    paths[chosen]->setPen(pen);
  }
  if (fitted) {
    QPen pen = fitted->pen();
    pen.setStyle(Qt::DashLine);
    pen.setColor(fanColour_);
    fitted->setPen(pen);
  }
  applyColours();

  // The ranges cover every value drawn, with a margin.
  double low = *std::min_element(s.values.begin(), s.values.end());
  double high = *std::max_element(s.values.begin(), s.values.end());
  std::size_t steps = 0;
  for (const ModelRun& run : runs) {
    if (!run.result) continue;
    steps = std::max(steps, run.result.value().steps.size());
    for (const ForecastStep& step : run.result.value().steps) {
      low = std::min(low, step.point);
      high = std::max(high, step.point);
    }
  }
  if (selected)
    for (const ForecastStep& step : selected->steps)
      for (const Interval& i : step.intervals) {
        low = std::min(low, i.lower);
        high = std::max(high, i.upper);
      }
  const double margin = (high - low) * 0.05 + 1e-9 * std::abs(high);
  if (QValueAxis* y = valueAxis()) {
    y->setRange(low - margin, high + margin);
    y->applyNiceNumbers();
  }
  setYearAxis(s.timeOf(0), s.timeOf(n - 1 + steps));

  std::vector<std::optional<QColor>> colours(runs.size());
  for (std::size_t m = 0; m < runs.size(); ++m)
    if (paths[m]) colours[m] = paths[m]->color();
  return colours;
}

void FanChart::applyColours() {
  AnalyticsChart::applyColours();
  if (!fanColour_.isValid()) return;
  for (QAbstractSeries* series : chart()->series())
    if (auto* area = qobject_cast<QAreaSeries*>(series)) {
      QColor colour = fanColour_;
      colour.setAlphaF(area->property("fanAlpha").toFloat());
      area->setBrush(colour);
      area->setPen(Qt::NoPen);
    }
}

void FanChart::setYearAxis(double from, double to) {
  QChart* c = chart();
  QAbstractAxis* old = c->axes(Qt::Horizontal).value(0);
  auto* years = new QCategoryAxis;
  years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  // A label needs about 48 pixels: the step between labelled years keeps them apart.
  const double span = std::max(to - from, 1.0);
  const double room = std::max(c->plotArea().width(), width() * 0.8);
  int step = 1;
  for (int candidate : {1, 2, 5, 10, 20, 50}) {
    step = candidate;
    if (room / (span / candidate) >= 48) break;
  }
  for (int year = static_cast<int>(std::ceil(from)); year <= to; year += step)
    years->append(QString::number(year), year);
  years->setRange(from, to);
  if (old) years->setTitleText(old->titleText());
  c->addAxis(years, Qt::AlignBottom);
  for (QAbstractSeries* series : c->series()) {
    if (old) series->detachAxis(old);
    series->attachAxis(years);
  }
  if (old) {
    c->removeAxis(old);
    delete old;
  }
  applyTheme();
}

}  // namespace valor::ui
