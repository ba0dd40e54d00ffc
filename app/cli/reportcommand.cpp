// valor-cli report: reports without a display — an Excel workbook whose model is live formulas
// (--xlsx) and CSV files of the outputs and tables (--csv), for one scenario or, with --all,
// for every scenario of a workspace.
#include <filesystem>
#include <iostream>
#include <set>

#include "cliio.h"
#include "commands.h"
#include "core/report/csv.h"
#include "core/report/reportfilename.h"
#include "core/report/workbook.h"
#include "core/store/workspace.h"

namespace valor::cli {
namespace {

constexpr const char* kUsage =
    "usage: valor-cli report (FILE | WS SCENARIO) [--xlsx FILE.xlsx] [--csv DIRECTORY]\n"
    "       valor-cli report WS --all [--xlsx DIRECTORY] [--csv DIRECTORY]\n"
    "  --xlsx  a workbook: Inputs, the model as formulas over them, and the engine's Results\n"
    "  --csv   outputs.csv and one CSV per table into an existing directory\n"
    "  --all   every scenario of the workspace: <name>.xlsx, and CSV files in <name>/\n";

// `what` names the scenario when a workspace's scenarios are reported together.
int refused(const Error& e, const std::string& what, Streams io) {
  // A message that already starts with its field is not prefixed with it again.
  const bool named = !e.context.empty() && e.message.rfind(e.context, 0) == 0;
  io.err << "valor-cli: " << (what.empty() ? "" : what + ": ")
         << (e.context.empty() || named ? "" : e.context + ": ") << e.message << "\n";
  if (e.issues.size() > 1) printIssues(e.issues, io.err);
  return e.code == "report.not_valued" ? kValidationIssues : kBadInput;
}

// The reports of one scenario; the exit code.
int reportOne(const ScenarioDocument& doc, const std::string& xlsx, const std::string& csv,
              const std::string& what, Streams io) {
  if (!xlsx.empty()) {
    if (auto written = exportWorkbook(doc, xlsx); !written)
      return refused(written.error(), what, io);
    io.out << "wrote " << xlsx << "\n";
  }
  if (!csv.empty()) {
    if (auto written = exportCsv(doc, csv); !written) return refused(written.error(), what, io);
    io.out << "wrote CSV files into " << csv << "\n";
  }
  return kOk;
}

int reportAll(const Options& o, Streams io) {
  auto ws = Workspace::open(o.positional[0], {systemClock(), randomIdGenerator(), true});
  if (!ws) {
    io.err << "valor-cli: " << o.positional[0] << ": " << ws.error().message << "\n";
    return kBadInput;
  }
  auto list = ws.value()->listScenarios();
  if (!list) return refused(list.error(), o.positional[0], io);
  for (const char* option : {"xlsx", "csv"}) {
    std::error_code error;
    if (o.has(option) && !std::filesystem::is_directory(o.value(option), error)) {
      io.err << "valor-cli: --" << option << " " << o.value(option)
             << ": with --all, an existing directory\n";
      return kBadInput;
    }
  }
  // Every scenario is tried; the worst outcome is the exit code.
  int exit = kOk;
  std::set<std::string> used;
  for (const ScenarioSummary& s : list.value()) {
    auto stored = ws.value()->loadScenario(s.id);
    if (!stored) {
      exit = std::max(exit, refused(stored.error(), s.name, io));
      continue;
    }
    const std::filesystem::path name = reportFileName(s, used);
    std::string csv;
    if (o.has("csv")) {
      const std::filesystem::path dir = std::filesystem::path(o.value("csv")) / name;
      std::error_code error;
      std::filesystem::create_directories(dir, error);
      if (error) {
        io.err << "valor-cli: " << dir.string() << ": " << error.message() << "\n";
        exit = kBadInput;
        continue;
      }
      csv = dir.string();
    }
    const std::string xlsx =
        o.has("xlsx") ? (std::filesystem::path(o.value("xlsx")) / name).string() + ".xlsx" : "";
    exit = std::max(exit, reportOne(stored.value().document, xlsx, csv, s.name, io));
  }
  return exit;
}

}  // namespace

int runReport(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"xlsx", "csv"}, {"all"}, io);
  if (!o.ok) return kBadInput;
  const bool all = o.has("all");
  if (o.positional.empty() || o.positional.size() > (all ? 1u : 2u) ||
      (!o.has("xlsx") && !o.has("csv"))) {
    io.err << kUsage;
    return kBadInput;
  }
  if (all) return reportAll(o, io);
  const Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  return reportOne(*loaded.document, o.value("xlsx"), o.value("csv"), "", io);
}

}  // namespace valor::cli
