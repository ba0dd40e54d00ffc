#pragma once
// Credit risk of one company (docs/methodology.md §12): Altman's Z-scores from its statements
// and Merton's structural model from its equity.
//
// Altman (1968; 2000, "Predicting Financial Distress of Companies: Revisiting the Z-Score and
// ZETA Models"), with X1 = working capital / total assets, X2 = retained earnings / total assets,
// X3 = EBIT / total assets, X4 = equity / total liabilities, X5 = sales / total assets:
//   Z   (public manufacturers) = 1.2·X1 + 1.4·X2 + 3.3·X3 + 0.6·X4 + 1.0·X5, X4 at market value;
//       distress below 1.81, safe above 2.99
//   Z′  (private firms)        = 0.717·X1 + 0.847·X2 + 3.107·X3 + 0.420·X4 + 0.998·X5, X4 at
//       book value; distress below 1.23, safe above 2.90
//   Z″  (non-manufacturers, emerging markets) = 6.56·X1 + 3.26·X2 + 6.72·X3 + 1.05·X4, X4 at
//       book value, no X5 (sales / assets differs too much by industry); distress below 1.10,
//       safe above 2.60
// Between the two bounds lies the grey zone.
//
// Merton (1974; Hull, "Options, Futures, and Other Derivatives", §24.6): the firm's equity is a
// call on its assets V struck at the face value D of its debt due in T years:
//   E = V·N(d1) − D·e^(−rT)·N(d2),  d1 = (ln(V/D) + (r + σV²/2)·T) / (σV√T),  d2 = d1 − σV√T
// and, by Itô's lemma, σE·E = N(d1)·σV·V. Given E, σE, D, T and r, the two equations are solved
// for V and σV by Newton's method on the pair (the Jacobian in closed form), each step halved
// until it lowers the residual and keeps V and σV positive; when Newton does not converge, by
// the fixed-point iteration σV ← σE·E / (N(d1)·V) with V from the first equation by Brent's
// method. Then the distance to default is d2 and the risk-neutral probability of default N(−d2);
// the debt is worth B = V − E = D·e^(−rT) − P (P the put on V struck at D), so the credit spread
// s = −ln(B / (D·e^(−rT))) / T = −ln(1 − P / (D·e^(−rT))) / T, never negative since 0 ≤ P ≤
// D·e^(−rT).
#include "core/common/types.h"

namespace valor {

enum class AltmanModel { Z, ZPrime, ZDoublePrime };
enum class AltmanZone { Distress, Grey, Safe };

struct AltmanInputs {
  Money workingCapital = 0;
  Money retainedEarnings = 0;
  Money ebit = 0;
  Money sales = 0;             // not used by Z″
  Money totalAssets = 0;       // > 0
  Money totalLiabilities = 0;  // > 0
  Money equity = 0;            // at market value for Z, at book value for Z′ and Z″
};

struct AltmanScore {
  Real x[5] = {0, 0, 0, 0, 0};  // X1..X5 (X5 is 0 for Z″)
  bool withoutSales = false;    // Z″: no X5
  Real score = 0;
  AltmanZone zone = AltmanZone::Grey;
  Real distressBelow = 0;  // the model's bounds of the grey zone
  Real safeAbove = 0;
};

// Preconditions (the binding checks them; VALOR_REQUIRE here): total assets and total
// liabilities positive and finite.
AltmanScore altmanScore(AltmanModel model, const AltmanInputs& in);

struct MertonInputs {
  Money equity = 0;           // E > 0, market value
  Rate equityVolatility = 0;  // σE > 0
  Money debt = 0;             // D > 0, face value due at T
  Real years = 0;             // T > 0
  Rate riskFree = 0;          // r, continuously compounded
};

struct MertonSolution {
  bool ok = false;
  Money assets = 0;             // V
  Rate assetVolatility = 0;     // σV
  Real distanceToDefault = 0;   // d2
  Rate defaultProbability = 0;  // N(−d2), risk-neutral
  Money debtValue = 0;          // B = V − E
  Rate creditSpread = 0;        // ≥ 0
  int iterations = 0;
  bool fixedPoint = false;  // solved by the fallback, not by Newton
  // |model E − E| / E and |N(d1)·σV·V − σE·E| / (σE·E) at the solution.
  Real equityResidual = 0;
  Real volatilityResidual = 0;
};

// Preconditions as MertonInputs says (VALOR_REQUIRE). ok is false only when neither method
// reaches a relative residual of 1e-10.
MertonSolution solveMerton(const MertonInputs& in);

}  // namespace valor
