#include "finance/rootfinding.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>

#include "common/require.h"

namespace valor {
namespace {

// Strictly the same sign; a zero is never "the same sign" as anything.
bool sameSign(double x, double y) { return (x > 0.0 && y > 0.0) || (x < 0.0 && y < 0.0); }

RootSearch failure(std::string_view code, int iterations, double residual = 0.0) {
  RootSearch out;
  out.failure = std::string(code);
  out.iterations = iterations;
  out.residual = residual;
  return out;
}

RootSearch success(double root, int iterations, double residual) {
  RootSearch out;
  out.root = root;
  out.iterations = iterations;
  out.residual = residual;
  return out;
}

}  // namespace

RootSearch brent(const std::function<double(double)>& f, double lo, double hi,
                 BrentOptions options) {
  VALOR_REQUIRE(std::isfinite(options.xTolerance) && options.xTolerance > 0.0,
                "BrentOptions::xTolerance must be positive and finite, got " +
                    std::to_string(options.xTolerance));
  VALOR_REQUIRE(options.maxIterations >= 1, "BrentOptions::maxIterations must be at least 1, got " +
                                                std::to_string(options.maxIterations));

  if (!std::isfinite(lo) || !std::isfinite(hi)) return failure(rootfailure::kNonFinite, 0);

  // Names follow Brent's book: b is the best estimate so far, c the "contrapoint" with f(c) of
  // the other sign (so the root is between b and c), a the previous b.
  double a = lo;
  double fa = f(a);
  double b = hi;
  double fb = f(b);
  if (!std::isfinite(fa) || !std::isfinite(fb)) return failure(rootfailure::kNonFinite, 0);
  if (fa == 0.0) return success(a, 0, 0.0);
  if (fb == 0.0) return success(b, 0, 0.0);
  if (sameSign(fa, fb)) return failure(rootfailure::kNotBracketed, 0);

  double c = a;
  double fc = fa;
  double step = b - a;          // d: the step just taken
  double stepBeforeLast = step;  // e: the one before; interpolation must beat half of it
  constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

  for (int iterations = 0;;) {
    if (sameSign(fb, fc)) {  // the last step crossed the root: a is the new contrapoint
      c = a;
      fc = fa;
      step = stepBeforeLast = b - a;
    }
    if (std::abs(fc) < std::abs(fb)) {  // keep b the end with the smaller |f|
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }

    const double tolerance = 2.0 * kEpsilon * std::abs(b) + 0.5 * options.xTolerance;
    const double midpointStep = 0.5 * (c - b);
    if (std::abs(midpointStep) <= tolerance || fb == 0.0) return success(b, iterations, fb);
    if (iterations >= options.maxIterations)
      return failure(rootfailure::kMaxIterations, iterations, fb);

    bool bisect = true;
    if (std::abs(stepBeforeLast) >= tolerance && std::abs(fa) > std::abs(fb)) {
      // Interpolate x as a function of y through the known points: the secant when only two
      // distinct points exist (a == c), inverse quadratic interpolation otherwise. The step is
      // kept as the fraction p / q to avoid a division that might overflow.
      double p = 0.0;
      double q = 0.0;
      const double s = fb / fa;
      if (a == c) {
        p = 2.0 * midpointStep * s;
        q = 1.0 - s;
      } else {
        const double ratioAC = fa / fc;
        const double ratioBC = fb / fc;
        p = s * (2.0 * midpointStep * ratioAC * (ratioAC - ratioBC) - (b - a) * (ratioBC - 1.0));
        q = (ratioAC - 1.0) * (ratioBC - 1.0) * (s - 1.0);
      }
      if (p > 0.0)
        q = -q;
      else
        p = -p;
      // Brent's safeguard: accept the interpolated step only if it stays within three quarters
      // of the way to c and is smaller than half the step before last; this bounds the number
      // of evaluations by a small multiple of bisection's.
      if (2.0 * p < std::min(3.0 * midpointStep * q - std::abs(tolerance * q),
                             std::abs(stepBeforeLast * q))) {
        stepBeforeLast = step;
        step = p / q;
        bisect = false;
      }
    }
    if (bisect) step = stepBeforeLast = midpointStep;

    a = b;
    fa = fb;
    // Never step by less than the tolerance, so the bracket always shrinks.
    b += std::abs(step) > tolerance ? step : std::copysign(tolerance, midpointStep);
    fb = f(b);
    ++iterations;
    if (!std::isfinite(fb)) return failure(rootfailure::kNonFinite, iterations);
  }
}

std::vector<double> findAllRoots(const std::function<double(double)>& f, double lo, double hi,
                                 int gridPoints, BrentOptions options) {
  VALOR_REQUIRE(std::isfinite(lo) && std::isfinite(hi),
                "findAllRoots needs a finite interval, got [" + std::to_string(lo) + ", " +
                    std::to_string(hi) + "]");
  VALOR_REQUIRE(gridPoints >= 2,
                "findAllRoots needs at least 2 grid points, got " + std::to_string(gridPoints));
  if (lo > hi) std::swap(lo, hi);

  const auto count = static_cast<std::size_t>(gridPoints);
  std::vector<double> xs(count);
  std::vector<double> fs(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Computed from the index (not by accumulating a step) so there is no drift, and the last
    // point is exactly hi.
    const double fraction = static_cast<double>(i) / static_cast<double>(count - 1);
    xs[i] = i + 1 == count ? hi : lo + (hi - lo) * fraction;
    fs[i] = f(xs[i]);
  }

  std::vector<double> roots;
  for (std::size_t i = 0; i < count; ++i) {
    if (!std::isfinite(fs[i])) continue;
    if (fs[i] == 0.0) {
      roots.push_back(xs[i]);
      continue;
    }
    if (i + 1 < count && std::isfinite(fs[i + 1]) && fs[i + 1] != 0.0 &&
        !sameSign(fs[i], fs[i + 1])) {
      const RootSearch search = brent(f, xs[i], xs[i + 1], options);
      if (search.root) roots.push_back(*search.root);
    }
  }
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  return roots;
}

}  // namespace valor
