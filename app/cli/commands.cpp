#include "commands.h"

#include <iostream>
#include <optional>

#include "cliio.h"
#include "core/analytics/montecarlosettings.h"
#include "core/model/scenariojson.h"
#include "core/model/schema.h"
#include "core/models/evaluationjson.h"
#include "core/models/registry.h"
#include "core/store/workspace.h"

namespace valor::cli {

int runNew(const std::vector<std::string>& args, Streams io) {
  const ModelKind* kind = args.size() == 1 ? findModelKind(args[0]) : nullptr;
  if (!kind) {
    io.err << "usage: valor-cli new ";
    const auto kinds = modelKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i) io.err << (i ? "|" : "") << kinds[i]->id();
    io.err << "\n";
    return kBadInput;
  }
  io.out << kind->scenarioTemplate();
  return kOk;
}

int runValidate(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"format"}, {}, io);
  const auto format = formatOption(o, {"text", "json"}, io);
  if (!o.ok || !format || o.positional.empty() || o.positional.size() > 2) {
    io.err << "usage: valor-cli validate FILE [--format text|json]\n"
              "       valor-cli validate WORKSPACE.valor SCENARIO [--format text|json]\n";
    return kBadInput;
  }
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  const Evaluation evaluation = evaluateScenario(*loaded.document);
  // The Monte Carlo settings are part of the file: their problems count too.
  Issues issues = evaluation.issues;
  Issues analytics = monteCarloIssues(*loaded.document);
  if (analytics.empty() && evaluation.valued) analytics = monteCarloRunIssues(*loaded.document);
  issues.insert(issues.end(), analytics.begin(), analytics.end());
  const bool failed = !evaluation.valued || hasErrors(analytics);
  if (*format == "json") {
    nlohmann::ordered_json out;
    out["valid"] = !failed;
    out["warnings"] = issuesToJson(issues, Severity::Warning);
    out["issues"] = issuesToJson(issues, Severity::Error);
    io.out << jsonOutput(out) << "\n";
  } else {
    printIssues(issues, failed ? io.err : io.out);
    if (!failed) io.out << o.positional.back() << ": valid\n";
  }
  return failed ? kValidationIssues : kOk;
}

int runEvaluate(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"format"}, {}, io);
  const auto format = formatOption(o, {"json", "table"}, io);
  if (!o.ok || !format || o.positional.empty() || o.positional.size() > 2) {
    io.err << "usage: valor-cli evaluate FILE [--format json|table]\n"
              "       valor-cli evaluate WORKSPACE.valor SCENARIO [--format json|table]\n";
    return kBadInput;
  }
  Loaded loaded = loadScenario(o.positional, io);
  if (!loaded.document) return loaded.exitCode;
  const Evaluation evaluation = evaluateScenario(*loaded.document);
  const ModelKind* kind = modelKindOf(*loaded.document);
  if (*format == "json") {
    io.out << jsonOutput(kind ? kind->evaluationJson(*loaded.document, evaluation)
                              : genericEvaluationJson(*loaded.document, evaluation))
           << "\n";
    if (!evaluation.valued) printIssues(evaluation.issues, io.err);
  } else if (evaluation.valued) {
    kind->printEvaluation(*loaded.document, evaluation, io.out);
  } else {
    printIssues(evaluation.issues, io.err);
  }
  return evaluation.valued ? kOk : kValidationIssues;
}

int runSchema(const std::vector<std::string>& args, Streams io) {
  if (!args.empty()) {
    io.err << "usage: valor-cli schema\n";
    return kBadInput;
  }
  io.out << schemaReferenceMarkdown();
  return kOk;
}

}  // namespace valor::cli
