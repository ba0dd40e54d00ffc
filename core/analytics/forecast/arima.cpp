// ARIMA(p,d,q)(P,D,Q)_m: the differenced series w = (1 − B)^d (1 − B^m)^D y, less its mean μ
// where the model has one, is a stationary, invertible ARMA process
//   φ(B) Φ(B^m) (w_t − μ) = θ(B) Θ(B^m) ε_t     (Box, Jenkins, Reinsel & Ljung, 5th ed., ch. 9),
// fitted by exact Gaussian maximum likelihood of w (Kalman filter, armastate.h) — what a
// diffuse initial state for the differences gives too, since the first d + mD values then only
// fix the differencing. Stationarity and invertibility hold by searching the partial
// autocorrelations of each polynomial within (−1, 1) (armastate.h). The
// forecasts of w and the covariance of their errors come from the filter; y's follow by
// undoing the differences, y_t = w_t + Σ δ_i y_{t−i}, which sums the errors the same way.
#include <algorithm>
#include <cmath>

#include "core/analytics/forecast/armastate.h"
#include "core/analytics/forecast/families.h"
#include "core/analytics/forecast/optimize.h"
#include "core/analytics/forecast/unitroot.h"

namespace valor::forecast {
namespace {

// The search runs over partial autocorrelations, which may come within 1e-7 of a unit root.
constexpr double kPartialBound = 1 - 1e-7;

int armaCount(const ArimaOrder& o) {
  return o.p + o.q + o.P + o.Q + (o.mean ? 1 : 0);
}

struct Coefficients {
  std::vector<double> ar, ma, sar, sma;
  double mean = 0;
};

std::vector<double> negated(std::vector<double> v) {
  for (double& c : v) c = -c;
  return v;
}

Coefficients coefficientsOf(const ArimaOrder& o, const std::vector<double>& x) {
  auto take = [&x](std::size_t from, int count) {
    return std::vector<double>(x.begin() + static_cast<std::ptrdiff_t>(from),
                               x.begin() + static_cast<std::ptrdiff_t>(from) + count);
  };
  Coefficients c;
  std::size_t i = 0;
  c.ar = coefficientsFromPartials(take(i, o.p));
  i += static_cast<std::size_t>(o.p);
  c.ma = negated(coefficientsFromPartials(take(i, o.q)));  // 1 + Σθ B invertible
  i += static_cast<std::size_t>(o.q);
  c.sar = coefficientsFromPartials(take(i, o.P));
  i += static_cast<std::size_t>(o.P);
  c.sma = negated(coefficientsFromPartials(take(i, o.Q)));
  i += static_cast<std::size_t>(o.Q);
  if (o.mean) c.mean = x[i];
  return c;
}

ArmaModel armaOf(const Coefficients& c, int period) {
  ArmaModel model;
  // (1 − Σφ B^i)(1 − ΣΦ B^{mj}) = 1 − Σ a_k B^k.
  model.ar = negated(multiplySeasonal(negated(c.ar), negated(c.sar), period));
  model.ma = multiplySeasonal(c.ma, c.sma, period);
  return model;
}

// "ARIMA(1,1,1)(0,1,1)12 with drift": the model's key with the season's period and in words.
std::string orderText(const ModelSpec& spec, int period) {
  const ArimaOrder& o = spec.order;
  ModelSpec plain = spec;
  plain.order.mean = false;
  std::string text = "ARIMA" + modelKey(plain).substr(5);
  if (o.P + o.D + o.Q > 0) text += std::to_string(period);
  if (o.mean) text += o.d + o.D == 0 ? " with mean" : " with drift";
  return text;
}

Result<ModelForecast> fitOne(const Series& series, const ModelSpec& spec,
                             const ForecastOptions& options) {
  const ArimaOrder& o = spec.order;
  const int period = series.seasonPeriod();
  if (o.P + o.D + o.Q > 0 && period < 2)
    return Error{"forecast.no_season",
                 "a seasonal ARIMA needs a seasonal series: " + series.name + " is " +
                     frequencyName(series.frequency),
                 series.name};
  if (Status checked = checkSeries(series, minimumValues(spec, period)); !checked)
    return checked.error();
  if (isConstant(series)) return constantSeries(series);
  const std::vector<double>& y = series.values;
  const std::vector<double> w = difference(y, o.d, o.D, period);
  double meanW = 0, spread = 0;
  for (double v : w) meanW += v / static_cast<double>(w.size());
  for (double v : w) spread += (v - meanW) * (v - meanW) / static_cast<double>(w.size());
  spread = std::sqrt(spread);
  const double scale = spread + std::abs(meanW) + 1e-300;

  std::vector<Bounded> start(static_cast<std::size_t>(o.p + o.q + o.P + o.Q),
                             Bounded{0.0, -kPartialBound, kPartialBound, 0.1});
  if (o.mean)
    start.push_back({meanW, meanW - 100 * scale, meanW + 100 * scale,
                     std::max(spread, 1e-12) / std::sqrt(static_cast<double>(w.size()))});
  std::vector<double> z(w.size());
  auto negativeLogLikelihood = [&](const std::vector<double>& x) {
    const Coefficients c = coefficientsOf(o, x);
    for (std::size_t t = 0; t < w.size(); ++t) z[t] = w[t] - c.mean;
    const ArmaLikelihood l = armaLikelihood(armaOf(c, period), z, false);
    return l.ok ? -l.logLikelihood : kInadmissible;
  };
  // A short series' likelihood often has several maxima: each start (no dependence, partial
  // autocorrelations of ±0.5) is searched loosely, and the best point found is polished.
  std::vector<std::vector<Bounded>> starts{start};
  if (w.size() <= 60 && start.size() > (o.mean ? 1u : 0u))
    for (double partial : {0.5, -0.5}) {
      std::vector<Bounded> from = start;
      for (std::size_t i = 0; i + (o.mean ? 1 : 0) < from.size(); ++i) from[i].start = partial;
      starts.push_back(std::move(from));
    }
  int evaluations = 0;
  std::vector<Bounded> polish = start;
  if (starts.size() > 1) {
    double lowest = 0;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const Minimum screened =
          minimizeBounded(negativeLogLikelihood, starts[k], 20000, 1e-7, false, options.stop);
      if (screened.cancelled) return cancelled(series);
      evaluations += screened.evaluations;
      if (k == 0 || screened.value < lowest) {
        lowest = screened.value;
        for (std::size_t i = 0; i < polish.size(); ++i) polish[i].start = screened.x[i];
      }
    }
  }
  Minimum best = minimizeBounded(negativeLogLikelihood, polish, 20000, 1e-12, true, options.stop);
  if (best.cancelled) return cancelled(series);
  best.evaluations += evaluations;
  const Coefficients c = coefficientsOf(o, best.x);
  const ArmaModel model = armaOf(c, period);
  for (std::size_t t = 0; t < w.size(); ++t) z[t] = w[t] - c.mean;
  const ArmaLikelihood filtered = armaLikelihood(model, z, true);
  ModelForecast out;
  Fit& fit = out.fit;
  fit.spec = spec;
  fit.spec.automatic = false;
  fit.name = orderText(spec, period);
  if (!filtered.ok)
    return Error{"forecast.no_fit",
                 fit.name + " found no fit to " + series.name +
                     " (the series may be constant after differencing)",
                 series.name};
  fit.logLikelihood = filtered.logLikelihood;
  fit.observations = static_cast<int>(w.size());
  fit.aicc = aiccOf(filtered.logLikelihood, armaCount(o) + 1, fit.observations);
  fit.sigma2 = filtered.sigma2;
  fit.converged = best.converged;
  fit.convergence = best.stop;
  fit.evaluations = best.evaluations;
  auto name = [&fit](const char* stem, const std::vector<double>& values) {
    for (std::size_t i = 0; i < values.size(); ++i)
      fit.parameters.push_back({stem + std::to_string(i + 1), values[i], std::nullopt});
  };
  name("ar", c.ar);
  name("ma", c.ma);
  name("sar", c.sar);
  name("sma", c.sma);
  if (o.mean) fit.parameters.push_back({o.d + o.D == 0 ? "mean" : "drift", c.mean, std::nullopt});

  const std::size_t lost = y.size() - w.size();
  fit.fittedFrom = lost;
  for (std::size_t t = 0; t < w.size(); ++t)
    fit.fitted.push_back(filtered.predictions[t] + c.mean + (y[t + lost] - w[t]));

  std::vector<double> means, covariance;
  armaForecast(model, filtered, options.horizon, means, covariance);
  const std::vector<double> delta = integrationWeights(o.d, o.D, period);
  const auto h = static_cast<std::size_t>(options.horizon);
  // Points: y_{n+k} = ŵ_{n+k} + Σ δ_i y_{n+k−i}; errors: e^y = L e^w with
  // L[k][j] = [k = j] + Σ δ_i L[k−i][j].
  std::vector<double> path = y, weights(h * h, 0.0);
  for (std::size_t k = 0; k < h; ++k) {
    double value = means[k] + c.mean;
    for (std::size_t i = 0; i < delta.size(); ++i) value += delta[i] * path[path.size() - 1 - i];
    path.push_back(value);
    weights[k * h + k] = 1;
    for (std::size_t i = 0; i < delta.size() && i < k; ++i)
      for (std::size_t j = 0; j <= k - i - 1; ++j)
        weights[k * h + j] += delta[i] * weights[(k - i - 1) * h + j];
  }
  for (std::size_t k = 0; k < h; ++k) {
    double variance = 0;
    for (std::size_t a = 0; a <= k; ++a)
      for (std::size_t b = 0; b <= k; ++b)
        variance += weights[k * h + a] * weights[k * h + b] * covariance[a * h + b];
    StepDistribution d;
    d.center = path[y.size() + k];
    d.scale = std::sqrt(std::max(variance, 0.0) * fit.sigma2);
    out.steps.push_back(stepOf(std::move(d), options.levels));
  }
  return out;
}

// Hyndman & Khandakar (2008): differences by the tests in unitroot.h, then the order with the
// lowest AICc over p, q ≤ 3 (and P, Q ≤ 1 for a seasonal series), with a mean or drift when at
// most one difference is taken.
Result<ModelForecast> fitAutomatic(const Series& series, const ModelSpec& spec,
                                   const ForecastOptions& options) {
  const int period = series.seasonPeriod();
  if (Status checked = checkSeries(series, 5); !checked) return checked.error();
  if (isConstant(series)) return constantSeries(series);
  ArimaOrder base;
  const double strength = period > 1 ? seasonalStrength(series.values, period) : 0;
  base.D = strength > 0.64 ? 1 : 0;
  std::vector<double> w = difference(series.values, 0, base.D, period);
  std::vector<std::string> notes;
  while (base.d < 2 && w.size() > 4 && kpssStatistic(w) > kKpssCritical5) {
    ++base.d;
    w = difference(w, 1, 0, period);
  }
  base.mean = base.d + base.D <= 1;
  const int seasonalMax = period > 1 ? 1 : 0;
  std::optional<ModelForecast> best;
  int compared = 0;
  for (int p = 0; p <= 3; ++p)
    for (int q = 0; q <= 3; ++q)
      for (int sp = 0; sp <= seasonalMax; ++sp)
        for (int sq = 0; sq <= seasonalMax; ++sq) {
          ModelSpec candidate = spec;
          candidate.automatic = false;
          candidate.order = base;
          candidate.order.p = p;
          candidate.order.q = q;
          candidate.order.P = sp;
          candidate.order.Q = sq;
          if (series.values.size() < minimumValues(candidate, period)) continue;
          Result<ModelForecast> fitted = fitOne(series, candidate, options);
          if (!fitted && fitted.error().code == kCancelled) return fitted.error();
          if (!fitted) continue;
          const Fit& fit = fitted.value().fit;
          if (!fit.aicc || !fit.converged) continue;
          ++compared;
          if (!best || *fit.aicc < *best->fit.aicc) best = std::move(fitted).value();
        }
  if (!best)
    return Error{"forecast.too_short",
                 series.name + " is too short for an ARIMA model after " +
                     std::to_string(base.d + base.D) + " difference(s)",
                 series.name};
  std::string why = "Differences: d = " + std::to_string(base.d) + " (KPSS at 5 %)";
  if (period > 1)
    why += ", D = " + std::to_string(base.D) + " (seasonal strength " +
           std::to_string(std::lround(strength * 100)) + " %)";
  best->fit.notes.push_back(why + "; chosen by the lowest AICc of " + std::to_string(compared) +
                            " orders (p, q ≤ 3" + (period > 1 ? ", P, Q ≤ 1)." : ")."));
  return std::move(*best);
}

}  // namespace

Result<ModelForecast> forecastArima(const Series& series, const ModelSpec& spec,
                                    const ForecastOptions& options) {
  return spec.automatic ? fitAutomatic(series, spec, options) : fitOne(series, spec, options);
}

std::size_t arimaMinimum(const ArimaOrder& o, int period) {
  return static_cast<std::size_t>(o.d + period * o.D + armaCount(o) + 3);
}

}  // namespace valor::forecast
