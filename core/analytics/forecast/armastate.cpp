#include "core/analytics/forecast/armastate.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace valor::forecast {
namespace {

using Matrix = std::vector<double>;  // square, row-major

void multiply(const Matrix& a, const Matrix& b, Matrix& out, std::size_t r) {
  std::fill(out.begin(), out.end(), 0.0);
  for (std::size_t i = 0; i < r; ++i)
    for (std::size_t k = 0; k < r; ++k) {
      const double aik = a[i * r + k];
      if (aik == 0) continue;
      for (std::size_t j = 0; j < r; ++j) out[i * r + j] += aik * b[k * r + j];
    }
}

// X ← T X T′ for the companion T (first column a, ones above the diagonal), in O(r²).
void companionSandwich(const std::vector<double>& a, Matrix& x, Matrix& work, std::size_t r) {
  // work = T X: row i is a_i · X_0 + X_{i+1}.
  for (std::size_t i = 0; i < r; ++i)
    for (std::size_t j = 0; j < r; ++j)
      work[i * r + j] = a[i] * x[j] + (i + 1 < r ? x[(i + 1) * r + j] : 0.0);
  // x = work T′: column j is a_j · work_{:,0} + work_{:,j+1}.
  for (std::size_t i = 0; i < r; ++i)
    for (std::size_t j = 0; j < r; ++j)
      x[i * r + j] = a[j] * work[i * r] + (j + 1 < r ? work[i * r + j + 1] : 0.0);
}

struct StateSpace {
  std::size_t r;
  std::vector<double> a;        // first column of T, length r
  std::vector<double> loading;  // R, length r
};

StateSpace stateSpaceOf(const ArmaModel& model) {
  StateSpace s;
  s.r = std::max(model.ar.size(), model.ma.size() + 1);
  s.a.assign(s.r, 0.0);
  std::copy(model.ar.begin(), model.ar.end(), s.a.begin());
  s.loading.assign(s.r, 0.0);
  s.loading[0] = 1;
  std::copy(model.ma.begin(), model.ma.end(), s.loading.begin() + 1);
  return s;
}

// P = Σ_k T^k R R′ T′^k by doubling: S ← S + A S A′, A ← A² (converges quadratically for a
// stationary T; exact after log₂ r steps when T is nilpotent, a pure MA).
Matrix stationaryCovariance(const StateSpace& s) {
  const std::size_t r = s.r;
  Matrix p(r * r), t(r * r, 0.0), tmp(r * r), tmp2(r * r);
  for (std::size_t i = 0; i < r; ++i)
    for (std::size_t j = 0; j < r; ++j) p[i * r + j] = s.loading[i] * s.loading[j];
  for (std::size_t i = 0; i < r; ++i) {
    t[i * r] = s.a[i];
    if (i + 1 < r) t[i * r + i + 1] = 1;
  }
  for (int iteration = 0; iteration < 80; ++iteration) {
    double size = 0;
    for (double v : t) size = std::max(size, std::abs(v));
    if (size == 0) break;
    multiply(t, p, tmp, r);
    // tmp2 = tmp · t′
    for (std::size_t i = 0; i < r; ++i)
      for (std::size_t j = 0; j < r; ++j) {
        double sum = 0;
        for (std::size_t k = 0; k < r; ++k) sum += tmp[i * r + k] * t[j * r + k];
        tmp2[i * r + j] = sum;
      }
    double change = 0, total = 0;
    for (std::size_t i = 0; i < r * r; ++i) {
      p[i] += tmp2[i];
      change = std::max(change, std::abs(tmp2[i]));
      total = std::max(total, std::abs(p[i]));
    }
    if (change <= 1e-16 * total) break;  // the remaining terms no longer change P
    multiply(t, t, tmp, r);
    std::swap(t, tmp);
  }
  return p;
}

}  // namespace

std::vector<double> coefficientsFromPartials(const std::vector<double>& partials) {
  const std::size_t k = partials.size();
  std::vector<double> phi(k), previous(k);
  for (std::size_t i = 0; i < k; ++i) {
    const double partial = partials[i];
    previous = phi;
    phi[i] = partial;
    for (std::size_t j = 0; j < i; ++j) phi[j] = previous[j] - partial * previous[i - 1 - j];
  }
  return phi;
}

std::vector<double> multiplySeasonal(const std::vector<double>& a, const std::vector<double>& b,
                                     int s) {
  const std::size_t span = static_cast<std::size_t>(s);
  std::vector<double> out(std::max(a.size(), span * b.size()), 0.0);
  for (std::size_t i = 0; i < a.size(); ++i) out[i] += a[i];
  for (std::size_t j = 0; j < b.size(); ++j) {
    out[span * (j + 1) - 1] += b[j];
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::size_t lag = i + 1 + span * (j + 1);
      if (out.size() < lag) out.resize(lag, 0.0);
      out[lag - 1] += a[i] * b[j];
    }
  }
  return out;
}

ArmaLikelihood armaLikelihood(const ArmaModel& model, const std::vector<double>& z, bool keep) {
  const StateSpace s = stateSpaceOf(model);
  const std::size_t r = s.r;
  ArmaLikelihood out;
  Matrix p = stationaryCovariance(s);
  Matrix work(r * r);
  std::vector<double> a(r, 0.0), next(r);
  double sumLogF = 0, sumV2F = 0;
  if (keep) out.predictions.reserve(z.size());
  for (double observed : z) {
    const double f = p[0];
    if (!(f > 0) || !std::isfinite(f)) return out;
    if (keep) out.predictions.push_back(a[0]);
    const double v = observed - a[0];
    sumLogF += std::log(f);
    sumV2F += v * v / f;
    // Update with the column P e₁, then predict: a ← T a, P ← T P T′ + R R′.
    for (std::size_t i = 0; i < r; ++i) a[i] += p[i * r] * v / f;
    for (std::size_t i = 0; i < r; ++i)
      for (std::size_t j = 0; j < r; ++j) work[i * r + j] = p[i * r] * p[j * r] / f;
    for (std::size_t i = 0; i < r * r; ++i) p[i] -= work[i];
    for (std::size_t i = 0; i < r; ++i) next[i] = s.a[i] * a[0] + (i + 1 < r ? a[i + 1] : 0.0);
    std::swap(a, next);
    companionSandwich(s.a, p, work, r);
    for (std::size_t i = 0; i < r; ++i)
      for (std::size_t j = 0; j < r; ++j) p[i * r + j] += s.loading[i] * s.loading[j];
  }
  const auto n = static_cast<double>(z.size());
  out.sigma2 = sumV2F / n;
  if (!(out.sigma2 > 0)) return out;
  out.logLikelihood = -n / 2 * (std::log(2 * std::numbers::pi * out.sigma2) + 1) - sumLogF / 2;
  out.ok = std::isfinite(out.logLikelihood);
  if (keep) {
    out.state = a;
    out.covariance = p;
  }
  return out;
}

void armaForecast(const ArmaModel& model, const ArmaLikelihood& filtered, int horizon,
                  std::vector<double>& means, std::vector<double>& covariance) {
  const StateSpace s = stateSpaceOf(model);
  const std::size_t r = s.r;
  const auto h = static_cast<std::size_t>(horizon);
  means.assign(h, 0.0);
  covariance.assign(h * h, 0.0);
  std::vector<double> a = filtered.state, next(r), column(r), moved(r);
  Matrix p = filtered.covariance, work(r * r);
  for (std::size_t i = 0; i < h; ++i) {
    means[i] = a[0];
    // Cov(z_i, z_j) for j ≥ i is e₁′ T^{j−i} P_i e₁: carry the column P_i e₁ forward.
    for (std::size_t k = 0; k < r; ++k) column[k] = p[k * r];
    for (std::size_t j = i; j < h; ++j) {
      covariance[i * h + j] = covariance[j * h + i] = column[0];
      for (std::size_t k = 0; k < r; ++k)
        moved[k] = s.a[k] * column[0] + (k + 1 < r ? column[k + 1] : 0.0);
      std::swap(column, moved);
    }
    for (std::size_t k = 0; k < r; ++k) next[k] = s.a[k] * a[0] + (k + 1 < r ? a[k + 1] : 0.0);
    std::swap(a, next);
    companionSandwich(s.a, p, work, r);
    for (std::size_t k = 0; k < r; ++k)
      for (std::size_t j = 0; j < r; ++j) p[k * r + j] += s.loading[k] * s.loading[j];
  }
}

}  // namespace valor::forecast
