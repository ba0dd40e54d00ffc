// The option engine (core/finance/options.h) against published values: J. C. Hull, "Options,
// Futures, and Other Derivatives" (8th ed.) — Example 15.6 (Black–Scholes), the Greeks of the
// ch. 19 example, Example 17.1 (a yield), the implied volatility of §15.11 and Example 21.1
// (the American put on a binomial tree, with the values Hull gives for 30 to 500 steps) — and
// A. Damodaran's patent as an option to delay ("The Promise and Peril of Real Options", 2000).
// Published figures are rounded as published, so each is checked to half a unit of its last
// digit. The rest are identities any correct pricer keeps (put–call parity, the tree converging
// to Black–Scholes, an American call without a yield never exercised early), and the Greeks
// against central differences of the value, formula-free.
#include <QtTest>

#include <cmath>

#include "core/finance/options.h"
#include "tests/support/checks.h"
#include "tests/support/closedform.h"

using namespace valor;
using valor::testing::bits;
using valor::testing::gotVersusWant;

namespace {

OptionInputs option(OptionType type, double s, double k, double t, double sigma, double r,
                    double q = 0) {
  return {type, s, k, t, sigma, r, q};
}

}  // namespace

class TestOptions : public QObject {
  Q_OBJECT

 private slots:
  // Hull Example 15.6: S = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5: d1 = 0.7693, d2 = 0.6278,
  // c = 4.76, p = 0.81.
  void blackScholesHull15_6() {
    const auto call = blackScholes(option(OptionType::Call, 42, 40, 0.5, 0.2, 0.1));
    const auto put = blackScholes(option(OptionType::Put, 42, 40, 0.5, 0.2, 0.1));
    VERIFY_PUBLISHED(call.d1, 0.7693, 4);
    VERIFY_PUBLISHED(call.d2, 0.6278, 4);
    VERIFY_PUBLISHED(call.value, 4.76, 2);
    VERIFY_PUBLISHED(put.value, 0.81, 2);
  }

  // Hull ch. 19: S = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks = 0.3846: the bank's call is
  // worth $240,000 for 100,000 options (2.40 each); Δ = 0.522, Γ = 0.066, vega = 12.1,
  // Θ = −4.31 a year, ρ = 8.91.
  void greeksHull19() {
    const auto c = blackScholes(option(OptionType::Call, 49, 50, 0.3846, 0.2, 0.05));
    VERIFY_PUBLISHED(c.value, 2.40, 2);
    VERIFY_PUBLISHED(c.delta, 0.522, 3);
    VERIFY_PUBLISHED(c.gamma, 0.066, 3);
    VERIFY_PUBLISHED(c.vega, 12.1, 1);
    VERIFY_PUBLISHED(c.theta, -4.31, 2);
    VERIFY_PUBLISHED(c.rho, 8.91, 2);
  }

  // Hull Example 17.1: a European call on an index, S = 930, K = 900, r = 8 %, q = 3 %,
  // σ = 20 %, T = 2 months: d1 = 0.5444, d2 = 0.4628, c = 51.83.
  void dividendYieldHull17_1() {
    const auto c = blackScholes(option(OptionType::Call, 930, 900, 2.0 / 12, 0.2, 0.08, 0.03));
    // Hull works d1 and d2 from rounded intermediates: to a unit of their last digit.
    VERIFY_PUBLISHED(c.d1, 0.5444, 3);
    VERIFY_PUBLISHED(c.d2, 0.4628, 3);
    VERIFY_PUBLISHED(c.value, 51.83, 2);
  }

  // Hull §15.11: a call worth 1.875 with S = 21, K = 20, r = 10 %, T = 0.25 has an implied
  // volatility of 23.5 %.
  void impliedVolatilityHull15_11() {
    const ImpliedVol iv =
        impliedVolatility(option(OptionType::Call, 21, 20, 0.25, 0.3, 0.1), 1.875, false, 0);
    QVERIFY(iv.volatility);
    VERIFY_PUBLISHED(*iv.volatility, 0.235, 3);
  }

  // Damodaran's patent: S = 3,422, K = 2,875, T = 17, σ² = 0.224, r = 6.7 %, a cost of delay of
  // 1/17 a year: d1 = 1.1362, value 907 (millions). (His N(d1) and N(d2) come from a rounded
  // table: only the value and d1 are checked.)
  void damodaranPatent() {
    const auto c =
        blackScholes(option(OptionType::Call, 3422, 2875, 17, std::sqrt(0.224), 0.067, 1.0 / 17));
    VERIFY_PUBLISHED(c.d1, 1.1362, 4);
    VERIFY_PUBLISHED(c.value, 907, 0);
  }

  // Hull Example 21.1: an American put, S = K = 50, r = 10 %, σ = 40 %, T = 5 months. Five
  // steps give 4.49 with Δ = −0.41 (Figure 21.4); 30, 50, 100 and 500 steps give 4.263, 4.272,
  // 4.278 and 4.283.
  void americanPutHull21_1() {
    const OptionInputs put = option(OptionType::Put, 50, 50, 5.0 / 12, 0.4, 0.1);
    const TreeValue five = binomialTree(put, 5, true);
    QVERIFY(five.ok);
    VERIFY_PUBLISHED(five.value, 4.49, 2);
    VERIFY_PUBLISHED(five.delta, -0.41, 2);
    const std::pair<int, double> hull[] = {{30, 4.263}, {50, 4.272}, {100, 4.278}, {500, 4.283}};
    for (const auto& [steps, value] : hull) {
      const auto v = binomialValue(put, steps, true);
      QVERIFY(v);
      VERIFY_PUBLISHED(*v, value, 3);
    }
    // Early exercise is worth something for a put: above the European value.
    QVERIFY(*binomialValue(put, 500, true) > blackScholes(put).value + 0.1);
  }

  // The smallest tree, two steps, worked by hand: its Γ and Θ read the three nodes at expiry.
  void twoStepTreeByHand() {
    const OptionInputs put = option(OptionType::Put, 50, 52, 2, 0.3, 0.05);
    const double dt = 1, u = std::exp(0.3), d = 1 / u;
    const double p = (std::exp(0.05) - d) / (u - d), disc = std::exp(-0.05);
    const double f22 = std::max(52 - 50 * u * u, 0.0), f21 = std::max(52 - 50.0, 0.0),
                 f20 = std::max(52 - 50 * d * d, 0.0);
    const double f11 = disc * (p * f22 + (1 - p) * f21), f10 = disc * (p * f21 + (1 - p) * f20);
    const double f0 = disc * (p * f11 + (1 - p) * f10);
    const TreeValue tree = binomialTree(put, 2, false);
    QVERIFY(tree.ok);
    QVERIFY(std::fabs(tree.value - f0) < 1e-13);
    QVERIFY(std::fabs(tree.delta - (f11 - f10) / (50 * u - 50 * d)) < 1e-13);
    const double gamma = ((f22 - f21) / (50 * u * u - 50) - (f21 - f20) / (50 - 50 * d * d)) /
                         (0.5 * (50 * u * u - 50 * d * d));
    QVERIFY2(std::fabs(tree.gamma - gamma) < 1e-13, gotVersusWant(tree.gamma, gamma).constData());
    const double theta = (f21 - f0) / (2 * dt);
    QVERIFY2(std::fabs(tree.theta - theta) < 1e-12, gotVersusWant(tree.theta, theta).constData());
  }

  // c − p = S·e^(−qT) − K·e^(−rT), for calls and puts in, at and out of the money.
  void putCallParity() {
    for (double s : {60.0, 100.0, 140.0})
      for (double q : {0.0, 0.04})
        for (double t : {0.25, 2.0, 10.0}) {
          const OptionInputs in = option(OptionType::Call, s, 100, t, 0.3, 0.05, q);
          OptionInputs put = in;
          put.type = OptionType::Put;
          const double lhs = blackScholes(in).value - blackScholes(put).value;
          const double rhs = s * std::exp(-q * t) - 100 * std::exp(-0.05 * t);
          QVERIFY2(std::fabs(lhs - rhs) <= 1e-11 * s, gotVersusWant(lhs, rhs).constData());
          // Deltas differ by e^(−qT); gamma and vega are the same.
          QVERIFY(std::fabs(blackScholes(in).delta - blackScholes(put).delta - std::exp(-q * t)) <=
                  1e-14);
          QCOMPARE(bits(blackScholes(in).gamma), bits(blackScholes(put).gamma));
        }
  }

  // Every Greek against a central difference of the value (no formula shared with the code).
  void greeksAreTheValuesDerivatives() {
    for (OptionType type : {OptionType::Call, OptionType::Put}) {
      const OptionInputs in = option(type, 95, 100, 1.5, 0.35, 0.04, 0.02);
      const auto g = blackScholes(in);
      const auto value = [&](double OptionInputs::*field, double by) {
        OptionInputs b = in;
        b.*field += by;
        return blackScholes(b).value;
      };
      const double h = 1e-4;
      const double delta =
          (value(&OptionInputs::underlying, h) - value(&OptionInputs::underlying, -h)) / (2 * h);
      const double gamma = (value(&OptionInputs::underlying, 0.01) - 2 * g.value +
                            value(&OptionInputs::underlying, -0.01)) /
                           (0.01 * 0.01);
      const double vega =
          (value(&OptionInputs::volatility, h) - value(&OptionInputs::volatility, -h)) / (2 * h);
      const double rho =
          (value(&OptionInputs::riskFree, h) - value(&OptionInputs::riskFree, -h)) / (2 * h);
      // Θ is the value's change as time passes: −∂V/∂T.
      const double theta =
          -(value(&OptionInputs::years, h) - value(&OptionInputs::years, -h)) / (2 * h);
      QVERIFY2(std::fabs(g.delta - delta) < 1e-7, gotVersusWant(g.delta, delta).constData());
      QVERIFY2(std::fabs(g.gamma - gamma) < 1e-6, gotVersusWant(g.gamma, gamma).constData());
      QVERIFY2(std::fabs(g.vega - vega) < 1e-5, gotVersusWant(g.vega, vega).constData());
      QVERIFY2(std::fabs(g.rho - rho) < 1e-5, gotVersusWant(g.rho, rho).constData());
      QVERIFY2(std::fabs(g.theta - theta) < 1e-5, gotVersusWant(g.theta, theta).constData());
    }
  }

  // The CRR tree for a European option converges to Black–Scholes at the rate 1/n (Hull §21.1):
  // n·|error| stays bounded, and the tree's Greeks approach the closed form's.
  void europeanTreeConvergesToBlackScholes() {
    for (OptionType type : {OptionType::Call, OptionType::Put}) {
      const OptionInputs in = option(type, 100, 110, 2, 0.25, 0.05, 0.01);
      const auto bs = blackScholes(in);
      for (int n : {250, 1000, 4000}) {
        const TreeValue tree = binomialTree(in, n, false);
        QVERIFY(tree.ok);
        const double error = std::fabs(tree.value - bs.value);
        QVERIFY2(error * n < 5, gotVersusWant(tree.value, bs.value).constData());
      }
      const TreeValue fine = binomialTree(in, 4000, false);
      QVERIFY2(std::fabs(fine.delta - bs.delta) < 1e-3,
               gotVersusWant(fine.delta, bs.delta).constData());
      QVERIFY2(std::fabs(fine.gamma - bs.gamma) < 1e-4,
               gotVersusWant(fine.gamma, bs.gamma).constData());
      QVERIFY2(std::fabs(fine.theta - bs.theta) < 1e-2,
               gotVersusWant(fine.theta, bs.theta).constData());
      QVERIFY2(std::fabs(fine.vega - bs.vega) < 2e-2,
               gotVersusWant(fine.vega, bs.vega).constData());
      QVERIFY2(std::fabs(fine.rho - bs.rho) < 2e-2, gotVersusWant(fine.rho, bs.rho).constData());
    }
  }

  // Without a yield, an American call is never exercised early (Merton 1973): holding is worth
  // at least S − K·e^(−rΔt) > S − K at every node, so the tree gives the European's bits.
  void americanCallWithoutYieldIsEuropean() {
    const OptionInputs in = option(OptionType::Call, 80, 100, 3, 0.3, 0.06);
    QCOMPARE(bits(*binomialValue(in, 300, true)), bits(*binomialValue(in, 300, false)));
    // With a yield it may be: the American is then worth more.
    OptionInputs paying = in;
    paying.yield = 0.08;
    QVERIFY(*binomialValue(paying, 300, true) > *binomialValue(paying, 300, false) + 1e-3);
    // An American option is never worth less than exercising it now.
    const OptionInputs deep = option(OptionType::Put, 40, 100, 1, 0.2, 0.05);
    QVERIFY(*binomialValue(deep, 200, true) >= intrinsicValue(deep));
  }

  // p = (e^((r−q)Δt) − d) / (u − d) must lie in (0, 1): too few steps over a long life at a low
  // volatility break it, and the tree then gives no value rather than a wrong one.
  void treeNeedsEnoughSteps() {
    // |r − q| = 0.2, σ = 0.05, T = 10: p < 1 needs n > T·(r − q)²/σ² = 160.
    const OptionInputs in = option(OptionType::Call, 100, 100, 10, 0.05, 0.2);
    QVERIFY(!binomialValue(in, 100, true));
    QVERIFY(!binomialTree(in, 100, true).ok);
    const int minimum = minimumTreeSteps(in);
    // The minimum also covers the Greeks' bumped trees (σ − 0.01, r + 0.0001), with a margin:
    // above 10·0.2001² / 0.04² = 250.25.
    QVERIFY2(minimum > 250 && minimum < 260, QByteArray::number(minimum).constData());
    const TreeValue at = binomialTree(in, minimum, true);
    QVERIFY(at.ok);
    QVERIFY(at.upProbability > 0 && at.upProbability < 1);
    QCOMPARE(minimumTreeSteps(option(OptionType::Put, 50, 50, 1, 0.3, 0.05)), kMinTreeSteps);
  }

  // The implied volatility gives back the volatility a price came from, for European and
  // American exercise, and says why when no volatility can give a price.
  void impliedVolatilityRoundTrip() {
    for (OptionType type : {OptionType::Call, OptionType::Put})
      for (double sigma : {0.05, 0.3, 1.2}) {
        OptionInputs in = option(type, 100, 105, 1.5, sigma, 0.04, 0.02);
        const double price = blackScholes(in).value;
        in.volatility = 0.5;  // the guess the search must not depend on
        const ImpliedVol iv = impliedVolatility(in, price, false, 0);
        QVERIFY(iv.volatility);
        QVERIFY2(std::fabs(*iv.volatility - sigma) < 1e-9,
                 gotVersusWant(*iv.volatility, sigma).constData());
        in.volatility = sigma;
        in.strike = 100;  // at the money: an in-the-money put at 5 % is exercised at once
        const double american = *binomialValue(in, 200, true);
        const ImpliedVol ivTree = impliedVolatility(in, american, true, 200);
        QVERIFY(ivTree.volatility);
        QVERIFY2(std::fabs(*ivTree.volatility - sigma) < 1e-8,
                 gotVersusWant(*ivTree.volatility, sigma).constData());
      }
    const OptionInputs call = option(OptionType::Call, 100, 80, 1, 0.3, 0.05);
    // Below S − K·e^(−rT) = 23.90 no volatility gives the price; at S or above, none either.
    const ImpliedVol low = impliedVolatility(call, 20, false, 0);
    QVERIFY(!low.volatility);
    QCOMPARE(low.failure, ImpliedVolFailure::BelowLowerBound);
    QVERIFY(std::fabs(low.lowestPrice - (100 - 80 * std::exp(-0.05))) < 1e-9);
    const ImpliedVol high = impliedVolatility(call, 100, false, 0);
    QCOMPARE(high.failure, ImpliedVolFailure::AboveUpperBound);
    // An American put exercised at once at low volatilities is worth K − S over a range of
    // them: its exercise value gives no one volatility.
    const OptionInputs deep = option(OptionType::Put, 100, 105, 1.5, 0.05, 0.04, 0.02);
    QCOMPARE(*binomialValue(deep, 200, true), 5.0);
    QCOMPARE(impliedVolatility(deep, 5.0, true, 200).failure, ImpliedVolFailure::BelowLowerBound);
  }
};

QTEST_APPLESS_MAIN(TestOptions)
#include "test_options.moc"
