// Forecasting speed targets (issue: the forecasting engine), one core, each timing forecastWith
// as the Forecast page and `valor-cli forecast` run it — the fit, the forecast and its 80 % and
// 95 % intervals — on the 144 monthly airline passenger counts (Box & Jenkins Series G,
// tests/data/airline.csv) with a horizon of 12:
//   ETS(A,A,A) ≤ 3 ms; ARIMA(1,1,1) on the logs ≤ 1 ms; automatic non-seasonal ARIMA
//   (p, q ≤ 3, d ≤ 2) on the logs taken as 144 annual values ≤ 50 ms.
// Reported without a target: ETS(A,A,M) (its intervals simulated), the airline model
// ARIMA(0,1,1)(0,1,1)12 on the logs, and automatic ETS and ARIMA on 12 annual revenues with a
// horizon of 10, what the Forecast page runs on a scenario's actuals.
#include <benchmark/benchmark.h>

#include <cmath>
#include <string>

#include "core/analytics/forecast/model.h"
#include "core/analytics/forecast/seriestext.h"
#include "tests/bench/benchsupport.h"
#include "tests/core/logseries.h"

using namespace valor;
using namespace valor::forecast;

namespace {

const Series& airline() {
  static const Series series =
      parseSeriesText(bench::readText(VALOR_AIRLINE_CSV), "passengers").value();
  return series;
}

Series logAirline() {
  return valor::testing::inLogs(airline(), "log passengers");
}

// The same 144 logs as if they were years: no season for an automatic ARIMA to model.
Series logAirlineAsAnnual() {
  Series series = logAirline();
  series.frequency = Frequency::Annual;
  series.firstPeriod = 1;
  return series;
}

// The short revenue series of tests/data/forecast_reference.py.
Series revenue() {
  Series series;
  series.name = "revenue";
  series.firstYear = 2014;
  series.values = {1204.0, 1310.0, 1398.5, 1525.2, 1611.9, 1720.4,
                   1865.0, 1941.3, 2088.7, 2210.1, 2295.6, 2431.8};
  return series;
}

void timeForecast(benchmark::State& state, const Series& series, const std::string& model,
                  int horizon) {
  const Result<ModelSpec> spec = parseModelSpec(model);
  if (!spec) {
    state.SkipWithError(spec.error().message.c_str());
    return;
  }
  ForecastOptions options;
  options.horizon = horizon;
  if (auto tried = forecastWith(series, spec.value(), options); !tried) {
    state.SkipWithError(tried.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    auto forecast = forecastWith(series, spec.value(), options);
    benchmark::DoNotOptimize(forecast);
  }
}

void BM_HoltWintersAdditive144(benchmark::State& state) {
  timeForecast(state, airline(), "ets(A,A,A)", 12);
}
BENCHMARK(BM_HoltWintersAdditive144)->Unit(benchmark::kMillisecond);

void BM_HoltWintersMultiplicative144(benchmark::State& state) {
  timeForecast(state, airline(), "ets(A,A,M)", 12);
}
BENCHMARK(BM_HoltWintersMultiplicative144)->Unit(benchmark::kMillisecond);

void BM_Arima111_144(benchmark::State& state) {
  timeForecast(state, logAirline(), "arima(1,1,1)", 12);
}
BENCHMARK(BM_Arima111_144)->Unit(benchmark::kMillisecond);

void BM_AutoArimaNonSeasonal144(benchmark::State& state) {
  timeForecast(state, logAirlineAsAnnual(), "arima", 12);
}
BENCHMARK(BM_AutoArimaNonSeasonal144)->Unit(benchmark::kMillisecond);

void BM_AirlineModel(benchmark::State& state) {
  timeForecast(state, logAirline(), "arima(0,1,1)(0,1,1)", 12);
}
BENCHMARK(BM_AirlineModel)->Unit(benchmark::kMillisecond);

void BM_AutoEtsAnnual12(benchmark::State& state) {
  timeForecast(state, revenue(), "ets", 10);
}
BENCHMARK(BM_AutoEtsAnnual12)->Unit(benchmark::kMillisecond);

void BM_AutoArimaAnnual12(benchmark::State& state) {
  timeForecast(state, revenue(), "arima", 10);
}
BENCHMARK(BM_AutoArimaAnnual12)->Unit(benchmark::kMillisecond);

}  // namespace
