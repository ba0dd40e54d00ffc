// LBO engine against hand calculations. Every expected value is derived in the comments from the
// formulas in core/finance/lbo.h (operating case, interest, taxes, cash flow for debt service,
// the waterfall, exit, returns, attribution); none is copied from the engine's output.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/finance/lbo.h"
#include "tests/support/qclose.h"

using namespace valor;

namespace {

using valor::testing::closeTo;

// An IRR is a root finder's answer (Brent's x tolerance is 1e-12 absolute), so it is held to a
// slightly looser tolerance than the accounting, which is plain arithmetic.
constexpr double kIrrTol = 1e-10;

LboTranche termLoan(Money principal, Rate rate, Rate amortisation, int maturity) {
  LboTranche t;
  t.type = TrancheType::TermLoan;
  t.principal = principal;
  t.fixedRate = rate;
  t.amortisation = amortisation;
  t.maturityYears = maturity;
  t.prepayable = true;
  return t;
}

LboTranche notes(Money principal, Rate rate, int maturity) {
  LboTranche t;
  t.type = TrancheType::Notes;
  t.principal = principal;
  t.fixedRate = rate;
  t.amortisation = 0;  // bullet
  t.maturityYears = maturity;
  t.prepayable = false;
  return t;
}

LboTranche revolver(Money commitment, Rate rate, Rate undrawnFee) {
  LboTranche t;
  t.type = TrancheType::Revolver;
  t.principal = 0;  // undrawn at close
  t.commitment = commitment;
  t.fixedRate = rate;
  t.undrawnFee = undrawnFee;
  t.maturityYears = 5;
  t.prepayable = true;
  return t;
}

// The hand case. Revenue 1000 growing 10 % a year, EBITDA margin 20 % (EBITDA_0 = 200), D&A 3 %,
// capex 4 %, NWC 10 % of revenue (NWC_0 = 100), tax 25 %. Entry at 8× → EV 1600, fee 2 % = 32,
// minimum cash 20 earning 2 %. Term loan 600 at 6 %, 5 % a year amortisation (30), maturity 7,
// prepayable; notes 400 at 8 %, bullet at 8, not prepayable. 100 % sweep, opening-balance
// interest, exit at the end of year 3 at 8×. The drivers are filled for every possible year so
// a variation may lengthen the projection.
LboInputs baseCase() {
  LboInputs in;
  in.firstYear = 2026;
  in.years = 3;
  in.baseRevenue = 1000;
  in.baseEbitda = 200;
  in.baseNwc = 100;
  for (int t = 0; t < kMaxLboYears; ++t) {
    in.revenueGrowth[t] = 0.10;
    in.ebitdaMargin[t] = 0.20;
    in.daPctRevenue[t] = 0.03;
    in.capexPctRevenue[t] = 0.04;
    in.nwcPctRevenue[t] = 0.10;
    in.taxRate[t] = 0.25;
    in.baseRate[t] = 0;
    in.dividends[t] = 0;
  }
  in.entryByMultiple = true;
  in.entryMultiple = 8;
  in.entryPrice = 0;
  in.transactionFeeIsPercent = true;
  in.transactionFee = 0.02;
  in.minimumCash = 20;
  in.rolloverEquity = 0;
  in.sweep = 1;
  in.interestBasis = InterestBasis::Opening;
  in.cashInterestRate = 0.02;
  in.carryForwardLosses = false;
  in.openingNol = 0;
  in.exitYear = 3;
  in.exitMultiple = 8;
  in.trancheCount = 2;
  in.tranches[0] = termLoan(600, 0.06, 0.05, 7);
  in.tranches[1] = notes(400, 0.08, 8);
  return in;
}

LboResult run(const LboInputs& in) {
  LboResult r;
  evaluateLbo(in, r);
  return r;
}

}  // namespace

class TestLbo : public QObject {
  Q_OBJECT

 private slots:
  void threeYearTwoTranchesFullSweep() {
    const LboResult r = run(baseCase());
    QCOMPARE(r.failure, LboFailure::None);
    QCOMPARE(r.years, 3);
    QCOMPARE(r.trancheCount, 2);
    QVERIFY(!r.averageInterest);

    // Sources & uses: uses = EV 1600 + fee 0.02 × 1600 = 32 + minimum cash 20 = 1652;
    // sources = debt 600 + 400 = 1000, so the sponsor plug is 1652 − 1000 = 652.
    const LboSourcesUses& su = r.sourcesUses;
    QCLOSE(su.entryEnterpriseValue, 1600.0);
    QCLOSE(su.transactionFees, 32.0);
    QCLOSE(su.financingFees, 0.0);
    QCLOSE(su.oid, 0.0);
    QCLOSE(su.minimumCash, 20.0);
    QCLOSE(su.debt, 1000.0);
    QCLOSE(su.rolloverEquity, 0.0);
    QCLOSE(su.sponsorEquity, 652.0);
    QCLOSE(su.total, 1652.0);
    QCLOSE(r.entryMultiple, 8.0);

    // Year 1: revenue 1100, EBITDA 220, D&A 33, EBIT 187, capex 44, NWC 110 (Δ 10).
    //   interest: TL 600 × 6 % = 36, notes 400 × 8 % = 32 → 68; income 20 × 2 % = 0.4
    //   EBT = 187 − 68 + 0.4 = 119.4; taxes 25 % = 29.85; net income 89.55
    //   CF = 220 − 44 − 10 − 29.85 − 68 + 0.4 = 68.55
    //   mandatory 5 % × 600 = 30; X = 20 + 68.55 − 30 − 0 − 20 = 38.55, all swept to the TL
    //   TL: 600 − 30 − 38.55 = 531.45
    // Year 2: revenue 1210, EBITDA 242, D&A 36.3, EBIT 205.7, capex 48.4, NWC 121 (Δ 11).
    //   interest: 531.45 × 6 % = 31.887 + 32 = 63.887; income 0.4
    //   EBT = 205.7 − 63.887 + 0.4 = 142.213; taxes 35.55325; net income 106.65975
    //   CF = 242 − 48.4 − 11 − 35.55325 − 63.887 + 0.4 = 83.55975; X = 83.55975 − 30 = 53.55975
    //   TL: 531.45 − 30 − 53.55975 = 447.89025
    // Year 3: revenue 1331, EBITDA 266.2, D&A 39.93, EBIT 226.27, capex 53.24, NWC 133.1 (Δ 12.1)
    //   interest: 447.89025 × 6 % = 26.873415 + 32 = 58.873415; income 0.4
    //   EBT = 226.27 − 58.873415 + 0.4 = 167.796585; taxes 41.94914625; NI 125.84743875
    //   CF = 266.2 − 53.24 − 12.1 − 41.94914625 − 58.873415 + 0.4 = 100.43743875
    //   X = 70.43743875; TL: 447.89025 − 30 − 70.43743875 = 347.45281125
    const double revenue[] = {1100, 1210, 1331};
    const double ebitda[] = {220, 242, 266.2};
    const double da[] = {33, 36.3, 39.93};
    const double ebit[] = {187, 205.7, 226.27};
    const double capex[] = {44, 48.4, 53.24};
    const double nwc[] = {110, 121, 133.1};
    const double deltaNwc[] = {10, 11, 12.1};
    const double tlInterest[] = {36, 31.887, 26.873415};
    const double interest[] = {68, 63.887, 58.873415};
    const double ebt[] = {119.4, 142.213, 167.796585};
    const double taxes[] = {29.85, 35.55325, 41.94914625};
    const double netIncome[] = {89.55, 106.65975, 125.84743875};
    const double cf[] = {68.55, 83.55975, 100.43743875};
    const double sweep[] = {38.55, 53.55975, 70.43743875};
    const double tlOpening[] = {600, 531.45, 447.89025};
    const double tlClosing[] = {531.45, 447.89025, 347.45281125};
    for (int t = 0; t < 3; ++t) {
      const LboYearRow& row = r.rows[t];
      QCOMPARE(row.year, 2026 + t);
      QCLOSE(row.revenue, revenue[t]);
      QCLOSE(row.ebitda, ebitda[t]);
      QCLOSE(row.depreciation, da[t]);
      QCLOSE(row.ebit, ebit[t]);
      QCLOSE(row.capex, capex[t]);
      QCLOSE(row.nwc, nwc[t]);
      QCLOSE(row.deltaNwc, deltaNwc[t]);
      QCLOSE(row.interestCash, interest[t]);
      QCLOSE(row.interestPik, 0.0);
      QCLOSE(row.interestIncome, 0.4);
      QCLOSE(row.ebt, ebt[t]);
      QCLOSE(row.taxes, taxes[t]);
      QCLOSE(row.netIncome, netIncome[t]);
      QCLOSE(row.cashFlowForDebt, cf[t]);
      QCLOSE(row.mandatory, 30.0);
      QCLOSE(row.revolverDrawn, 0.0);
      QCLOSE(row.revolverRepaid, 0.0);
      QCLOSE(row.sweep, sweep[t]);
      QCLOSE(row.dividends, 0.0);
      QCLOSE(row.cashOpening, 20.0);
      QCLOSE(row.cashClosing, 20.0);  // the whole excess was swept
      QCLOSE(row.debtClosing, tlClosing[t] + 400);
      QCLOSE(row.seniorDebtClosing, tlClosing[t]);
      QCOMPARE(row.iterations, 1);  // the opening basis is not circular

      const LboTrancheYear& tl = r.schedule[0][t];
      QCLOSE(tl.opening, tlOpening[t]);
      QCLOSE(tl.interestCash, tlInterest[t]);
      QCLOSE(tl.interestPik, 0.0);
      QCLOSE(tl.mandatory, 30.0);
      QCLOSE(tl.drawn, 0.0);
      QCLOSE(tl.sweep, sweep[t]);
      QCLOSE(tl.closing, tlClosing[t]);

      const LboTrancheYear& nt = r.schedule[1][t];  // bullet, not prepayable: untouched
      QCLOSE(nt.opening, 400.0);
      QCLOSE(nt.interestCash, 32.0);
      QCLOSE(nt.mandatory, 0.0);
      QCLOSE(nt.sweep, 0.0);
      QCLOSE(nt.closing, 400.0);
    }

    // Exit: EV = 8 × 266.2 = 2129.6; net debt = 347.45281125 + 400 − 20 = 727.45281125;
    // equity = 2129.6 − 727.45281125 = 1402.14718875, all the sponsor's.
    QCLOSE(r.exitEbitda, 266.2);
    QCLOSE(r.exitEnterpriseValue, 2129.6);
    QCLOSE(r.netDebtAtExit, 727.45281125);
    QCLOSE(r.exitEquity, 1402.14718875);
    QCLOSE(r.sponsorShare, 1.0);
    QCLOSE(r.sponsorProceeds, 1402.14718875);
    // MOIC = 1402.14718875 / 652 ≈ 2.1505; one inflow at t = 3: IRR = MOIC^(1/3) − 1 ≈ 29.08 %.
    const double moic = 1402.14718875 / 652;
    QVERIFY(r.moic.has_value());
    QCLOSE(*r.moic, moic);
    QVERIFY(r.irr.has_value());
    QCLOSE_TOL(*r.irr, std::cbrt(moic) - 1, kIrrTol);

    // Attribution: EBITDA growth (266.2 − 200) × 8 = 529.6; multiple expansion (8 − 8) × … = 0;
    // paydown ND_0 − ND_3 = (1000 − 20) − 727.45281125 = 252.54718875; fees −32.
    // Sum 750.14718875 = 1402.14718875 − 652.
    QCLOSE(r.attribution.ebitdaGrowth, 529.6);
    QCLOSE(r.attribution.multipleExpansion, 0.0);
    QCLOSE(r.attribution.debtPaydown, 252.54718875);
    QCLOSE(r.attribution.feesAndLeakage, -32.0);
    QCLOSE(r.attribution.equityGain, 750.14718875);
  }

  void averageBalanceMatchesClosedForm() {
    // One year: revenue 1000 (no growth), EBITDA 200, D&A 50, EBIT 150, capex 50, no NWC,
    // τ = 25 %. Term loan O = 800 at r = 8 %, a = 5 % (mandatory 40), prepayable, 100 % sweep,
    // minimum cash M = 10 earning nothing, average-balance interest I = r·(O + C)/2.
    //   taxes = τ·(EBIT − I) (EBT > 0 below), so
    //   CF = EBITDA − capex − ΔNWC − τ·EBIT − (1 − τ)·I = K − (1 − τ)·I,
    //   K = 200 − 50 − 0 − 37.5 = 112.5.
    //   X = M + CF − a·O − M = CF − a·O ≥ 0 is all swept, so C = O − a·O − X = O − CF
    //     = O − K + (1 − τ)·I.
    //   I = r/2·(2O − K + (1 − τ)·I)  ⇒  I = r·(2O − K) / (2 − r·(1 − τ))
    //     = 0.08 × 1487.5 / 1.94 = 119 / 1.94 = 5950/97 ≈ 61.3402
    //   C = 687.5 + 0.75 × 5950/97 = (66687.5 + 4462.5)/97 = 71150/97 ≈ 733.5052
    //   check: 0.08 × (800 + 71150/97)/2 = 0.04 × 148750/97 = 5950/97.
    //   EBT = 150 − 5950/97 = 8600/97 > 0; taxes = 2150/97
    //   CF = 112.5 − 0.75 × 5950/97 = (10912.5 − 4462.5)/97 = 6450/97
    //   sweep = 6450/97 − 40 = 2570/97;  C = 800 − 40 − 2570/97 = 71150/97.
    LboInputs in = baseCase();
    in.years = 1;
    in.baseRevenue = 1000;
    in.baseEbitda = 200;
    in.baseNwc = 0;
    in.revenueGrowth[0] = 0;
    in.ebitdaMargin[0] = 0.20;
    in.daPctRevenue[0] = 0.05;
    in.capexPctRevenue[0] = 0.05;
    in.nwcPctRevenue[0] = 0;
    in.taxRate[0] = 0.25;
    in.entryMultiple = 6;
    in.transactionFee = 0;
    in.minimumCash = 10;
    in.cashInterestRate = 0;
    in.sweep = 1;
    in.interestBasis = InterestBasis::Average;
    in.exitYear = 1;
    in.exitMultiple = 6;
    in.trancheCount = 1;
    in.tranches[0] = termLoan(800, 0.08, 0.05, 5);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QVERIFY(r.averageInterest);

    const LboTrancheYear& tl = r.schedule[0][0];
    QCLOSE(tl.opening, 800.0);
    QCLOSE(tl.interestCash, 5950.0 / 97);
    QCLOSE(tl.mandatory, 40.0);
    QCLOSE(tl.sweep, 2570.0 / 97);
    QCLOSE(tl.closing, 71150.0 / 97);
    const LboYearRow& row = r.rows[0];
    QCLOSE(row.interestCash, 5950.0 / 97);
    QCLOSE(row.ebt, 8600.0 / 97);
    QCLOSE(row.taxes, 2150.0 / 97);
    QCLOSE(row.cashFlowForDebt, 6450.0 / 97);
    QCLOSE(row.cashClosing, 10.0);
    QVERIFY(row.iterations > 1);
    QVERIFY(row.residual <= kLboTolerance);
    QVERIFY(r.iterations > 1);
    QVERIFY(r.iterations <= kLboMaxIterations);
    QVERIFY(r.residual <= kLboTolerance);
  }

  void pikCompounds() {
    // Only a mezzanine tranche: 200 with PIK 10 %, no cash rate, not prepayable, maturity 5.
    // Closing_t = 200 × 1.1^t = 220, 242, 266.2; PIK_t = 10 % × opening = 20, 22, 24.2.
    // No cash interest (cash earns 0 here), so EBT = EBIT − PIK:
    //   187 − 20 = 167 (tax 41.75), 205.7 − 22 = 183.7 (45.925), 226.27 − 24.2 = 202.07 (50.5175)
    // Nothing is prepayable, so the excess stays in cash:
    //   CF_1 = 220 − 44 − 10 − 41.75 = 124.25 → cash 20 + 124.25 = 144.25
    //   CF_2 = 242 − 48.4 − 11 − 45.925 = 136.675 → 280.925
    //   CF_3 = 266.2 − 53.24 − 12.1 − 50.5175 = 150.3425 → 431.2675
    LboInputs in = baseCase();
    in.cashInterestRate = 0;
    in.trancheCount = 1;
    LboTranche mezz;
    mezz.type = TrancheType::Mezzanine;
    mezz.principal = 200;
    mezz.fixedRate = 0;
    mezz.pikRate = 0.10;
    mezz.amortisation = 0;
    mezz.maturityYears = 5;
    mezz.prepayable = false;
    in.tranches[0] = mezz;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    // Sponsor = 1600 + 32 + 20 − 200 = 1452.
    QCLOSE(r.sourcesUses.sponsorEquity, 1452.0);

    const double ebt[] = {167, 183.7, 202.07};
    const double taxes[] = {41.75, 45.925, 50.5175};
    const double cash[] = {144.25, 280.925, 431.2675};
    for (int t = 0; t < 3; ++t) {
      const LboTrancheYear& m = r.schedule[0][t];
      QCLOSE(m.opening, 200 * std::pow(1.1, t));
      QCLOSE(m.interestPik, 0.10 * m.opening);
      QCLOSE(m.interestPik, 20 * std::pow(1.1, t));
      QCLOSE(m.interestCash, 0.0);
      QCLOSE(m.mandatory, 0.0);
      QCLOSE(m.sweep, 0.0);
      QCLOSE(m.closing, 200 * std::pow(1.1, t + 1));
      const LboYearRow& row = r.rows[t];
      QCLOSE(row.interestPik, 20 * std::pow(1.1, t));
      QCLOSE(row.interestCash, 0.0);
      QCLOSE(row.ebt, ebt[t]);
      QCLOSE(row.taxes, taxes[t]);
      QCLOSE(row.cashClosing, cash[t]);
      QCLOSE(row.debtClosing, 200 * std::pow(1.1, t + 1));
      QCLOSE(row.seniorDebtClosing, 0.0);  // mezzanine is not senior
    }
    QCLOSE(r.schedule[0][2].closing, 266.2);
    // Net debt at exit = 266.2 − 431.2675 = −165.0675; equity = 2129.6 + 165.0675 = 2294.6675.
    QCLOSE(r.netDebtAtExit, -165.0675);
    QCLOSE(r.exitEquity, 2294.6675);
  }

  void maturityRepaysWholeBalanceWithPik() {
    // Mezzanine 100, PIK 10 %, maturity 2, not prepayable; cash earns nothing.
    //   Year 1: PIK 10 → 110; EBT 187 − 10 = 177, tax 44.25, CF 220 − 44 − 10 − 44.25 = 121.75,
    //           cash 20 + 121.75 = 141.75.
    //   Year 2: PIK 11 → 121 repaid in full at maturity (PIK included): mandatory 121;
    //           EBT 205.7 − 11 = 194.7, tax 48.675, CF 242 − 48.4 − 11 − 48.675 = 133.925;
    //           cash 141.75 + 133.925 − 121 = 154.675.
    //   Year 3: nothing left: no PIK, no repayment.
    LboInputs in = baseCase();
    in.cashInterestRate = 0;
    in.trancheCount = 1;
    LboTranche mezz;
    mezz.type = TrancheType::Mezzanine;
    mezz.principal = 100;
    mezz.pikRate = 0.10;
    mezz.maturityYears = 2;
    mezz.prepayable = false;
    in.tranches[0] = mezz;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.schedule[0][0].closing, 110.0);
    QCLOSE(r.schedule[0][0].mandatory, 0.0);
    QCLOSE(r.schedule[0][1].interestPik, 11.0);
    QCLOSE(r.schedule[0][1].mandatory, 121.0);
    QCLOSE(r.schedule[0][1].closing, 0.0);
    QCLOSE(r.rows[1].mandatory, 121.0);
    QCLOSE(r.rows[0].cashClosing, 141.75);
    QCLOSE(r.rows[1].cashClosing, 154.675);
    QCLOSE(r.schedule[0][2].opening, 0.0);
    QCLOSE(r.schedule[0][2].interestPik, 0.0);
    QCLOSE(r.schedule[0][2].mandatory, 0.0);
    QCLOSE(r.schedule[0][2].closing, 0.0);
  }

  void revolverDrawsInBadYear() {
    // The hand case with capex 12 % of revenue in year 2, cash earning nothing, and a revolver
    // first in seniority: undrawn at close, commitment 200, 5 %, undrawn fee 0.5 %.
    //   Year 1: fee 0.5 % × 200 = 1 → interest 36 + 32 + 1 = 69; EBT 187 − 69 = 118, tax 29.5;
    //           CF = 220 − 44 − 10 − 29.5 − 69 = 67.5; X = 67.5 − 30 = 37.5; the revolver owes
    //           nothing, so all 37.5 sweeps the TL: 600 − 30 − 37.5 = 532.5.
    //   Year 2: capex 0.12 × 1210 = 145.2; interest 1 + 532.5 × 6 % = 31.95 + 32 = 64.95;
    //           EBT 205.7 − 64.95 = 140.75, tax 35.1875;
    //           CF = 242 − 145.2 − 11 − 35.1875 − 64.95 = −14.3375;
    //           X = 20 − 14.3375 − 30 − 20 = −44.3375 → the revolver draws 44.3375; TL 502.5.
    //   Year 3: revolver 5 % × 44.3375 + 0.5 % × (200 − 44.3375) = 2.216875 + 0.7783125
    //           = 2.9951875; TL 502.5 × 6 % = 30.15; total 65.1451875;
    //           EBT 226.27 − 65.1451875 = 161.1248125, tax 40.281203125;
    //           CF = 266.2 − 53.24 − 12.1 − 40.281203125 − 65.1451875 = 95.433609375;
    //           X = 65.433609375: revolver repaid 44.3375 first, then 21.096109375 sweeps the TL:
    //           502.5 − 30 − 21.096109375 = 451.403890625.
    LboInputs in = baseCase();
    in.cashInterestRate = 0;
    in.capexPctRevenue[1] = 0.12;
    in.trancheCount = 3;
    in.tranches[0] = revolver(200, 0.05, 0.005);
    in.tranches[1] = termLoan(600, 0.06, 0.05, 7);
    in.tranches[2] = notes(400, 0.08, 8);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.sourcesUses.debt, 1000.0);
    QCLOSE(r.sourcesUses.sponsorEquity, 652.0);

    const double cf[] = {67.5, -14.3375, 95.433609375};
    const double revInterest[] = {1, 1, 2.9951875};
    const double drawn[] = {0, 44.3375, 0};
    const double repaid[] = {0, 0, 44.3375};
    const double revClosing[] = {0, 44.3375, 0};
    const double sweep[] = {37.5, 0, 21.096109375};
    const double tlClosing[] = {532.5, 502.5, 451.403890625};
    const double taxes[] = {29.5, 35.1875, 40.281203125};
    for (int t = 0; t < 3; ++t) {
      const LboYearRow& row = r.rows[t];
      QCLOSE(row.cashFlowForDebt, cf[t]);
      QCLOSE(row.taxes, taxes[t]);
      QCLOSE(row.revolverDrawn, drawn[t]);
      QCLOSE(row.revolverRepaid, repaid[t]);
      QCLOSE(row.sweep, sweep[t]);
      QCLOSE(row.mandatory, 30.0);
      QCLOSE(row.cashClosing, 20.0);
      QCLOSE(row.debtClosing, revClosing[t] + tlClosing[t] + 400);
      QCLOSE(row.seniorDebtClosing, revClosing[t] + tlClosing[t]);
      const LboTrancheYear& rv = r.schedule[0][t];
      QCLOSE(rv.interestCash, revInterest[t]);
      QCLOSE(rv.drawn, drawn[t]);
      QCLOSE(rv.sweep, repaid[t]);
      QCLOSE(rv.mandatory, 0.0);
      QCLOSE(rv.closing, revClosing[t]);
      QCLOSE(r.schedule[1][t].sweep, sweep[t]);
      QCLOSE(r.schedule[1][t].closing, tlClosing[t]);
    }
    QCLOSE(r.schedule[0][2].opening, 44.3375);
  }

  void revolverCommitmentTooSmall() {
    // As above with a commitment of 25 (undrawn fee 0.5 % × 25 = 0.125 while undrawn):
    //   Year 1: interest 36 + 32 + 0.125 = 68.125; EBT 118.875, tax 29.71875;
    //           CF = 220 − 44 − 10 − 29.71875 − 68.125 = 68.15625; X = 38.15625;
    //           TL 600 − 30 − 38.15625 = 531.84375.
    //   Year 2: interest 0.125 + 531.84375 × 6 % = 31.910625 + 32 = 64.035625;
    //           EBT 205.7 − 64.035625 = 141.664375, tax 35.41609375;
    //           CF = 242 − 145.2 − 11 − 35.41609375 − 64.035625 = −13.65171875;
    //           X = −43.65171875: the revolver covers 25, the shortfall is 18.65171875.
    LboInputs in = baseCase();
    in.cashInterestRate = 0;
    in.capexPctRevenue[1] = 0.12;
    in.trancheCount = 3;
    in.tranches[0] = revolver(25, 0.05, 0.005);
    in.tranches[1] = termLoan(600, 0.06, 0.05, 7);
    in.tranches[2] = notes(400, 0.08, 8);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::CashShortfall);
    QCOMPARE(r.failureYear, 2027);
    QCLOSE(r.shortfall, 18.65171875);

    // The same shortfall after an exit at the end of year 1 does not touch the returns: the
    // projection stops after year 1 and says why. Exit EV 8 × EBITDA_1 (220) = 1760; net debt =
    // 25 × 0 + 531.84375 + 400 − cash 20 = 911.84375; exit equity 848.15625.
    in.exitYear = 1;
    const LboResult late = run(in);
    QCOMPARE(late.failure, LboFailure::None);
    QCOMPARE(late.years, 1);
    QCOMPARE(late.shortfallAfterExitYear, 2027);
    QCLOSE(late.shortfallAfterExit, 18.65171875);
    QCLOSE(late.exitEquity, 1760.0 - 911.84375);
  }

  // A bullet is paid at the end of its maturity year, so on the average basis that year's
  // interest runs on the whole opening balance: 100 at 10 % maturing in year 1 pays
  // 10 × (100 + 100) / 2 % = 10, not the 5 an average with the repaid balance (0) would give.
  void maturityYearInterestOnTheWholeBalance() {
    LboInputs in = baseCase();
    in.years = 1;
    in.exitYear = 1;
    in.interestBasis = InterestBasis::Average;
    in.cashInterestRate = 0;
    in.trancheCount = 1;
    in.tranches[0] = termLoan(100, 0.10, 0.0, 1);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.schedule[0][0].interestCash, 10.0);
    QCLOSE(r.schedule[0][0].mandatory, 100.0);
    QCLOSE(r.schedule[0][0].closing, 0.0);
  }

  // Tranches that cover the uses up to rounding leave no sponsor equity: 1000.7 EV + 15.1 fees
  // + 10.3 cash = 1026.1 = 450 + 576.1 in decimal, though the doubles differ by ~2e-13.
  void equityLeftByRoundingIsNone() {
    LboInputs in = baseCase();
    in.entryByMultiple = false;
    in.entryPrice = 1000.7;
    in.transactionFeeIsPercent = false;
    in.transactionFee = 15.1;
    in.minimumCash = 10.3;
    in.trancheCount = 2;
    in.tranches[0] = termLoan(450, 0.06, 0.05, 7);
    in.tranches[1] = notes(576.1, 0.08, 8);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::NoSponsorEquity);
  }

  // A root beyond floating point is no number: 1e-300 in, 1e300 back in a year.
  void irrBeyondFloatingPointIsNone() {
    const double flows[] = {-1e-300, 1e300};
    QVERIFY(!singleSignChangeIrr(flows, 2));
  }

  void lossCase() {
    // The hand case exiting at 4×: EV 4 × 266.2 = 1064.8, net debt 727.45281125 (the schedule
    // does not depend on the exit multiple), equity 337.34718875 < 652 invested.
    LboInputs in = baseCase();
    in.exitMultiple = 4;
    LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.exitEnterpriseValue, 1064.8);
    QCLOSE(r.exitEquity, 337.34718875);
    QCLOSE(r.sponsorProceeds, 337.34718875);
    const double moic = 337.34718875 / 652;  // ≈ 0.5174
    QVERIFY(r.moic && r.irr);
    QCLOSE(*r.moic, moic);
    QVERIFY(*r.moic < 1);
    QVERIFY(*r.irr < 0 && *r.irr > -1);
    QCLOSE_TOL(*r.irr, std::cbrt(moic) - 1, kIrrTol);              // ≈ −19.7 %
    QCLOSE(r.attribution.multipleExpansion, (4.0 - 8.0) * 266.2);  // −1064.8

    // At 2×: EV 532.4 < net debt 727.45281125: equity −195.05281125, limited liability.
    in.exitMultiple = 2;
    r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.exitEquity, -195.05281125);
    QVERIFY(r.exitEquity < 0);
    QCLOSE(r.sponsorProceeds, 0.0);
    QVERIFY(r.moic.has_value());
    QCLOSE(*r.moic, 0.0);
    QVERIFY(r.irr.has_value());
    QCLOSE(*r.irr, -1.0);
    // The gain counts the whole (negative) equity: −195.05281125 − 652.
    QCLOSE(r.attribution.equityGain, -195.05281125 - 652);
  }

  void properties_data() {
    QTest::addColumn<int>("variation");
    QTest::newRow("hand case") << 0;
    QTest::newRow("half sweep, average balance") << 1;
    QTest::newRow("revolver, fees, OID, PIK, rollover, dividends, exit 2") << 2;
    QTest::newRow("NOL, average, 30 % sweep, 5 years, exit 4") << 3;
    QTest::newRow("no sweep") << 4;
  }
  void properties() {
    QFETCH(int, variation);
    const LboInputs in = variationCase(variation);
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    const int n = in.years;
    const int x = in.exitYear;
    const int k = in.trancheCount;
    auto isRevolver = [&](int j) { return in.tranches[j].type == TrancheType::Revolver; };

    // Sources = uses.
    const LboSourcesUses& su = r.sourcesUses;
    double principal = 0;
    for (int j = 0; j < k; ++j) principal += in.tranches[j].principal;
    QCLOSE(su.debt, principal);
    QCLOSE(su.rolloverEquity, in.rolloverEquity);
    QVERIFY(su.sponsorEquity > 0);
    QCLOSE(su.total, su.debt + su.rolloverEquity + su.sponsorEquity);
    QCLOSE(su.total, su.entryEnterpriseValue + su.transactionFees + su.financingFees + su.oid +
                         su.minimumCash);

    // Each tranche rolls forward; each row adds up its tranches; cash rolls forward.
    double repaidNet = 0, pik = 0;
    for (int t = 0; t < n; ++t) {
      const LboYearRow& row = r.rows[t];
      QCOMPARE(row.year, in.firstYear + t);
      double cashInterest = 0, pikT = 0, mandatory = 0, drawn = 0, revRepaid = 0, sweep = 0;
      double debt = 0, senior = 0;
      for (int j = 0; j < k; ++j) {
        const LboTrancheYear& ty = r.schedule[j][t];
        QCLOSE(ty.opening, t == 0 ? in.tranches[j].principal : r.schedule[j][t - 1].closing);
        QCLOSE(ty.closing, ty.opening + ty.interestPik + ty.drawn - ty.mandatory - ty.sweep);
        QVERIFY(ty.closing >= -1e-9);
        cashInterest += ty.interestCash;
        pikT += ty.interestPik;
        mandatory += ty.mandatory;
        drawn += ty.drawn;
        (isRevolver(j) ? revRepaid : sweep) += ty.sweep;
        debt += ty.closing;
        const TrancheType type = in.tranches[j].type;
        if (type == TrancheType::Revolver || type == TrancheType::TermLoan) senior += ty.closing;
      }
      QCLOSE(row.interestCash, cashInterest);
      QCLOSE(row.interestPik, pikT);
      QCLOSE(row.mandatory, mandatory);
      QCLOSE(row.revolverDrawn, drawn);
      QCLOSE(row.revolverRepaid, revRepaid);
      QCLOSE(row.sweep, sweep);
      QCLOSE(row.debtClosing, debt);
      QCLOSE(row.seniorDebtClosing, senior);
      QCLOSE(row.dividends, in.dividends[t]);
      QCLOSE(row.cashOpening, t == 0 ? in.minimumCash : r.rows[t - 1].cashClosing);
      QCLOSE(row.cashClosing, row.cashOpening + row.cashFlowForDebt - row.mandatory -
                                  row.dividends + row.revolverDrawn - row.revolverRepaid -
                                  row.sweep);
      QVERIFY(row.cashClosing >= in.minimumCash - 1e-9);
      if (in.interestBasis == InterestBasis::Average) QVERIFY(row.residual <= kLboTolerance);
      repaidNet += row.mandatory + row.sweep + row.revolverRepaid - row.revolverDrawn;
      pik += row.interestPik;
    }
    // Σ (mandatory + sweep + revolver repaid − drawn) = debt at close + Σ PIK − debt at year N.
    QCLOSE(repaidNet, su.debt + pik - r.rows[n - 1].debtClosing);

    // Exit at year x uses row x − 1.
    const LboYearRow& exitRow = r.rows[x - 1];
    QCLOSE(r.exitEbitda, exitRow.ebitda);
    QCLOSE(r.exitEnterpriseValue, in.exitMultiple * exitRow.ebitda);
    QCLOSE(r.netDebtAtExit, exitRow.debtClosing - exitRow.cashClosing);
    QCLOSE(r.exitEquity, r.exitEnterpriseValue - r.netDebtAtExit);

    // The sponsor's share of dividends (years 1..x) and of the positive exit equity.
    double dividends = 0;
    for (int t = 0; t < x; ++t) dividends += r.rows[t].dividends;
    const double share = su.sponsorEquity / (su.sponsorEquity + su.rolloverEquity);
    QCLOSE(r.sponsorShare, share);
    QCLOSE(r.sponsorProceeds, share * (dividends + std::max(r.exitEquity, 0.0)));
    QVERIFY(r.moic);
    QCLOSE(*r.moic, r.sponsorProceeds / su.sponsorEquity);
    std::vector<double> flows(x + 1, 0.0);
    flows[0] = -su.sponsorEquity;
    for (int t = 1; t <= x; ++t) flows[t] = share * r.rows[t - 1].dividends;
    flows[x] += share * std::max(r.exitEquity, 0.0);
    const std::optional<Rate> irr = singleSignChangeIrr(flows.data(), x + 1);
    QVERIFY(irr && r.irr);
    QCLOSE_TOL(*r.irr, *irr, kIrrTol);

    // Attribution: the four parts by their formulas, their sum, and the gain itself.
    const LboAttribution& a = r.attribution;
    const double m0 = su.entryEnterpriseValue / in.baseEbitda;
    QCLOSE(r.entryMultiple, m0);
    const double nd0 = su.debt - in.minimumCash;
    QCLOSE(a.ebitdaGrowth, (r.exitEbitda - in.baseEbitda) * m0);
    QCLOSE(a.multipleExpansion, (in.exitMultiple - m0) * r.exitEbitda);
    QCLOSE(a.debtPaydown, nd0 - r.netDebtAtExit + dividends);
    QCLOSE(a.feesAndLeakage, -(su.transactionFees + su.financingFees + su.oid));
    QCLOSE(a.equityGain, a.ebitdaGrowth + a.multipleExpansion + a.debtPaydown + a.feesAndLeakage);
    QCLOSE(a.equityGain, r.exitEquity + dividends - (su.sponsorEquity + su.rolloverEquity));
  }

  void noSweepFollowsAmortisationOnly() {
    // Sweep 0, no revolver: the TL only amortises, closing_t = 600 × (1 − 0.05·t) = 570, 540,
    // 510; the excess stays in cash (above the minimum).
    LboInputs in = baseCase();
    in.sweep = 0;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    for (int t = 0; t < 3; ++t) {
      QCLOSE(r.schedule[0][t].closing, 600 * (1 - 0.05 * (t + 1)));
      QCLOSE(r.schedule[0][t].sweep, 0.0);
      QCLOSE(r.rows[t].sweep, 0.0);
      QVERIFY(r.rows[t].cashClosing > 20);
    }
  }

  void floatingRateUsesFloor() {
    // TL floating at max(base, 1 %) + 4 %, base 0.5 %, 2 %, 1 % → 5 %, 6 %, 5 %; no sweep, so
    // its opening balances are 600, 570, 540 and its interest 30, 34.2, 27.
    LboInputs in = baseCase();
    in.sweep = 0;
    in.cashInterestRate = 0;
    in.tranches[0].floating = true;
    in.tranches[0].fixedRate = 0;
    in.tranches[0].spread = 0.04;
    in.tranches[0].floor = 0.01;
    in.baseRate[0] = 0.005;
    in.baseRate[1] = 0.02;
    in.baseRate[2] = 0.01;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    const double interest[] = {30, 34.2, 27};
    for (int t = 0; t < 3; ++t) {
      QCLOSE(r.schedule[0][t].interestCash, interest[t]);
      QCLOSE(r.rows[t].interestCash, interest[t] + 32);
    }
  }

  void carryForwardLossesShieldTaxes() {
    // The hand case with an opening NOL of 150:
    //   Year 1: EBT 119.4 (as in the hand case) all sheltered: NOL used 119.4, left 30.6, tax 0;
    //           CF = 220 − 44 − 10 − 0 − 68 + 0.4 = 98.4; X = 68.4; TL 600 − 30 − 68.4 = 501.6.
    //   Year 2: interest 501.6 × 6 % = 30.096 + 32 = 62.096; EBT 205.7 − 62.096 + 0.4 = 144.004;
    //           NOL used 30.6, left 0; tax 25 % × (144.004 − 30.6) = 28.351.
    LboInputs in = baseCase();
    in.carryForwardLosses = true;
    in.openingNol = 150;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.rows[0].nolUsed, 119.4);
    QCLOSE(r.rows[0].nolClosing, 30.6);
    QCLOSE(r.rows[0].taxes, 0.0);
    QCLOSE(r.rows[0].cashFlowForDebt, 98.4);
    QCLOSE(r.schedule[0][0].closing, 501.6);
    QCLOSE(r.rows[1].ebt, 144.004);
    QCLOSE(r.rows[1].nolUsed, 30.6);
    QCLOSE(r.rows[1].nolClosing, 0.0);
    QCLOSE(r.rows[1].taxes, 28.351);
    QCLOSE(r.rows[2].nolUsed, 0.0);
  }

  void raisingExitMultipleNeverLowersIrr() {
    LboInputs in = baseCase();
    double previousIrr = -2, previousMoic = -1;
    for (double multiple : {2.0, 4.0, 6.0, 8.0, 10.0, 12.0}) {
      in.exitMultiple = multiple;
      const LboResult r = run(in);
      QCOMPARE(r.failure, LboFailure::None);
      QVERIFY(r.irr && r.moic);
      QVERIFY2(*r.irr >= previousIrr, qPrintable(QStringLiteral("at %1x").arg(multiple)));
      QVERIFY(*r.moic >= previousMoic);
      previousIrr = *r.irr;
      previousMoic = *r.moic;
    }
  }

  void singleSignChangeIrrCases() {
    // 1.2³ = 1.728: −100 now, 172.8 in three years is 20 %.
    const double a[] = {-100, 0, 0, 172.8};
    auto irr = singleSignChangeIrr(a, 4);
    QVERIFY(irr);
    QCLOSE_TOL(*irr, 0.2, kIrrTol);
    // −100 + 10/1.1 + 110/1.21 = −100 + 9.0909… + 90.9090… = 0: 10 %.
    const double b[] = {-100, 10, 110};
    irr = singleSignChangeIrr(b, 3);
    QVERIFY(irr);
    QCLOSE_TOL(*irr, 0.10, kIrrTol);
    // Nothing comes back: a total loss.
    const double c[] = {-100, 0, 0};
    irr = singleSignChangeIrr(c, 3);
    QVERIFY(irr);
    QCLOSE(*irr, -1.0);
    // Not the sponsor's shape: an inflow first, or a later outflow.
    const double d[] = {100, -50};
    QVERIFY(!singleSignChangeIrr(d, 2));
    const double e[] = {-100, 60, -10, 80};
    QVERIFY(!singleSignChangeIrr(e, 4));
  }

  void rolloverEquitySharesProceeds() {
    // Rollover 100 replaces 100 of the sponsor's plug: sponsor 652 − 100 = 552, total still 1652.
    // Share 552 / 652; proceeds = 552/652 × 1402.14718875 ≈ 1187.0939; MOIC = proceeds / 552
    // = 1402.14718875 / 652, unchanged, and so is the IRR.
    LboInputs in = baseCase();
    in.rolloverEquity = 100;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.sourcesUses.sponsorEquity, 552.0);
    QCLOSE(r.sourcesUses.rolloverEquity, 100.0);
    QCLOSE(r.sourcesUses.total, 1652.0);
    QCLOSE(r.sponsorShare, 552.0 / 652.0);
    QCLOSE(r.exitEquity, 1402.14718875);
    QCLOSE(r.sponsorProceeds, 552.0 / 652.0 * 1402.14718875);
    const double moic = 1402.14718875 / 652;
    QVERIFY(r.moic && r.irr);
    QCLOSE(*r.moic, moic);
    QCLOSE_TOL(*r.irr, std::cbrt(moic) - 1, kIrrTol);
    // The gain is the whole equity's: 1402.14718875 − (552 + 100).
    QCLOSE(r.attribution.equityGain, 750.14718875);
  }

  void financingFeesAndOid() {
    // TL 600 with OID 2 % and a financing fee 1.5 %, maturity 5; no sweep (so nothing is
    // prepaid), cash earns nothing.
    //   S&U: OID 0.02 × 600 = 12, financing fees 0.015 × 600 = 9;
    //        uses 1600 + 32 + 9 + 12 + 20 = 1673; sponsor 1673 − 1000 = 673.
    //   Each year: OID amortisation 12 / 5 = 2.4, fee amortisation 9 / 5 = 1.8 (non-cash).
    //   Year 1: interest 36 + 32 = 68; EBT 187 − 68 − 2.4 − 1.8 = 114.8, tax 28.7;
    //           CF = 220 − 44 − 10 − 28.7 − 68 = 69.3 (the amortisation is not cash).
    //   Year 2: TL 570 → 34.2 + 32 = 66.2; EBT 205.7 − 66.2 − 4.2 = 135.3, tax 33.825;
    //           CF = 242 − 48.4 − 11 − 33.825 − 66.2 = 82.575.
    //   Year 3: TL 540 → 32.4 + 32 = 64.4; EBT 226.27 − 64.4 − 4.2 = 157.67, tax 39.4175;
    //           CF = 266.2 − 53.24 − 12.1 − 39.4175 − 64.4 = 97.0425.
    //   Cash: 20 + 69.3 − 30 = 59.3; + 82.575 − 30 = 111.875; + 97.0425 − 30 = 178.9175.
    LboInputs in = baseCase();
    in.sweep = 0;
    in.cashInterestRate = 0;
    in.tranches[0] = termLoan(600, 0.06, 0.05, 5);
    in.tranches[0].oid = 0.02;
    in.tranches[0].financingFee = 0.015;
    const LboResult r = run(in);
    QCOMPARE(r.failure, LboFailure::None);
    QCLOSE(r.sourcesUses.oid, 12.0);
    QCLOSE(r.sourcesUses.financingFees, 9.0);
    QCLOSE(r.sourcesUses.total, 1673.0);
    QCLOSE(r.sourcesUses.sponsorEquity, 673.0);
    const double ebt[] = {114.8, 135.3, 157.67};
    const double taxes[] = {28.7, 33.825, 39.4175};
    const double cf[] = {69.3, 82.575, 97.0425};
    const double cash[] = {59.3, 111.875, 178.9175};
    for (int t = 0; t < 3; ++t) {
      const LboYearRow& row = r.rows[t];
      QCLOSE(row.oidAmortisation, 0.02 * 600 / 5);
      QCLOSE(row.feeAmortisation, 0.015 * 600 / 5);
      QCLOSE(row.ebt, ebt[t]);
      QCLOSE(row.taxes, taxes[t]);
      QCLOSE(row.cashFlowForDebt, cf[t]);
      QCLOSE(row.cashClosing, cash[t]);
    }
    // Exit: net debt 510 + 400 − 178.9175 = 731.0825; equity 2129.6 − 731.0825 = 1398.5175;
    // leakage −(32 + 9 + 12) = −53.
    QCLOSE(r.netDebtAtExit, 731.0825);
    QCLOSE(r.exitEquity, 1398.5175);
    QCLOSE(r.attribution.feesAndLeakage, -53.0);
    QCLOSE(r.attribution.equityGain, 1398.5175 - 673);
  }

 private:
  // The variations the properties are checked on.
  static LboInputs variationCase(int variation) {
    LboInputs in = baseCase();
    switch (variation) {
      case 1:
        in.sweep = 0.5;
        in.interestBasis = InterestBasis::Average;
        break;
      case 2: {
        // Revolver drawn 50 at close (commitment 150, floating 3 % + 3 %, fee 1 % of the
        // commitment), TL with OID and a fee, the notes, and a cash-and-PIK mezzanine; rollover,
        // dividends of 5 a year, exit after year 2 of 3.
        LboTranche rv = revolver(150, 0, 0.005);
        rv.principal = 50;
        rv.floating = true;
        rv.spread = 0.03;
        rv.floor = 0;
        rv.financingFee = 0.01;
        rv.maturityYears = 6;
        LboTranche tl = termLoan(600, 0.06, 0.05, 7);
        tl.oid = 0.01;
        tl.financingFee = 0.02;
        LboTranche mezz;
        mezz.type = TrancheType::Mezzanine;
        mezz.principal = 150;
        mezz.fixedRate = 0.02;
        mezz.pikRate = 0.12;
        mezz.maturityYears = 9;
        mezz.prepayable = false;
        in.trancheCount = 4;
        in.tranches[0] = rv;
        in.tranches[1] = tl;
        in.tranches[2] = notes(400, 0.08, 8);
        in.tranches[3] = mezz;
        for (int t = 0; t < 3; ++t) {
          in.baseRate[t] = 0.03;
          in.dividends[t] = 5;
        }
        in.rolloverEquity = 80;
        in.exitYear = 2;
        in.exitMultiple = 9;
        break;
      }
      case 3:
        in.years = 5;
        in.exitYear = 4;
        in.exitMultiple = 9;
        in.sweep = 0.3;
        in.interestBasis = InterestBasis::Average;
        in.carryForwardLosses = true;
        in.openingNol = 150;
        break;
      case 4:
        in.sweep = 0;
        break;
      default:
        break;
    }
    return in;
  }
};

QTEST_APPLESS_MAIN(TestLbo)
#include "test_lbo.moc"
