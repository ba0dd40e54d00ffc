#pragma once
// Merger consequences: accretion/dilution of the acquirer's EPS, the purchase price allocation,
// and what the deal must earn to pay (docs/methodology.md §9–10; FINANCE §9–10). Year t = 1..N
// follows the close; the close itself (transaction fees expensed) lies outside the years.
//
// Offer: price P per target share (given, target price × (1 + premium), or exchange ratio ×
//   acquirer price). Purchase equity E = P · N_target. Stock share σ of E is paid in new
//   acquirer shares issued at IP (the acquirer's price, less a discount, or a stated price):
//   new shares n = σE / IP. The rest, (1 − σ)E, is paid in cash.
// Funding: the cash need C = (1 − σ)E + transaction fees + target debt refinanced (if chosen)
//   + financing fees f·D. A share s of it is new debt D = s·C, the rest comes from the
//   acquirer's cash. Since the fees are part of what the debt funds, D = s·C₀ / (1 − s·f) with
//   C₀ the need before financing fees, and cash used = (1 − s)·C₀ / (1 − s·f). The new debt is
//   held over the years (no repayment is modelled).
// Pro-forma net income (FINANCE §9), every adjustment taxed at the acquirer's marginal rate τ
// but the new D&A, taxed at the rate of the write-ups τ_w (the target's; the DTL set up at that
// rate unwinds at it):
//   PF NI_t = NI_acq + NI_target + (S_t − I_t − r_d·D − y·cash used − f·D / fee years
//             + r_target·refinanced debt)·(1 − τ) − new D&A_t·(1 − τ_w)
//   with realised synergies S_t = phase-in_t · (cost run-rate + revenue run-rate · margin),
//   integration costs I_t, and new D&A from the write-ups, straight line over their lives.
//   (The new D&A lowers book net income after tax in a stock deal too: its tax effect is the
//   unwinding of the deferred tax liability.)
// PF EPS_t = PF NI_t / (N_acq + n); standalone EPS_t = NI_acq / N_acq;
//   accretion_t = PF EPS / standalone EPS − 1, and over |standalone EPS| when that is negative.
// Break-even synergies B_t: the pre-tax synergies realised in year t that make PF EPS equal the
//   standalone EPS, all else as given: B_t = (EPS_sa·PF shares − (PF NI − S_t(1 − τ))) / (1 − τ).
// Maximum offer price P*_t: PF NI and PF shares are linear in P, so the price at which PF EPS_t
//   equals the standalone EPS solves  Q_t − k_t·((1 − σ)·P·N_target + F) = EPS_sa·(N_acq + σ·P·
//   N_target / IP), where k_t is the after-tax cost (interest, foregone yield, fee amortisation)
//   of one unit of the need before financing fees, C₀, and F the part of C₀ that does not scale
//   with the price (fees, refinanced debt). It exists when PF EPS falls as the price rises and
//   the price it gives is positive.
// PPA (ASC 805 / IFRS 3): goodwill = E − (book equity − existing goodwill) − write-ups + DTL,
//   DTL = write-ups × the target's tax rate in a stock deal, none in an asset deal (there the
//   write-ups are stepped up for tax as well).
// EPS bridge: PF EPS − standalone EPS = Σ adjustment / PF shares + NI_acq·(1/PF shares −
//   1/N_acq) (the last term: the new shares), exactly.
#include <array>
#include <optional>

#include "core/common/types.h"

namespace valor {

inline constexpr int kMaxMaYears = 5;
using MaYears = std::array<Real, kMaxMaYears>;

struct MaCompany {
  Money sharePrice = 0;
  Real shares = 0;  // diluted
  MaYears netIncome{};
  bool hasRevenue = false;  // revenue and EBITDA are optional: contribution, credit statistics
  MaYears revenue{};
  bool hasEbitda = false;
  MaYears ebitda{};
  Money cash = 0;
  Money debt = 0;
  std::optional<Rate> interestRate;  // pre-tax, on its debt
};

enum class OfferMethod { PerShare, Premium, ExchangeRatio };

struct MaInputs {
  Year firstYear = 0;
  int years = 0;  // 1..kMaxMaYears

  MaCompany acquirer;
  MaCompany target;
  Rate taxRate = 0;        // the acquirer's marginal rate, on every pro-forma adjustment
  Rate targetTaxRate = 0;  // on the write-ups: the deferred tax liability and the new D&A
  Money targetBookEquity = 0;
  Money targetExistingGoodwill = 0;

  OfferMethod offerMethod = OfferMethod::PerShare;
  Money offerPrice = 0;    // per target share
  Rate premium = 0;        // to the target's share price
  Real exchangeRatio = 0;  // acquirer shares per target share

  Rate stockShare = 0;         // of the purchase equity; the rest is cash
  Money statedIssuePrice = 0;  // > 0: new shares are issued at this price
  Rate issueDiscount = 0;      // otherwise at the acquirer's price × (1 − discount)

  Rate debtShare = 0;  // of the cash need
  Rate debtRate = 0;
  Rate cashYield = 0;     // pre-tax, foregone on the acquirer's cash used
  Rate financingFee = 0;  // × new debt, capitalised
  int feeYears = 1;       // amortisation of the financing fees
  Money transactionFees = 0;
  bool refinanceTargetDebt = false;

  bool assetDeal = false;
  Money ppeWriteUp = 0;
  int ppeLife = 1;
  Money intangiblesWriteUp = 0;
  int intangiblesLife = 1;

  Money costSynergies = 0;  // run rate, pre-tax
  Money revenueSynergies = 0;
  Rate revenueSynergyMargin = 0;
  MaYears phaseIn{};           // share of the run rate realised in year t
  MaYears integrationCosts{};  // one-off, pre-tax
};

// The sources of the EPS change in one year, per pro-forma share; they sum to PF − standalone EPS.
struct MaEpsBridge {
  Real targetEarnings = 0;
  Real synergies = 0;
  Real integrationCosts = 0;
  Real newDebtInterest = 0;
  Real financingFees = 0;
  Real foregoneInterest = 0;
  Real newDepreciation = 0;
  Real refinancing = 0;
  Real newShares = 0;
};

// A company's share of a combined figure (contribution analysis).
struct MaContribution {
  std::optional<Rate> revenue;  // target / (acquirer + target)
  std::optional<Rate> ebitda;
  std::optional<Rate> netIncome;
};

struct MaYearRow {
  Year year = 0;
  Money acquirerNetIncome = 0;
  Money targetNetIncome = 0;
  Money synergies = 0;  // pre-tax, realised
  Money integrationCosts = 0;
  Money newDebtInterest = 0;
  Money financingFeeAmortisation = 0;
  Money foregoneInterest = 0;
  Money newDepreciation = 0;
  Money refinancingSaving = 0;  // the target's interest no longer paid, pre-tax
  Money adjustmentsAfterTax = 0;
  Money proFormaNetIncome = 0;
  Real proFormaShares = 0;
  Real standaloneEps = 0;
  Real proFormaEps = 0;
  Real accretionPerShare = 0;
  Rate accretion = 0;
  Money breakevenSynergies = 0;
  std::optional<Money> maxOfferPrice;
  MaEpsBridge bridge;
  MaContribution targetContribution;
  std::optional<Multiple> netDebtToEbitda;  // pro forma, with realised synergies
  std::optional<Multiple> interestCover;    // pro-forma EBITDA / pro-forma interest
};

struct MaPpa {
  Money purchaseEquity = 0;
  Money bookEquity = 0;
  Money existingGoodwill = 0;  // written off
  Money ppeWriteUp = 0;
  Money intangiblesWriteUp = 0;
  Money deferredTaxLiability = 0;
  Money goodwill = 0;  // negative: a bargain purchase
};

enum class MaFailure {
  None,
  ZeroStandaloneEps,  // in failureYear: accretion is undefined
  CashAboveBalance,   // the cash funding exceeds the acquirer's cash (the rows are not filled)
  NoProFormaShares,   // cannot happen with valid inputs; kept so no division is by zero
};

struct MaResult {
  MaFailure failure = MaFailure::None;
  Year failureYear = 0;

  Money offerPrice = 0;
  Money purchaseEquity = 0;
  Rate impliedPremium = 0;        // to the target's share price
  Real impliedExchangeRatio = 0;  // offer price / acquirer price
  Money issuePrice = 0;
  Money cashConsideration = 0;
  Money stockConsideration = 0;
  Real newShares = 0;

  Money cashNeed = 0;  // incl. financing fees
  Money newDebt = 0;
  Money cashUsed = 0;
  Money financingFees = 0;
  Money transactionFees = 0;
  Money refinancedDebt = 0;
  Money enterpriseValue = 0;  // purchase equity + target debt − target cash

  MaPpa ppa;
  Rate acquirerOwnership = 0;  // after the deal
  Rate targetOwnership = 0;

  // The P/E rule (first year): an all-stock deal with no other adjustment is accretive iff the
  // acquirer's P/E (at the issue price) exceeds the P/E paid for the target.
  std::optional<Multiple> acquirerPe;
  std::optional<Multiple> offerPe;
  // The cross-check: is year 1 accretive before any adjustment, (NI_acq + NI_target) / PF
  // shares > standalone EPS? In an all-stock deal at the acquirer's price the rule predicts it.
  bool accretiveBeforeAdjustments = false;

  int years = 0;
  std::array<MaYearRow, kMaxMaYears> rows{};
};

// Requires 1 ≤ years ≤ kMaxMaYears and positive share prices and counts (the binding checks
// the rest). Allocates nothing.
void evaluateMa(const MaInputs& in, MaResult& out);

// The offer price per target share the inputs give.
Money maOfferPrice(const MaInputs& in);

}  // namespace valor
