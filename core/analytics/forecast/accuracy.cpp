#include "core/analytics/forecast/accuracy.h"

#include <algorithm>
#include <cmath>

namespace valor::forecast {

void AccuracySum::add(double actual, double forecast, double scale) {
  const double error = std::abs(actual - forecast);
  ++count_;
  if (actual != 0)
    ape_ += error / std::abs(actual);
  else
    apeDefined_ = false;
  if (std::abs(actual) + std::abs(forecast) > 0)
    sape_ += 2 * error / (std::abs(actual) + std::abs(forecast));
  else
    sapeDefined_ = false;
  if (scale > 0)
    ase_ += error / scale;
  else
    aseDefined_ = false;
}

Accuracy AccuracySum::result() const {
  Accuracy a;
  a.errors = count_;
  if (count_ == 0) return a;
  const double n = count_;
  if (apeDefined_) a.mape = 100 * ape_ / n;
  if (sapeDefined_) a.smape = 100 * sape_ / n;
  if (aseDefined_) a.mase = ase_ / n;
  return a;
}

double naiveScale(const std::vector<double>& values, std::size_t end, int seasonPeriod) {
  const auto m = static_cast<std::size_t>(std::max(seasonPeriod, 1));
  if (end <= m) return 0;
  double sum = 0;
  for (std::size_t t = m; t < end; ++t) sum += std::abs(values[t] - values[t - m]);
  return sum / static_cast<double>(end - m);
}

Accuracy inSampleAccuracy(const Series& series, const Fit& fit) {
  const double scale = naiveScale(series.values, series.values.size(), series.seasonPeriod());
  AccuracySum sum;
  for (std::size_t i = 0; i < fit.fitted.size(); ++i)
    sum.add(series.values[fit.fittedFrom + i], fit.fitted[i], scale);
  return sum.result();
}

std::vector<double> residualAutocorrelations(const Series& series, const Fit& fit, int maxLag) {
  std::vector<double> e;
  for (std::size_t i = 0; i < fit.fitted.size(); ++i)
    e.push_back(series.values[fit.fittedFrom + i] - fit.fitted[i]);
  double mean = 0;
  for (double v : e) mean += v / static_cast<double>(e.size());
  double c0 = 0;
  for (double& v : e) {
    v -= mean;
    c0 += v * v;
  }
  std::vector<double> r;
  for (int k = 1; k <= maxLag && static_cast<std::size_t>(k) < e.size(); ++k) {
    double ck = 0;
    for (std::size_t t = static_cast<std::size_t>(k); t < e.size(); ++t)
      ck += e[t] * e[t - static_cast<std::size_t>(k)];
    r.push_back(c0 > 0 ? ck / c0 : 0);
  }
  return r;
}

Result<Backtest> backtest(const Series& series, const std::vector<ModelSpec>& models,
                          const BacktestOptions& options) {
  const std::size_t n = series.values.size();
  if (options.origins < 1 || options.horizon < 1)
    return Error{"forecast.backtest", "a backtest needs at least one origin and one step",
                 "backtest"};
  if (static_cast<std::size_t>(options.origins) + 3 > n)
    return Error{"forecast.backtest",
                 "a backtest over " + std::to_string(options.origins) + " origins needs at least " +
                     std::to_string(options.origins + 3) + " values; " + series.name + " has " +
                     std::to_string(n),
                 "backtest"};
  Backtest out;
  out.origins = options.origins;
  out.horizon = options.horizon;
  ForecastOptions forecastOptions;
  forecastOptions.horizon = options.horizon;
  forecastOptions.levels = {};
  forecastOptions.simulations = 0;
  forecastOptions.stop = options.stop;
  for (const ModelSpec& spec : models) {
    ModelBacktest result{modelKey(spec), modelName(spec), {}, {}, {}};
    AccuracySum oneStep, allSteps;
    for (std::size_t end = n - static_cast<std::size_t>(options.origins); end < n; ++end) {
      Series training = series;
      training.values.resize(end);
      Result<ModelForecast> forecast = forecastWith(training, spec, forecastOptions);
      if (!forecast && options.stop.stop_requested()) return forecast.error();
      if (!forecast) {
        result.failure = "from " + series.periodLabel(end - 1) + ": " + forecast.error().message;
        break;
      }
      const double scale = naiveScale(series.values, end, series.seasonPeriod());
      const auto& steps = forecast.value().steps;
      for (std::size_t h = 0; h < steps.size() && end + h < n; ++h) {
        allSteps.add(series.values[end + h], steps[h].point, scale);
        if (h == 0) oneStep.add(series.values[end], steps[h].point, scale);
      }
    }
    if (result.failure.empty()) {
      result.oneStep = oneStep.result();
      result.allSteps = allSteps.result();
    }
    out.models.push_back(std::move(result));
  }
  std::stable_sort(out.models.begin(), out.models.end(),
                   [](const ModelBacktest& a, const ModelBacktest& b) {
                     const bool aRanked = a.failure.empty() && a.allSteps.mase;
                     const bool bRanked = b.failure.empty() && b.allSteps.mase;
                     if (aRanked != bRanked) return aRanked;
                     return aRanked && *a.allSteps.mase < *b.allSteps.mase;
                   });
  return out;
}

}  // namespace valor::forecast
