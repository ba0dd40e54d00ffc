// DCF engine speed target (issue: speed where the analyst waits), one core: one 10-year DCF
// evaluation ≤ 80 ns. The WACC × g grid is timed through the product's path in bench_analytics.
#include <benchmark/benchmark.h>

#include "core/finance/dcf.h"

using namespace valor;

namespace {

// A realistic 10-year case: fading growth and margins, mid-year, options in the money.
DcfInputs tenYearCase() {
  DcfInputs in;
  in.firstYear = 2026;
  in.years = 10;
  in.stubFraction = 0.75;
  in.baseRevenue = 1200;
  in.baseNwc = 150;
  for (int t = 0; t < 10; ++t) {
    in.revenueGrowth[t] = 0.09 - 0.006 * t;
    in.ebitMargin[t] = 0.16 + 0.002 * t;
    in.taxRate[t] = 0.25;
    in.daPctRevenue[t] = 0.04;
    in.capexPctRevenue[t] = 0.05;
    in.nwcPctRevenue[t] = 0.125;
  }
  in.wacc = 0.088;
  in.riskFreeRate = 0.042;
  in.terminalGrowth = 0.025;
  in.discounting = Discounting::MidYear;
  in.cash = 180;
  in.debt = 420;
  in.minorityInterest = 15;
  in.basicShares = 85;
  in.optionsByStrike = {{2.5, 28}, {1.2, 95}};
  return in;
}

void BM_Dcf10YearEvaluation(benchmark::State& state) {
  DcfInputs in = tenYearCase();
  for (auto _ : state) {
    benchmark::DoNotOptimize(in);
    DcfResult r = evaluateDcf(in);
    benchmark::DoNotOptimize(r.valuePerShare);
  }
}
BENCHMARK(BM_Dcf10YearEvaluation);

void BM_Dcf30YearEvaluation(benchmark::State& state) {
  DcfInputs in = tenYearCase();
  in.years = 30;
  for (int t = 10; t < 30; ++t) {
    in.revenueGrowth[t] = 0.03;
    in.ebitMargin[t] = 0.18;
    in.taxRate[t] = 0.25;
    in.daPctRevenue[t] = 0.04;
    in.capexPctRevenue[t] = 0.05;
    in.nwcPctRevenue[t] = 0.125;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(in);
    DcfResult r = evaluateDcf(in);
    benchmark::DoNotOptimize(r.valuePerShare);
  }
}
BENCHMARK(BM_Dcf30YearEvaluation);

}  // namespace
