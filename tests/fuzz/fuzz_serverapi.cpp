// Fuzz target: the tenant server's request handling (app/server/api.h) — the address and query
// parsing, every body parser (sign-in, push with its mutations, upload, sharing, tokens) — on
// a live store with one signed-in editor and one shared scenario. The first byte picks the
// route; the rest is the address or the body. Every answer must be a status from 200 to 599,
// and a JSON answer must be valid JSON.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "app/server/api.h"
#include "core/models/registry.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;
using namespace valor::server;

namespace {

struct Server {
  std::unique_ptr<Store> store;
  std::unique_ptr<EventHub> hub;
  Metrics metrics;
  std::unique_ptr<Api> api;
  std::string dir =
      (std::filesystem::temp_directory_path() / ("valor-fuzz-server-" + std::to_string(::getpid())))
          .string();
  std::string token;
  std::string scenario;

  Server() {
    startCrypto();
    std::filesystem::remove_all(dir);
    store = Store::create(StoreLocation{dir, ""}, systemClock()).value();
    const auto tenant = store->addTenant("Fuzz").value();
    const User user =
        store->addUser(tenant, "fuzz@fuzz.test", Role::Editor, "not a hash", false, "fuzz").value();
    token = newToken("vs_");
    (void)store->addToken(user, tokenHash(token), "session", "write", "fuzz", 0);
    hub = std::make_unique<EventHub>(*store, systemClock());
    api = std::make_unique<Api>(*store, *hub, metrics, systemClock(), seededIdGenerator(1));
    auto created = api->handle({"POST", "/v1/scenarios", findModelKind("dcf")->scenarioTemplate(),
                                "Bearer " + token, "127.0.0.1"});
    scenario = nlohmann::json::parse(created.body)["id"].get<std::string>();
  }
  ~Server() {
    api.reset();
    hub.reset();
    store.reset();
    std::filesystem::remove_all(dir);
  }
};

Server& fixture() {
  static Server s;
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size == 0) return 0;
  Server& s = fixture();
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string base = "/v1/scenarios/" + s.scenario;
  ApiRequest request{"POST", base + "/push", rest, "Bearer " + s.token, "127.0.0.1"};
  switch (data[0] % 8) {
    case 0:  // an address of any shape
      request = {"GET", "/" + rest, {}, "Bearer " + s.token, "127.0.0.1"};
      break;
    case 1:
      request = {"POST", "/v1/login", rest, {}, "127.0.0.1"};
      break;
    case 2:  // a push body
      break;
    case 3:
      request = {"POST", "/v1/scenarios", rest, "Bearer " + s.token, "127.0.0.1"};
      break;
    case 4:
      request = {"PUT", base + "/shares/fuzz@fuzz.test", rest, "Bearer " + s.token, "127.0.0.1"};
      break;
    case 5:
      request = {"POST", "/v1/tokens", rest, "Bearer " + s.token, "127.0.0.1"};
      break;
    case 6:  // a forged or malformed credential
      request = {"GET", "/v1/scenarios", {}, rest, "127.0.0.1"};
      break;
    case 7:
      request = {"GET", base + "/pull?" + rest, {}, "Bearer " + s.token, "127.0.0.1"};
      break;
  }
  const ApiResponse answer = s.api->handle(request);
  fuzz::require(answer.status >= 200 && answer.status <= 599, "an HTTP status");
  if (answer.contentType == "application/json")
    fuzz::require(nlohmann::json::accept(answer.body), "a JSON answer is JSON");
  return 0;
}
