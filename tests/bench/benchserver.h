#pragma once
// What the server and sync benchmarks share: a server's store and API in this process.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/server/api.h"
#include "core/models/registry.h"
#include "tests/server/pgtestdb.h"

namespace valor::bench {

using namespace valor::server;

// A push's mutation: the DCF's terminal growth set to a value that differs with `seq`.
inline Mutation growthEdit(const Id& dcf, const std::string& author, std::int64_t seq,
                           std::uint64_t idSeed) {
  Mutation m;
  m.id = seededIdGenerator(idSeed)();
  m.author = author;
  m.baseRevision = 1;
  m.label = "Set terminal growth";
  Op op;
  op.kind = OpKind::Set;
  op.entity = dcf;
  op.field = "terminal_value.growth";
  op.value = 0.02 + 1e-7 * static_cast<double>(seq);
  m.ops = {op};
  return m;
}

// A server's store and API in a fresh directory (and a fresh PostgreSQL database for
// `postgres`): one editor with a write token, and `count` shared DCF scenarios (ID and the DCF
// entity's ID of each).
struct BenchServer {
  BenchServer(int count, bool postgres) {
    startCrypto();
    std::filesystem::remove_all(dir);
    if (postgres) {
      const auto db = testing::freshTestDatabase().value();
      (void)Store::create(StoreLocation{dir, db.owner}, systemClock(), "valor_app").value();
      store = Store::open(StoreLocation{dir, db.app}, systemClock()).value();
    } else {
      store = Store::create(StoreLocation{dir, ""}, systemClock()).value();
    }
    const auto tenant = store->addTenant("Bench").value();
    const User user =
        store->addUser(tenant, "load@bench.test", Role::Editor, "not a hash", false, "bench")
            .value();
    (void)store->addToken(user, tokenHash(token), "api", "write", "bench", 0);
    hub = std::make_unique<EventHub>(*store, systemClock());
    api = std::make_unique<Api>(*store, *hub, metrics, systemClock(), randomIdGenerator());
    for (int i = 0; i < count; ++i) {
      auto r = api->handle({"POST", "/v1/scenarios", findModelKind("dcf")->scenarioTemplate(),
                            "Bearer " + token, "127.0.0.1"});
      const std::string id = nlohmann::ordered_json::parse(r.body)["id"].get<std::string>();
      for (const Entity& e : store->document(tenant, id).value().first.entities)
        if (e.type == "dcf") scenarios.emplace_back(id, e.id);
    }
  }
  ~BenchServer() {
    api.reset();
    hub.reset();
    store.reset();
    std::filesystem::remove_all(dir);
  }

  std::string dir = (std::filesystem::temp_directory_path() /
                     ("valor-bench-server-" + std::to_string(::getpid())))
                        .string();
  std::unique_ptr<Store> store;
  Metrics metrics;
  std::unique_ptr<EventHub> hub;
  std::unique_ptr<Api> api;
  std::string token = newToken("vt_");
  std::vector<std::pair<std::string, Id>> scenarios;
};

}  // namespace valor::bench
