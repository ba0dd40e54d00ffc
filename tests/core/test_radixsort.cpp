// The radix sort behind the Monte Carlo's percentiles and rank correlations: the same order as
// std::sort on every kind of double it can meet, and records keyed by a double.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include "core/analytics/radixsort.h"

using namespace valor;

namespace {

// Sorted by radixSort and by std::sort, the values agree one by one (−0 == +0).
bool sortsLikeStd(std::vector<double> data) {
  std::vector<double> expected = data;
  std::sort(expected.begin(), expected.end());
  radixSort(data.data(), data.size());
  return data == expected;
}

}  // namespace

class TestRadixSort : public QObject {
  Q_OBJECT

 private slots:
  void emptyAndTinyInputs() {
    QVERIFY(sortsLikeStd({}));
    QVERIFY(sortsLikeStd({3.5}));
    QVERIFY(sortsLikeStd({2, 1}));
    QVERIFY(sortsLikeStd({5, -1, 5, 0, -1}));
  }

  void aMillionOutputsInANarrowRange() {  // value per share around 45: few digits vary
    std::mt19937_64 random(7);
    std::normal_distribution<double> normal(45, 6);
    std::vector<double> data(1'000'000);
    for (double& v : data) v = normal(random);
    QVERIFY(sortsLikeStd(data));
  }

  void signsZerosInfinitiesAndSubnormals() {
    const double inf = std::numeric_limits<double>::infinity();
    const double tiny = std::numeric_limits<double>::denorm_min();
    std::vector<double> data;
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> exponent(-300, 300);
    for (int i = 0; i < 20'000; ++i) {
      const double magnitude = std::pow(10.0, exponent(random));
      data.push_back(i % 2 ? magnitude : -magnitude);
    }
    for (double v : {0.0, -0.0, inf, -inf, tiny, -tiny, 1.0, -1.0, 1.0, 0.0, -0.0})
      data.push_back(v);
    QVERIFY(sortsLikeStd(data));
  }

  void manyTies() {
    std::mt19937_64 random(3);
    std::uniform_int_distribution<int> few(0, 9);
    std::vector<double> data(100'000);
    for (double& v : data) v = few(random) * 0.25 - 1;
    QVERIFY(sortsLikeStd(data));
    QVERIFY(sortsLikeStd(std::vector<double>(5'000, 2.5)));  // all equal: nothing moves
  }

  // (value, index) records come out ordered by value, each record intact.
  void recordsKeyedByADouble() {
    std::mt19937_64 random(5);
    std::normal_distribution<double> normal(0, 1);
    std::vector<std::pair<double, std::uint32_t>> records(50'000);
    for (std::uint32_t i = 0; i < records.size(); ++i) records[i] = {normal(random), i};
    const auto original = records;
    radixSort(records.data(), records.size(),
              [](const std::pair<double, std::uint32_t>& r) { return radixKey(r.first); });
    for (std::size_t i = 1; i < records.size(); ++i)
      QVERIFY(records[i - 1].first <= records[i].first);
    for (const auto& [value, index] : records) QCOMPARE(original[index].first, value);
  }
};

QTEST_APPLESS_MAIN(TestRadixSort)
#include "test_radixsort.moc"
