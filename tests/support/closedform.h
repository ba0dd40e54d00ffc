#pragma once
// Reference values the option and credit tests compute themselves, independently of the engines
// (the C library's erfc and exp, not the program's deterministic functions), and the checks
// against figures published to a number of decimals.
#include <QByteArray>

#include <cmath>
#include <optional>

#include "core/models/evaluation.h"

namespace valor::testing {

// Φ(x) = erfc(−x/√2) / 2.
inline double normalCdfByErfc(double x) {
  return std::erfc(-x / std::sqrt(2.0)) / 2;
}

// Black–Scholes–Merton with a continuous yield (Hull ch. 17), written out afresh.
inline double blackScholesByHand(bool call, double s, double k, double t, double sigma, double r,
                                 double q = 0) {
  const double d1 = (std::log(s / k) + (r - q + sigma * sigma / 2) * t) / (sigma * std::sqrt(t));
  const double d2 = d1 - sigma * std::sqrt(t);
  return call ? s * std::exp(-q * t) * normalCdfByErfc(d1) -
                    k * std::exp(-r * t) * normalCdfByErfc(d2)
              : k * std::exp(-r * t) * normalCdfByErfc(-d2) -
                    s * std::exp(-q * t) * normalCdfByErfc(-d1);
}

// Within half a unit of the last published digit: |x − published| ≤ 0.5·10^(−decimals).
inline bool agreesWithPublished(double x, double value, int decimals) {
  return std::fabs(x - value) <= 0.5 * std::pow(10.0, -decimals) + 1e-12;
}

// "got vs want" to 17 digits, for a failing check's message.
inline QByteArray gotVersusWant(double got, double want) {
  return QByteArray::number(got, 'g', 17) + " vs " + QByteArray::number(want, 'g', 17);
}

// A named output of an evaluation (the test stops when the kind has no such output).
inline std::optional<double> outputValue(const Evaluation& e, const char* key) {
  const NamedOutput* o = e.output(key);
  if (!o) qFatal("no output %s", key);
  return o->value;
}

}  // namespace valor::testing

#define VERIFY_PUBLISHED(x, value, decimals)                              \
  QVERIFY2(valor::testing::agreesWithPublished((x), (value), (decimals)), \
           valor::testing::gotVersusWant((x), (value)).constData())
