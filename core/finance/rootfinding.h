#pragma once
// One-dimensional root finding shared by the IRR family and, later, goal seek.
//
// brent() is Brent's method (R. P. Brent, "Algorithms for Minimization without Derivatives",
// 1973, ch. 4; the same algorithm as Numerical Recipes' zbrent): it keeps a bracket [b, c] with
// f(b) and f(c) of opposite signs and tries inverse quadratic interpolation or the secant step,
// falling back to bisection whenever the interpolated step would not shrink the bracket fast
// enough. So it is as safe as bisection (it always converges on a continuous function with a
// sign change) and usually superlinear. It never returns NaN and never throws for bad data:
// problems are reported through RootSearch::failure.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace valor {

// Machine-readable RootSearch::failure codes.
namespace rootfailure {
inline constexpr std::string_view kNotBracketed = "not_bracketed";    // f(lo), f(hi) same sign
inline constexpr std::string_view kNonFinite = "non_finite";          // a bound or f(x) not finite
inline constexpr std::string_view kMaxIterations = "max_iterations";  // budget spent first
}  // namespace rootfailure

struct BrentOptions {
  // Absolute tolerance on x. Brent's stopping test is |c − b| / 2 <= 2·eps·|b| + xTolerance / 2,
  // so a tolerance below the spacing of doubles near the root means "to full precision".
  double xTolerance = 1e-12;
  int maxIterations = 200;  // function evaluations after the two end points
};

struct RootSearch {
  std::optional<double> root;  // set only on success
  int iterations = 0;          // function evaluations after f(lo) and f(hi)
  // f at the returned root; on "max_iterations", f at the best estimate reached; else 0.
  double residual = 0.0;
  std::string failure;  // empty on success, else one of the rootfailure codes

  [[nodiscard]] bool ok() const { return root.has_value(); }
};

// Finds x in [lo, hi] (either order) with f(x) = 0. Requires f(lo) and f(hi) of opposite signs,
// or one of them exactly zero (that end point is then returned without iterating).
// Preconditions (programmer errors, checked with VALOR_REQUIRE): xTolerance > 0 and finite,
// maxIterations >= 1.
RootSearch brent(const std::function<double(double)>& f, double lo, double hi,
                 BrentOptions options = {});

// Every root of f in [lo, hi] that a uniform scan of gridPoints points (both ends included)
// can see: each grid point where f is exactly zero, and each grid cell whose end values have
// opposite signs, refined with brent(). Returned sorted ascending and distinct.
// Limits, inherent to any sign-change scan: two roots inside one cell cancel out, a root where f
// touches zero without crossing it (even multiplicity) is missed, and cells next to a non-finite
// f value are skipped. A discontinuity where f jumps across zero is reported like a root.
// Preconditions: lo and hi finite, gridPoints >= 2 (VALOR_REQUIRE).
std::vector<double> findAllRoots(const std::function<double(double)>& f, double lo, double hi,
                                 int gridPoints, BrentOptions options = {});

}  // namespace valor
