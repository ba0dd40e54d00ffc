#include "core/finance/dilution.h"

#include "core/common/require.h"

namespace valor {

DilutedValue solveTreasuryStockMethod(Money equityValue, Shares basicShares,
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
