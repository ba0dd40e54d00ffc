#pragma once
// The HTTP API as a function: a parsed request in, a response out, with no sockets in sight, so
// every route, role and tenant boundary is tested directly and the HTTP layer only moves bytes.
// Protocol: docs/sync-protocol.md. Every route checks the caller on every request; a scenario
// the caller may not see answers 404 exactly as one that does not exist.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>
#include <variant>

#include "app/server/auth.h"
#include "app/server/eventhub.h"
#include "app/server/metrics.h"
#include "app/server/store.h"
#include "core/common/clock.h"
#include "core/model/id.h"

namespace valor::server {

struct ApiRequest {
  std::string method;  // "GET", "POST", …
  std::string target;  // path and query, as sent
  std::string body;
  std::string authorization;  // the Authorization header
  std::string address;        // the peer's IP address
};

struct ApiResponse {
  int status = 200;
  std::string contentType = "application/json";
  std::string body;
  std::map<std::string, std::string> headers;
  std::string route;  // the matched route's pattern, for metrics and logs
};

struct ApiOptions {
  std::int64_t sessionMs = 30LL * 24 * 3600 * 1000;  // a session lasts 30 days unless ended
  int loginBurstPerAccount = 5;                      // then one attempt per refill period
  std::int64_t loginRefillPerAccountMs = 60'000;
  int loginBurstPerAddress = 30;
  std::int64_t loginRefillPerAddressMs = 2'000;
  int maxMutationsPerPush = 1000;
  int pullPageSize = 1000;
};

class Api {
 public:
  Api(Store& store, EventHub& hub, Metrics& metrics, Clock clock, IdGenerator newId,
      ApiOptions options = {});

  ApiResponse handle(const ApiRequest& request);

  // The caller behind an Authorization header (the event stream checks it again as it runs).
  // The caller, or the answer refusing them: 401 for a missing or unknown token, 503 when the
  // store cannot say.
  std::variant<Principal, ApiResponse> authenticate(const std::string& authorization);
  // The caller of a request for the event stream, or the answer that refuses it (401, or 403
  // while a handed-out password has not been changed).
  std::variant<Principal, ApiResponse> admitEvents(const std::string& authorization);

 private:
  ApiResponse handleUnguarded(const ApiRequest& request);
  ApiResponse route(const ApiRequest& request, const std::string& path,
                    const std::map<std::string, std::string>& query);
  ApiResponse login(const ApiRequest& request);
  ApiResponse logout(const Principal& who);
  ApiResponse changePassword(const Principal& who, const ApiRequest& request);
  ApiResponse me(const Principal& who);
  ApiResponse listTokens(const Principal& who);
  ApiResponse createToken(const Principal& who, const ApiRequest& request);
  ApiResponse revokeToken(const Principal& who, const std::string& id);
  ApiResponse listScenarios(const Principal& who);
  ApiResponse createScenario(const Principal& who, const ApiRequest& request);
  ApiResponse getScenario(const Principal& who, const std::string& id);
  ApiResponse push(const Principal& who, const std::string& id, const ApiRequest& request);
  ApiResponse pull(const Principal& who, const std::string& id,
                   const std::map<std::string, std::string>& query);
  ApiResponse listShares(const Principal& who, const std::string& id);
  ApiResponse presence(const Principal& who, const std::string& id, const std::string& method);
  ApiResponse setShare(const Principal& who, const std::string& id, const std::string& email,
                       const ApiRequest& request, bool remove);
  ApiResponse audit(const Principal& who, const std::map<std::string, std::string>& query);

  Store& store_;
  EventHub& hub_;
  Metrics& metrics_;
  Clock clock_;
  IdGenerator newId_;
  std::mutex idMutex_;  // the generator has state; requests run on several threads
  Id nextId();
  ApiOptions options_;
  // Argon2id takes 64 MiB per hash: at most two at once, whatever the number of requests; a
  // request that cannot get a turn within 2 s is answered 503 instead of holding a thread.
  std::counting_semaphore<> hashing_{2};
  std::optional<ApiResponse> waitToHash();
  LoginThrottle accountThrottle_;
  LoginThrottle addressThrottle_;
};

}  // namespace valor::server
