#include "core/finance/marketrisk.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <Eigen/Dense>

#include "core/analytics/normal.h"
#include "core/analytics/philox.h"
#include "core/common/require.h"

namespace valor {

RiskMeasures normalRisk(Real mean, Real sd, Real confidence) {
  const double z = normalQuantile(confidence);
  return {z * sd - mean, sd * normalPdf(z) / (1 - confidence) - mean};
}

RiskMeasures cornishFisherRisk(Real mean, Real sd, Real s, Real k, Real confidence) {
  const double a = s / 6;
  const double b = k / 24;
  const double c = s * s / 36;
  // Return quantile at z: μ + σ·(z + a(z² − 1) + b(z³ − 3z) − c(2z³ − 5z)).
  const auto adjusted = [&](double z) {
    return z + a * (z * z - 1) + b * (z * z * z - 3 * z) - c * (2 * z * z * z - 5 * z);
  };
  const double q = -normalQuantile(confidence);  // the lower tail of returns
  // ∫_{−∞}^{q} z^k φ(z) dz: Φ(q), −φ(q), Φ(q) − q·φ(q), −(q² + 2)·φ(q).
  const double p = 1 - confidence;
  const double f = normalPdf(q);
  const double m0 = p, m1 = -f, m2 = p - q * f, m3 = -(q * q + 2) * f;
  const double tail = m1 + a * (m2 - m0) + b * (m3 - 3 * m1) - c * (2 * m3 - 5 * m1);
  return {-(mean + sd * adjusted(q)), -(mean + sd * tail / p)};
}

bool cornishFisherIsQuantile(Real s, Real k) {
  const double a = s / 6;
  const double b = k / 24;
  const double c = s * s / 36;
  const double quad = 3 * b - 6 * c;
  const double lin = 2 * a;
  const double constant = 1 - 3 * b + 5 * c;
  const auto slope = [&](double z) { return (quad * z + lin) * z + constant; };
  constexpr double kReach = 5;
  double lowest = std::min(slope(-kReach), slope(kReach));
  if (quad > 0) {
    const double vertex = -lin / (2 * quad);
    if (std::abs(vertex) < kReach) lowest = std::min(lowest, slope(vertex));
  }
  return lowest > 0;
}

RiskMeasures historicalRisk(std::vector<Real> returns, Real confidence) {
  const std::size_t t = returns.size();
  const auto w = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::floor((1 - confidence) * static_cast<double>(t) + 1e-9)));
  std::sort(returns.begin(), returns.end());  // the largest losses first
  double tail = 0;
  for (std::size_t i = 0; i < std::min(w, t); ++i) tail += returns[i];
  return {-returns[std::min(w, t - 1)], -tail / static_cast<double>(std::min(w, t))};
}

RiskMeasures monteCarloRisk(const std::vector<Real>& mean, const std::vector<Real>& covariance,
                            const std::vector<Real>& weights, Real confidence,
                            std::size_t simulations, std::uint64_t seed) {
  const auto n = static_cast<Eigen::Index>(weights.size());
  const Eigen::Map<const Eigen::MatrixXd> sigma(covariance.data(), n, n);
  const Eigen::Map<const Eigen::VectorXd> w(weights.data(), n);
  const Eigen::Map<const Eigen::VectorXd> mu(mean.data(), n);
  // With r = μ + L·z (Σ = L·Lᵀ), wᵀr = wᵀμ + (Lᵀw)ᵀz is normal with variance |Lᵀw|² = wᵀΣw:
  // one standard normal a path gives the portfolio's return exactly as the assets' joint draw.
  const double variance = w.dot(sigma * w);
  VALOR_REQUIRE(std::isfinite(variance) && variance >= 0,
                "the covariance must be positive definite");
  const double centre = w.dot(mu);
  const double scale = std::sqrt(variance);
  std::vector<Real> returns(simulations);
  for (std::size_t k = 0; k < simulations; ++k) {
    double u = 0;
    PathUniforms(seed, k).fill(&u, 1);
    returns[k] = centre + scale * normalQuantile(u);
  }
  return historicalRisk(std::move(returns), confidence);
}

SampleMoments sampleMoments(const std::vector<Real>& values) {
  const auto t = static_cast<double>(values.size());
  SampleMoments m;
  for (double v : values) m.mean += v;
  m.mean /= t;
  double m2 = 0, m3 = 0, m4 = 0;
  for (double v : values) {
    const double d = v - m.mean;
    m2 += d * d, m3 += d * d * d, m4 += d * d * d * d;
  }
  m2 /= t, m3 /= t, m4 /= t;
  m.sd = std::sqrt(m2 * t / (t - 1));
  m.skewness = m2 > 0 ? m3 / std::pow(m2, 1.5) : 0;
  m.excessKurtosis = m2 > 0 ? m4 / (m2 * m2) - 3 : 0;
  return m;
}

KupiecTest kupiecTest(const std::vector<Real>& returns, Real valueAtRisk, Real confidence) {
  KupiecTest k;
  k.observations = static_cast<int>(returns.size());
  for (double r : returns)
    if (-r > valueAtRisk) ++k.exceptions;
  const double t = k.observations;
  const double x = k.exceptions;
  const double p = 1 - confidence;
  k.expected = p * t;
  // x·ln(x/T) is 0 at x = 0 (its limit), likewise (T − x)·ln(1 − x/T) at x = T.
  const auto xlogy = [](double a, double b) { return a == 0 ? 0.0 : a * std::log(b); };
  const double model = xlogy(t - x, 1 - p) + xlogy(x, p);
  const double observed = xlogy(t - x, 1 - x / t) + xlogy(x, x / t);
  k.likelihoodRatio = std::max(0.0, -2 * (model - observed));
  k.pValue = std::erfc(std::sqrt(k.likelihoodRatio / 2));
  return k;
}

}  // namespace valor
