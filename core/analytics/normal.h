#pragma once
// The standard normal distribution, computed with the deterministic elementary functions so a
// seeded simulation gives the same bits on every platform.
namespace valor {

struct NormalTails {
  double lower;  // Φ(z) = P(Z <= z)
  double upper;  // 1 − Φ(z), computed directly (no cancellation in the upper tail)
};

// Φ(z) and its complement. Hart's double-precision rational approximation (J. F. Hart et al.,
// "Computer Approximations", 1968, algorithm 5666, as given by G. West, "Better approximations
// to cumulative normal functions", Wilmott 2005) for |z| < 3.5, Laplace's continued fraction
// beyond: absolute error near 1e-15, relative error below 1e-13 in the tails.
NormalTails normalTails(double z);
inline double normalCdf(double z) {
  return normalTails(z).lower;
}
double normalPdf(double z);

// Φ⁻¹(p) for p in (0, 1): P. J. Acklam's rational approximation (relative error 1.15e-9)
// refined by one Halley step on Φ, which brings it to full double precision. Symmetric:
// quantile(1 − p) == −quantile(p) exactly.
double normalQuantile(double p);

}  // namespace valor
