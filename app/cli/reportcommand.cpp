// valor-cli report: a scenario's reports without a display — an Excel workbook whose model is
// live formulas (--xlsx) and CSV files of its outputs and tables (--csv).
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/report/csv.h"
#include "core/report/workbook.h"

namespace valor::cli {
namespace {

constexpr const char* kUsage =
    "usage: valor-cli report (FILE | WS SCENARIO) [--xlsx FILE.xlsx] [--csv DIRECTORY]\n"
    "  --xlsx  a workbook: Inputs, the model as formulas over them, and the engine's Results\n"
    "  --csv   outputs.csv and one CSV per table into an existing directory\n";

int refused(const Error& e, Streams io) {
  io.err << "valor-cli: " << (e.context.empty() ? "" : e.context + ": ") << e.message << "\n";
  if (e.issues.size() > 1) printIssues(e.issues, io.err);
  return e.code == "report.not_valued" ? kValidationIssues : kBadInput;
}

}  // namespace

int runReport(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"xlsx", "csv"}, {}, io);
  if (!o.ok) return kBadInput;
  if (o.positional.empty() || o.positional.size() > 2 || (!o.has("xlsx") && !o.has("csv"))) {
    io.err << kUsage;
    return kBadInput;
  }
  const Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  if (o.has("xlsx")) {
    if (auto written = exportWorkbook(*loaded.document, o.value("xlsx")); !written)
      return refused(written.error(), io);
    io.out << "wrote " << o.value("xlsx") << "\n";
  }
  if (o.has("csv")) {
    if (auto written = exportCsv(*loaded.document, o.value("csv")); !written)
      return refused(written.error(), io);
    io.out << "wrote CSV files into " << o.value("csv") << "\n";
  }
  return kOk;
}

}  // namespace valor::cli
