#include "core/finance/ma.h"

#include <cmath>

namespace valor {
namespace {

// Straight-line D&A of a write-up in year t (1-based) over a life in whole years.
Money straightLine(Money writeUp, int life, int t) {
  return life > 0 && t <= life ? writeUp / life : 0;
}

// Contribution only reads for figures that are not negative.
std::optional<Rate> share(Real part, Real other) {
  if (part < 0 || other < 0 || part + other <= 0) return std::nullopt;
  return part / (part + other);
}

void fillCredit(const MaInputs& in, const MaResult& r, MaYearRow& row, std::size_t i) {
  if (!in.acquirer.hasEbitda || !in.target.hasEbitda) return;
  const Money ebitda = in.acquirer.ebitda[i] + in.target.ebitda[i] + row.synergies;
  const Money targetDebtKept = in.refinanceTargetDebt ? 0 : in.target.debt;
  const Money debt = in.acquirer.debt + targetDebtKept + r.newDebt;
  const Money cash = in.acquirer.cash - r.cashUsed + in.target.cash;
  if (!(ebitda > 0)) return;  // leverage and cover mean nothing on a negative EBITDA
  row.netDebtToEbitda = (debt - cash) / ebitda;
  // Interest is known when every debt carried has a rate.
  const bool acquirerKnown = in.acquirer.debt == 0 || in.acquirer.interestRate;
  const bool targetKnown = targetDebtKept == 0 || in.target.interestRate;
  if (!acquirerKnown || !targetKnown) return;
  const Money interest = in.acquirer.debt * in.acquirer.interestRate.value_or(0) +
                         targetDebtKept * in.target.interestRate.value_or(0) +
                         r.newDebt * in.debtRate;
  if (interest > 0) row.interestCover = ebitda / interest;
}

}  // namespace

Money maOfferPrice(const MaInputs& in) {
  switch (in.offerMethod) {
    case OfferMethod::Premium:
      return in.target.sharePrice * (1 + in.premium);
    case OfferMethod::ExchangeRatio:
      return in.exchangeRatio * in.acquirer.sharePrice;
    case OfferMethod::PerShare:
      break;
  }
  return in.offerPrice;
}

void evaluateMa(const MaInputs& in, MaResult& out) {
  out = MaResult{};
  out.years = in.years;
  const Real tau = in.taxRate;
  const Real sigma = in.stockShare;
  const Real nTarget = in.target.shares;
  const Real nAcquirer = in.acquirer.shares;

  out.offerPrice = maOfferPrice(in);
  out.purchaseEquity = out.offerPrice * nTarget;
  out.impliedPremium = out.offerPrice / in.target.sharePrice - 1;
  out.impliedExchangeRatio = out.offerPrice / in.acquirer.sharePrice;
  out.issuePrice = in.statedIssuePrice > 0 ? in.statedIssuePrice
                                           : in.acquirer.sharePrice * (1 - in.issueDiscount);
  out.stockConsideration = sigma * out.purchaseEquity;
  out.cashConsideration = out.purchaseEquity - out.stockConsideration;
  out.newShares = out.stockConsideration / out.issuePrice;
  out.enterpriseValue = out.purchaseEquity + in.target.debt - in.target.cash;

  // Funding: the debt funds its own financing fees, so D = s·C₀ / (1 − s·f).
  out.transactionFees = in.transactionFees;
  out.refinancedDebt = in.refinanceTargetDebt ? in.target.debt : 0;
  const Money fixedNeed = out.transactionFees + out.refinancedDebt;  // F: not scaling with P
  const Money needBeforeFees = out.cashConsideration + fixedNeed;    // C₀
  const Real gross = 1 / (1 - in.debtShare * in.financingFee);
  out.newDebt = in.debtShare * needBeforeFees * gross;
  out.financingFees = in.financingFee * out.newDebt;
  out.cashNeed = needBeforeFees + out.financingFees;
  out.cashUsed = (1 - in.debtShare) * needBeforeFees * gross;

  // Purchase price allocation.
  MaPpa& ppa = out.ppa;
  ppa.purchaseEquity = out.purchaseEquity;
  ppa.bookEquity = in.targetBookEquity;
  ppa.existingGoodwill = in.targetExistingGoodwill;
  ppa.ppeWriteUp = in.ppeWriteUp;
  ppa.intangiblesWriteUp = in.intangiblesWriteUp;
  ppa.deferredTaxLiability =
      in.assetDeal ? 0 : (in.ppeWriteUp + in.intangiblesWriteUp) * in.targetTaxRate;
  ppa.goodwill = out.purchaseEquity - (in.targetBookEquity - in.targetExistingGoodwill) -
                 in.ppeWriteUp - in.intangiblesWriteUp + ppa.deferredTaxLiability;

  const Real proFormaShares = nAcquirer + out.newShares;
  out.acquirerOwnership = nAcquirer / proFormaShares;
  out.targetOwnership = out.newShares / proFormaShares;
  const Real targetEps1 = in.target.netIncome[0] / nTarget;
  const Real acquirerEps1 = in.acquirer.netIncome[0] / nAcquirer;
  if (targetEps1 > 0) out.offerPe = out.offerPrice / targetEps1;
  if (acquirerEps1 > 0) out.acquirerPe = out.issuePrice / acquirerEps1;
  out.accretiveBeforeAdjustments =
      (in.acquirer.netIncome[0] + in.target.netIncome[0]) / proFormaShares > acquirerEps1;

  if (out.cashUsed > in.acquirer.cash * (1 + 1e-12)) {
    out.failure = MaFailure::CashAboveBalance;
    return;
  }
  if (!(proFormaShares > 0)) {
    out.failure = MaFailure::NoProFormaShares;
    return;
  }

  const Money runRate = in.costSynergies + in.revenueSynergies * in.revenueSynergyMargin;
  const Money refinancingRate =
      in.refinanceTargetDebt && in.target.interestRate ? *in.target.interestRate : 0;
  for (int t = 1; t <= in.years; ++t) {
    const auto i = static_cast<std::size_t>(t - 1);
    MaYearRow& row = out.rows[i];
    row.year = in.firstYear + t - 1;
    row.acquirerNetIncome = in.acquirer.netIncome[i];
    row.targetNetIncome = in.target.netIncome[i];
    row.standaloneEps = row.acquirerNetIncome / nAcquirer;
    if (row.standaloneEps == 0) {
      out.failure = MaFailure::ZeroStandaloneEps;
      out.failureYear = row.year;
      return;
    }
    row.synergies = in.phaseIn[i] * runRate;
    row.integrationCosts = in.integrationCosts[i];
    row.newDebtInterest = in.debtRate * out.newDebt;
    row.financingFeeAmortisation = t <= in.feeYears ? out.financingFees / in.feeYears : 0;
    row.foregoneInterest = in.cashYield * out.cashUsed;
    row.newDepreciation = straightLine(in.ppeWriteUp, in.ppeLife, t) +
                          straightLine(in.intangiblesWriteUp, in.intangiblesLife, t);
    row.refinancingSaving = refinancingRate * out.refinancedDebt;
    const Real keep = 1 - tau;
    // The new D&A's tax effect is at the rate of the write-ups (their DTL unwinds at it).
    const Real keepDa = 1 - in.targetTaxRate;
    row.adjustmentsAfterTax =
        (row.synergies - row.integrationCosts - row.newDebtInterest - row.financingFeeAmortisation -
         row.foregoneInterest + row.refinancingSaving) *
            keep -
        row.newDepreciation * keepDa;
    row.proFormaNetIncome = row.acquirerNetIncome + row.targetNetIncome + row.adjustmentsAfterTax;
    row.proFormaShares = proFormaShares;
    row.proFormaEps = row.proFormaNetIncome / proFormaShares;
    row.accretionPerShare = row.proFormaEps - row.standaloneEps;
    row.accretion = row.accretionPerShare / std::abs(row.standaloneEps);

    const Money withoutSynergies = row.proFormaNetIncome - row.synergies * keep;
    row.breakevenSynergies = (row.standaloneEps * proFormaShares - withoutSynergies) / keep;

    // Q_t − k_t·((1 − σ)·P·N + F) = EPS·(N_acq + σ·P·N / IP), solved for P.
    const Real perUnitNeed =
        keep * gross *
        (in.debtShare * in.debtRate + (1 - in.debtShare) * in.cashYield +
         (t <= in.feeYears ? in.debtShare * in.financingFee / in.feeYears : 0));
    const Money q = row.acquirerNetIncome + row.targetNetIncome +
                    (row.synergies - row.integrationCosts + row.refinancingSaving) * keep -
                    row.newDepreciation * keepDa;
    const Real slope =
        perUnitNeed * (1 - sigma) * nTarget + row.standaloneEps * sigma * nTarget / out.issuePrice;
    if (slope > 0) {
      const Money price = (q - perUnitNeed * fixedNeed - row.standaloneEps * nAcquirer) / slope;
      if (price > 0) row.maxOfferPrice = price;
    }

    MaEpsBridge& b = row.bridge;
    b.targetEarnings = row.targetNetIncome / proFormaShares;
    b.synergies = row.synergies * keep / proFormaShares;
    b.integrationCosts = -row.integrationCosts * keep / proFormaShares;
    b.newDebtInterest = -row.newDebtInterest * keep / proFormaShares;
    b.financingFees = -row.financingFeeAmortisation * keep / proFormaShares;
    b.foregoneInterest = -row.foregoneInterest * keep / proFormaShares;
    b.newDepreciation = -row.newDepreciation * keepDa / proFormaShares;
    b.refinancing = row.refinancingSaving * keep / proFormaShares;
    b.newShares = row.acquirerNetIncome / proFormaShares - row.standaloneEps;

    if (in.acquirer.hasRevenue && in.target.hasRevenue)
      row.targetContribution.revenue = share(in.target.revenue[i], in.acquirer.revenue[i]);
    if (in.acquirer.hasEbitda && in.target.hasEbitda)
      row.targetContribution.ebitda = share(in.target.ebitda[i], in.acquirer.ebitda[i]);
    row.targetContribution.netIncome = share(row.targetNetIncome, row.acquirerNetIncome);
    fillCredit(in, out, row, i);
  }
}

}  // namespace valor
