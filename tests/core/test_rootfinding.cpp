// Tests for core/finance/rootfinding.h: Brent's method and the bracketing scan.
// Reference roots are closed forms (√2, ln 2, kπ) or published constants with their source.
#include <QtTest>
#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "core/common/require.h"
#include "core/finance/rootfinding.h"

namespace {

enum Function {
  kSquareMinusTwo,  // x² − 2
  kCosMinusX,       // cos x − x
  kWallis,          // x³ − 2x − 5
  kExpMinusTwo,     // eˣ − 2
  kLinear,          // x − 1
  kNinthPower,      // x⁹: a root of multiplicity 9, where interpolation is useless
  kCubic123,        // (x − 1)(x − 2)(x − 3)
  kSine,            // sin x
  kSquarePlusOne,   // x² + 1: no real root
  kSqrtShifted,     // √(x − 1) − 1: NaN below x = 1, root at 2
  kNaN,             // always NaN
};

std::function<double(double)> makeFunction(int id) {
  switch (static_cast<Function>(id)) {
    case kSquareMinusTwo:
      return [](double x) { return x * x - 2.0; };
    case kCosMinusX:
      return [](double x) { return std::cos(x) - x; };
    case kWallis:
      return [](double x) { return x * x * x - 2.0 * x - 5.0; };
    case kExpMinusTwo:
      return [](double x) { return std::exp(x) - 2.0; };
    case kLinear:
      return [](double x) { return x - 1.0; };
    case kNinthPower:
      return [](double x) { return std::pow(x, 9.0); };
    case kCubic123:
      return [](double x) { return (x - 1.0) * (x - 2.0) * (x - 3.0); };
    case kSine:
      return [](double x) { return std::sin(x); };
    case kSquarePlusOne:
      return [](double x) { return x * x + 1.0; };
    case kSqrtShifted:
      return [](double x) { return std::sqrt(x - 1.0) - 1.0; };
    case kNaN:
      return [](double) { return std::numeric_limits<double>::quiet_NaN(); };
  }
  return {};
}

std::string describe(int function, double lo, double hi) {
  return "function #" + std::to_string(function) + " on [" + std::to_string(lo) + ", " +
         std::to_string(hi) + "]";
}

std::string describe(const std::vector<double>& values) {
  std::string text = "{";
  for (double v : values) text += (text.size() > 1 ? ", " : "") + std::to_string(v);
  return text + "}";
}

}  // namespace

class TestRootFinding : public QObject {
  Q_OBJECT

 private slots:
  void brentFindsRoot_data();
  void brentFindsRoot();
  void brentFailures_data();
  void brentFailures();
  void brentStopsAtMaxIterations();
  void brentRejectsBadOptions();
  void findAllRoots_data();
  void findAllRoots();
};

void TestRootFinding::brentFindsRoot_data() {
  QTest::addColumn<int>("function");
  QTest::addColumn<double>("lo");
  QTest::addColumn<double>("hi");
  QTest::addColumn<double>("expected");

  QTest::newRow("x^2-2 on [0,2] -> sqrt(2)")
      << int{kSquareMinusTwo} << 0.0 << 2.0 << std::sqrt(2.0);
  QTest::newRow("x^2-2 reversed [2,0] -> sqrt(2)")
      << int{kSquareMinusTwo} << 2.0 << 0.0 << std::sqrt(2.0);
  // The Dottie number, the fixed point of cos (OEIS A003957: 0.7390851332151606416...).
  QTest::newRow("cos x - x on [0,1]") << int{kCosMinusX} << 0.0 << 1.0 << 0.7390851332151606;
  // Wallis's cubic, Newton's own example (OEIS A007493: 2.0945514815423265914...).
  QTest::newRow("x^3-2x-5 on [2,3]") << int{kWallis} << 2.0 << 3.0 << 2.0945514815423266;
  QTest::newRow("e^x-2 on [0,1] -> ln 2") << int{kExpMinusTwo} << 0.0 << 1.0 << std::numbers::ln2;
  QTest::newRow("x-1, root at the lower end") << int{kLinear} << 1.0 << 3.0 << 1.0;
  QTest::newRow("x-1, root at the upper end") << int{kLinear} << -5.0 << 1.0 << 1.0;
  QTest::newRow("x^9 on [-1,2], multiplicity 9") << int{kNinthPower} << -1.0 << 2.0 << 0.0;
}

void TestRootFinding::brentFindsRoot() {
  QFETCH(int, function);
  QFETCH(double, lo);
  QFETCH(double, hi);
  QFETCH(double, expected);
  const valor::BrentOptions options;  // xTolerance 1e-12
  const valor::RootSearch search = valor::brent(makeFunction(function), lo, hi, options);
  const std::string inputs = describe(function, lo, hi) + ", expected " + std::to_string(expected);

  QVERIFY2(search.ok(), (inputs + ", failure " + search.failure).c_str());
  QVERIFY2(search.failure.empty(), inputs.c_str());
  QVERIFY2(std::abs(*search.root - expected) <= 1e-12,
           (inputs + ", got " + std::to_string(*search.root)).c_str());
  QVERIFY2(std::abs(search.residual) <= 1e-11, inputs.c_str());
  QVERIFY2(search.iterations >= 0 && search.iterations <= options.maxIterations, inputs.c_str());
}

void TestRootFinding::brentFailures_data() {
  QTest::addColumn<int>("function");
  QTest::addColumn<double>("lo");
  QTest::addColumn<double>("hi");
  QTest::addColumn<QByteArray>("failure");

  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  QTest::newRow("x^2+1 on [-1,1]: same sign")
      << int{kSquarePlusOne} << -1.0 << 1.0 << QByteArray("not_bracketed");
  QTest::newRow("x^2-2 on [2,3]: both positive")
      << int{kSquareMinusTwo} << 2.0 << 3.0 << QByteArray("not_bracketed");
  QTest::newRow("f is NaN") << int{kNaN} << 0.0 << 1.0 << QByteArray("non_finite");
  QTest::newRow("lower bound NaN") << int{kLinear} << nan << 3.0 << QByteArray("non_finite");
  QTest::newRow("upper bound inf") << int{kLinear} << 0.0 << inf << QByteArray("non_finite");
  QTest::newRow("sqrt(x-1)-1 NaN at lo=0")
      << int{kSqrtShifted} << 0.0 << 4.0 << QByteArray("non_finite");
}

void TestRootFinding::brentFailures() {
  QFETCH(int, function);
  QFETCH(double, lo);
  QFETCH(double, hi);
  QFETCH(QByteArray, failure);
  const valor::RootSearch search = valor::brent(makeFunction(function), lo, hi);
  const std::string inputs = describe(function, lo, hi);

  QVERIFY2(!search.ok(), inputs.c_str());
  QCOMPARE(QByteArray::fromStdString(search.failure), failure);
  QVERIFY2(std::isfinite(search.residual), inputs.c_str());  // never NaN, even on failure
}

void TestRootFinding::brentStopsAtMaxIterations() {
  valor::BrentOptions options;
  options.maxIterations = 1;
  const valor::RootSearch search = valor::brent(makeFunction(kCosMinusX), 0.0, 1.0, options);
  QVERIFY(!search.ok());
  QCOMPARE(QByteArray::fromStdString(search.failure), QByteArray("max_iterations"));
  QCOMPARE(search.iterations, 1);
  QVERIFY(std::isfinite(search.residual));
  QVERIFY(search.residual != 0.0);
}

void TestRootFinding::brentRejectsBadOptions() {
  valor::BrentOptions zeroTolerance;
  zeroTolerance.xTolerance = 0.0;
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError,
                           valor::brent(makeFunction(kLinear), 0.0, 2.0, zeroTolerance));
  valor::BrentOptions noIterations;
  noIterations.maxIterations = 0;
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError,
                           valor::brent(makeFunction(kLinear), 0.0, 2.0, noIterations));
  QVERIFY_THROWS_EXCEPTION(valor::PreconditionError,
                           valor::findAllRoots(makeFunction(kLinear), 0.0, 2.0, 1));
}

void TestRootFinding::findAllRoots_data() {
  QTest::addColumn<int>("function");
  QTest::addColumn<double>("lo");
  QTest::addColumn<double>("hi");
  QTest::addColumn<int>("gridPoints");
  QTest::addColumn<std::vector<double>>("expected");

  const std::vector<double> oneTwoThree{1.0, 2.0, 3.0};
  // Step 4/49: no grid point is a root, so every root comes from a bracket refined by brent.
  QTest::newRow("(x-1)(x-2)(x-3) on [0,4], 50 points")
      << int{kCubic123} << 0.0 << 4.0 << 50 << oneTwoThree;
  // Step 0.1: the roots are grid points where f is exactly zero.
  QTest::newRow("(x-1)(x-2)(x-3) on [0,4], 41 points")
      << int{kCubic123} << 0.0 << 4.0 << 41 << oneTwoThree;
  QTest::newRow("(x-1)(x-2)(x-3) on [4,0], reversed")
      << int{kCubic123} << 4.0 << 0.0 << 50 << oneTwoThree;
  const double pi = std::numbers::pi;
  QTest::newRow("sin x on [0.5,10] -> pi, 2pi, 3pi")
      << int{kSine} << 0.5 << 10.0 << 100 << std::vector<double>{pi, 2 * pi, 3 * pi};
  QTest::newRow("x^2+1: none") << int{kSquarePlusOne} << -3.0 << 3.0 << 100
                               << std::vector<double>{};
  QTest::newRow("NaN below 1 is skipped, root 2")
      << int{kSqrtShifted} << 0.0 << 4.0 << 30 << std::vector<double>{2.0};
  QTest::newRow("NaN everywhere: none") << int{kNaN} << 0.0 << 1.0 << 10 << std::vector<double>{};
}

void TestRootFinding::findAllRoots() {
  QFETCH(int, function);
  QFETCH(double, lo);
  QFETCH(double, hi);
  QFETCH(int, gridPoints);
  QFETCH(std::vector<double>, expected);
  const std::vector<double> roots = valor::findAllRoots(makeFunction(function), lo, hi, gridPoints);
  const std::string inputs = describe(function, lo, hi) + ", " + std::to_string(gridPoints) +
                             " points, expected " + describe(expected) + ", got " + describe(roots);

  QVERIFY2(roots.size() == expected.size(), inputs.c_str());
  for (std::size_t i = 0; i < roots.size(); ++i)
    QVERIFY2(std::abs(roots[i] - expected[i]) <= 1e-12, inputs.c_str());
}

QTEST_APPLESS_MAIN(TestRootFinding)
#include "test_rootfinding.moc"
