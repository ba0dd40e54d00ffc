// Helper for tests/core/test_workspace_crash.cpp: a writer that never stops, to be killed.
//
//   workspace_crash_child <workspace> <seed> <scenario.valor.json>
//
// Opens the workspace (creating it when missing), adds the scenario file when the workspace has
// none, then commits edits forever. Each edit sets the WACC, one per-year EBIT margin and the
// scenario's description to a long random text, so one transaction writes several pages (the
// snapshot and the logged ops overflow a page each). After every successful commit it prints
// "committed <mutation-id> <revision>" and flushes, so whatever the parent reads was committed.
//
// The mutation IDs and the random values come from the seed; the parent passes a new seed for
// every run so no two runs make the same IDs. Any error ends the program with a message on
// stderr and a non-zero exit code, which the parent reports.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "core/common/clock.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/ops/mutation.h"
#include "core/store/workspace.h"

namespace {

int fail(const std::string& what, const valor::Error& e) {
  std::fprintf(stderr, "workspace_crash_child: %s: %s: %s [%s]\n", what.c_str(), e.code.c_str(),
               e.message.c_str(), e.context.c_str());
  return 3;
}

// Uniform in [0, 1) from the top 53 bits: the same on every platform.
double unit(std::mt19937_64& engine) {
  return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

std::string randomText(std::mt19937_64& engine, std::size_t length) {
  static const char kLetters[] =
      "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,0123456789";
  std::string text(length, ' ');
  for (char& c : text) c = kLetters[engine() % (sizeof kLetters - 1)];
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: workspace_crash_child <workspace> <seed> <scenario.valor.json>\n");
    return 2;
  }
  const std::string path = argv[1];
  const std::uint64_t seed = std::strtoull(argv[2], nullptr, 10);
  const std::string scenarioFile = argv[3];

  // Separate streams: the workspace's own IDs, the mutations' IDs, the values.
  valor::WorkspaceOptions options;
  options.clock = valor::systemClock();
  options.newId = valor::seededIdGenerator(seed * 4 + 1);
  const valor::IdGenerator mutationIds = valor::seededIdGenerator(seed * 4 + 2);
  std::mt19937_64 engine(seed * 4 + 3);

  std::error_code ec;
  auto opened = std::filesystem::exists(path, ec) ? valor::Workspace::open(path, options)
                                                  : valor::Workspace::create(path, options);
  if (!opened) return fail("open " + path, opened.error());
  std::unique_ptr<valor::Workspace> ws = std::move(opened).value();

  auto list = ws->listScenarios();
  if (!list) return fail("list", list.error());
  valor::Id scenario;
  if (list.value().empty()) {
    auto text = valor::readTextFile(scenarioFile, 8 * 1024 * 1024);
    if (!text) return fail("read " + scenarioFile, text.error());
    auto parse = valor::parseScenarioJson(text.value(), mutationIds);
    if (!parse.ok()) {
      std::fprintf(stderr, "workspace_crash_child: %s does not read as a scenario\n",
                   scenarioFile.c_str());
      return 4;
    }
    if (auto s = ws->addScenarios({parse.value()}, "crash-child", "Create"); !s)
      return fail("add", s.error());
    scenario = parse.value().root().id;
  } else {
    scenario = list.value().front().id;
  }

  auto loaded = ws->loadScenario(scenario);
  if (!loaded) return fail("load", loaded.error());
  const valor::Entity* dcf = loaded.value().document.child(loaded.value().document.root(), "dcf");
  if (!dcf) {
    std::fprintf(stderr, "workspace_crash_child: the scenario has no dcf\n");
    return 4;
  }
  const valor::Id dcfId = dcf->id;
  const valor::Id rootId = loaded.value().document.root().id;

  for (;;) {
    auto current = ws->loadScenario(scenario);  // the writer's cached snapshot
    if (!current) return fail("load", current.error());
    const valor::ScenarioDocument& doc = current.value().document;
    valor::Mutation m;
    m.id = mutationIds();
    m.author = "crash-child";
    m.clientTimeMs = options.clock();
    m.baseRevision = current.value().revision;
    m.label = "Crash test edit";
    const valor::Year year = 2026 + static_cast<valor::Year>(engine() % 5);
    m.ops = {
        valor::setFieldOp(doc, dcfId, "discount_rate.wacc", 0.05 + 0.1 * unit(engine)),
        valor::setFieldOp(doc, dcfId, "ebit_margin.values", 0.05 + 0.3 * unit(engine), year),
        valor::setFieldOp(doc, rootId, "description", randomText(engine, 3000 + engine() % 3000)),
    };
    auto revision = ws->commit(scenario, m);
    if (!revision) return fail("commit", revision.error());
    std::printf("committed %s %lld\n", m.id.toString().c_str(),
                static_cast<long long>(revision.value()));
    std::fflush(stdout);
  }
}
