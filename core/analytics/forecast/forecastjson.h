#pragma once
// The JSON of a forecast run (`valor-cli forecast`): the series, each model's fit, diagnostics
// and forecast, and the backtest ranking. A model that could not be fitted is listed with its
// error, so one unfit model does not hide the others.
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/analytics/forecast/accuracy.h"
#include "core/analytics/forecast/model.h"

namespace valor::forecast {

struct ModelRun {
  ModelSpec spec;
  Result<ModelForecast> result;
};

nlohmann::ordered_json seriesJson(const Series& series);
nlohmann::ordered_json modelJson(const Series& series, const ModelRun& run);
nlohmann::ordered_json backtestJson(const Backtest& backtest);

// The residual autocorrelation lags a diagnostic shows: two seasons (ten lags for annual data),
// at most 24 and a quarter of the residuals, and at least one.
int diagnosticLags(const Series& series, const Fit& fit);

}  // namespace valor::forecast
