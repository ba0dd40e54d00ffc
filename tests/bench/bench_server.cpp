// valor-server under load: 50 clients, each on its own keep-alive connection, pushing one small
// mutation per request (a terminal-growth edit) to ten shared scenarios for five seconds,
// through the real HTTP server (in this process, so the two cores are shared between server and
// clients, as on one small machine). Reports sustained mutations/s and push latency percentiles;
// the target is ≥ 5,000/s with p95 ≤ 20 ms on SQLite. The same on PostgreSQL (the server as its
// unprivileged role, row security on) when VALOR_TEST_PG names a cluster (make bench starts
// one). Also: the cost of one sign-in's Argon2id.
#include <benchmark/benchmark.h>
#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app/server/api.h"
#include "app/server/httpserver.h"
#include "core/models/registry.h"
#include "core/ops/mutationjson.h"
#include "tests/bench/benchserver.h"

namespace {

using namespace valor;
using namespace valor::server;
using valor::bench::BenchServer;
using Json = nlohmann::ordered_json;
using SteadyClock = std::chrono::steady_clock;

std::string pushBody(const Id& dcf, const std::string& client, std::int64_t seq) {
  const Mutation m = valor::bench::growthEdit(
      dcf, client, seq, static_cast<std::uint64_t>(seq) * 977 + client.size());
  return Json{
      {"client_id", client},
      {"mutations", Json::array({Json{{"client_seq", seq}, {"mutation", mutationToJson(m)}}})}}
      .dump();
}

void BM_PushLoad(benchmark::State& state, bool postgres) {
  if (postgres && !testing::testClusterAddress()) {
    state.SkipWithError("no PostgreSQL cluster: VALOR_TEST_PG is not set");
    for (auto _ : state) {
    }
    return;
  }
  const int clients = static_cast<int>(state.range(0));
  const auto duration = std::chrono::seconds(5);
  BenchServer bench(10, postgres);
  Api& api = *bench.api;
  EventHub& hub = *bench.hub;
  Metrics& metrics = bench.metrics;
  const std::string& token = bench.token;
  const auto& scenarios = bench.scenarios;
  HttpOptions options;
  options.port = 0;
  HttpServer server(api, hub, metrics, options);
  const unsigned short port = server.listen().value();
  std::thread serving([&] { server.run(); });
  const std::string base = "http://127.0.0.1:" + std::to_string(port);

  // The load generator: one thread driving all clients through libcurl's multi interface
  // (as wrk or k6 do), so the clients' own cost on the two cores stays small.
  struct LoadClient {
    CURL* easy = nullptr;
    std::string name, scenario, body, answer;
    Id dcf;
    std::int64_t seq = 0;
    SteadyClock::time_point sent;
  };
  std::vector<LoadClient> load(static_cast<std::size_t>(clients));
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  headers = curl_slist_append(headers, "Expect:");
  const std::string auth = "Authorization: Bearer " + token;
  headers = curl_slist_append(headers, auth.c_str());
  CURLM* multi = curl_multi_init();
  std::vector<double> latencies;
  int failures = 0;
  int active = 0;  // requests sent and not yet answered
  double seconds = 0;
  auto send = [&](LoadClient& c) {
    c.body = pushBody(c.dcf, c.name, ++c.seq);
    c.answer.clear();
    curl_easy_setopt(c.easy, CURLOPT_POSTFIELDS, c.body.c_str());
    curl_easy_setopt(c.easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(c.body.size()));
    c.sent = SteadyClock::now();
    curl_multi_add_handle(multi, c.easy);
    ++active;
  };
  for (auto _ : state) {
    const auto start = SteadyClock::now();
    for (std::size_t i = 0; i < load.size(); ++i) {
      LoadClient& c = load[i];
      c.name = "load-" + std::to_string(i);
      std::tie(c.scenario, c.dcf) = scenarios[i % scenarios.size()];
      c.easy = curl_easy_init();
      const std::string url = base + "/v1/scenarios/" + c.scenario + "/push";
      curl_easy_setopt(c.easy, CURLOPT_URL, url.c_str());
      curl_easy_setopt(c.easy, CURLOPT_HTTPHEADER, headers);
      curl_easy_setopt(c.easy, CURLOPT_NOPROXY, "*");
      curl_easy_setopt(c.easy, CURLOPT_NOSIGNAL, 1L);
      curl_easy_setopt(c.easy, CURLOPT_PRIVATE, &c);
      curl_easy_setopt(c.easy, CURLOPT_WRITEDATA, &c.answer);
      curl_easy_setopt(
          c.easy, CURLOPT_WRITEFUNCTION, +[](char* d, std::size_t size, std::size_t n, void* out) {
            static_cast<std::string*>(out)->append(d, size * n);
            return size * n;
          });
      send(c);
    }
    while (active > 0) {
      int running = 0;
      curl_multi_perform(multi, &running);
      int queued = 0;
      while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
        if (msg->msg != CURLMSG_DONE) continue;
        LoadClient* c = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &c);
        long status = 0;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &status);
        latencies.push_back(
            std::chrono::duration<double, std::milli>(SteadyClock::now() - c->sent).count());
        if (msg->data.result != CURLE_OK || status != 200 ||
            c->answer.find("\"applied\"") == std::string::npos)
          ++failures;
        curl_multi_remove_handle(multi, msg->easy_handle);
        --active;
        if (SteadyClock::now() - start < duration) send(*c);
      }
      curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  }
  for (LoadClient& c : load) curl_easy_cleanup(c.easy);
  curl_multi_cleanup(multi);
  curl_slist_free_all(headers);
  server.stop();
  serving.join();
  std::vector<double>& all = latencies;
  std::sort(all.begin(), all.end());
  auto percentile = [&](double p) {
    return all.empty() ? 0.0
                       : all[static_cast<std::size_t>(p * static_cast<double>(all.size() - 1))];
  };
  state.counters["mutations/s"] = static_cast<double>(all.size()) / seconds;
  state.counters["p50_ms"] = percentile(0.50);
  state.counters["p95_ms"] = percentile(0.95);
  state.counters["p99_ms"] = percentile(0.99);
  state.counters["failed"] = failures;
}
BENCHMARK_CAPTURE(BM_PushLoad, sqlite, false)
    ->Arg(50)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);
BENCHMARK_CAPTURE(BM_PushLoad, postgres, true)
    ->Arg(50)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);

// The same pushes without the network: the store, the rebase and the audit entry alone.
void BM_PushDirect(benchmark::State& state) {
  BenchServer bench(1, false);
  const auto& [id, dcf] = bench.scenarios.front();
  std::int64_t seq = 0;
  for (auto _ : state) {
    auto answer =
        bench.api->handle({"POST", "/v1/scenarios/" + id + "/push", pushBody(dcf, "direct", ++seq),
                           "Bearer " + bench.token, "127.0.0.1"});
    benchmark::DoNotOptimize(answer);
  }
}
BENCHMARK(BM_PushDirect)->Unit(benchmark::kMicrosecond);

// One sign-in's password check (Argon2id, 64 MiB, 2 passes).
void BM_LoginHash(benchmark::State& state) {
  startCrypto();
  const std::string hash = hashPassword("correct horse battery").value();
  for (auto _ : state) benchmark::DoNotOptimize(verifyPassword(hash, "correct horse battery"));
}
BENCHMARK(BM_LoginHash)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
