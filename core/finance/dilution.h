#pragma once
// Diluted shares by the treasury stock method at the value being computed.
//
// The circularity (the share count depends on the price, the price on the share count) has an
// exact solution. If the in-the-money set S is known, exercising S brings in Σ n·K and the
// proceeds buy back Σ n·K / P shares, so
//     P = E / (B + Σ_S n·(1 − K/P))   ⇔   P = (E + Σ_S n·K) / (B + Σ_S n).
// Adding a tranche with K < P gives a new P between K and the old P, so scanning tranches in
// ascending strike and stopping at the first with K ≥ P yields the one consistent set.
#include <span>

#include "core/common/require.h"
#include "core/common/types.h"

namespace valor {

struct OptionTranche {
  Shares count = 0;
  Price strike = 0;
};

struct DilutedValue {
  Price perShare = 0;
  Shares dilutedShares = 0;  // B + Σ_S n·(1 − K/P)
  int inTheMoneyTranches = 0;
};

// `tranchesByStrike` must be sorted by ascending strike. Equity at or below zero gives
// equity / basic shares and no dilution (no option is in the money). Inline: it ends every
// valuation, and its divisions then overlap with the valuation's other work.
inline DilutedValue solveTreasuryStockMethod(Money equityValue, Shares basicShares,
                                             std::span<const OptionTranche> tranchesByStrike) {
  VALOR_REQUIRE(basicShares > 0, "basic shares must be positive");
  DilutedValue out;
  Money numerator = equityValue;     // E + Σ n·K
  Shares denominator = basicShares;  // B + Σ n
  // K < P compared as K·(B + Σ n) < E + Σ n·K (the denominator is positive): one division at
  // the end instead of a chain of dependent ones on the valuation's critical path.
  for (const OptionTranche& t : tranchesByStrike) {
    if (t.count <= 0) continue;
    if (t.strike * denominator >= numerator) break;
    numerator += t.count * t.strike;
    denominator += t.count;
    ++out.inTheMoneyTranches;
  }
  out.perShare = numerator / denominator;
  out.dilutedShares = out.perShare != 0 ? equityValue / out.perShare : basicShares;
  return out;
}

}  // namespace valor
