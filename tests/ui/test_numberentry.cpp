// How numbers are typed: formulas in a field or a grid cell ("=1200*1.05") and how they land in
// a field's unit, and the rate typed as a decimal by mistake ("0.025" meaning 2.5 %). Each
// expected value is the arithmetic written out.
#include <QtTest>

#include "ui/editors/cellarithmetic.h"
#include "ui/editors/numberformat.h"
#include "ui/results/moneydisplay.h"

using namespace valor::ui;

class TestNumberEntry : public QObject {
  Q_OBJECT

 private slots:
  void evaluates_data() {
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    QTest::addRow("product") << QStringLiteral("1200*1.05") << 1260.0;
    QTest::addRow("precedence") << QStringLiteral("2+3*4") << 14.0;
    QTest::addRow("parentheses") << QStringLiteral("(3.5 + 0.25) / 2") << 1.875;
    QTest::addRow("leading minus") << QStringLiteral("-2*-3") << 6.0;
    QTest::addRow("left to right") << QStringLiteral("100/4/5") << 5.0;
    QTest::addRow("typographic signs") << QStringLiteral("10 × 3 − 4 ÷ 2") << 28.0;
  }
  void evaluates() {
    QFETCH(QString, formula);
    QFETCH(double, expected);
    const ArithmeticResult r = evaluateArithmetic(formula, QLocale::c());
    QVERIFY2(r.value, qPrintable(r.error));
    QCOMPARE(*r.value, expected);
  }

  // Negative amounts with a minus or, as a setting, in parentheses; a value that rounds to zero
  // has no sign; the locale's separators stay.
  void formatsNegativeAmounts() {
    const QLocale c = QLocale::c();
    QCOMPARE(formatAmount(-1234.5, 1, c), QStringLiteral("-1234.5"));
    setNegativesInParentheses(true);
    QCOMPARE(formatAmount(-1234.5, 1, c), QStringLiteral("(1234.5)"));
    QCOMPARE(formatAmount(-1234.5, 1, QLocale(QLocale::German)), QStringLiteral("(1.234,5)"));
    QCOMPARE(formatAmount(1234.5, 1, c), QStringLiteral("1234.5"));
    QCOMPARE(formatAmount(-0.04, 1, c), QStringLiteral("0.0"));
    QCOMPARE(formatOutputValue(-0.05, QStringLiteral("rate"), 1, c), QStringLiteral("-5.0 %"));
    QCOMPARE(formatOutputValue(-2.5, QStringLiteral("price"), 2, c), QStringLiteral("(2.50)"));
    setNegativesInParentheses(false);
    QCOMPARE(formatAmount(-0.04, 1, c), QStringLiteral("0.0"));
  }

  // A German user types the decimal comma: 1.200,5 × 2 = 2,401; an English one may group
  // thousands: 1,200 × 2 = 2,400.
  void followsTheLocale() {
    const ArithmeticResult english =
        evaluateArithmetic(QStringLiteral("1,200*2"), QLocale(QLocale::English));
    QVERIFY2(english.value, qPrintable(english.error));
    QCOMPARE(*english.value, 2400.0);
    const ArithmeticResult r =
        evaluateArithmetic(QStringLiteral("1.200,5*2"), QLocale(QLocale::German));
    QVERIFY2(r.value, qPrintable(r.error));
    QCOMPARE(*r.value, 2401.0);
  }

  void refusesWithAReason_data() {
    QTest::addColumn<QString>("formula");
    QTest::addRow("division by zero") << QStringLiteral("1/0");
    QTest::addRow("dangling operator") << QStringLiteral("2+");
    QTest::addRow("a word") << QStringLiteral("abc");
    QTest::addRow("open parenthesis") << QStringLiteral("(1+2");
    QTest::addRow("trailing text") << QStringLiteral("1+2 x");
    QTest::addRow("empty") << QStringLiteral("  ");
    QTest::addRow("deep nesting") << QString(200, QLatin1Char('(')) + QStringLiteral("1") +
                                         QString(200, QLatin1Char(')'));
  }
  void refusesWithAReason() {
    QFETCH(QString, formula);
    const ArithmeticResult r = evaluateArithmetic(formula, QLocale::c());
    QVERIFY(!r.value);
    QVERIFY(!r.error.isEmpty());
  }

  // In a field the result is in the field's unit: a rate's formula is in percent.
  void landsInTheFieldsUnit() {
    const ParsedNumber rate =
        parseFieldValue(QStringLiteral("=2.5+0.5"), QStringLiteral("rate"), QLocale::c());
    QVERIFY(rate.value);
    QCOMPARE(*rate.value, 0.03);  // 3 %
    const ParsedNumber money =
        parseFieldValue(QStringLiteral("=1200*1.05"), QStringLiteral("money"), QLocale::c());
    QVERIFY(money.value);
    QCOMPARE(*money.value, 1260.0);
    const ParsedNumber bad =
        parseFieldValue(QStringLiteral("=1200*"), QStringLiteral("money"), QLocale::c());
    QVERIFY(!bad.value);
    QVERIFY(!bad.error.isEmpty());
  }

  // A goal seek's answer to six significant digits, without trailing zeros.
  void significantDigits() {
    const QLocale c = QLocale::c();
    QCOMPARE(formatSignificant(1.56462585034, QStringLiteral("ratio"), 6, c),
             QStringLiteral("1.56463"));
    QCOMPARE(formatSignificant(0.0923456789, QStringLiteral("rate"), 6, c),
             QStringLiteral("9.23457 %"));
    QCOMPARE(formatSignificant(1234.5, QStringLiteral("money"), 6, c), QStringLiteral("1234.5"));
    QCOMPARE(formatSignificant(250, QStringLiteral("price"), 6, c), QStringLiteral("250"));
    QCOMPARE(formatSignificant(-0.5, QStringLiteral("money"), 6, c), QStringLiteral("-0.5"));
  }

  // "0.025" in a percentage field is saved as 0.025 % (0.00025) but probably meant 2.5 % (0.025);
  // "2.5", "0.5" (one decimal: a 0.5 % fee is common), "0.025 %" and a formula are taken as
  // typed; a meant value outside the field's range is not suggested.
  void decimalTypedIntoAPercentField() {
    const QString rate = QStringLiteral("rate");
    const std::optional<valor::Bounds> upTo100{valor::Bounds{0, 1}};
    auto meant = [&](const char* text, const std::optional<valor::Bounds>& bounds) {
      const ParsedNumber n = parseFieldValue(QString::fromUtf8(text), rate, QLocale::c());
      return likelyMeantPercent(QString::fromUtf8(text), *n.value, rate, bounds, QLocale::c());
    };
    QVERIFY(meant("0.025", upTo100));
    QCOMPARE(*meant("0.025", upTo100), 0.025);
    QCOMPARE(*meant("0.35", upTo100), 0.35);
    QVERIFY(!meant("2.5", upTo100));
    QVERIFY(!meant("0.5", upTo100));
    QVERIFY(!meant("0.025 %", upTo100));
    QVERIFY(!meant("=0.025", upTo100));
    QVERIFY(!meant("0", upTo100));
    QVERIFY(!meant("0.35", valor::Bounds{0, 0.1}));  // a 35 % the field would refuse
    const ParsedNumber money =
        parseFieldValue(QStringLiteral("0.025"), QStringLiteral("money"), QLocale::c());
    QVERIFY(!likelyMeantPercent(QStringLiteral("0.025"), *money.value, QStringLiteral("money"),
                                upTo100, QLocale::c()));
    // German: "0,025" reads the same.
    const QLocale german(QLocale::German);
    const ParsedNumber de = parseFieldValue(QStringLiteral("0,025"), rate, german);
    QCOMPARE(*likelyMeantPercent(QStringLiteral("0,025"), *de.value, rate, upTo100, german), 0.025);
  }
  // A display unit rescales a scenario's money by a power of ten, named in the caption; the
  // shown figure is the correctly rounded quotient (9 thousands = 0.009 millions exactly as the
  // literal 0.009 reads, where × 0.001 gives 0.009000000000000001).
  void rescalesMoneyToTheDisplayUnit() {
    const auto restore = qScopeGuard([] { setDisplayUnit(DisplayUnit::AsEntered); });
    const QString usd = QStringLiteral("USD");
    MoneyDisplay asEntered = moneyDisplay(usd, "millions");
    QCOMPARE(asEntered(6054.3), 6054.3);
    QCOMPARE(asEntered.caption, QStringLiteral("USD millions"));
    QVERIFY(!asEntered.rescales());

    setDisplayUnit(DisplayUnit::Thousands);
    const MoneyDisplay millionsInThousands = moneyDisplay(usd, "millions");
    QCOMPARE(millionsInThousands(6054.25), 6054250.0);  // × 1,000
    QCOMPARE(millionsInThousands.caption, QStringLiteral("USD thousands"));
    QVERIFY(millionsInThousands.rescales());
    QCOMPARE(millionsInThousands.inUnit(0.085, "rate"), 0.085);  // rates keep their value
    QCOMPARE(millionsInThousands.inUnit(42.5, "price"), 42.5);   // per-share values too

    setDisplayUnit(DisplayUnit::Millions);
    const MoneyDisplay thousandsInMillions = moneyDisplay(usd, "thousands");
    QVERIFY(thousandsInMillions(9) == 0.009);  // exactly the double nearest 0.009
    setDisplayUnit(DisplayUnit::Billions);
    QVERIFY(moneyDisplay(usd, "units")(2500000000.0) == 2.5);  // ÷ 1,000,000,000
    setDisplayUnit(DisplayUnit::Units);
    QCOMPARE(moneyDisplay(QStringLiteral("EUR"), "billions")(1.5), 1.5e9);
    QCOMPARE(moneyDisplay(QStringLiteral("EUR"), "billions").caption, QStringLiteral("EUR"));
    // A unit the table does not know is shown as entered.
    QCOMPARE(moneyDisplay(usd, "lakhs")(3.0), 3.0);
    QCOMPARE(moneyDisplay(usd, "lakhs").caption, QStringLiteral("USD lakhs"));

    // The setting's words, and an unknown word read as "as entered".
    for (DisplayUnit unit : {DisplayUnit::AsEntered, DisplayUnit::Units, DisplayUnit::Thousands,
                             DisplayUnit::Millions, DisplayUnit::Billions})
      QCOMPARE(displayUnitFromKey(displayUnitKey(unit)), unit);
    QCOMPARE(displayUnitFromKey(QStringLiteral("crores")), DisplayUnit::AsEntered);
  }
};

QTEST_APPLESS_MAIN(TestNumberEntry)
#include "test_numberentry.moc"
