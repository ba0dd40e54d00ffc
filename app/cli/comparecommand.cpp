// valor-cli compare: scenarios (or states of one) side by side, and the value bridge from the
// first to the second. JSON by default; --format table for people.
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/common/numbertext.h"
#include "core/compare/bridge.h"
#include "core/compare/bridgehistory.h"
#include "core/compare/outputdiff.h"
#include "core/compare/scenarioref.h"
#include "core/jobs/threadpool.h"
#include "core/model/flatjson.h"
#include "core/models/registry.h"
#include "core/models/texttable.h"

namespace valor::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kUsage =
    "usage: valor-cli compare WS A B [C ...] [--bridge sequential|shapley|none]\n"
    "                         [--output KEY] [--order GROUP,GROUP,...] [--all-inputs]\n"
    "                         [--format json|table]\n"
    "A, B, ...: 2 to 6 scenarios by ID or name, each as it is now or at a state:\n"
    "NAME@12 (revision 12), NAME@v3 (saved version 3). The bridge explains the change in\n"
    "--output (default: the kind's main output) from A to B by input group.\n";

constexpr std::size_t kMaxCompared = 6;

struct Compared {
  std::string reference;
  ScenarioState state;
  Evaluation evaluation;
};

Json optionalValue(const std::optional<Value>& v) {
  return v ? valueToJson(*v) : Json(nullptr);
}

Json optionalNumber(const std::optional<double>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json inputRowJson(const InputRow& row) {
  Json values = Json::array();
  for (const auto& v : row.values) values.push_back(optionalValue(v));
  return {{"path", row.path}, {"unit", row.unit}, {"values", values}, {"changed", row.changed}};
}

Json bridgeJson(const ValueBridge& bridge) {
  Json steps = Json::array();
  double sum = 0;
  for (const BridgeStep& step : bridge.steps) {
    sum += step.change;
    Json fields = Json::array();
    for (const InputRow& f : step.fields)
      fields.push_back({{"path", f.path},
                        {"from", optionalValue(f.values[0])},
                        {"to", optionalValue(f.values[1])}});
    Json history = Json::array();
    for (const BridgeHistoryEntry& h : step.history)
      history.push_back({{"revision", h.revision},
                         {"author", h.author},
                         {"committed_ms", h.committedMs},
                         {"label", h.label}});
    Json s = {{"group", step.group}, {"label", step.label}, {"change", step.change}};
    if (!bridge.exact) s["standard_error"] = step.standardError;
    s["fields"] = std::move(fields);
    s["history"] = std::move(history);
    steps.push_back(std::move(s));
  }
  Json out = {{"output", bridge.output},
              {"unit", bridge.unit},
              {"method", bridgeMethodName(bridge.method)},
              {"exact", bridge.exact}};
  if (!bridge.exact) out["sampled_orders"] = bridge.sampledOrders;
  out["from"] = bridge.from;
  out["to"] = bridge.to;
  out["total"] = bridge.to - bridge.from;
  out["sum_of_steps"] = sum;
  out["evaluations"] = bridge.evaluations;
  out["steps"] = std::move(steps);
  Json other = Json::array();
  for (const InputRow& row : bridge.otherChanges) other.push_back(row.path);
  out["changes_outside_the_model"] = std::move(other);
  return out;
}

void printTable(const std::vector<Compared>& compared, const std::vector<InputRow>& inputs,
                const std::vector<OutputRow>& outputs, const ValueBridge* bridge,
                std::ostream& out) {
  using namespace texttable;
  constexpr std::size_t kWidth = 16;
  // Columns are lettered; the legend names them in full.
  const auto fit = [](std::string text) {
    return text.size() < kWidth ? text : text.substr(0, kWidth - 4) + "...";
  };
  for (std::size_t i = 0; i < compared.size(); ++i) {
    const std::string* name = compared[i].state.document.root().text("name");
    out << char('A' + i) << "  " << compared[i].reference
        << (name && *name != compared[i].reference ? " (" + *name + ")" : "") << ", revision "
        << compared[i].state.revision << "\n";
  }
  out << "\n" << padRight("", 36);
  for (std::size_t i = 0; i < compared.size(); ++i)
    out << pad(std::string(1, char('A' + i)), kWidth);
  out << "\n\nOutputs (change from A)\n";
  for (const OutputRow& row : outputs) {
    out << padRight("  " + row.key, 36);
    for (const auto& v : row.values) out << pad(v ? generalText(*v, 6) : "—", kWidth);
    out << "\n";
    if (compared.size() > 1) {
      out << padRight("    Δ", 36) << pad("", kWidth);
      for (std::size_t i = 1; i < row.values.size(); ++i) {
        const auto d = row.change(i);
        const auto r = row.relativeChange(i);
        out << pad(d ? generalText(*d, 4) + (r ? " (" + pct(*r) + ")" : "") : "—", kWidth);
      }
      out << "\n";
    }
  }
  out << "\nChanged inputs\n";
  for (const InputRow& row : inputs) {
    if (!row.changed) continue;
    out << padRight("  " + row.path, 36);
    for (const auto& v : row.values) out << pad(v ? fit(inputValueText(*v)) : "—", kWidth);
    out << "\n";
  }
  if (!bridge) return;
  out << "\nBridge of " << bridge->output << " (" << bridgeMethodName(bridge->method)
      << (bridge->exact ? "" : ", sampled") << ")\n";
  line(out, "A", generalText(bridge->from, 8));
  for (const BridgeStep& step : bridge->steps)
    line(out, "  " + step.label,
         (step.change >= 0 ? "+" : "") + generalText(step.change, 6) +
             (bridge->exact ? "" : " ± " + generalText(step.standardError, 2)));
  line(out, "B", generalText(bridge->to, 8));
}

}  // namespace

int runCompare(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"bridge", "output", "order", "format"}, {"all-inputs"}, io);
  if (!o.ok) return kBadInput;
  if (o.positional.size() < 3 || o.positional.size() > kMaxCompared + 1) {
    io.err << kUsage;
    return kBadInput;
  }
  const auto format = formatOption(o, {"json", "table"}, io);
  if (!format) return kBadInput;
  const std::string bridgeName = o.value("bridge", "sequential");
  const auto method = bridgeMethodFromName(bridgeName);
  if (!method && bridgeName != "none") {
    io.err << "valor-cli: --bridge must be sequential, shapley or none, not '" << bridgeName
           << "'\n";
    return kBadInput;
  }

  WorkspaceOptions wsOptions{systemClock(), randomIdGenerator(), true};
  auto ws = Workspace::open(o.positional[0], wsOptions);
  if (!ws) {
    io.err << "valor-cli: " << o.positional[0] << ": " << ws.error().message << "\n";
    return kBadInput;
  }
  std::vector<Compared> compared;
  for (std::size_t i = 1; i < o.positional.size(); ++i) {
    auto state = scenarioStateOf(*ws.value(), o.positional[i]);
    if (!state) {
      io.err << "valor-cli: " << o.positional[i] << ": " << state.error().message << "\n";
      return kBadInput;
    }
    Evaluation evaluation = evaluateScenario(state.value().document);
    compared.push_back({o.positional[i], std::move(state).value(), std::move(evaluation)});
  }

  std::vector<const ScenarioDocument*> docs;
  std::vector<const Evaluation*> evaluations;
  for (const Compared& c : compared) {
    docs.push_back(&c.state.document);
    evaluations.push_back(&c.evaluation);
  }
  const std::vector<InputRow> inputs = compareInputs(docs);
  const std::vector<OutputRow> outputs = compareOutputs(evaluations);

  std::optional<ValueBridge> bridge;
  if (method) {
    jobs::ThreadPool pool;
    BridgeOptions options;
    options.method = *method;
    options.pool = &pool;
    options.output = o.value("output");
    for (std::size_t start = 0, comma; start <= o.value("order").size(); start = comma + 1) {
      comma = o.value("order").find(',', start);
      if (comma == std::string::npos) comma = o.value("order").size();
      if (comma > start) options.order.push_back(o.value("order").substr(start, comma - start));
    }
    auto made = valueBridge(compared[0].state.document, compared[1].state.document, options);
    if (!made) {
      io.err << "valor-cli: bridge: " << made.error().message << "\n";
      return kBadInput;
    }
    bridge = std::move(made).value();
    if (compared[0].state.scenario == compared[1].state.scenario) {
      auto named =
          attributeHistory(*ws.value(), compared[0].state.scenario, compared[0].state.revision,
                           compared[1].state.revision, *bridge);
      if (!named) {
        io.err << "valor-cli: bridge history: " << named.error().message << "\n";
        return kBadInput;
      }
    }
  }

  if (*format == "table") {
    printTable(compared, inputs, outputs, bridge ? &*bridge : nullptr, io.out);
    return kOk;
  }
  Json out;
  Json scenarios = Json::array();
  for (const Compared& c : compared) {
    const std::string* name = c.state.document.root().text("name");
    const std::string* model = c.state.document.root().text("model");
    scenarios.push_back({{"reference", c.reference},
                         {"id", c.state.scenario.toString()},
                         {"name", name ? *name : ""},
                         {"model", model ? *model : ""},
                         {"state", c.state.which},
                         {"revision", c.state.revision},
                         {"valued", c.evaluation.valued}});
  }
  out["scenarios"] = std::move(scenarios);
  Json inputRows = Json::array();
  for (const InputRow& row : inputs)
    if (row.changed || o.has("all-inputs")) inputRows.push_back(inputRowJson(row));
  out["inputs"] = std::move(inputRows);
  Json outputRows = Json::array();
  for (const OutputRow& row : outputs) {
    Json values = Json::array(), change = Json::array(), relative = Json::array();
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      values.push_back(optionalNumber(row.values[i]));
      change.push_back(optionalNumber(row.change(i)));
      relative.push_back(optionalNumber(row.relativeChange(i)));
    }
    outputRows.push_back({{"key", row.key},
                          {"unit", row.unit},
                          {"shared", row.shared},
                          {"values", values},
                          {"change", change},
                          {"relative_change", relative}});
  }
  out["outputs"] = std::move(outputRows);
  out["bridge"] = bridge ? bridgeJson(*bridge) : Json(nullptr);
  io.out << jsonOutput(out) << "\n";
  return kOk;
}

}  // namespace valor::cli
