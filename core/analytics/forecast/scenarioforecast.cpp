#include "core/analytics/forecast/scenarioforecast.h"

#include <cmath>
#include <cstdio>

#include "core/actuals/history.h"
#include "core/model/actualsschema.h"
#include "core/model/textrules.h"
#include "core/models/registry.h"

namespace valor::forecast {
namespace {

// The block field "<driver>.mode" says the model has that driver.
bool hasDriver(const ScenarioDocument& doc, const std::string& driver) {
  const ModelKind* kind = modelKindOf(doc);
  if (!kind) return false;
  for (const EntitySchema& entity : kind->entitySchemas())
    if (entity.type == kind->id()) return entity.field(driver + ".mode") != nullptr;
  return false;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", value);
  return text;
}

// "alpha 0.52, beta 0.0001, phi 0.98": the model's parameters without its initial states.
std::string parameterText(const Fit& fit) {
  std::string text;
  for (const Parameter& p : fit.parameters) {
    if (p.name.rfind("initial_", 0) == 0) continue;
    text += (text.empty() ? "" : ", ") + p.name + " " + number(p.value);
  }
  return text;
}

std::string percentileText(std::optional<double> percentile) {
  if (!percentile) return "point forecast";
  return number(*percentile * 100) + "th percentile";
}

struct Projection {
  Year first;
  Year last;
};

// The projection years of the scenario's model, from the fields its kind bases on the actuals.
std::optional<Projection> projectionOf(const ScenarioDocument& doc) {
  const ModelKind* kind = modelKindOf(doc);
  if (!kind) return std::nullopt;
  const BaseFromActuals mapping = kind->baseFromActuals();
  const Entity* block = doc.child(doc.root(), kind->id());
  const double* base = block ? block->number(mapping.yearField) : nullptr;
  const double* horizon = block ? block->number(mapping.horizonField) : nullptr;
  if (!base || !horizon) return std::nullopt;
  return Projection{static_cast<Year>(*base) + 1,
                    static_cast<Year>(*base) + static_cast<Year>(*horizon)};
}

}  // namespace

std::optional<int> horizonToProjectionEnd(const ScenarioDocument& doc, const Series& series) {
  const std::optional<Projection> projection = projectionOf(doc);
  if (!projection || series.values.empty()) return std::nullopt;
  const int periods = projection->last - series.yearOf(series.values.size() - 1);
  return periods > 0 ? std::optional<int>(periods) : std::nullopt;
}

std::vector<ScenarioLine> scenarioLines(const ScenarioDocument& doc) {
  const ActualsHistory history = actualsHistory(doc);
  std::vector<ScenarioLine> out;
  for (const ActualsLine& line : actualsLines()) {
    auto values = history.lines.find(line.key);
    if (values == history.lines.end() || values->second.empty()) continue;
    const std::string key = line.key;
    out.push_back({key, false, line.unit, values->second,
                   key == "revenue" && hasDriver(doc, "revenue_growth") ? "revenue_growth" : ""});
  }
  for (const DerivedHistory& ratio : history.derived) {
    if (ratio.values.empty()) continue;
    out.push_back(
        {ratio.key, true, ratio.unit, ratio.values, hasDriver(doc, ratio.key) ? ratio.key : ""});
  }
  return out;
}

Result<Series> scenarioSeries(const ScenarioDocument& doc, const std::string& key) {
  for (const ScenarioLine& line : scenarioLines(doc))
    if (line.key == key) return annualSeries(key, line.values, 2);
  return Error{"forecast.unknown_line",
               "the actuals have no figures for \"" + key +
                   "\": forecast a line with reported years (revenue, ebitda, ...) or a ratio "
                   "(ebit_margin, revenue_growth, ...)",
               key};
}

Result<DriversFromForecast> driversFromForecast(const ScenarioDocument& doc, const std::string& key,
                                                const Series& series, const ModelForecast& forecast,
                                                std::optional<double> percentile) {
  std::string driver;
  for (const ScenarioLine& line : scenarioLines(doc))
    if (line.key == key) driver = line.driver;
  if (driver.empty())
    return Error{"forecast.no_driver",
                 "no driver of this model takes a forecast of " + key +
                     ": forecast revenue (for revenue growth) or a ratio that is a driver "
                     "(ebit_margin, tax_rate, ...)",
                 key};
  if (percentile && !(*percentile > 0 && *percentile < 1))
    return Error{"forecast.percentile", "the percentile must be above 0 and below 100",
                 "percentile"};
  const std::optional<Projection> projection = projectionOf(doc);
  if (!projection)
    return Error{"forecast.no_projection", "the scenario has no base year and projection years",
                 key};
  const auto lastYear = static_cast<Year>(series.yearOf(series.values.size() - 1));
  const Year firstProjected = projection->first;
  const Year lastProjected = projection->last;
  if (firstProjected <= lastYear)
    return Error{"forecast.inside_actuals",
                 "the actuals run to " + std::to_string(lastYear) +
                     " but the projection starts in " + std::to_string(firstProjected) +
                     ": make the last actual year the base year first",
                 key};
  const auto needed = static_cast<std::size_t>(lastProjected - lastYear);
  if (forecast.steps.size() < needed)
    return Error{"forecast.horizon",
                 "the forecast runs to " +
                     std::to_string(lastYear + static_cast<Year>(forecast.steps.size())) +
                     " but the projection to " + std::to_string(lastProjected) +
                     ": forecast at least " + std::to_string(needed) + " years",
                 "horizon"};
  auto pathAt = [&](std::size_t h) {  // h = 0: the last actual
    if (h == 0) return series.values.back();
    const ForecastStep& step = forecast.steps[h - 1];
    return percentile ? stepQuantile(step.distribution, *percentile) : step.point;
  };
  DriversFromForecast out;
  out.driver = driver;
  for (Year year = firstProjected; year <= lastProjected; ++year) {
    const auto h = static_cast<std::size_t>(year - lastYear);
    double value = pathAt(h);
    if (key == "revenue") {
      const double previous = pathAt(h - 1);
      if (!(previous > 0))
        return Error{"forecast.not_positive",
                     "the forecast revenue for " + std::to_string(year - 1) +
                         " is not above zero: it gives no growth rate for " + std::to_string(year),
                     key};
      value = value / previous - 1;
    }
    if (!std::isfinite(value))
      return Error{"forecast.not_finite", "the forecast gives no value for " + std::to_string(year),
                   key};
    out.values[year] = value;
  }
  const std::string model = forecast.fit.name;
  const std::string parameters = parameterText(forecast.fit);
  out.source = model + (parameters.empty() ? "" : " (" + parameters + ")") + " fitted to " + key +
               " " + std::to_string(series.yearOf(0)) + "–" + std::to_string(lastYear) + "; " +
               percentileText(percentile);
  if (out.source.size() > 200) out.source = cutUtf8(out.source, 197) + "...";  // the field's limit
  const std::string modelWithParameters =
      model + (parameters.empty() ? "" : " (" + parameters + ")");
  out.label = {"forecast_drivers", {modelWithParameters, key}};
  out.labelText = "Use the " + modelWithParameters + " forecast of " + key + " as drivers";

  const Entity* block = doc.child(doc.root(), modelKindOf(doc)->id());
  ScenarioDocument target = doc;
  for (Entity& e : target.entities) {
    if (e.id != block->id) continue;
    const std::string prefix = driver + ".";
    std::erase_if(e.fields, [&](const auto& field) { return field.first.rfind(prefix, 0) == 0; });
    e.fields[driver + ".mode"] = std::string("per_year");
    e.fields[driver + ".values"] = out.values;
    e.fields[driver + ".source"] = out.source;
  }
  // A scenario that values now must value after: a growth or margin outside the driver's range
  // refuses the change, naming it; errors the scenario already had are not this change's.
  Issues problems = newErrors(doc, target);
  if (!problems.empty()) return errorOfIssues("forecast.invalid_drivers", std::move(problems));
  out.ops = diffDocuments(doc, target);
  return out;
}

}  // namespace valor::forecast
