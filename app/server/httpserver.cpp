// <utility> before any Asio coroutine header: Asio 1.18 uses std::exchange without it (GCC 12).
#include <utility>

#include "app/server/httpserver.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <variant>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "core/common/log.h"

namespace valor::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

// One connection as the stopping server sees it: whether it is answering a request, and how to
// interrupt it (run on the connection's strand; empty once the connection is gone).
struct Connection {
  net::any_io_executor executor;
  std::atomic<bool> busy{false};
  std::function<void()> interrupt;
};

// Events waiting for one stream, and the timer its coroutine sleeps on between them.
struct EventQueue {
  explicit EventQueue(const net::any_io_executor& ex) : timer(ex) {}
  std::mutex mutex;
  std::deque<std::string> events;
  net::steady_timer timer;
};

}  // namespace

struct HttpServer::Impl {
  Impl(Api& a, EventHub& h, Metrics& m, HttpOptions o)
      : api(a),
        hub(h),
        metrics(m),
        options(std::move(o)),
        work(static_cast<std::size_t>(std::max(1, options.handlerThreads))),
        signals(ioc, SIGINT, SIGTERM) {}

  Api& api;
  EventHub& hub;
  Metrics& metrics;
  HttpOptions options;
  net::io_context ioc;
  // Requests are answered here, off the network threads: a sign-in's Argon2id (~50 ms) then
  // never stalls other connections, and pushes waiting for the same group commit wait here.
  net::thread_pool work;
  std::optional<tcp::acceptor> acceptor;
  std::optional<net::ssl::context> tls;
  net::signal_set signals;
  std::atomic<bool> stopping{false};
  std::mutex connectionsMutex;
  std::map<std::int64_t, std::shared_ptr<Connection>> connections;
  std::int64_t nextConnection = 1;

  std::int64_t track(const std::shared_ptr<Connection>& c) {
    std::lock_guard lock(connectionsMutex);
    connections.emplace(nextConnection, c);
    return nextConnection++;
  }
  void untrack(std::int64_t key) {
    std::lock_guard lock(connectionsMutex);
    connections.erase(key);
  }

  void beginStop() {
    if (stopping.exchange(true)) return;
    logInfo("valor-server: stopping; answering the requests in flight");
    beast::error_code ignored;
    if (acceptor) acceptor->close(ignored);
    signals.cancel(ignored);
    std::lock_guard lock(connectionsMutex);
    for (const auto& entry : connections) {
      std::shared_ptr<Connection> c = entry.second;
      net::post(c->executor, [c] {
        if (c->interrupt) c->interrupt();
      });
    }
  }

  // The peer's address, or the client's as a trusted proxy on this machine reports it.
  std::string clientAddress(const http::request<http::string_body>& req,
                            const std::string& peer) const {
    if (!options.trustForwardedFor || (peer != "127.0.0.1" && peer != "::1")) return peer;
    const std::string_view forwarded = req["X-Forwarded-For"];
    if (forwarded.empty()) return peer;
    std::string_view last = forwarded.substr(forwarded.rfind(',') + 1);
    while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
    beast::error_code ec;
    const auto parsed = net::ip::make_address(std::string(last), ec);
    return ec ? peer : parsed.to_string();
  }

  net::awaitable<void> acceptLoop();
  template <class Stream>
  net::awaitable<void> serve(Stream& stream, std::shared_ptr<Connection> connection,
                             std::string address);
  template <class Stream>
  net::awaitable<void> streamEvents(Stream& stream, Principal who, unsigned version,
                                    const std::string& authorization,
                                    std::shared_ptr<Connection> connection);
  net::awaitable<void> plainSession(tcp::socket socket);
  net::awaitable<void> tlsSession(tcp::socket socket);
};

namespace {

http::response<http::string_body> toHttp(const ApiResponse& r, unsigned version) {
  http::response<http::string_body> res{static_cast<http::status>(r.status), version};
  res.set(http::field::server, "valor-server");
  if (!r.contentType.empty()) res.set(http::field::content_type, r.contentType);
  res.set(http::field::cache_control, "no-store");
  for (const auto& [name, value] : r.headers) res.set(name, value);
  res.body() = r.body;
  res.prepare_payload();
  return res;
}

ApiResponse parseFailure(const beast::error_code& ec) {
  ApiResponse r;
  r.contentType = "application/json";
  if (ec == http::error::body_limit) {
    r.status = 413;
    r.body = R"({"error":{"code":"request.too_large","message":"the request body is too large"}})";
  } else if (ec == http::error::header_limit) {
    r.status = 431;
    r.body =
        R"({"error":{"code":"request.too_large","message":"the request headers are too large"}})";
  } else {
    r.status = 400;
    r.body =
        R"({"error":{"code":"request.invalid","message":"the request is not valid HTTP/1.1"}})";
  }
  r.route = "(unreadable)";
  return r;
}

bool isEventsRequest(const http::request<http::string_body>& req) {
  const std::string_view target = req.target();
  return req.method() == http::verb::get &&
         target.substr(0, target.find('?')) == std::string_view("/v1/events");
}

// The end of a connection the client already dropped, or a timeout: nothing to report.
bool quietEnd(const beast::error_code& ec) {
  return ec == http::error::end_of_stream || ec == net::error::operation_aborted ||
         ec == beast::error::timeout || ec == net::error::eof ||
         ec == net::error::connection_reset || ec == net::ssl::error::stream_truncated;
}

}  // namespace

template <class Stream>
net::awaitable<void> HttpServer::Impl::streamEvents(Stream& stream, Principal who, unsigned version,
                                                    const std::string& authorization,
                                                    std::shared_ptr<Connection> connection) {
  auto queue = std::make_shared<EventQueue>(co_await net::this_coro::executor);
  const std::int64_t key = hub.subscribe(who.user, [queue](const std::string& event) {
    {
      std::lock_guard lock(queue->mutex);
      queue->events.push_back(event);
    }
    net::post(queue->timer.get_executor(), [queue] { queue->timer.cancel(); });
  });
  connection->interrupt = [queue] { queue->timer.cancel(); };
  http::response<http::empty_body> res{http::status::ok, version};
  res.set(http::field::server, "valor-server");
  res.set(http::field::content_type, "text/event-stream");
  res.set(http::field::cache_control, "no-store");
  res.chunked(true);
  http::response_serializer<http::empty_body> serializer{res};
  beast::error_code ec;
  auto& socket = beast::get_lowest_layer(stream);
  auto write = [&](std::string text) -> net::awaitable<bool> {
    socket.expires_after(std::chrono::seconds(options.readTimeoutSeconds));
    co_await net::async_write(stream, http::make_chunk(net::buffer(text)),
                              net::redirect_error(net::use_awaitable, ec));
    socket.expires_never();
    co_return !ec;
  };
  socket.expires_after(std::chrono::seconds(options.readTimeoutSeconds));
  co_await http::async_write_header(stream, serializer,
                                    net::redirect_error(net::use_awaitable, ec));
  bool open = !ec && co_await write("retry: 2000\n\n");
  auto checked = Clock::now();
  while (open && !stopping) {
    std::deque<std::string> ready;
    {
      std::lock_guard lock(queue->mutex);
      ready.swap(queue->events);
    }
    for (const std::string& event : ready)
      if (open) open = co_await write(event);
    if (!open || stopping) break;
    {
      std::lock_guard lock(queue->mutex);
      if (!queue->events.empty()) continue;  // arrived while writing
    }
    queue->timer.expires_after(std::chrono::milliseconds(options.heartbeatMs));
    beast::error_code waited;
    co_await queue->timer.async_wait(net::redirect_error(net::use_awaitable, waited));
    // Is the caller still allowed in, as who? Checked at least every second the stream is
    // awake, so a revoked session, a disabled account or a changed role takes effect at once.
    if (Clock::now() - checked >= std::chrono::seconds(1)) {
      checked = Clock::now();
      auto admitted = api.admitEvents(authorization);
      if (const auto* refusal = std::get_if<ApiResponse>(&admitted)) {
        if (refusal->status != 503) break;  // the database away a moment: ask again later
      } else {
        hub.updateUser(key, std::get<Principal>(admitted).user);
      }
    }
    if (!waited) {  // a quiet interval: a heartbeat
      hub.sweep();
      open = co_await write(": heartbeat\n\n");
    }
  }
  hub.unsubscribe(key);
  hub.clearPresence(who.tokenId);  // the session's scenario is no longer open anywhere
  connection->interrupt = nullptr;
  if (open) {
    socket.expires_after(std::chrono::seconds(5));
    co_await net::async_write(stream, http::make_chunk_last(),
                              net::redirect_error(net::use_awaitable, ec));
  }
}

template <class Stream>
net::awaitable<void> HttpServer::Impl::serve(Stream& stream, std::shared_ptr<Connection> connection,
                                             std::string address) {
  beast::flat_buffer buffer;
  auto& socket = beast::get_lowest_layer(stream);
  connection->interrupt = [&socket, connection] {
    if (!connection->busy) socket.cancel();
  };
  while (!stopping) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(options.maxHeaderBytes));
    parser.body_limit(options.maxBodyBytes);
    beast::error_code ec;
    socket.expires_after(std::chrono::seconds(options.readTimeoutSeconds));
    connection->busy = false;
    co_await http::async_read_header(stream, buffer, parser,
                                     net::redirect_error(net::use_awaitable, ec));
    connection->busy = true;
    if (!ec && parser.get()[http::field::expect] == "100-continue") {
      http::response<http::empty_body> proceed{http::status::continue_, parser.get().version()};
      co_await http::async_write(stream, proceed, net::redirect_error(net::use_awaitable, ec));
    }
    if (!ec && !parser.is_done())
      co_await http::async_read(stream, buffer, parser,
                                net::redirect_error(net::use_awaitable, ec));
    if (ec) {
      if (quietEnd(ec)) break;
      ApiResponse failure = parseFailure(ec);
      metrics.request(failure.route, failure.status, 0);
      auto res = toHttp(failure, 11);
      res.keep_alive(false);
      co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
      break;
    }
    const auto& req = parser.get();
    const std::string authorization(req[http::field::authorization]);
    if (isEventsRequest(req)) {
      auto admitted = api.admitEvents(authorization);
      if (auto* refusal = std::get_if<ApiResponse>(&admitted)) {
        metrics.request(refusal->route, refusal->status, 0);
        auto res = toHttp(*refusal, req.version());
        co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
        if (ec) break;
        continue;
      }
      metrics.request("/v1/events", 200, 0);
      co_await streamEvents(stream, std::get<Principal>(std::move(admitted)), req.version(),
                            authorization, connection);
      break;
    }
    const auto started = Clock::now();
    const ApiRequest request{std::string(req.method_string()), std::string(req.target()),
                             req.body(), authorization, clientAddress(req, address)};
    // Answered on the work pool; this coroutine resumes on its connection's strand.
    ApiResponse answer = co_await net::co_spawn(
        work.get_executor(),
        [this, &request]() -> net::awaitable<ApiResponse> { co_return api.handle(request); },
        net::use_awaitable);
    metrics.request(answer.route, answer.status,
                    std::chrono::duration<double>(Clock::now() - started).count());
    auto res = toHttp(answer, req.version());
    res.keep_alive(req.keep_alive() && !stopping);
    socket.expires_after(std::chrono::seconds(options.readTimeoutSeconds));
    co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
    if (ec || !res.keep_alive()) break;
  }
  connection->interrupt = nullptr;
}

net::awaitable<void> HttpServer::Impl::plainSession(tcp::socket socket) {
  beast::error_code ec;
  const auto peer = socket.remote_endpoint(ec);
  const std::string address = ec ? std::string() : peer.address().to_string();
  beast::tcp_stream stream(std::move(socket));
  auto connection = std::make_shared<Connection>();
  connection->executor = stream.get_executor();
  const std::int64_t key = track(connection);
  co_await serve(stream, connection, address);
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  untrack(key);
}

net::awaitable<void> HttpServer::Impl::tlsSession(tcp::socket socket) {
  beast::error_code ec;
  const auto peer = socket.remote_endpoint(ec);
  const std::string address = ec ? std::string() : peer.address().to_string();
  beast::ssl_stream<beast::tcp_stream> stream(beast::tcp_stream(std::move(socket)), *tls);
  auto connection = std::make_shared<Connection>();
  connection->executor = stream.get_executor();
  const std::int64_t key = track(connection);
  beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(options.readTimeoutSeconds));
  co_await stream.async_handshake(net::ssl::stream_base::server,
                                  net::redirect_error(net::use_awaitable, ec));
  if (!ec) {
    co_await serve(stream, connection, address);
    // TLS's close_notify, unless the server is stopping: then an idle client that never
    // answers it must not hold the stop up.
    if (!stopping) {
      beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(5));
      co_await stream.async_shutdown(net::redirect_error(net::use_awaitable, ec));
    }
  }
  untrack(key);
}

net::awaitable<void> HttpServer::Impl::acceptLoop() {
  while (!stopping) {
    beast::error_code ec;
    tcp::socket socket = co_await acceptor->async_accept(
        net::make_strand(ioc), net::redirect_error(net::use_awaitable, ec));
    if (ec) {
      if (stopping || ec == net::error::operation_aborted) break;
      logWarning("valor-server: accepting a connection failed: " + ec.message());
      continue;
    }
    auto executor = socket.get_executor();
    if (tls)
      net::co_spawn(executor, tlsSession(std::move(socket)), net::detached);
    else
      net::co_spawn(executor, plainSession(std::move(socket)), net::detached);
  }
}

HttpServer::HttpServer(Api& api, EventHub& hub, Metrics& metrics, HttpOptions options)
    : impl_(std::make_unique<Impl>(api, hub, metrics, std::move(options))) {}

HttpServer::~HttpServer() = default;

Result<unsigned short> HttpServer::listen() {
  Impl& s = *impl_;
  beast::error_code ec;
  const auto address = net::ip::make_address(s.options.host, ec);
  if (ec) return Error{"server.listen", "not an IP address: " + s.options.host, s.options.host};
  if (!s.options.tlsCertFile.empty() || !s.options.tlsKeyFile.empty()) {
    if (s.options.tlsCertFile.empty() || s.options.tlsKeyFile.empty())
      return Error{"server.tls", "TLS needs both --tls-cert and --tls-key", {}};
    s.tls.emplace(net::ssl::context::tls_server);
    s.tls->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                       net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                       net::ssl::context::no_tlsv1_1);
    s.tls->use_certificate_chain_file(s.options.tlsCertFile, ec);
    if (!ec) s.tls->use_private_key_file(s.options.tlsKeyFile, net::ssl::context::pem, ec);
    if (ec) return Error{"server.tls", "cannot load the certificate or key: " + ec.message(), {}};
  }
  const tcp::endpoint endpoint(address, s.options.port);
  s.acceptor.emplace(s.ioc);
  s.acceptor->open(endpoint.protocol(), ec);
  if (!ec) s.acceptor->set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor->bind(endpoint, ec);
  if (!ec) s.acceptor->listen(net::socket_base::max_listen_connections, ec);
  if (ec)
    return Error{"server.listen",
                 "cannot listen on " + s.options.host + ":" + std::to_string(s.options.port) +
                     ": " + ec.message(),
                 {}};
  return s.acceptor->local_endpoint().port();
}

void HttpServer::run() {
  Impl& s = *impl_;
  s.signals.async_wait([&s](const beast::error_code& ec, int) {
    if (!ec) s.beginStop();
  });
  net::co_spawn(s.ioc, s.acceptLoop(), net::detached);
  std::vector<std::thread> workers;
  for (int i = 1; i < s.options.threads; ++i) workers.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (std::thread& t : workers) t.join();
  s.work.join();
}

void HttpServer::stop() {
  net::post(impl_->ioc, [s = impl_.get()] { s->beginStop(); });
}

}  // namespace valor::server
