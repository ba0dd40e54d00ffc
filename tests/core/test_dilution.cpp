// Treasury stock method solved at the computed price, against hand calculations.
#include <QtTest>

#include "core/finance/dilution.h"

using namespace valor;

class TestDilution : public QObject {
  Q_OBJECT

 private slots:
  void tranches_data() {
    QTest::addColumn<double>("equity");
    QTest::addColumn<double>("expectedPrice");
    QTest::addColumn<int>("inTheMoney");
    // Basic 100 shares; tranches 10 @ 5 and 20 @ 12 (ascending strike).
    // No option in the money: equity 400 → 4.00 (both strikes above 4).
    QTest::newRow("all out of the money") << 400.0 << 4.0 << 0;
    // Equity 1000: 10 @ 5 in → P = (1000 + 50)/110 = 9.5454…; 12 > 9.55 so the second stays out.
    QTest::newRow("one in") << 1000.0 << 1050.0 / 110 << 1;
    // Equity 2000: P = (2000 + 50 + 240)/130 = 17.615… > 12, both in.
    QTest::newRow("both in") << 2000.0 << 2290.0 / 130 << 2;
    // Negative equity: no exercise, equity / basic shares.
    QTest::newRow("negative equity") << -50.0 << -0.5 << 0;
  }
  void tranches() {
    QFETCH(double, equity);
    QFETCH(double, expectedPrice);
    QFETCH(int, inTheMoney);
    const OptionTranche tranches[] = {{10, 5}, {20, 12}};
    const DilutedValue v = solveTreasuryStockMethod(equity, 100, tranches);
    QCOMPARE_LE(std::abs(v.perShare - expectedPrice), 1e-12);
    QCOMPARE(v.inTheMoneyTranches, inTheMoney);
    // Consistency: every tranche counted is in the money at P, every other one is not.
    for (int i = 0; i < 2; ++i)
      QCOMPARE(tranches[i].strike < v.perShare && equity > 0, i < inTheMoney);
  }

  void priceIsAFixedPointOfTheTreasuryStockMethod() {
    const OptionTranche tranches[] = {{10, 5}, {20, 12}};
    const DilutedValue v = solveTreasuryStockMethod(2000, 100, tranches);
    // P = E / (B + Σ n(1 − K/P))
    const double shares = 100 + 10 * (1 - 5 / v.perShare) + 20 * (1 - 12 / v.perShare);
    QCOMPARE_LE(std::abs(v.perShare - 2000 / shares), 1e-12);
    QCOMPARE_LE(std::abs(v.dilutedShares - shares), 1e-9);
  }
};

QTEST_APPLESS_MAIN(TestDilution)
#include "test_dilution.moc"
