// Real-option speed targets (issue: portfolio, risk, credit and real options), one core:
//   a 10,000-step CRR tree for an American put ≤ 50 ms.
// Reported without a target: Black–Scholes–Merton with its Greeks; the American tree with its
// Greeks (the tree's Δ, Γ, Θ and four more trees for vega and ρ) at the default 500 steps and at
// 10,000; an implied volatility by Brent over Black–Scholes; and the bundled patent evaluated
// as the desktop does on every keystroke (the binding, the value, the Greeks).
#include <benchmark/benchmark.h>

#include "core/finance/options.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "tests/bench/benchsupport.h"

using namespace valor;

namespace {

// Hull's American put (Example 21.1): S = K = 50, r = 10 %, σ = 40 %, five months.
const OptionInputs kPut{OptionType::Put, 50, 50, 5.0 / 12, 0.4, 0.1, 0};

void BM_BlackScholesWithGreeks(benchmark::State& state) {
  OptionInputs in = kPut;
  volatile double underlying = kPut.underlying;  // read anew each time: nothing is hoisted
  for (auto _ : state) {
    in.underlying = underlying;
    benchmark::DoNotOptimize(blackScholes(in));
  }
}
BENCHMARK(BM_BlackScholesWithGreeks);

void BM_AmericanTreeValue(benchmark::State& state) {
  const int steps = static_cast<int>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(binomialValue(kPut, steps, true));
}
BENCHMARK(BM_AmericanTreeValue)->Arg(500)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_AmericanTreeWithGreeks(benchmark::State& state) {
  const int steps = static_cast<int>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(binomialTree(kPut, steps, true));
}
BENCHMARK(BM_AmericanTreeWithGreeks)->Arg(500)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_ImpliedVolatility(benchmark::State& state) {
  const double price = blackScholes(kPut).value;
  OptionInputs guess = kPut;
  guess.volatility = 0.2;
  for (auto _ : state) benchmark::DoNotOptimize(impliedVolatility(guess, price, false, 0));
}
BENCHMARK(BM_ImpliedVolatility)->Unit(benchmark::kMicrosecond);

void BM_EvaluatePatentScenario(benchmark::State& state) {
  static const ScenarioDocument doc =
      parseScenarioJson(bench::readText(VALOR_PATENT_SAMPLE), seededIdGenerator(1)).value();
  for (auto _ : state) benchmark::DoNotOptimize(evaluateScenario(doc));
}
BENCHMARK(BM_EvaluatePatentScenario)->Unit(benchmark::kMicrosecond);

}  // namespace
