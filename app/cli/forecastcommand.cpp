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

// Writes `forecast` into the driver the line informs, as one change on top of the revision the
// series was read from.
int useAsDrivers(const Options& o, Workspace& workspace, const Id& scenario,
                 const StoredScenario& stored, const Series& series, const ModelForecast& forecast,
                 std::optional<double> percentile, nlohmann::ordered_json& json, Streams io) {
  auto drivers =
      driversFromForecast(stored.document, o.value("line"), series, forecast, percentile);
  if (!drivers) {
    printIssues(drivers.error().issues, io.err);
    return refuse(io, drivers.error());
  }
  Mutation m;
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.revision;
  m.label = drivers.value().labelText;
  m.labelCode = drivers.value().label;  // the desktop shows it translated
  m.ops = drivers.value().ops;
  nlohmann::ordered_json applied{{"driver", drivers.value().driver},
                                 {"source", drivers.value().source}};
  nlohmann::ordered_json values = nlohmann::ordered_json::object();
  for (const auto& [year, value] : drivers.value().values) values[std::to_string(year)] = value;
  applied["values"] = values;
  applied["changed"] = !m.ops.empty();
  applied["revision"] = stored.revision;
  if (!m.ops.empty()) {
    auto revision = workspace.commit(scenario, m);
    if (!revision) return fail(revision.error(), io, o.positional[0]);
    applied["revision"] = revision.value();
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
  if (o.has("percentile") && !o.has("use")) {
    io.err << "valor-cli: --percentile chooses the path --use writes; give --use MODEL too\n";
    return kBadInput;
  }
  auto whole = [&](const char* name, std::uint64_t fallback, std::uint64_t min, std::uint64_t max) {
    return o.has(name) ? wholeOption(o, name, min, max, io)
                       : std::optional<std::uint64_t>(fallback);
  };
  const auto horizon = whole("horizon", 10, 1, 240);
  const auto origins = whole("backtest", 0, 0, 1000);
  const auto backtestHorizon = whole("backtest-horizon", 1, 1, 240);
  const auto seed = whole("seed", ForecastOptions{}.seed, 0, (std::uint64_t{1} << 53) - 1);
  if (!horizon || !origins || !backtestHorizon || !seed) return kBadInput;
  ForecastOptions options;
  options.horizon = static_cast<int>(*horizon);
  options.seed = *seed;
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

  // The series: from a file, from a scenario read as it is, or — to write drivers — from the
  // workspace's scenario at the revision the change will be made on.
  Series series;
  std::optional<Opened> opened;
  std::optional<StoredScenario> stored;
  if (fromFile) {
    auto text = readInput(o.value("series"), 16 << 20, io);
    if (!text) return kBadInput;
    auto parsed = parseSeriesText(*text, o.value("name", "series"));
    if (!parsed) return refuse(io, parsed.error());
    series = std::move(parsed).value();
  } else {
    std::optional<ScenarioDocument> document;
    if (used) {
      opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
      if (!opened) return kBadInput;
      auto loaded = opened->workspace->loadScenario(*opened->scenario);
      if (!loaded) return fail(loaded.error(), io, o.positional[0]);
      stored = std::move(loaded).value();
      document = stored->document;
    } else {
      Loaded loaded = loadScenario(o.positional, io);
      if (!loaded.document) return loaded.exitCode;
      document = std::move(loaded.document);
    }
    auto parsed = scenarioSeries(*document, o.value("line"));
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
    auto tested = backtest(
        series, specs,
        {static_cast<int>(*origins), static_cast<int>(*backtestHorizon), std::stop_token{}});
    if (!tested) return refuse(io, tested.error());
    json["backtest"] = backtestJson(tested.value());
  }
  if (usedForecast) {
    const int code = useAsDrivers(o, *opened->workspace, *opened->scenario, *stored, series,
                                  *usedForecast, percentile, json, io);
    if (code != kOk) return code;
  }
  io.out << jsonOutput(json) << "\n";
  return kOk;
}

}  // namespace valor::cli
