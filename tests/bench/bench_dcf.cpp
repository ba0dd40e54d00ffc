// DCF speed targets (issue: foundation and DCF engine), one core:
//   one 10-year DCF evaluation ≤ 100 ns; a 100 × 100 WACC × terminal-growth grid ≤ 1 ms.
#include <benchmark/benchmark.h>

#include <vector>

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

void BM_DcfGrid100x100(benchmark::State& state) {
  const DcfInputs in = tenYearCase();
  std::vector<Rate> waccs(100), growths(100);
  for (int i = 0; i < 100; ++i) {
    waccs[static_cast<std::size_t>(i)] = 0.06 + 0.0006 * i;   // 6 % … 11.94 %
    growths[static_cast<std::size_t>(i)] = 0.0 + 0.0004 * i;  // 0 % … 3.96 %
  }
  for (auto _ : state) {
    auto grid = valuePerShareGrid(in, waccs, growths);
    benchmark::DoNotOptimize(grid.data());
  }
  state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_DcfGrid100x100)->Unit(benchmark::kMicrosecond);

}  // namespace
