// valor-cli portfolio-data: a price or return history, or a correlation or covariance matrix,
// read from a CSV file into a portfolio scenario of a workspace as one change — what the
// desktop's Import History… and Import Matrix… do.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cliio.h"
#include "commands.h"
#include "core/common/clock.h"
#include "core/models/portfolio/portfolioimport.h"
#include "core/models/portfolio/portfolioschema.h"

namespace valor::cli {
namespace {

constexpr const char* kHelp =
    "usage: valor-cli portfolio-data WS SCENARIO (--history FILE.csv | --matrix FILE.csv)\n"
    "                                [--author NAME]\n"
    "--history: a header row \"date,<asset name>,...\", then one row per period, oldest first\n"
    "(prices or returns, as portfolio.history.type says) into portfolio.history.data.\n"
    "--matrix: a correlation matrix (its diagonal all 1), or an annual covariance matrix that\n"
    "also sets each asset's volatility; a header row of asset names, then a row per asset with\n"
    "its name first. It replaces the correlations listed. Either is one undoable change; prints\n"
    "what was read as JSON.\n";

}  // namespace

int runPortfolioData(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"history", "matrix", "author"}, {}, io);
  if (!o.ok || o.positional.size() != 2 || o.has("history") == o.has("matrix")) {
    io.err << kHelp;
    return kBadInput;
  }
  const std::string path = o.has("history") ? o.value("history") : o.value("matrix");
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    io.err << "valor-cli: " << path << ": cannot be read\n";
    return kBadInput;
  }
  std::ostringstream text;
  text << file.rdbuf();
  if (text.str().size() > kMaxPortfolioHistoryChars) {
    io.err << "valor-cli: " << path << ": larger than a history may be (4 MB)\n";
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  Workspace& workspace = *opened->workspace;
  auto stored = workspace.loadScenario(*opened->scenario);
  if (!stored) return fail(stored.error(), io, o.positional[0]);
  const ScenarioDocument& doc = stored.value().document;
  const std::string name = path.substr(path.find_last_of('/') + 1);
  Mutation m;
  nlohmann::ordered_json json;
  if (o.has("history")) {
    auto read = importPortfolioHistory(doc, text.str(), name);
    if (!read) {
      io.err << "valor-cli: " << read.error().message << "\n";
      return kValidationIssues;
    }
    json["returns"] = read.value().returns;
    m.ops = read.value().ops;
    m.label = read.value().labelText;
    m.labelCode = read.value().label;
  } else {
    auto read = importPortfolioMatrix(doc, text.str(), name, randomIdGenerator());
    if (!read) {
      io.err << "valor-cli: " << read.error().message << "\n";
      return kValidationIssues;
    }
    json["matrix"] = read.value().covariance ? "covariance" : "correlation";
    json["pairs"] = read.value().pairs;
    m.ops = read.value().ops;
    m.label = read.value().labelText;
    m.labelCode = read.value().label;
  }
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  auto revision = workspace.commit(*opened->scenario, m);
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  json["revision"] = revision.value();
  io.out << jsonOutput(json) << "\n";
  return kOk;
}

}  // namespace valor::cli
