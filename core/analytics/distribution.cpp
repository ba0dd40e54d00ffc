#include "core/analytics/distribution.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/analytics/normal.h"
#include "core/common/detmath.h"
#include "core/common/issue.h"

namespace valor {
namespace {

constexpr double kScoreRange = 8.5;  // |z| of the most extreme draw is about 8.3 (u = 2^-54)
constexpr int kPertIntervals = 2048;
constexpr double kProbabilityTolerance = 1e-9;

// ln Γ(x) for x >= 0.5: Lanczos' approximation with g = 7 and nine coefficients (relative
// error about 1e-15), on the deterministic log and exp.
double logGamma(double x) {
  constexpr std::array<double, 9> c = {
      0.99999999999980993,  676.5203681218851,     -1259.1392167224028,
      771.32342877765313,   -176.61502916214059,   12.507343278686905,
      -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
  x -= 1;
  double a = c[0];
  const double t = x + 7.5;
  for (int i = 1; i < 9; ++i) a += c[static_cast<std::size_t>(i)] / (x + i);
  return 0.91893853320467274178 + (x + 0.5) * detmath::log(t) - t + detmath::log(a);
}

double logBeta(double a, double b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// Continued fraction of the incomplete beta function (modified Lentz's method).
double betaContinuedFraction(double x, double a, double b) {
  constexpr double kTiny = 1e-300;
  double f = 1, c = 1, d = 0;
  for (int i = 0; i <= 400; ++i) {
    const int m = i / 2;
    double numerator = 1;
    if (i > 0 && i % 2 == 0)
      numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
    else if (i > 0)
      numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + numerator * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    d = 1 / d;
    c = 1 + numerator / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    const double cd = c * d;
    f *= cd;
    if (std::fabs(1 - cd) < 1e-16) break;
  }
  return f - 1;
}

// The regularised incomplete beta function I_x(a, b).
double betaCdf(double x, double a, double b, double lnBeta) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front = detmath::exp(a * detmath::log(x) + b * detmath::log(1 - x) - lnBeta);
  if (x < (a + 1) / (a + b + 2)) return front / a * betaContinuedFraction(x, a, b);
  return 1 - front / b * betaContinuedFraction(1 - x, b, a);
}

double betaPdf(double x, double a, double b, double lnBeta) {
  if (x <= 0 || x >= 1) return 0;
  return detmath::exp((a - 1) * detmath::log(x) + (b - 1) * detmath::log(1 - x) - lnBeta);
}

// x with I_x(a, b) = p, for p in (0, 0.5]: Newton's method inside a shrinking bracket, falling
// back to bisection when a step would leave it.
double betaQuantileLower(double p, double a, double b, double lnBeta) {
  double lo = 0, hi = 1, x = a / (a + b);
  for (int i = 0; i < 200 && hi - lo > 1e-17; ++i) {
    const double f = betaCdf(x, a, b, lnBeta) - p;
    if (f == 0) return x;
    (f < 0 ? lo : hi) = x;
    const double density = betaPdf(x, a, b, lnBeta);
    double next = density > 0 ? x - f / density : lo - 1;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (std::fabs(next - x) <= 1e-16 * std::max(x, 1e-300)) return next;
    x = next;
  }
  return x;
}

std::string number(double v) {
  return formatNumber(v);
}

}  // namespace

const char* distributionKindName(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Normal:
      return "normal";
    case DistributionKind::Lognormal:
      return "lognormal";
    case DistributionKind::Uniform:
      return "uniform";
    case DistributionKind::Triangular:
      return "triangular";
    case DistributionKind::Pert:
      return "pert";
    case DistributionKind::Discrete:
      return "discrete";
  }
  return "";
}

std::optional<DistributionKind> distributionKindFromName(const std::string& name) {
  for (auto kind :
       {DistributionKind::Normal, DistributionKind::Lognormal, DistributionKind::Uniform,
        DistributionKind::Triangular, DistributionKind::Pert, DistributionKind::Discrete})
    if (name == distributionKindName(kind)) return kind;
  return std::nullopt;
}

double distributionMean(const DistributionSpec& s) {
  switch (s.kind) {
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
      return s.mean;
    case DistributionKind::Uniform:
      return (s.min + s.max) / 2;
    case DistributionKind::Triangular:
      return (s.min + s.mode + s.max) / 3;
    case DistributionKind::Pert:
      return (s.min + 4 * s.mode + s.max) / 6;
    case DistributionKind::Discrete: {
      double m = 0;
      for (const auto& o : s.outcomes) m += o.value * o.probability;
      return m;
    }
  }
  return 0;
}

double distributionVariance(const DistributionSpec& s) {
  const double a = s.min, c = s.mode, b = s.max;
  switch (s.kind) {
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
      return s.sd * s.sd;
    case DistributionKind::Uniform:
      return (b - a) * (b - a) / 12;
    case DistributionKind::Triangular:
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    case DistributionKind::Pert: {
      const double mu = distributionMean(s);
      return (mu - a) * (b - mu) / 7;
    }
    case DistributionKind::Discrete: {
      const double mu = distributionMean(s);
      double v = 0;
      for (const auto& o : s.outcomes) v += o.probability * (o.value - mu) * (o.value - mu);
      return v;
    }
  }
  return 0;
}

std::optional<Distribution> Distribution::prepare(const DistributionSpec& spec,
                                                  std::string& problem) {
  auto finite = [&](double v, const char* name) {
    if (std::isfinite(v)) return true;
    problem = std::string(name) + " must be a finite number";
    return false;
  };
  Distribution d(spec);
  switch (spec.kind) {
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
      if (!finite(spec.mean, "mean") || !finite(spec.sd, "sd")) return std::nullopt;
      if (!(spec.sd > 0)) {
        problem = "sd must be greater than 0, not " + number(spec.sd);
        return std::nullopt;
      }
      if (spec.kind == DistributionKind::Lognormal) {
        if (!(spec.mean > 0)) {
          problem =
              "mean must be greater than 0 for a lognormal distribution, not " + number(spec.mean);
          return std::nullopt;
        }
        // Moments of X = e^Y, Y ~ N(μ, σ²): E X = e^(μ + σ²/2), Var X = (e^σ² − 1)·(E X)².
        const double cv = spec.sd / spec.mean;
        const double variance = detmath::log(1 + cv * cv);
        d.logSigma_ = std::sqrt(variance);
        d.logMu_ = detmath::log(spec.mean) - variance / 2;
        if (!std::isfinite(d.logSigma_) || !std::isfinite(d.logMu_)) {
          problem = "sd (" + number(spec.sd) + ") is too large against the mean (" +
                    number(spec.mean) + ") for a lognormal distribution";
          return std::nullopt;
        }
      }
      return d;
    case DistributionKind::Uniform:
    case DistributionKind::Triangular:
    case DistributionKind::Pert: {
      const bool withMode = spec.kind != DistributionKind::Uniform;
      if (!finite(spec.min, "min") || !finite(spec.max, "max") ||
          (withMode && !finite(spec.mode, "mode")))
        return std::nullopt;
      if (!(spec.min < spec.max)) {
        problem = "min (" + number(spec.min) + ") must be below max (" + number(spec.max) + ")";
        return std::nullopt;
      }
      if (withMode && !(spec.mode >= spec.min && spec.mode <= spec.max)) {
        problem = "mode (" + number(spec.mode) + ") must lie between min (" + number(spec.min) +
                  ") and max (" + number(spec.max) + ")";
        return std::nullopt;
      }
      const double width = spec.max - spec.min;
      d.modeCdf_ = (spec.mode - spec.min) / width;
      if (spec.kind == DistributionKind::Pert) {
        // PERT is min + (max − min)·Beta(α, β), α = 1 + 4(mode − min)/(max − min),
        // β = 1 + 4(max − mode)/(max − min).
        const double alpha = 1 + 4 * (spec.mode - spec.min) / width;
        const double beta = 1 + 4 * (spec.max - spec.mode) / width;
        const double lnBeta = logBeta(alpha, beta);
        d.pertX_.resize(kPertIntervals + 1);
        d.pertSlope_.resize(kPertIntervals + 1);
        for (int k = 0; k <= kPertIntervals; ++k) {
          const double z = -kScoreRange + 2 * kScoreRange * k / kPertIntervals;
          const NormalTails tails = normalTails(z);
          // Solve in the nearer tail for full precision: I_q(α, β) = 1 − I_{1−q}(β, α).
          const double q = z <= 0 ? betaQuantileLower(tails.lower, alpha, beta, lnBeta)
                                  : 1 - betaQuantileLower(tails.upper, beta, alpha, lnBeta);
          const double density = betaPdf(q, alpha, beta, lnBeta);
          const auto i = static_cast<std::size_t>(k);
          d.pertX_[i] = spec.min + width * q;
          // dx/dz = (max − min)·φ(z)/f_Beta(q).
          d.pertSlope_[i] = density > 0 ? width * normalPdf(z) / density : 0;
        }
      }
      return d;
    }
    case DistributionKind::Discrete: {
      if (spec.outcomes.empty()) {
        problem = "outcomes must list at least one value";
        return std::nullopt;
      }
      double total = 0;
      for (std::size_t i = 0; i < spec.outcomes.size(); ++i) {
        const auto& o = spec.outcomes[i];
        const std::string at = "outcomes[" + std::to_string(i) + "]";
        if (!std::isfinite(o.value) || !std::isfinite(o.probability)) {
          problem = at + " must have a finite value and probability";
          return std::nullopt;
        }
        if (o.probability < 0) {
          problem = at + ".probability must not be negative, not " + number(o.probability);
          return std::nullopt;
        }
        total += o.probability;
        d.cumulative_.push_back(total);
      }
      if (std::fabs(total - 1) > kProbabilityTolerance) {
        problem = "the probabilities of outcomes must sum to 1, not " + number(total);
        return std::nullopt;
      }
      d.cumulative_.back() = 1;
      return d;
    }
  }
  problem = "unknown distribution";
  return std::nullopt;
}

double Distribution::pertFromScore(double z) const {
  if (z <= -kScoreRange) return pertX_.front();
  if (z >= kScoreRange) return pertX_.back();
  constexpr double h = 2 * kScoreRange / kPertIntervals;
  const double position = (z + kScoreRange) / h;
  const auto k = std::min(static_cast<std::size_t>(position), std::size_t{kPertIntervals - 1});
  const double t = position - static_cast<double>(k);
  const double t2 = t * t, t3 = t2 * t;
  // Cubic Hermite interpolation between knots k and k + 1 with their exact slopes.
  const double x = (2 * t3 - 3 * t2 + 1) * pertX_[k] + (t3 - 2 * t2 + t) * h * pertSlope_[k] +
                   (-2 * t3 + 3 * t2) * pertX_[k + 1] + (t3 - t2) * h * pertSlope_[k + 1];
  return std::clamp(x, spec_.min, spec_.max);
}

double Distribution::fromScore(double z) const {
  switch (spec_.kind) {
    case DistributionKind::Normal:
      return spec_.mean + spec_.sd * z;
    case DistributionKind::Lognormal:
      return detmath::exp(logMu_ + logSigma_ * z);
    case DistributionKind::Uniform:
      return spec_.min + (spec_.max - spec_.min) * normalCdf(z);
    case DistributionKind::Triangular: {
      // Inverse of the triangular CDF; the upper branch uses the complement directly.
      const NormalTails u = normalTails(z);
      const double width = spec_.max - spec_.min;
      if (u.lower < modeCdf_)
        return spec_.min + std::sqrt(u.lower * width * (spec_.mode - spec_.min));
      return spec_.max - std::sqrt(u.upper * width * (spec_.max - spec_.mode));
    }
    case DistributionKind::Pert:
      return pertFromScore(z);
    case DistributionKind::Discrete: {
      const double u = normalCdf(z);
      for (std::size_t i = 0; i < cumulative_.size(); ++i)
        if (u <= cumulative_[i]) return spec_.outcomes[i].value;
      return spec_.outcomes.back().value;
    }
  }
  return 0;
}

}  // namespace valor
