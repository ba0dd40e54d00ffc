#include "localhttpserver.h"

#include <chrono>
#include <utility>

#include <boost/asio/connect.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

LocalHttpServer::LocalHttpServer(Handler handler)
    : acceptor_(ioc_, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0)),
      handler_(std::move(handler)) {
  port_ = acceptor_.local_endpoint().port();
  thread_ = std::thread([this] { run(); });
}

LocalHttpServer::~LocalHttpServer() {
  stopping_ = true;
  // Wakes the blocking accept with a connection of our own.
  boost::system::error_code ec;
  tcp::socket wake(ioc_);
  wake.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_), ec);
  thread_.join();
}

std::string LocalHttpServer::baseUrl() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

std::string LocalHttpServer::lastUserAgent() const {
  std::lock_guard lock(mutex_);
  return lastUserAgent_;
}

void LocalHttpServer::setHandler(Handler handler) {
  std::lock_guard lock(mutex_);
  handler_ = std::move(handler);
}

void LocalHttpServer::run() {
  while (!stopping_) {
    tcp::socket socket(ioc_);
    boost::system::error_code ec;
    acceptor_.accept(socket, ec);
    if (stopping_) break;
    if (!ec) serve(socket);
  }
}

void LocalHttpServer::serve(tcp::socket& socket) {
  boost::beast::flat_buffer buffer;
  http::request<http::string_body> request;
  boost::system::error_code ec;
  http::read(socket, buffer, request, ec);
  if (ec) return;
  ++requests_;
  Reply reply;
  {
    std::lock_guard lock(mutex_);
    lastUserAgent_ = std::string(request[http::field::user_agent]);
    reply = handler_(std::string(request.target()));
  }
  for (int waited = 0; waited < reply.delayMs && !stopping_; waited += 10)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (reply.cutShort) {
    const std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
        std::to_string(reply.body.size() * 2) + "\r\n\r\n";
    net::write(socket, net::buffer(head + reply.body), ec);
  } else {
    http::response<http::string_body> response{static_cast<http::status>(reply.status), 11};
    response.set(http::field::content_type, "application/json");
    for (const auto& [name, value] : reply.headers) response.set(name, value);
    response.body() = reply.body;
    response.keep_alive(false);
    response.prepare_payload();
    http::write(socket, response, ec);
  }
  socket.shutdown(tcp::socket::shutdown_both, ec);
}
