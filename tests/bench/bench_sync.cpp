// Sync speed targets (issue: sync in the desktop):
//   a local edit's commit with the sync queue: at most 1 ms more than without it;
//   pulling and applying 10,000 mutations into a workspace: ≤ 1 s;
//   edit-to-visible on another client through a local server, 20 clients: p95 ≤ 200 ms.
// The server runs in this process (its store on SQLite), so the two cores are shared by the
// server and every client, as on one small machine.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/server/httpserver.h"
#include "core/ops/mutationjson.h"
#include "core/sync/eventstream.h"
#include "core/sync/syncclient.h"
#include "tests/bench/benchserver.h"
#include "tests/bench/workspacefixture.h"

using namespace valor;
using namespace valor::bench;
using Json = nlohmann::ordered_json;
using SteadyClock = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

template <typename T>
T need(Result<T> r, const char* what) {
  if (!r) {
    std::fprintf(stderr, "%s: %s\n", what, r.error().message.c_str());
    std::abort();
  }
  return std::move(r).value();
}

// The API called directly, as HTTP would: what the pull benchmark measures is the client.
HttpTransport inProcess(server::Api& api) {
  return [&api](const HttpRequest& r) -> Result<HttpResponse> {
    const std::size_t path = r.url.find('/', r.url.find("://") + 3);
    std::string authorization;
    for (const std::string& h : r.headers)
      if (h.rfind("Authorization: ", 0) == 0) authorization = h.substr(15);
    const auto answer =
        api.handle({r.method, r.url.substr(path), r.body, authorization, "127.0.0.1"});
    return HttpResponse{answer.status, answer.body, std::nullopt};
  };
}

// The commit of one edit, on a scenario not shared and on one shared (queued in the same
// transaction): p50 and p99 of each, and the difference.
void BM_CommitWithSyncQueue(benchmark::State& state) {
  TempDir dir;
  IdGenerator ids = seededIdGenerator(1);
  auto ws = need(
      Workspace::create((dir.path / "queue.valor").string(), benchOptions(seededIdGenerator(11))),
      "workspace");
  ScenarioDocument plain = parseScenarioJson(readText(VALOR_SAMPLE_SCENARIO), ids).value();
  ScenarioDocument shared = parseScenarioJson(readText(VALOR_SAMPLE_SCENARIO), ids).value();
  check(ws->addScenarios({plain, shared}, "bench", "Create"));
  Mutation link;
  link.id = ids();
  link.author = "bench";
  (void)need(ws->storeSync(shared.root().id, 0,
                           SyncLink{shared.root().id.toString(), "bench-client", 1, shared, 1, {}},
                           shared, link, {}, {}),
             "link");
  std::vector<double> alone, queued;
  std::int64_t n = 1;
  for (auto _ : state) {
    for (ScenarioDocument* doc : {&plain, &shared}) {
      const Mutation m = betaEdit(*doc, ids, n);
      const auto start = SteadyClock::now();
      auto committed = ws->commit(doc->root().id, m);
      const auto stop = SteadyClock::now();
      if (!committed) {
        state.SkipWithError(committed.error().message.c_str());
        return;
      }
      *doc = applyMutation(*doc, m).value();
      (doc == &plain ? alone : queued)
          .push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    ++n;
  }
  state.counters["p50_ms"] = percentile(alone, 0.5);
  state.counters["p50_queued_ms"] = percentile(queued, 0.5);
  state.counters["p99_ms"] = percentile(alone, 0.99);
  state.counters["p99_queued_ms"] = percentile(queued, 0.99);
  state.counters["added_p50_ms"] = percentile(queued, 0.5) - percentile(alone, 0.5);
}
BENCHMARK(BM_CommitWithSyncQueue)->Iterations(1000)->Unit(benchmark::kMillisecond);

// A client that has the scenario at revision 1 pulls 10,000 mutations (10 pages) and stores
// them: the new state, the log entry in its history, the link.
void BM_PullAndApply10000(benchmark::State& state) {
  BenchServer bench(1, false);
  const auto& [id, dcf] = bench.scenarios.front();
  const ScenarioDocument start = bench.store->document(1, id).value().first;
  for (int page = 0; page < 10; ++page) {
    Json items = Json::array();
    for (int i = 1; i <= 1000; ++i) {
      const std::int64_t seq = page * 1000 + i;
      const Mutation m = growthEdit(dcf, "writer", seq, static_cast<std::uint64_t>(seq) + 5);
      items.push_back(Json{{"client_seq", seq}, {"mutation", mutationToJson(m)}});
    }
    const auto answer =
        bench.api->handle({"POST", "/v1/scenarios/" + id + "/push",
                           Json{{"client_id", "writer"}, {"mutations", items}}.dump(),
                           "Bearer " + bench.token, "127.0.0.1"});
    if (answer.status != 200) state.SkipWithError("the fixture's push failed");
  }
  const SyncAccount account{"http://in-process", bench.token, "load@bench.test", {}};
  for (auto _ : state) {
    state.PauseTiming();
    TempDir dir;
    auto ws = need(
        Workspace::create((dir.path / "pull.valor").string(), benchOptions(seededIdGenerator(3))),
        "workspace");
    check(ws->addScenarios({start}, "bench", "Opened"));
    Mutation change;
    change.id = seededIdGenerator(9)();
    change.author = "bench";
    (void)need(ws->storeSync(start.root().id, 0, SyncLink{id, "reader", 1, start, 1, {}}, start,
                             change, {}, {}),
               "link");
    SyncClient client(*ws, inProcess(*bench.api), account, benchClock(), seededIdGenerator(4));
    state.ResumeTiming();
    auto pulled = client.pull(start.root().id);
    if (!pulled || pulled.value().pulled != 10'000) state.SkipWithError("the pull failed");
  }
}
BENCHMARK(BM_PullAndApply10000)->Iterations(5)->Unit(benchmark::kMillisecond);

// 20 clients with their own workspace, each following the server's event stream over HTTP and
// pulling on every poke (as the desktop's worker does); one of them edits and pushes. From the
// edit's local commit to the moment each other client has stored it.
void BM_EditToVisible20Clients(benchmark::State& state) {
  constexpr int kClients = 20;
  constexpr int kEdits = 40;
  BenchServer bench(1, false);
  server::HttpOptions options;
  options.port = 0;
  server::HttpServer http(*bench.api, *bench.hub, bench.metrics, options);
  const unsigned short port = http.listen().value();
  std::thread serving([&] { http.run(); });
  const SyncAccount account{
      "http://127.0.0.1:" + std::to_string(port), bench.token, "load@bench.test", {}};
  const std::string remote = bench.scenarios.front().first;
  const ScenarioDocument start = bench.store->document(1, remote).value().first;
  const Id scenario = start.root().id;
  TempDir dir;

  struct Client {
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<SyncClient> sync;
    std::thread events;
    std::mutex mutex;
    std::condition_variable poked;
    bool pending = false;
  };
  std::vector<std::unique_ptr<Client>> clients;
  std::atomic<bool> stop{false};
  std::mutex seenMutex;
  std::vector<std::vector<SteadyClock::time_point>> seen(kClients);  // per client, per revision
  std::atomic<int> connected{0};
  for (int k = 0; k < kClients; ++k) {
    auto c = std::make_unique<Client>();
    c->ws = need(Workspace::create((dir.path / ("c" + std::to_string(k) + ".valor")).string(),
                                   benchOptions(seededIdGenerator(100 + k))),
                 "workspace");
    check(c->ws->addScenarios({start}, "bench", "Opened"));
    Mutation change;
    change.id = seededIdGenerator(200 + k)();
    change.author = "bench";
    (void)need(c->ws->storeSync(scenario, 0,
                                SyncLink{remote, "client-" + std::to_string(k), 1, start, 1, {}},
                                start, change, {}, {}),
               "link");
    c->sync = std::make_unique<SyncClient>(*c->ws, curlHttp(), account, benchClock(),
                                           seededIdGenerator(300 + k));
    clients.push_back(std::move(c));
  }
  // Each client: one thread reads its event stream, another (this worker) pulls when poked.
  std::vector<std::thread> workers;
  for (int k = 0; k < kClients; ++k) {
    Client& c = *clients[static_cast<std::size_t>(k)];
    c.events = std::thread([&, k] {
      Client& me = *clients[static_cast<std::size_t>(k)];
      (void)followEvents(
          account, [&] { ++connected; },
          [&](const ServerEvent& e) {
            if (e.type != "revision") return;
            std::lock_guard lock(me.mutex);
            me.pending = true;
            me.poked.notify_one();
          },
          [&] { return stop.load(); });
    });
    if (k == 0) continue;  // client 0 is the editor
    workers.emplace_back([&, k] {
      Client& me = *clients[static_cast<std::size_t>(k)];
      while (!stop) {
        {
          std::unique_lock lock(me.mutex);
          me.poked.wait_for(lock, std::chrono::milliseconds(100), [&] { return me.pending; });
          if (!me.pending) continue;
          me.pending = false;
        }
        auto pulled = me.sync->pull(scenario);
        if (!pulled) continue;
        const auto now = SteadyClock::now();
        std::lock_guard lock(seenMutex);
        auto& times = seen[static_cast<std::size_t>(k)];
        while (static_cast<std::int64_t>(times.size()) < pulled.value().serverRevision)
          times.push_back(now);
      }
    });
  }
  while (connected < kClients) std::this_thread::sleep_for(std::chrono::milliseconds(10));

  std::vector<SteadyClock::time_point> edited;  // by server revision (2, 3, …)
  Client& editor = *clients.front();
  ScenarioDocument doc = start;
  const Entity* dcf = doc.child(doc.root(), "dcf");
  const Id dcfId = dcf->id;
  IdGenerator ids = seededIdGenerator(7);
  for (auto _ : state) {
    for (int e = 0; e < kEdits; ++e) {
      Mutation m;
      m.id = ids();
      m.author = "bench";
      m.baseRevision = editor.ws->loadScenario(scenario).value().revision;
      m.label = "Set terminal growth";
      m.ops = {setFieldOp(doc, dcfId, "terminal_value.growth", 0.02 + 0.0001 * e)};
      edited.push_back(SteadyClock::now());
      if (!editor.ws->commit(scenario, m)) state.SkipWithError("the edit failed");
      doc = applyMutation(doc, m).value();
      if (!editor.sync->push(scenario)) state.SkipWithError("the push failed");
      std::this_thread::sleep_for(std::chrono::milliseconds(50));  // an analyst's pace, brisk
    }
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));
  stop = true;
  for (auto& w : workers) w.join();
  for (auto& c : clients) c->events.join();
  http.stop();
  serving.join();

  std::vector<double> millis;
  int missing = 0;
  for (int k = 1; k < kClients; ++k)
    for (std::size_t e = 0; e < edited.size(); ++e) {
      const auto& times = seen[static_cast<std::size_t>(k)];
      const std::size_t revision = e + 2;  // revision 1 is the upload
      if (times.size() < revision) {
        ++missing;
        continue;
      }
      millis.push_back(
          std::chrono::duration<double, std::milli>(times[revision - 1] - edited[e]).count());
    }
  state.counters["p50_ms"] = percentile(millis, 0.5);
  state.counters["p95_ms"] = percentile(millis, 0.95);
  state.counters["max_ms"] = percentile(millis, 1.0);
  state.counters["not_seen"] = missing;
}
BENCHMARK(BM_EditToVisible20Clients)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
