#pragma once
// What the workspace and desktop benchmarks share: workspaces with long mutation logs, written
// once per run straight through SQLite in one transaction (real mutations, replayed in memory
// first), since committing 100,000 edits one by one with an fsync each would take minutes and
// is not what is measured.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/model/flatjson.h"
#include "core/model/scenariojson.h"
#include "core/ops/mutation.h"
#include "core/ops/mutationjson.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"
#include "tests/bench/benchsupport.h"

namespace valor::bench {

inline std::int64_t& fakeNow() {
  static std::int64_t now = 1'780'000'000'000;
  return now;
}
inline Clock benchClock() {
  return [] { return fakeNow() += 7; };
}

inline void check(const Result<std::monostate>& status) {
  if (!status) {
    std::fprintf(stderr, "fixture: %s (%s)\n", status.error().message.c_str(),
                 status.error().context.c_str());
    std::abort();
  }
}

inline WorkspaceOptions benchOptions(IdGenerator ids) {
  WorkspaceOptions o{benchClock(), std::move(ids)};
  o.backupIntervalMs = 0;  // the daily backup is not part of what these targets measure
  return o;
}

// One realistic edit: the beta of the scenario's DCF block, cycling through 200 values.
inline Mutation betaEdit(const ScenarioDocument& doc, const IdGenerator& ids, std::int64_t n) {
  const Entity* dcf = doc.child(doc.root(), "dcf");
  Mutation m;
  m.id = ids();
  m.author = "bench";
  m.clientTimeMs = fakeNow();
  m.baseRevision = n;
  m.label = "Set beta";
  m.ops.push_back(setFieldOp(doc, dcf->id, "discount_rate.beta",
                             Value(0.8 + 0.001 * static_cast<double>(n % 200))));
  return m;
}

struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("valor-bench-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
};

// A workspace at `path` with one copy of the scenario in `scenarioFile` per entry of
// `editsPerScenario`, each followed by that many edits. Returns the scenarios' IDs.
inline std::vector<Id> writeWorkspaceWithHistory(const std::string& path, const char* scenarioFile,
                                                 const std::vector<int>& editsPerScenario) {
  IdGenerator ids = seededIdGenerator(2);
  const std::string text = readText(scenarioFile);
  std::vector<ScenarioDocument> docs;
  std::vector<Id> scenarios;
  for (std::size_t i = 0; i < editsPerScenario.size(); ++i) {
    docs.push_back(parseScenarioJson(text, ids).value());
    scenarios.push_back(docs.back().root().id);
  }
  {
    auto ws = std::move(Workspace::create(path, benchOptions(seededIdGenerator(12)))).value();
    check(ws->addScenarios(docs, "bench", "Create"));
  }
  auto db = std::move(sql::Database::open(path, sql::Database::Mode::ReadWrite)).value();
  check(db.execute("BEGIN"));
  auto insert =
      std::move(db.prepare("INSERT INTO mutations(scenario_id, revision, mutation_id, author, "
                           "client_time_ms, committed_ms, base_revision, label, ops) VALUES (?1, "
                           "?2, ?3, 'bench', ?4, ?4, ?5, ?6, ?7)"))
          .value();
  auto update =
      std::move(db.prepare("UPDATE scenarios SET revision = ?2, snapshot = ?3 WHERE id = ?1"))
          .value();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    ScenarioDocument doc = docs[i];
    std::int64_t revision = 1;
    for (int k = 0; k < editsPerScenario[i]; ++k) {
      const Mutation m = betaEdit(doc, ids, revision);
      doc = applyMutation(doc, m).value();
      ++revision;
      insert.bind(1, doc.root().id.toString()).bind(2, revision).bind(3, m.id.toString());
      insert.bind(4, m.clientTimeMs).bind(5, m.baseRevision).bind(6, m.label);
      insert.bind(7, opsToJson(m.ops).dump());
      check(insert.run());
    }
    update.bind(1, doc.root().id.toString())
        .bind(2, revision)
        .bind(3, documentToFlatJson(doc).dump());
    check(update.run());
  }
  check(db.execute("COMMIT"));
  return scenarios;
}

}  // namespace valor::bench
