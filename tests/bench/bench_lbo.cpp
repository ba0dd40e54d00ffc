// LBO speed targets (issue: LBO), on this 2-core machine:
//   one evaluation of a 7-year LBO with 5 tranches and average-balance interest ≤ 5 µs
//   (moonshot 2 µs); a 50 × 50 IRR grid (entry × exit multiple) ≤ 15 ms; Monte Carlo of
//   100,000 LBO paths ≤ 0.5 s on 2 cores.
// The case is the bundled ValueCo buyout with two more tranches (a second-lien loan and a PIK
// mezzanine note), so the waterfall, the sweep, PIK and the fixed point all run. Models are
// prepared once, outside the timed loop, as the desktop and valor-cli do.
#include <benchmark/benchmark.h>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/model/scenariojson.h"
#include "core/models/lbo/lboanalytics.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/registry.h"
#include "tests/bench/benchsupport.h"

using namespace valor;

namespace {

const ScenarioDocument& fiveTranches() {
  static const ScenarioDocument doc = [] {
    std::string json = bench::readText(VALOR_LBO_SAMPLE);
    const std::string last = R"("maturity_years": 8, "financing_fee": 0.03 })";
    json.replace(json.find(last), last.size(),
                 std::string(last) +
                     R"(, { "label": "Second lien", "type": "term_loan", "amount": 100.0,
                       "rate_type": "floating", "spread": 0.0625, "floor": 0.01,
                       "maturity_years": 8, "prepayable": "no" },
                     { "label": "Holdco PIK", "type": "mezzanine", "amount": 50.0,
                       "rate_type": "fixed", "rate": 0.0, "pik_rate": 0.12,
                       "maturity_years": 9 })");
    return parseScenarioJson(json, randomIdGenerator()).value();
  }();
  return doc;
}

void BM_LboEvaluation(benchmark::State& state) {
  const LboInputs in = *evaluateLboScenario(fiveTranches()).binding.inputs;
  auto result = std::make_unique<LboResult>();
  for (auto _ : state) {
    evaluateLbo(in, *result);
    benchmark::DoNotOptimize(result->irr);
  }
  state.counters["tranches"] = in.trancheCount;
  state.counters["passes_per_year"] = result->iterations;
}
BENCHMARK(BM_LboEvaluation)->Unit(benchmark::kMicrosecond);

void BM_LboIrrGrid50x50(benchmark::State& state) {
  auto model =
      prepareValuationModel(fiveTranches(), {"lbo.entry.price", "lbo.exit.multiple"}).value();
  const auto prices = linearSteps(900, 1300, 50);
  const auto multiples = linearSteps(6, 9, 50);
  for (auto _ : state) {
    auto grid = evaluateGrid(*model, LboOutput::Irr, prices, multiples);
    benchmark::DoNotOptimize(grid);
  }
}
BENCHMARK(BM_LboIrrGrid50x50)->Unit(benchmark::kMillisecond);

void BM_LboMonteCarlo100k(benchmark::State& state) {
  bench::monteCarlo(state, fiveTranches(), 100'000);
}
BENCHMARK(BM_LboMonteCarlo100k)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
