#include "core/analytics/normal.h"

#include <cmath>
#include <limits>

#include "core/common/detmath.h"

namespace valor {
namespace {

constexpr double kSqrt2Pi = 2.5066282746310002;

// P(Z > x) for x >= 0; `gaussian`, when given, receives e^(−x²/2).
double upperTail(double x, double* gaussian = nullptr) {
  if (x > 37) {
    if (gaussian) *gaussian = 0;
    return 0.0;
  }
  const double e = detmath::exp(-x * x / 2);
  if (gaussian) *gaussian = e;
  // Hart's rational function is accurate to about 1e-15 absolute, but its relative error grows
  // past 1e-13 beyond x = 3.5 (3e-9 at x = 7); from there Laplace's continued fraction.
  if (x < 3.5) {
    double n = 3.52624965998911e-02 * x + 0.700383064443688;
    n = n * x + 6.37396220353165;
    n = n * x + 33.912866078383;
    n = n * x + 112.079291497871;
    n = n * x + 221.213596169931;
    n = n * x + 220.206867912376;
    double d = 8.83883476483184e-02 * x + 1.75566716318264;
    d = d * x + 16.064177579207;
    d = d * x + 86.7807322029461;
    d = d * x + 296.564248779674;
    d = d * x + 637.333633378831;
    d = d * x + 793.826512519948;
    d = d * x + 440.413735824752;
    return e * n / d;
  }
  // Laplace's continued fraction for the Mills ratio, 1/(x + 1/(x + 2/(x + 3/(x + ...)))),
  // evaluated from the bottom: forty terms are converged to rounding for every x >= 3.5 (Hart's
  // five terms for x >= 7.07 left a relative error up to 9e-9).
  double b = x;
  for (int k = 40; k >= 1; --k) b = x + k / b;
  return e / b / kSqrt2Pi;
}

// Acklam's approximation of Φ⁻¹(p) for p in (0, 0.5].
double acklamLower(double p) {
  constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                          1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                          6.680131188771972e+01, -1.328068155288572e+01};
  constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                          -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                          3.754408661907416e+00};
  constexpr double kLow = 0.02425;
  if (p < kLow) {
    const double q = std::sqrt(-2 * detmath::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

}  // namespace

NormalTails normalTails(double z) {
  if (std::isnan(z)) return {z, z};
  if (z >= 0) {
    const double upper = upperTail(z);
    return {1 - upper, upper};
  }
  const double lower = upperTail(-z);
  return {lower, 1 - lower};
}

double normalPdf(double z) {
  return detmath::exp(-z * z / 2) / kSqrt2Pi;
}

double normalQuantile(double p) {
  if (!(p > 0 && p < 1)) {
    if (p == 0) return -std::numeric_limits<double>::infinity();
    if (p == 1) return std::numeric_limits<double>::infinity();
    return std::numeric_limits<double>::quiet_NaN();
  }
  // Work in the lower half, where p is exact; 1 − p is exact for p >= 0.5 (Sterbenz).
  const bool upper = p > 0.5;
  const double q = upper ? 1 - p : p;
  double x = acklamLower(q);
  // One Halley step on Φ(x) − q (Acklam's refinement).
  // u = (Φ(x) − q)/φ(x), with φ(x) from the e^(−x²/2) that Φ computed anyway.
  double gaussian = 0;
  const double e = upperTail(-x, &gaussian) - q;
  const double u = e * kSqrt2Pi / gaussian;
  x = x - u / (1 + x * u / 2);
  return upper ? -x : x;
}

}  // namespace valor
