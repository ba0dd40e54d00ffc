#pragma once
// A chart of the analytics pages. Unlike the valuation's charts, whose series are built once,
// these change shape with each result (a histogram's bins, a tornado's inputs), so an update
// replaces the series and axes and then applies the theme (light or dark) to the new ones.
#include <vector>

#include "ui/models/dcf/charts.h"

class QAbstractSeries;
class QColor;
class QValueAxis;

namespace valor::ui {

class AnalyticsChart : public ResultChartView {
  Q_OBJECT

 public:
  explicit AnalyticsChart(QWidget* parent = nullptr);

  void setTitle(const QString& title);  // the chart's title and accessible name
  // Lines under the title (figures the legend has no room for), separated by "\n"; empty
  // removes them.
  void setNotes(const QString& notes);
  // The value axis of the last showSeries (its y axis), or nullptr.
  QValueAxis* valueAxis() const;
  // Removes every series and axis.
  void clear();
  // Shows `series` on value axes (x logarithmic if asked), replacing what was there.
  void showSeries(const std::vector<QAbstractSeries*>& series, const QString& xTitle,
                  const QString& yTitle, bool logX = false);
  // Adds `series` with the two axes (already titled) and themes them.
  void showWithAxes(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);

  // Marker lines (percentiles on a histogram) get their own colours, chosen per theme to stand
  // out from the background with WCAG contrast (3:1 for graphics); other series keep the
  // theme's. Mark a line before showSeries.
  enum class Mark { Tail, Centre };
  static void markLine(QAbstractSeries* line, Mark mark);
  static QColor markColour(Mark mark, bool dark);

 protected:
  void applyColours() override;

 private:
  void showTitle();

  QString title_;
  QString notes_;
};

}  // namespace valor::ui
