#include "core/analytics/forecast/forecastjson.h"

#include <algorithm>

namespace valor::forecast {
namespace {

using Json = nlohmann::ordered_json;

Json optionalNumber(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json accuracyJson(const Accuracy& a) {
  return Json{{"errors", a.errors},
              {"mape", optionalNumber(a.mape)},
              {"smape", optionalNumber(a.smape)},
              {"mase", optionalNumber(a.mase)}};
}

}  // namespace

int diagnosticLags(const Series& series, const Fit& fit) {
  const int residuals = static_cast<int>(fit.fitted.size());
  return std::max(1, std::min({2 * std::max(series.seasonPeriod(), 5), residuals / 4, 24}));
}

Json seriesJson(const Series& series) {
  Json periods = Json::array();
  for (std::size_t i = 0; i < series.values.size(); ++i) periods.push_back(series.periodLabel(i));
  return Json{{"name", series.name},
              {"frequency", frequencyName(series.frequency)},
              {"periods", periods},
              {"values", series.values}};
}

Json modelJson(const Series& series, const ModelRun& run) {
  Json json{{"model", modelKey(run.spec)}};
  if (!run.result) {
    json["error"] = run.result.error().message;
    return json;
  }
  const ModelForecast& forecast = run.result.value();
  const Fit& fit = forecast.fit;
  json["name"] = fit.name;
  json["fitted_model"] = modelKey(fit.spec);
  Json parameters = Json::object();
  for (const Parameter& p : fit.parameters) parameters[p.name] = p.value;
  json["parameters"] = parameters;
  Json errors = Json::object();
  for (const Parameter& p : fit.parameters)
    if (p.standardError) errors[p.name] = *p.standardError;
  if (!errors.empty()) json["standard_errors"] = errors;
  json["log_likelihood"] = optionalNumber(fit.logLikelihood);
  json["aicc"] = optionalNumber(fit.aicc);
  json["observations"] = fit.observations;
  json["sigma2"] = fit.sigma2;
  json["converged"] = fit.converged;
  json["convergence"] = fit.convergence;
  json["evaluations"] = fit.evaluations;
  if (!fit.notes.empty()) json["notes"] = fit.notes;
  json["in_sample"] = accuracyJson(inSampleAccuracy(series, fit));
  json["residual_acf"] = residualAutocorrelations(series, fit, diagnosticLags(series, fit));
  Json fitted = Json::array();
  for (std::size_t i = 0; i < fit.fitted.size(); ++i)
    fitted.push_back(
        Json{{"period", series.periodLabel(fit.fittedFrom + i)}, {"value", fit.fitted[i]}});
  json["fitted"] = fitted;
  json["intervals"] = forecast.simulatedIntervals ? "simulated" : "analytic";
  Json steps = Json::array();
  for (std::size_t h = 0; h < forecast.steps.size(); ++h) {
    const ForecastStep& step = forecast.steps[h];
    Json intervals = Json::array();
    for (const Interval& i : step.intervals)
      intervals.push_back(Json{{"level", i.level}, {"lower", i.lower}, {"upper", i.upper}});
    steps.push_back(Json{{"period", series.periodLabel(series.values.size() + h)},
                         {"point", step.point},
                         {"intervals", intervals}});
  }
  json["forecast"] = steps;
  return json;
}

Json backtestJson(const Backtest& backtest) {
  Json ranking = Json::array();
  for (const ModelBacktest& m : backtest.models) {
    Json entry{{"model", m.key}, {"name", m.name}};
    if (!m.failure.empty()) {
      entry["error"] = m.failure;
    } else {
      entry["one_step"] = accuracyJson(m.oneStep);
      entry["all_steps"] = accuracyJson(m.allSteps);
    }
    ranking.push_back(entry);
  }
  return Json{{"origins", backtest.origins},
              {"horizon", backtest.horizon},
              {"measures",
               "MAPE and sMAPE in %; MASE scaled by the in-sample one-season naive "
               "error of each origin's values"},
              {"ranking", ranking}};
}

}  // namespace valor::forecast
