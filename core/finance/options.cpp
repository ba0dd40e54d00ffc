#include "core/finance/options.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/analytics/normal.h"
#include "core/common/detmath.h"
#include "core/common/require.h"
#include "core/finance/rootfinding.h"

namespace valor {
namespace {

void requireValid(const OptionInputs& in) {
  VALOR_REQUIRE(std::isfinite(in.underlying) && in.underlying > 0, "underlying must be positive");
  VALOR_REQUIRE(std::isfinite(in.strike) && in.strike > 0, "strike must be positive");
  VALOR_REQUIRE(std::isfinite(in.years) && in.years > 0, "time to expiry must be positive");
  VALOR_REQUIRE(std::isfinite(in.volatility) && in.volatility > 0, "volatility must be positive");
  VALOR_REQUIRE(std::isfinite(in.riskFree) && std::isfinite(in.yield), "rates must be finite");
}

bool isCall(const OptionInputs& in) {
  return in.type == OptionType::Call;
}

// The bumps of the tree's vega and ρ (central differences).
Rate volatilityBump(Rate sigma) {
  return std::min(0.01, sigma / 2);
}
constexpr Rate kRateBump = 1e-4;

// The nodes a tree's Greeks read: the root, the two after one step, the three after two.
struct TreeNodes {
  bool ok = false;
  Real up = 0;  // u
  Real p = 0;
  Real f0 = 0;
  Real f1[2] = {0, 0};
  Real f2[3] = {0, 0, 0};
};

// Backward induction over the CRR tree. The node after i steps with j up-moves has the price
// S·u^(2j − i) (d = 1/u), so every price in the tree is one of S·u^k, k = −n..n; the payoffs of
// exercise are computed once for all of them, split by the parity of k so that each step reads
// them contiguously.
TreeNodes backwardInduction(const OptionInputs& in, int steps, bool american) {
  TreeNodes nodes;
  const int n = steps;
  const Real dt = in.years / n;
  const Real sigmaRootDt = in.volatility * std::sqrt(dt);
  const Real u = detmath::exp(sigmaRootDt);
  const Real d = 1 / u;
  const Real growth = detmath::exp((in.riskFree - in.yield) * dt);
  const Real p = (growth - d) / (u - d);
  if (!(p > 0 && p < 1)) return nodes;
  const Real discount = detmath::exp(-in.riskFree * dt);
  const Real pUp = discount * p;
  const Real pDown = discount * (1 - p);
  const bool call = isCall(in);

  // exercise[k + n] is the payoff at the price S·u^k; even[m] = exercise[2m], odd[m] = [2m + 1].
  const auto count = static_cast<std::size_t>(n + 1);
  std::vector<Real> even(count), odd(count), values(count);
  for (int k = 0; k <= 2 * n; ++k) {
    const Real price = in.underlying * detmath::exp(sigmaRootDt * (k - n));
    const Real payoff = std::max(call ? price - in.strike : in.strike - price, 0.0);
    (k % 2 == 0 ? even : odd)[static_cast<std::size_t>(k / 2)] = payoff;
  }
  // At expiry (i = n) the node with j ups has k = 2j − n, index 2j: even[j].
  std::copy(even.begin(), even.end(), values.begin());
  if (n == 2) std::copy(values.begin(), values.begin() + 3, nodes.f2);  // the loop starts at i = 1
  for (int i = n - 1; i >= 0; --i) {
    // At step i node j has index (n − i) + 2j: from even or odd, starting at (n − i) / 2.
    const Real* exercise = ((n - i) % 2 == 0 ? even.data() : odd.data()) + (n - i) / 2;
    Real* v = values.data();
    if (american) {
      for (int j = 0; j <= i; ++j) {
        const Real hold = pUp * v[j + 1] + pDown * v[j];
        v[j] = hold > exercise[j] ? hold : exercise[j];
      }
    } else {
      for (int j = 0; j <= i; ++j) v[j] = pUp * v[j + 1] + pDown * v[j];
    }
    if (i == 2) std::copy(v, v + 3, nodes.f2);
    if (i == 1) std::copy(v, v + 2, nodes.f1);
  }
  nodes.ok = true;
  nodes.up = u;
  nodes.p = p;
  nodes.f0 = values[0];
  return nodes;
}

}  // namespace

BlackScholesValue blackScholes(const OptionInputs& in) {
  requireValid(in);
  const Real rootT = std::sqrt(in.years);
  const Real sigmaRootT = in.volatility * rootT;
  BlackScholesValue out;
  out.d1 = (detmath::log(in.underlying / in.strike) +
            (in.riskFree - in.yield + in.volatility * in.volatility / 2) * in.years) /
           sigmaRootT;
  out.d2 = out.d1 - sigmaRootT;
  const Real carry = detmath::exp(-in.yield * in.years);        // e^(−qT)
  const Real discount = detmath::exp(-in.riskFree * in.years);  // e^(−rT)
  const NormalTails n1 = normalTails(out.d1);
  const NormalTails n2 = normalTails(out.d2);
  const Real pdf1 = normalPdf(out.d1);
  const Real s = in.underlying * carry;
  const Real k = in.strike * discount;
  out.gamma = carry * pdf1 / (in.underlying * sigmaRootT);
  out.vega = s * pdf1 * rootT;
  const Real decay = -s * pdf1 * in.volatility / (2 * rootT);
  if (isCall(in)) {
    out.value = s * n1.lower - k * n2.lower;
    out.delta = carry * n1.lower;
    out.theta = decay + in.yield * s * n1.lower - in.riskFree * k * n2.lower;
    out.rho = k * in.years * n2.lower;
    out.exerciseProbability = n2.lower;
  } else {
    // N(−x) is the upper tail of x, computed without cancellation.
    out.value = k * n2.upper - s * n1.upper;
    out.delta = -carry * n1.upper;
    out.theta = decay - in.yield * s * n1.upper + in.riskFree * k * n2.upper;
    out.rho = -k * in.years * n2.upper;
    out.exerciseProbability = n2.upper;
  }
  return out;
}

Real intrinsicValue(const OptionInputs& in) {
  return std::max(isCall(in) ? in.underlying - in.strike : in.strike - in.underlying, 0.0);
}

std::optional<Real> binomialValue(const OptionInputs& in, int steps, bool american) {
  requireValid(in);
  VALOR_REQUIRE(steps >= kMinTreeSteps, "a tree needs at least two steps");
  const TreeNodes nodes = backwardInduction(in, steps, american);
  if (!nodes.ok) return std::nullopt;
  return nodes.f0;
}

TreeValue binomialTree(const OptionInputs& in, int steps, bool american) {
  requireValid(in);
  VALOR_REQUIRE(steps >= kMinTreeSteps, "a tree needs at least two steps");
  TreeValue out;
  const TreeNodes nodes = backwardInduction(in, steps, american);
  if (!nodes.ok) return out;
  const Real dt = in.years / steps;
  const Real s = in.underlying;
  const Real u = nodes.up;
  const Real d = 1 / u;
  out.value = nodes.f0;
  out.upProbability = nodes.p;
  out.delta = (nodes.f1[1] - nodes.f1[0]) / (s * u - s * d);
  const Real upperDelta = (nodes.f2[2] - nodes.f2[1]) / (s * u * u - s);
  const Real lowerDelta = (nodes.f2[1] - nodes.f2[0]) / (s - s * d * d);
  out.gamma = (upperDelta - lowerDelta) / ((s * u * u - s * d * d) / 2);
  out.theta = (nodes.f2[1] - nodes.f0) / (2 * dt);

  const auto bumped = [&](Rate OptionInputs::*field, Real by) {
    OptionInputs b = in;
    b.*field += by;
    return binomialValue(b, steps, american);
  };
  const Rate h = volatilityBump(in.volatility);
  const auto volUp = bumped(&OptionInputs::volatility, h);
  const auto volDown = bumped(&OptionInputs::volatility, -h);
  const auto rateUp = bumped(&OptionInputs::riskFree, kRateBump);
  const auto rateDown = bumped(&OptionInputs::riskFree, -kRateBump);
  if (!volUp || !volDown || !rateUp || !rateDown) return out;  // minimumTreeSteps guards this
  out.vega = (*volUp - *volDown) / (2 * h);
  out.rho = (*rateUp - *rateDown) / (2 * kRateBump);
  out.ok = true;
  return out;
}

int minimumTreeSteps(const OptionInputs& in) {
  // p in (0, 1) ⇔ |r − q|·√Δt < σ ⇔ n > T·(r − q)² / σ², for every bumped tree of the Greeks
  // too (σ − h, r ± 1e-4), with a margin of 1 % for rounding.
  const Real drift = std::abs(in.riskFree - in.yield) + kRateBump;
  const Real sigma = in.volatility - volatilityBump(in.volatility);
  const Real bound = 1.01 * in.years * drift * drift / (sigma * sigma);
  if (!(bound < 1e9)) return 1'000'000'000;
  return std::max(kMinTreeSteps, static_cast<int>(std::floor(bound)) + 1);
}

ImpliedVol impliedVolatility(const OptionInputs& in, Real price, bool american, int steps) {
  requireValid(in);
  OptionInputs trial = in;
  const auto valueAt = [&](Rate sigma) -> Real {
    trial.volatility = sigma;
    if (!american) return blackScholes(trial).value;
    const auto v = binomialValue(trial, steps, true);
    return v ? *v : std::nan("");
  };
  // The tree needs σ > |r − q|·√Δt; below that the search starts just above it.
  Rate low = kMinImpliedVol;
  if (american)
    low = std::max(low, std::abs(in.riskFree - in.yield) * std::sqrt(in.years / steps) * 1.001);
  ImpliedVol out;
  out.lowestPrice = valueAt(low);
  out.highestPrice = valueAt(kMaxImpliedVol);
  if (!(price > out.lowestPrice)) {
    out.failure = ImpliedVolFailure::BelowLowerBound;
    return out;
  }
  if (!(price < out.highestPrice)) {
    out.failure = ImpliedVolFailure::AboveUpperBound;
    return out;
  }
  const RootSearch root =
      brent([&](Rate sigma) { return valueAt(sigma) - price; }, low, kMaxImpliedVol, {1e-12, 200});
  if (!root.ok()) {
    out.failure = ImpliedVolFailure::NoConvergence;
    return out;
  }
  out.volatility = root.root;
  return out;
}

}  // namespace valor
