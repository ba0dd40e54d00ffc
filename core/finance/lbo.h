#pragma once
// Leveraged buyout: plain inputs in, sources & uses, the debt schedule, returns and their
// attribution out (docs/methodology.md §7–8; FINANCE §7–8). Year t = 1..N follows the close.
//
// Operating case (year t):
//   Revenue_t = Revenue_{t−1}·(1 + g_t);  EBITDA_t = Revenue_t·margin_t;  D&A, capex and NWC as
//   % of revenue;  EBIT = EBITDA − D&A;  ΔNWC = NWC_t − NWC_{t−1} (NWC_0 = base NWC).
// Interest (per tranche, on the basis B: the opening balance, or the average of the opening and
//   the year-end balance before the year-end PIK and a maturity bullet — the circularity,
//   solved per year by fixed-point iteration to 1e-12 relative):
//   cash interest = rate_t·B with rate_t = fixed, or max(base_t, floor) + spread (floating);
//   revolver undrawn fee = fee·(commitment − B);  PIK = pik rate × opening balance, added to
//   principal (it compounds annually, as PIK notes capitalise at each period end);
//   interest income = cash rate × B(cash).  OID and capitalised financing fees amortise straight
//   line over the tranche's maturity as non-cash, tax-deductible expense.
//   EBT = EBIT − cash interest − PIK − OID amortisation − fee amortisation + interest income.
// Taxes = rate × max(EBT − NOL used, 0); with the NOL carry-forward on, a loss adds to the NOL and
//   a profit uses it first (no annual limitation).
// Cash flow for debt service CF = EBITDA − capex − ΔNWC − taxes − cash interest + income.
// Waterfall (FINANCE §7): mandatory repayments (amortisation % × original principal, capped at
//   the balance; the whole balance, PIK included, at maturity); dividends; then the excess
//   X = opening cash + CF − mandatory − dividends − minimum cash. X < 0: the revolver draws up
//   to its commitment, and what it cannot cover is a cash shortfall (a failure, never negative
//   cash; after the exit year it only ends the projection there). X ≥ 0: the revolver is repaid
//   first, then sweep % of what remains repays prepayable tranches in seniority (list) order; the
//   rest stays in cash.
// Exit at the end of year X ≤ N: EV_X = exit multiple × EBITDA_X; net debt = debt − cash;
//   exit equity = EV_X − net debt. The sponsor holds sponsor / (sponsor + rollover) of the equity
//   and receives that share of dividends and of max(exit equity, 0) (limited liability).
// Returns: sponsor flows −E_s at t = 0, share of dividends at t, share of exit equity at X.
//   Those flows change sign once, so by Descartes' rule the IRR is unique; it is solved
//   directly (a total loss is −100 %). MOIC = received / invested.
// Attribution of the equity gain G = exit equity + Σ dividends − (sponsor + rollover equity),
//   in this order (FINANCE §8): EBITDA growth (EBITDA_X − EBITDA_0)·m_0; multiple expansion
//   (m_X − m_0)·EBITDA_X; debt paydown and cash generation ND_0 − ND_X + Σ dividends; fees and
//   leakage −(transaction fees + financing fees + OID). They sum to G exactly (m_0 = EV_0 /
//   EBITDA_0, ND_0 = principal at close − minimum cash).
#include <array>
#include <optional>

#include "core/common/types.h"

namespace valor {

inline constexpr int kMaxLboYears = 20;
inline constexpr int kMaxLboTranches = 8;
using LboYears = std::array<Real, kMaxLboYears>;

enum class TrancheType { Revolver, TermLoan, Notes, Mezzanine };
enum class InterestBasis { Opening, Average };

struct LboTranche {
  TrancheType type = TrancheType::TermLoan;
  Money principal = 0;   // face amount funded at close (a revolver: drawn at close)
  Money commitment = 0;  // revolver only: the most it can be drawn
  bool floating = false;
  Rate fixedRate = 0;
  Rate spread = 0;  // floating: over max(base rate, floor)
  Rate floor = 0;
  Rate pikRate = 0;
  Rate amortisation = 0;  // per year, as a share of the original principal
  int maturityYears = 1;  // repaid in full at the end of this year (if within the projection)
  bool prepayable = true;
  Rate oid = 0;           // original issue discount: funded at principal × (1 − oid)
  Rate financingFee = 0;  // × principal (a revolver: × commitment), capitalised
  Rate undrawnFee = 0;    // revolver only
};

struct LboInputs {
  Year firstYear = 0;
  int years = 0;  // 1..kMaxLboYears

  Money baseRevenue = 0;
  Money baseEbitda = 0;  // LTM EBITDA at close
  Money baseNwc = 0;
  LboYears revenueGrowth{};
  LboYears ebitdaMargin{};
  LboYears daPctRevenue{};
  LboYears capexPctRevenue{};
  LboYears nwcPctRevenue{};
  LboYears taxRate{};
  LboYears baseRate{};   // the floating reference rate per year
  LboYears dividends{};  // paid to all equity holders

  bool entryByMultiple = true;
  Multiple entryMultiple = 0;  // × base EBITDA
  Money entryPrice = 0;        // the enterprise value, when not by multiple
  bool transactionFeeIsPercent = true;
  Real transactionFee = 0;  // share of entry EV, or an amount
  Money minimumCash = 0;    // funded at close and held after
  Money rolloverEquity = 0;

  Rate sweep = 1;  // share of excess cash that repays prepayable debt
  InterestBasis interestBasis = InterestBasis::Opening;
  Rate cashInterestRate = 0;  // earned on cash
  bool carryForwardLosses = false;
  Money openingNol = 0;

  int exitYear = 0;  // 1..years
  Multiple exitMultiple = 0;

  int trancheCount = 0;
  std::array<LboTranche, kMaxLboTranches> tranches{};  // seniority order
};

// Only the first `years` rows are written.
struct LboTrancheYear {
  Money opening;
  Money interestCash;  // incl. a revolver's undrawn fee
  Money interestPik;
  Money mandatory;  // amortisation and the maturity bullet
  Money drawn;      // revolver draws
  Money sweep;      // optional repayment: the revolver's from excess cash, or the sweep
  Money closing;
};

struct LboYearRow {
  Year year;
  Money revenue;
  Money ebitda;
  Money depreciation;
  Money ebit;
  Money capex;
  Money nwc;
  Money deltaNwc;
  Money interestCash;  // all tranches, incl. undrawn fees
  Money interestPik;
  Money oidAmortisation;
  Money feeAmortisation;
  Money interestIncome;
  Money ebt;
  Money nolUsed;
  Money nolClosing;
  Money taxes;
  Money netIncome;
  Money cashFlowForDebt;  // CF above
  Money mandatory;
  Money revolverDrawn;
  Money revolverRepaid;
  Money sweep;  // to non-revolver tranches
  Money dividends;
  Money cashOpening;
  Money cashClosing;
  Money debtClosing;
  Money seniorDebtClosing;  // revolver and term loans
  int iterations;           // fixed-point passes this year (1 on the opening basis)
  Real residual;            // relative change of interest in the last pass
};

enum class LboFailure {
  None,
  NoSponsorEquity,  // the tranches and rollover cover every use: no equity plug (see below)
  CashShortfall,    // in failureYear, beyond the revolver
  NotConverged,     // the average-balance interest did not settle in failureYear
};

struct LboSourcesUses {
  Money entryEnterpriseValue = 0;
  Money transactionFees = 0;
  Money financingFees = 0;
  Money oid = 0;
  Money minimumCash = 0;
  Money debt = 0;  // Σ principal
  Money rolloverEquity = 0;
  Money sponsorEquity = 0;  // the plug
  Money total = 0;          // sources = uses
};

struct LboAttribution {
  Money ebitdaGrowth = 0;
  Money multipleExpansion = 0;
  Money debtPaydown = 0;  // and cash generation, dividends included
  Money feesAndLeakage = 0;
  Money equityGain = 0;  // the sum of the four
};

struct LboResult {
  LboFailure failure = LboFailure::None;
  Year failureYear = 0;
  Money shortfall = 0;  // the uncovered amount, for CashShortfall
  // A shortfall after the exit year does not touch the returns (the buyer refinances): the
  // projection stops the year before it (years < the inputs' years) and says so here.
  Year shortfallAfterExitYear = 0;
  Money shortfallAfterExit = 0;

  LboSourcesUses sourcesUses;
  Multiple entryMultiple = 0;  // EV_0 / EBITDA_0 (given, or implied by the price)
  std::array<LboYearRow, kMaxLboYears> rows;
  std::array<std::array<LboTrancheYear, kMaxLboYears>, kMaxLboTranches> schedule;
  int years = 0;
  int trancheCount = 0;

  Money exitEbitda = 0;
  Money exitEnterpriseValue = 0;
  Money netDebtAtExit = 0;
  Money exitEquity = 0;       // may be negative
  Real sponsorShare = 0;      // of all equity
  Money sponsorProceeds = 0;  // dividends and exit, received
  std::optional<Rate> irr;    // annual, periodic
  std::optional<Multiple> moic;
  LboAttribution attribution;
  bool averageInterest = false;
  int iterations = 0;  // most passes in any year
  Real residual = 0;   // largest final residual of any year
};

// Credit statistics of one year (a ratio whose denominator is not positive does not exist).
struct LboCreditStats {
  std::optional<Multiple> totalLeverage;         // debt / EBITDA
  std::optional<Multiple> seniorLeverage;        // revolver and term loans / EBITDA
  std::optional<Multiple> interestCover;         // EBITDA / cash interest
  std::optional<Multiple> ebitdaLessCapexCover;  // (EBITDA − capex) / cash interest
  std::optional<Real> fcfToDebt;                 // CF (before repayments) / debt
  std::optional<Rate> cumulativePaydown;         // 1 − debt / debt at close
};
LboCreditStats lboCreditStats(const LboYearRow& row, Money debtAtClose);

// Max passes per year before the average-balance solve is called diverged.
inline constexpr int kLboMaxIterations = 100;
inline constexpr Real kLboTolerance = 1e-12;
// Sponsor equity at or below this share of the uses counts as none (a plug left by rounding).
inline constexpr Real kLboMinimumEquityShare = 1e-9;

// Requires 1 ≤ years ≤ kMaxLboYears, 1 ≤ exitYear ≤ years, 0 ≤ trancheCount ≤ kMaxLboTranches
// (the binding checks the rest). `out` is reused: nothing is allocated.
void evaluateLbo(const LboInputs& in, LboResult& out);

// Sponsor IRR of flows that change sign once (flows[0] < 0, the rest ≥ 0): the unique root of
// Σ f_t (1 + r)^−t, or −1 when nothing comes back. nullopt if the flows are not of that shape,
// or so extreme (a return of 10^60 %) that Newton's method does not settle.
std::optional<Rate> singleSignChangeIrr(const Real* flows, int count);

}  // namespace valor
