// M&A speed targets (issue: M&A), on this 2-core machine:
//   one evaluation of a 5-year merger ≤ 2 µs; a 50 × 50 accretion grid (premium × share paid in
//   stock) ≤ 10 ms. Also timed: Monte Carlo of the bundled ExxonMobil / Pioneer merger's saved
//   simulation, 100,000 paths.
// The 5-year case has every part switched on: a 50/50 mix, debt and cash funding with fees, a
// refinanced target debt, write-ups with a DTL, phased revenue and cost synergies, integration
// costs, and revenue and EBITDA for contribution and credit statistics. Models are prepared
// once, outside the timed loop, as the desktop and valor-cli do.
#include <benchmark/benchmark.h>

#include "core/analytics/sensitivity.h"
#include "core/model/scenariojson.h"
#include "core/models/ma/maanalytics.h"
#include "core/models/ma/mabinding.h"
#include "core/models/registry.h"
#include "tests/bench/benchsupport.h"

using namespace valor;

namespace {

constexpr const char* kFiveYears = R"json({
  "schema": "valor.scenario/1", "name": "Five-year merger", "currency": "USD",
  "unit": "millions", "model": "ma",
  "ma": {
    "base_year": 2025, "years": 5,
    "acquirer": {
      "share_price": 50.0, "shares": 400.0,
      "net_income": { "mode": "growth", "base": 1600.0, "growth": 0.05 },
      "revenue": { "2026": 12600, "2027": 13230, "2028": 13890, "2029": 14590, "2030": 15320 },
      "ebitda": { "2026": 2800, "2027": 2940, "2028": 3090, "2029": 3240, "2030": 3400 },
      "cash": 2500.0, "debt": 4000.0, "interest_rate": 0.05, "tax_rate": 0.25
    },
    "target": {
      "share_price": 30.0, "shares": 100.0,
      "net_income": { "mode": "per_year",
                      "values": { "2026": 210, "2027": 225, "2028": 240, "2029": 255, "2030": 270 } },
      "revenue": { "2026": 3000, "2027": 3150, "2028": 3300, "2029": 3450, "2030": 3600 },
      "ebitda": { "2026": 520, "2027": 550, "2028": 580, "2029": 610, "2030": 640 },
      "cash": 200.0, "debt": 600.0, "interest_rate": 0.06,
      "book_equity": 1500.0, "existing_goodwill": 300.0
    },
    "offer": { "method": "premium", "premium": 0.30 },
    "consideration": { "cash": 0.5, "stock": 0.5 },
    "funding": { "debt_share": 0.8, "debt_rate": 0.065, "financing_fee": 0.02, "fee_years": 7,
                 "cash_yield": 0.03, "transaction_fees": 40.0, "target_debt": "refinanced" },
    "ppa": { "ppe_write_up": 200.0, "ppe_life": 10, "intangibles_write_up": 500.0,
             "intangibles_life": 8 },
    "synergies": {
      "cost": 120.0, "revenue": 150.0, "revenue_margin": 0.20,
      "phase_in": { "mode": "per_year",
                    "values": { "2026": 0.25, "2027": 0.75, "2028": 1, "2029": 1, "2030": 1 } },
      "integration_costs": { "2026": 80, "2027": 40, "2028": 0, "2029": 0, "2030": 0 }
    }
  }
})json";

const ScenarioDocument& fiveYears() {
  static const ScenarioDocument doc = parseScenarioJson(kFiveYears, randomIdGenerator()).value();
  return doc;
}

void BM_MaEvaluation(benchmark::State& state) {
  const MaInputs in = *evaluateMaScenario(fiveYears()).binding.inputs;
  MaResult result;
  for (auto _ : state) {
    evaluateMa(in, result);
    benchmark::DoNotOptimize(result.rows[4].accretion);
  }
  state.counters["years"] = in.years;
}
BENCHMARK(BM_MaEvaluation)->Unit(benchmark::kMicrosecond);

void BM_MaAccretionGrid50x50(benchmark::State& state) {
  auto model =
      prepareValuationModel(fiveYears(), {"ma.offer.premium", "ma.consideration.stock"}).value();
  const auto premiums = linearSteps(0.1, 0.6, 50);
  const auto stock = linearSteps(0, 1, 50);
  for (auto _ : state) {
    auto grid = evaluateGrid(*model, *model->outputIndex("accretion_year_1"), premiums, stock);
    benchmark::DoNotOptimize(grid);
  }
}
BENCHMARK(BM_MaAccretionGrid50x50)->Unit(benchmark::kMillisecond);

void BM_MaMonteCarlo100k(benchmark::State& state) {
  static const ScenarioDocument pioneer =
      parseScenarioJson(bench::readText(VALOR_MA_SAMPLE), randomIdGenerator()).value();
  bench::monteCarlo(state, pioneer, 100'000);
}
BENCHMARK(BM_MaMonteCarlo100k)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
