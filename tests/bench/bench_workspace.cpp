// Workspace speed targets (issue: the workspace), on this machine's disk:
//   apply and durably commit one mutation: p50 ≤ 1 ms, p99 ≤ 5 ms (WAL, synchronous=FULL);
//   open a workspace of 1,000 scenarios and 100,000 mutations and list it: ≤ 200 ms;
//   load the full history of a scenario with 10,000 mutations: ≤ 50 ms.
// The large fixtures come from workspacefixture.h.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "tests/bench/workspacefixture.h"

using namespace valor;
using namespace valor::bench;

namespace {

void BM_CommitOneMutation(benchmark::State& state) {
  TempDir dir;
  IdGenerator ids = seededIdGenerator(1);
  auto ws = std::move(Workspace::create((dir.path / "commit.valor").string(),
                                        benchOptions(seededIdGenerator(11))))
                .value();
  ScenarioDocument doc = parseScenarioJson(readText(VALOR_SAMPLE_SCENARIO), ids).value();
  check(ws->addScenarios({doc}, "bench", "Create"));
  const Id scenario = doc.root().id;
  std::vector<double> millis;
  std::int64_t revision = 1;
  for (auto _ : state) {
    const Mutation m = betaEdit(doc, ids, revision);
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
    std::vector<int> edits(1000, 90);
    edits.front() = 10000;
    busyScenario = writeWorkspaceWithHistory(path, VALOR_SAMPLE_SCENARIO, edits).front();
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
  WorkspaceOptions o = benchOptions(seededIdGenerator(3));
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
  auto ws = std::move(Workspace::open(large.path, benchOptions(seededIdGenerator(4)))).value();
  for (auto _ : state) {
    auto history = ws->history(large.busyScenario);
    if (history.value().size() != 10001) state.SkipWithError("expected 10001 entries");
    benchmark::DoNotOptimize(history.value().data());
  }
}
BENCHMARK(BM_LoadHistoryOf10000Mutations)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace
