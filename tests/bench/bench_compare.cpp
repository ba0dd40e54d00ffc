// Comparison speed target (issue: comparison and reports), on this 2-core machine:
//   compare two 30-year DCF scenarios — inputs, outputs and a Shapley bridge over 8 input
//   groups (2^8 = 256 states, each a whole document valued by the kind) — ≤ 5 ms, with the
//   states valued on both cores as valor-cli and the Compare window do.
// Also timed: the same with a sequential bridge (9 states), as the Compare window runs it.
#include <benchmark/benchmark.h>

#include "core/compare/bridge.h"
#include "core/compare/inputdiff.h"
#include "core/compare/outputdiff.h"
#include "core/jobs/threadpool.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"

using namespace valor;

namespace {

// A 30-year DCF; B changes one thing in each of the DCF's eight input groups.
std::string thirtyYears(bool b) {
  const auto pick = [b](const char* a, const char* other) { return std::string(b ? other : a); };
  return R"({"schema": "valor.scenario/1", "name": ")" + pick("A", "B") +
         R"(", "model": "dcf",
    "dcf": {
      "base_year": 2025, "years": 30,
      "base": {"revenue": 1000, "nwc": 150},
      "revenue_growth": {"mode": "staged", "stage1_years": 5, "stage1": )" +
         pick("0.08", "0.07") + R"(, "stage2_years": 15, "stage3": 0.025, "fade": "linear"},
      "ebit_margin": {"mode": "constant", "value": )" +
         pick("0.15", "0.14") + R"(},
      "tax_rate": {"mode": "constant", "value": )" +
         pick("0.25", "0.26") + R"(},
      "reinvestment": "percent_of_revenue",
      "da_pct_revenue": {"mode": "constant", "value": 0.04},
      "capex_pct_revenue": {"mode": "constant", "value": )" +
         pick("0.05", "0.055") + R"(},
      "nwc_pct_revenue": {"mode": "constant", "value": 0.15},
      "discount_rate": {"method": "direct", "wacc": )" +
         pick("0.09", "0.095") + R"(},
      "terminal_value": {"method": "gordon", "growth": )" +
         pick("0.025", "0.02") + R"(},
      "conventions": {"discounting": ")" +
         pick("end_of_year", "mid_year") + R"("},
      "equity_bridge": {"cash": 100, "debt": )" +
         pick("300", "350") + R"(, "basic_shares": 50}
    }})";
}

const ScenarioDocument& scenario(bool b) {
  static const ScenarioDocument a =
      parseScenarioJson(thirtyYears(false), randomIdGenerator()).value();
  static const ScenarioDocument other =
      parseScenarioJson(thirtyYears(true), randomIdGenerator()).value();
  return b ? other : a;
}

void compareTwo(benchmark::State& state, BridgeMethod method) {
  const ScenarioDocument& a = scenario(false);
  const ScenarioDocument& b = scenario(true);
  jobs::ThreadPool pool(2);
  BridgeOptions options;
  options.method = method;
  options.pool = &pool;
  for (auto _ : state) {
    const Evaluation ea = evaluateScenario(a);
    const Evaluation eb = evaluateScenario(b);
    auto inputs = compareInputs({&a, &b});
    auto outputs = compareOutputs({&ea, &eb});
    auto bridge = valueBridge(a, b, options);
    if (!bridge || bridge.value().steps.size() != 8) state.SkipWithError("not 8 groups");
    benchmark::DoNotOptimize(inputs);
    benchmark::DoNotOptimize(outputs);
    benchmark::DoNotOptimize(bridge);
  }
}

void BM_Compare30YearsShapley8Groups(benchmark::State& state) {
  compareTwo(state, BridgeMethod::Shapley);
}
BENCHMARK(BM_Compare30YearsShapley8Groups)->Unit(benchmark::kMillisecond);

void BM_Compare30YearsSequential8Groups(benchmark::State& state) {
  compareTwo(state, BridgeMethod::Sequential);
}
BENCHMARK(BM_Compare30YearsSequential8Groups)->Unit(benchmark::kMillisecond);

}  // namespace
