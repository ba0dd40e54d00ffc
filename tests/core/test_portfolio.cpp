// Portfolio optimisation and market risk engines (core/finance/portfolio.h, qp.h, covariance.h,
// marketrisk.h) against closed forms written out here: Merton's (1972) frontier algebra with only
// the budget binding, a three-asset long-only case solved by hand, two-asset risk parity
// (w_i ∝ 1/σ_i), an independent projected-gradient solver on random long-only problems, the
// normal VaR and ES, Kupiec's likelihood ratio, and Ledoit–Wolf's shrinkage computed by loops
// straight from the paper's appendix.
#include <QtTest>

#include <cmath>
#include <random>

#include <Eigen/Dense>

#include "core/finance/covariance.h"
#include "core/finance/marketrisk.h"
#include "core/finance/portfolio.h"
#include "tests/support/checks.h"

using namespace valor;

namespace {

// Three assets: σ = 10 %, 15 %, 20 %; correlations 0.2, 0.1, 0.3; μ = 5 %, 7 %, 9 %.
PortfolioProblem threeAssets(double minWeight = -10, double maxWeight = 10) {
  const double s[3] = {0.10, 0.15, 0.20};
  const double rho[3][3] = {{1, 0.2, 0.1}, {0.2, 1, 0.3}, {0.1, 0.3, 1}};
  PortfolioProblem p;
  p.expectedReturns = {0.05, 0.07, 0.09};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) p.covariance.push_back(rho[i][j] * s[i] * s[j]);
  p.minWeights.assign(3, minWeight);
  p.maxWeights.assign(3, maxWeight);
  return p;
}

Eigen::MatrixXd sigmaOf(const PortfolioProblem& p) {
  const auto n = static_cast<Eigen::Index>(p.size());
  return Eigen::Map<const Eigen::MatrixXd>(p.covariance.data(), n, n);
}

Eigen::VectorXd weightsOf(const Allocation& a) {
  return Eigen::Map<const Eigen::VectorXd>(a.weights.data(),
                                           static_cast<Eigen::Index>(a.weights.size()));
}

void compareWeights(const Allocation& got, const Eigen::VectorXd& want, double tolerance) {
  QCOMPARE(static_cast<Eigen::Index>(got.weights.size()), want.size());
  for (Eigen::Index i = 0; i < want.size(); ++i)
    QVERIFY2(std::abs(got.weights[static_cast<std::size_t>(i)] - want[i]) <= tolerance,
             qPrintable(QStringLiteral("weight %1: got %2, want %3")
                            .arg(i)
                            .arg(got.weights[static_cast<std::size_t>(i)], 0, 'g', 17)
                            .arg(want[i], 0, 'g', 17)));
}

// A random long-only problem: Σ = AᵀA/k + small diagonal, μ uniform in [0, 15 %].
PortfolioProblem randomProblem(std::mt19937_64& rng, int n) {
  std::normal_distribution<double> normal(0, 0.1);
  std::uniform_real_distribution<double> uniform(0, 0.15);
  Eigen::MatrixXd a(n + 5, n);
  for (Eigen::Index i = 0; i < a.size(); ++i) a.data()[i] = normal(rng);
  Eigen::MatrixXd sigma = a.transpose() * a / (n + 5);
  sigma.diagonal().array() += 0.001;
  PortfolioProblem p;
  for (int i = 0; i < n; ++i) p.expectedReturns.push_back(uniform(rng));
  p.covariance.assign(sigma.data(), sigma.data() + sigma.size());
  p.minWeights.assign(static_cast<std::size_t>(n), 0.0);
  p.maxWeights.assign(static_cast<std::size_t>(n), 1.0);
  return p;
}

// Euclidean projection onto the simplex {w ≥ 0, Σw = 1} (Duchi et al. 2008, by sorting).
Eigen::VectorXd projectOnSimplex(const Eigen::VectorXd& v) {
  std::vector<double> u(v.data(), v.data() + v.size());
  std::sort(u.rbegin(), u.rend());
  double sum = 0, theta = 0;
  for (std::size_t k = 0; k < u.size(); ++k) {
    sum += u[k];
    const double t = (sum - 1) / static_cast<double>(k + 1);
    if (u[k] - t > 0) theta = t;
  }
  return (v.array() - theta).max(0.0);
}

// min ½wᵀΣw − t·μᵀw on the simplex by projected gradient with Nesterov momentum: a solver that
// shares nothing with the active-set method.
Eigen::VectorXd projectedGradient(const PortfolioProblem& p, double t) {
  const Eigen::MatrixXd sigma = sigmaOf(p);
  const Eigen::VectorXd mu =
      Eigen::Map<const Eigen::VectorXd>(p.expectedReturns.data(), sigma.rows());
  const double step =
      1.0 / Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(sigma).eigenvalues().maxCoeff();
  Eigen::VectorXd w =
      Eigen::VectorXd::Constant(sigma.rows(), 1.0 / static_cast<double>(sigma.rows()));
  Eigen::VectorXd y = w;
  for (int k = 0; k < 200000; ++k) {
    const Eigen::VectorXd next = projectOnSimplex(y - step * (sigma * y - t * mu));
    y = next + (static_cast<double>(k) / (k + 3)) * (next - w);
    w = next;
  }
  return w;
}

}  // namespace

class TestPortfolio : public QObject {
  Q_OBJECT

 private slots:
  // With only the budget binding, w_mv = Σ⁻¹1 / (1ᵀΣ⁻¹1) and the tangency portfolio is
  // Σ⁻¹(μ − r_f) / 1ᵀΣ⁻¹(μ − r_f); the frontier point of return r is
  // w = Σ⁻¹[(C − rB)·1 + (rA − B)·μ] / D with A = 1ᵀΣ⁻¹1, B = 1ᵀΣ⁻¹μ, C = μᵀΣ⁻¹μ, D = AC − B²
  // (Merton, "An analytic derivation of the efficient portfolio frontier", 1972).
  void closedFormsWithOnlyTheBudget() {
    const PortfolioProblem p = threeAssets();
    const Eigen::MatrixXd inv = sigmaOf(p).inverse();
    const Eigen::Vector3d one = Eigen::Vector3d::Ones();
    const Eigen::Vector3d mu(0.05, 0.07, 0.09);
    const Eigen::Vector3d mv = inv * one / one.dot(inv * one);
    auto got = minimumVariance(p);
    QVERIFY(got.ok());
    compareWeights(got.value(), mv, 1e-14);
    QVERIFY(got.value().kktResidual <= 1e-14);
    QVERIFY(std::abs(got.value().volatility - std::sqrt(1 / one.dot(inv * one))) <= 1e-15);

    const double rf = 0.02;
    const Eigen::Vector3d x = inv * (mu.array() - rf).matrix();
    auto tangency = maximumSharpe(p, rf);
    QVERIFY2(tangency.ok(),
             qPrintable(QString::fromStdString(tangency.ok() ? "" : tangency.error().message)));
    compareWeights(tangency.value(), x / x.sum(), 1e-13);

    const double a = one.dot(inv * one), b = one.dot(inv * mu), c = mu.dot(inv * mu);
    const double d = a * c - b * b;
    const double r = 0.08;
    auto target = targetReturn(p, r);
    QVERIFY(target.ok());
    compareWeights(target.value(), inv * ((c - r * b) * one + (r * a - b) * mu) / d, 1e-13);
    // σ²(r) = (A·r² − 2B·r + C) / D on that frontier.
    QVERIFY(std::abs(target.value().volatility - std::sqrt((a * r * r - 2 * b * r + c) / d)) <=
            1e-14);

    // Target volatility: the upper branch of the same hyperbola, r = (B + √(D(Aσ² − 1))) / A.
    const double vol = 0.15;
    auto byVolatility = targetVolatility(p, vol);
    QVERIFY(byVolatility.ok());
    QVERIFY(std::abs(byVolatility.value().expectedReturn -
                     (b + std::sqrt(d * (a * vol * vol - 1))) / a) <= 1e-13);
  }

  // Long-only, asset 1 capped at 40 %. By hand: the unconstrained minimum variance puts 68.3 %
  // in asset 1, over its cap; at the cap the other two share 60 % so as to minimise variance,
  // where their marginal variances are equal on the plane w2 + w3 = 0.6:
  // w2·σ2² + w3·σ23 + 0.4·σ12 = w2·σ23 + w3·σ3² + 0.4·σ13.
  void threeAssetsWithACapByHand() {
    PortfolioProblem p = threeAssets(0, 1);
    p.maxWeights[0] = 0.4;
    const double s12 = 0.2 * 0.10 * 0.15, s13 = 0.1 * 0.10 * 0.20, s23 = 0.3 * 0.15 * 0.20;
    const double v2 = 0.15 * 0.15, v3 = 0.20 * 0.20;
    // w2·(σ2² − σ23) − w3·(σ3² − σ23) = 0.4·(σ13 − σ12), w3 = 0.6 − w2:
    const double w2 = (0.4 * (s13 - s12) + 0.6 * (v3 - s23)) / (v2 - s23 + v3 - s23);
    auto got = minimumVariance(p);
    QVERIFY(got.ok());
    compareWeights(got.value(), Eigen::Vector3d(0.4, w2, 0.6 - w2), 1e-15);
    // The cap's multiplier is negative (relaxing it would lower the variance): asset 1's
    // marginal variance is below the others'.
    const Eigen::Vector3d w(0.4, w2, 0.6 - w2);
    const Eigen::Vector3d marginal = sigmaOf(p) * w;
    QVERIFY(marginal[0] < marginal[1]);
    QVERIFY(std::abs(marginal[1] - marginal[2]) <= 1e-16);
  }

  // Random long-only problems of 12 assets: the active-set optimum agrees with 200,000 steps of
  // accelerated projected gradient, for minimum variance and along the frontier.
  void agreesWithAnIndependentSolver() {
    std::mt19937_64 rng(20261205);
    for (int trial = 0; trial < 4; ++trial) {
      const PortfolioProblem p = randomProblem(rng, 12);
      auto mv = minimumVariance(p);
      QVERIFY(mv.ok());
      QVERIFY(mv.value().kktResidual <= 1e-10);
      compareWeights(mv.value(), projectedGradient(p, 0), 1e-8);
    }
  }

  // The tangency portfolio has the highest Sharpe ratio of 400 frontier points, and it lies on
  // the frontier: the target-return portfolio at its return is itself.
  void maximumSharpeBeatsTheFrontier() {
    std::mt19937_64 rng(7);
    PortfolioProblem p = randomProblem(rng, 15);
    p.maxWeights.assign(15, 0.3);
    p.groups.push_back({"first five", {0, 1, 2, 3, 4}, 0.1, 0.4});
    const double rf = 0.01;
    auto best = maximumSharpe(p, rf);
    QVERIFY2(best.ok(), qPrintable(QString::fromStdString(best.ok() ? "" : best.error().message)));
    const double sharpe = (best.value().expectedReturn - rf) / best.value().volatility;
    auto frontier = efficientFrontier(p, 400);
    QVERIFY(frontier.ok());
    for (const Allocation& a : frontier.value()) {
      QVERIFY(a.kktResidual <= 1e-10);
      QVERIFY((a.expectedReturn - rf) / a.volatility <= sharpe + 1e-12);
    }
    auto same = targetReturn(p, best.value().expectedReturn);
    QVERIFY(same.ok());
    compareWeights(same.value(), weightsOf(best.value()), 1e-9);
    double group = 0;
    for (int i = 0; i < 5; ++i) group += best.value().weights[static_cast<std::size_t>(i)];
    QVERIFY(group >= 0.1 - 1e-15 && group <= 0.4 + 1e-15);
  }

  // Two long-only assets, μ = 6 % and 7 %: the highest attainable return is the second asset
  // alone, a vertex where the budget and the target fix both weights. The solver must stop there
  // rather than step on rounding noise (it once cycled at such vertices).
  void degenerateVertexAtTheTopOfTheFrontier() {
    PortfolioProblem p;
    p.expectedReturns = {0.06, 0.07};
    p.covariance = {0.01, 0, 0, 0.0625};
    p.minWeights = {0, 0};
    p.maxWeights = {1, 1};
    auto top = targetReturn(p, 0.07);
    QVERIFY2(top.ok(), qPrintable(QString::fromStdString(top.ok() ? "" : top.error().message)));
    compareWeights(top.value(), Eigen::Vector2d(0, 1), 1e-14);  // the 2 × 2 solve's rounding
    // The frontier's volatility runs from the minimum variance, 1/√(1/σ1² + 1/σ2²) when both are
    // held, to σ2 = 25 %; a target of 20 % lies on it.
    auto ends = efficientFrontier(p, 2);
    QVERIFY(ends.ok());
    QVERIFY(std::abs(ends.value().front().volatility - 1 / std::sqrt(100 + 16)) <= 1e-15);
    QVERIFY(std::abs(ends.value().back().volatility - 0.25) <= 1e-14);
    auto mid = targetVolatility(p, 0.20);
    QVERIFY(mid.ok());
    QVERIFY(std::abs(mid.value().volatility - 0.20) <= 1e-14);

    // Random long-only problems with caps and a group: every frontier ends without a failure
    // and with its optimality checked, and a volatility half-way along it is reached.
    std::mt19937_64 rng(99);
    std::uniform_int_distribution<int> size(2, 7);
    std::uniform_real_distribution<double> cap(0.35, 1.0);
    for (int trial = 0; trial < 2000; ++trial) {
      PortfolioProblem q = randomProblem(rng, size(rng));
      for (double& c : q.maxWeights) c = cap(rng);
      if (q.size() >= 3 && trial % 2) q.groups.push_back({"g", {0, 1}, 0.1, 0.6});
      if (weightLimitsProblem(q)) continue;
      auto frontier = efficientFrontier(q, 5);
      QVERIFY2(
          frontier.ok(),
          qPrintable(QStringLiteral("trial %1: %2")
                         .arg(trial)
                         .arg(frontier.ok() ? QString()
                                            : QString::fromStdString(frontier.error().message))));
      for (const Allocation& a : frontier.value()) QVERIFY(a.kktResidual <= 1e-10);
      const double v =
          0.5 * (frontier.value().front().volatility + frontier.value().back().volatility);
      auto reached = targetVolatility(q, v);
      QVERIFY2(reached.ok(), qPrintable(QStringLiteral("trial %1").arg(trial)));
      QVERIFY(std::abs(reached.value().volatility - v) <= 1e-12);
    }
  }

  // Perfectly negatively correlated assets: Σ is singular, said as such, never a crash.
  void singularCovarianceIsRefused() {
    PortfolioProblem p;
    p.expectedReturns = {0.05, 0.08};
    p.covariance = {0.04, -0.06, -0.06, 0.09};
    p.minWeights = {0, 0};
    p.maxWeights = {1, 1};
    for (auto got :
         {minimumVariance(p), maximumSharpe(p, 0.01), targetReturn(p, 0.06), riskParity(p)}) {
      QVERIFY(!got.ok());
      QCOMPARE(got.error().code, std::string(portfoliofailure::kNotPositiveDefinite));
    }
  }

  void infeasibleLimitsAreNamed() {
    PortfolioProblem p = threeAssets(0, 0.3);
    auto got = minimumVariance(p);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, std::string(portfoliofailure::kInfeasible));
    QVERIFY(got.error().message.find("90 %") != std::string::npos);
    p = threeAssets(0, 1);
    p.groups.push_back({"Tech", {0, 1}, 0.5, 0.4});
    QVERIFY(!minimumVariance(p).ok());
    auto high = targetReturn(threeAssets(0, 1), 0.10);
    QCOMPARE(high.error().code, std::string(portfoliofailure::kTargetOutOfRange));
    auto none = maximumSharpe(threeAssets(0, 1), 0.12);
    QCOMPARE(none.error().code, std::string(portfoliofailure::kNoPositiveExcess));
  }

  // Two assets: equal risk contributions need w1·σ1 = w2·σ2 whatever the correlation, so
  // w1 = σ2 / (σ1 + σ2).
  void riskParityOfTwoAssets() {
    PortfolioProblem p;
    p.expectedReturns = {0.05, 0.08};
    p.covariance = {0.01, 0.5 * 0.1 * 0.25, 0.5 * 0.1 * 0.25, 0.0625};
    p.minWeights = {0, 0};
    p.maxWeights = {1, 1};
    auto got = riskParity(p);
    QVERIFY(got.ok());
    compareWeights(got.value(), Eigen::Vector2d(0.25 / 0.35, 0.10 / 0.35), 1e-14);
    const auto shares = riskContributions(p, got.value().weights);
    QVERIFY(std::abs(shares[0] - 0.5) <= 1e-13);
  }

  // Normal: VaR = z·σ − μ and ES = σ·φ(z)/(1 − α) − μ, z = 2.3263478740408408 at 99 %.
  void normalValueAtRisk() {
    const double z = 2.3263478740408408;
    const double phi = std::exp(-z * z / 2) / std::sqrt(2 * M_PI);
    const RiskMeasures r = normalRisk(0.001, 0.02, 0.99);
    QVERIFY(std::abs(r.valueAtRisk - (z * 0.02 - 0.001)) <= 1e-15);
    QVERIFY(std::abs(r.expectedShortfall - (0.02 * phi / 0.01 - 0.001)) <= 1e-14);
    // No skew or excess kurtosis: Cornish–Fisher is the normal.
    const RiskMeasures cf = cornishFisherRisk(0.001, 0.02, 0, 0, 0.99);
    QVERIFY(std::abs(cf.valueAtRisk - r.valueAtRisk) <= 1e-16);
    QVERIFY(std::abs(cf.expectedShortfall - r.expectedShortfall) <= 1e-15);
    // Negative skew raises the VaR: z̃ = −z + (z² − 1)·S/6 − (−2z³ + 5z)·S²/36 at S = −0.5.
    const double s = -0.5;
    const double q = -z;
    const double zt = q + (q * q - 1) * s / 6 - (2 * q * q * q - 5 * q) * s * s / 36;
    const RiskMeasures skewed = cornishFisherRisk(0, 0.02, s, 0, 0.99);
    QVERIFY(std::abs(skewed.valueAtRisk - (-0.02 * zt)) <= 1e-15);
    QVERIFY(skewed.valueAtRisk > r.valueAtRisk);
  }

  // The expansion is a quantile function only for moderate moments: with S = 0 its slope is
  // 1 − K/8 + K·z²/8, positive on [−5, 5] for −1/3 < K < 8; S = 1, K = 0 gives
  // slope (−1/6)z² + z/3 + 1 + 5/36, negative at z = 5.
  void cornishFisherDomain() {
    QVERIFY(cornishFisherIsQuantile(0, 0));
    QVERIFY(cornishFisherIsQuantile(0, 7.9));
    QVERIFY(!cornishFisherIsQuantile(0, 8.1));
    QVERIFY(cornishFisherIsQuantile(0, -0.33));
    QVERIFY(!cornishFisherIsQuantile(0, -0.34));
    QVERIFY(!cornishFisherIsQuantile(1, 0));
    QVERIFY(cornishFisherIsQuantile(-0.5, 2));
  }

  // Ten returns −5 %, −4 %, …, +4 %: at 80 %, w = ⌊0.2·10⌋ = 2, VaR is the third largest loss
  // (3 %) and ES the mean of the two largest (4.5 %).
  void historicalValueAtRisk() {
    std::vector<double> r;
    for (int k = -5; k < 5; ++k) r.push_back(k / 100.0);
    const RiskMeasures h = historicalRisk(r, 0.80);
    QVERIFY(std::abs(h.valueAtRisk - 0.03) <= 1e-16);
    QVERIFY(std::abs(h.expectedShortfall - 0.045) <= 1e-16);
  }

  // Monte Carlo converges to the normal VaR of wᵀr ~ N(wᵀμ, wᵀΣw), and the same seed gives the
  // same bits.
  void monteCarloMatchesTheNormal() {
    const PortfolioProblem p = threeAssets();
    const std::vector<double> w{0.5, 0.3, 0.2};
    const double sd = portfolioVolatility(p, w);
    const RiskMeasures want = normalRisk(portfolioReturn(p, w), sd, 0.95);
    const RiskMeasures got = monteCarloRisk(p.expectedReturns, p.covariance, w, 0.95, 200000, 42);
    QVERIFY(std::abs(got.valueAtRisk - want.valueAtRisk) <= 0.01 * want.valueAtRisk);
    const RiskMeasures again = monteCarloRisk(p.expectedReturns, p.covariance, w, 0.95, 200000, 42);
    QCOMPARE(testing::bits(again.valueAtRisk), testing::bits(got.valueAtRisk));
  }

  // 250 days, 99 % VaR, 6 exceptions: LR = −2·ln(0.99^244·0.01^6) + 2·ln((244/250)^244·(6/250)^6)
  // = 3.5554, below χ²(1)'s 5 % point 3.841; 7 exceptions give 5.497 and are rejected — Kupiec's
  // published region for a year of daily data at 99 % is N < 7 (Jorion, "Value at Risk",
  // table 6-2).
  void kupiecLikelihoodRatio() {
    std::vector<double> r(250, 0.0);
    for (int k = 0; k < 6; ++k) r[static_cast<std::size_t>(k)] = -0.05;
    const KupiecTest k = kupiecTest(r, 0.03, 0.99);
    QCOMPARE(k.exceptions, 6);
    const double lr = -2 * (244 * std::log(0.99) + 6 * std::log(0.01)) +
                      2 * (244 * std::log(244.0 / 250) + 6 * std::log(6.0 / 250));
    QVERIFY(std::abs(k.likelihoodRatio - lr) <= 1e-12);
    QVERIFY(std::abs(lr - 3.5554) <= 1e-4);
    QVERIFY(std::abs(k.pValue - std::erfc(std::sqrt(lr / 2))) <= 1e-15);
    QVERIFY(k.pValue > 0.05);
    r[6] = -0.05;
    const KupiecTest seven = kupiecTest(r, 0.03, 0.99);
    QCOMPARE(seven.exceptions, 7);
    QVERIFY(std::abs(seven.likelihoodRatio - 5.4970) <= 1e-4);
    QVERIFY(seven.pValue < 0.05);
  }

  // Ledoit & Wolf (2004), appendix B, by loops over the demeaned returns y (divisor T).
  void ledoitWolfByTheAppendix() {
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal(0.01, 0.05);
    const std::size_t t = 40, n = 4;
    std::vector<double> r(t * n);
    for (double& v : r) v = normal(rng);
    for (std::size_t k = 0; k < t; ++k) r[k * n + 1] += 0.5 * r[k * n];  // some correlation
    const CovarianceEstimate got = estimateCovariance(r, n, CovarianceEstimator::LedoitWolf, 0, 1);

    const auto tt = static_cast<double>(t);
    std::vector<double> mean(n, 0.0);
    for (std::size_t k = 0; k < t; ++k)
      for (std::size_t i = 0; i < n; ++i) mean[i] += r[k * n + i] / tt;
    auto y = [&](std::size_t k, std::size_t i) { return r[k * n + i] - mean[i]; };
    double s[4][4] = {};
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j)
        for (std::size_t k = 0; k < t; ++k) s[i][j] += y(k, i) * y(k, j) / tt;
    double rbar = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) rbar += s[i][j] / std::sqrt(s[i][i] * s[j][j]);
    rbar = 2 * rbar / static_cast<double>(n * (n - 1));
    double pi = 0, rho = 0, gamma = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) {
        double pij = 0, thii = 0, thjj = 0;
        for (std::size_t k = 0; k < t; ++k) {
          pij += std::pow(y(k, i) * y(k, j) - s[i][j], 2) / tt;
          thii += (y(k, i) * y(k, i) - s[i][i]) * (y(k, i) * y(k, j) - s[i][j]) / tt;
          thjj += (y(k, j) * y(k, j) - s[j][j]) * (y(k, i) * y(k, j) - s[i][j]) / tt;
        }
        pi += pij;
        const double f = i == j ? s[i][i] : rbar * std::sqrt(s[i][i] * s[j][j]);
        gamma += (f - s[i][j]) * (f - s[i][j]);
        rho +=
            i == j
                ? pij
                : rbar / 2 *
                      (std::sqrt(s[j][j] / s[i][i]) * thii + std::sqrt(s[i][i] / s[j][j]) * thjj);
      }
    const double delta = std::clamp((pi - rho) / gamma / tt, 0.0, 1.0);
    QVERIFY(std::abs(got.shrinkage - delta) <= 1e-12);
    QVERIFY(delta > 0 && delta < 1);
    const double f01 = rbar * std::sqrt(s[0][0] * s[1][1]);
    QVERIFY(std::abs(got.covariance[1] - (delta * f01 + (1 - delta) * s[0][1])) <= 1e-16);
    QVERIFY(std::abs(got.covariance[0] - s[0][0]) <= 1e-16);
  }

  // EWMA with λ = 0.5 on three observations: weights ∝ 0.25, 0.5, 1 (oldest first), zero mean.
  void ewmaWeightsTheLatest() {
    const std::vector<double> r{0.02, -0.01, 0.04};
    const CovarianceEstimate got = estimateCovariance(r, 1, CovarianceEstimator::Ewma, 0.5, 12);
    const double want = (0.25 * 0.0004 + 0.5 * 0.0001 + 1 * 0.0016) / 1.75 * 12;
    QVERIFY(std::abs(got.covariance[0] - want) <= 1e-17);
    const CovarianceEstimate sample = estimateCovariance(r, 1, CovarianceEstimator::Sample, 0, 12);
    const double m = 0.05 / 3;
    const double var = (std::pow(0.02 - m, 2) + std::pow(-0.01 - m, 2) + std::pow(0.04 - m, 2)) / 2;
    QVERIFY(std::abs(sample.covariance[0] - var * 12) <= 1e-17);
    QVERIFY(std::abs(sample.means[0] - m * 12) <= 1e-16);
  }
};

QTEST_APPLESS_MAIN(TestPortfolio)
#include "test_portfolio.moc"
