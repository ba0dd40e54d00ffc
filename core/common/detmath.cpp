#include "core/common/detmath.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace valor::detmath {
namespace {

// ln 2 split so that k·kLn2Hi is exact for |k| < 2^11 (Cody and Waite's range reduction).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;

// ln 2 / 32 split the same way (a division by 32 is exact), and 32 / ln 2.
constexpr double kLn2Hi32 = kLn2Hi / 32;
constexpr double kLn2Lo32 = kLn2Lo / 32;
constexpr double kInv32Ln2 = 32 * kInvLn2;

// Double-double arithmetic (Dekker 1971; Knuth's two-sum) for building the table below at
// compile time to well beyond double precision.
struct DoubleDouble {
  double hi;
  double lo;
};
constexpr DoubleDouble quickTwoSum(double a, double b) {
  const double s = a + b;
  return {s, b - (s - a)};
}
constexpr DoubleDouble twoSum(double a, double b) {
  const double s = a + b;
  const double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}
constexpr DoubleDouble twoProduct(double a, double b) {
  constexpr double kSplit = 134217729.0;  // 2^27 + 1
  const double p = a * b;
  const double ta = kSplit * a, tb = kSplit * b;
  const double ah = ta - (ta - a), al = a - ah;
  const double bh = tb - (tb - b), bl = b - bh;
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}
constexpr DoubleDouble add(DoubleDouble a, DoubleDouble b) {
  const DoubleDouble s = twoSum(a.hi, b.hi);
  return quickTwoSum(s.hi, s.lo + a.lo + b.lo);
}
constexpr DoubleDouble multiply(DoubleDouble a, DoubleDouble b) {
  const DoubleDouble p = twoProduct(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}
constexpr DoubleDouble divide(DoubleDouble a, double n) {
  const double q = a.hi / n;
  const DoubleDouble p = twoProduct(q, n);
  return quickTwoSum(q, ((a.hi - p.hi) - p.lo + a.lo) / n);
}

// 2^(j/32) for j = 0..31 as a pair hi + lo, from the Taylor series of e^(j·ln2/32) in
// double-double (30 terms), so hi is 2^(j/32) correctly rounded and lo the rest.
struct TableEntry {
  double hi;
  double lo;
};
constexpr std::array<TableEntry, 32> makeTwoToJOver32() {
  std::array<TableEntry, 32> table{};
  const DoubleDouble ln2{kLn2Hi, kLn2Lo};
  for (int j = 0; j < 32; ++j) {
    const DoubleDouble x = divide(multiply({static_cast<double>(j), 0}, ln2), 32);
    DoubleDouble term{1, 0}, sum{1, 0};
    for (int n = 1; n <= 30; ++n) {
      term = divide(multiply(term, x), n);
      sum = add(sum, term);
    }
    table[static_cast<std::size_t>(j)] = {sum.hi, sum.lo};
  }
  return table;
}
constexpr std::array<TableEntry, 32> kTwoToJOver32 = makeTwoToJOver32();

// 2^e for a normal exponent, built from its IEEE-754 bits (no libm call on the hot path).
double powerOfTwo(int e) {
  return std::bit_cast<double>(static_cast<std::uint64_t>(e + 1023) << 52);
}

}  // namespace

double exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
  if (x < -745.1332191019412) return 0.0;
  // x = (32m + j)·ln2/32 + r with |r| <= ln2/64: e^x = 2^m · 2^(j/32) · e^r (Tang's method).
  // Rounding to the nearest integer by adding and subtracting 1.5·2^52 (exact, and the same on
  // every IEEE-754 machine in the default rounding mode).
  constexpr double kShift = 0x1.8p52;
  const double k = (x * kInv32Ln2 + kShift) - kShift;
  const double r = (x - k * kLn2Hi32) - k * kLn2Lo32;
  // e^r − 1 by its Taylor series to r^6/6! (|r| <= 0.0109: the next term is below 4e-18), in
  // Estrin's order (pairs of terms, then powers of r²): a short dependency chain.
  const double r2 = r * r;
  const double q =
      r * ((1 + r * 0.5) + r2 * ((1.0 / 6 + r * (1.0 / 24)) + r2 * (1.0 / 120 + r * (1.0 / 720))));
  const auto n = static_cast<std::int64_t>(k);
  const TableEntry& t = kTwoToJOver32[static_cast<std::size_t>(n & 31)];
  const double scaled = t.hi + (t.lo + t.hi * q);  // 2^(j/32)·e^r, rounded once at the end
  const int e = static_cast<int>(n >> 5);          // floor(n / 32)
  if (e > -1022 && e < 1024) return scaled * powerOfTwo(e);  // exact: a normal power of two
  return std::ldexp(scaled, e);
}

double log(double x) {
  if (std::isnan(x) || x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (std::isinf(x)) return x;
  // x = m·2^e with m in [sqrt(1/2), sqrt(2)), read from the bits for a normal x (exact).
  int e = 0;
  double m = 0;
  const auto bits = std::bit_cast<std::uint64_t>(x);
  const int biased = static_cast<int>(bits >> 52);  // x > 0: no sign bit
  if (biased > 0) {
    e = biased - 1022;
    m = std::bit_cast<double>((bits & ((std::uint64_t{1} << 52) - 1)) |
                              (std::uint64_t{1022} << 52));  // m in [0.5, 1)
  } else {
    m = std::frexp(x, &e);  // subnormal
  }
  if (m < kSqrtHalf) {
    m *= 2;
    --e;
  }
  // log(m) = 2·atanh(f) = 2(f + f³/3 + f⁵/5 + ...), f = (m − 1)/(m + 1), |f| <= 0.1716: terms
  // to f²⁵/25 leave an error below 1e-18. The polynomial in y = f² in Estrin's order.
  const double f = (m - 1) / (m + 1);
  const double y = f * f, y2 = y * y, y4 = y2 * y2, y8 = y4 * y4;
  const auto pair = [y](int n) { return 1.0 / (2 * n + 1) + y * (1.0 / (2 * n + 3)); };
  const double s = ((pair(0) + y2 * pair(2)) + y4 * (pair(4) + y2 * pair(6))) +
                   y8 * ((pair(8) + y2 * pair(10)) + y4 * (1.0 / 25));
  const double logM = 2 * f * s;
  const double ed = static_cast<double>(e);
  return ed * kLn2Hi + (logM + ed * kLn2Lo);
}

double pow(double base, double exponent) {
  if (exponent == 0) return 1.0;
  if (base == 1) return 1.0;
  return exp(exponent * log(base));
}

}  // namespace valor::detmath
