// Monte Carlo input distributions: every draw is x = F⁻¹(Φ(z)) of a normal score z. Checked
// here against closed forms written out in this file (never the engine's distributionMean or
// distributionVariance, which are checked against the same formulas):
//   (a) E[X] and Var[X] as ∫ x(z)·φ(z) dz by Simpson's rule over z in [−9, 9];
//   (b) the PERT and triangular draws against their exact CDFs: F(x(z)) = Φ(z);
//   (c) bad parameters are refused with a message naming the parameter;
//   (d) sample moments of 200,000 seeded draws within 4 standard errors of the closed form.
#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

#include "core/analytics/distribution.h"
#include "core/analytics/normal.h"
#include "core/analytics/philox.h"

using namespace valor;

Q_DECLARE_METATYPE(valor::DistributionSpec)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

DistributionSpec normal(double mean, double sd) {
  DistributionSpec s;
  s.kind = DistributionKind::Normal;
  s.mean = mean;
  s.sd = sd;
  return s;
}
DistributionSpec lognormal(double mean, double sd) {
  DistributionSpec s = normal(mean, sd);
  s.kind = DistributionKind::Lognormal;
  return s;
}
DistributionSpec uniform(double min, double max) {
  DistributionSpec s;
  s.kind = DistributionKind::Uniform;
  s.min = min;
  s.max = max;
  return s;
}
DistributionSpec triangular(double min, double mode, double max) {
  DistributionSpec s = uniform(min, max);
  s.kind = DistributionKind::Triangular;
  s.mode = mode;
  return s;
}
DistributionSpec pert(double min, double mode, double max) {
  DistributionSpec s = triangular(min, mode, max);
  s.kind = DistributionKind::Pert;
  return s;
}
DistributionSpec discrete(std::vector<DiscreteOutcome> outcomes) {
  DistributionSpec s;
  s.kind = DistributionKind::Discrete;
  s.outcomes = std::move(outcomes);
  return s;
}

QString describe(const DistributionSpec& s) {
  QString text = QString::fromLatin1(distributionKindName(s.kind));
  switch (s.kind) {
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
      return text +
             QStringLiteral("(mean %1, sd %2)").arg(s.mean, 0, 'g', 17).arg(s.sd, 0, 'g', 17);
    case DistributionKind::Uniform:
      return text +
             QStringLiteral("(min %1, max %2)").arg(s.min, 0, 'g', 17).arg(s.max, 0, 'g', 17);
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
      return text + QStringLiteral("(min %1, mode %2, max %3)")
                        .arg(s.min, 0, 'g', 17)
                        .arg(s.mode, 0, 'g', 17)
                        .arg(s.max, 0, 'g', 17);
    case DistributionKind::Discrete:
      text += QLatin1Char('(');
      for (const DiscreteOutcome& o : s.outcomes)
        text += QStringLiteral("%1 @ %2; ").arg(o.value, 0, 'g', 17).arg(o.probability, 0, 'g', 17);
      return text + QLatin1Char(')');
  }
  return text;
}

Distribution prepared(const DistributionSpec& spec) {
  std::string problem;
  auto d = Distribution::prepare(spec, problem);
  if (!d) qFatal("%s does not prepare: %s", qPrintable(describe(spec)), problem.c_str());
  return *d;
}

// ∫_{−9}^{9} g(z)·φ(z) dz by composite Simpson with `intervals` (even) intervals. The mass
// outside [−9, 9] is 2·Φ(−9) ≈ 2.3e-19.
template <typename G>
double simpson(G g, int intervals = 200000) {
  const double a = -9, b = 9, h = (b - a) / intervals;
  double sum = 0;
  for (int i = 0; i <= intervals; ++i) {
    const double z = a + h * i;
    const double w = (i == 0 || i == intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
    sum += w * g(z) * normalPdf(z);
  }
  return sum * h / 3;
}

// Exact CDFs for (b).
// Triangular(a, c, b): (x−a)²/((b−a)(c−a)) up to the mode, 1 − (b−x)²/((b−a)(b−c)) after it.
double triangularCdf(double x, double a, double c, double b) {
  if (x <= a) return 0;
  if (x >= b) return 1;
  if (x <= c) return (x - a) * (x - a) / ((b - a) * (c - a));
  return 1 - (b - x) * (b - x) / ((b - a) * (b - c));
}
double triangularPdf(double x, double a, double c, double b) {
  if (x < a || x > b) return 0;
  return x <= c ? 2 * (x - a) / ((b - a) * (c - a)) : 2 * (b - x) / ((b - a) * (b - c));
}
// Beta(3, 3): I_x = 10x³ − 15x⁴ + 6x⁵ (integrate 30x²(1−x)²).
double beta33Cdf(double x) {
  return x * x * x * (10 - 15 * x + 6 * x * x);
}
// Beta(1, 5): I_x = 1 − (1 − x)^5.
double beta15Cdf(double x) {
  return 1 - std::pow(1 - x, 5);
}

}  // namespace

class TestDistributions : public QObject {
  Q_OBJECT

 private slots:
  // One table for (a), (d) and the closed-form functions. expectedMean and expectedVariance
  // are the textbook moments, worked out in each row's comment.
  void moments_data() {
    QTest::addColumn<DistributionSpec>("spec");
    QTest::addColumn<double>("expectedMean");
    QTest::addColumn<double>("expectedVariance");
    // Normal: μ, σ².
    QTest::newRow("normal(5, 2)") << normal(5, 2) << 5.0 << 4.0;
    QTest::newRow("normal(-0.03, 0.01)") << normal(-0.03, 0.01) << -0.03 << 1e-4;
    // Lognormal parameterised by the mean m and sd s of X itself: E X = m, Var X = s².
    QTest::newRow("lognormal(10, 3)") << lognormal(10, 3) << 10.0 << 9.0;
    QTest::newRow("lognormal(0.08, 0.02)") << lognormal(0.08, 0.02) << 0.08 << 4e-4;
    QTest::newRow("lognormal(1, 1)") << lognormal(1, 1) << 1.0 << 1.0;
    // Uniform(a, b): (a + b)/2, (b − a)²/12.
    QTest::newRow("uniform(2, 10)") << uniform(2, 10) << 6.0 << 64.0 / 12;
    QTest::newRow("uniform(-1, 1)") << uniform(-1, 1) << 0.0 << 4.0 / 12;
    // Triangular(a, c, b): (a + b + c)/3, (a² + b² + c² − ab − ac − bc)/18.
    //   (0.015, 0.025, 0.030): mean 0.07/3; a²+b²+c² = 0.000225 + 0.0009 + 0.000625 = 0.00175,
    //   ab+ac+bc = 0.00045 + 0.000375 + 0.00075 = 0.001575: variance 0.000175/18.
    QTest::newRow("triangular(0.015, 0.025, 0.03)")
        << triangular(0.015, 0.025, 0.030) << 0.07 / 3 << 0.000175 / 18;
    //   (0, 0, 1): 1/3, (0 + 1 + 0 − 0 − 0 − 0)/18 = 1/18.
    QTest::newRow("triangular(0, 0, 1)") << triangular(0, 0, 1) << 1.0 / 3 << 1.0 / 18;
    //   (0, 1, 1): 2/3, (0 + 1 + 1 − 0 − 0 − 1)/18 = 1/18.
    QTest::newRow("triangular(0, 1, 1)") << triangular(0, 1, 1) << 2.0 / 3 << 1.0 / 18;
    //   (−5, 1, 4): 0, (25 + 16 + 1 + 20 + 5 − 4)/18 = 63/18.
    QTest::newRow("triangular(-5, 1, 4)") << triangular(-5, 1, 4) << 0.0 << 63.0 / 18;
    // PERT(a, c, b): μ = (a + 4c + b)/6, variance (μ − a)(b − μ)/7 (exact for the Beta with
    // α + β = 6).
    //   (0, 0.5, 1): μ = 0.5, 0.25/7 = 1/28 (= Beta(3, 3): 9/(36·7)).
    QTest::newRow("pert(0, 0.5, 1)") << pert(0, 0.5, 1) << 0.5 << 1.0 / 28;
    //   (0, 0, 1): μ = 1/6, (1/6)(5/6)/7 = 5/252 (= Beta(1, 5): 5/(36·7)).
    QTest::newRow("pert(0, 0, 1)") << pert(0, 0, 1) << 1.0 / 6 << 5.0 / 252;
    //   (0, 1, 1): μ = 5/6, (5/6)(1/6)/7 = 5/252.
    QTest::newRow("pert(0, 1, 1)") << pert(0, 1, 1) << 5.0 / 6 << 5.0 / 252;
    //   (0.15, 0.17, 0.19): μ = 0.17, (0.02)(0.02)/7.
    QTest::newRow("pert(0.15, 0.17, 0.19)") << pert(0.15, 0.17, 0.19) << 0.17 << 0.0004 / 7;
    //   (10, 12, 20): μ = (10 + 48 + 20)/6 = 13, (3)(7)/7 = 3.
    QTest::newRow("pert(10, 12, 20)") << pert(10, 12, 20) << 13.0 << 3.0;
    // Discrete: Σ p·v, Σ p·(v − μ)².
    //   {1 @ 0.2, 2 @ 0.5, 4 @ 0.3}: μ = 0.2 + 1 + 1.2 = 2.4;
    //   variance 0.2·1.96 + 0.5·0.16 + 0.3·2.56 = 1.24.
    QTest::newRow("discrete(1, 2, 4)") << discrete({{1, 0.2}, {2, 0.5}, {4, 0.3}}) << 2.4 << 1.24;
    //   {−10 @ 0.25, 10 @ 0.75}: μ = 5; 0.25·225 + 0.75·25 = 75.
    QTest::newRow("discrete(-10, 10)") << discrete({{-10, 0.25}, {10, 0.75}}) << 5.0 << 75.0;
    //   A zero-probability outcome changes nothing: {3 @ 0.5, 99 @ 0, 5 @ 0.5}: 4, 1.
    QTest::newRow("discrete with a zero") << discrete({{3, 0.5}, {99, 0}, {5, 0.5}}) << 4.0 << 1.0;
    //   One certain outcome: 7, 0.
    QTest::newRow("discrete(7)") << discrete({{7, 1}}) << 7.0 << 0.0;
  }

  void closedFormFunctions_data() { moments_data(); }
  void closedFormFunctions() {
    QFETCH(DistributionSpec, spec);
    QFETCH(double, expectedMean);
    QFETCH(double, expectedVariance);
    const double scale = std::max(std::fabs(expectedMean), std::sqrt(expectedVariance));
    QVERIFY2(std::fabs(distributionMean(spec) - expectedMean) <= 1e-12 * scale,
             qPrintable(describe(spec) + QStringLiteral(": distributionMean %1, expected %2")
                                             .arg(distributionMean(spec), 0, 'g', 17)
                                             .arg(expectedMean, 0, 'g', 17)));
    QVERIFY2(std::fabs(distributionVariance(spec) - expectedVariance) <=
                 1e-12 * std::max(expectedVariance, 1e-300),
             qPrintable(describe(spec) + QStringLiteral(": distributionVariance %1, expected %2")
                                             .arg(distributionVariance(spec), 0, 'g', 17)
                                             .arg(expectedVariance, 0, 'g', 17)));
  }

  // (a) Deterministic moments: E X = ∫ x(z)φ(z)dz, Var X = ∫ (x(z) − μ)²φ(z)dz.
  void integratedMoments_data() { moments_data(); }
  void integratedMoments() {
    QFETCH(DistributionSpec, spec);
    QFETCH(double, expectedMean);
    QFETCH(double, expectedVariance);
    const Distribution d = prepared(spec);
    constexpr int kIntervals = 200000;
    const double mean = simpson([&](double z) { return d.fromScore(z); }, kIntervals);
    const double variance = simpson(
        [&](double z) {
          const double e = d.fromScore(z) - expectedMean;
          return e * e;
        },
        kIntervals);
    const double sd = std::sqrt(expectedVariance);
    double meanTolerance = 1e-9 * std::max(std::fabs(expectedMean), sd);
    double varianceTolerance = 1e-8 * expectedVariance;
    if (spec.kind == DistributionKind::Discrete) {
      // x(z) jumps at each boundary; Simpson's rule on a step is off by at most about one
      // step h = 18/200000 times the jump times φ there (≤ 0.4): allow h·Σ|jump| (and for
      // the variance h·Σ|jump of (v − μ)²|).
      const double h = 18.0 / kIntervals;
      double jumps = 0, squareJumps = 0;
      for (std::size_t i = 1; i < spec.outcomes.size(); ++i) {
        const double a = spec.outcomes[i - 1].value, b = spec.outcomes[i].value;
        jumps += std::fabs(b - a);
        squareJumps += std::fabs((b - expectedMean) * (b - expectedMean) -
                                 (a - expectedMean) * (a - expectedMean));
      }
      meanTolerance = std::max(meanTolerance, h * jumps);
      varianceTolerance = std::max(varianceTolerance, h * squareJumps);
    }
    if (expectedVariance == 0) varianceTolerance = 1e-20;
    QVERIFY2(std::fabs(mean - expectedMean) <= meanTolerance,
             qPrintable(describe(spec) + QStringLiteral(": ∫xφ = %1, expected %2 (tolerance %3)")
                                             .arg(mean, 0, 'g', 17)
                                             .arg(expectedMean, 0, 'g', 17)
                                             .arg(meanTolerance, 0, 'g', 3)));
    QVERIFY2(
        std::fabs(variance - expectedVariance) <= varianceTolerance,
        qPrintable(describe(spec) + QStringLiteral(": ∫(x−μ)²φ = %1, expected %2 (tolerance %3)")
                                        .arg(variance, 0, 'g', 17)
                                        .arg(expectedVariance, 0, 'g', 17)
                                        .arg(varianceTolerance, 0, 'g', 3)));
    // Every draw stays inside the support.
    for (int i = -850; i <= 850; ++i) {
      const double x = d.fromScore(i / 100.0);
      QVERIFY(std::isfinite(x));
      if (spec.kind == DistributionKind::Lognormal) QVERIFY(x > 0);
      if (spec.kind == DistributionKind::Uniform || spec.kind == DistributionKind::Triangular ||
          spec.kind == DistributionKind::Pert)
        QVERIFY2(x >= spec.min && x <= spec.max, qPrintable(describe(spec)));
    }
  }

  // The discrete draw steps exactly at the normal scores of the cumulative probabilities:
  // outcome i for Φ(z) in (c_{i−1}, c_i]. So E X = Σ v_i·(Φ(z_i) − Φ(z_{i−1})) = Σ v_i·p_i.
  void discreteStepsAtTheCumulativeProbabilities() {
    const DistributionSpec spec = discrete({{1, 0.2}, {2, 0.5}, {4, 0.3}});
    const Distribution d = prepared(spec);
    // c = 0.2, 0.7: boundaries z₁ = Φ⁻¹(0.2) ≈ −0.8416, z₂ = Φ⁻¹(0.7) ≈ 0.5244.
    const double z1 = normalQuantile(0.2), z2 = normalQuantile(0.7);
    const double eps = 1e-9;
    QCOMPARE(d.fromScore(-20.0), 1.0);
    QCOMPARE(d.fromScore(z1 - eps), 1.0);
    QCOMPARE(d.fromScore(z1 + eps), 2.0);
    QCOMPARE(d.fromScore(z2 - eps), 2.0);
    QCOMPARE(d.fromScore(z2 + eps), 4.0);
    QCOMPARE(d.fromScore(20.0), 4.0);
    // The moments from the boundaries: Φ(z₁) = 0.2 and Φ(z₂) − Φ(z₁) = 0.5, 1 − Φ(z₂) = 0.3.
    const double mean =
        1 * normalCdf(z1) + 2 * (normalCdf(z2) - normalCdf(z1)) + 4 * (1 - normalCdf(z2));
    QVERIFY(std::fabs(mean - 2.4) <= 1e-14);
    // A zero-probability outcome is never drawn.
    const Distribution zero = prepared(discrete({{3, 0.5}, {99, 0}, {5, 0.5}}));
    for (int i = -800; i <= 800; ++i) QVERIFY(zero.fromScore(i / 100.0) != 99);
  }

  // (b) PERT(0, 0.5, 1) is Beta(3, 3); PERT(0, 0, 1) is Beta(1, 5): F(x(z)) = Φ(z).
  void pertMatchesItsBetaCdf_data() {
    QTest::addColumn<double>("mode");
    QTest::newRow("Beta(3, 3)") << 0.5;
    QTest::newRow("Beta(1, 5)") << 0.0;
  }
  void pertMatchesItsBetaCdf() {
    QFETCH(double, mode);
    const Distribution d = prepared(pert(0, mode, 1));
    double worst = 0, worstZ = 0;
    for (int i = -6000; i <= 6000; ++i) {
      const double z = i / 1000.0;
      const double x = d.fromScore(z);
      const double f = mode == 0.5 ? beta33Cdf(x) : beta15Cdf(x);
      const double error = std::fabs(f - normalCdf(z));
      if (error > worst) {
        worst = error;
        worstZ = z;
      }
    }
    QVERIFY2(worst <= 1e-9, qPrintable(QStringLiteral("|F(x(z)) − Φ(z)| = %1 at z = %2")
                                           .arg(worst, 0, 'g', 6)
                                           .arg(worstZ, 0, 'g', 17)));
    // The extremes reach the support's ends and no further.
    QVERIFY(d.fromScore(-kInf) >= 0 && d.fromScore(kInf) <= 1);
  }

  // Triangular draws invert the closed-form CDF: F(x(z)) = Φ(z) up to the rounding of x
  // (one ulp of x moves F by f(x)·ulp(x)) and of F itself.
  void triangularMatchesItsCdf_data() {
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("b");
    QTest::newRow("(0, 0.3, 1)") << 0.0 << 0.3 << 1.0;
    QTest::newRow("(0.015, 0.025, 0.03)") << 0.015 << 0.025 << 0.03;
    QTest::newRow("(-5, 1, 4)") << -5.0 << 1.0 << 4.0;
    QTest::newRow("mode at min") << 2.0 << 2.0 << 3.0;
    QTest::newRow("mode at max") << 2.0 << 3.0 << 3.0;
  }
  void triangularMatchesItsCdf() {
    QFETCH(double, a);
    QFETCH(double, c);
    QFETCH(double, b);
    const Distribution d = prepared(triangular(a, c, b));
    for (int i = -8000; i <= 8000; ++i) {
      const double z = i / 1000.0;
      const double x = d.fromScore(z);
      const double f = triangularCdf(x, a, c, b);
      const double ulpX = std::nextafter(std::fabs(x), kInf) - std::fabs(x);
      const double tolerance = 4 * triangularPdf(x, a, c, b) * ulpX + 4e-16;
      QVERIFY2(std::fabs(f - normalCdf(z)) <= tolerance,
               qPrintable(QStringLiteral("z = %1: x = %2, F(x) = %3, Φ(z) = %4")
                              .arg(z, 0, 'g', 17)
                              .arg(x, 0, 'g', 17)
                              .arg(f, 0, 'g', 17)
                              .arg(normalCdf(z), 0, 'g', 17)));
    }
    // The mode is drawn at the score of F(mode) = (c − a)/(b − a).
    if (c > a && c < b) {
      const double zMode = normalQuantile((c - a) / (b - a));
      QVERIFY(std::fabs(d.fromScore(zMode) - c) <= 1e-12 * (b - a));
    }
  }

  // (c) Bad parameters: refused, the message naming the parameter.
  void refusesBadParameters_data() {
    QTest::addColumn<DistributionSpec>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sd zero") << normal(1, 0) << QStringLiteral("sd must be greater than 0");
    QTest::newRow("sd negative") << normal(1, -0.5) << QStringLiteral("sd must be greater than 0");
    QTest::newRow("lognormal sd zero") << lognormal(1, 0) << QStringLiteral("sd");
    QTest::newRow("lognormal mean zero") << lognormal(0, 1) << QStringLiteral("mean must be");
    QTest::newRow("lognormal mean negative")
        << lognormal(-2, 1) << QStringLiteral("mean must be greater than 0");
    QTest::newRow("uniform min = max")
        << uniform(3, 3) << QStringLiteral("min (3) must be below max (3)");
    QTest::newRow("uniform min > max") << uniform(4, 3) << QStringLiteral("min (4)");
    QTest::newRow("triangular min = max") << triangular(1, 1, 1) << QStringLiteral("min");
    QTest::newRow("triangular mode below min")
        << triangular(0, -1, 1) << QStringLiteral("mode (-1)");
    QTest::newRow("pert mode above max") << pert(0, 2, 1) << QStringLiteral("mode (2)");
    QTest::newRow("pert min > max") << pert(2, 1.5, 1) << QStringLiteral("max");
    QTest::newRow("negative probability")
        << discrete({{1, 0.6}, {2, -0.1}, {3, 0.5}})
        << QStringLiteral("outcomes[1].probability must not be negative");
    QTest::newRow("probabilities sum to 0.9")
        << discrete({{1, 0.4}, {2, 0.5}}) << QStringLiteral("sum to 1, not 0.9");
    QTest::newRow("probabilities sum to 1.1")
        << discrete({{1, 0.6}, {2, 0.5}}) << QStringLiteral("sum to 1, not 1.1");
    QTest::newRow("no outcomes") << discrete({}) << QStringLiteral("outcomes");
    QTest::newRow("NaN sd") << normal(0, std::nan("")) << QStringLiteral("sd must be a finite");
    QTest::newRow("infinite max") << uniform(0, kInf) << QStringLiteral("max must be a finite");
    QTest::newRow("NaN outcome") << discrete({{std::nan(""), 1}}) << QStringLiteral("outcomes[0]");
  }
  void refusesBadParameters() {
    QFETCH(DistributionSpec, spec);
    QFETCH(QString, mentions);
    std::string problem;
    const auto d = Distribution::prepare(spec, problem);
    QVERIFY2(!d, qPrintable(describe(spec) + QStringLiteral(" was accepted")));
    QVERIFY2(QString::fromStdString(problem).contains(mentions),
             qPrintable(describe(spec) + QStringLiteral(": \"") + QString::fromStdString(problem) +
                        QStringLiteral("\" does not mention \"") + mentions + QLatin1Char('"')));
  }

  void acceptsEdgeParameters() {
    std::string problem;
    // The mode may sit on either end; probabilities may sum to 1 up to rounding.
    QVERIFY(Distribution::prepare(triangular(0, 0, 1), problem));
    QVERIFY(Distribution::prepare(pert(0, 1, 1), problem));
    QVERIFY(Distribution::prepare(discrete({{1, 0.1}, {2, 0.2}, {3, 0.7}}), problem));  // 0.9999…
    QVERIFY(Distribution::prepare(normal(-5, 1e-9), problem));
  }

  void kindNames() {
    for (auto kind :
         {DistributionKind::Normal, DistributionKind::Lognormal, DistributionKind::Uniform,
          DistributionKind::Triangular, DistributionKind::Pert, DistributionKind::Discrete}) {
      const auto back = distributionKindFromName(distributionKindName(kind));
      QVERIFY(back && *back == kind);
    }
    QCOMPARE(std::string(distributionKindName(DistributionKind::Pert)), std::string("pert"));
    QVERIFY(!distributionKindFromName("gamma"));
    QVERIFY(!distributionKindFromName("Normal"));
  }

  // (d) Seeded draws the way the simulation makes them: uniform (Philox) → Φ⁻¹ → fromScore.
  void sampledMoments_data() { moments_data(); }
  void sampledMoments() {
    QFETCH(DistributionSpec, spec);
    QFETCH(double, expectedMean);
    QFETCH(double, expectedVariance);
    const Distribution d = prepared(spec);
    constexpr std::uint64_t kSamples = 200000;
    double sum = 0, squares = 0;
    for (std::uint64_t n = 0; n < kSamples; ++n) {
      double u = 0;
      PathUniforms(20260101, n).fill(&u, 1);
      const double x = d.fromScore(normalQuantile(u));
      sum += x;
      squares += (x - expectedMean) * (x - expectedMean);
    }
    const double mean = sum / kSamples;
    // Standard error of the mean: σ/√n with the closed-form σ.
    const double se = std::sqrt(expectedVariance / kSamples);
    QVERIFY2(std::fabs(mean - expectedMean) <= 4 * se + 1e-12 * std::fabs(expectedMean),
             qPrintable(describe(spec) + QStringLiteral(": sample mean %1, expected %2 ± 4·%3")
                                             .arg(mean, 0, 'g', 17)
                                             .arg(expectedMean, 0, 'g', 17)
                                             .arg(se, 0, 'g', 3)));
    // The sample variance about the true mean, within 5 %: its relative standard error is
    // √((κ − 1)/n), at most 1.4 % here (lognormal(1, 1), kurtosis κ = 16 + 16 + 12 − 3 = 41).
    const double variance = squares / kSamples;
    QVERIFY2(std::fabs(variance - expectedVariance) <= 0.05 * expectedVariance + 1e-20,
             qPrintable(describe(spec) + QStringLiteral(": sample variance %1, expected %2")
                                             .arg(variance, 0, 'g', 17)
                                             .arg(expectedVariance, 0, 'g', 17)));
  }
};

QTEST_APPLESS_MAIN(TestDistributions)
#include "test_distributions.moc"
