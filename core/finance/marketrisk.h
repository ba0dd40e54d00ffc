#pragma once
// Value at risk and expected shortfall of a portfolio's return over a horizon. Losses are
// positive numbers: VaR_α is the loss that the return falls below with probability 1 − α (the
// α-quantile of the loss −r), and ES_α (CVaR) the mean loss beyond it (Acerbi & Tasche, "On the
// coherence of expected shortfall", 2002). Both are fractions of the portfolio's value.
// - normal: VaR = z_α·σ − μ, ES = σ·φ(z_α)/(1 − α) − μ (Jorion, "Value at Risk", 3rd ed., §5.2);
// - Cornish–Fisher: the normal quantile corrected by the skewness S and excess kurtosis K,
//   z̃ = z + (z² − 1)·S/6 + (z³ − 3z)·K/24 − (2z³ − 5z)·S²/36 at z = −z_α (Favre & Galeano 2002);
//   ES is that quantile function averaged over the tail, in closed form from the normal's tail
//   moments;
// - historical: with w = ⌊(1 − α)·T⌋ (at least 1), VaR is the (w + 1)-th largest loss of the T
//   observations (the empirical α-quantile) and ES the mean of the w largest (Acerbi & Tasche's
//   estimator);
// - Monte Carlo: the portfolio's return over the horizon drawn from the assets' joint normal
//   N(μ, Σ) — for fixed weights exactly N(wᵀμ, wᵀΣw), one standard normal a path — with path k
//   from Philox4x32-10 under the seed (the same draws on every run), then the historical
//   estimators on the simulated returns: it converges to the normal figures, and shows the
//   sampling error at a given number of paths.
// Kupiec's proportion-of-failures test ("Techniques for verifying the accuracy of risk
// measurement models", J. Derivatives 1995): x exceptions in T periods against p = 1 − α,
// LR = −2·ln[(1 − p)^(T−x)·p^x] + 2·ln[(1 − x/T)^(T−x)·(x/T)^x], χ²(1) under the model.
#include <cstdint>
#include <vector>

#include "core/common/types.h"

namespace valor {

struct RiskMeasures {
  Real valueAtRisk = 0;        // a loss, as a fraction of the value
  Real expectedShortfall = 0;  // a loss, as a fraction of the value
};

RiskMeasures normalRisk(Real mean, Real sd, Real confidence);
RiskMeasures cornishFisherRisk(Real mean, Real sd, Real skewness, Real excessKurtosis,
                               Real confidence);
// Whether the Cornish–Fisher expansion is increasing in z for these moments, i.e. a quantile
// function (Maillard, "A User's Guide to the Cornish Fisher Expansion", 2012): its derivative
// (3b − 6c)·z² + 2a·z + 1 − 3b + 5c, a = S/6, b = K/24, c = S²/36, is positive on [−5, 5]
// (beyond, a normal's probability is below 6·10⁻⁷). Outside that domain its VaR and ES mean
// nothing.
bool cornishFisherIsQuantile(Real skewness, Real excessKurtosis);
// `returns` of one period each; at least one.
RiskMeasures historicalRisk(std::vector<Real> returns, Real confidence);
// `mean` and `covariance` (n × n row-major, positive semidefinite: a precondition) of the
// assets' returns over the horizon; `weights` the portfolio's.
RiskMeasures monteCarloRisk(const std::vector<Real>& mean, const std::vector<Real>& covariance,
                            const std::vector<Real>& weights, Real confidence,
                            std::size_t simulations, std::uint64_t seed);

struct SampleMoments {
  Real mean = 0;
  Real sd = 0;              // with divisor T − 1
  Real skewness = 0;        // the sample's g1 = m3 / m2^(3/2)
  Real excessKurtosis = 0;  // g2 = m4 / m2² − 3
};
SampleMoments sampleMoments(const std::vector<Real>& values);

struct KupiecTest {
  int observations = 0;
  int exceptions = 0;  // periods whose loss exceeded the VaR
  Real expected = 0;   // (1 − α)·T
  Real likelihoodRatio = 0;
  Real pValue = 0;  // P(χ²(1) > LR)
};
KupiecTest kupiecTest(const std::vector<Real>& returns, Real valueAtRisk, Real confidence);

}  // namespace valor
