#include "app/server/metrics.h"

#include <locale>
#include <sstream>

namespace valor::server {
namespace {

// A label value in the exposition format: backslash, quote and newline escaped.
std::string label(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

void Metrics::request(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.counts[i];
  ++h.count;
  h.sum += seconds;
}

void Metrics::mutations(std::int64_t applied, std::int64_t rejected) {
  applied_ += applied;
  rejected_ += rejected;
}

std::string Metrics::text(std::size_t streams) const {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  std::lock_guard lock(mutex_);
  out << "# HELP valor_requests_total HTTP requests by route and status.\n"
         "# TYPE valor_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out << "valor_requests_total{route=\"" << label(key.first) << "\",status=\"" << key.second
        << "\"} " << n << "\n";
  out << "# HELP valor_request_duration_seconds Time to answer a request.\n"
         "# TYPE valor_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
      out << "valor_request_duration_seconds_bucket{route=\"" << label(route) << "\",le=\""
          << kBuckets[i] << "\"} " << h.counts[i] << "\n";
    out << "valor_request_duration_seconds_bucket{route=\"" << label(route) << "\",le=\"+Inf\"} "
        << h.count << "\n"
        << "valor_request_duration_seconds_sum{route=\"" << label(route) << "\"} " << h.sum << "\n"
        << "valor_request_duration_seconds_count{route=\"" << label(route) << "\"} " << h.count
        << "\n";
  }
  out << "# HELP valor_mutations_applied_total Pushed mutations applied.\n"
         "# TYPE valor_mutations_applied_total counter\n"
      << "valor_mutations_applied_total " << applied_.load() << "\n"
      << "# HELP valor_mutations_rejected_total Pushed mutations refused with a reason.\n"
         "# TYPE valor_mutations_rejected_total counter\n"
      << "valor_mutations_rejected_total " << rejected_.load() << "\n"
      << "# HELP valor_event_streams Event streams open now.\n"
         "# TYPE valor_event_streams gauge\n"
      << "valor_event_streams " << streams << "\n";
  return out.str();
}

}  // namespace valor::server
