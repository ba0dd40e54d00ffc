// Analytics speed targets (issue: background analytics), on this 2-core machine:
//   Monte Carlo, 10-year DCF with three correlated drivers: 1,000,000 paths ≤ 0.2 s on 2 cores,
//   and 1 → 2 threads ≥ 1.85× (the paths/s ratio); a 100 × 100 WACC × g grid ≤ 0.5 ms on one
//   core; a 200 × 200 sensitivity grid ≤ 10 ms; a 30-input tornado ≤ 1 ms; goal seek ≤ 50 µs.
// The case is the bundled Northwind sample: 10 years with a stub and mid-year discounting,
// a built-up WACC, three drivers (beta normal, terminal growth triangular, final EBIT margin
// PERT) with a correlation. Models are prepared once, outside the timed loop.
#include <benchmark/benchmark.h>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/model/scenariojson.h"
#include "core/models/dcf/dcfanalytics.h"
#include "core/models/registry.h"
#include "tests/bench/benchsupport.h"

using namespace valor;

namespace {

const ScenarioDocument& northwind() {
  static const ScenarioDocument doc = [] {
    return parseScenarioJson(bench::readText(VALOR_SAMPLE_SCENARIO), randomIdGenerator()).value();
  }();
  return doc;
}

void BM_MonteCarloMillionPaths(benchmark::State& state) {
  bench::monteCarlo(state, northwind(), 1'000'000);
}
BENCHMARK(BM_MonteCarloMillionPaths)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Northwind with all three drivers correlated (beta–growth 0.2, beta–margin −0.25 besides the
// sample's growth–margin 0.3): the full lower-triangular Cholesky product on every path.
void BM_MonteCarloMillionPathsAllCorrelated(benchmark::State& state) {
  bench::monteCarlo(state, northwind(), 1'000'000,
                    {{"dcf.discount_rate.beta", "dcf.terminal_value.growth", 0.2},
                     {"dcf.discount_rate.beta", "dcf.ebit_margin.stage3", -0.25}});
}
BENCHMARK(BM_MonteCarloMillionPathsAllCorrelated)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_SensitivityGrid200x200(benchmark::State& state) {
  auto model =
      prepareValuationModel(northwind(), {"dcf.discount_rate.beta", "dcf.terminal_value.growth"})
          .value();
  const auto betas = linearSteps(0.6, 1.2, 200);
  const auto growths = linearSteps(0.0, 0.04, 200);
  for (auto _ : state) {
    auto grid = evaluateGrid(*model, DcfOutput::ValuePerShare, betas, growths);
    benchmark::DoNotOptimize(grid);
  }
}
BENCHMARK(BM_SensitivityGrid200x200)->Unit(benchmark::kMillisecond);

// The grid the desktop opens on and `valor-cli sensitivity` computes: the WACC (a what-if over
// Northwind's built-up one) across, terminal growth down, through evaluateGrid.
void BM_WaccGrowthGrid100x100(benchmark::State& state) {
  auto model =
      prepareValuationModel(northwind(), {"dcf.discount_rate.wacc", "dcf.terminal_value.growth"})
          .value();
  const auto waccs = linearSteps(0.06, 0.1194, 100);
  const auto growths = linearSteps(0.0, 0.0396, 100);
  for (auto _ : state) {
    auto grid = evaluateGrid(*model, DcfOutput::ValuePerShare, waccs, growths);
    benchmark::DoNotOptimize(grid);
  }
}
BENCHMARK(BM_WaccGrowthGrid100x100)->Unit(benchmark::kMicrosecond);

void BM_Tornado30Inputs(benchmark::State& state) {
  std::vector<std::string> paths = valuationInputPaths(northwind());
  paths.resize(30);
  auto model = prepareValuationModel(northwind(), paths).value();
  const auto ranges = relativeRanges(*model, 0.1);
  for (auto _ : state) {
    auto tornado = evaluateTornado(*model, DcfOutput::ValuePerShare, ranges);
    benchmark::DoNotOptimize(tornado);
  }
}
BENCHMARK(BM_Tornado30Inputs)->Unit(benchmark::kMicrosecond);

void BM_GoalSeekImpliedWacc(benchmark::State& state) {
  auto model = prepareValuationModel(northwind(), {"dcf.discount_rate.wacc"}).value();
  for (auto _ : state) {
    auto solved = goalSeek(*model, DcfOutput::ValuePerShare, 40.0);
    benchmark::DoNotOptimize(solved);
  }
}
BENCHMARK(BM_GoalSeekImpliedWacc)->Unit(benchmark::kMicrosecond);

}  // namespace
