// DCF engine against hand calculations. Every expected value is derived in the comments from
// the textbook formulas (FCFF DCF, Gordon growth, mid-year convention, treasury stock method);
// none is copied from the engine's output.
#include <QtTest>

#include <cmath>

#include "core/finance/dcf.h"

using namespace valor;

namespace {

// Revenue 100 growing 10 % a year for 3 years, EBIT margin 20 %, tax 25 %, D&A = capex = 5 % of
// revenue, no working capital:
//   revenue 110, 121, 133.1;  FCFF = revenue × 0.20 × 0.75 = 16.5, 18.15, 19.965.
// At WACC 10 % each FCFF discounts to exactly 15 (16.5/1.1, 18.15/1.1², 19.965/1.1³).
DcfInputs handCase() {
  DcfInputs in;
  in.firstYear = 2026;
  in.years = 3;
  in.baseRevenue = 100;
  in.baseNwc = 0;
  for (int t = 0; t < 3; ++t) {
    in.revenueGrowth[t] = 0.10;
    in.ebitMargin[t] = 0.20;
    in.taxRate[t] = 0.25;
    in.daPctRevenue[t] = 0.05;
    in.capexPctRevenue[t] = 0.05;
    in.nwcPctRevenue[t] = 0.0;
  }
  in.wacc = 0.10;
  in.terminalMethod = TerminalMethod::Gordon;
  in.terminalGrowth = 0.02;
  in.terminalMetric = TerminalMetric::EvEbitda;
  in.cash = 20;
  in.debt = 50;
  in.minorityInterest = 6.25;
  in.basicShares = 10;
  return in;
}

bool close(double actual, double expected, double relTol = 1e-12) {
  return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

}  // namespace

#define QCLOSE(actual, expected)                                                          \
  QVERIFY2(close((actual), (expected)), qPrintable(QStringLiteral("%1 = %2, expected %3") \
                                                       .arg(QLatin1String(#actual))       \
                                                       .arg(actual, 0, 'g', 17)           \
                                                       .arg(expected, 0, 'g', 17)))

class TestDcf : public QObject {
  Q_OBJECT

 private slots:
  void endOfYearGordonHandCase() {
    const DcfResult r = evaluateDcf(handCase());
    QCOMPARE(r.projection.yearCount, 3);
    const double revenue[] = {110, 121, 133.1};
    const double fcff[] = {16.5, 18.15, 19.965};
    for (int t = 0; t < 3; ++t) {
      const DcfYearRow& row = r.projection.rows[t];
      QCOMPARE(row.year, 2026 + t);
      QCLOSE(row.revenue, revenue[t]);
      QCLOSE(row.fcff, fcff[t]);
      QCLOSE(row.discountTime, t + 1.0);
      QCLOSE(row.presentValue, 15.0);
    }
    QCLOSE(r.pvExplicit, 45.0);
    // Gordon: TV_3 = FCFF_3 × (1 + g) / (WACC − g) = 19.965 × 1.02 / 0.08 = 254.55375
    QCLOSE(r.terminalValue, 254.55375);
    // PV = 254.55375 / 1.1³ = 191.25
    QCLOSE(r.pvTerminal, 191.25);
    QCLOSE(r.enterpriseValue, 236.25);
    QCLOSE(*r.terminalShareOfEv, 191.25 / 236.25);
    // Equity = EV − debt − minority + cash = 236.25 − 50 − 6.25 + 20 = 200; 10 shares → 20
    QCLOSE(r.equityValue, 200.0);
    QCLOSE(r.valuePerShare, 20.0);
    // Implied EV/EBITDA = TV / EBITDA_3 = 254.55375 / (133.1 × 0.25) = 7.65
    QCLOSE(*r.impliedExitMultiple, 7.65);
    QCLOSE(*r.impliedTerminalGrowth, 0.02);
    QVERIFY(r.warnings & kWarnTerminalShareHigh);  // 81 % > 75 %
  }

  void midYearRaisesExplicitPvByHalfYear() {
    DcfInputs in = handCase();
    const DcfResult end = evaluateDcf(in);
    in.discounting = Discounting::MidYear;
    const DcfResult mid = evaluateDcf(in);
    const double halfYear = std::sqrt(1.10);  // (1 + WACC)^0.5
    for (int t = 0; t < 3; ++t) {
      QCLOSE(mid.projection.rows[t].discountTime, t + 0.5);
      QCLOSE(mid.projection.rows[t].presentValue, end.projection.rows[t].presentValue * halfYear);
    }
    // Consistent timing discounts the Gordon TV at N − 0.5 too, so the whole EV scales.
    QCLOSE(mid.pvTerminal, 191.25 * halfYear);
    QCLOSE(mid.terminalDiscountTime, 2.5);
    QCLOSE(mid.enterpriseValue, 236.25 * halfYear);
    // The alternative timing (TV at N) is reported alongside.
    QCLOSE(mid.pvTerminalOtherTiming, 191.25);
    in.terminalTiming = TerminalTiming::EndOfFinalYear;
    const DcfResult atEnd = evaluateDcf(in);
    QCLOSE(atEnd.pvTerminal, 191.25);
    QCLOSE(atEnd.enterpriseValue, 45 * halfYear + 191.25);
  }

  void exitMultipleDiscountedAtYearEndUnderMidYear() {
    DcfInputs in = handCase();
    in.discounting = Discounting::MidYear;
    in.terminalMethod = TerminalMethod::ExitMultiple;
    in.exitMultiple = 8;
    const DcfResult r = evaluateDcf(in);
    // TV = 8 × EBITDA_3 = 8 × 33.275 = 266.2, a sale at the end of year 3: PV = 266.2 / 1.331
    QCLOSE(r.terminalValue, 266.2);
    QCLOSE(r.pvTerminal, 200.0);
    QCLOSE(r.terminalDiscountTime, 3.0);
  }

  void gordonAndItsImpliedMultipleAgree_data() {
    QTest::addColumn<int>("discounting");
    QTest::addColumn<int>("timing");
    QTest::newRow("end of year") << int(Discounting::EndOfYear) << int(TerminalTiming::Consistent);
    QTest::newRow("mid-year consistent")
        << int(Discounting::MidYear) << int(TerminalTiming::Consistent);
    QTest::newRow("mid-year at N")
        << int(Discounting::MidYear) << int(TerminalTiming::EndOfFinalYear);
  }
  void gordonAndItsImpliedMultipleAgree() {
    QFETCH(int, discounting);
    QFETCH(int, timing);
    DcfInputs in = handCase();
    in.discounting = static_cast<Discounting>(discounting);
    in.terminalTiming = static_cast<TerminalTiming>(timing);
    const DcfResult gordon = evaluateDcf(in);
    in.terminalMethod = TerminalMethod::ExitMultiple;
    in.exitMultiple = *gordon.impliedExitMultiple;
    const DcfResult exit = evaluateDcf(in);
    QCLOSE(exit.enterpriseValue, gordon.enterpriseValue);
    // And back: the exit multiple's implied g is the original g.
    QCLOSE(*exit.impliedTerminalGrowth, 0.02);
  }

  void impliedGrowthOfAnExitMultiple() {
    DcfInputs in = handCase();
    in.terminalMethod = TerminalMethod::ExitMultiple;
    in.exitMultiple = 8;
    const DcfResult r = evaluateDcf(in);
    // Solve 19.965 × (1 + g)/(0.10 − g) = 266.2:  g = (266.2 × 0.10 − 19.965)/(266.2 + 19.965)
    QCLOSE(*r.impliedTerminalGrowth, (26.62 - 19.965) / (266.2 + 19.965));
  }

  void stubPeriodProratesAndShiftsDiscounting() {
    DcfInputs in = handCase();
    const double s = 182.0 / 365.0;  // valued on 2026-07-02: 182 of 365 days remain
    in.stubFraction = s;
    const DcfResult r = evaluateDcf(in);
    QCLOSE(r.projection.rows[0].discountTime, s);
    QCLOSE(r.projection.rows[0].presentValue, 16.5 * s * std::pow(1.1, -s));
    QCLOSE(r.projection.rows[1].presentValue, 18.15 * std::pow(1.1, -(s + 1)));
    QCLOSE(r.projection.rows[2].presentValue, 19.965 * std::pow(1.1, -(s + 2)));
    QCLOSE(r.pvTerminal, 254.55375 * std::pow(1.1, -(s + 2)));
    in.discounting = Discounting::MidYear;
    const DcfResult mid = evaluateDcf(in);
    // Mid-year with a stub: the middle of the stub (s/2), then s + t − 1.5.
    QCLOSE(mid.projection.rows[0].presentValue, 16.5 * s * std::pow(1.1, -s / 2));
    QCLOSE(mid.projection.rows[1].presentValue, 18.15 * std::pow(1.1, -(s + 0.5)));
    QCLOSE(mid.pvTerminal, 254.55375 * std::pow(1.1, -(s + 1.5)));
  }

  void workingCapitalAndSalesToCapital() {
    DcfInputs in = handCase();
    in.years = 1;
    in.nwcPctRevenue[0] = 0.10;
    in.baseNwc = 8;
    // NWC_1 = 0.10 × 110 = 11, ΔNWC = 11 − 8 = 3; FCFF = 16.5 + 5.5 − 5.5 − 3 = 13.5
    QCLOSE(evaluateDcf(in).projection.rows[0].fcff, 13.5);
    in.reinvestment = ReinvestmentMethod::SalesToCapital;
    in.salesToCapital[0] = 2.0;
    // Reinvestment = ΔRevenue / (S/C) = 10 / 2 = 5; FCFF = NOPAT − 5 = 16.5 − 5 = 11.5
    const DcfResult r = evaluateDcf(in);
    QCLOSE(r.projection.rows[0].reinvestment, 5.0);
    QCLOSE(r.projection.rows[0].fcff, 11.5);
  }

  void dilutionIsSolvedAtTheComputedPrice() {
    DcfInputs in = handCase();
    in.optionsByStrike = {{2, 10}, {1, 25}};
    const DcfResult r = evaluateDcf(in);
    // Equity 200. With the 10-strike tranche in the money: P = (200 + 2 × 10)/(10 + 2) = 18.33;
    // the 25-strike tranche stays out of the money (25 > 18.33).
    QCLOSE(r.valuePerShare, 220.0 / 12.0);
    QCLOSE(r.dilutedShares, 200.0 / (220.0 / 12.0));
    QCOMPARE(r.inTheMoneyTranches, 1);
    // The solution is a fixed point of the treasury stock method: shares = B + n(1 − K/P).
    QCLOSE(r.dilutedShares, 10 + 2 * (1 - 10 / r.valuePerShare));
  }

  void valueFallsAsWaccRises() {
    DcfInputs in = handCase();
    double previous = INFINITY;
    for (double wacc = 0.05; wacc <= 0.30; wacc += 0.005) {
      in.wacc = wacc;
      const double value = evaluateDcf(in).valuePerShare;
      QVERIFY2(value < previous, qPrintable(QStringLiteral("WACC %1").arg(wacc)));
      previous = value;
    }
  }

  void warnings() {
    DcfInputs in = handCase();
    in.riskFreeRate = 0.015;
    in.ebitMargin[0] = -0.5;  // year 1 FCFF = 110 × −0.5 × 0.75 = −41.25
    in.debt = 1000;
    const DcfResult r = evaluateDcf(in);
    QVERIFY(r.warnings & kWarnGrowthAboveRiskFree);  // g 2 % > rf 1.5 %
    QVERIFY(r.warnings & kWarnNegativeFcff);
    QCOMPARE(r.projection.negativeFcffYears, 1);
    QVERIFY(r.warnings & kWarnNegativeEquity);
    QVERIFY(r.valuePerShare < 0);
  }

  // Analytics value one projection at many WACCs and growth rates through discountDcf and
  // valueDcf: the same bits as a whole evaluation of each cell.
  void valuingOneProjectionManyTimesMatchesWholeEvaluations() {
    const DcfInputs in = handCase();
    DcfProjection projection;
    projectDcf(in, projection);
    for (const Rate wacc : {0.08, 0.10, 0.12}) {
      const DcfDiscounting d = discountDcf(in, projection, wacc);
      for (const Rate growth : {0.0, 0.02, 0.05}) {
        DcfInputs single = in;
        single.wacc = wacc;
        single.terminalGrowth = growth;
        const DcfResult whole = evaluateDcf(single);
        const DcfValue v = valueDcf(single, projection, d);
        QCOMPARE(v.valuePerShare, whole.valuePerShare);
        QCOMPARE(v.enterpriseValue, whole.enterpriseValue);
        QCOMPARE(v.equityValue, whole.equityValue);
        QCOMPARE(v.pvTerminal, whole.pvTerminal);
        QCOMPARE(d.pvExplicit, whole.pvExplicit);
      }
    }
    DcfInputs centre = in;  // the hand case itself: 20 per share
    QCLOSE(valueDcf(centre, projection, discountDcf(centre, projection, in.wacc)).valuePerShare,
           20.0);
  }
};

QTEST_APPLESS_MAIN(TestDcf)
#include "test_dcf.moc"
