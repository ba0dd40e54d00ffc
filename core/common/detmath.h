#pragma once
// Deterministic elementary functions. The platform's libm may round exp/log/pow differently
// (glibc, Apple's libm and MSVC's CRT disagree in the last bits), which would make a seeded
// simulation differ between machines. These are built from IEEE-754 basic operations only
// (+ − × ÷, exact scaling by powers of two), evaluated in a fixed order, so every conforming
// platform gives the same bits. Accuracy: within about 2 ulp of the true value.
// The project builds with floating-point contraction off (no fused multiply-add), which this
// relies on.

namespace valor::detmath {

// e^x; +inf above ~709.78, 0 below ~-745.1, NaN for NaN.
double exp(double x);
// Natural logarithm; -inf at 0, NaN below 0 or for NaN, +inf at +inf.
double log(double x);
// base^exponent for base > 0 (exp(exponent · log(base))).
double pow(double base, double exponent);

}  // namespace valor::detmath
