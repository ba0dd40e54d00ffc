// Cost of capital against hand calculations (CAPM, Hamada, WACC).
#include <QtTest>

#include "core/finance/wacc.h"

using namespace valor;

class TestWacc : public QObject {
  Q_OBJECT

 private slots:
  void buildUpWithUnleveredBeta() {
    CostOfCapitalInputs in;
    in.riskFreeRate = 0.04;
    in.equityRiskPremium = 0.05;
    in.countryRiskPremium = 0.01;
    in.beta = 0.8;
    in.betaIsUnlevered = true;
    in.targetDebtToEquity = 0.5;
    in.preTaxCostOfDebt = 0.06;
    in.marginalTaxRate = 0.25;
    const CostOfCapital c = buildCostOfCapital(in);
    // Hamada: βL = 0.8 × (1 + 0.75 × 0.5) = 1.1
    QCOMPARE_LE(std::abs(c.leveredBeta - 1.1), 1e-15);
    // Re = 4 % + 1.1 × 5 % + 1 % = 10.5 %
    QCOMPARE_LE(std::abs(c.costOfEquity - 0.105), 1e-15);
    // Rd(1 − t) = 6 % × 0.75 = 4.5 %
    QCOMPARE_LE(std::abs(c.afterTaxCostOfDebt - 0.045), 1e-15);
    // D/E = 0.5 → D/V = 1/3, E/V = 2/3; WACC = 2/3 × 10.5 % + 1/3 × 4.5 % = 8.5 %
    QCOMPARE_LE(std::abs(c.debtWeight - 1.0 / 3), 1e-15);
    QCOMPARE_LE(std::abs(c.wacc - 0.085), 1e-15);
  }

  void leveredBetaIsUsedAsGiven() {
    CostOfCapitalInputs in;
    in.riskFreeRate = 0.03;
    in.equityRiskPremium = 0.06;
    in.beta = 1.2;
    in.targetDebtToEquity = 0;
    const CostOfCapital c = buildCostOfCapital(in);
    // All equity: WACC = Re = 3 % + 1.2 × 6 % = 10.2 %
    QCOMPARE_LE(std::abs(c.wacc - 0.102), 1e-15);
  }

  void debtBetaRelevering() {
    // βL = βU(1 + (1 − t)D/E) − βD(1 − t)D/E = 0.9 × (1 + 0.8) − 0.2 × 0.8 = 1.46
    // (t = 20 %, D/E = 1, so (1 − t)D/E = 0.8)
    QCOMPARE_LE(std::abs(releverBeta(0.9, 1.0, 0.2, 0.2) - 1.46), 1e-15);
    // Unlevering is its inverse.
    QCOMPARE_LE(std::abs(unleverBeta(1.46, 1.0, 0.2, 0.2) - 0.9), 1e-15);
    // With βD = 0 it is Hamada: 1.1 / (1 + 0.75 × 0.5) = 0.8
    QCOMPARE_LE(std::abs(unleverBeta(1.1, 0.5, 0.25) - 0.8), 1e-15);
  }
};

QTEST_APPLESS_MAIN(TestWacc)
#include "test_wacc.moc"
