// Workspace speed targets (issue: the workspace), on this machine's disk:
//   apply and durably commit one mutation: p50 ≤ 1 ms, p99 ≤ 5 ms (WAL, synchronous=FULL);
//   open a workspace of 1,000 scenarios and 100,000 mutations and list it: ≤ 200 ms;
//   load the full history of a scenario with 10,000 mutations: ≤ 50 ms.
// The large fixtures are written once per run straight through SQLite in one transaction
// (real mutations, replayed in memory first), since committing 100,000 edits one by one with
// an fsync each would take minutes and is not what is measured.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/model/flatjson.h"
#include "core/model/scenariojson.h"
#include "core/ops/mutation.h"
#include "core/ops/mutationjson.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"

using namespace valor;
namespace fs = std::filesystem;

namespace {

std::int64_t fakeNow = 1'780'000'000'000;
Clock benchClock() {
  return [] { return fakeNow += 7; };
}

void check(const Result<std::monostate>& status) {
  if (!status) {
    std::fprintf(stderr, "fixture: %s (%s)\n", status.error().message.c_str(),
                 status.error().context.c_str());
    std::abort();
  }
}

ScenarioDocument sampleDocument(const IdGenerator& ids) {
  std::ifstream in(VALOR_SAMPLE_SCENARIO);
  std::stringstream text;
  text << in.rdbuf();
  return parseScenarioJson(text.str(), ids).value();
}

WorkspaceOptions options(IdGenerator ids) {
  WorkspaceOptions o{benchClock(), std::move(ids)};
  o.backupIntervalMs = 0;  // the daily backup is not part of what these targets measure
  return o;
}

// One realistic edit: the WACC of the scenario's DCF block, alternating between two values.
Mutation waccEdit(const ScenarioDocument& doc, const IdGenerator& ids, std::int64_t n) {
  const Entity* dcf = doc.child(doc.root(), "dcf");
  Mutation m;
  m.id = ids();
  m.author = "bench";
  m.clientTimeMs = fakeNow;
  m.baseRevision = n;
  m.label = "Set beta";
  m.ops.push_back(setFieldOp(doc, dcf->id, "discount_rate.beta",
                             Value(0.8 + 0.001 * static_cast<double>(n % 200))));
  return m;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() /
                  ("valor-bench-" +
                   std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

void BM_CommitOneMutation(benchmark::State& state) {
  TempDir dir;
  IdGenerator ids = seededIdGenerator(1);
  auto ws = std::move(Workspace::create((dir.path / "commit.valor").string(),
                                        options(seededIdGenerator(11))))
                .value();
  ScenarioDocument doc = sampleDocument(ids);
  check(ws->addScenarios({doc}, "bench", "Create"));
  const Id scenario = doc.root().id;
  std::vector<double> millis;
  std::int64_t revision = 1;
  for (auto _ : state) {
    const Mutation m = waccEdit(doc, ids, revision);
    const auto start = std::chrono::steady_clock::now();
    auto committed = ws->commit(scenario, m);
    const auto stop = std::chrono::steady_clock::now();
    if (!committed) {
      state.SkipWithError(committed.error().message.c_str());
      break;
    }
    revision = committed.value();
    doc = applyMutation(doc, m).value();
    millis.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  if (millis.empty()) return;
  std::sort(millis.begin(), millis.end());
  auto percentile = [&](double p) {
    return millis[static_cast<std::size_t>(p * static_cast<double>(millis.size() - 1))];
  };
  state.counters["p50_ms"] = percentile(0.50);
  state.counters["p99_ms"] = percentile(0.99);
}
BENCHMARK(BM_CommitOneMutation)->Iterations(2000)->Unit(benchmark::kMillisecond);

// 1,000 scenarios; one has 10,000 mutations, the others 90 each: about 100,000 in all.
struct LargeWorkspace {
  TempDir dir;
  std::string path = (dir.path / "large.valor").string();
  Id busyScenario;

  LargeWorkspace() {
    IdGenerator ids = seededIdGenerator(2);
    std::vector<ScenarioDocument> docs;
    for (int i = 0; i < 1000; ++i) docs.push_back(sampleDocument(ids));
    busyScenario = docs.front().root().id;
    {
      auto ws = std::move(Workspace::create(path, options(seededIdGenerator(12)))).value();
      check(ws->addScenarios(docs, "bench", "Create"));
    }
    auto db = std::move(sql::Database::open(path, sql::Database::Mode::ReadWrite)).value();
    check(db.execute("BEGIN"));
    auto insert =
        std::move(
            db.prepare(
                "INSERT INTO mutations(scenario_id, revision, mutation_id, author, client_time_ms, "
                "committed_ms, base_revision, label, ops) VALUES (?1, ?2, ?3, 'bench', ?4, ?4, ?5, "
                "?6, ?7)"))
            .value();
    auto update =
        std::move(db.prepare("UPDATE scenarios SET revision = ?2, snapshot = ?3 WHERE id = ?1"))
            .value();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      ScenarioDocument doc = docs[i];
      const int count = i == 0 ? 10000 : 90;
      std::int64_t revision = 1;
      for (int k = 0; k < count; ++k) {
        const Mutation m = waccEdit(doc, ids, revision);
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
  }
};

LargeWorkspace& largeWorkspace() {
  static LargeWorkspace large;
  return large;
}

// Opening for writing (as the desktop does) includes SQLite's page check of the whole file;
// opening read-only (valor-cli's reading commands) does not. Argument 1: read-only.
void BM_OpenAndList1000Scenarios(benchmark::State& state) {
  LargeWorkspace& large = largeWorkspace();
  WorkspaceOptions o = options(seededIdGenerator(3));
  o.readOnly = state.range(0) == 1;
  for (auto _ : state) {
    auto ws = Workspace::open(large.path, o);
    auto list = ws.value()->listScenarios();
    if (list.value().size() != 1000) state.SkipWithError("expected 1000 scenarios");
    benchmark::DoNotOptimize(list.value().data());
  }
}
BENCHMARK(BM_OpenAndList1000Scenarios)
    ->ArgName("read_only")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);

void BM_LoadHistoryOf10000Mutations(benchmark::State& state) {
  LargeWorkspace& large = largeWorkspace();
  auto ws = std::move(Workspace::open(large.path, options(seededIdGenerator(4)))).value();
  for (auto _ : state) {
    auto history = ws->history(large.busyScenario);
    if (history.value().size() != 10001) state.SkipWithError("expected 10001 entries");
    benchmark::DoNotOptimize(history.value().data());
  }
}
BENCHMARK(BM_LoadHistoryOf10000Mutations)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace
