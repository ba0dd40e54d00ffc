// Credit speed targets (issue: portfolio, risk, credit and real options), one core:
//   Merton's model solved for the asset value and volatility ≤ 10 µs.
// Reported without a target: the same for a highly levered, volatile firm, and the credit
// template evaluated as the desktop does on every keystroke (the binding, the Altman score,
// Merton's model and the expected loss).
#include <benchmark/benchmark.h>

#include "core/finance/credit.h"
#include "core/model/scenariojson.h"
#include "core/models/credit/credittemplate.h"
#include "core/models/registry.h"

using namespace valor;

namespace {

void solve(benchmark::State& state, MertonInputs in) {
  volatile double equity = in.equity;  // read anew each time: nothing is hoisted
  for (auto _ : state) {
    in.equity = equity;
    benchmark::DoNotOptimize(solveMerton(in));
  }
}

// Hull §24.6: E = 3, σE = 80 %, D = 10, T = 1, r = 5 %.
void BM_MertonSolveHull(benchmark::State& state) {
  solve(state, {3, 0.8, 10, 1, 0.05});
}
BENCHMARK(BM_MertonSolveHull)->Unit(benchmark::kMicrosecond);

void BM_MertonSolveLevered(benchmark::State& state) {
  solve(state, {1, 1.5, 100, 5, 0.03});
}
BENCHMARK(BM_MertonSolveLevered)->Unit(benchmark::kMicrosecond);

void BM_EvaluateCreditTemplate(benchmark::State& state) {
  static const ScenarioDocument doc =
      parseScenarioJson(creditTemplate(), seededIdGenerator(1)).value();
  for (auto _ : state) benchmark::DoNotOptimize(evaluateScenario(doc));
}
BENCHMARK(BM_EvaluateCreditTemplate)->Unit(benchmark::kMicrosecond);

}  // namespace
