#pragma once
// QtTest checks of a computed number against a hand value: relative to the expected value, and
// absolute below 1 (an accretion or a balance that crosses 0), with both numbers to 17 digits
// when it fails.
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace valor::testing {

inline bool closeTo(double actual, double expected, double relTol = 1e-12) {
  return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

}  // namespace valor::testing

#define QCLOSE_TOL(actual, expected, tol)                          \
  QVERIFY2(::valor::testing::closeTo((actual), (expected), (tol)), \
           qPrintable(QStringLiteral("%1 = %2, expected %3")       \
                          .arg(QLatin1String(#actual))             \
                          .arg(double(actual), 0, 'g', 17)         \
                          .arg(double(expected), 0, 'g', 17)))
#define QCLOSE(actual, expected) QCLOSE_TOL(actual, expected, 1e-12)
