#include "core/analytics/forecast/unitroot.h"

#include <algorithm>
#include <cmath>

namespace valor::forecast {

double kpssStatistic(const std::vector<double>& y) {
  const std::size_t n = y.size();
  double mean = 0;
  for (double v : y) mean += v;
  mean /= static_cast<double>(n);
  std::vector<double> e(n);
  for (std::size_t t = 0; t < n; ++t) e[t] = y[t] - mean;
  double partial = 0, sumPartials = 0, gamma0 = 0;
  for (double v : e) {
    partial += v;
    sumPartials += partial * partial;
    gamma0 += v * v;
  }
  const auto count = static_cast<double>(n);
  const auto lags = static_cast<std::size_t>(std::floor(4 * std::pow(count / 100, 0.25)));
  double longRun = gamma0 / count;
  for (std::size_t k = 1; k <= lags && k < n; ++k) {
    double gamma = 0;
    for (std::size_t t = k; t < n; ++t) gamma += e[t] * e[t - k];
    longRun += 2 * (1 - static_cast<double>(k) / static_cast<double>(lags + 1)) * gamma / count;
  }
  if (!(longRun > 0)) return 0;  // a constant series is stationary
  return sumPartials / (count * count * longRun);
}

namespace {

// The centred moving average of order m (2×m for even m); `has` marks where it is defined.
std::vector<double> centredMovingAverage(const std::vector<double>& y, std::size_t m,
                                         std::vector<bool>& has) {
  const std::size_t n = y.size(), half = m / 2;
  std::vector<double> trend(n, 0.0);
  has.assign(n, false);
  for (std::size_t t = half; t + half < n; ++t) {
    double sum = 0;
    if (m % 2 == 1) {
      for (std::size_t j = t - half; j <= t + half; ++j) sum += y[j];
    } else {
      sum = (y[t - half] + y[t + half]) / 2;
      for (std::size_t j = t - half + 1; j < t + half; ++j) sum += y[j];
    }
    trend[t] = sum / static_cast<double>(m);
    has[t] = true;
  }
  return trend;
}

}  // namespace

std::vector<double> classicalSeasonalIndices(const std::vector<double>& y, int period,
                                             bool multiplicative) {
  const auto m = static_cast<std::size_t>(period);
  std::vector<bool> has;
  const std::vector<double> trend = centredMovingAverage(y, m, has);
  std::vector<double> index(m, 0.0), counts(m, 0.0);
  for (std::size_t t = 0; t < y.size(); ++t)
    if (has[t]) {
      index[t % m] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
      counts[t % m] += 1;
    }
  double mean = 0;
  for (std::size_t j = 0; j < m; ++j) {
    index[j] = counts[j] > 0 ? index[j] / counts[j] : (multiplicative ? 1.0 : 0.0);
    mean += index[j] / static_cast<double>(m);
  }
  for (double& v : index) v = multiplicative ? v / mean : v - mean;
  return index;
}

double seasonalStrength(const std::vector<double>& y, int period) {
  const auto m = static_cast<std::size_t>(period);
  const std::size_t n = y.size();
  if (period < 2 || n < 2 * m + 1) return 0;
  std::vector<bool> has;
  const std::vector<double> trend = centredMovingAverage(y, m, has);
  const std::vector<double> index = classicalSeasonalIndices(y, period, false);
  std::vector<double> remainder, seasonalPlusRemainder;
  for (std::size_t t = 0; t < n; ++t)
    if (has[t]) {
      const double detrended = y[t] - trend[t];
      seasonalPlusRemainder.push_back(detrended);
      remainder.push_back(detrended - index[t % m]);
    }
  auto variance = [](const std::vector<double>& v) {
    double mean = 0, sum = 0;
    for (double x : v) mean += x;
    mean /= static_cast<double>(v.size());
    for (double x : v) sum += (x - mean) * (x - mean);
    return sum / static_cast<double>(v.size() - 1);
  };
  const double total = variance(seasonalPlusRemainder);
  if (!(total > 0)) return 0;
  return std::max(0.0, 1 - variance(remainder) / total);
}

std::vector<double> difference(const std::vector<double>& y, int d, int seasonalD, int period) {
  std::vector<double> w = y;
  auto apply = [&w](std::size_t lag) {
    std::vector<double> out;
    for (std::size_t t = lag; t < w.size(); ++t) out.push_back(w[t] - w[t - lag]);
    w = std::move(out);
  };
  for (int i = 0; i < seasonalD; ++i) apply(static_cast<std::size_t>(period));
  for (int i = 0; i < d; ++i) apply(1);
  return w;
}

std::vector<double> integrationWeights(int d, int seasonalD, int period) {
  // The polynomial (1 − B)^d (1 − B^m)^D as coefficients of B^0, B^1, ...
  std::vector<double> poly{1.0};
  auto times = [&poly](std::size_t lag) {
    std::vector<double> out(poly.size() + lag, 0.0);
    for (std::size_t i = 0; i < poly.size(); ++i) {
      out[i] += poly[i];
      out[i + lag] -= poly[i];
    }
    poly = std::move(out);
  };
  for (int i = 0; i < d; ++i) times(1);
  for (int i = 0; i < seasonalD; ++i) times(static_cast<std::size_t>(period));
  std::vector<double> delta;
  for (std::size_t i = 1; i < poly.size(); ++i) delta.push_back(-poly[i]);
  return delta;
}

}  // namespace valor::forecast
