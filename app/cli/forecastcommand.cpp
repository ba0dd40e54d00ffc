// valor-cli forecast: fits forecast models to a scenario's actuals line or ratio, or to a
// series from a file, and prints each model's fit, forecast and (with --backtest) the backtest
// ranking as JSON. With --use MODEL it also writes that model's path into the driver the line
// informs, as one change in the workspace.
#include <cmath>
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/analytics/forecast/forecastjson.h"
#include "core/analytics/forecast/scenarioforecast.h"
#include "core/analytics/forecast/seriestext.h"
#include "core/common/clock.h"

namespace valor::cli {
namespace {

using namespace valor::forecast;

constexpr const char* kHelp =
    "usage: valor-cli forecast FILE|WS SCENARIO --line LINE [options]\n"
    "       valor-cli forecast --series CSV [--name NAME] [options]\n"
    "Fits forecast models to an actuals line or ratio of the scenario (revenue, ebitda,\n"
    "ebit_margin, revenue_growth, ...) or to a series of \"period,value\" rows (periods 2019,\n"
    "2019Q3 or 2019-07), and prints the fits and forecasts as JSON.\n"
    "  --models LIST       naive, snaive, trend, logtrend, ets, ets(A,Ad,N), arima,\n"
    "                      arima(1,1,1), arima(0,1,1)(0,1,1), ...; default ets,arima,trend,naive\n"
    "  --horizon N         periods to forecast (default 10)\n"
    "  --levels LIST       interval levels in % (default 80,95)\n"
    "  --backtest K        also forecast each of the last K values from the values before it\n"
    "  --backtest-horizon H  steps ahead from each origin (default 1)\n"
    "  --seed S            seed of simulated intervals\n"
    "  --use MODEL         with WS SCENARIO: write MODEL's forecast into the driver the line\n"
    "                      informs (revenue -> revenue_growth), one undoable change\n"
    "  --percentile P      with --use: the P-th percentile path instead of the point forecast\n";

int usage(Streams io) {
  io.err << kHelp;
  return kBadInput;
}

int refuse(Streams io, const Error& e) {
  io.err << "valor-cli: " << e.message << "\n";
  return kValidationIssues;
}

std::vector<std::string> splitList(const std::string& list) {
  std::vector<std::string> items;
  std::string item;
  int depth = 0;  // commas inside "arima(1,1,1)" do not split
  for (char c : list) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      if (!item.empty()) items.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) items.push_back(item);
  return items;
}

std::optional<int> wholeOption(const Options& o, const std::string& name, int fallback, int min,
                               int max, Streams io) {
  if (!o.has(name)) return fallback;
  const auto v = parseNumber(o.value(name));
  if (!v || *v != std::floor(*v) || *v < min || *v > max) {
    io.err << "valor-cli: --" << name << " must be a whole number from " << min << " to " << max
           << ", not '" << o.value(name) << "'\n";
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

int useAsDrivers(const Options& o, const std::string& line, const Series& series,
                 const ModelForecast& forecast, std::optional<double> percentile,
                 nlohmann::ordered_json& json, Streams io) {
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto stored = opened->workspace->loadScenario(*opened->scenario);
  if (!stored) return fail(stored.error(), io, o.positional[0]);
  auto drivers = driversFromForecast(stored.value().document, line, series, forecast, percentile);
  if (!drivers) {
    printIssues(drivers.error().issues, io.err);
    return refuse(io, drivers.error());
  }
  Mutation m;
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  m.label = drivers.value().labelText;
  m.labelCode = drivers.value().label;  // the desktop shows it translated
  m.ops = drivers.value().ops;
  nlohmann::ordered_json applied{{"driver", drivers.value().driver},
                                 {"source", drivers.value().source}};
  nlohmann::ordered_json values = nlohmann::ordered_json::object();
  for (const auto& [year, value] : drivers.value().values) values[std::to_string(year)] = value;
  applied["values"] = values;
  if (m.ops.empty()) {
    applied["revision"] = stored.value().revision;
    applied["changed"] = false;
  } else {
    auto revision = opened->workspace->commit(*opened->scenario, m);
    if (!revision) return fail(revision.error(), io, o.positional[0]);
    applied["revision"] = revision.value();
    applied["changed"] = true;
  }
  json["drivers"] = applied;
  return kOk;
}

}  // namespace

int runForecast(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args,
                                 {"line", "series", "name", "models", "horizon", "levels",
                                  "backtest", "backtest-horizon", "seed", "use", "percentile"},
                                 {}, io);
  if (!o.ok) return usage(io);
  const bool fromFile = o.has("series");
  if (fromFile ? !o.positional.empty() || o.has("line") || o.has("use")
               : o.positional.empty() || o.positional.size() > 2 || !o.has("line"))
    return usage(io);
  if (o.has("use") && o.positional.size() != 2) {
    io.err << "valor-cli: --use writes into a workspace: give WS SCENARIO\n";
    return kBadInput;
  }
  const auto horizon = wholeOption(o, "horizon", 10, 1, 240, io);
  const auto origins = wholeOption(o, "backtest", 0, 0, 1000, io);
  const auto backtestHorizon = wholeOption(o, "backtest-horizon", 1, 1, 240, io);
  if (!horizon || !origins || !backtestHorizon) return kBadInput;
  ForecastOptions options;
  options.horizon = *horizon;
  if (o.has("seed")) {
    const auto seed = parseNumber(o.value("seed"));
    if (!seed || *seed < 0 || *seed != std::floor(*seed) || *seed > 9e15) {
      io.err << "valor-cli: --seed must be a whole number from 0, not '" << o.value("seed")
             << "'\n";
      return kBadInput;
    }
    options.seed = static_cast<std::uint64_t>(*seed);
  }
  if (o.has("levels")) {
    options.levels.clear();
    for (const std::string& level : splitList(o.value("levels"))) {
      const auto v = parseNumber(level);
      if (!v || !(*v > 0 && *v < 100)) {
        io.err << "valor-cli: --levels are percentages above 0 and below 100, not '" << level
               << "'\n";
        return kBadInput;
      }
      options.levels.push_back(*v / 100);
    }
  }
  std::optional<double> percentile;
  if (o.has("percentile")) {
    const auto v = parseNumber(o.value("percentile"));
    if (!v || !(*v > 0 && *v < 100)) {
      io.err << "valor-cli: --percentile must be above 0 and below 100, not '"
             << o.value("percentile") << "'\n";
      return kBadInput;
    }
    percentile = *v / 100;
  }
  std::vector<ModelSpec> specs;
  for (const std::string& text : splitList(o.value("models", "ets,arima,trend,naive"))) {
    auto spec = parseModelSpec(text);
    if (!spec) return refuse(io, spec.error());
    specs.push_back(spec.value());
  }
  std::optional<ModelSpec> used;
  if (o.has("use")) {
    auto spec = parseModelSpec(o.value("use"));
    if (!spec) return refuse(io, spec.error());
    used = spec.value();
    if (std::none_of(specs.begin(), specs.end(),
                     [&](const ModelSpec& s) { return modelKey(s) == modelKey(*used); }))
      specs.push_back(*used);
  }

  Series series;
  if (fromFile) {
    auto text = readInput(o.value("series"), 16 << 20, io);
    if (!text) return kBadInput;
    auto parsed = parseSeriesText(*text, o.value("name", "series"));
    if (!parsed) return refuse(io, parsed.error());
    series = std::move(parsed).value();
  } else {
    Loaded loaded = loadScenario(o.positional, io);
    if (!loaded.document) return loaded.exitCode;
    auto parsed = scenarioSeries(*loaded.document, o.value("line"));
    if (!parsed) return refuse(io, parsed.error());
    series = std::move(parsed).value();
  }

  nlohmann::ordered_json json;
  json["series"] = seriesJson(series);
  nlohmann::ordered_json models = nlohmann::ordered_json::array();
  std::optional<ModelForecast> usedForecast;
  for (const ModelSpec& spec : specs) {
    ModelRun run{spec, forecastWith(series, spec, options)};
    models.push_back(modelJson(series, run));
    if (used && modelKey(spec) == modelKey(*used)) {
      if (!run.result) return refuse(io, run.result.error());
      usedForecast = run.result.value();
    }
  }
  json["models"] = models;
  if (*origins > 0) {
    auto tested = backtest(series, specs, {*origins, *backtestHorizon});
    if (!tested) return refuse(io, tested.error());
    json["backtest"] = backtestJson(tested.value());
  }
  if (usedForecast) {
    const int code = useAsDrivers(o, o.value("line"), series, *usedForecast, percentile, json, io);
    if (code != kOk) return code;
  }
  io.out << jsonOutput(json) << "\n";
  return kOk;
}

}  // namespace valor::cli
