// valor-cli football: the workspace's football field — every saved value-per-share range
// valued on the scenarios as they are now; --set saves new settings first.
#include <algorithm>
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/common/numbertext.h"
#include "core/compare/footballstore.h"
#include "core/jobs/threadpool.h"
#include "core/models/texttable.h"

namespace valor::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kUsage =
    "usage: valor-cli football WS [--set SETTINGS.json] [--format json|table]\n"
    "Values each saved range of the workspace's football field (value per share). --set\n"
    "checks and saves new settings first (- for standard input); docs/reports.md shows them.\n";

Json barJson(const FootballBar& bar, const ValuedFootballBar& valued) {
  Json b = {{"label", valued.label}, {"method", footballMethodName(bar.method)}};
  if (bar.method != FootballMethod::Typed) {
    b["scenario"] = bar.scenario.toString();
    b["scenario_name"] = valued.scenarioName;
  }
  if (!valued.range) {
    b["error"] = {{"code", valued.range.error().code}, {"message", valued.range.error().message}};
    return b;
  }
  const FootballRange& r = valued.range.value();
  b["low"] = r.low;
  b["high"] = r.high;
  b["point"] = r.point ? Json(*r.point) : Json(nullptr);
  if (bar.method == FootballMethod::Sensitivity) b["unvalued_cells"] = r.unvalued;
  if (bar.method == FootballMethod::MonteCarlo) {
    b["paths"] = r.paths;
    b["unvalued_paths"] = r.unvalued;
  }
  return b;
}

void printTable(const FootballField& field, const std::vector<ValuedFootballBar>& bars,
                std::ostream& out) {
  using namespace texttable;
  std::size_t width = 8;
  for (const ValuedFootballBar& bar : bars) width = std::max(width, bar.label.size() + 2);
  out << padRight("Range", width) << pad("Low", 12) << pad("Point", 12) << pad("High", 12) << "\n";
  for (const ValuedFootballBar& bar : bars) {
    out << padRight(bar.label, width);
    if (!bar.range) {
      out << "  " << bar.range.error().message << "\n";
      continue;
    }
    const FootballRange& r = bar.range.value();
    out << pad(generalText(r.low, 6), 12) << pad(r.point ? generalText(*r.point, 6) : "—", 12)
        << pad(generalText(r.high, 6), 12) << "\n";
  }
  if (field.currentPrice) out << "Current price: " << generalText(*field.currentPrice, 6) << "\n";
}

}  // namespace

int runFootball(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"set", "format"}, {}, io);
  if (!o.ok) return kBadInput;
  if (o.positional.size() != 1) {
    io.err << kUsage;
    return kBadInput;
  }
  const auto format = formatOption(o, {"json", "table"}, io);
  if (!format) return kBadInput;

  std::optional<FootballField> toSave;
  if (o.has("set")) {
    auto text = readInput(o.value("set"), 1024 * 1024, io);
    if (!text) return kBadInput;
    auto parsed = footballFieldFromJson(*text);
    if (!parsed) {
      if (parsed.error().issues.empty())
        io.err << "valor-cli: " << o.value("set") << ": " << parsed.error().message << "\n";
      else
        printIssues(parsed.error().issues, io.err);
      return kValidationIssues;
    }
    toSave = std::move(parsed).value();
  }
  WorkspaceOptions wsOptions{systemClock(), randomIdGenerator(), !toSave};
  auto ws = Workspace::open(o.positional[0], wsOptions);
  if (!ws) {
    io.err << "valor-cli: " << o.positional[0] << ": " << ws.error().message << "\n";
    return kBadInput;
  }
  if (toSave) {
    if (auto saved = saveFootballField(*ws.value(), *toSave); !saved) {
      io.err << "valor-cli: " << o.positional[0] << ": " << saved.error().message << "\n";
      return kBadInput;
    }
  }
  auto field = loadFootballField(*ws.value());
  if (!field) {
    io.err << "valor-cli: " << o.positional[0]
           << ": saved football field: " << field.error().message << "\n";
    return kBadInput;
  }
  jobs::ThreadPool pool;
  auto bars = valueFootballField(*ws.value(), field.value(), pool);
  if (!bars) {
    io.err << "valor-cli: " << bars.error().message << "\n";
    return kBadInput;
  }
  if (*format == "table") {
    printTable(field.value(), bars.value(), io.out);
    return kOk;
  }
  Json out;
  out["current_price"] =
      field.value().currentPrice ? Json(*field.value().currentPrice) : Json(nullptr);
  Json list = Json::array();
  for (std::size_t i = 0; i < bars.value().size(); ++i)
    list.push_back(barJson(field.value().bars[i], bars.value()[i]));
  out["bars"] = std::move(list);
  io.out << jsonOutput(out) << "\n";
  return kOk;
}

}  // namespace valor::cli
