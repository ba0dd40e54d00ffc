#include "common/detmath.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace valor::detmath {
namespace {

// ln 2 split so that k·kLn2Hi is exact for |k| < 2^11 (Cody and Waite's range reduction).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;

// 2^e for a normal exponent, built from its IEEE-754 bits (no libm call on the hot path).
double powerOfTwo(int e) {
  return std::bit_cast<double>(static_cast<std::uint64_t>(e + 1023) << 52);
}

}  // namespace

double exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
  if (x < -745.1332191019412) return 0.0;
  // x = k·ln2 + r with |r| <= ln2/2; e^x = 2^k · e^r.
  const double k = std::nearbyint(x * kInvLn2);
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  // Taylor series of e^r to r^14/14! (|r| <= 0.347: the next term is below 1e-17), by Horner.
  double p = 1.0 / 87178291200.0;  // 1/14!
  constexpr double kInvFactorial[] = {1.0 / 6227020800.0,
                                      1.0 / 479001600.0,
                                      1.0 / 39916800.0,
                                      1.0 / 3628800.0,
                                      1.0 / 362880.0,
                                      1.0 / 40320.0,
                                      1.0 / 5040.0,
                                      1.0 / 720.0,
                                      1.0 / 120.0,
                                      1.0 / 24.0,
                                      1.0 / 6.0,
                                      0.5,
                                      1.0,
                                      1.0};
  for (const double c : kInvFactorial) p = p * r + c;
  const int e = static_cast<int>(k);
  if (e > -1022 && e < 1024) return p * powerOfTwo(e);  // exact: a normal power of two
  return std::ldexp(p, e);
}

double log(double x) {
  if (std::isnan(x) || x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (std::isinf(x)) return x;
  // x = m·2^e with m in [sqrt(1/2), sqrt(2)); frexp and ldexp are exact.
  int e = 0;
  double m = std::frexp(x, &e);  // m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2;
    --e;
  }
  // log(m) = 2·atanh(f) = 2(f + f³/3 + f⁵/5 + ...), f = (m − 1)/(m + 1), |f| <= 0.1716:
  // twelve terms leave an error below 1e-18.
  const double f = (m - 1) / (m + 1);
  const double f2 = f * f;
  double s = 1.0 / 25.0;
  for (int n = 11; n >= 0; --n) s = s * f2 + 1.0 / (2 * n + 1);
  const double logM = 2 * f * s;
  const double ed = static_cast<double>(e);
  return ed * kLn2Hi + (logM + ed * kLn2Lo);
}

double pow(double base, double exponent) {
  if (exponent == 0) return 1.0;
  if (base == 1) return 1.0;
  return exp(exponent * log(base));
}

}  // namespace valor::detmath
