// valor-cli underlying: a real option's underlying taken from another scenario of the workspace
// (a DCF's enterprise value), written as one change with where it came from.
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/common/clock.h"
#include "core/models/realoption/underlyingfrom.h"

namespace valor::cli {
namespace {

constexpr const char* kHelp =
    "usage: valor-cli underlying WS SCENARIO --from SOURCE [--author NAME]\n"
    "Sets the real option SCENARIO's underlying value to the enterprise value of the scenario\n"
    "SOURCE (its ID or name) in the same workspace, and records the source and its revision in\n"
    "underlying.source: one undoable change. Prints the value taken as JSON.\n";

}  // namespace

int runUnderlying(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"from", "author"}, {}, io);
  if (!o.ok || o.positional.size() != 2 || !o.has("from")) {
    io.err << kHelp;
    return kBadInput;
  }
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  Workspace& workspace = *opened->workspace;
  auto sourceId = workspace.findScenario(o.value("from"));
  if (!sourceId) return fail(sourceId.error(), io, o.positional[0]);
  auto option = workspace.loadScenario(*opened->scenario);
  if (!option) return fail(option.error(), io, o.positional[0]);
  auto source = workspace.loadScenario(sourceId.value());
  if (!source) return fail(source.error(), io, o.positional[0]);
  auto taken = underlyingFromScenario(option.value().document, source.value().document,
                                      source.value().revision);
  if (!taken) {
    io.err << "valor-cli: " << taken.error().message << "\n";
    return kValidationIssues;
  }
  Mutation m;
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = option.value().revision;
  m.label = taken.value().labelText;
  m.labelCode = taken.value().label;  // the desktop shows it translated
  m.ops = taken.value().ops;
  auto revision = workspace.commit(*opened->scenario, m);
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  nlohmann::ordered_json json{{"value", taken.value().value},
                              {"source", taken.value().source},
                              {"revision", revision.value()}};
  io.out << jsonOutput(json) << "\n";
  return kOk;
}

}  // namespace valor::cli
