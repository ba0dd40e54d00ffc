// Merger-consequences (accretion/dilution) engine against hand calculations. Every expected value
// is derived in the comments from the formulas in core/finance/ma.h (offer, funding with the
// financing fees the debt funds, pro-forma net income and EPS, accretion, the P/E rule,
// break-even synergies, the maximum offer price, the PPA, the EPS bridge, contribution and the
// credit statistics); none is copied from the engine's output. The break-even synergies and the
// maximum offer price are also checked by putting them back into the inputs: accretion is then 0.
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "core/finance/ma.h"
#include "tests/support/qclose.h"

using namespace valor;

namespace {

using valor::testing::closeTo;

// The hand case. Acquirer: 100 shares at 50, net income 500 every year (EPS 5, P/E 10).
// Target: 20 shares at 40, net income 100 every year (EPS 5, P/E 8). Tax 25 %. Offer 45 a share
// (E = 45 × 20 = 900, premium 12.5 %), all in stock issued at the acquirer's price 50. No fees,
// synergies, write-ups or debt. Phase-in 100 % every year (no synergies unless a test sets them).
MaInputs baseCase(int years) {
  MaInputs in;
  in.firstYear = 2026;
  in.years = years;
  in.acquirer.sharePrice = 50;
  in.acquirer.shares = 100;
  in.target.sharePrice = 40;
  in.target.shares = 20;
  for (int t = 0; t < kMaxMaYears; ++t) {
    in.acquirer.netIncome[t] = 500;
    in.target.netIncome[t] = 100;
    in.phaseIn[t] = 1;
    in.integrationCosts[t] = 0;
  }
  in.taxRate = 0.25;
  in.offerMethod = OfferMethod::PerShare;
  in.offerPrice = 45;
  in.stockShare = 1;
  return in;
}

// A 50/50 stock/cash deal over 3 years. Offer 45 → E = 900: stock 450 at 50 → n = 9, PF shares
// 109; cash 450. Transaction fees 40 → C₀ = 490, all debt (s = 1) at 6 % with a 2 % financing
// fee amortised over 2 years: D = 490 / (1 − 0.02) = 500, fees 10 (5 a year in years 1–2).
// Synergies: cost 40 + revenue 200 × 20 % margin = 40 → run rate 80, phased 25/50/100 %
// (20, 40, 80); integration costs 30, 10, 0. Acquirer NI 500, 540, 600; target NI 100, 110, 130.
MaInputs phasedCase() {
  MaInputs in = baseCase(3);
  in.acquirer.netIncome = {500, 540, 600, 0, 0};
  in.target.netIncome = {100, 110, 130, 0, 0};
  in.stockShare = 0.5;
  in.transactionFees = 40;
  in.debtShare = 1;
  in.debtRate = 0.06;
  in.cashYield = 0.04;  // no cash is used, so nothing is foregone
  in.financingFee = 0.02;
  in.feeYears = 2;
  in.costSynergies = 40;
  in.revenueSynergies = 200;
  in.revenueSynergyMargin = 0.2;
  in.phaseIn = {0.25, 0.5, 1, 0, 0};
  in.integrationCosts = {30, 10, 0, 0, 0};
  return in;
}

// Everything at once, over 3 years: 50 % stock issued at 50 × (1 − 10 %) = 45; half the cash need
// in debt at 6 % (2 % fee over 2 years), half from cash earning 4 %; transaction fees 30 and the
// target's debt 100 (at 5 %) refinanced, so the need not scaling with the price is F = 130.
// Synergies: cost 60 + revenue 100 × 30 % = 90 run rate, phased 25/50/100 % (22.5, 45, 90);
// integration costs 20, 10, 0. The acquirer's cash (10 000) covers any offer tried here.
MaInputs mixedCase() {
  MaInputs in = baseCase(3);
  in.stockShare = 0.5;
  in.issueDiscount = 0.1;
  in.debtShare = 0.5;
  in.debtRate = 0.06;
  in.cashYield = 0.04;
  in.financingFee = 0.02;
  in.feeYears = 2;
  in.transactionFees = 30;
  in.refinanceTargetDebt = true;
  in.target.debt = 100;
  in.target.interestRate = 0.05;
  in.target.cash = 20;
  in.acquirer.cash = 10000;
  in.costSynergies = 60;
  in.revenueSynergies = 100;
  in.revenueSynergyMargin = 0.3;
  in.phaseIn = {0.25, 0.5, 1, 0, 0};
  in.integrationCosts = {20, 10, 0, 0, 0};
  return in;
}

MaResult run(const MaInputs& in) {
  MaResult r;
  evaluateMa(in, r);
  return r;
}

}  // namespace

class TestMa : public QObject {
  Q_OBJECT

 private slots:
  void allStockAccretive() {
    const MaResult r = run(baseCase(2));
    QCOMPARE(r.failure, MaFailure::None);
    QCOMPARE(r.years, 2);

    // Offer 45 × 20 = 900; premium 45 / 40 − 1 = 0.125; exchange ratio 45 / 50 = 0.9.
    QCLOSE(r.offerPrice, 45.0);
    QCLOSE(r.purchaseEquity, 900.0);
    QCLOSE(r.ppa.purchaseEquity, 900.0);
    QCLOSE(r.impliedPremium, 0.125);
    QCLOSE(r.impliedExchangeRatio, 0.9);
    // All stock at IP = 50: n = 900 / 50 = 18; no cash, no debt.
    QCLOSE(r.issuePrice, 50.0);
    QCLOSE(r.stockConsideration, 900.0);
    QCLOSE(r.cashConsideration, 0.0);
    QCLOSE(r.newShares, 18.0);
    QCLOSE(r.cashNeed, 0.0);
    QCLOSE(r.newDebt, 0.0);
    QCLOSE(r.cashUsed, 0.0);
    // EV = 900 + target debt 0 − target cash 0.
    QCLOSE(r.enterpriseValue, 900.0);
    // Ownership: 100 / 118 and 18 / 118.
    QCLOSE(r.acquirerOwnership, 100.0 / 118);
    QCLOSE(r.targetOwnership, 18.0 / 118);

    for (int t = 0; t < 2; ++t) {
      const MaYearRow& row = r.rows[t];
      QCOMPARE(row.year, 2026 + t);
      // PF NI = 500 + 100 + 0 = 600; PF shares 100 + 18 = 118; PF EPS = 600 / 118.
      QCLOSE(row.adjustmentsAfterTax, 0.0);
      QCLOSE(row.proFormaNetIncome, 600.0);
      QCLOSE(row.proFormaShares, 118.0);
      QCLOSE(row.standaloneEps, 5.0);
      QCLOSE(row.proFormaEps, 600.0 / 118);
      // Accretion = (600 / 118) / 5 − 1 = 120 / 118 − 1 = 2 / 118 = 1 / 59 > 0.
      QCLOSE(row.accretionPerShare, 600.0 / 118 - 5);
      QCLOSE(row.accretion, 1.0 / 59);
    }

    // P/E rule: acquirer P/E = IP / EPS = 50 / 5 = 10; offer P/E = 45 / (100 / 20) = 9;
    // 10 > 9 → accretive, as found.
    QVERIFY(r.acquirerPe.has_value());
    QVERIFY(r.offerPe.has_value());
    QCLOSE(*r.acquirerPe, 10.0);
    QCLOSE(*r.offerPe, 9.0);
    QVERIFY(*r.acquirerPe > *r.offerPe);
    QVERIFY(r.rows[0].accretion > 0);
  }

  void allStockDilutive() {
    MaInputs in = baseCase(1);
    in.offerPrice = 60;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);

    // E = 60 × 20 = 1200; premium 60 / 40 − 1 = 0.5; n = 1200 / 50 = 24; PF shares 124.
    QCLOSE(r.purchaseEquity, 1200.0);
    QCLOSE(r.impliedPremium, 0.5);
    QCLOSE(r.newShares, 24.0);
    const MaYearRow& row = r.rows[0];
    QCLOSE(row.proFormaNetIncome, 600.0);
    QCLOSE(row.proFormaShares, 124.0);
    // PF EPS = 600 / 124 = 150 / 31; accretion = 120 / 124 − 1 = −4 / 124 = −1 / 31.
    QCLOSE(row.proFormaEps, 150.0 / 31);
    QCLOSE(row.accretion, -1.0 / 31);
    QVERIFY(row.accretion < 0);

    // P/E rule: acquirer 50 / 5 = 10 < offer 60 / 5 = 12 → dilutive, as found.
    QVERIFY(r.acquirerPe && r.offerPe);
    QCLOSE(*r.acquirerPe, 10.0);
    QCLOSE(*r.offerPe, 12.0);
    QVERIFY(*r.acquirerPe < *r.offerPe);
  }

  void allCashFinancedByDebt() {
    MaInputs in = baseCase(2);
    in.stockShare = 0;
    in.debtShare = 1;
    in.debtRate = 0.06;
    in.financingFee = 0.02;
    in.feeYears = 5;
    in.transactionFees = 80;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);

    // Cash consideration 900, no stock: n = 0.
    QCLOSE(r.cashConsideration, 900.0);
    QCLOSE(r.stockConsideration, 0.0);
    QCLOSE(r.newShares, 0.0);
    QCLOSE(r.transactionFees, 80.0);
    // C₀ = 900 + 80 = 980; D = s·C₀ / (1 − s·f) = 1 × 980 / (1 − 0.02) = 980 / 0.98 = 1000.
    QCLOSE(r.newDebt, 1000.0);
    // Financing fees f·D = 0.02 × 1000 = 20; C = 980 + 20 = 1000, all of it debt.
    QCLOSE(r.financingFees, 20.0);
    QCLOSE(r.cashNeed, 1000.0);
    // Cash used = (1 − s)·C₀ / (1 − s·f) = 0.
    QCLOSE(r.cashUsed, 0.0);
    QCLOSE(r.acquirerOwnership, 1.0);
    QCLOSE(r.targetOwnership, 0.0);

    for (int t = 0; t < 2; ++t) {
      const MaYearRow& row = r.rows[t];
      // Interest 0.06 × 1000 = 60; amortisation 20 / 5 = 4 (years 1–5, so both years).
      QCLOSE(row.newDebtInterest, 60.0);
      QCLOSE(row.financingFeeAmortisation, 4.0);
      QCLOSE(row.foregoneInterest, 0.0);
      // PF NI = 500 + 100 + (−60 − 4)·(1 − 0.25) = 600 − 48 = 552.
      QCLOSE(row.adjustmentsAfterTax, -48.0);
      QCLOSE(row.proFormaNetIncome, 552.0);
      // PF shares 100 (no new shares); PF EPS 5.52; accretion 5.52 / 5 − 1 = 0.104.
      QCLOSE(row.proFormaShares, 100.0);
      QCLOSE(row.proFormaEps, 5.52);
      QCLOSE(row.accretion, 0.104);
    }
  }

  void allCashFromCash() {
    MaInputs in = baseCase(1);
    in.stockShare = 0;
    in.debtShare = 0;
    in.cashYield = 0.04;
    in.transactionFees = 100;
    in.acquirer.cash = 1200;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);

    // C₀ = 900 + 100 = 1000; s = 0: D = 0, cash used = (1 − 0)·1000 / (1 − 0) = 1000.
    QCLOSE(r.newDebt, 0.0);
    QCLOSE(r.financingFees, 0.0);
    QCLOSE(r.cashUsed, 1000.0);
    QCLOSE(r.cashNeed, 1000.0);
    const MaYearRow& row = r.rows[0];
    // Foregone interest 0.04 × 1000 = 40; PF NI = 600 − 40 × 0.75 = 570; PF EPS 570 / 100.
    QCLOSE(row.foregoneInterest, 40.0);
    QCLOSE(row.newDebtInterest, 0.0);
    QCLOSE(row.proFormaNetIncome, 570.0);
    QCLOSE(row.proFormaEps, 5.7);
    // Accretion 5.7 / 5 − 1 = 0.14.
    QCLOSE(row.accretion, 0.14);

    // The cash balance exactly covering the need is enough.
    in.acquirer.cash = 1000;
    QCOMPARE(run(in).failure, MaFailure::None);

    // Cash used 1000 > cash 999: refused.
    in.acquirer.cash = 999;
    const MaResult bad = run(in);
    QCOMPARE(bad.failure, MaFailure::CashAboveBalance);
    QCLOSE(bad.cashUsed, 1000.0);
  }

  void fiftyFiftyPhasedSynergies() {
    const MaResult r = run(phasedCase());
    QCOMPARE(r.failure, MaFailure::None);
    QCOMPARE(r.years, 3);

    // E = 900: stock 0.5 × 900 = 450 → n = 450 / 50 = 9; cash 450.
    QCLOSE(r.stockConsideration, 450.0);
    QCLOSE(r.cashConsideration, 450.0);
    QCLOSE(r.newShares, 9.0);
    // C₀ = 450 + 40 = 490; D = 490 / 0.98 = 500; fees 0.02 × 500 = 10; cash used 0.
    QCLOSE(r.newDebt, 500.0);
    QCLOSE(r.financingFees, 10.0);
    QCLOSE(r.cashNeed, 500.0);
    QCLOSE(r.cashUsed, 0.0);
    QCLOSE(r.acquirerOwnership, 100.0 / 109);
    QCLOSE(r.targetOwnership, 9.0 / 109);

    const MaYearRow* row = r.rows.data();
    // Interest 0.06 × 500 = 30 every year; fee amortisation 10 / 2 = 5 in years 1–2, 0 in year 3.
    for (int t = 0; t < 3; ++t) {
      QCOMPARE(row[t].year, 2026 + t);
      QCLOSE(row[t].newDebtInterest, 30.0);
      QCLOSE(row[t].foregoneInterest, 0.0);
      QCLOSE(row[t].newDepreciation, 0.0);
      QCLOSE(row[t].proFormaShares, 109.0);
    }
    QCLOSE(row[0].financingFeeAmortisation, 5.0);
    QCLOSE(row[1].financingFeeAmortisation, 5.0);
    QCLOSE(row[2].financingFeeAmortisation, 0.0);

    // Year 1: S = 0.25 × 80 = 20, I = 30. Adjustments (20 − 30 − 30 − 5)·0.75 = −45 × 0.75
    // = −33.75; PF NI = 500 + 100 − 33.75 = 566.25; SA EPS 500 / 100 = 5;
    // accretion = (566.25 / 109) / 5 − 1 = 566.25 / 545 − 1 = 21.25 / 545.
    QCLOSE(row[0].synergies, 20.0);
    QCLOSE(row[0].integrationCosts, 30.0);
    QCLOSE(row[0].adjustmentsAfterTax, -33.75);
    QCLOSE(row[0].proFormaNetIncome, 566.25);
    QCLOSE(row[0].standaloneEps, 5.0);
    QCLOSE(row[0].proFormaEps, 566.25 / 109);
    QCLOSE(row[0].accretion, 21.25 / 545);

    // Year 2: S = 0.5 × 80 = 40, I = 10. (40 − 10 − 30 − 5)·0.75 = −5 × 0.75 = −3.75;
    // PF NI = 540 + 110 − 3.75 = 646.25; SA EPS 540 / 100 = 5.4;
    // accretion = 646.25 / (109 × 5.4) − 1 = 646.25 / 588.6 − 1 = 57.65 / 588.6.
    QCLOSE(row[1].synergies, 40.0);
    QCLOSE(row[1].integrationCosts, 10.0);
    QCLOSE(row[1].adjustmentsAfterTax, -3.75);
    QCLOSE(row[1].proFormaNetIncome, 646.25);
    QCLOSE(row[1].standaloneEps, 5.4);
    QCLOSE(row[1].proFormaEps, 646.25 / 109);
    QCLOSE(row[1].accretion, 57.65 / 588.6);

    // Year 3: S = 80, I = 0, no fee amortisation. (80 − 0 − 30 − 0)·0.75 = 37.5;
    // PF NI = 600 + 130 + 37.5 = 767.5; SA EPS 6;
    // accretion = 767.5 / (109 × 6) − 1 = 767.5 / 654 − 1 = 113.5 / 654.
    QCLOSE(row[2].synergies, 80.0);
    QCLOSE(row[2].integrationCosts, 0.0);
    QCLOSE(row[2].adjustmentsAfterTax, 37.5);
    QCLOSE(row[2].proFormaNetIncome, 767.5);
    QCLOSE(row[2].standaloneEps, 6.0);
    QCLOSE(row[2].proFormaEps, 767.5 / 109);
    QCLOSE(row[2].accretion, 113.5 / 654);
  }

  void writeUpsAndDtl() {
    MaInputs in = baseCase(4);
    in.targetBookEquity = 400;
    in.targetExistingGoodwill = 50;
    in.targetTaxRate = 0.3;
    in.ppeWriteUp = 120;
    in.ppeLife = 2;
    in.intangiblesWriteUp = 90;
    in.intangiblesLife = 3;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);

    // DTL = (120 + 90) × 0.3 = 63.
    // Goodwill = E − (book − existing goodwill) − write-ups + DTL
    //          = 900 − (400 − 50) − 120 − 90 + 63 = 900 − 350 − 210 + 63 = 403.
    const MaPpa& ppa = r.ppa;
    QCLOSE(ppa.purchaseEquity, 900.0);
    QCLOSE(ppa.bookEquity, 400.0);
    QCLOSE(ppa.existingGoodwill, 50.0);
    QCLOSE(ppa.ppeWriteUp, 120.0);
    QCLOSE(ppa.intangiblesWriteUp, 90.0);
    QCLOSE(ppa.deferredTaxLiability, 63.0);
    QCLOSE(ppa.goodwill, 403.0);

    // New D&A: PP&E 120 / 2 = 60 in years 1–2; intangibles 90 / 3 = 30 in years 1–3.
    // Years 1–4: 90, 90, 30, 0. Its tax effect is at the write-ups' rate, 30 % (the DTL
    // unwinds at it): PF NI = 600 − D&A × 0.7: 537, 537, 579, 600.
    // PF shares 100 + 900 / 50 = 118.
    const double da[4] = {90, 90, 30, 0};
    const double pfNi[4] = {537, 537, 579, 600};
    for (int t = 0; t < 4; ++t) {
      const MaYearRow& row = r.rows[t];
      QCLOSE(row.newDepreciation, da[t]);
      QCLOSE(row.proFormaNetIncome, pfNi[t]);
      QCLOSE(row.proFormaEps, pfNi[t] / 118);
    }
    // Year 1: accretion = 537 / 590 − 1 = −53 / 590; year 4: 600 / 590 − 1 = 1 / 59.
    QCLOSE(r.rows[0].accretion, -53.0 / 590);
    QCLOSE(r.rows[3].accretion, 1.0 / 59);

    // Asset deal: the write-ups are stepped up for tax, no DTL: goodwill = 403 − 63 = 340.
    // The book D&A and so the pro-forma net income are unchanged.
    in.assetDeal = true;
    const MaResult a = run(in);
    QCOMPARE(a.failure, MaFailure::None);
    QCLOSE(a.ppa.deferredTaxLiability, 0.0);
    QCLOSE(a.ppa.goodwill, 340.0);
    for (int t = 0; t < 4; ++t) {
      QCLOSE(a.rows[t].newDepreciation, da[t]);
      QCLOSE(a.rows[t].proFormaNetIncome, pfNi[t]);
    }
  }

  void breakevenSynergiesGiveZeroAccretion() {
    // By hand, the dilutive all-stock deal at 60: PF NI 600 without synergies, PF shares 124,
    // SA EPS 5: B = (5 × 124 − 600) / 0.75 = 20 / 0.75 = 80 / 3.
    MaInputs in = baseCase(1);
    in.offerPrice = 60;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);
    QVERIFY(r.rows[0].accretion < 0);
    QCLOSE(r.rows[0].breakevenSynergies, 80.0 / 3);
    // Put back: PF NI = 600 + (80 / 3) × 0.75 = 620 = 5 × 124 → accretion 0.
    in.costSynergies = r.rows[0].breakevenSynergies;
    in.phaseIn[0] = 1;
    const MaResult back = run(in);
    QCLOSE(back.rows[0].proFormaNetIncome, 620.0);
    QCLOSE_TOL(back.rows[0].accretion, 0.0, 1e-12);

    // With synergies already in: the phased case's year 3 has PF NI 767.5 of which S(1 − τ)
    // = 80 × 0.75 = 60; B = (6 × 109 − (767.5 − 60)) / 0.75 = (654 − 707.5) / 0.75 = −53.5 / 0.75
    // (negative: the deal is accretive without any synergies).
    const MaResult phased = run(phasedCase());
    QCLOSE(phased.rows[2].breakevenSynergies, -53.5 / 0.75);

    // Every year of a dilutive mixed deal (offer 120, above each year's maximum price, see
    // maxOfferPriceGivesZeroAccretion): B_t as the cost run rate, fully realised in year t.
    MaInputs mixed = mixedCase();
    mixed.offerPrice = 120;
    const MaResult m = run(mixed);
    QCOMPARE(m.failure, MaFailure::None);
    for (int t = 0; t < 3; ++t) {
      QVERIFY(m.rows[t].accretion < 0);
      MaInputs put = mixed;
      put.costSynergies = m.rows[t].breakevenSynergies;
      put.revenueSynergies = 0;
      put.phaseIn[t] = 1;
      const MaResult b = run(put);
      QCOMPARE(b.failure, MaFailure::None);
      QCLOSE(b.rows[t].synergies, m.rows[t].breakevenSynergies);
      QCLOSE_TOL(b.rows[t].accretion, 0.0, 1e-12);
    }
  }

  void maxOfferPriceGivesZeroAccretion() {
    const MaInputs in = mixedCase();
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);

    // By hand, year 1. IP = 50 × 0.9 = 45; 1 − s·f = 1 − 0.5 × 0.02 = 0.99.
    // k₁ = (1 − τ)·(s·r_d + (1 − s)·y + s·f / fee years) / (1 − s·f)
    //    = 0.75 × (0.03 + 0.02 + 0.005) / 0.99 = 0.04125 / 0.99 = 1 / 24.
    // Q₁ = 500 + 100 + (S 22.5 − I 20 − D&A 0 + saving 0.05 × 100 = 5) × 0.75 = 605.625.
    // F = 30 + 100 = 130. Solve 605.625 − (1/24)·(0.5·P·20 + 130) = 5·(100 + 0.5·P·20 / 45):
    //   605.625 − 130/24 − 500 = P·(10/24 + 50/45), i.e. 2535/24 − 130/24 = P·(5/12 + 10/9),
    //   2405/24 = P·55/36 → P = 2405·36 / (24·55) = 7215 / 110 = 1443 / 22 ≈ 65.59.
    // Check: E = 20P ≈ 1311.82, n ≈ 655.91 / 45 ≈ 14.576; C₀ ≈ 655.91 + 130 = 785.91;
    //   D = cash used ≈ 0.5 × 785.91 / 0.99 ≈ 396.92; PF NI ≈ 600 + (22.5 − 20 − 23.82 − 3.97
    //   − 15.88 + 5) × 0.75 ≈ 572.88 ≈ 5 × 114.576.
    QVERIFY(r.rows[0].maxOfferPrice.has_value());
    QCLOSE(*r.rows[0].maxOfferPrice, 1443.0 / 22);

    for (int t = 0; t < 3; ++t) {
      QVERIFY(r.rows[t].maxOfferPrice.has_value());
      const Money price = *r.rows[t].maxOfferPrice;
      QVERIFY(price > 0);
      MaInputs at = in;
      at.offerMethod = OfferMethod::PerShare;
      at.offerPrice = price;
      const MaResult p = run(at);
      QCOMPARE(p.failure, MaFailure::None);
      QCLOSE(p.offerPrice, price);
      QCLOSE_TOL(p.rows[t].accretion, 0.0, 1e-12);
      // The maximum price does not depend on the price offered.
      QCLOSE(*p.rows[t].maxOfferPrice, price);
    }
  }

  void epsBridgeSumsToChange() {
    // By hand, the phased case's year 1 (PF shares 109, τ = 0.25):
    //   target earnings 100 / 109; synergies 20 × 0.75 / 109 = 15 / 109;
    //   integration −30 × 0.75 / 109 = −22.5 / 109; interest −30 × 0.75 / 109 = −22.5 / 109;
    //   financing fees −5 × 0.75 / 109 = −3.75 / 109; foregone, D&A, refinancing 0;
    //   new shares 500 / 109 − 500 / 100 = 500 / 109 − 5.
    // Sum: (100 + 15 − 22.5 − 22.5 − 3.75 + 500) / 109 − 5 = 566.25 / 109 − 5 = PF − SA EPS.
    const MaResult r = run(phasedCase());
    QCOMPARE(r.failure, MaFailure::None);
    const MaEpsBridge& b = r.rows[0].bridge;
    QCLOSE(b.targetEarnings, 100.0 / 109);
    QCLOSE(b.synergies, 15.0 / 109);
    QCLOSE(b.integrationCosts, -22.5 / 109);
    QCLOSE(b.newDebtInterest, -22.5 / 109);
    QCLOSE(b.financingFees, -3.75 / 109);
    QCLOSE(b.foregoneInterest, 0.0);
    QCLOSE(b.newDepreciation, 0.0);
    QCLOSE(b.refinancing, 0.0);
    QCLOSE(b.newShares, 500.0 / 109 - 5);
    const double sum0 = b.targetEarnings + b.synergies + b.integrationCosts + b.newDebtInterest +
                        b.financingFees + b.foregoneInterest + b.newDepreciation + b.refinancing +
                        b.newShares;
    QCLOSE(sum0, 566.25 / 109 - 5);

    // Every item at work (the mixed case with write-ups): the items sum to PF − SA EPS each year.
    MaInputs in = mixedCase();
    in.ppeWriteUp = 60;
    in.ppeLife = 2;
    in.intangiblesWriteUp = 30;
    in.intangiblesLife = 3;
    const MaResult m = run(in);
    QCOMPARE(m.failure, MaFailure::None);
    for (int t = 0; t < 3; ++t) {
      const MaYearRow& row = m.rows[t];
      const MaEpsBridge& e = row.bridge;
      const double sum = e.targetEarnings + e.synergies + e.integrationCosts + e.newDebtInterest +
                         e.financingFees + e.foregoneInterest + e.newDepreciation + e.refinancing +
                         e.newShares;
      QCLOSE_TOL(sum, row.proFormaEps - row.standaloneEps, 1e-12);
      // New shares: NI_acq / PF shares − NI_acq / N_acq = 500 / PF shares − 5.
      QCLOSE(e.newShares, 500.0 / row.proFormaShares - 5);
    }
  }

  void offerMethods() {
    // Premium: 40 × (1 + 0.3) = 52 (the stated offer price is ignored); E = 52 × 20 = 1040;
    // implied premium 0.3; exchange ratio 52 / 50 = 1.04; all stock at 50: n = 1040 / 50 = 20.8;
    // offer P/E 52 / 5 = 10.4.
    MaInputs in = baseCase(1);
    in.offerMethod = OfferMethod::Premium;
    in.premium = 0.3;
    in.offerPrice = 999;
    QCLOSE(maOfferPrice(in), 52.0);
    MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);
    QCLOSE(r.offerPrice, 52.0);
    QCLOSE(r.purchaseEquity, 1040.0);
    QCLOSE(r.impliedPremium, 0.3);
    QCLOSE(r.impliedExchangeRatio, 1.04);
    QCLOSE(r.newShares, 20.8);
    QVERIFY(r.offerPe.has_value());
    QCLOSE(*r.offerPe, 10.4);

    // Exchange ratio 0.9 acquirer shares per target share: offer 0.9 × 50 = 45; premium
    // 45 / 40 − 1 = 0.125; n = 900 / 50 = 18 = 0.9 × 20.
    in = baseCase(1);
    in.offerMethod = OfferMethod::ExchangeRatio;
    in.exchangeRatio = 0.9;
    in.offerPrice = 999;
    QCLOSE(maOfferPrice(in), 45.0);
    r = run(in);
    QCLOSE(r.offerPrice, 45.0);
    QCLOSE(r.purchaseEquity, 900.0);
    QCLOSE(r.impliedPremium, 0.125);
    QCLOSE(r.impliedExchangeRatio, 0.9);
    QCLOSE(r.newShares, 18.0);

    // Price method: the offer price as given.
    in = baseCase(1);
    QCLOSE(maOfferPrice(in), 45.0);

    // Issue discount 10 %: IP = 50 × 0.9 = 45; n = 900 / 45 = 20. Acquirer P/E at IP = 45 / 5
    // = 9 = offer P/E 9, so the P/E rule says neither: PF EPS = 600 / 120 = 5 = SA EPS.
    in.issueDiscount = 0.1;
    r = run(in);
    QCLOSE(r.issuePrice, 45.0);
    QCLOSE(r.newShares, 20.0);
    QVERIFY(r.acquirerPe.has_value());
    QCLOSE(*r.acquirerPe, 9.0);
    QCLOSE(r.rows[0].proFormaEps, 5.0);
    QCLOSE_TOL(r.rows[0].accretion, 0.0, 1e-12);

    // A stated issue price 60 wins over the discount: n = 900 / 60 = 15; acquirer P/E 60 / 5
    // = 12 > 9 → accretive: PF EPS = 600 / 115, accretion = 120 / 115 − 1 = 5 / 115 = 1 / 23.
    in.statedIssuePrice = 60;
    r = run(in);
    QCLOSE(r.issuePrice, 60.0);
    QCLOSE(r.newShares, 15.0);
    QVERIFY(r.acquirerPe.has_value());
    QCLOSE(*r.acquirerPe, 12.0);
    QCLOSE(r.rows[0].accretion, 1.0 / 23);
  }

  void zeroStandaloneEpsFails() {
    MaInputs in = baseCase(3);
    in.acquirer.netIncome[1] = 0;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::ZeroStandaloneEps);
    QCOMPARE(r.failureYear, 2027);
    // Year 1 was fine: PF EPS 600 / 118.
    QCLOSE(r.rows[0].proFormaEps, 600.0 / 118);
  }

  void negativeStandaloneEps() {
    // Acquirer loses 200 (SA EPS −2); target earns 100; all stock at 45: n = 18, PF shares 118.
    // PF NI = −200 + 100 = −100; PF EPS = −100 / 118.
    // Accretion = (PF − SA) / |SA| = (−100 / 118 + 2) / 2 = (136 / 118) / 2 = 68 / 118 = 34 / 59
    // > 0: the loss per share is smaller.
    MaInputs in = baseCase(1);
    in.acquirer.netIncome[0] = -200;
    MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);
    QCLOSE(r.rows[0].standaloneEps, -2.0);
    QCLOSE(r.rows[0].proFormaNetIncome, -100.0);
    QCLOSE(r.rows[0].proFormaEps, -100.0 / 118);
    QCLOSE(r.rows[0].accretionPerShare, 136.0 / 118);
    QCLOSE(r.rows[0].accretion, 34.0 / 59);
    QVERIFY(r.rows[0].accretion > 0);
    // No acquirer P/E for a loss.
    QVERIFY(!r.acquirerPe.has_value());

    // The target loses 100 too: PF NI −300, PF EPS −300 / 118 ≈ −2.54, a larger loss per share:
    // accretion = (−300 / 118 + 2) / 2 = (−64 / 118) / 2 = −32 / 118 = −16 / 59 < 0.
    in.target.netIncome[0] = -100;
    r = run(in);
    QCLOSE(r.rows[0].proFormaEps, -300.0 / 118);
    QCLOSE(r.rows[0].accretion, -16.0 / 59);
    QVERIFY(r.rows[0].accretion < 0);
  }

  void refinancedTargetDebt() {
    // All cash, all debt at 6 %, no fees. Target debt 200 at 8 %, target cash 30.
    MaInputs in = baseCase(1);
    in.stockShare = 0;
    in.debtShare = 1;
    in.debtRate = 0.06;
    in.target.debt = 200;
    in.target.cash = 30;
    in.target.interestRate = 0.08;
    in.refinanceTargetDebt = true;
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);
    // EV = 900 + 200 − 30 = 1070. C₀ = 900 + 0 + 200 = 1100 = D (f = 0).
    QCLOSE(r.enterpriseValue, 1070.0);
    QCLOSE(r.refinancedDebt, 200.0);
    QCLOSE(r.cashNeed, 1100.0);
    QCLOSE(r.newDebt, 1100.0);
    QCLOSE(r.cashUsed, 0.0);
    // Interest 0.06 × 1100 = 66; saving 0.08 × 200 = 16 pre-tax.
    // PF NI = 600 + (−66 + 16) × 0.75 = 600 − 37.5 = 562.5; PF EPS 5.625; accretion 0.125.
    const MaYearRow& row = r.rows[0];
    QCLOSE(row.newDebtInterest, 66.0);
    QCLOSE(row.refinancingSaving, 16.0);
    QCLOSE(row.adjustmentsAfterTax, -37.5);
    QCLOSE(row.proFormaNetIncome, 562.5);
    QCLOSE(row.proFormaEps, 5.625);
    QCLOSE(row.accretion, 0.125);
    // Bridge: 16 × 0.75 / 100 = 0.12.
    QCLOSE(row.bridge.refinancing, 0.12);

    // Assumed instead: C₀ = 900 = D; interest 54; PF NI = 600 − 54 × 0.75 = 559.5; EPS 5.595.
    // The difference, 3 = (0.08 − 0.06) × 200 × 0.75: the target's dearer debt is replaced.
    in.refinanceTargetDebt = false;
    const MaResult a = run(in);
    QCOMPARE(a.failure, MaFailure::None);
    QCLOSE(a.enterpriseValue, 1070.0);
    QCLOSE(a.refinancedDebt, 0.0);
    QCLOSE(a.newDebt, 900.0);
    QCLOSE(a.rows[0].newDebtInterest, 54.0);
    QCLOSE(a.rows[0].refinancingSaving, 0.0);
    QCLOSE(a.rows[0].proFormaNetIncome, 559.5);
    QCLOSE(a.rows[0].proFormaEps, 5.595);
    QCLOSE(row.proFormaNetIncome - a.rows[0].proFormaNetIncome, 3.0);
  }

  void contributionAndCredit() {
    // Acquirer: revenue 2000, 2250; EBITDA 300, 360; NI 500, 540; cash 400; debt 300 at 5 %.
    // Target: revenue 500, 750; EBITDA 100, 90; NI 100, 60; cash 50; debt 100 at 7 % (kept).
    // Offer 45, half stock (n = 450 / 50 = 9, PF shares 109), cash 450: half debt at 6 % (D = 225),
    // half cash (cash used 225; no fees). Cost synergies 20 phased 50 %, 100 % (10, 20).
    MaInputs in = baseCase(2);
    in.acquirer.netIncome = {500, 540, 0, 0, 0};
    in.target.netIncome = {100, 60, 0, 0, 0};
    in.acquirer.hasRevenue = true;
    in.acquirer.revenue = {2000, 2250, 0, 0, 0};
    in.acquirer.hasEbitda = true;
    in.acquirer.ebitda = {300, 360, 0, 0, 0};
    in.acquirer.cash = 400;
    in.acquirer.debt = 300;
    in.acquirer.interestRate = 0.05;
    in.target.hasRevenue = true;
    in.target.revenue = {500, 750, 0, 0, 0};
    in.target.hasEbitda = true;
    in.target.ebitda = {100, 90, 0, 0, 0};
    in.target.cash = 50;
    in.target.debt = 100;
    in.target.interestRate = 0.07;
    in.stockShare = 0.5;
    in.debtShare = 0.5;
    in.debtRate = 0.06;
    in.cashYield = 0.04;
    in.costSynergies = 20;
    in.phaseIn = {0.5, 1, 0, 0, 0};
    const MaResult r = run(in);
    QCOMPARE(r.failure, MaFailure::None);
    QCLOSE(r.newDebt, 225.0);
    QCLOSE(r.cashUsed, 225.0);
    QCLOSE(r.acquirerOwnership, 100.0 / 109);
    QCLOSE(r.targetOwnership, 9.0 / 109);
    QCLOSE(r.acquirerOwnership + r.targetOwnership, 1.0);

    // Year 1: revenue 500 / 2500 = 0.2; EBITDA 100 / 400 = 0.25; NI 100 / 600 = 1/6.
    const MaContribution& c1 = r.rows[0].targetContribution;
    QVERIFY(c1.revenue && c1.ebitda && c1.netIncome);
    QCLOSE(*c1.revenue, 0.2);
    QCLOSE(*c1.ebitda, 0.25);
    QCLOSE(*c1.netIncome, 1.0 / 6);
    // Year 2: revenue 750 / 3000 = 0.25; EBITDA 90 / 450 = 0.2; NI 60 / 600 = 0.1.
    const MaContribution& c2 = r.rows[1].targetContribution;
    QVERIFY(c2.revenue && c2.ebitda && c2.netIncome);
    QCLOSE(*c2.revenue, 0.25);
    QCLOSE(*c2.ebitda, 0.2);
    QCLOSE(*c2.netIncome, 0.1);

    // Pro-forma debt 300 + 100 + 225 = 625; cash 400 − 225 + 50 = 225; net debt 400.
    // Interest 300 × 0.05 + 100 × 0.07 + 225 × 0.06 = 15 + 7 + 13.5 = 35.5.
    // Year 1: EBITDA 300 + 100 + 10 = 410 → 400 / 410 = 40/41; cover 410 / 35.5 = 820/71.
    // Year 2: EBITDA 360 + 90 + 20 = 470 → 400 / 470 = 40/47; cover 470 / 35.5 = 940/71.
    QVERIFY(r.rows[0].netDebtToEbitda && r.rows[0].interestCover);
    QCLOSE(*r.rows[0].netDebtToEbitda, 40.0 / 41);
    QCLOSE(*r.rows[0].interestCover, 820.0 / 71);
    QVERIFY(r.rows[1].netDebtToEbitda && r.rows[1].interestCover);
    QCLOSE(*r.rows[1].netDebtToEbitda, 40.0 / 47);
    QCLOSE(*r.rows[1].interestCover, 940.0 / 71);

    // The target's kept debt without a rate: interest unknown, no cover; leverage unchanged.
    MaInputs noRate = in;
    noRate.target.interestRate.reset();
    MaResult x = run(noRate);
    QVERIFY(!x.rows[0].interestCover.has_value());
    QVERIFY(x.rows[0].netDebtToEbitda.has_value());
    QCLOSE(*x.rows[0].netDebtToEbitda, 40.0 / 41);

    // Refinanced, the target's debt is no longer carried, so its rate is not needed:
    // C₀ = 450 + 100 = 550 → D = 275, cash used 275. Debt 300 + 0 + 275 = 575; cash
    // 400 − 275 + 50 = 175; net debt 400 again → 40/41. Interest 15 + 275 × 0.06 = 15 + 16.5
    // = 31.5 → cover 410 / 31.5 = 820/63.
    noRate.refinanceTargetDebt = true;
    x = run(noRate);
    QCOMPARE(x.failure, MaFailure::None);
    QCLOSE(x.newDebt, 275.0);
    QCLOSE(x.cashUsed, 275.0);
    QVERIFY(x.rows[0].netDebtToEbitda && x.rows[0].interestCover);
    QCLOSE(*x.rows[0].netDebtToEbitda, 40.0 / 41);
    QCLOSE(*x.rows[0].interestCover, 820.0 / 63);

    // The acquirer's debt without a rate: no cover.
    MaInputs noAcqRate = in;
    noAcqRate.acquirer.interestRate.reset();
    x = run(noAcqRate);
    QVERIFY(!x.rows[0].interestCover.has_value());
    QVERIFY(x.rows[0].netDebtToEbitda.has_value());

    // Without the target's revenue, no revenue contribution; without the acquirer's EBITDA, no
    // EBITDA contribution and no credit statistics. The NI contribution always reads.
    MaInputs partial = in;
    partial.target.hasRevenue = false;
    partial.acquirer.hasEbitda = false;
    x = run(partial);
    QCOMPARE(x.failure, MaFailure::None);
    QVERIFY(!x.rows[0].targetContribution.revenue.has_value());
    QVERIFY(!x.rows[0].targetContribution.ebitda.has_value());
    QVERIFY(x.rows[0].targetContribution.netIncome.has_value());
    QCLOSE(*x.rows[0].targetContribution.netIncome, 1.0 / 6);
    QVERIFY(!x.rows[0].netDebtToEbitda.has_value());
    QVERIFY(!x.rows[0].interestCover.has_value());
  }
};

QTEST_APPLESS_MAIN(TestMa)
#include "test_ma.moc"
