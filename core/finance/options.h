#pragma once
// Option pricing for real options (and plain financial options): Black–Scholes–Merton with a
// continuous yield, the Cox–Ross–Rubinstein binomial tree for American exercise, the Greeks, and
// the implied volatility (docs/methodology.md §15).
//
// Black–Scholes–Merton (Merton 1973; Hull, "Options, Futures, and Other Derivatives", ch. 15 and
// 17), underlying S paying a continuous yield q, strike K, time T in years, volatility σ, the
// continuously compounded risk-free rate r:
//   d1 = (ln(S/K) + (r − q + σ²/2)·T) / (σ√T),  d2 = d1 − σ√T
//   call = S·e^(−qT)·N(d1) − K·e^(−rT)·N(d2),    put = K·e^(−rT)·N(−d2) − S·e^(−qT)·N(−d1)
// Greeks (Hull ch. 19): Δ_call = e^(−qT)·N(d1), Δ_put = e^(−qT)·(N(d1) − 1);
//   Γ = e^(−qT)·φ(d1) / (S·σ·√T);  vega = S·e^(−qT)·φ(d1)·√T;
//   Θ_call = −S·φ(d1)·σ·e^(−qT) / (2√T) + q·S·N(d1)·e^(−qT) − r·K·e^(−rT)·N(d2),
//   Θ_put  = −S·φ(d1)·σ·e^(−qT) / (2√T) − q·S·N(−d1)·e^(−qT) + r·K·e^(−rT)·N(−d2);
//   ρ_call = K·T·e^(−rT)·N(d2),  ρ_put = −K·T·e^(−rT)·N(−d2).
// The risk-neutral probability of exercise is N(d2) for a call, N(−d2) for a put.
//
// CRR binomial tree (Cox, Ross and Rubinstein 1979; Hull ch. 13 and 21), n steps of Δt = T/n:
//   u = e^(σ√Δt), d = 1/u, p = (e^((r−q)Δt) − d) / (u − d), discount e^(−rΔt) per step;
//   at each node the value is the larger of holding (the discounted expectation) and, for
//   American exercise, exercising. p must lie strictly between 0 and 1: a few steps over a
//   long time at a low volatility can break that, and the tree then has no value.
// The tree's Greeks (Hull §21.3): Δ and Γ from the nodes after one and two steps, Θ from the
// middle node two steps on; vega and ρ by central differences of whole trees (σ ± 0.01,
// r ± 0.0001), since the tree gives no derivative in them.
//
// Every exponential, logarithm and normal probability uses the deterministic functions
// (core/common/detmath.h, core/analytics/normal.h), so a value is the same bits on every
// platform — a Monte Carlo over these inputs stays bit-identical.
#include <optional>
#include <string>

#include "core/common/types.h"

namespace valor {

enum class OptionType { Call, Put };

struct OptionInputs {
  OptionType type = OptionType::Call;
  Real underlying = 0;  // S > 0
  Real strike = 0;      // K > 0
  Real years = 0;       // T > 0
  Rate volatility = 0;  // σ > 0, per year
  Rate riskFree = 0;    // r, continuously compounded
  Rate yield = 0;       // q, continuous: dividends, or the value an unexercised option forgoes
};

struct OptionValue {
  Real value = 0;
  Real delta = 0;  // ∂V/∂S
  Real gamma = 0;  // ∂²V/∂S²
  Real vega = 0;   // ∂V/∂σ, per 1.00 of volatility
  Real theta = 0;  // ∂V/∂t, per year of calendar time passing (−∂V/∂T)
  Real rho = 0;    // ∂V/∂r, per 1.00 of rate
};

struct BlackScholesValue : OptionValue {
  Real d1 = 0;
  Real d2 = 0;
  Rate exerciseProbability = 0;  // risk-neutral: N(d2) for a call, N(−d2) for a put
};

// Preconditions (checked by the binding; VALOR_REQUIRE here): S, K, T, σ positive and finite.
BlackScholesValue blackScholes(const OptionInputs& in);

// The value at expiry if exercised: max(S − K, 0) for a call, max(K − S, 0) for a put.
Real intrinsicValue(const OptionInputs& in);

inline constexpr int kMinTreeSteps = 2;  // the tree's Γ and Θ need two steps

struct TreeValue : OptionValue {
  bool ok = false;  // false: p is not inside (0, 1) for these inputs and steps (no value)
  Real upProbability = 0;
};

// The CRR tree's value and Greeks; American exercise at every node when `american`.
// Preconditions as blackScholes, and steps >= kMinTreeSteps.
TreeValue binomialTree(const OptionInputs& in, int steps, bool american);
// Only the value (no Greeks): what the implied volatility and the bumped Greeks iterate.
std::optional<Real> binomialValue(const OptionInputs& in, int steps, bool american);

// The smallest number of steps for which the tree's up probability lies in (0, 1): p < 1 needs
// e^((r−q)Δt) < u and p > 0 needs d < e^((r−q)Δt), i.e. |r − q|·√Δt < σ.
int minimumTreeSteps(const OptionInputs& in);

// Why an implied volatility cannot be found.
enum class ImpliedVolFailure {
  None,
  BelowLowerBound,  // at or below the value at (almost) zero volatility
  AboveUpperBound,  // at or above the value at the highest volatility searched
  NoConvergence,
};

struct ImpliedVol {
  std::optional<Rate> volatility;
  ImpliedVolFailure failure = ImpliedVolFailure::None;
  Real lowestPrice = 0;   // the model's value at the lowest volatility searched
  Real highestPrice = 0;  // and at the highest
};

inline constexpr Rate kMinImpliedVol = 1e-4;
inline constexpr Rate kMaxImpliedVol = 5.0;

// The volatility at which the option is worth `price`: Brent's method (rootfinding.h) on
// [kMinImpliedVol, kMaxImpliedVol] over Black–Scholes, or the tree with `steps` when american.
// The value rises with σ for a call and a put alike (vega > 0), so the root is unique.
ImpliedVol impliedVolatility(const OptionInputs& in, Real price, bool american, int steps);

}  // namespace valor
