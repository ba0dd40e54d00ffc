// Monte Carlo on DCF scenarios built in this file. The expected values come from a one-year DCF
// solved by hand (below), from closed-form probabilities of the input distributions, and from
// re-drawing the same Philox uniforms outside the engine.
//
// The hand case, "one year, exit multiple": base revenue 100 growing 10 % → revenue 110;
// EBIT margin 20 % → EBIT 22; tax 25 % → NOPAT 16.5; D&A = capex = 5 % of revenue (5.5 each)
// and no working capital, so FCFF_1 = 16.5; EBITDA_1 = EBIT + D&A = 27.5. WACC 10 % (direct),
// end-of-year discounting, no stub, TV = multiple × EBITDA_1 at the end of year 1; cash 20,
// debt 50, one share, no options:
//   VPS(M) = (FCFF_1 + M·EBITDA_1)/(1 + WACC) − debt + cash = (16.5 + 27.5·M)/1.1 − 30
//          = 25·M − 15,                         so VPS(10) = 235 and dVPS/dM = 25.
#include <QtTest>

#include <bit>
#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

#include "core/analytics/analyticsjson.h"
#include "core/analytics/correlation.h"
#include "core/analytics/montecarlo.h"
#include "core/analytics/montecarlosettings.h"
#include "core/analytics/normal.h"
#include "core/analytics/philox.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/models/dcf/dcfanalytics.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/registry.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"

using namespace valor;
using valor::testing::documentOf;
using valor::testing::errorText;
using valor::testing::normalInput;
using valor::testing::oneYearScenario;
using valor::testing::uniformInput;

namespace {

constexpr double kFcff1 = 16.5;
constexpr double kEbitda1 = 27.5;
constexpr double kWacc = 0.10;
constexpr double kDebt = 50;
constexpr double kCash = 20;
// The hand formula for the one-year exit-multiple case.
double handValuePerShare(double multiple, double cash = kCash, double debt = kDebt) {
  return (kFcff1 + multiple * kEbitda1) / (1 + kWacc) - debt + cash;
}

const char* const kMultiple = "dcf.terminal_value.multiple";
const char* const kGrowth = "dcf.terminal_value.growth";
const char* const kTax = "dcf.tax_rate.value";
const char* const kCashPath = "dcf.equity_bridge.cash";
const char* const kDebtPath = "dcf.equity_bridge.debt";

ScenarioDocument exitMultipleCase() {
  return documentOf(
      oneYearScenario(R"({"method": "exit_multiple", "multiple": 10, "metric": "ev_ebitda"})"));
}
// Gordon with g = 2 %: TV = 16.5·1.02/0.08.
ScenarioDocument gordonCase() {
  return documentOf(oneYearScenario(R"({"method": "gordon", "growth": 0.02})"));
}

QString samplePath(const char* name) {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR "/../../resources/samples/") +
         QString::fromLatin1(name);
}

ScenarioDocument sample(const char* name) {
  auto text = readTextFile(samplePath(name).toStdString(), 8 << 20);
  if (!text) qFatal("%s: %s", name, text.error().message.c_str());
  return documentOf(text.value());
}

// The error of a failed result, for a failure message (empty on success; evaluated eagerly).
template <typename T>
QByteArray why(const Result<T>& r) {
  return r ? QByteArray() : QByteArray::fromStdString(errorText(r.error()));
}

// Runs and fails the test (returning an empty result) on an error.
struct Run {
  std::optional<PreparedMonteCarlo> prepared;
  std::optional<MonteCarloResult> result;
  QByteArray error;
};
Run simulate(const ScenarioDocument& doc, const MonteCarloSettings& settings,
             jobs::ThreadPool& pool, unsigned threads = 0) {
  Run run;
  auto p = prepareMonteCarlo(doc, settings);
  if (!p) {
    run.error = QByteArray::fromStdString("prepareMonteCarlo: " + errorText(p.error()));
    return run;
  }
  run.prepared = std::move(p).value();
  auto r = runMonteCarlo(*run.prepared, pool, threads);
  if (!r) {
    run.error = QByteArray::fromStdString("runMonteCarlo: " + errorText(r.error()));
    return run;
  }
  run.result = std::move(r).value();
  return run;
}

// The first field in which two results differ, bit for bit; empty when identical.
QString firstDifference(const MonteCarloResult& a, const MonteCarloResult& b) {
  auto same = [](double x, double y) {
    return std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
  };
  auto number = [&](const char* name, double x, double y) -> QString {
    if (same(x, y)) return {};
    return QStringLiteral("%1: %2 vs %3")
        .arg(QLatin1String(name))
        .arg(x, 0, 'g', 17)
        .arg(y, 0, 'g', 17);
  };
  auto optional = [&](const char* name, const std::optional<double>& x,
                      const std::optional<double>& y) -> QString {
    if (x.has_value() != y.has_value())
      return QLatin1String(name) + QStringLiteral(": set vs unset");
    return x ? number(name, *x, *y) : QString();
  };
  if (a.paths != b.paths) return QStringLiteral("paths");
  if (a.valued != b.valued) return QStringLiteral("valued: %1 vs %2").arg(a.valued).arg(b.valued);
  if (a.failures != b.failures) return QStringLiteral("failures");
  if (a.outOfRangeByInput != b.outOfRangeByInput) return QStringLiteral("outOfRangeByInput");
  if (a.output != b.output) return QStringLiteral("output");
  for (const QString& d :
       {number("baseOutput", a.baseOutput, b.baseOutput), number("mean", a.mean, b.mean),
        number("median", a.median, b.median),
        number("standardDeviation", a.standardDeviation, b.standardDeviation),
        number("standardError", a.standardError, b.standardError), number("min", a.min, b.min),
        number("max", a.max, b.max), optional("targetPrice", a.targetPrice, b.targetPrice),
        optional("probabilityAbove", a.probabilityAbove, b.probabilityAbove),
        number("histogramStart", a.histogramStart, b.histogramStart),
        number("binWidth", a.binWidth, b.binWidth)})
    if (!d.isEmpty()) return d;
  if (a.percentiles.size() != b.percentiles.size()) return QStringLiteral("percentile count");
  for (std::size_t i = 0; i < a.percentiles.size(); ++i)
    if (!same(a.percentiles[i].level, b.percentiles[i].level) ||
        !same(a.percentiles[i].value, b.percentiles[i].value))
      return QStringLiteral("percentile %1").arg(a.percentiles[i].level);
  if (a.histogram != b.histogram) return QStringLiteral("histogram counts");
  if (a.below != b.below || a.above != b.above) return QStringLiteral("histogram below/above");
  if (a.cdf.size() != b.cdf.size()) return QStringLiteral("cdf size");
  for (std::size_t i = 0; i < a.cdf.size(); ++i)
    if (!same(a.cdf[i].level, b.cdf[i].level) || !same(a.cdf[i].value, b.cdf[i].value))
      return QStringLiteral("cdf at %1").arg(a.cdf[i].level);
  if (a.convergence.size() != b.convergence.size()) return QStringLiteral("convergence size");
  for (std::size_t i = 0; i < a.convergence.size(); ++i)
    if (a.convergence[i].paths != b.convergence[i].paths ||
        !same(a.convergence[i].mean, b.convergence[i].mean) ||
        !same(a.convergence[i].halfWidth, b.convergence[i].halfWidth))
      return QStringLiteral("convergence point %1").arg(i);
  if (a.rankCorrelations.size() != b.rankCorrelations.size())
    return QStringLiteral("rank correlation count");
  for (std::size_t i = 0; i < a.rankCorrelations.size(); ++i)
    if (a.rankCorrelations[i].path != b.rankCorrelations[i].path ||
        a.rankCorrelations[i].rho.has_value() != b.rankCorrelations[i].rho.has_value() ||
        !same(a.rankCorrelations[i].rho.value_or(0), b.rankCorrelations[i].rho.value_or(0)))
      return QStringLiteral("rank correlation of %1")
          .arg(QString::fromStdString(a.rankCorrelations[i].path));
  return {};
}

// The uniform draw `d` of path `n`, as the engine makes it (documented in montecarlo.h).
double uniformOf(std::uint64_t seed, std::uint64_t n, std::size_t d, std::size_t count) {
  std::vector<double> u(count);
  PathUniforms(seed, n).fill(u.data(), count);
  return u[d];
}

// Spearman's rho of a bivariate normal pair with Pearson correlation r: (6/π)·asin(r/2).
double spearmanOfNormal(double r) {
  return 6 / 3.14159265358979323846 * std::asin(r / 2);
}

}  // namespace

class TestMonteCarlo : public QObject {
  Q_OBJECT

 private slots:
  void handCaseIsWhatTheTestAssumes() {
    // The deterministic valuation of the scenario is the hand formula at the base multiple.
    jobs::ThreadPool pool(1);
    MonteCarloSettings s;
    s.paths = 1;
    s.inputs = {normalInput(kMultiple, 10, 1)};
    auto p = prepareMonteCarlo(exitMultipleCase(), s);
    QVERIFY2(p, why(p).constData());
    QVERIFY(std::fabs(p.value().model->baseOutputs()[0] - handValuePerShare(10)) <= 1e-12 * 235);
    QVERIFY(std::fabs(handValuePerShare(10) - 235) <= 1e-12);
  }

  // (a) VPS = 25·M − 15 with M ~ N(10, 1): VPS ~ N(235, 25²).
  void linearCaseMatchesTheClosedForm() {
    jobs::ThreadPool pool(2);
    MonteCarloSettings s;
    s.paths = 100000;
    s.seed = 42;
    s.targetPrice = 260;  // one sd above the mean
    s.inputs = {normalInput(kMultiple, 10, 1)};
    const Run run = simulate(exitMultipleCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    const MonteCarloResult& r = *run.result;
    const double n = static_cast<double>(s.paths);
    const double expectedMean = handValuePerShare(10);       // 235
    const double expectedSd = kEbitda1 / (1 + kWacc) * 1.0;  // 25 per unit of multiple sd
    QCOMPARE(r.paths, s.paths);
    QCOMPARE(r.valued, s.paths);  // M < 0 has probability Φ(−10): none
    QVERIFY(std::fabs(r.baseOutput - expectedMean) <= 1e-12 * expectedMean);
    const double se = expectedSd / std::sqrt(n);
    const QString inputs =
        QStringLiteral(
            "one-year exit-multiple case, M ~ N(10, 1), 100000 paths, seed 42: mean %1, sd %2")
            .arg(r.mean, 0, 'g', 17)
            .arg(r.standardDeviation, 0, 'g', 17);
    QVERIFY2(std::fabs(r.mean - expectedMean) <= 4 * se, qPrintable(inputs));
    QVERIFY2(std::fabs(r.standardDeviation - expectedSd) <= 0.01 * expectedSd, qPrintable(inputs));
    QVERIFY(std::fabs(r.standardError - r.standardDeviation / std::sqrt(n)) <= 1e-12);
    // P95 ≈ μ + 1.6449·σ; a sample quantile's standard error is √(p(1−p)/n)/f(x_p) with
    // f(x_p) = φ(1.6449)/σ, about 0.17 here: allow 4 of those.
    const double z95 = 1.6448536269514722;
    double p95 = 0, p50 = 0, p5 = 0;
    for (const Percentile& q : r.percentiles) {
      if (std::fabs(q.level - 0.95) < 1e-12) p95 = q.value;
      if (std::fabs(q.level - 0.50) < 1e-12) p50 = q.value;
      if (std::fabs(q.level - 0.05) < 1e-12) p5 = q.value;
    }
    const double quantileSe = std::sqrt(0.95 * 0.05 / n) / (normalPdf(z95) / expectedSd);
    QVERIFY2(std::fabs(p95 - (expectedMean + z95 * expectedSd)) <= 4 * quantileSe,
             qPrintable(inputs + QStringLiteral(", P95 %1").arg(p95, 0, 'g', 17)));
    QVERIFY2(std::fabs(p5 - (expectedMean - z95 * expectedSd)) <= 4 * quantileSe,
             qPrintable(inputs + QStringLiteral(", P5 %1").arg(p5, 0, 'g', 17)));
    const double medianSe = std::sqrt(0.25 / n) / (normalPdf(0) / expectedSd);
    QVERIFY(std::fabs(p50 - expectedMean) <= 4 * medianSe);
    QCOMPARE(r.median, p50);
    // P(VPS > 260) = 1 − Φ(1) = 0.158655…, binomial standard error √(p(1−p)/n).
    const double above = 0.5 * std::erfc(1 / std::sqrt(2.0));
    QVERIFY(r.probabilityAbove);
    QVERIFY2(std::fabs(*r.probabilityAbove - above) <= 4 * std::sqrt(above * (1 - above) / n),
             qPrintable(QString::number(*r.probabilityAbove, 'g', 17)));
    // The rank correlation of a strictly increasing function of the input is 1.
    QCOMPARE(r.rankCorrelations.size(), std::size_t{1});
    QVERIFY(r.rankCorrelations[0].rho);
    QVERIFY(std::fabs(*r.rankCorrelations[0].rho - 1) <= 1e-12);
  }

  void resultShape() {
    jobs::ThreadPool pool(2);
    MonteCarloSettings s;
    s.paths = 20000;
    s.inputs = {normalInput(kMultiple, 10, 1)};
    const Run run = simulate(exitMultipleCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    const MonteCarloResult& r = *run.result;
    // Percentiles P1 … P99 in order and increasing.
    const double levels[] = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};
    QCOMPARE(r.percentiles.size(), std::size(levels));
    for (std::size_t i = 0; i < std::size(levels); ++i) {
      QCOMPARE(r.percentiles[i].level, levels[i]);
      if (i > 0) QVERIFY(r.percentiles[i].value >= r.percentiles[i - 1].value);
    }
    // CDF at every percent from 0 to 100, from the min to the max.
    QCOMPARE(r.cdf.size(), std::size_t{101});
    QCOMPARE(r.cdf.front().value, r.min);
    QCOMPARE(r.cdf.back().value, r.max);
    for (std::size_t k = 1; k < r.cdf.size(); ++k) QVERIFY(r.cdf[k].value >= r.cdf[k - 1].value);
    // Histogram: every valued path counted once, in a bin or below/above the [P0.5, P99.5]
    // range (about 0.5 % each side).
    std::uint64_t counted = r.below + r.above;
    for (const std::uint64_t c : r.histogram) counted += c;
    QCOMPARE(counted, r.valued);
    QCOMPARE(r.histogram.size(), std::size_t{60});
    QVERIFY(r.binWidth > 0);
    QVERIFY(r.below > 0 && r.below <= 2 * s.paths / 200);
    QVERIFY(r.above > 0 && r.above <= 2 * s.paths / 200);
    // Convergence: increasing path counts ending at all paths, whose mean is the result's.
    QVERIFY(!r.convergence.empty());
    for (std::size_t i = 1; i < r.convergence.size(); ++i)
      QVERIFY(r.convergence[i].paths > r.convergence[i - 1].paths);
    QCOMPARE(r.convergence.back().paths, s.paths);
    QVERIFY(std::fabs(r.convergence.back().mean - r.mean) <= 1e-9 * r.mean);
    // Its last half-width is 1.96·SE.
    QVERIFY(std::fabs(r.convergence.back().halfWidth - 1.96 * r.standardError) <=
            1e-6 * r.standardError);
    QVERIFY(!r.probabilityAbove && !r.targetPrice);
  }

  void percentilesAreExcelsPercentileInc() {
    // Hyndman and Fan type 7: position p·(n − 1), linear between neighbours.
    const std::vector<double> sorted = {1, 2, 3, 4, 5};
    const std::vector<double> got = percentilesOf(sorted, {0, 0.1, 0.25, 0.5, 0.9, 1});
    // 0 → 1; 0.1 → 0.4 → 1.4; 0.25 → 1 → 2; 0.5 → 3; 0.9 → 3.6 → 4.6; 1 → 5.
    const std::vector<double> expected = {1, 1.4, 2, 3, 4.6, 5};
    for (std::size_t i = 0; i < expected.size(); ++i)
      QVERIFY2(std::fabs(got[i] - expected[i]) <= 1e-12, qPrintable(QString::number(got[i])));
    // Excel: PERCENTILE.INC({1, 2, 3, 4}, 0.3) = 1.9.
    QVERIFY(std::fabs(percentilesOf({1, 2, 3, 4}, {0.3})[0] - 1.9) <= 1e-12);
    QVERIFY(percentilesOf(std::vector<double>{}, {0.5}).empty());
    QCOMPARE(percentilesOf({7}, {0, 0.5, 1}), (std::vector<double>{7, 7, 7}));
  }

  // (b) The same seed gives the same bits with 1, 2 or 8 threads, and on a second run.
  void reproducibleAcrossThreadCounts() {
    // Northwind's saved settings (beta, terminal growth, stage-3 margin, one correlation) plus a
    // tax rate wide enough to be out of range on some paths, so failures are compared too.
    const ScenarioDocument doc = sample("northwind.valor.json");
    auto settings = monteCarloSettings(doc);
    QVERIFY2(settings, why(settings).constData());
    MonteCarloSettings s = settings.value();
    s.paths = 30000;  // several chunks of 8192 paths
    s.inputs.push_back(normalInput(kTax, 0.24, 0.2));
    jobs::ThreadPool pool(8);
    auto p = prepareMonteCarlo(doc, s);
    QVERIFY2(p, why(p).constData());
    jobs::Progress progress;
    auto one = runMonteCarlo(p.value(), pool, 1, {}, &progress);
    QVERIFY2(one, why(one).constData());
    QCOMPARE(progress.done.load(), s.paths);
    QCOMPARE(progress.total.load(), s.paths);
    QVERIFY(one.value().failures[kPathOutOfRange] > 0);
    QVERIFY(one.value().valued > 0);
    for (const unsigned threads : {2u, 8u, 0u, 1u}) {
      auto other = runMonteCarlo(p.value(), pool, threads);
      QVERIFY2(other, why(other).constData());
      const QString difference = firstDifference(one.value(), other.value());
      QVERIFY2(difference.isEmpty(),
               qPrintable(QStringLiteral("1 thread vs %1: %2").arg(threads).arg(difference)));
    }
    // Prepared again from scratch with the same seed: the same bits.
    auto again = prepareMonteCarlo(doc, s);
    QVERIFY(again);
    jobs::ThreadPool otherPool(3);
    auto repeat = runMonteCarlo(again.value(), otherPool, 3);
    QVERIFY(repeat);
    QVERIFY2(firstDifference(one.value(), repeat.value()).isEmpty(),
             qPrintable(firstDifference(one.value(), repeat.value())));
    // Another seed: other draws, another mean.
    s.seed += 1;
    auto reseeded = prepareMonteCarlo(doc, s);
    QVERIFY(reseeded);
    auto different = runMonteCarlo(reseeded.value(), pool, 2);
    QVERIFY(different);
    QVERIFY(different.value().mean != one.value().mean);
    QVERIFY(std::fabs(different.value().mean - one.value().mean) <
            8 * one.value().standardError);  // but the same distribution
  }

  // (c) A stop request ends a long run promptly with "analytics.cancelled".
  void cancelReturnsPromptly() {
    using Clock = std::chrono::steady_clock;
    MonteCarloSettings s;
    s.paths = kMaxMonteCarloPaths;  // 10,000,000: far longer than the test waits
    s.inputs = {normalInput(kMultiple, 10, 1)};
    auto p = prepareMonteCarlo(exitMultipleCase(), s);
    QVERIFY2(p, why(p).constData());
    jobs::ThreadPool pool(2);
    std::stop_source stop;
    jobs::Progress progress;
    Clock::time_point requested{};
    std::jthread canceller([&] {
      // About 50 ms in, and only once paths are being simulated.
      const auto start = Clock::now();
      while (Clock::now() - start < std::chrono::milliseconds(50) || progress.done.load() == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      requested = Clock::now();
      stop.request_stop();
    });
    auto r = runMonteCarlo(p.value(), pool, 0, stop.get_token(), &progress);
    const auto returned = Clock::now();
    canceller.join();
    QVERIFY(!r);
    QCOMPARE(r.error().code, std::string("analytics.cancelled"));
    QVERIFY(progress.done.load() < s.paths);
    const auto latency =
        std::chrono::duration_cast<std::chrono::milliseconds>(returned - requested).count();
    QVERIFY2(latency <= 100, qPrintable(QStringLiteral("returned %1 ms after the stop request "
                                                       "(%2 of 10,000,000 paths done)")
                                            .arg(latency)
                                            .arg(progress.done.load())));
  }

  // (d) Paths that cannot be valued are counted by reason, never dropped.
  void growthAtOrAboveWaccIsCounted() {
    // Gordon, WACC 10 % direct, g ~ U(0.02, 0.12) = U(0.02, WACC + 0.02): g ≥ WACC on a share
    // (0.12 − 0.10)/(0.12 − 0.02) = 0.2 of the paths.
    MonteCarloSettings s;
    s.paths = 20000;
    s.seed = 7;
    s.inputs = {uniformInput(kGrowth, 0.02, 0.12)};
    jobs::ThreadPool pool(2);
    const Run run = simulate(gordonCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    const MonteCarloResult& r = *run.result;
    const auto failed = r.failures[DcfPathFailure::GrowthNotBelowWacc];
    QVERIFY(failed > 0);
    std::uint64_t total = r.valued;
    for (const std::uint64_t f : r.failures) total += f;
    QCOMPARE(total, s.paths);
    QCOMPARE(r.valued + failed, s.paths);  // no other reason here
    // The same draws outside the engine: u → z = Φ⁻¹(u) → g = min + (max − min)·Φ(z).
    std::uint64_t expected = 0;
    for (std::uint64_t n = 0; n < s.paths; ++n) {
      const double g = 0.02 + (0.12 - 0.02) * normalCdf(normalQuantile(uniformOf(s.seed, n, 0, 1)));
      if (!(g < kWacc)) ++expected;
    }
    QCOMPARE(failed, expected);
    const double share = static_cast<double>(failed) / static_cast<double>(s.paths);
    QVERIFY2(std::fabs(share - 0.2) <= 4 * std::sqrt(0.2 * 0.8 / static_cast<double>(s.paths)),
             qPrintable(QString::number(share)));
    // The statistics use the valued paths only: every valued path had g < 10 %, so the value
    // per share is finite and above that at g = 2 %.
    QCOMPARE(r.histogram.size(), std::size_t{60});
    QVERIFY(std::isfinite(r.mean) && std::isfinite(r.max));
    QVERIFY(r.min >= r.baseOutput - 1e-9);
  }

  void outOfRangeDrawIsCountedForItsInput() {
    // Tax rate ~ N(0.25, 1) on [0, 1): out of range with probability
    // Φ(−0.25) + Φ(−0.75) ≈ 0.4013 + 0.2266 = 0.6279. A second input stays in range.
    MonteCarloSettings s;
    s.paths = 20000;
    s.seed = 99;
    s.inputs = {normalInput(kMultiple, 10, 0.5), normalInput(kTax, 0.25, 1)};
    jobs::ThreadPool pool(2);
    const Run run = simulate(exitMultipleCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    const MonteCarloResult& r = *run.result;
    const auto outOfRange = r.failures[kPathOutOfRange];
    QCOMPARE(r.outOfRangeByInput.size(), std::size_t{2});
    QCOMPARE(r.outOfRangeByInput[0], std::uint64_t{0});
    QCOMPARE(r.outOfRangeByInput[1], outOfRange);
    QCOMPARE(r.valued + outOfRange, s.paths);
    // The same draws: the tax rate is 0.25 + z₂ with z₂ = Φ⁻¹(u₂) (uncorrelated).
    std::uint64_t expected = 0;
    for (std::uint64_t n = 0; n < s.paths; ++n) {
      const double tax = 0.25 + 1 * normalQuantile(uniformOf(s.seed, n, 1, 2));
      if (tax < 0 || tax >= 1) ++expected;
    }
    QCOMPARE(outOfRange, expected);
    const double probability =
        0.5 * std::erfc(0.25 / std::sqrt(2.0)) + 0.5 * std::erfc(0.75 / std::sqrt(2.0));
    const double share = static_cast<double>(outOfRange) / static_cast<double>(s.paths);
    QVERIFY2(std::fabs(share - probability) <=
                 4 * std::sqrt(probability * (1 - probability) / static_cast<double>(s.paths)),
             qPrintable(QString::number(share)));
  }

  void rangeIsCheckedBeforeGrowth() {
    // Both reasons at once: g ~ U(0.02, 0.12) (input 0) and tax ~ N(0.25, 1) (input 1). A path
    // with the tax out of range counts as out_of_range for input 1, whatever its g; the others
    // fail on g ≥ WACC or are valued.
    MonteCarloSettings s;
    s.paths = 10000;
    s.seed = 5;
    s.inputs = {uniformInput(kGrowth, 0.02, 0.12), normalInput(kTax, 0.25, 1)};
    jobs::ThreadPool pool(2);
    const Run run = simulate(gordonCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    const MonteCarloResult& r = *run.result;
    std::uint64_t range = 0, growth = 0, valued = 0;
    for (std::uint64_t n = 0; n < s.paths; ++n) {
      const double g = 0.02 + (0.12 - 0.02) * normalCdf(normalQuantile(uniformOf(s.seed, n, 0, 2)));
      const double tax = 0.25 + normalQuantile(uniformOf(s.seed, n, 1, 2));
      if (tax < 0 || tax >= 1)
        ++range;
      else if (!(g < kWacc))
        ++growth;
      else
        ++valued;
    }
    QCOMPARE(r.failures[kPathOutOfRange], range);
    QCOMPARE(r.outOfRangeByInput[1], range);
    QCOMPARE(r.failures[DcfPathFailure::GrowthNotBelowWacc], growth);
    QCOMPARE(r.valued, valued);
  }

  void nothingValued() {
    // g ~ U(0.11, 0.2) is never below the 10 % WACC: every path fails, no statistics.
    MonteCarloSettings s;
    s.paths = 1000;
    s.inputs = {uniformInput(kGrowth, 0.11, 0.2)};
    jobs::ThreadPool pool(2);
    const Run run = simulate(gordonCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    QCOMPARE(run.result->valued, std::uint64_t{0});
    QCOMPARE(run.result->failures[DcfPathFailure::GrowthNotBelowWacc], s.paths);
    QVERIFY(run.result->percentiles.empty());
  }

  // (e) Correlated inputs.
  void correlationWidensTheSpread() {
    // VPS = 25·M + cash − 35 with M ~ N(10, 0.4) and cash ~ N(100, 10), correlation ρ of their
    // scores: both contribute an sd of 10, so Var = 100 + 100 + 2ρ·100.
    //   ρ = 0.8: Var = 360, sd = 18.974; ρ = 0: sd = 14.142; ρ = 1: sd = 20 exactly.
    // Spearman of each input with the output: r = (100 + ρ·100)/(10·sd), ρ_s = (6/π)·asin(r/2).
    for (const double rho : {0.8, 0.0, 1.0, -0.5}) {
      MonteCarloSettings s;
      s.paths = 100000;
      s.seed = 2024;
      s.inputs = {normalInput(kMultiple, 10, 0.4), normalInput(kCashPath, 100, 10)};
      if (rho != 0) s.correlations = {{kMultiple, kCashPath, rho}};
      jobs::ThreadPool pool(2);
      const Run run = simulate(exitMultipleCase(), s, pool);
      QVERIFY2(run.result, run.error.constData());
      const MonteCarloResult& r = *run.result;
      const double expectedMean = handValuePerShare(10, 100);  // 315
      const double expectedSd = std::sqrt(200 + 200 * rho);
      const QString inputs = QStringLiteral("rho %1: mean %2, sd %3 (expected %4, %5)")
                                 .arg(rho)
                                 .arg(r.mean, 0, 'g', 17)
                                 .arg(r.standardDeviation, 0, 'g', 17)
                                 .arg(expectedMean, 0, 'g', 17)
                                 .arg(expectedSd, 0, 'g', 17);
      QCOMPARE(r.valued, s.paths);
      QVERIFY2(std::fabs(r.mean - expectedMean) <= 4 * expectedSd / std::sqrt(1e5) + 1e-9,
               qPrintable(inputs));
      QVERIFY2(std::fabs(r.standardDeviation - expectedSd) <= 0.01 * expectedSd,
               qPrintable(inputs));
      const double pearson = (100 + rho * 100) / (10 * expectedSd);
      const double spearman = rho == 1 ? 1.0 : spearmanOfNormal(pearson);
      for (const RankCorrelation& c : r.rankCorrelations)
        QVERIFY2(c.rho && std::fabs(*c.rho - spearman) <= 0.005,
                 qPrintable(inputs + QStringLiteral(", Spearman of %1: %2, expected %3")
                                         .arg(QString::fromStdString(c.path))
                                         .arg(c.rho.value_or(0), 0, 'g', 17)
                                         .arg(spearman, 0, 'g', 17)));
    }
  }

  void correlatedScoresFollowTheCholeskyFactor() {
    // [[1, 0.8], [0.8, 1]] = L·Lᵀ with L = [[1, 0], [0.8, 0.6]] (0.6 = √(1 − 0.64)).
    MonteCarloSettings s;
    s.paths = 50000;
    s.seed = 31;
    s.inputs = {normalInput(kMultiple, 10, 0.4), normalInput(kCashPath, 100, 10)};
    s.correlations = {{kCashPath, kMultiple, 0.8}};  // either order
    auto p = prepareMonteCarlo(exitMultipleCase(), s);
    QVERIFY2(p, why(p).constData());
    QVERIFY(p.value().cholesky);
    const std::vector<double>& l = *p.value().cholesky;
    QCOMPARE(l.size(), std::size_t{4});
    QVERIFY(std::fabs(l[0] - 1) <= 1e-15 && l[1] == 0);
    QVERIFY(std::fabs(l[2] - 0.8) <= 1e-15 && std::fabs(l[3] - 0.6) <= 1e-15);
    QVERIFY(!p.value().repaired);
    // Drawn the same way outside the engine, the inputs' sample correlation is 0.8 within
    // 4 standard errors, (1 − ρ²)/√n.
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (std::uint64_t n = 0; n < s.paths; ++n) {
      double u[2];
      PathUniforms(s.seed, n).fill(u, 2);
      const double z1 = normalQuantile(u[0]), z2 = normalQuantile(u[1]);
      const double m = 10 + 0.4 * z1;
      const double cash = 100 + 10 * (0.8 * z1 + 0.6 * z2);
      sx += m;
      sy += cash;
      sxx += m * m;
      syy += cash * cash;
      sxy += m * cash;
    }
    const double n = static_cast<double>(s.paths);
    const double r = (sxy - sx * sy / n) / std::sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    QVERIFY2(std::fabs(r - 0.8) <= 4 * (1 - 0.64) / std::sqrt(n), qPrintable(QString::number(r)));
  }

  void inconsistentCorrelationsAreRefusedOrRepaired() {
    // ρ₁₂ = 0.9, ρ₁₃ = 0.9, ρ₂₃ = −0.9: if 1 moves with 2 and with 3, 2 and 3 cannot move
    // against each other (determinant 1 − 3·0.81 − 2·0.729 < 0).
    MonteCarloSettings s;
    s.paths = 2000;
    s.inputs = {normalInput(kMultiple, 10, 0.4), normalInput(kCashPath, 100, 10),
                normalInput(kDebtPath, 50, 5)};
    s.correlations = {
        {kMultiple, kCashPath, 0.9}, {kMultiple, kDebtPath, 0.9}, {kCashPath, kDebtPath, -0.9}};
    const ScenarioDocument doc = exitMultipleCase();
    auto refused = prepareMonteCarlo(doc, s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, std::string("montecarlo.correlation_not_psd"));
    const std::string& message = refused.error().message;
    int named = 0;
    for (const char* path : {kMultiple, kCashPath, kDebtPath})
      if (message.find(path) != std::string::npos) ++named;
    QVERIFY2(named >= 2, message.c_str());  // a pair of inputs, by path

    s.repairCorrelation = true;
    auto repaired = prepareMonteCarlo(doc, s);
    QVERIFY2(repaired, why(repaired).constData());
    const PreparedMonteCarlo& p = repaired.value();
    QVERIFY(p.repaired);
    QVERIFY(p.cholesky);
    const CorrelationMatrix& c = p.correlation;
    QCOMPARE(c.size, std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) {
      QCOMPARE(c.at(i, i), 1.0);
      for (std::size_t j = 0; j < 3; ++j) {
        QVERIFY(std::fabs(c.at(i, j) - c.at(j, i)) <= 1e-15);
        QVERIFY(c.at(i, j) >= -1 && c.at(i, j) <= 1);
      }
    }
    // The repair keeps the signs of the correlations asked for.
    QVERIFY(c.at(0, 1) > 0 && c.at(0, 2) > 0 && c.at(1, 2) < 0);
    QVERIFY(choleskyFactor(c).lower);
    jobs::ThreadPool pool(2);
    auto r = runMonteCarlo(p, pool);
    QVERIFY2(r, why(r).constData());
    QCOMPARE(r.value().valued, s.paths);
  }

  void choleskyOfSemiDefiniteMatrices() {
    // A correlation of exactly 1: [[1, 1], [1, 1]] = L·Lᵀ with L = [[1, 0], [1, 0]].
    CorrelationMatrix two = CorrelationMatrix::identity(2);
    two.at(0, 1) = two.at(1, 0) = 1;
    const CholeskyFactor f = choleskyFactor(two);
    QVERIFY(f.lower);
    QCOMPARE(*f.lower, (std::vector<double>{1, 0, 1, 0}));
    // Three inputs, the first two perfectly correlated: [[1, 1, .5], [1, 1, .5], [.5, .5, 1]].
    CorrelationMatrix three = CorrelationMatrix::identity(3);
    three.at(0, 1) = three.at(1, 0) = 1;
    three.at(0, 2) = three.at(2, 0) = 0.5;
    three.at(1, 2) = three.at(2, 1) = 0.5;
    const CholeskyFactor g = choleskyFactor(three);
    QVERIFY(g.lower);
    const std::vector<double>& l = *g.lower;
    for (std::size_t i = 0; i < 3; ++i)
      for (std::size_t j = 0; j < 3; ++j) {
        double s = 0;
        for (std::size_t k = 0; k < 3; ++k) s += l[i * 3 + k] * l[j * 3 + k];
        QVERIFY2(
            std::fabs(s - three.at(i, j)) <= 1e-14,
            qPrintable(QStringLiteral("(L·Lᵀ)[%1][%2] = %3").arg(i).arg(j).arg(s, 0, 'g', 17)));
      }
    // A negative-definite pair names both inputs: [[1, .9, .9], [.9, 1, −.9], [.9, −.9, 1]].
    CorrelationMatrix bad = CorrelationMatrix::identity(3);
    bad.at(0, 1) = bad.at(1, 0) = 0.9;
    bad.at(0, 2) = bad.at(2, 0) = 0.9;
    bad.at(1, 2) = bad.at(2, 1) = -0.9;
    const CholeskyFactor h = choleskyFactor(bad);
    QVERIFY(!h.lower);
    QVERIFY(h.first != h.second && h.first < 3 && h.second < 3);
    // The identity factors to itself.
    QCOMPARE(*choleskyFactor(CorrelationMatrix::identity(3)).lower,
             CorrelationMatrix::identity(3).values);
  }

  void repairLeavesAValidMatrixAlone() {
    // Eigenvalues of [[1, 0.5], [0.5, 1]] are 1.5 and 0.5, above the floor: unchanged.
    CorrelationMatrix c = CorrelationMatrix::identity(2);
    c.at(0, 1) = c.at(1, 0) = 0.5;
    const CorrelationMatrix r = repairCorrelation(c);
    for (std::size_t i = 0; i < 4; ++i) QVERIFY(std::fabs(r.values[i] - c.values[i]) <= 1e-12);
  }

  void perfectCorrelationGivesTheSumOfTheSpreads() {
    // ρ = 1 via prepareMonteCarlo: the two scores are equal, so VPS = 25·M + cash − 35 has
    // sd 10 + 10 = 20 — and every path lies on the line cash − 100 = 25·(M − 10).
    MonteCarloSettings s;
    s.paths = 20000;
    s.inputs = {normalInput(kMultiple, 10, 0.4), normalInput(kCashPath, 100, 10)};
    s.correlations = {{kMultiple, kCashPath, 1.0}};
    jobs::ThreadPool pool(2);
    const Run run = simulate(exitMultipleCase(), s, pool);
    QVERIFY2(run.result, run.error.constData());
    QVERIFY(!run.prepared->repaired);
    QVERIFY(std::fabs(run.result->standardDeviation - 20) <= 0.01 * 20);
  }

  void settingsErrorsNameTheirPlace_data() {
    QTest::addColumn<int>("variant");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no inputs") << 0 << QByteArray("montecarlo.no_inputs")
                               << QByteArray("at least one input");
    QTest::newRow("zero paths") << 1 << QByteArray("montecarlo.paths")
                                << QByteArray("monte_carlo.paths");
    QTest::newRow("too many paths")
        << 2 << QByteArray("montecarlo.paths") << QByteArray("10000000");
    QTest::newRow("bad distribution")
        << 3 << QByteArray("montecarlo.bad_distribution")
        << QByteArray("dcf.terminal_value.multiple: the normal distribution's sd");
    QTest::newRow("correlation with an input without distribution")
        << 4 << QByteArray("montecarlo.correlation_input") << QByteArray("dcf.equity_bridge.debt");
    QTest::newRow("self correlation")
        << 5 << QByteArray("montecarlo.correlation_self") << QByteArray("with itself");
    QTest::newRow("rho above 1") << 6 << QByteArray("montecarlo.correlation_range")
                                 << QByteArray("between -1 and 1");
    QTest::newRow("pair twice") << 7 << QByteArray("montecarlo.correlation_twice")
                                << QByteArray("correlated twice");
    QTest::newRow("unknown input")
        << 8 << QByteArray("analytics.bad_input") << QByteArray("dcf.no_such_field");
    QTest::newRow("input twice") << 9 << QByteArray("analytics.duplicate_input")
                                 << QByteArray("dcf.terminal_value.multiple");
  }
  void settingsErrorsNameTheirPlace() {
    QFETCH(int, variant);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, mentions);
    MonteCarloSettings s;
    s.paths = 100;
    s.inputs = {normalInput(kMultiple, 10, 1), normalInput(kCashPath, 100, 10)};
    switch (variant) {
      case 0:
        s.inputs.clear();
        break;
      case 1:
        s.paths = 0;
        break;
      case 2:
        s.paths = kMaxMonteCarloPaths + 1;
        break;
      case 3:
        s.inputs[0].distribution.sd = -1;
        break;
      case 4:
        s.correlations = {{kMultiple, kDebtPath, 0.5}};
        break;
      case 5:
        s.correlations = {{kCashPath, kCashPath, 0.5}};
        break;
      case 6:
        s.correlations = {{kMultiple, kCashPath, 1.5}};
        break;
      case 7:
        s.correlations = {{kMultiple, kCashPath, 0.5}, {kCashPath, kMultiple, 0.4}};
        break;
      case 8:
        s.inputs[1].path = "dcf.no_such_field";
        break;
      case 9:
        s.inputs[1].path = kMultiple;
        break;
      default:
        QFAIL("unknown variant");
    }
    auto p = prepareMonteCarlo(exitMultipleCase(), s);
    QVERIFY(!p);
    QCOMPARE(QByteArray::fromStdString(p.error().code), code);
    QVERIFY2(QByteArray::fromStdString(p.error().message).contains(mentions), why(p).constData());
  }

  // (f) The Northwind sample's saved settings.
  void northwindSettings() {
    const ScenarioDocument doc = sample("northwind.valor.json");
    auto read = monteCarloSettings(doc);
    QVERIFY2(read, why(read).constData());
    const MonteCarloSettings& s = read.value();
    QCOMPARE(s.paths, std::uint64_t{100000});
    QCOMPARE(s.seed, std::uint64_t{2026});
    QCOMPARE(s.output, std::string("value_per_share"));
    QVERIFY(s.targetPrice && *s.targetPrice == 30.0);
    QVERIFY(!s.repairCorrelation);
    QCOMPARE(s.inputs.size(), std::size_t{3});
    // beta ~ normal(0.90, 0.10)
    QCOMPARE(s.inputs[0].path, std::string("dcf.discount_rate.beta"));
    QCOMPARE(s.inputs[0].distribution.kind, DistributionKind::Normal);
    QCOMPARE(s.inputs[0].distribution.mean, 0.90);
    QCOMPARE(s.inputs[0].distribution.sd, 0.10);
    // g ~ triangular(0.015, 0.025, 0.030)
    QCOMPARE(s.inputs[1].path, std::string("dcf.terminal_value.growth"));
    QCOMPARE(s.inputs[1].distribution.kind, DistributionKind::Triangular);
    QCOMPARE(s.inputs[1].distribution.min, 0.015);
    QCOMPARE(s.inputs[1].distribution.mode, 0.025);
    QCOMPARE(s.inputs[1].distribution.max, 0.030);
    // stage-3 EBIT margin ~ PERT(0.15, 0.17, 0.19)
    QCOMPARE(s.inputs[2].path, std::string("dcf.ebit_margin.stage3"));
    QCOMPARE(s.inputs[2].distribution.kind, DistributionKind::Pert);
    QCOMPARE(s.inputs[2].distribution.min, 0.15);
    QCOMPARE(s.inputs[2].distribution.mode, 0.17);
    QCOMPARE(s.inputs[2].distribution.max, 0.19);
    // One correlation: g with the stage-3 margin, 0.3.
    QCOMPARE(s.correlations.size(), std::size_t{1});
    QCOMPARE(s.correlations[0].first, std::string("dcf.terminal_value.growth"));
    QCOMPARE(s.correlations[0].second, std::string("dcf.ebit_margin.stage3"));
    QCOMPARE(s.correlations[0].rho, 0.3);
    // And they prepare: every path is an input of the Northwind valuation.
    auto p = prepareMonteCarlo(doc, s);
    QVERIFY2(p, why(p).constData());
    QVERIFY(p.value().cholesky);
  }

  void scenarioWithoutSettings() {
    auto read = monteCarloSettings(exitMultipleCase());
    QVERIFY(read);
    QVERIFY(read.value().inputs.empty());
    QCOMPARE(read.value().paths, std::uint64_t{10000});
    QCOMPARE(read.value().seed, std::uint64_t{1});
  }

  void settingsWithAnUnknownDistribution() {
    std::string json = oneYearScenario(R"({"method": "exit_multiple", "multiple": 10})");
    json.insert(json.rfind('}'), R"(, "monte_carlo": {"inputs": [
        {"field": "dcf.terminal_value.multiple", "distribution": "gamma", "mean": 1}]})");
    auto parse = parseScenarioJson(json, seededIdGenerator(3));
    if (!parse.ok()) QSKIP("the schema refuses the unknown distribution when reading");
    auto read = monteCarloSettings(parse.value());
    QVERIFY(!read);
    QVERIFY2(QString::fromStdString(read.error().message).contains(QLatin1String("gamma")),
             why(read).constData());
  }

  // Half-finished simulation settings are the simulation's problem, not the valuation's.
  void brokenSettingsLeaveTheValuationAlone_data() {
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("named");
    QTest::newRow("a normal without its mean")
        << R"({"inputs": [{"field": "dcf.terminal_value.multiple", "distribution": "normal",
               "sd": 1}]})"
        << "monte_carlo.inputs[0].mean is required for a normal distribution";
    QTest::newRow("a triangular without its mode")
        << R"({"inputs": [{"field": "dcf.terminal_value.multiple", "distribution": "triangular",
               "min": 8, "max": 12}]})"
        << "monte_carlo.inputs[0].mode is required";
    QTest::newRow("a discrete without outcomes")
        << R"({"inputs": [{"field": "dcf.terminal_value.multiple", "distribution": "discrete"}]})"
        << "monte_carlo.inputs[0].outcomes";
    QTest::newRow("a correlation without rho")
        << R"({"inputs": [{"field": "dcf.terminal_value.multiple", "distribution": "normal",
               "mean": 10, "sd": 1}],
               "correlations": [{"first": "a", "second": "b"}]})"
        << "monte_carlo.correlations[0].rho is required";
    QTest::newRow("negative paths") << R"({"paths": -5})"
                                    << "monte_carlo.paths";
  }
  void brokenSettingsLeaveTheValuationAlone() {
    QFETCH(QString, settings);
    QFETCH(QString, named);
    std::string json = oneYearScenario(R"({"method": "exit_multiple", "multiple": 10})");
    json.insert(json.rfind('}'), ", \"monte_carlo\": " + settings.toStdString());
    const ScenarioDocument doc = documentOf(json);
    const DcfEvaluation evaluation = evaluateDcfScenario(doc);
    QVERIFY(evaluation.result);
    QVERIFY(std::fabs(evaluation.result->valuePerShare - handValuePerShare(10)) <= 1e-9);
    auto read = monteCarloSettings(doc);
    QVERIFY(!read);
    QVERIFY2(QString::fromStdString(read.error().message).contains(named), why(read).constData());
    QVERIFY(!monteCarloIssues(doc).empty());
  }

  void aPairIsCorrelatedOnce() {
    // The first correlation is 0, which must not hide the second from the check.
    MonteCarloSettings s;
    s.paths = 10;
    s.inputs = {normalInput(kMultiple, 10, 1), normalInput(kCashPath, 20, 2)};
    s.correlations = {{kMultiple, kCashPath, 0.0}, {kCashPath, kMultiple, 0.9}};
    auto prepared = prepareMonteCarlo(exitMultipleCase(), s);
    QVERIFY(!prepared);
    QVERIFY(QString::fromStdString(prepared.error().message).contains(QLatin1String("twice")));
  }

  void noValuedPathGivesNoStatistics() {
    // Growth uniform on [20 %, 30 %] is always above the 10 % WACC: nothing can be valued.
    MonteCarloSettings s;
    s.paths = 1000;
    StochasticInput g;
    g.path = kGrowth;
    g.distribution.kind = DistributionKind::Uniform;
    g.distribution.min = 0.2;
    g.distribution.max = 0.3;
    s.inputs = {g};
    auto prepared = prepareMonteCarlo(gordonCase(), s);
    QVERIFY2(prepared, why(prepared).constData());
    jobs::ThreadPool pool(2);
    auto run = runMonteCarlo(prepared.value(), pool);
    QVERIFY(run);
    QCOMPARE(run.value().valued, std::uint64_t{0});
    QCOMPARE(run.value().failures[DcfPathFailure::GrowthNotBelowWacc], std::uint64_t{1000});
    const auto json = monteCarloToJson(prepared.value(), run.value());
    QVERIFY(json["mean"].is_null());
    QVERIFY(json["percentiles"]["p50"].is_null());
    QVERIFY(json["standard_deviation"].is_null());
    QVERIFY(json["inputs"][0]["rank_correlation"].is_null());
  }
};

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "test_montecarlo.moc"
