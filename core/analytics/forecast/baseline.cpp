// Naive and seasonal-naive forecasts, the baselines every model must beat (Hyndman &
// Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., §5.2 and §5.5): the last
// value, or the value one season back. Intervals from the residual variance of the one-step
// forecasts: σ_h = σ·√h (naive), σ·√(⌊(h−1)/m⌋ + 1) (seasonal naive).
#include <cmath>

#include "core/analytics/forecast/families.h"

namespace valor::forecast {

Result<ModelForecast> forecastBaseline(const Series& series, const ModelSpec& spec,
                                       const ForecastOptions& options) {
  const int m = spec.family == Family::SeasonalNaive ? series.seasonPeriod() : 1;
  const std::vector<double>& y = series.values;
  const std::size_t lag = static_cast<std::size_t>(m);
  if (Status checked = checkSeries(series, minimumValues(spec, series.seasonPeriod())); !checked)
    return checked.error();
  ModelForecast out;
  Fit& fit = out.fit;
  fit.spec = spec;
  fit.name = modelName(spec);
  fit.convergence = "closed form";
  fit.fittedFrom = lag;
  double sumOfSquares = 0;
  for (std::size_t t = lag; t < y.size(); ++t) {
    fit.fitted.push_back(y[t - lag]);
    sumOfSquares += (y[t] - y[t - lag]) * (y[t] - y[t - lag]);
  }
  fit.observations = static_cast<int>(y.size() - lag);
  fit.sigma2 = sumOfSquares / fit.observations;
  const double sigma = std::sqrt(fit.sigma2);
  for (int h = 1; h <= options.horizon; ++h) {
    const std::size_t back = lag - 1 - static_cast<std::size_t>((h - 1) % m);
    const double seasonsAhead = std::floor(static_cast<double>(h - 1) / m) + 1;
    StepDistribution d;
    d.center = y[y.size() - 1 - back];
    d.scale = sigma * std::sqrt(seasonsAhead);
    out.steps.push_back(stepOf(std::move(d), options.levels));
  }
  return out;
}

}  // namespace valor::forecast
