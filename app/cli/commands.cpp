#include "commands.h"

#include <iostream>
#include <iterator>
#include <optional>
#include <random>

#include "finance/dcfbinding.h"
#include "finance/dcfjson.h"
#include "model/scenariojson.h"
#include "model/schema.h"
#include "tableformat.h"

namespace valor::cli {
namespace {

// IDs for entities a hand-written file leaves without one.
IdGenerator randomIds() {
  std::random_device device;
  const std::uint64_t seed = (std::uint64_t{device()} << 32) ^ device();
  return seededIdGenerator(seed);
}

std::optional<std::string> readInput(const std::string& path, Streams io,
                                     const ScenarioReadLimits& limits) {
  if (path == "-") {
    std::string text;
    char buffer[65536];
    while (io.in.read(buffer, sizeof buffer) || io.in.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(io.in.gcount()));
      if (text.size() > limits.maxBytes) {
        io.err << "valor-cli: standard input: more than " << limits.maxBytes
               << " bytes; a scenario may not be that large\n";
        return std::nullopt;
      }
    }
    return text;
  }
  auto file = readTextFile(path, limits.maxBytes);
  if (!file) {
    io.err << "valor-cli: " << file.error().context << ": " << file.error().message << "\n";
    return std::nullopt;
  }
  return std::move(file).value();
}

void printIssues(const Issues& issues, std::ostream& out) {
  for (const Issue& i : issues)
    out << severityName(i.severity) << ": " << (i.path.empty() ? "(file)" : i.path) << ": "
        << i.message << " [" << i.rule << "]\n";
}

struct Loaded {
  std::optional<ScenarioDocument> document;
  int exitCode = kOk;
};

Loaded loadScenario(const std::string& path, Streams io) {
  const ScenarioReadLimits limits;
  auto text = readInput(path, io, limits);
  if (!text) return {std::nullopt, kBadInput};
  ScenarioParse parse = parseScenarioJson(*text, randomIds(), limits);
  if (!parse.document) {
    io.err << "valor-cli: " << path << ": not a readable scenario file\n";
    printIssues(parse.problems, io.err);
    return {std::nullopt, kBadInput};
  }
  return {std::move(parse.document), kOk};
}

struct Options {
  std::vector<std::string> positional;
  std::string format;
  bool ok = true;
};

Options parseOptions(const std::vector<std::string>& args, const std::string& defaultFormat,
                     std::initializer_list<const char*> formats, Streams io) {
  Options o;
  o.format = defaultFormat;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format" && i + 1 < args.size()) {
      o.format = args[++i];
    } else if (a.rfind("--format=", 0) == 0) {
      o.format = a.substr(9);
    } else if (a.size() > 1 && a[0] == '-') {
      io.err << "valor-cli: unknown option '" << a << "'\n";
      o.ok = false;
    } else {
      o.positional.push_back(a);
    }
  }
  bool known = false;
  for (const char* f : formats) known = known || o.format == f;
  if (!known) {
    io.err << "valor-cli: unknown format '" << o.format << "'\n";
    o.ok = false;
  }
  return o;
}

}  // namespace

int runNew(const std::vector<std::string>& args, Streams io) {
  if (args.size() != 1 || args[0] != "dcf") {
    io.err << "usage: valor-cli new dcf\n";
    return kBadInput;
  }
  io.out << dcfTemplate();
  return kOk;
}

int runValidate(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, "text", {"text", "json"}, io);
  if (!o.ok || o.positional.size() != 1) {
    io.err << "usage: valor-cli validate FILE [--format text|json]\n";
    return kBadInput;
  }
  Loaded loaded = loadScenario(o.positional[0], io);
  if (!loaded.document) return loaded.exitCode;
  const DcfEvaluation evaluation = evaluateDcfScenario(*loaded.document);
  const bool failed = !evaluation.result;
  if (o.format == "json") {
    nlohmann::ordered_json out;
    out["valid"] = !failed;
    out["warnings"] = issuesToJson(evaluation.issues, Severity::Warning);
    out["issues"] = issuesToJson(evaluation.issues, Severity::Error);
    io.out << out.dump(2) << "\n";
  } else {
    printIssues(evaluation.issues, failed ? io.err : io.out);
    if (!failed) io.out << o.positional[0] << ": valid\n";
  }
  return failed ? kValidationIssues : kOk;
}

int runEvaluate(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, "json", {"json", "table"}, io);
  if (!o.ok || o.positional.size() != 1) {
    io.err << "usage: valor-cli evaluate FILE [--format json|table]\n";
    return kBadInput;
  }
  Loaded loaded = loadScenario(o.positional[0], io);
  if (!loaded.document) return loaded.exitCode;
  const DcfEvaluation evaluation = evaluateDcfScenario(*loaded.document);
  if (o.format == "json") {
    io.out << dcfEvaluationToJson(*loaded.document, evaluation).dump(2) << "\n";
    if (!evaluation.result) printIssues(evaluation.issues, io.err);
  } else if (evaluation.result) {
    printDcfTable(*loaded.document, evaluation, io.out);
  } else {
    printIssues(evaluation.issues, io.err);
  }
  return evaluation.result ? kOk : kValidationIssues;
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
