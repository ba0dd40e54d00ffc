// Tests for core/finance/cashflows.h against Microsoft's documented Excel examples (NPV, XNPV,
// IRR, XIRR, MIRR support pages) and hand cases whose answer is known in closed form; each
// expected value is either quoted from that source or written out as the formula it comes from.
#include <QtTest>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/common/date.h"
#include "core/common/require.h"
#include "core/finance/cashflows.h"

namespace {

using Flows = std::vector<double>;
using DatedFlows = std::vector<valor::DatedFlow>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

valor::Date date(const char* iso) {
  return valor::Date::parseIso(iso).value();
}

std::string describe(const Flows& flows) {
  std::string text = "{";
  for (double v : flows) text += (text.size() > 1 ? ", " : "") + std::to_string(v);
  return text + "}";
}

std::string describe(const DatedFlows& flows) {
  std::string text = "{";
  for (const valor::DatedFlow& f : flows)
    text += (text.size() > 1 ? ", " : "") + f.date.toIso() + ": " + std::to_string(f.amount);
  return text + "}";
}

std::string describe(const valor::Result<valor::Irr>& result) {
  if (!result) return "error " + result.error().code + ": \"" + result.error().message + "\"";
  const valor::Irr& r = result.value();
  return "rate " + std::to_string(r.rate) + ", roots " + describe(r.roots) + ", signChanges " +
         std::to_string(r.signChanges) + ", ambiguous " + (r.ambiguous ? "yes" : "no") +
         ", warning \"" + r.warning + "\"";
}

// Excel's XIRR / XNPV documentation example (Microsoft support, "XIRR function").
DatedFlows excelXirrFlows() {
  return {{date("2008-01-01"), -10000.0},
          {date("2008-03-01"), 2750.0},
          {date("2008-10-30"), 4250.0},
          {date("2009-02-15"), 3250.0},
          {date("2009-04-01"), 2750.0}};
}

}  // namespace

class TestCashflows : public QObject {
  Q_OBJECT

 private slots:
  void npv_data();
  void npv();
  void npvExcel_data();
  void npvExcel();
  void npvRejectsBadInput();
  void xnpv_data();
  void xnpv();
  void xnpvRejectsDateBeforeFirst();
  void irr_data();
  void irr();
  void irrMultipleRoots_data();
  void irrMultipleRoots();
  void irrSignChangesNetSameDate();
  void irrErrors_data();
  void irrErrors();
  void xirr_data();
  void xirr();
  void xirrParallelLists();
  void xirrErrors_data();
  void xirrErrors();
  void mirr_data();
  void mirr();
  void mirrUndefined_data();
  void mirrUndefined();
  void moic_data();
  void moic();
  void moicVersusIrr();
};

// ---- NPV --------------------------------------------------------------------------------------

void TestCashflows::npv_data() {
  QTest::addColumn<double>("rate");
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("expected");

  QTest::newRow("empty") << 0.1 << Flows{} << 0.0;
  QTest::newRow("t=0 is not discounted") << 0.1 << Flows{-100.0} << -100.0;
  // −100 + 110 / 1.1 = 0
  QTest::newRow("-100, 110 at 10%") << 0.1 << Flows{-100.0, 110.0} << 0.0;
  QTest::newRow("-1000, 3x500 at 10%")
      << 0.1 << Flows{-1000.0, 500.0, 500.0, 500.0}
      << -1000.0 + 500.0 / 1.1 + 500.0 / (1.1 * 1.1) + 500.0 / (1.1 * 1.1 * 1.1);
  QTest::newRow("rate 0 is the plain sum") << 0.0 << Flows{-1000.0, 500.0, 500.0, 500.0} << 500.0;
  // −100 + 50 / 0.5 = 0
  QTest::newRow("negative rate -50%") << -0.5 << Flows{-100.0, 50.0} << 0.0;
}

void TestCashflows::npv() {
  QFETCH(double, rate);
  QFETCH(Flows, flows);
  QFETCH(double, expected);
  const double actual = valor::npv(rate, flows);
  QVERIFY2(std::abs(actual - expected) <= 1e-9,
           ("rate " + std::to_string(rate) + ", flows " + describe(flows) + ", expected " +
            std::to_string(expected) + ", got " + std::to_string(actual))
               .c_str());
}

void TestCashflows::npvExcel_data() {
  QTest::addColumn<double>("rate");
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("initial");  // added at t = 0 outside NPV(), as Excel's examples do
  QTest::addColumn<double>("expected");
  QTest::addColumn<double>("tolerance");

  // Microsoft "NPV function", example 1: NPV(10%, −10000, 3000, 4200, 6800) = $1,188.44.
  QTest::newRow("Excel NPV example 1")
      << 0.1 << Flows{-10000.0, 3000.0, 4200.0, 6800.0} << 0.0 << 1188.44 << 0.005;
  // Example 2: NPV(8%, 8000, 9200, 10000, 12000, 14500) + (−40000) = $1,922.06.
  QTest::newRow("Excel NPV example 2")
      << 0.08 << Flows{8000.0, 9200.0, 10000.0, 12000.0, 14500.0} << -40000.0 << 1922.06 << 0.005;
  // Excel's NPV puts the first value one period out: 110 / 1.1 = 100.
  QTest::newRow("one flow, one period") << 0.1 << Flows{110.0} << 0.0 << 100.0 << 1e-12;
}

void TestCashflows::npvExcel() {
  QFETCH(double, rate);
  QFETCH(Flows, flows);
  QFETCH(double, initial);
  QFETCH(double, expected);
  QFETCH(double, tolerance);
  const double actual = valor::npvExcel(rate, flows) + initial;
  QVERIFY2(std::abs(actual - expected) <= tolerance,
           ("rate " + std::to_string(rate) + ", flows " + describe(flows) + ", expected " +
            std::to_string(expected) + ", got " + std::to_string(actual))
               .c_str());
}

void TestCashflows::npvRejectsBadInput() {
  const Flows flows{-100.0, 110.0};
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError, valor::npv(-1.0, flows));
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError, valor::npv(kNaN, flows));
  const Flows withNaN{-100.0, kNaN};
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError, valor::npv(0.1, withNaN));
}

// ---- XNPV -------------------------------------------------------------------------------------

void TestCashflows::xnpv_data() {
  QTest::addColumn<double>("rate");
  QTest::addColumn<DatedFlows>("flows");
  QTest::addColumn<double>("expected");
  QTest::addColumn<double>("tolerance");

  // Microsoft "XNPV function": XNPV(0.09, …) = 2086.647602.
  QTest::newRow("Excel XNPV example") << 0.09 << excelXirrFlows() << 2086.647602 << 1e-5;
  DatedFlows shuffled = excelXirrFlows();
  std::swap(shuffled[1], shuffled[4]);
  std::swap(shuffled[2], shuffled[3]);
  QTest::newRow("Excel XNPV example, later dates shuffled")
      << 0.09 << shuffled << 2086.647602 << 1e-5;
  // 2001 has 365 days, so t = 1 exactly: −100 + 110 / 1.1 = 0.
  QTest::newRow("365 days at 10%")
      << 0.1 << DatedFlows{{date("2001-01-01"), -100.0}, {date("2002-01-01"), 110.0}} << 0.0
      << 1e-12;
  // 2004 has 366 days, and Act/365 fixed makes that t = 366 / 365: −100 + 110 / 1.1^(366/365).
  QTest::newRow("366 days at 10%, Act/365 fixed")
      << 0.1 << DatedFlows{{date("2004-01-01"), -100.0}, {date("2005-01-01"), 110.0}}
      << -100.0 + 110.0 / std::pow(1.1, 366.0 / 365.0) << 1e-12;
  QTest::newRow("empty") << 0.1 << DatedFlows{} << 0.0 << 0.0;
}

void TestCashflows::xnpv() {
  QFETCH(double, rate);
  QFETCH(DatedFlows, flows);
  QFETCH(double, expected);
  QFETCH(double, tolerance);
  const double actual = valor::xnpv(rate, flows);
  QVERIFY2(std::abs(actual - expected) <= tolerance,
           ("rate " + std::to_string(rate) + ", flows " + describe(flows) + ", expected " +
            std::to_string(expected) + ", got " + std::to_string(actual))
               .c_str());
}

void TestCashflows::xnpvRejectsDateBeforeFirst() {
  const DatedFlows flows{{date("2008-03-01"), -100.0}, {date("2008-01-01"), 110.0}};
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError, valor::xnpv(0.1, flows));
}

// ---- IRR --------------------------------------------------------------------------------------

void TestCashflows::irr_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("expected");
  QTest::addColumn<double>("tolerance");

  // Microsoft "IRR function": IRR(A2:A6) and IRR(A2:A7) of this table, shown as −2.1% and 8.7%;
  // to full precision −0.021244848 and 0.086630948.
  QTest::newRow("Excel IRR, four years")
      << Flows{-70000, 12000, 15000, 18000, 21000} << -0.021244848 << 1e-9;
  QTest::newRow("Excel IRR, five years")
      << Flows{-70000, 12000, 15000, 18000, 21000, 26000} << 0.086630948 << 1e-9;
  // −100 + 110 / (1 + r) = 0  ⇒  r = 110 / 100 − 1 = 10 %.
  QTest::newRow("-100, 110") << Flows{-100, 110} << 0.1 << 1e-12;
  // −100 + 121 / (1 + r)² = 0  ⇒  (1 + r)² = 1.21  ⇒  r = 10 %.
  QTest::newRow("-100, 0, 121") << Flows{-100, 0, 121} << 0.1 << 1e-12;
  // Shifting every flow by one period multiplies the NPV by (1 + r)^−1: same root.
  QTest::newRow("leading and trailing zeros") << Flows{0, -100, 110, 0} << 0.1 << 1e-12;
  // −100 + 50 / (1 + r) = 0  ⇒  r = −50 %.
  QTest::newRow("loss: -100, 50") << Flows{-100, 50} << -0.5 << 1e-12;
  // Near −100 %, where the scan grid (uniform in log(1 + r)) must be fine: r = 1/100 − 1.
  QTest::newRow("near total loss: -100, 1") << Flows{-100, 1} << -0.99 << 1e-12;
  // r = 9 / 1 − 1 = 800 %.
  QTest::newRow("high: -1, 9") << Flows{-1, 9} << 8.0 << 1e-10;
  // docs/methodology.md §2: 2.5x in 3 years ≈ 36 %, in 5 years ≈ 20 %: (1 + r)^n = 2.5.
  QTest::newRow("2.5x over 3 years")
      << Flows{-100, 0, 0, 250} << std::pow(2.5, 1.0 / 3.0) - 1.0 << 1e-12;
  QTest::newRow("2.5x over 5 years")
      << Flows{-100, 0, 0, 0, 0, 250} << std::pow(2.5, 0.2) - 1.0 << 1e-12;
  // A loan seen from the lender's side is the same equation with the signs flipped.
  QTest::newRow("borrower: 100, -110") << Flows{100, -110} << 0.1 << 1e-12;
}

void TestCashflows::irr() {
  QFETCH(Flows, flows);
  QFETCH(double, expected);
  QFETCH(double, tolerance);
  const auto result = valor::irr(flows);
  const std::string inputs = "flows " + describe(flows) + ", expected " + std::to_string(expected) +
                             ", got " + describe(result);

  QVERIFY2(result.ok(), inputs.c_str());
  const valor::Irr& r = result.value();
  QVERIFY2(r.warning.empty(), inputs.c_str());
  QVERIFY2(std::abs(r.rate - expected) <= tolerance, inputs.c_str());
  QVERIFY2(r.roots.size() == 1 && r.roots[0] == r.rate, inputs.c_str());
  QVERIFY2(r.signChanges == 1 && !r.ambiguous, inputs.c_str());
  // The defining property, checked with the t = 0 NPV.
  QVERIFY2(std::abs(valor::npv(r.rate, flows)) <= 1e-6, inputs.c_str());
}

void TestCashflows::irrMultipleRoots_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("guess");
  QTest::addColumn<Flows>("roots");
  QTest::addColumn<int>("signChanges");
  QTest::addColumn<double>("selected");

  // With x = 1 + r: NPV·x² = −100x² + 230x − 132 = −(10x − 11)(10x − 12), so x = 1.1 or 1.2.
  const Flows twoRoots{-100, 230, -132};
  QTest::newRow("-100, 230, -132, guess 10%") << twoRoots << 0.1 << Flows{0.1, 0.2} << 2 << 0.1;
  QTest::newRow("-100, 230, -132, guess 30%") << twoRoots << 0.3 << Flows{0.1, 0.2} << 2 << 0.2;
  QTest::newRow("-100, 230, -132, guess 16%") << twoRoots << 0.16 << Flows{0.1, 0.2} << 2 << 0.2;
  QTest::newRow("-100, 230, -132, guess -50%") << twoRoots << -0.5 << Flows{0.1, 0.2} << 2 << 0.1;
  // NPV·x³ = −1000(x − 1.1)(x − 1.2)(x − 1.3) = −1000x³ + 3600x² − 4310x + 1716
  // (1.1 + 1.2 + 1.3 = 3.6; 1.1·1.2 + 1.1·1.3 + 1.2·1.3 = 4.31; 1.1·1.2·1.3 = 1.716).
  QTest::newRow("three roots 10%, 20%, 30%")
      << Flows{-1000, 3600, -4310, 1716} << 0.26 << Flows{0.1, 0.2, 0.3} << 3 << 0.3;
}

void TestCashflows::irrMultipleRoots() {
  QFETCH(Flows, flows);
  QFETCH(double, guess);
  QFETCH(Flows, roots);
  QFETCH(int, signChanges);
  QFETCH(double, selected);
  valor::IrrOptions options;
  options.guess = guess;
  const auto result = valor::irr(flows, options);
  const std::string inputs = "flows " + describe(flows) + ", guess " + std::to_string(guess) +
                             ", expected roots " + describe(roots) + ", got " + describe(result);

  QVERIFY2(result.ok(), inputs.c_str());
  const valor::Irr& r = result.value();
  QVERIFY2(r.ambiguous, inputs.c_str());
  QCOMPARE(r.signChanges, signChanges);
  QVERIFY2(r.roots.size() == roots.size(), inputs.c_str());
  for (std::size_t i = 0; i < roots.size(); ++i)
    QVERIFY2(std::abs(r.roots[i] - roots[i]) <= 1e-10, inputs.c_str());
  QVERIFY2(std::abs(r.rate - selected) <= 1e-10, inputs.c_str());
  QVERIFY2(!r.warning.empty(), inputs.c_str());  // the warning for people
}

void TestCashflows::irrSignChangesNetSameDate() {
  // Zeros do not count as a sign change: − 0 0 + is one change.
  const Flows withZeros{-100, 0, 0, 133.1};  // (1 + r)³ = 1.331 ⇒ r = 10 %
  const auto a = valor::irr(withZeros);
  QVERIFY2(a.ok() && std::abs(a.value().rate - 0.1) <= 1e-12, describe(a).c_str());
  QCOMPARE(a.value().signChanges, 1);

  // XIRR: −100 and +50 on the same day are one net flow of −50; then +55 a year (365 days) later:
  // −50 + 55 / (1 + r) = 0 ⇒ r = 10 %, with one sign change, not two.
  const DatedFlows sameDay{
      {date("2001-01-01"), -100.0}, {date("2001-01-01"), 50.0}, {date("2002-01-01"), 55.0}};
  const auto b = valor::xirr(sameDay);
  QVERIFY2(b.ok() && !b.value().ambiguous && std::abs(b.value().rate - 0.1) <= 1e-12,
           describe(b).c_str());
  QCOMPARE(b.value().signChanges, 1);

  // With several sign changes but a single root in range, the result is not ambiguous but the
  // message says why it might be. With x = 1 + r: NPV·x² = −100x² + 2050x − 1000
  // = −100(x − 0.5)(x − 20), so r = −50 % (in range) or r = 1900 % (beyond +1000 %).
  const auto c = valor::irr(Flows{-100, 2050, -1000});
  QVERIFY2(
      c.ok() && c.value().roots.size() == 1 && !c.value().ambiguous && !c.value().warning.empty(),
      describe(c).c_str());
  QCOMPARE(c.value().signChanges, 2);
  QVERIFY2(std::abs(c.value().rate - -0.5) <= 1e-12, describe(c).c_str());
}

void TestCashflows::irrErrors_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<QByteArray>("error");

  QTest::newRow("empty") << Flows{} << QByteArray("no_flows");
  QTest::newRow("all positive") << Flows{100, 200} << QByteArray("needs_positive_and_negative");
  QTest::newRow("all negative") << Flows{-100, -200} << QByteArray("needs_positive_and_negative");
  QTest::newRow("all zero") << Flows{0, 0} << QByteArray("needs_positive_and_negative");
  QTest::newRow("NaN") << Flows{-100, kNaN, 110} << QByteArray("non_finite");
  QTest::newRow("infinity") << Flows{-kInf, 110} << QByteArray("non_finite");
  // r = 1000 / 1 − 1 = 99 900 %, far beyond the +1000 % searched.
  QTest::newRow("root beyond +1000%") << Flows{-1, 1000} << QByteArray("no_root");
  // r = 0.001 / 100 − 1 = −99.999 %, below the −99.99 % searched.
  QTest::newRow("root below -99.99%") << Flows{-100, 0.001} << QByteArray("no_root");
  // −100 + 10/(1+r) − 100/(1+r)²: discriminant of −100x² + 10x − 100 is negative: no real root.
  QTest::newRow("two sign changes, no root") << Flows{-100, 10, -100} << QByteArray("no_root");
}

void TestCashflows::irrErrors() {
  QFETCH(Flows, flows);
  QFETCH(QByteArray, error);
  const auto result = valor::irr(flows);
  const std::string inputs = "flows " + describe(flows) + ", got " + describe(result);

  QVERIFY2(!result.ok(), inputs.c_str());
  QCOMPARE(QByteArray::fromStdString(result.error().code), error);
  QVERIFY2(!result.error().message.empty(), inputs.c_str());
}

// ---- XIRR -------------------------------------------------------------------------------------

void TestCashflows::xirr_data() {
  QTest::addColumn<DatedFlows>("flows");
  QTest::addColumn<double>("expected");
  QTest::addColumn<double>("tolerance");

  // Microsoft "XIRR function": 0.373362535, i.e. 37.34 %.
  QTest::newRow("Excel XIRR example") << excelXirrFlows() << 0.373362535 << 1e-8;
  DatedFlows shuffled = excelXirrFlows();
  std::swap(shuffled[1], shuffled[4]);
  std::swap(shuffled[2], shuffled[3]);
  QTest::newRow("Excel XIRR example, later dates shuffled") << shuffled << 0.373362535 << 1e-8;
  // 365 days: −100 + 110 / (1 + r)^1 = 0 ⇒ r = 10 %.
  QTest::newRow("365 days") << DatedFlows{{date("2001-01-01"), -100.0}, {date("2002-01-01"), 110.0}}
                            << 0.1 << 1e-12;
  // 366 days, Act/365 fixed: (1 + r)^(366/365) = 1.1 ⇒ r = 1.1^(365/366) − 1 (not 10 %).
  QTest::newRow("366 days (leap year)")
      << DatedFlows{{date("2004-01-01"), -100.0}, {date("2005-01-01"), 110.0}}
      << std::pow(1.1, 365.0 / 366.0) - 1.0 << 1e-12;
  // docs/methodology.md §2 again, by date: 2001..2003 are not leap years, so 2001-01-01 to
  // 2004-01-01 is 1095 days = 3 × 365 ⇒ r = 2.5^(1/3) − 1.
  QTest::newRow("2.5x after 1095 days")
      << DatedFlows{{date("2001-01-01"), -100.0}, {date("2004-01-01"), 250.0}}
      << std::pow(2.5, 1.0 / 3.0) - 1.0 << 1e-12;
  // A later flow on the first date is allowed (not before it).
  QTest::newRow("second flow on the first date") << DatedFlows{{date("2001-01-01"), -60.0},
                                                               {date("2001-01-01"), -40.0},
                                                               {date("2002-01-01"), 110.0}}
                                                 << 0.1 << 1e-12;
}

void TestCashflows::xirr() {
  QFETCH(DatedFlows, flows);
  QFETCH(double, expected);
  QFETCH(double, tolerance);
  const auto result = valor::xirr(flows);
  const std::string inputs = "flows " + describe(flows) + ", expected " + std::to_string(expected) +
                             ", got " + describe(result);

  QVERIFY2(result.ok(), inputs.c_str());
  const valor::Irr& r = result.value();
  QVERIFY2(std::abs(r.rate - expected) <= tolerance, inputs.c_str());
  QVERIFY2(r.signChanges == 1 && !r.ambiguous && r.roots.size() == 1, inputs.c_str());
  QVERIFY2(std::abs(valor::xnpv(r.rate, flows)) <= 1e-6, inputs.c_str());
}

void TestCashflows::xirrParallelLists() {
  const Flows amounts{-10000, 2750, 4250, 3250, 2750};
  const std::vector<valor::Date> dates{date("2008-01-01"), date("2008-03-01"), date("2008-10-30"),
                                       date("2009-02-15"), date("2009-04-01")};
  const auto result = valor::xirr(amounts, dates);
  QVERIFY2(result.ok() && std::abs(result.value().rate - 0.373362535) <= 1e-8,
           describe(result).c_str());
}

void TestCashflows::xirrErrors_data() {
  QTest::addColumn<Flows>("amounts");
  QTest::addColumn<QStringList>("dates");
  QTest::addColumn<double>("guess");
  QTest::addColumn<QByteArray>("error");

  const QStringList twoDates{QStringLiteral("2008-01-01"), QStringLiteral("2009-01-01")};
  QTest::newRow("empty") << Flows{} << QStringList{} << 0.1 << QByteArray("no_flows");
  QTest::newRow("all positive") << Flows{100, 200} << twoDates << 0.1
                                << QByteArray("needs_positive_and_negative");
  QTest::newRow("NaN amount") << Flows{-100, kNaN} << twoDates << 0.1 << QByteArray("non_finite");
  QTest::newRow("NaN guess") << Flows{-100, 110} << twoDates << kNaN << QByteArray("non_finite");
  QTest::newRow("date before the first")
      << Flows{-100, 50, 60}
      << QStringList{QStringLiteral("2008-03-01"), QStringLiteral("2008-06-01"),
                     QStringLiteral("2008-01-01")}
      << 0.1 << QByteArray("date_before_first");
  QTest::newRow("more amounts than dates")
      << Flows{-100, 50, 60} << twoDates << 0.1 << QByteArray("size_mismatch");
  // −100 and +100 on one day net to nothing, leaving only +10: no sign change, no rate.
  QTest::newRow("nets to one sign")
      << Flows{-100, 100, 10}
      << QStringList{QStringLiteral("2008-01-01"), QStringLiteral("2008-01-01"),
                     QStringLiteral("2009-01-01")}
      << 0.1 << QByteArray("no_root");
}

void TestCashflows::xirrErrors() {
  QFETCH(Flows, amounts);
  QFETCH(QStringList, dates);
  QFETCH(double, guess);
  QFETCH(QByteArray, error);
  std::vector<valor::Date> parsed;
  for (const QString& iso : dates) parsed.push_back(date(iso.toStdString().c_str()));
  valor::IrrOptions options;
  options.guess = guess;
  const auto result = valor::xirr(amounts, parsed, options);
  const std::string inputs = "amounts " + describe(amounts) + ", dates " +
                             dates.join(QStringLiteral(", ")).toStdString() + ", guess " +
                             std::to_string(guess) + ", got " + describe(result);

  QVERIFY2(!result.ok(), inputs.c_str());
  QCOMPARE(QByteArray::fromStdString(result.error().code), error);
  QVERIFY2(!result.error().message.empty(), inputs.c_str());
}

// ---- MIRR -------------------------------------------------------------------------------------

void TestCashflows::mirr_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("financeRate");
  QTest::addColumn<double>("reinvestRate");
  QTest::addColumn<double>("expected");
  QTest::addColumn<double>("tolerance");

  // Microsoft "MIRR function": −120000 then 39000, 30000, 21000, 37000, 46000; finance 10 %,
  // reinvest 12 % → 12.61 % (0.126094); three years only → −4.80 %; reinvest 14 % → 13.48 %.
  const Flows excel{-120000, 39000, 30000, 21000, 37000, 46000};
  QTest::newRow("Excel MIRR, five years") << excel << 0.10 << 0.12 << 0.126094 << 1e-6;
  QTest::newRow("Excel MIRR, three years")
      << Flows{-120000, 39000, 30000, 21000} << 0.10 << 0.12 << -0.0480 << 5e-5;
  QTest::newRow("Excel MIRR, reinvest 14%") << excel << 0.10 << 0.14 << 0.1348 << 5e-5;
  // A single outflow at t = 0 and a single inflow at the end are not moved: (121/100)^(1/2) − 1.
  QTest::newRow("-100, 0, 121") << Flows{-100, 0, 121} << 0.05 << 0.07 << 0.1 << 1e-12;
  // FV of inflows at 10 %: 110·1.1 + 121 = 242; PV of outflow 100: (242/100)^(1/2) − 1.
  QTest::newRow("-100, 110, 121 reinvested at 10%")
      << Flows{-100, 110, 121} << 0.0 << 0.10 << std::sqrt(2.42) - 1.0 << 1e-12;
  // PV of outflows at 10 %: 100 + 110/1.1 = 200; FV 242: (242/200)^(1/2) − 1 = 10 %.
  QTest::newRow("-100, -110, 242 financed at 10%")
      << Flows{-100, -110, 242} << 0.10 << 0.0 << 0.1 << 1e-12;
}

void TestCashflows::mirr() {
  QFETCH(Flows, flows);
  QFETCH(double, financeRate);
  QFETCH(double, reinvestRate);
  QFETCH(double, expected);
  QFETCH(double, tolerance);
  const std::optional<double> actual = valor::mirr(flows, financeRate, reinvestRate);
  const std::string inputs =
      "flows " + describe(flows) + ", finance " + std::to_string(financeRate) + ", reinvest " +
      std::to_string(reinvestRate) + ", expected " + std::to_string(expected) + ", got " +
      (actual ? std::to_string(*actual) : std::string("none"));
  QVERIFY2(actual && std::abs(*actual - expected) <= tolerance, inputs.c_str());
}

void TestCashflows::mirrUndefined_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<double>("financeRate");
  QTest::addColumn<double>("reinvestRate");

  QTest::newRow("empty") << Flows{} << 0.1 << 0.1;
  QTest::newRow("single flow") << Flows{-100} << 0.1 << 0.1;
  QTest::newRow("no negative flow") << Flows{100, 200} << 0.1 << 0.1;
  QTest::newRow("no positive flow") << Flows{-100, -200, 0} << 0.1 << 0.1;
  QTest::newRow("NaN flow") << Flows{-100, kNaN, 200} << 0.1 << 0.1;
  QTest::newRow("NaN finance rate") << Flows{-100, 200} << kNaN << 0.1;
  QTest::newRow("infinite reinvest rate") << Flows{-100, 200} << 0.1 << kInf;
  QTest::newRow("finance rate -100%") << Flows{-100, 200} << -1.0 << 0.1;
}

void TestCashflows::mirrUndefined() {
  QFETCH(Flows, flows);
  QFETCH(double, financeRate);
  QFETCH(double, reinvestRate);
  const std::optional<double> actual = valor::mirr(flows, financeRate, reinvestRate);
  QVERIFY2(!actual, ("flows " + describe(flows) + " gave " +
                     (actual ? std::to_string(*actual) : std::string("none")))
                        .c_str());
}

// ---- MOIC -------------------------------------------------------------------------------------

void TestCashflows::moic_data() {
  QTest::addColumn<Flows>("flows");
  QTest::addColumn<bool>("defined");
  QTest::addColumn<double>("expected");

  // 250 returned on 100 invested = 2.5x, whenever it arrives.
  QTest::newRow("2.5x") << Flows{-100, 250} << true << 2.5;
  QTest::newRow("2.5x over 3 years") << Flows{-100, 0, 0, 250} << true << 2.5;
  // (100 + 150) / (40 + 60) = 2.5: several investments and distributions.
  QTest::newRow("2.5x, staged") << Flows{-40, 100, -60, 150} << true << 2.5;
  QTest::newRow("total loss") << Flows{-100} << true << 0.0;
  QTest::newRow("nothing invested") << Flows{100, 200} << false << 0.0;
  QTest::newRow("empty") << Flows{} << false << 0.0;
  QTest::newRow("NaN") << Flows{-100, kNaN} << false << 0.0;
  QTest::newRow("infinite") << Flows{-100, kInf} << false << 0.0;
}

void TestCashflows::moic() {
  QFETCH(Flows, flows);
  QFETCH(bool, defined);
  QFETCH(double, expected);
  const std::optional<double> actual = valor::moic(flows);
  const std::string inputs = "flows " + describe(flows) + ", got " +
                             (actual ? std::to_string(*actual) : std::string("none"));
  QVERIFY2(actual.has_value() == defined, inputs.c_str());
  if (defined) QVERIFY2(std::abs(*actual - expected) <= 1e-12, inputs.c_str());
}

void TestCashflows::moicVersusIrr() {
  // docs/methodology.md §2: MOIC is not time-weighted. The same 2.5x is about a 36 % IRR over 3
  // years and about 20 % over 5 (exactly 2.5^(1/3) − 1 = 35.72 % and 2.5^(1/5) − 1 = 20.11 %).
  const Flows threeYears{-100, 0, 0, 250};
  const Flows fiveYears{-100, 0, 0, 0, 0, 250};
  QCOMPARE(valor::moic(threeYears), valor::moic(fiveYears));
  const auto three = valor::irr(threeYears);
  const auto five = valor::irr(fiveYears);
  QVERIFY2(three.ok() && std::abs(three.value().rate - 0.36) < 0.005, describe(three).c_str());
  QVERIFY2(five.ok() && std::abs(five.value().rate - 0.20) < 0.005, describe(five).c_str());
}

QTEST_APPLESS_MAIN(TestCashflows)
#include "test_cashflows.moc"
