#include "core/finance/credit.h"

#include <algorithm>
#include <cmath>

#include "core/analytics/normal.h"
#include "core/common/detmath.h"
#include "core/common/require.h"
#include "core/finance/options.h"
#include "core/finance/rootfinding.h"

namespace valor {

AltmanScore altmanScore(AltmanModel model, const AltmanInputs& in) {
  VALOR_REQUIRE(std::isfinite(in.totalAssets) && in.totalAssets > 0,
                "total assets must be positive");
  VALOR_REQUIRE(std::isfinite(in.totalLiabilities) && in.totalLiabilities > 0,
                "total liabilities must be positive");
  AltmanScore out;
  out.x[0] = in.workingCapital / in.totalAssets;
  out.x[1] = in.retainedEarnings / in.totalAssets;
  out.x[2] = in.ebit / in.totalAssets;
  out.x[3] = in.equity / in.totalLiabilities;
  out.withoutSales = model == AltmanModel::ZDoublePrime;
  out.x[4] = out.withoutSales ? 0.0 : in.sales / in.totalAssets;
  const Real* x = out.x;
  switch (model) {
    case AltmanModel::Z:
      out.score = 1.2 * x[0] + 1.4 * x[1] + 3.3 * x[2] + 0.6 * x[3] + 1.0 * x[4];
      out.distressBelow = 1.81;
      out.safeAbove = 2.99;
      break;
    case AltmanModel::ZPrime:
      out.score = 0.717 * x[0] + 0.847 * x[1] + 3.107 * x[2] + 0.420 * x[3] + 0.998 * x[4];
      out.distressBelow = 1.23;
      out.safeAbove = 2.90;
      break;
    case AltmanModel::ZDoublePrime:
      out.score = 6.56 * x[0] + 3.26 * x[1] + 6.72 * x[2] + 1.05 * x[3];
      out.distressBelow = 1.10;
      out.safeAbove = 2.60;
      break;
  }
  out.zone = out.score < out.distressBelow ? AltmanZone::Distress
             : out.score > out.safeAbove   ? AltmanZone::Safe
                                           : AltmanZone::Grey;
  return out;
}

namespace {

constexpr Real kTolerance = 1e-12;  // relative residual Newton aims for
constexpr Real kAccept = 1e-10;     // relative residual a solution must reach

struct Residual {
  Real equity = 0;      // (model E − E) / E
  Real volatility = 0;  // (N(d1)·σV·V − σE·E) / (σE·E)
  Real size() const { return std::max(std::abs(equity), std::abs(volatility)); }
};

OptionInputs equityAsCall(const MertonInputs& in, Money assets, Rate assetVolatility) {
  return {OptionType::Call, assets, in.debt, in.years, assetVolatility, in.riskFree, 0};
}

Residual residualAt(const MertonInputs& in, Money v, Rate s) {
  const BlackScholesValue call = blackScholes(equityAsCall(in, v, s));
  const Real target = in.equityVolatility * in.equity;
  return {(call.value - in.equity) / in.equity, (call.delta * s * v - target) / target};
}

// Newton's method on the pair, until the tolerance or a stall (the caller checks the residual).
void newton(const MertonInputs& in, Money& v, Rate& s, int& iterations) {
  const Real rootT = std::sqrt(in.years);
  for (; iterations < 100; ++iterations) {
    const Residual r = residualAt(in, v, s);
    if (r.size() <= kTolerance) return;
    const BlackScholesValue c = blackScholes(equityAsCall(in, v, s));
    const Real pdf = normalPdf(c.d1);
    // Rows: ∂(E_model − E)/∂(V, σV), ∂(N(d1)·σV·V − σE·E)/∂(V, σV); ∂d1/∂V = 1/(VσV√T),
    // ∂d1/∂σV = −d2/σV.
    const Real a = c.delta, b = c.vega;
    const Real cc = s * c.delta + pdf / rootT, d = v * (c.delta - pdf * c.d2);
    const Real det = a * d - b * cc;
    if (!(std::abs(det) > 0) || !std::isfinite(det)) return;
    const Real f1 = c.value - in.equity;
    const Real f2 = c.delta * s * v - in.equityVolatility * in.equity;
    const Real dv = -(d * f1 - b * f2) / det;
    const Real ds = -(a * f2 - cc * f1) / det;
    Real step = 1;
    bool moved = false;
    for (int halving = 0; halving < 40 && !moved; ++halving, step /= 2) {
      const Money nv = v + step * dv;
      const Rate ns = s + step * ds;
      if (!(nv > 0 && ns > 0 && std::isfinite(nv) && std::isfinite(ns))) continue;
      if (residualAt(in, nv, ns).size() < r.size()) {
        v = nv;
        s = ns;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

// The fixed-point iteration: V from the first equation for the current σV, then σV from the
// second, until σV stops moving.
bool fixedPoint(const MertonInputs& in, Money& v, Rate& s, int& iterations) {
  const Money pvDebt = in.debt * detmath::exp(-in.riskFree * in.years);
  for (int i = 0; i < 2000; ++i, ++iterations) {
    // The call is worth between V − D·e^(−rT) and V: V lies in [E, E + D·e^(−rT)] (the upper
    // end widened a little, so rounding cannot leave the root outside the bracket).
    const Money high = (in.equity + pvDebt) * (1 + 1e-9);
    const RootSearch root =
        brent([&](Money x) { return blackScholes(equityAsCall(in, x, s)).value - in.equity; },
              in.equity, high, {1e-14 * high, 200});
    if (!root.ok()) return false;
    v = *root.root;
    const Real delta = blackScholes(equityAsCall(in, v, s)).delta;
    if (!(delta > 0)) return false;
    const Rate next = in.equityVolatility * in.equity / (delta * v);
    // Brent leaves V to about 1e-14 of its size: σV settles to about as much.
    const bool settled = std::abs(next - s) <= 1e-13 * s;
    s = next;
    if (settled) break;
  }
  return residualAt(in, v, s).size() <= kAccept;
}

// ln(1 − x) for 0 ≤ x < 1 with the deterministic log; for small x by its series, which keeps the
// digits 1 − x would lose (a spread of a basis point on a short horizon).
Real logOneMinus(Real x) {
  if (x < 1e-4) return -x * (1 + x * (0.5 + x * (1.0 / 3 + x * 0.25)));
  return detmath::log(1 - x);
}

}  // namespace

MertonSolution solveMerton(const MertonInputs& in) {
  VALOR_REQUIRE(std::isfinite(in.equity) && in.equity > 0, "equity must be positive");
  VALOR_REQUIRE(std::isfinite(in.equityVolatility) && in.equityVolatility > 0,
                "equity volatility must be positive");
  VALOR_REQUIRE(std::isfinite(in.debt) && in.debt > 0, "debt must be positive");
  VALOR_REQUIRE(std::isfinite(in.years) && in.years > 0, "the horizon must be positive");
  VALOR_REQUIRE(std::isfinite(in.riskFree), "the rate must be finite");
  MertonSolution out;
  const Money pvDebt = in.debt * detmath::exp(-in.riskFree * in.years);
  // Start where the debt is riskless: V = E + D·e^(−rT), σV = σE·E / V.
  Money v = in.equity + pvDebt;
  Rate s = in.equityVolatility * in.equity / v;
  newton(in, v, s, out.iterations);
  // Newton aims for 1e-12; a stall short of it still stands when it met the acceptance 1e-10.
  bool solved = residualAt(in, v, s).size() <= kAccept;
  if (!solved) {
    v = in.equity + pvDebt;
    s = in.equityVolatility * in.equity / v;
    out.fixedPoint = true;
    solved = fixedPoint(in, v, s, out.iterations);
  }
  const Residual r = residualAt(in, v, s);
  out.equityResidual = std::abs(r.equity);
  out.volatilityResidual = std::abs(r.volatility);
  out.ok = solved && r.size() <= kAccept;
  out.assets = v;
  out.assetVolatility = s;
  const BlackScholesValue call = blackScholes(equityAsCall(in, v, s));
  out.distanceToDefault = call.d2;
  out.defaultProbability = normalTails(call.d2).upper;
  OptionInputs put = equityAsCall(in, v, s);
  put.type = OptionType::Put;
  // The put is worth at least 0 in exact arithmetic; rounding just below it is 0.
  const Money guarantee = std::max(blackScholes(put).value, 0.0);
  out.debtValue = pvDebt - guarantee;
  out.creditSpread = -logOneMinus(guarantee / pvDebt) / in.years;
  return out;
}

}  // namespace valor
