#pragma once
// Counters for GET /metrics in the Prometheus text format: requests by route and status,
// request latency as a histogram, mutations applied and rejected, open event streams.
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace valor::server {

class Metrics {
 public:
  // `route` is the route's pattern ("/v1/scenarios/{id}/push"), never the raw path, so the
  // number of series stays bounded whatever clients send.
  void request(const std::string& route, int status, double seconds);
  void mutations(std::int64_t applied, std::int64_t rejected);
  // `streams`: the event streams open now, read when the text is made.
  std::string text(std::size_t streams) const;

 private:
  static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.02,
                                                   0.05,  0.1,    0.25,  1.0,  5.0};
  struct Histogram {
    std::array<std::int64_t, kBuckets.size()> counts{};
    std::int64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::int64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::atomic<std::int64_t> applied_{0};
  std::atomic<std::int64_t> rejected_{0};
};

}  // namespace valor::server
