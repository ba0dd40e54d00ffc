#pragma once
// An HTTP server on 127.0.0.1 (an ephemeral port) that answers each request as the test says:
// a status, headers, a body, a delay, or a body cut short. One connection at a time, each
// closed after its answer: what a provider test needs, and nothing a real server would do.
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

struct Reply {
  int status = 200;
  std::string body;
  std::map<std::string, std::string> headers;
  int delayMs = 0;        // before answering
  bool cutShort = false;  // promise twice the body's length, send the body, hang up
};

class LocalHttpServer {
 public:
  using Handler = std::function<Reply(const std::string& target)>;
  explicit LocalHttpServer(Handler handler);
  ~LocalHttpServer();
  LocalHttpServer(const LocalHttpServer&) = delete;
  LocalHttpServer& operator=(const LocalHttpServer&) = delete;

  std::string baseUrl() const;
  int requests() const { return requests_; }
  std::string lastUserAgent() const;
  void setHandler(Handler handler);

 private:
  void run();
  void serve(boost::asio::ip::tcp::socket& socket);

  boost::asio::io_context ioc_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  mutable std::mutex mutex_;
  Handler handler_;
  std::string lastUserAgent_;
  std::atomic<int> requests_{0};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};
