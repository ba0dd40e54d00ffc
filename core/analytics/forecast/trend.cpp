// Linear and log-linear trend by ordinary least squares on time t = 1..n: y = a + b·t, or
// log y = a + b·t (a constant growth rate e^b − 1). Classical OLS standard errors and Student-t
// prediction intervals, ŷ ± t(n−2) · s · √(1 + 1/n + (t₀ − t̄)² / Σ(t − t̄)²) (e.g. Wooldridge,
// "Introductory Econometrics", §6.4). A log model's point forecast is exp of the fitted log:
// the median, not the mean, of the forecast value; its log-likelihood is of y itself (the
// log's plus the Jacobian −Σ log y), so its AICc compares with the other fits of y's values.
#include <cmath>

#include "core/analytics/forecast/families.h"

namespace valor::forecast {

Result<ModelForecast> forecastTrend(const Series& series, const ModelSpec& spec,
                                    const ForecastOptions& options) {
  const bool logs = spec.family == Family::LogTrend;
  if (Status checked = checkSeries(series, minimumValues(spec, series.seasonPeriod())); !checked)
    return checked.error();
  std::vector<double> y = series.values;
  double jacobian = 0;
  if (logs) {
    for (std::size_t i = 0; i < y.size(); ++i) {
      if (!(y[i] > 0))
        return Error{"forecast.not_positive",
                     series.name + " is not above zero in " + series.periodLabel(i) +
                         ": a log-linear trend needs every value above zero",
                     series.name};
      jacobian -= std::log(y[i]);
      y[i] = std::log(y[i]);
    }
  }
  const auto n = static_cast<double>(y.size());
  const double meanT = (n + 1) / 2;
  double meanY = 0;
  for (double v : y) meanY += v;
  meanY /= n;
  double sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double dt = static_cast<double>(i + 1) - meanT;
    sxx += dt * dt;
    sxy += dt * (y[i] - meanY);
  }
  const double slope = sxy / sxx;
  const double intercept = meanY - slope * meanT;
  double rss = 0;
  ModelForecast out;
  Fit& fit = out.fit;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double fitted = intercept + slope * static_cast<double>(i + 1);
    rss += (y[i] - fitted) * (y[i] - fitted);
    fit.fitted.push_back(logs ? std::exp(fitted) : fitted);
  }
  const double s2 = rss / (n - 2);
  fit.spec = spec;
  fit.name = modelName(spec);
  fit.convergence = "closed form";
  fit.observations = static_cast<int>(y.size());
  fit.sigma2 = s2;
  fit.parameters = {{"intercept", intercept, std::sqrt(s2 * (1 / n + meanT * meanT / sxx))},
                    {"slope", slope, std::sqrt(s2 / sxx)}};
  if (rss > 0) {
    fit.logLikelihood = concentratedLogLikelihood(rss, fit.observations) + jacobian;
    fit.aicc = aiccOf(*fit.logLikelihood, 3, fit.observations);
  }
  for (int h = 1; h <= options.horizon; ++h) {
    const double t0 = n + h;
    StepDistribution d;
    d.kind = StepDistribution::Kind::StudentT;
    d.center = intercept + slope * t0;
    d.scale = std::sqrt(s2 * (1 + 1 / n + (t0 - meanT) * (t0 - meanT) / sxx));
    d.degreesOfFreedom = n - 2;
    d.logScale = logs;
    out.steps.push_back(stepOf(std::move(d), options.levels));
  }
  return out;
}

}  // namespace valor::forecast
