// The randomness under Monte Carlo: the Philox4x32-10 generator against the published
// known-answer vectors, the open-interval uniforms made from its bits, the deterministic
// exp/log/pow against the platform's libm, and the standard normal CDF and quantile against
// std::erfc and published quantiles. Every expected value is either quoted from its source or
// computed by an independent route (std::), with an explicit tolerance.
#include <QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/analytics/normal.h"
#include "core/analytics/philox.h"
#include "core/common/detmath.h"

using namespace valor;

Q_DECLARE_METATYPE(valor::PhiloxCounter)
Q_DECLARE_METATYPE(valor::PhiloxKey)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Distance in units in the last place between two finite doubles of the same sign.
std::uint64_t ulpDistance(double a, double b) {
  if (a == b) return 0;
  auto key = [](double x) {
    // Maps doubles onto a monotone integer line (negative numbers mirrored below zero).
    const auto bits = std::bit_cast<std::int64_t>(x);
    return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
  };
  const std::int64_t ka = key(a), kb = key(b);
  return ka > kb ? static_cast<std::uint64_t>(ka - kb) : static_cast<std::uint64_t>(kb - ka);
}

QByteArray hex(const PhiloxCounter& c) {
  QByteArray text;
  for (const std::uint32_t w : c) text += QByteArray::number(w, 16).rightJustified(8, '0') + ' ';
  return text.trimmed();
}

// 0.5·erfc(−z/√2) = Φ(z); for z < 0 the argument is positive and erfc keeps full relative
// precision in the tail.
double referenceCdf(double z) {
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

}  // namespace

class TestRandomness : public QObject {
  Q_OBJECT

 private slots:
  // --- Philox4x32-10 -----------------------------------------------------------------------

  void philoxKnownAnswers_data() {
    QTest::addColumn<PhiloxCounter>("counter");
    QTest::addColumn<PhiloxKey>("key");
    QTest::addColumn<PhiloxCounter>("expected");
    // Random123 1.14, examples/kat_vectors, lines "philox4x32 10 ...":
    //   counter[4] key[2] -> out[4], all hex.
    QTest::newRow("zeros") << PhiloxCounter{0, 0, 0, 0} << PhiloxKey{0, 0}
                           << PhiloxCounter{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8};
    QTest::newRow("all ones") << PhiloxCounter{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}
                              << PhiloxKey{0xffffffff, 0xffffffff}
                              << PhiloxCounter{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd};
    QTest::newRow("pi digits") << PhiloxCounter{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}
                               << PhiloxKey{0xa4093822, 0x299f31d0}
                               << PhiloxCounter{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1};
  }
  void philoxKnownAnswers() {
    QFETCH(PhiloxCounter, counter);
    QFETCH(PhiloxKey, key);
    QFETCH(PhiloxCounter, expected);
    const PhiloxCounter out = philox4x32(counter, key);
    QVERIFY2(out == expected, "counter " + hex(counter) + ", key " +
                                  hex({key[0], key[1], 0, 0}).left(17) + ": got " + hex(out) +
                                  ", expected " + hex(expected));
  }

  void uniformFromBitsStaysInsideTheOpenInterval_data() {
    QTest::addColumn<std::uint32_t>("high");
    QTest::addColumn<std::uint32_t>("low");
    QTest::newRow("all zero bits") << std::uint32_t{0} << std::uint32_t{0};
    QTest::newRow("all one bits") << std::uint32_t{0xffffffff} << std::uint32_t{0xffffffff};
    QTest::newRow("top bit only") << std::uint32_t{0x80000000} << std::uint32_t{0};
    QTest::newRow("all but the dropped low bits")
        << std::uint32_t{0xffffffff} << std::uint32_t{0xfffff800};
    QTest::newRow("only the dropped low bits") << std::uint32_t{0} << std::uint32_t{0x7ff};
  }
  void uniformFromBitsStaysInsideTheOpenInterval() {
    QFETCH(std::uint32_t, high);
    QFETCH(std::uint32_t, low);
    const double u = uniformFromBits(high, low);
    QVERIFY2(u > 0 && u < 1, qPrintable(QStringLiteral("uniformFromBits(%1, %2) = %3")
                                            .arg(high, 8, 16, QLatin1Char('0'))
                                            .arg(low, 8, 16, QLatin1Char('0'))
                                            .arg(u, 0, 'g', 17)));
    // Its normal score is finite, so no draw becomes ±inf.
    QVERIFY(std::isfinite(normalQuantile(u)));
  }

  void uniformFromBitsExtremes() {
    // 53 bits k = 0: (0 + 1/2)·2^-53 = 2^-54, exactly.
    QCOMPARE(uniformFromBits(0, 0), 0x1p-54);
    // The largest uniform is the largest double below 1, 1 − 2^-53 (k + 1/2 = 2^53 − 1/2
    // cannot be held in 53 bits, so the top value is 1 − 2^-53 rather than 1 − 2^-54).
    QCOMPARE(uniformFromBits(0xffffffff, 0xffffffff), 1 - 0x1p-53);
    // The 11 low bits of `low` are not used.
    QCOMPARE(uniformFromBits(0x12345678, 0x9abcd000), uniformFromBits(0x12345678, 0x9abcd7ff));
    // Middle: k = 2^52 → (2^52 + 1/2)·2^-53 = 1/2 + 2^-54, which rounds to 1/2 (ties to even).
    QCOMPARE(uniformFromBits(0x80000000, 0), 0.5);
  }

  void pathUniformsFollowTheCounterLayout() {
    // Draw d of path n under seed s is from block d/2 of counter (d/2, 0, n_low, n_high)
    // under key (s_low, s_high): check it against philox4x32 called directly.
    const std::uint64_t seed = 0x0123456789abcdefULL;
    const std::uint64_t path = 0x00000002fedcba98ULL;
    std::vector<double> u(5);
    PathUniforms(seed, path).fill(u.data(), u.size());
    const PhiloxKey key{0x89abcdef, 0x01234567};
    for (std::uint32_t block = 0; block < 3; ++block) {
      const PhiloxCounter r = philox4x32({block, 0, 0xfedcba98, 0x00000002}, key);
      QCOMPARE(u[2 * block], uniformFromBits(r[0], r[1]));
      if (2 * block + 1 < u.size()) QCOMPARE(u[2 * block + 1], uniformFromBits(r[2], r[3]));
    }
    // A path's first draws do not depend on how many are asked for.
    std::vector<double> two(2);
    PathUniforms(seed, path).fill(two.data(), two.size());
    QCOMPARE(two[0], u[0]);
    QCOMPARE(two[1], u[1]);
    // Other paths and other seeds differ.
    std::vector<double> other(1);
    PathUniforms(seed, path + 1).fill(other.data(), 1);
    QVERIFY(other[0] != u[0]);
    PathUniforms(seed + 1, path).fill(other.data(), 1);
    QVERIFY(other[0] != u[0]);
  }

  // --- Deterministic elementary functions ---------------------------------------------------

  void expAgreesWithLibm() {
    // 4 ulp of agreement with glibc's exp (itself within 1 ulp) over [−700, 700], plus small
    // arguments where the series dominates.
    std::uint64_t worst = 0;
    double worstX = 0;
    auto check = [&](double x) {
      const std::uint64_t d = ulpDistance(detmath::exp(x), std::exp(x));
      if (d > worst) {
        worst = d;
        worstX = x;
      }
    };
    constexpr int kSteps = 400000;
    for (int i = 0; i <= kSteps; ++i) check(-700.0 + 1400.0 * i / kSteps);
    for (int i = -2000; i <= 2000; ++i) check(i * 1e-6);
    for (double x : {1e-300, -1e-300, 1e-20, 0.5 * 0.6931471805599453, 709.78, -745.0}) check(x);
    QVERIFY2(
        worst <= 4,
        qPrintable(
            QStringLiteral("exp(%1): %2 ulp from std::exp").arg(worstX, 0, 'g', 17).arg(worst)));
    QCOMPARE(detmath::exp(0.0), 1.0);
  }

  void logAgreesWithLibm() {
    // 4 ulp from glibc's log on 1e-300 .. 1e300 (log-spaced), and densely around 1 where the
    // result is small. Relative error stays below 1e-15 there too.
    std::uint64_t worst = 0;
    double worstX = 0, worstRelative = 0;
    auto check = [&](double x) {
      const double ours = detmath::log(x), ref = std::log(x);
      const std::uint64_t d = ulpDistance(ours, ref);
      if (d > worst) {
        worst = d;
        worstX = x;
      }
      if (ref != 0) worstRelative = std::max(worstRelative, std::fabs(ours - ref) / std::fabs(ref));
    };
    constexpr int kSteps = 400000;
    for (int i = 0; i <= kSteps; ++i) check(std::pow(10.0, -300.0 + 600.0 * i / kSteps));
    for (int i = -20000; i <= 20000; ++i) check(1.0 + i * 1e-5);
    for (double x : {5e-324, 2.2250738585072014e-308, 0.7071067811865476, 1.4142135623730951,
                     std::numeric_limits<double>::max()})
      check(x);
    QVERIFY2(
        worst <= 4,
        qPrintable(
            QStringLiteral("log(%1): %2 ulp from std::log").arg(worstX, 0, 'g', 17).arg(worst)));
    QVERIFY2(worstRelative <= 1e-15, qPrintable(QString::number(worstRelative, 'g', 6)));
    QCOMPARE(detmath::log(1.0), 0.0);
  }

  void powAgreesWithLibm() {
    // pow(b, y) = exp(y·log b): an error of δ in log b becomes y·δ in the exponent, so the
    // attainable accuracy is about (1 + |y·ln b|)·ε relative. Allowed: 4·(1 + |y·ln b|) ulp.
    // The sweep covers what the engine uses: discount factors (1 + r)^−t and Beta densities.
    double worstRatio = 0;
    QString worstCase;
    for (int bi = 0; bi <= 400; ++bi) {
      const double base = 0.01 + 3.99 * bi / 400;
      for (int yi = 0; yi <= 400; ++yi) {
        const double y = -40.0 + 80.0 * yi / 400;
        const double ours = detmath::pow(base, y), ref = std::pow(base, y);
        const double allowed = 4 * (1 + std::fabs(y * std::log(base)));
        const double ratio = static_cast<double>(ulpDistance(ours, ref)) / allowed;
        if (ratio > worstRatio) {
          worstRatio = ratio;
          worstCase = QStringLiteral("pow(%1, %2) = %3, std::pow %4")
                          .arg(base, 0, 'g', 17)
                          .arg(y, 0, 'g', 17)
                          .arg(ours, 0, 'g', 17)
                          .arg(ref, 0, 'g', 17);
        }
      }
    }
    QVERIFY2(worstRatio <= 1, qPrintable(worstCase));
    // Exact cases: anything to the power 0, and 1 to any power.
    QCOMPARE(detmath::pow(7.5, 0.0), 1.0);
    QCOMPARE(detmath::pow(1.0, 123.456), 1.0);
    // 1.1^2 = 1.21 and 2^10 = 1024 within the bound above (a few ulp).
    QVERIFY(ulpDistance(detmath::pow(1.1, 2.0), 1.1 * 1.1) <= 8);
    QVERIFY(ulpDistance(detmath::pow(2.0, 10.0), 1024.0) <= 32);
  }

  void specialValues() {
    QCOMPARE(detmath::log(0.0), -kInf);
    QCOMPARE(detmath::log(-0.0), -kInf);
    QVERIFY(std::isnan(detmath::log(-1.0)));
    QVERIFY(std::isnan(detmath::log(-kInf)));
    QVERIFY(std::isnan(detmath::log(std::nan(""))));
    QCOMPARE(detmath::log(kInf), kInf);
    QCOMPARE(detmath::exp(-1000.0), 0.0);
    QCOMPARE(detmath::exp(-kInf), 0.0);
    QCOMPARE(detmath::exp(1000.0), kInf);
    QCOMPARE(detmath::exp(kInf), kInf);
    QVERIFY(std::isnan(detmath::exp(std::nan(""))));
    // The largest finite exp: e^709.78 ≈ 1.7928e308, still finite; e^709.79 overflows.
    QVERIFY(std::isfinite(detmath::exp(709.78)));
    QCOMPARE(detmath::exp(709.79), kInf);
  }

  // --- The standard normal -----------------------------------------------------------------

  void cdfAgreesWithErfc() {
    // Absolute 1e-14 on [−8, 8] in steps of 1e-4.
    double worst = 0, worstZ = 0;
    for (int i = -80000; i <= 80000; ++i) {
      const double z = i * 1e-4;
      const double error = std::fabs(normalCdf(z) - referenceCdf(z));
      if (error > worst) {
        worst = error;
        worstZ = z;
      }
    }
    QVERIFY2(worst <= 1e-14, qPrintable(QStringLiteral("|Φ(%1) − 0.5·erfc(−z/√2)| = %2")
                                            .arg(worstZ, 0, 'g', 17)
                                            .arg(worst, 0, 'g', 6)));
    QCOMPARE(normalCdf(0.0), 0.5);
  }

  void cdfLowerTailIsRelativelyAccurate() {
    // Relative 1e-12 for z from 0 down to −30 (Φ(−30) ≈ 4.9e-198), and the complement (upper
    // tail) likewise, since normalTails computes it directly. The reference itself is good to
    // about z²·ε ≈ 1e-13 at z = −30 (the rounding of z/√2 is amplified by erfc's slope).
    double worst = 0, worstZ = 0;
    for (int i = 0; i <= 30000; ++i) {
      const double z = -i * 1e-3;
      const double ref = referenceCdf(z);
      const NormalTails t = normalTails(z);
      const NormalTails mirrored = normalTails(-z);
      for (const double got : {t.lower, mirrored.upper}) {
        const double error = std::fabs(got - ref) / ref;
        if (error > worst) {
          worst = error;
          worstZ = z;
        }
      }
    }
    QVERIFY2(worst <= 1e-12, qPrintable(QStringLiteral("relative error %1 at z = %2")
                                            .arg(worst, 0, 'g', 6)
                                            .arg(worstZ, 0, 'g', 17)));
    // Far out the tails underflow to 0 cleanly, not to NaN.
    QCOMPARE(normalCdf(-40.0), 0.0);
    QCOMPARE(normalCdf(40.0), 1.0);
    QVERIFY(std::isnan(normalCdf(std::nan(""))));
  }

  void pdf() {
    // φ(0) = 1/√(2π); φ(1) = e^−½/√(2π).
    const double root2Pi = std::sqrt(2 * 3.14159265358979323846);
    QVERIFY(std::fabs(normalPdf(0.0) - 1 / root2Pi) <= 1e-16);
    QVERIFY(std::fabs(normalPdf(1.0) - std::exp(-0.5) / root2Pi) <= 1e-16);
    QCOMPARE(normalPdf(-1.5), normalPdf(1.5));
  }

  void publishedQuantiles_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // Standard normal tables (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.1; Abramowitz and
    // Stegun 26.2), quoted to 16 digits.
    QTest::newRow("0.975") << 0.975 << 1.959963984540054;
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.001") << 0.001 << -3.090232306167814;
    QTest::newRow("0.025") << 0.025 << -1.959963984540054;
    QTest::newRow("0.95") << 0.95 << 1.644853626951472;
    QTest::newRow("0.999") << 0.999 << 3.090232306167814;
    // Tail values, as given by √2·erfinv(2p − 1) at 30 digits (mpmath):
    // −4.75342430882289894819 and −5.99780701500768687156.
    QTest::newRow("1e-6") << 1e-6 << -4.753424308822899;
    QTest::newRow("1e-9") << 1e-9 << -5.997807015007687;
  }
  void publishedQuantiles() {
    QFETCH(double, p);
    QFETCH(double, expected);
    const double x = normalQuantile(p);
    QVERIFY2(std::fabs(x - expected) <= 1e-13,
             qPrintable(QStringLiteral("normalQuantile(%1) = %2, expected %3 (tolerance 1e-13)")
                            .arg(p, 0, 'g', 17)
                            .arg(x, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
  }

  void quantileRoundTrip_data() {
    QTest::addColumn<double>("p");
    // Down to 1e-100 (x ≈ −21.3); uniforms are never below 2^-54 anyway.
    for (double p : {1e-100, 1e-15, 1e-10, 1e-6, 0.001, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9,
                     0.97575, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10, 1 - 1e-12})
      QTest::newRow(qPrintable(QString::number(p, 'g', 17))) << p;
    for (int k = 1; k < 100; k += 7)
      QTest::newRow(qPrintable(QStringLiteral("%1/100").arg(k))) << k / 100.0;
  }
  void quantileRoundTrip() {
    // Φ(Φ⁻¹(p)) = p within 1e-15 relative — or, where that is finer than the doubles near x
    // can resolve, within the change of Φ over one ulp of x, φ(x)·ulp(x). In the lower tail
    // dΦ/Φ ≈ |x|·dx, so at p = 1e-15 (x ≈ −7.94, ulp 8.9e-16) one ulp of x alone moves Φ by
    // 7e-15 relative: 1e-15 is not attainable there by any double x.
    QFETCH(double, p);
    const double x = normalQuantile(p);
    QVERIFY(std::isfinite(x));
    const double back = normalCdf(x);
    const double ulpX = std::nextafter(std::fabs(x), kInf) - std::fabs(x);
    const double resolution = normalPdf(x) * ulpX;
    const double tolerance = std::max(1e-15 * p, resolution);
    QVERIFY2(std::fabs(back - p) <= tolerance,
             qPrintable(QStringLiteral("p = %1: x = %2, Φ(x) = %3, error %4 > %5")
                            .arg(p, 0, 'g', 17)
                            .arg(x, 0, 'g', 17)
                            .arg(back, 0, 'g', 17)
                            .arg(std::fabs(back - p), 0, 'g', 6)
                            .arg(tolerance, 0, 'g', 6)));
    // And x agrees with an independent quantile: x solves 0.5·erfc(−x/√2) = p to within the
    // CDF's own relative accuracy (1e-13 in the tails, see cdfLowerTailIsRelativelyAccurate)
    // or the resolution of x.
    const double refBack = referenceCdf(x);
    QVERIFY2(std::fabs(refBack - p) <= std::max(1e-13 * p, 4 * resolution),
             qPrintable(QStringLiteral("p = %1: 0.5·erfc(−x/√2) = %2")
                            .arg(p, 0, 'g', 17)
                            .arg(refBack, 0, 'g', 17)));
  }

  void quantileIsSymmetric_data() {
    QTest::addColumn<double>("p");
    QTest::newRow("0.3") << 0.3;
    QTest::newRow("0.01") << 0.01;
    QTest::newRow("0.25 (1 − p exact)") << 0.25;
    QTest::newRow("2^-20") << 0x1p-20;
  }
  void quantileIsSymmetric() {
    QFETCH(double, p);
    // 1 − p is rounded, so the exact mirror of q = 1 − p is q' = 1 − q (exact by Sterbenz),
    // and Φ⁻¹(q) = −Φ⁻¹(q') bit for bit. When 1 − p is exact (p = 0.25, 2^-20) q' = p.
    const double q = 1 - p;
    const double mirror = 1 - q;
    QCOMPARE(normalQuantile(q), -normalQuantile(mirror));
    if (mirror == p) QCOMPARE(normalQuantile(q), -normalQuantile(p));
    // For p = 0.3 and 0.01 mirror differs from p by about one ulp of 1, which moves the
    // quantile by |mirror − p|/φ(x), plus the rounding of x itself (one ulp of x each way).
    const double x = normalQuantile(p);
    const double ulpX = std::nextafter(std::fabs(x), kInf) - std::fabs(x);
    QVERIFY2(std::fabs(normalQuantile(q) + x) <=
                 std::fabs(mirror - p) / normalPdf(x) * 1.01 + 2 * ulpX + 1e-300,
             qPrintable(QString::number(normalQuantile(q) + normalQuantile(p), 'g', 6)));
  }

  void quantileEdges() {
    QCOMPARE(normalQuantile(0.0), -kInf);
    QCOMPARE(normalQuantile(1.0), kInf);
    QVERIFY(std::isnan(normalQuantile(-0.1)));
    QVERIFY(std::isnan(normalQuantile(1.5)));
    QVERIFY(std::isnan(normalQuantile(std::nan(""))));
    // The extreme uniforms of uniformFromBits give finite scores: 2^-54 → about −8.29.
    const double lowest = normalQuantile(0x1p-54);
    QVERIFY(std::isfinite(lowest) && lowest < -8.2 && lowest > -8.4);
    // Monotone across the switch between Acklam's central and tail regions (p = 0.02425).
    double previous = normalQuantile(0.0242);
    for (int i = 1; i <= 1000; ++i) {
      const double x = normalQuantile(0.0242 + i * 1e-7);
      QVERIFY(x >= previous);
      previous = x;
    }
  }
};

QTEST_APPLESS_MAIN(TestRandomness)
#include "test_randomness.moc"
