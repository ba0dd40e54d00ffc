#pragma once
// HTTP/1.1 over Boost.Beast with C++20 coroutines: keep-alive connections, optional TLS, limits
// on header and body size, timeouts on slow clients, the Server-Sent Events stream, and a
// graceful stop (no new connections; requests in flight are answered; event streams end).
// Requests are answered by Api; this file only moves bytes.
#include <cstdint>
#include <memory>
#include <string>

#include "app/server/api.h"
#include "app/server/eventhub.h"
#include "core/common/result.h"

namespace valor::server {

struct HttpOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8443;  // 0: any free port (tests)
  int threads = 2;             // network threads
  int handlerThreads = 32;     // answering requests; most wait for a group commit, so many help
  std::size_t maxBodyBytes = 16 * 1024 * 1024;
  std::size_t maxHeaderBytes = 16 * 1024;
  int readTimeoutSeconds = 30;  // a client that sends a request slower than this is dropped
  int heartbeatMs = 15'000;     // event streams send a comment line this often
  std::string tlsCertFile;      // both set: HTTPS
  std::string tlsKeyFile;
  // Behind a reverse proxy on this machine: a request from a loopback address takes the client's
  // address from X-Forwarded-For (its last entry), for the audit log and sign-in throttling.
  bool trustForwardedFor = false;
};

class HttpServer {
 public:
  HttpServer(Api& api, EventHub& hub, Metrics& metrics, HttpOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens; returns the port (the chosen one when options.port is 0).
  Result<unsigned short> listen();
  // Serves until stop() or SIGINT/SIGTERM; returns when every connection has finished.
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace valor::server
