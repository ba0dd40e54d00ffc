#pragma once
// A small libcurl client for the process tests: one request at a time per object (each thread
// makes its own), and an event-stream reader on a thread of its own.
#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace valor::testing {

struct HttpResult {
  long status = 0;  // 0: no answer (the transport failed)
  std::string body;
  std::string headers;
};

class HttpClient {
 public:
  // `caFile`: the certificate to trust for HTTPS (verification stays on).
  explicit HttpClient(std::string base, std::string caFile = {});
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResult request(const std::string& method, const std::string& path,
                     const std::string& body = {}, const std::string& token = {});

 private:
  std::string base_;
  std::string caFile_;
  void* curl_;
};

// GET /v1/events until stopped; the text received so far is available at any time.
class EventReader {
 public:
  EventReader(const std::string& base, const std::string& token);
  ~EventReader();
  std::string text() const;
  // Waits up to `ms` for `needle` to appear in the stream.
  bool waitFor(const std::string& needle, int ms) const;
  long status() const { return status_; }
  bool finished() const { return finished_; }

 private:
  mutable std::mutex mutex_;
  std::string text_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> finished_{false};
  std::atomic<long> status_{0};
  std::thread thread_;
};

}  // namespace valor::testing
