// Fuzz target: a pasted or CSV series (the Forecast page's Paste Series…, valor-cli forecast
// --series) fitted by the cheap models. The text is refused with a message, or every model
// either refuses the series by name or gives finite forecasts and intervals: never a NaN or an
// infinity shown as a number.
#include <cmath>

#include "core/analytics/forecast/model.h"
#include "core/analytics/forecast/seriestext.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor::forecast;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto series = parseSeriesText(valor::fuzz::textOf(data, size), "fuzz");
  if (!series) return 0;
  ForecastOptions options;
  options.horizon = 6;
  for (const char* key :
       {"naive", "snaive", "trend", "logtrend", "ets(A,N,N)", "ets(A,N,M)", "arima(1,1,0)"}) {
    auto forecast = forecastWith(series.value(), parseModelSpec(key).value(), options);
    if (!forecast) continue;
    for (const ForecastStep& step : forecast.value().steps) {
      bool finite = std::isfinite(step.point);
      for (const Interval& i : step.intervals)
        finite = finite && std::isfinite(i.lower) && std::isfinite(i.upper);
      valor::fuzz::require(finite, "a forecast or an interval is not a finite number");
    }
  }
  return 0;
}
