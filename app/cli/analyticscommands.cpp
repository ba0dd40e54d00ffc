// valor-cli montecarlo | sensitivity | tornado | goalseek: the analytics engines on a scenario,
// JSON out. Settings errors are validation issues (exit 1); unreadable input is exit 2.
#include <algorithm>
#include <iostream>
#include <map>
#include <thread>

#include "cliio.h"
#include "commands.h"
#include "core/analytics/analyticsjson.h"
#include "core/analytics/montecarlosettings.h"
#include "core/models/registry.h"

namespace valor::cli {
namespace {

int fail(Streams io, const Error& e) {
  // Messages that already start with the field they are about are not prefixed with it again.
  const bool named = !e.context.empty() && e.message.rfind(e.context, 0) == 0;
  io.err << "valor-cli: " << (e.context.empty() || named ? "" : e.context + ": ") << e.message
         << "\n";
  return kValidationIssues;
}

int usage(Streams io, const char* text) {
  io.err << text;
  return kBadInput;
}

// "a, b, c" with `lastSeparator` before the last key.
std::string outputList(const std::vector<OutputSpec>& outputs, const char* lastSeparator) {
  std::string list;
  for (std::size_t i = 0; i < outputs.size(); ++i)
    list += (i == 0 ? "" : i + 1 == outputs.size() ? lastSeparator : ", ") + outputs[i].key;
  return list;
}

std::optional<OutputIndex> outputIndexOf(const std::vector<OutputSpec>& outputs,
                                         const std::string& name) {
  for (std::size_t i = 0; i < outputs.size(); ++i)
    if (outputs[i].key == name) return i;
  return std::nullopt;
}

// --output among the outputs of the scenario's model kind; the first when it is not given.
std::optional<OutputIndex> outputOption(const Options& o, const ScenarioDocument& doc, Streams io) {
  const std::vector<OutputSpec> outputs = valuationOutputs(doc);
  if (!o.has("output")) return outputs.empty() ? std::nullopt : std::optional<OutputIndex>(0);
  const std::string name = o.value("output");
  auto output = outputIndexOf(outputs, name);
  if (!output)
    io.err << "valor-cli: --output must be " << outputList(outputs, " or ") << ", not '" << name
           << "'\n";
  return output;
}

// FIELD=from:to:steps
struct AxisOption {
  std::string path;
  std::vector<double> values;
};
std::optional<AxisOption> axisOption(const std::string& text, Streams io) {
  const auto eq = text.rfind('=');
  const auto c1 = text.find(':', eq == std::string::npos ? 0 : eq);
  const auto c2 = c1 == std::string::npos ? c1 : text.find(':', c1 + 1);
  if (eq == std::string::npos || c1 == std::string::npos || c2 == std::string::npos) {
    io.err << "valor-cli: an axis is FIELD=from:to:steps (FIELD a path in the scenario file, as "
              "valor-cli schema describes), not '"
           << text << "'\n";
    return std::nullopt;
  }
  const auto from = parseNumber(text.substr(eq + 1, c1 - eq - 1));
  const auto to = parseNumber(text.substr(c1 + 1, c2 - c1 - 1));
  const auto steps = parseNumber(text.substr(c2 + 1));
  if (!from || !to || !steps || *steps != std::floor(*steps) || *steps < 1 ||
      *steps > static_cast<double>(kMaxGridSteps)) {
    io.err << "valor-cli: in '" << text << "', from and to must be numbers and steps a whole "
           << "number from 1 to " << kMaxGridSteps << "\n";
    return std::nullopt;
  }
  return AxisOption{text.substr(0, eq), linearSteps(*from, *to, static_cast<std::size_t>(*steps))};
}

}  // namespace

int runMonteCarlo(const std::vector<std::string>& args, Streams io) {
  constexpr const char* kHelp =
      "usage: valor-cli montecarlo FILE|WS SCENARIO [--paths N] [--seed S] [--threads T]\n"
      "                            [--output NAME] [--target VALUE]\n"
      "Runs the scenario's saved Monte Carlo settings (\"monte_carlo\" in the file); the options\n"
      "override them for this run.\n";
  const Options o = parseOptions(args, {"paths", "seed", "threads", "output", "target"}, {}, io);
  if (!o.ok || o.positional.empty() || o.positional.size() > 2) return usage(io, kHelp);
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  auto settings = monteCarloSettings(*loaded.document);
  if (!settings) return fail(io, settings.error());
  MonteCarloSettings s = settings.value();
  if (o.has("paths")) {
    auto v = wholeOption(o, "paths", 1, kMaxMonteCarloPaths, io);
    if (!v) return kBadInput;
    s.paths = *v;
  }
  if (o.has("seed")) {
    auto v = wholeOption(o, "seed", 0, (std::uint64_t{1} << 53) - 1, io);
    if (!v) return kBadInput;
    s.seed = *v;
  }
  unsigned threads = 0;
  if (o.has("threads")) {
    auto v = wholeOption(o, "threads", 1, 256, io);
    if (!v) return kBadInput;
    threads = static_cast<unsigned>(*v);
  }
  if (o.has("output")) {
    auto output = outputOption(o, *loaded.document, io);
    if (!output) return kBadInput;
    s.output = o.value("output");
  }
  if (o.has("target")) {
    auto v = parseNumber(o.value("target"));
    if (!v) return usage(io, "valor-cli: --target must be a number\n");
    s.targetPrice = *v;
  }
  auto prepared = prepareMonteCarlo(*loaded.document, s);
  if (!prepared) return fail(io, prepared.error());
  jobs::ThreadPool pool(threads);
  auto result = valor::runMonteCarlo(prepared.value(), pool, threads);
  if (!result) return fail(io, result.error());
  io.out << jsonOutput(monteCarloToJson(prepared.value(), result.value())) << "\n";
  if (result.value().valued == 0) {
    io.err << "valor-cli: no path could be valued (see unvalued_paths): the statistics are null\n";
    return kValidationIssues;
  }
  return kOk;
}

// The grid saved with the scenario by the desktop ("sensitivity" in the file): one axis.
std::optional<AxisOption> savedAxis(const Entity& saved, const std::string& prefix) {
  const std::string* path = saved.text(prefix);
  const double* from = saved.number(prefix + "_from");
  const double* to = saved.number(prefix + "_to");
  const double* steps = saved.number(prefix + "_steps");
  if (!path || !from || !to) return std::nullopt;
  return AxisOption{*path, linearSteps(*from, *to, static_cast<std::size_t>(steps ? *steps : 9))};
}

int runSensitivity(const std::vector<std::string>& args, Streams io) {
  constexpr const char* kHelp =
      "usage: valor-cli sensitivity FILE|WS SCENARIO [--x FIELD=from:to:steps]\n"
      "                             [--y FIELD=from:to:steps] [--output NAME]\n"
      "A one-way sweep over --x, or a two-way grid with --y (rows); at most 200 steps each.\n"
      "Without --x, the grid saved with the scenario (the desktop's last one) and its output.\n";
  const Options o = parseOptions(args, {"x", "y", "output"}, {}, io);
  if (!o.ok || o.positional.empty() || o.positional.size() > 2 || (o.has("y") && !o.has("x")))
    return usage(io, kHelp);
  std::optional<AxisOption> x, y;
  if (o.has("x")) {
    x = axisOption(o.value("x"), io);
    if (!x) return kBadInput;
  }
  if (o.has("y")) {
    y = axisOption(o.value("y"), io);
    if (!y) return kBadInput;
  }
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  const ScenarioDocument& doc = *loaded.document;
  auto output = outputOption(o, doc, io);
  if (!output) return kBadInput;
  if (!x) {
    const Entity* saved = doc.child(doc.root(), "sensitivity");
    x = saved ? savedAxis(*saved, "across") : std::nullopt;
    if (!x) {
      io.err << "valor-cli: the scenario has no saved sensitivity grid: give --x\n";
      return kBadInput;
    }
    y = savedAxis(*saved, "down");
    if (const std::string* key = saved->text("output"); key && !o.has("output"))
      output = outputIndexOf(valuationOutputs(doc), *key).value_or(*output);
  }
  std::vector<std::string> paths = {x->path};
  if (y) paths.push_back(y->path);
  auto model = prepareValuationModel(*loaded.document, paths);
  if (!model) return fail(io, model.error());
  const SensitivityGrid grid =
      evaluateGrid(*model.value(), *output, x->values,
                   y ? std::span<const double>(y->values) : std::span<const double>());
  // The object's other members, reopened to append the cells (written as rows, not a tree).
  std::string head = jsonOutput(gridToJson(*model.value(), *output, grid));
  head.resize(head.rfind('\n'));
  io.out << head << ",\n  \"cells\": ";
  writeGridRowsJson(io.out, grid, "  ");
  io.out << ",\n  \"unvalued_cells\": " << grid.unvalued << "\n}\n";
  return kOk;
}

int runTornado(const std::vector<std::string>& args, Streams io) {
  constexpr const char* kHelp =
      "usage: valor-cli tornado FILE|WS SCENARIO [--change 0.1] [--inputs PATH,PATH,...]\n"
      "                         [--ranges PATH=low:high,...] [--output NAME]\n"
      "Moves each input alone by ±change (a fraction of its base value; default 10 %), or to the\n"
      "low and high values --ranges gives it, and sorts the inputs by the swing of the output;\n"
      "the spider lines go from −change to +change.\n"
      "Default inputs: every numeric input the scenario's valuation uses.\n";
  const Options o = parseOptions(args, {"change", "inputs", "ranges", "output"}, {}, io);
  if (!o.ok || o.positional.empty() || o.positional.size() > 2) return usage(io, kHelp);
  const auto change = parseNumber(o.value("change", "0.1"));
  if (!change || !(*change > 0 && *change < 1))
    return usage(io, "valor-cli: --change must be a number between 0 and 1 (0.1 = ±10 %)\n");
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  const auto output = outputOption(o, *loaded.document, io);
  if (!output) return kBadInput;
  // --ranges PATH=low:high,...: explicit low and high values for some inputs.
  std::map<std::string, std::pair<double, double>> explicitRanges;
  for (const std::string& item : splitList(o.value("ranges"))) {
    const auto eq = item.rfind('=');
    const auto colon = eq == std::string::npos ? eq : item.find(':', eq);
    const auto low = colon == std::string::npos ? std::nullopt
                                                : parseNumber(item.substr(eq + 1, colon - eq - 1));
    const auto high =
        colon == std::string::npos ? std::nullopt : parseNumber(item.substr(colon + 1));
    if (!low || !high)
      return usage(io, "valor-cli: --ranges takes PATH=low:high entries separated by commas\n");
    explicitRanges[item.substr(0, eq)] = {*low, *high};
  }
  std::vector<std::string> paths =
      o.has("inputs") ? splitList(o.value("inputs")) : valuationInputPaths(*loaded.document);
  for (const auto& [path, range] : explicitRanges)
    if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
  auto model = prepareValuationModel(*loaded.document, paths);
  if (!model) return fail(io, model.error());
  auto ranges = relativeRanges(*model.value(), *change);
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (auto it = explicitRanges.find(paths[i]); it != explicitRanges.end()) ranges[i] = it->second;
  const Tornado tornado = evaluateTornado(*model.value(), *output, ranges);
  const std::vector<double> changes = linearSteps(-*change, *change, 5);
  const auto spider = evaluateSpider(*model.value(), *output, changes);
  io.out << jsonOutput(tornadoToJson(*model.value(), *output, tornado, *change, changes, spider))
         << "\n";
  return kOk;
}

int runGoalSeek(const std::vector<std::string>& args, Streams io) {
  constexpr const char* kHelp =
      "usage: valor-cli goalseek FILE|WS SCENARIO --set FIELD --target OUTPUT=VALUE\n"
      "Solves FIELD for the value at which OUTPUT equals VALUE (e.g. the implied WACC at a "
      "price).\n";
  const Options o = parseOptions(args, {"set", "target"}, {}, io);
  if (!o.ok || o.positional.empty() || o.positional.size() > 2 || !o.has("set") || !o.has("target"))
    return usage(io, kHelp);
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  const std::string target = o.value("target");
  const auto eq = target.find('=');
  const std::vector<OutputSpec> outputs = valuationOutputs(*loaded.document);
  const auto output =
      outputIndexOf(outputs, eq == std::string::npos ? target : target.substr(0, eq));
  const auto value = eq == std::string::npos ? std::nullopt : parseNumber(target.substr(eq + 1));
  if (!output || !value)
    return usage(io, ("valor-cli: --target is OUTPUT=VALUE with OUTPUT one of " +
                      outputList(outputs, ", ") + "\n")
                         .c_str());
  auto model = prepareValuationModel(*loaded.document, {o.value("set")});
  if (!model) return fail(io, model.error());
  auto result = goalSeek(*model.value(), *output, *value);
  if (!result) return fail(io, result.error());
  io.out << jsonOutput(goalSeekToJson(*model.value(), *output, *value, result.value())) << "\n";
  return kOk;
}

}  // namespace valor::cli
