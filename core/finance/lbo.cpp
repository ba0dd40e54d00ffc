#include "core/finance/lbo.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/common/require.h"

namespace valor {
namespace {

using TrancheMoney = std::array<Money, kMaxLboTranches>;

Rate cashRateOf(const LboTranche& t, Rate baseRate) {
  return t.floating ? std::max(baseRate, t.floor) + t.spread : t.fixedRate;
}

bool isRevolver(const LboTranche& t) {
  return t.type == TrancheType::Revolver;
}

// What one year starts from.
struct Opening {
  TrancheMoney balance{};
  Money cash = 0;
  Money nol = 0;
};

// The year's figures that do not depend on interest.
struct Operating {
  Money ebitda = 0;
  Money ebit = 0;
  Money capex = 0;
  Money deltaNwc = 0;
  Rate tax = 0;
  Money dividends = 0;
};

// One pass of a year's financing: interest on the basis given by the guessed closing balances,
// taxes, then the waterfall. Writes the row's financing figures and each tranche's line.
struct Pass {
  const LboInputs& in;
  int t;  // 0-based year index
  const Opening& open;
  const Operating& op;
  const TrancheMoney& amortisation;  // OID + fees per tranche this year (non-cash)

  // Returns the shortfall (0 when covered). `basisOut` receives each tranche's year-end balance
  // before the year-end PIK and a maturity bullet (what the average basis averages with the
  // opening balance), `cashOut` the closing cash; the closing balances are in `lines`.
  Money run(const TrancheMoney& basisGuess, Money cashGuess, bool average, LboYearRow& row,
            LboTrancheYear* lines, TrancheMoney& basisOut, Money& cashOut) const {
    const int year = t + 1;
    auto basis = [&](Money o, Money c) { return average ? (o + c) / 2 : o; };
    Money cashInterest = 0;
    Money pik = 0;
    Money nonCash = 0;
    TrancheMoney remaining{};
    Money mandatory = 0;
    for (int i = 0; i < in.trancheCount; ++i) {
      const LboTranche& tr = in.tranches[static_cast<std::size_t>(i)];
      const std::size_t k = static_cast<std::size_t>(i);
      LboTrancheYear& line = lines[i];
      line = {};
      line.opening = open.balance[k];
      const Money b = basis(open.balance[k], basisGuess[k]);
      line.interestCash = cashRateOf(tr, in.baseRate[static_cast<std::size_t>(t)]) * b;
      if (isRevolver(tr) && year <= tr.maturityYears)
        line.interestCash += tr.undrawnFee * (tr.commitment - b);
      line.interestPik = tr.pikRate * open.balance[k];  // compounds annually
      const Money owed = open.balance[k] + line.interestPik;
      if (year == tr.maturityYears)
        line.mandatory = owed;
      else
        line.mandatory = std::min(tr.amortisation * tr.principal, owed);
      remaining[k] = owed - line.mandatory;
      cashInterest += line.interestCash;
      pik += line.interestPik;
      mandatory += line.mandatory;
      nonCash += amortisation[k];
    }
    const Money income = in.cashInterestRate * basis(open.cash, cashGuess);
    row.interestCash = cashInterest;
    row.interestPik = pik;
    row.interestIncome = income;
    row.ebt = op.ebit - cashInterest - pik - nonCash + income;
    taxes(row);
    row.netIncome = row.ebt - row.taxes;
    row.cashFlowForDebt = op.ebitda - op.capex - op.deltaNwc - row.taxes - cashInterest + income;
    row.mandatory = mandatory;
    row.dividends = op.dividends;

    Money excess = open.cash + row.cashFlowForDebt - mandatory - op.dividends - in.minimumCash;
    row.revolverDrawn = 0;
    row.revolverRepaid = 0;
    row.sweep = 0;
    for (int i = 0; i < in.trancheCount; ++i) {  // the revolver draws, or is repaid first
      const LboTranche& tr = in.tranches[static_cast<std::size_t>(i)];
      const std::size_t k = static_cast<std::size_t>(i);
      if (!isRevolver(tr)) continue;
      if (excess < 0) {
        const Money room = year < tr.maturityYears ? tr.commitment - remaining[k] : 0;
        const Money draw = std::clamp(-excess, Money(0), std::max(room, Money(0)));
        lines[i].drawn = draw;
        remaining[k] += draw;
        excess += draw;
        row.revolverDrawn += draw;
      } else {
        const Money repay = std::min(excess, remaining[k]);
        lines[i].sweep = repay;
        remaining[k] -= repay;
        excess -= repay;
        row.revolverRepaid += repay;
      }
    }
    const Money shortfall = excess < 0 ? -excess : 0;
    Money sweepable = excess > 0 ? in.sweep * excess : 0;
    for (int i = 0; i < in.trancheCount && sweepable > 0; ++i) {  // seniority order
      const LboTranche& tr = in.tranches[static_cast<std::size_t>(i)];
      const std::size_t k = static_cast<std::size_t>(i);
      if (isRevolver(tr) || !tr.prepayable) continue;
      const Money pay = std::min(sweepable, remaining[k]);
      lines[i].sweep = pay;
      remaining[k] -= pay;
      sweepable -= pay;
      excess -= pay;
      row.sweep += pay;
    }
    Money debt = 0;
    Money senior = 0;
    for (int i = 0; i < in.trancheCount; ++i) {
      const std::size_t k = static_cast<std::size_t>(i);
      lines[i].closing = remaining[k];
      const bool matures = t + 1 == in.tranches[k].maturityYears;
      basisOut[k] = matures ? open.balance[k] : remaining[k] - lines[i].interestPik;
      debt += remaining[k];
      const TrancheType type = in.tranches[k].type;
      if (type == TrancheType::Revolver || type == TrancheType::TermLoan) senior += remaining[k];
    }
    row.debtClosing = debt;
    row.seniorDebtClosing = senior;
    cashOut = in.minimumCash + excess;
    row.cashClosing = cashOut;
    return shortfall;
  }

  // Taxes on max(EBT − NOL used, 0); a loss adds to the carry-forward when it is on.
  void taxes(LboYearRow& row) const {
    row.nolUsed = 0;
    row.nolClosing = 0;
    Money taxable = std::max(row.ebt, Money(0));
    if (in.carryForwardLosses) {
      row.nolUsed = std::min(open.nol, taxable);
      taxable -= row.nolUsed;
      row.nolClosing = open.nol - row.nolUsed + std::max(-row.ebt, Money(0));
    }
    row.taxes = op.tax * taxable;
  }
};

Real relativeChange(Money now, Money before) {
  const Money scale = std::max(std::abs(now), std::abs(before));
  return scale > 0 ? std::abs(now - before) / scale : 0;
}

void fillSourcesUses(const LboInputs& in, LboResult& out) {
  LboSourcesUses& su = out.sourcesUses;
  su = {};
  su.entryEnterpriseValue = in.entryByMultiple ? in.entryMultiple * in.baseEbitda : in.entryPrice;
  su.transactionFees =
      in.transactionFeeIsPercent ? in.transactionFee * su.entryEnterpriseValue : in.transactionFee;
  for (int i = 0; i < in.trancheCount; ++i) {
    const LboTranche& tr = in.tranches[static_cast<std::size_t>(i)];
    su.debt += tr.principal;
    su.oid += tr.oid * tr.principal;
    su.financingFees += tr.financingFee * (isRevolver(tr) ? tr.commitment : tr.principal);
  }
  su.minimumCash = in.minimumCash;
  su.rolloverEquity = in.rolloverEquity;
  su.total =
      su.entryEnterpriseValue + su.transactionFees + su.financingFees + su.oid + su.minimumCash;
  su.sponsorEquity = su.total - su.debt - su.rolloverEquity;  // the plug
  out.entryMultiple = in.baseEbitda != 0 ? su.entryEnterpriseValue / in.baseEbitda : 0;
}

// Runs year t (0-based): the operating case, then the financing, iterated on the average basis.
// Returns false when the year fails (out.failure says why).
bool runYear(const LboInputs& in, int t, Opening& open, Money& revenue, Money& nwc,
             LboResult& out) {
  const std::size_t y = static_cast<std::size_t>(t);
  LboYearRow& row = out.rows[y];
  row.year = in.firstYear + t;
  revenue *= 1 + in.revenueGrowth[y];
  row.revenue = revenue;
  row.ebitda = revenue * in.ebitdaMargin[y];
  row.depreciation = revenue * in.daPctRevenue[y];
  row.ebit = row.ebitda - row.depreciation;
  row.capex = revenue * in.capexPctRevenue[y];
  const Money newNwc = revenue * in.nwcPctRevenue[y];
  row.nwc = newNwc;
  row.deltaNwc = newNwc - nwc;
  nwc = newNwc;
  row.cashOpening = open.cash;
  const Operating op{row.ebitda, row.ebit, row.capex, row.deltaNwc, in.taxRate[y], in.dividends[y]};

  TrancheMoney amortisation{};
  row.oidAmortisation = 0;
  row.feeAmortisation = 0;
  for (int i = 0; i < in.trancheCount; ++i) {
    const LboTranche& tr = in.tranches[static_cast<std::size_t>(i)];
    if (t + 1 > tr.maturityYears) continue;
    const Money oid = tr.oid * tr.principal / tr.maturityYears;
    const Money fee =
        tr.financingFee * (isRevolver(tr) ? tr.commitment : tr.principal) / tr.maturityYears;
    amortisation[static_cast<std::size_t>(i)] = oid + fee;
    row.oidAmortisation += oid;
    row.feeAmortisation += fee;
  }

  const Pass pass{in, t, open, op, amortisation};
  LboTrancheYear lines[kMaxLboTranches];
  TrancheMoney basis{};
  Money cash = 0;
  const bool average = in.interestBasis == InterestBasis::Average;
  Money shortfall = pass.run(open.balance, open.cash, false, row, lines, basis, cash);
  row.iterations = 1;
  row.residual = 0;
  if (average) {
    // Fixed point: interest on the average balance moves the closing balances, which move the
    // interest; each pass is a contraction by about rate / 2, so it settles in a few passes.
    Money interest = row.interestCash - row.interestIncome;
    for (;;) {
      const TrancheMoney guess = basis;
      const Money cashGuess = cash;
      shortfall = pass.run(guess, cashGuess, true, row, lines, basis, cash);
      ++row.iterations;
      const Money next = row.interestCash - row.interestIncome;
      row.residual = relativeChange(next, interest);
      interest = next;
      if (row.residual <= kLboTolerance) break;
      if (row.iterations >= kLboMaxIterations || !std::isfinite(row.residual)) {
        out.failure = LboFailure::NotConverged;
        out.failureYear = row.year;
        return false;
      }
    }
  }
  for (int i = 0; i < in.trancheCount; ++i) out.schedule[static_cast<std::size_t>(i)][y] = lines[i];
  out.iterations = std::max(out.iterations, row.iterations);
  out.residual = std::max(out.residual, row.residual);
  if (shortfall > 0) {
    out.failure = LboFailure::CashShortfall;
    out.failureYear = row.year;
    out.shortfall = shortfall;
    return false;
  }
  for (int i = 0; i < in.trancheCount; ++i)
    open.balance[static_cast<std::size_t>(i)] = lines[i].closing;
  open.cash = cash;
  open.nol = row.nolClosing;
  return true;
}

void fillReturns(const LboInputs& in, LboResult& out) {
  const std::size_t x = static_cast<std::size_t>(in.exitYear - 1);
  const LboYearRow& exitRow = out.rows[x];
  const LboSourcesUses& su = out.sourcesUses;
  out.exitEbitda = exitRow.ebitda;
  out.exitEnterpriseValue = in.exitMultiple * exitRow.ebitda;
  out.netDebtAtExit = exitRow.debtClosing - exitRow.cashClosing;
  out.exitEquity = out.exitEnterpriseValue - out.netDebtAtExit;
  out.sponsorShare = su.sponsorEquity / (su.sponsorEquity + su.rolloverEquity);

  Real flows[kMaxLboYears + 1];
  flows[0] = -su.sponsorEquity;
  Money dividends = 0;
  for (std::size_t t = 0; t <= x; ++t) {
    dividends += out.rows[t].dividends;
    flows[t + 1] = out.sponsorShare * out.rows[t].dividends;
  }
  flows[x + 1] += out.sponsorShare * std::max(out.exitEquity, Money(0));  // limited liability
  out.sponsorProceeds = 0;
  for (std::size_t t = 1; t <= x + 1; ++t) out.sponsorProceeds += flows[t];
  out.moic = out.sponsorProceeds / su.sponsorEquity;
  if (!std::isfinite(*out.moic)) out.moic.reset();
  out.irr = singleSignChangeIrr(flows, in.exitYear + 1);

  // FINANCE §8, in the order EBITDA growth, multiple expansion, then the rest.
  LboAttribution& a = out.attribution;
  const Money netDebtAtClose = su.debt - su.minimumCash;
  a.ebitdaGrowth = (out.exitEbitda - in.baseEbitda) * out.entryMultiple;
  a.multipleExpansion = (in.exitMultiple - out.entryMultiple) * out.exitEbitda;
  a.debtPaydown = netDebtAtClose - out.netDebtAtExit + dividends;
  a.feesAndLeakage = -(su.transactionFees + su.financingFees + su.oid);
  a.equityGain = out.exitEquity + dividends - (su.sponsorEquity + su.rolloverEquity);
}

}  // namespace

void evaluateLbo(const LboInputs& in, LboResult& out) {
  VALOR_REQUIRE(in.years >= 1 && in.years <= kMaxLboYears, "LBO years out of range");
  VALOR_REQUIRE(in.exitYear >= 1 && in.exitYear <= in.years, "LBO exit year out of range");
  VALOR_REQUIRE(in.trancheCount >= 0 && in.trancheCount <= kMaxLboTranches,
                "LBO tranche count out of range");
  out.failure = LboFailure::None;
  out.failureYear = 0;
  out.shortfall = 0;
  out.shortfallAfterExitYear = 0;
  out.shortfallAfterExit = 0;
  out.years = in.years;
  out.trancheCount = in.trancheCount;
  out.averageInterest = in.interestBasis == InterestBasis::Average;
  out.iterations = 0;
  out.residual = 0;
  out.irr.reset();
  out.moic.reset();
  fillSourcesUses(in, out);
  // Equity that is positive only by rounding (tranches that sum to the uses) is no equity.
  if (!(out.sourcesUses.sponsorEquity > kLboMinimumEquityShare * out.sourcesUses.total)) {
    out.failure = LboFailure::NoSponsorEquity;
    return;
  }
  Opening open;
  for (int i = 0; i < in.trancheCount; ++i)
    open.balance[static_cast<std::size_t>(i)] = in.tranches[static_cast<std::size_t>(i)].principal;
  open.cash = in.minimumCash;
  open.nol = in.carryForwardLosses ? in.openingNol : 0;
  Money revenue = in.baseRevenue;
  Money nwc = in.baseNwc;
  for (int t = 0; t < in.years; ++t) {
    if (runYear(in, t, open, revenue, nwc, out)) continue;
    if (out.failure != LboFailure::CashShortfall || t < in.exitYear) return;
    out.failure = LboFailure::None;
    out.failureYear = 0;
    out.shortfallAfterExitYear = in.firstYear + t;
    out.shortfallAfterExit = out.shortfall;
    out.shortfall = 0;
    out.years = t;
    break;
  }
  fillReturns(in, out);
}

LboCreditStats lboCreditStats(const LboYearRow& row, Money debtAtClose) {
  auto ratio = [](Money num, Money den) {
    return den > 0 ? std::optional<Real>(num / den) : std::nullopt;
  };
  LboCreditStats s;
  s.totalLeverage = ratio(row.debtClosing, row.ebitda);
  s.seniorLeverage = ratio(row.seniorDebtClosing, row.ebitda);
  s.interestCover = ratio(row.ebitda, row.interestCash);
  s.ebitdaLessCapexCover = ratio(row.ebitda - row.capex, row.interestCash);
  s.fcfToDebt = ratio(row.cashFlowForDebt, row.debtClosing);
  if (debtAtClose > 0) s.cumulativePaydown = 1 - row.debtClosing / debtAtClose;
  return s;
}

std::optional<Rate> singleSignChangeIrr(const Real* flows, int count) {
  if (count < 2 || !(flows[0] < 0) || !std::isfinite(flows[0])) return std::nullopt;
  Real received = 0;
  for (int t = 1; t < count; ++t) {
    if (!(flows[t] >= 0) || !std::isfinite(flows[t])) return std::nullopt;
    received += flows[t];
  }
  if (received == 0) return -1.0;  // everything lost
  // In x = 1 / (1 + r), P(x) = Σ_{t≥1} f_t x^t + f_0 is increasing and convex for x > 0, so
  // Newton's method started right of the root falls monotonically onto it.
  auto value = [&](Real x, Real& slope) {
    Real p = 0;
    slope = 0;
    for (int t = count - 1; t >= 1; --t) {  // Horner: p = Σ f_t x^(t−1), slope alike
      slope = slope * x + p;
      p = p * x + flows[t];
    }
    slope = slope * x + p;  // d/dx of x·p(x)
    return p * x + flows[0];
  };
  Real x = 1;
  Real slope = 0;
  Real p = value(x, slope);
  for (int doubling = 0; p < 0 && doubling < 2000; ++doubling) p = value(x *= 2, slope);
  if (p < 0) return std::nullopt;
  // Flows so extreme that Newton does not settle, or a root beyond floating point, give no
  // number rather than a guess.
  const auto rate = [](Real root) {
    const Real r = 1 / root - 1;
    return root > 0 && std::isfinite(r) ? std::optional<Rate>(r) : std::nullopt;
  };
  for (int i = 0; i < 200; ++i) {
    const Real step = p / slope;
    if (!(p > 0) || !(step > 4 * DBL_EPSILON * x)) return rate(x);  // on the root
    x -= step;
    p = value(x, slope);
  }
  return std::nullopt;
}

}  // namespace valor
