#include "ui/analytics/analyticschart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

namespace valor::ui {

AnalyticsChart::AnalyticsChart(QWidget* parent) : ResultChartView(parent) {
  chart()->legend()->setAlignment(Qt::AlignBottom);
  applyTheme();
}

void AnalyticsChart::setTitle(const QString& title) {
  title_ = title;
  setAccessibleName(title);
  showTitle();
}

void AnalyticsChart::setNotes(const QString& notes) {
  notes_ = notes;
  showTitle();
}

void AnalyticsChart::showTitle() {
  QString html = title_.toHtmlEscaped();
  for (const QString& line : notes_.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
    html += QStringLiteral("<br><span style=\"font-weight:normal\">") + line.toHtmlEscaped() +
            QStringLiteral("</span>");
  chart()->setTitle(html);
}

QValueAxis* AnalyticsChart::valueAxis() const {
  const auto axes = chart()->axes(Qt::Vertical);
  return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
}

namespace {
constexpr const char* kMarkProperty = "valorMark";
}

void AnalyticsChart::markLine(QAbstractSeries* line, Mark mark) {
  line->setProperty(kMarkProperty, static_cast<int>(mark) + 1);
}

// Light: a deep amber and the problem red on white; dark: a light amber and a light red on the
// dark base (all above 4.5:1, which test_theme checks).
QColor AnalyticsChart::markColour(Mark mark, bool dark) {
  if (mark == Mark::Tail) return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb0, 0x60, 0x00);
  return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void AnalyticsChart::applyColours() {
  const bool dark = darkTheme();
  for (QAbstractSeries* series : chart()->series()) {
    const int mark = series->property(kMarkProperty).toInt();
    auto* line = qobject_cast<QLineSeries*>(series);
    if (mark == 0 || !line) continue;
    QPen pen = line->pen();
    pen.setColor(markColour(static_cast<Mark>(mark - 1), dark));
    pen.setWidthF(2);
    line->setPen(pen);
  }
}

void AnalyticsChart::clear() {
  QChart* c = chart();
  c->removeAllSeries();
  for (QAbstractAxis* axis : c->axes()) {
    c->removeAxis(axis);
    delete axis;
  }
}

void AnalyticsChart::showSeries(const std::vector<QAbstractSeries*>& series, const QString& xTitle,
                                const QString& yTitle, bool logX) {
  clear();
  QAbstractAxis* x = nullptr;
  if (logX) {
    auto* log = new QLogValueAxis;
    log->setLabelFormat(QStringLiteral("%g"));
    x = log;
  } else {
    x = new QValueAxis;
  }
  auto* y = new QValueAxis;
  x->setTitleText(xTitle);
  y->setTitleText(yTitle);
  QChart* c = chart();
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : series) {
    c->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
  }
  applyTheme();
}

void AnalyticsChart::showWithAxes(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
  QChart* c = chart();
  c->addSeries(series);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  applyTheme();
}

}  // namespace valor::ui
