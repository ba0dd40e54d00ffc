#include "core/finance/rootfinding.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>

#include "core/common/require.h"

namespace valor {
namespace {

// Strictly the same sign; a zero is never "the same sign" as anything.
bool sameSign(double x, double y) {
  return (x > 0.0 && y > 0.0) || (x < 0.0 && y < 0.0);
}

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

// The three points Brent's method keeps, named as in the book: b is the best estimate so far,
// c the "contrapoint" with f(c) of the other sign (so the root lies between b and c), and a the
// previous b.
struct BrentPoints {
  double a, fa, b, fb, c, fc;
};

// The interpolated step from b, or nothing when Brent's safeguard rejects it and the caller must
// bisect. It interpolates x as a function of y: the secant through a and b when only two distinct
// points exist (a == c), inverse quadratic interpolation through a, b, c otherwise. The step is
// kept as the fraction p / q until accepted, to avoid a division that might overflow.
std::optional<double> interpolatedStep(const BrentPoints& pts, double midpointStep,
                                       double tolerance, double stepBeforeLast) {
  double p = 0.0;
  double q = 0.0;
  const double s = pts.fb / pts.fa;
  if (pts.a == pts.c) {
    p = 2.0 * midpointStep * s;
    q = 1.0 - s;
  } else {
    const double ratioAC = pts.fa / pts.fc;
    const double ratioBC = pts.fb / pts.fc;
    p = s *
        (2.0 * midpointStep * ratioAC * (ratioAC - ratioBC) - (pts.b - pts.a) * (ratioBC - 1.0));
    q = (ratioAC - 1.0) * (ratioBC - 1.0) * (s - 1.0);
  }
  if (p > 0.0)
    q = -q;
  else
    p = -p;
  // The safeguard: accept the step only if it stays within three quarters of the way to c and
  // is smaller than half the step before last. This bounds the number of evaluations by a small
  // multiple of bisection's.
  if (2.0 * p <
      std::min(3.0 * midpointStep * q - std::abs(tolerance * q), std::abs(stepBeforeLast * q)))
    return p / q;
  return std::nullopt;
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

  BrentPoints pts{lo, f(lo), hi, f(hi), 0.0, 0.0};
  if (!std::isfinite(pts.fa) || !std::isfinite(pts.fb)) return failure(rootfailure::kNonFinite, 0);
  if (pts.fa == 0.0) return success(pts.a, 0, 0.0);
  if (pts.fb == 0.0) return success(pts.b, 0, 0.0);
  if (sameSign(pts.fa, pts.fb)) return failure(rootfailure::kNotBracketed, 0);

  pts.c = pts.a;
  pts.fc = pts.fa;
  double step = pts.b - pts.a;   // d in the book: the step just taken
  double stepBeforeLast = step;  // e: the one before; interpolation must beat half of it
  constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

  for (int iterations = 0;;) {
    if (sameSign(pts.fb, pts.fc)) {  // the last step crossed the root: a is the new contrapoint
      pts.c = pts.a;
      pts.fc = pts.fa;
      step = stepBeforeLast = pts.b - pts.a;
    }
    if (std::abs(pts.fc) < std::abs(pts.fb)) {  // keep b the end with the smaller |f|
      pts = {pts.b, pts.fb, pts.c, pts.fc, pts.b, pts.fb};
    }

    const double tolerance = 2.0 * kEpsilon * std::abs(pts.b) + 0.5 * options.xTolerance;
    const double midpointStep = 0.5 * (pts.c - pts.b);
    if (std::abs(midpointStep) <= tolerance || pts.fb == 0.0)
      return success(pts.b, iterations, pts.fb);
    if (iterations >= options.maxIterations)
      return failure(rootfailure::kMaxIterations, iterations, pts.fb);

    std::optional<double> interpolated;
    if (std::abs(stepBeforeLast) >= tolerance && std::abs(pts.fa) > std::abs(pts.fb))
      interpolated = interpolatedStep(pts, midpointStep, tolerance, stepBeforeLast);
    if (interpolated) {
      stepBeforeLast = step;
      step = *interpolated;
    } else {
      step = stepBeforeLast = midpointStep;
    }

    pts.a = pts.b;
    pts.fa = pts.fb;
    // Never step by less than the tolerance, so the bracket always shrinks.
    pts.b += std::abs(step) > tolerance ? step : std::copysign(tolerance, midpointStep);
    pts.fb = f(pts.b);
    ++iterations;
    if (!std::isfinite(pts.fb)) return failure(rootfailure::kNonFinite, iterations);
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
