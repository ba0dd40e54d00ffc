#pragma once
// The Forecast page's chart: the actuals, each model's forecast path, and the chosen model's
// fitted values with its 80 % and 95 % intervals as a translucent fan in its own colour. Years
// label the time axis; the models' table is its legend (showForecasts gives each model's
// colour), so a long model name never crowds the plot.
#include <QColor>

#include <optional>
#include <vector>

#include "core/analytics/forecast/forecastjson.h"
#include "ui/analytics/analyticschart.h"

namespace valor::ui {

class FanChart : public AnalyticsChart {
  Q_OBJECT

 public:
  using AnalyticsChart::AnalyticsChart;

  // Draws `runs` over `series`, the fan of `chosen` (an index into runs); returns each run's
  // line colour (none for a run that was not fitted).
  std::vector<std::optional<QColor>> showForecasts(const forecast::Series& series,
                                                   const std::vector<forecast::ModelRun>& runs,
                                                   std::size_t chosen, const QString& title);

 protected:
  void applyColours() override;

 private:
  // Years as labels on the time axis (a value axis would print them with a thousands
  // separator), over [from, to].
  void setYearAxis(double from, double to);

  QColor fanColour_;
};

}  // namespace valor::ui
