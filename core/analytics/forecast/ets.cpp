// Exponential smoothing in the innovations state-space form with additive errors (Hyndman,
// Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing: The State Space Approach",
// Springer 2008, Table 2.2): level ℓ, trend b (none, additive, or damped by φ), season s
// (none, additive, or multiplicative, period m). With μ_t the one-step forecast and
// e_t = y_t − μ_t:
//   season none/additive:  ℓ_t = ℓ + φb + α·e,    b_t = φb + β·e,    s_t = s_{t−m} + γ·e
//   season multiplicative: ℓ_t = ℓ + φb + α·e/s,  b_t = φb + β·e/s,  s_t = s_{t−m} + γ·e/(ℓ + φb)
// Fitted by maximum likelihood jointly with the initial states; the variance concentrated out:
// log L = −n/2 · (log(2π · SSE/n) + 1). Parameters in the usual region, as Hyndman et al. and
// statsmodels' ETSModel: 1e-4 ≤ α ≤ 1 − 1e-4, β = α·β*, γ = (1 − α)·γ* with β*, γ* in the same
// range, 0.8 ≤ φ ≤ 0.98. One initial seasonal is fixed (0, or 1 when multiplicative): the
// others and the level absorb it, so the likelihood is unchanged and the fit identified.
// Intervals: analytic for the linear models, σ²_h = σ²(1 + Σ_{j<h} c_j²) with
// c_j = w′F^{j−1}g (ibid. §6.1); simulated (seeded) when the season is multiplicative.
#include <algorithm>
#include <cmath>
#include <functional>

#include <Eigen/Dense>

#include "core/analytics/forecast/families.h"
#include "core/analytics/forecast/optimize.h"
#include "core/analytics/forecast/unitroot.h"

namespace valor::forecast {
namespace {

struct EtsShape {
  EtsTrend trend;
  EtsSeason season;
  int m;  // season period, 0 without a season
  bool hasTrend() const { return trend != EtsTrend::None; }
  bool damped() const { return trend == EtsTrend::Damped; }
  bool multiplicative() const { return season == EtsSeason::Multiplicative; }
};

struct EtsParameters {
  double alpha = 0, beta = 0, gamma = 0, phi = 1;
  double level = 0, trend = 0;
  std::vector<double> season;  // season[j]: the seasonal state for period j − m, j = 0..m−1
};

// The smoothing part of the optimiser's vector: α, β*, γ*, φ, each if the model has it.
std::size_t unpackSmoothing(const EtsShape& shape, const std::vector<double>& x, EtsParameters& p) {
  std::size_t i = 0;
  p.alpha = x[i++];
  p.beta = shape.hasTrend() ? p.alpha * x[i++] : 0.0;
  p.gamma = shape.m > 0 ? (1 - p.alpha) * x[i++] : 0.0;
  p.phi = shape.damped() ? x[i++] : shape.hasTrend() ? 1.0 : 0.0;
  return i;
}

// The whole vector: the smoothing part, then ℓ₀, b₀, s[1..m−1] (s[0] is fixed).
void unpack(const EtsShape& shape, const std::vector<double>& x, EtsParameters& p) {
  std::size_t i = unpackSmoothing(shape, x, p);
  p.level = x[i++];
  p.trend = shape.hasTrend() ? x[i++] : 0.0;
  p.season.assign(static_cast<std::size_t>(shape.m), shape.multiplicative() ? 1.0 : 0.0);
  for (std::size_t j = 1; j < p.season.size(); ++j) p.season[j] = x[i++];
}

struct EtsState {
  double level = 0, trend = 0;
  std::vector<double> season;  // ring: season[t mod m] is s_{t−m} when forecasting period t
};

// One-step forecast from the state before a period whose seasonal slot is `slot`.
double onePeriod(const EtsShape& shape, const EtsParameters& p, const EtsState& s, std::size_t slot,
                 double* seasonal) {
  const double base = s.level + p.phi * s.trend;
  if (shape.m == 0) {
    *seasonal = 0;
    return base;
  }
  *seasonal = s.season[slot];
  return shape.multiplicative() ? base * *seasonal : base + *seasonal;
}

void update(const EtsShape& shape, const EtsParameters& p, EtsState& s, std::size_t slot,
            double seasonal, double e) {
  const double base = s.level + p.phi * s.trend;
  if (shape.multiplicative()) {
    s.level = base + p.alpha * e / seasonal;
    s.trend = p.phi * s.trend + p.beta * e / seasonal;
    s.season[slot] = seasonal + p.gamma * e / base;
  } else {
    s.level = base + p.alpha * e;
    s.trend = p.phi * s.trend + p.beta * e;
    if (shape.m > 0) s.season[slot] = seasonal + p.gamma * e;
  }
}

std::size_t nextSlot(const EtsShape& shape, std::size_t slot) {
  return shape.m > 0 && slot + 1 == static_cast<std::size_t>(shape.m) ? 0 : slot + 1;
}

// Runs the filter; false when a multiplicative model leaves its admissible region.
bool filter(const EtsShape& shape, const EtsParameters& p, const std::vector<double>& y,
            EtsState& state, double& sse, std::vector<double>* fitted) {
  state.level = p.level;
  state.trend = p.trend;
  state.season.assign(p.season.begin(), p.season.end());
  sse = 0;
  std::size_t slot = 0;
  for (double observed : y) {
    double seasonal = 0;
    if (shape.multiplicative() && !(state.level + p.phi * state.trend > 0)) return false;
    const double mu = onePeriod(shape, p, state, slot, &seasonal);
    if (shape.multiplicative() && !(seasonal > 0)) return false;
    const double e = observed - mu;
    sse += e * e;
    if (fitted) fitted->push_back(mu);
    update(shape, p, state, slot, seasonal, e);
    slot = nextSlot(shape, slot);
  }
  return std::isfinite(sse);
}

// For a linear model (no multiplicative season) the one-step errors are linear in the initial
// state x₀: e_t = e⁰_t − r_t x₀, with e⁰ the errors from x₀ = 0 and r_t = w′D^{t−1},
// D = F − g w′ (Hyndman et al. 2008, §5.2 and §2.6.2). So for given smoothing parameters the
// best initial states solve a least-squares problem, and the likelihood is searched over the
// smoothing parameters alone — the same maximum, found in a few hundred evaluations. The
// state is x = (ℓ, b, s_{t−1}, ..., s_{t−m}); x₀'s s_{−m} is the fixed one.
class InitialStates {
 public:
  InitialStates(const EtsShape& shape, std::size_t observations)
      : shape_(shape),
        k_(2 + static_cast<std::size_t>(shape.m)),
        rows_(observations * k_),
        errors_(observations) {}

  // Sets p's initial states to the least-squares ones; returns the sum of squared errors.
  double solve(EtsParameters& p, const std::vector<double>& y) {
    const std::size_t n = y.size(), k = k_, m = static_cast<std::size_t>(shape_.m);
    std::vector<double>& x = x_;
    std::vector<double>& r = r_;
    x.assign(k, 0.0);
    r.assign(k, 0.0);
    r[0] = 1;
    r[1] = p.phi;
    if (m > 0) r[k - 1] = 1;
    for (std::size_t t = 0; t < n; ++t) {
      const double c = x[0] + p.phi * x[1] + (m > 0 ? x[k - 1] : 0.0);
      const double e = y[t] - c;
      errors_[t] = e;
      std::copy(r.begin(), r.end(), rows_.begin() + static_cast<std::ptrdiff_t>(t * k));
      // x ← F x + g e
      const double sLast = m > 0 ? x[k - 1] : 0.0;
      x[0] = x[0] + p.phi * x[1] + p.alpha * e;
      x[1] = p.phi * x[1] + p.beta * e;
      if (m > 0) {
        for (std::size_t j = k - 1; j > 2; --j) x[j] = x[j - 1];
        x[2] = sLast + p.gamma * e;
      }
      // r ← r F − (r·g) w′
      const double rg = p.alpha * r[0] + p.beta * r[1] + (m > 0 ? p.gamma * r[2] : 0.0);
      const double rLevel = r[0], rFirstSeason = m > 0 ? r[2] : 0.0;
      r[1] = p.phi * (rLevel + r[1]) - rg * p.phi;
      r[0] = rLevel - rg;
      if (m > 0) {
        for (std::size_t j = 2; j + 1 < k; ++j) r[j] = r[j + 1];
        r[k - 1] = rFirstSeason - rg;
      }
    }
    // The free columns: ℓ, b if there is a trend, s_{t−1}..s_{t−m+1}.
    std::vector<std::size_t>& free = free_;
    free.clear();
    free.push_back(0);
    if (shape_.hasTrend()) free.push_back(1);
    for (std::size_t j = 2; j + 1 < k; ++j) free.push_back(j);
    const auto f = static_cast<Eigen::Index>(free.size());
    normal_.setZero(f, f);
    rhs_.setZero(f);
    for (std::size_t t = 0; t < n; ++t) {
      const double* row = &rows_[t * k];
      for (Eigen::Index a = 0; a < f; ++a) {
        const double ra = row[free[static_cast<std::size_t>(a)]];
        rhs_(a) += ra * errors_[t];
        for (Eigen::Index b = 0; b <= a; ++b)
          normal_(a, b) += ra * row[free[static_cast<std::size_t>(b)]];
      }
    }
    // Scaled to a unit diagonal, so the solve does not lose the small columns.
    scale_ = normal_.diagonal().cwiseSqrt().cwiseMax(1e-300).cwiseInverse();
    for (Eigen::Index a = 0; a < f; ++a)
      for (Eigen::Index b = 0; b <= a; ++b) normal_(a, b) *= scale_(a) * scale_(b);
    solver_.compute(normal_);  // reads the lower triangle
    rhs_ = rhs_.cwiseProduct(scale_);
    const Eigen::VectorXd solution = solver_.solve(rhs_).cwiseProduct(scale_);
    double sse = 0;
    for (std::size_t t = 0; t < n; ++t) {
      double e = errors_[t];
      for (Eigen::Index a = 0; a < f; ++a)
        e -= rows_[t * k + free[static_cast<std::size_t>(a)]] * solution(a);
      sse += e * e;
    }
    std::vector<double> x0(k, 0.0);
    for (Eigen::Index a = 0; a < f; ++a) x0[free[static_cast<std::size_t>(a)]] = solution(a);
    p.level = x0[0];
    p.trend = x0[1];
    p.season.assign(m, 0.0);
    for (std::size_t j = 1; j <= m; ++j) p.season[m - j] = x0[1 + j];  // s_{−j}
    return std::isfinite(sse) ? sse : kInadmissible;
  }

 private:
  EtsShape shape_;
  std::size_t k_;
  std::vector<double> rows_, errors_, x_, r_;
  std::vector<std::size_t> free_;
  Eigen::MatrixXd normal_;
  Eigen::VectorXd rhs_, scale_;
  Eigen::LDLT<Eigen::MatrixXd, Eigen::Lower> solver_;
};

std::vector<Bounded> startingPoint(const EtsShape& shape, const std::vector<double>& y) {
  const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
  const double range = std::max(*hi - *lo, 1e-8 * std::max(1.0, std::abs(*hi)));
  const double wide = 100 * (range + std::abs(*hi) + std::abs(*lo));
  const auto m = static_cast<std::size_t>(shape.m);
  std::vector<Bounded> x;
  x.push_back({0.3, 1e-4, 1 - 1e-4, 0.05});
  if (shape.hasTrend()) x.push_back({0.1, 1e-4, 1 - 1e-4, 0.05});
  if (m > 0) x.push_back({0.1, 1e-4, 1 - 1e-4, 0.05});
  if (shape.damped()) x.push_back({0.95, 0.8, 0.98, 0.01});
  // Initial states as Hyndman et al. (2008, §2.6.1) start them: seasonal indices from a
  // classical decomposition (centred moving average; here over the whole series, which serves a
  // slowly changing season better), then a line through the first two seasons' adjusted values.
  double level = y[0], slope = y.size() > 1 ? y[1] - y[0] : 0;
  std::vector<double> season;
  if (m > 0) {
    season = classicalSeasonalIndices(y, shape.m, shape.multiplicative());
    const std::size_t span = std::min(y.size(), 2 * m);
    double meanT = 0, meanD = 0, sxx = 0, sxy = 0;
    std::vector<double> adjusted(span);
    for (std::size_t t = 0; t < span; ++t) {
      adjusted[t] = shape.multiplicative() ? y[t] / season[t % m] : y[t] - season[t % m];
      meanT += static_cast<double>(t) / static_cast<double>(span);
      meanD += adjusted[t] / static_cast<double>(span);
    }
    for (std::size_t t = 0; t < span; ++t) {
      sxx += (static_cast<double>(t) - meanT) * (static_cast<double>(t) - meanT);
      sxy += (static_cast<double>(t) - meanT) * (adjusted[t] - meanD);
    }
    slope = sxy / sxx;
    level = meanD - slope * meanT - slope;  // the level before the first value
    // s[0] is fixed at its neutral value: move its effect into the level.
    if (shape.multiplicative()) {
      level *= season[0];
      slope *= season[0];
      for (std::size_t j = m; j-- > 0;) season[j] /= season[0];
    } else {
      level += season[0];
      for (std::size_t j = m; j-- > 0;) season[j] -= season[0];
    }
  }
  x.push_back({level, *lo - wide, *hi + wide, 0.1 * range});
  if (shape.hasTrend()) x.push_back({slope, -wide, wide, 0.05 * range});
  for (std::size_t j = 1; j < m; ++j) {
    if (shape.multiplicative())
      x.push_back({season[j], 1e-3, 1e3, 0.02});
    else
      x.push_back({season[j], -wide, wide, 0.05 * range});
  }
  return x;
}

// A constant series is its own forecast: every state but the level is neutral, the errors are
// all zero, so the intervals have no width and the likelihood no maximum (none is reported).
ModelForecast constantForecast(const Series& series, const ModelSpec& spec,
                               const ForecastOptions& options) {
  ModelForecast out;
  Fit& fit = out.fit;
  fit.spec = spec;
  fit.name = modelName(spec);
  fit.convergence = "closed form";
  fit.observations = static_cast<int>(series.values.size());
  const double value = series.values.front();
  fit.parameters.push_back({"initial_level", value, std::nullopt});
  fit.fitted.assign(series.values.size(), value);
  fit.notes.push_back(series.name +
                      " is the same in every period: the forecast is that value, with no "
                      "spread; the smoothing parameters are not identified.");
  for (int h = 0; h < options.horizon; ++h) {
    StepDistribution d;
    d.center = value;
    out.steps.push_back(stepOf(std::move(d), options.levels));
  }
  return out;
}

Result<ModelForecast> fitOne(const Series& series, const ModelSpec& spec,
                             const ForecastOptions& options) {
  const std::vector<double>& y = series.values;
  const int period = series.seasonPeriod();
  if (spec.season != EtsSeason::None && period < 2)
    return Error{"forecast.no_season",
                 modelName(spec) + " needs a seasonal series: " + series.name + " is " +
                     frequencyName(series.frequency),
                 series.name};
  if (Status checked = checkSeries(series, minimumValues(spec, period)); !checked)
    return checked.error();
  const EtsShape shape{spec.trend, spec.season, spec.season == EtsSeason::None ? 0 : period};
  if (shape.multiplicative())
    for (std::size_t i = 0; i < y.size(); ++i)
      if (!(y[i] > 0))
        return Error{"forecast.not_positive",
                     series.name + " is not above zero in " + series.periodLabel(i) +
                         ": a multiplicative season needs every value above zero",
                     series.name};
  if (isConstant(series)) return constantForecast(series, spec, options);
  const std::vector<Bounded> start = startingPoint(shape, y);
  const auto n = static_cast<double>(y.size());
  const std::size_t smoothing =
      1 + (shape.hasTrend() ? 1 : 0) + (shape.m > 0 ? 1 : 0) + (shape.damped() ? 1 : 0);
  EtsParameters p;
  EtsState state;
  InitialStates states(shape, y.size());
  // −log L up to its constant. A linear model searches the smoothing parameters with the
  // initial states solved for; a multiplicative one searches everything.
  std::function<double(const std::vector<double>&)> negativeLogLikelihood;
  std::vector<Bounded> searched = start;
  if (shape.multiplicative()) {
    negativeLogLikelihood = [&](const std::vector<double>& x) {
      double sse = 0;
      unpack(shape, x, p);
      if (!filter(shape, p, y, state, sse, nullptr) || !(sse > 0)) return kInadmissible;
      return n / 2 * std::log(sse / n);
    };
  } else {
    searched.resize(smoothing);
    negativeLogLikelihood = [&](const std::vector<double>& x) {
      unpackSmoothing(shape, x, p);
      const double sse = states.solve(p, y);
      return sse > 0 && sse < kInadmissible ? n / 2 * std::log(sse / n) : kInadmissible;
    };
  }
  // The likelihood has several local maxima (a damped or seasonal fit often has two). So the
  // search starts from the best three points of a grid over the smoothing parameters, and the
  // highest maximum found wins.
  std::vector<std::pair<double, std::vector<double>>> grid;
  std::vector<double> x;
  for (const Bounded& b : searched) x.push_back(b.start);
  for (double alpha : {0.05, 0.2, 0.5, 0.8})
    for (double betaStar :
         shape.hasTrend() ? std::vector<double>{0.01, 0.1, 0.5} : std::vector<double>{0})
      for (double gammaStar :
           shape.m > 0 ? std::vector<double>{0.01, 0.1, 0.5} : std::vector<double>{0})
        for (double phi :
             shape.damped() ? std::vector<double>{0.85, 0.95} : std::vector<double>{0}) {
          std::size_t i = 0;
          x[i++] = alpha;
          if (shape.hasTrend()) x[i++] = betaStar;
          if (shape.m > 0) x[i++] = gammaStar;
          if (shape.damped()) x[i++] = phi;
          grid.emplace_back(negativeLogLikelihood(x), x);
        }
  std::stable_sort(grid.begin(), grid.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  Minimum best;
  int evaluations = static_cast<int>(grid.size());
  for (std::size_t g = 0; g < std::min<std::size_t>(3, grid.size()); ++g) {
    std::vector<Bounded> from = searched;
    for (std::size_t i = 0; i < from.size(); ++i) from[i].start = grid[g].second[i];
    Minimum found = minimizeBounded(negativeLogLikelihood, from, 20000, 1e-12, true, options.stop);
    if (found.cancelled) return cancelled(series);
    evaluations += found.evaluations;
    if (g == 0 || found.value < best.value) best = std::move(found);
  }
  best.evaluations = evaluations;
  if (shape.multiplicative()) {
    unpack(shape, best.x, p);
  } else {
    unpackSmoothing(shape, best.x, p);
    states.solve(p, y);
  }
  ModelForecast out;
  Fit& fit = out.fit;
  fit.spec = spec;
  fit.spec.automatic = false;
  fit.name = modelName(fit.spec);
  double sse = 0;
  if (!filter(shape, p, y, state, sse, &fit.fitted))
    return Error{"forecast.no_fit",
                 fit.name + " found no admissible fit to " + series.name +
                     " (its level or season would fall to zero or below)",
                 series.name};
  fit.observations = static_cast<int>(y.size());
  fit.sigma2 = sse / n;
  fit.converged = best.converged;
  fit.convergence = best.stop;
  fit.evaluations = best.evaluations;
  const int free = static_cast<int>(start.size());
  if (sse > 0) {
    fit.logLikelihood = concentratedLogLikelihood(sse, fit.observations);
    fit.aicc = aiccOf(*fit.logLikelihood, free + 1, fit.observations);
  }
  fit.parameters.push_back({"alpha", p.alpha, std::nullopt});
  if (shape.hasTrend()) fit.parameters.push_back({"beta", p.beta, std::nullopt});
  if (shape.m > 0) fit.parameters.push_back({"gamma", p.gamma, std::nullopt});
  if (shape.damped()) fit.parameters.push_back({"phi", p.phi, std::nullopt});
  fit.parameters.push_back({"initial_level", p.level, std::nullopt});
  if (shape.hasTrend()) fit.parameters.push_back({"initial_trend", p.trend, std::nullopt});
  for (int j = 1; j <= shape.m; ++j)
    fit.parameters.push_back({"initial_season_" + std::to_string(j),
                              p.season[static_cast<std::size_t>(shape.m - j)], std::nullopt});

  // Point forecasts: the recursion with zero errors.
  const int horizon = options.horizon;
  std::vector<double> points;
  {
    EtsState s = state;
    for (int h = 0; h < horizon; ++h) {
      double seasonal = 0;
      const std::size_t t =
          shape.m > 0 ? (y.size() + static_cast<std::size_t>(h)) % static_cast<std::size_t>(shape.m)
                      : 0;
      points.push_back(onePeriod(shape, p, s, t, &seasonal));
      update(shape, p, s, t, seasonal, 0);
    }
  }
  const double sigma = std::sqrt(fit.sigma2);
  if (!shape.multiplicative()) {
    // c_j = w′F^{j−1}g on the state (ℓ, b, s_{t−1}, ..., s_{t−m}).
    const std::size_t k = 2 + static_cast<std::size_t>(shape.m);
    std::vector<double> v(k, 0.0), next(k);  // F^{j−1}g
    v[0] = p.alpha;
    v[1] = p.beta;
    if (shape.m > 0) v[2] = p.gamma;
    double sum = 0;
    for (int h = 1; h <= horizon; ++h) {
      StepDistribution d;
      d.center = points[static_cast<std::size_t>(h - 1)];
      d.scale = sigma * std::sqrt(1 + sum);
      out.steps.push_back(stepOf(std::move(d), options.levels));
      const double c = v[0] + p.phi * v[1] + (shape.m > 0 ? v[k - 1] : 0.0);
      sum += c * c;
      next[0] = v[0] + p.phi * v[1];
      next[1] = p.phi * v[1];
      if (shape.m > 0) {
        next[2] = v[k - 1];
        for (std::size_t j = 3; j < k; ++j) next[j] = v[j - 1];
      }
      std::swap(v, next);
    }
    return out;
  }
  if (options.levels.empty()) {  // points only (a backtest): nothing to simulate
    for (double point : points) {
      StepDistribution d;
      d.center = point;
      out.steps.push_back(stepOf(std::move(d), {}));
    }
    return out;
  }
  // Multiplicative season: simulate the state recursion with N(0, σ²) errors.
  const auto paths = static_cast<std::size_t>(std::max(options.simulations, 100));
  std::vector<std::vector<double>> draws(static_cast<std::size_t>(horizon));
  for (auto& column : draws) column.reserve(paths);
  std::vector<double> z(static_cast<std::size_t>(horizon)), values(z.size());
  std::size_t leftOut = 0;
  for (std::size_t path = 0; path < paths; ++path) {
    if (options.stop.stop_requested()) return cancelled(series);
    standardNormals(options.seed, path, z);
    EtsState s = state;
    bool admissible = true;
    for (std::size_t h = 0; h < z.size() && admissible; ++h) {
      double seasonal = 0;
      const std::size_t t = (y.size() + h) % static_cast<std::size_t>(shape.m);
      const double mu = onePeriod(shape, p, s, t, &seasonal);
      // A path whose level or season falls to zero or below leaves the model's region: its
      // next errors would be divided by it.
      admissible = s.level + p.phi * s.trend > 0 && seasonal > 0;
      const double e = sigma * z[h];
      values[h] = mu + e;
      update(shape, p, s, t, seasonal, e);
    }
    if (!admissible) {
      ++leftOut;
      continue;
    }
    for (std::size_t h = 0; h < z.size(); ++h) draws[h].push_back(values[h]);
  }
  if (leftOut == paths)
    return Error{"forecast.no_fit",
                 fit.name + " on " + series.name +
                     ": every simulated path left the model's region (a level or season at or "
                     "below zero), so it has no intervals",
                 series.name};
  if (leftOut > 0)
    fit.notes.push_back(std::to_string(leftOut) + " of " + std::to_string(paths) +
                        " simulated paths reached a level or season at or below zero and were "
                        "left out of the intervals.");
  out.simulatedIntervals = true;
  for (int h = 0; h < horizon; ++h) {
    StepDistribution d;
    d.kind = StepDistribution::Kind::Simulated;
    d.center = points[static_cast<std::size_t>(h)];
    d.simulated = std::move(draws[static_cast<std::size_t>(h)]);
    std::sort(d.simulated.begin(), d.simulated.end());
    ForecastStep step = stepOf(std::move(d), options.levels);
    step.point = points[static_cast<std::size_t>(h)];
    out.steps.push_back(std::move(step));
  }
  return out;
}

}  // namespace

Result<ModelForecast> forecastEts(const Series& series, const ModelSpec& spec,
                                  const ForecastOptions& options) {
  if (!spec.automatic) return fitOne(series, spec, options);
  if (isConstant(series) && checkSeries(series, minimumValues(spec, series.seasonPeriod()))) {
    ModelSpec level = spec;
    level.automatic = false;
    level.trend = EtsTrend::None;
    level.season = EtsSeason::None;
    return fitOne(series, level, options);
  }
  // Automatic: every admissible trend and season, the lowest AICc (Hyndman et al. 2008, §7.2).
  const int period = series.seasonPeriod();
  bool positive = true;
  for (double v : series.values) positive = positive && v > 0;
  std::vector<EtsSeason> seasons{EtsSeason::None};
  if (period > 1) {
    seasons.push_back(EtsSeason::Additive);
    if (positive) seasons.push_back(EtsSeason::Multiplicative);
  }
  std::optional<ModelForecast> best;
  std::vector<std::string> compared;
  Error lastError{"forecast.too_short",
                  series.name + " is too short for any exponential smoothing model", series.name};
  for (EtsTrend trend : {EtsTrend::None, EtsTrend::Additive, EtsTrend::Damped})
    for (EtsSeason season : seasons) {
      ModelSpec candidate = spec;
      candidate.automatic = false;
      candidate.trend = trend;
      candidate.season = season;
      if (series.values.size() < minimumValues(candidate, period)) continue;
      Result<ModelForecast> fitted = fitOne(series, candidate, options);
      if (!fitted) {
        if (fitted.error().code == kCancelled) return fitted.error();
        lastError = fitted.error();
        continue;
      }
      const Fit& fit = fitted.value().fit;
      if (!fit.aicc || !fit.converged) continue;
      compared.push_back(fit.name);
      if (!best || *fit.aicc < *best->fit.aicc) best = std::move(fitted).value();
    }
  if (!best) return lastError;
  std::string list;
  for (const std::string& name : compared) list += (list.empty() ? "" : ", ") + name;
  best->fit.notes.push_back("Chosen by the lowest AICc of " + list + ".");
  return std::move(*best);
}

}  // namespace valor::forecast
