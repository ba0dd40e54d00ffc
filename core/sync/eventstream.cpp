#include "core/sync/eventstream.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace valor {
namespace {

constexpr std::size_t kMaxLine = 1 << 20;   // one line
constexpr std::size_t kMaxEvent = 1 << 20;  // one event's data lines together

struct Stream {
  EventStreamParser* parser = nullptr;
  const std::function<bool()>* stop = nullptr;
  const std::function<void()>* connected = nullptr;
  CURL* curl = nullptr;
  bool announced = false;
  bool broken = false;
  long status = 0;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* s = static_cast<Stream*>(user);
  if (!s->announced) {
    curl_easy_getinfo(s->curl, CURLINFO_RESPONSE_CODE, &s->status);
    if (s->status != 200) return 0;
    s->announced = true;
    (*s->connected)();
  }
  if (!s->parser->feed(data, size * count)) {
    s->broken = true;
    return 0;
  }
  return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* s = static_cast<Stream*>(user);
  return (*s->stop)() ? 1 : 0;
}

}  // namespace

bool EventStreamParser::feed(const char* data, std::size_t size) {
  partial_.append(data, size);
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = partial_.find('\n', start);
    if (end == std::string::npos) break;
    std::size_t stop = end;
    if (stop > start && partial_[stop - 1] == '\r') --stop;
    line(partial_.substr(start, stop - start));
    start = end + 1;
  }
  partial_.erase(0, start);
  return partial_.size() <= kMaxLine && event_.data.size() <= kMaxEvent;
}

// The event stream format (HTML Living Standard, "server-sent events"): "field: value" lines,
// comments start with ':', a blank line ends an event.
void EventStreamParser::line(const std::string& text) {
  if (text.empty()) {
    if (hasData_) {
      if (event_.type.empty()) event_.type = "message";
      onEvent_(event_);
    }
    event_ = {};
    hasData_ = false;
    return;
  }
  if (text.front() == ':') return;
  const std::size_t colon = text.find(':');
  const std::string field = text.substr(0, colon);
  std::string value = colon == std::string::npos ? std::string() : text.substr(colon + 1);
  if (!value.empty() && value.front() == ' ') value.erase(0, 1);
  if (field == "event") {
    event_.type = value;
  } else if (field == "data") {
    if (hasData_) event_.data += '\n';
    event_.data += value;
    hasData_ = true;
  }
}

Status followEvents(const SyncAccount& account, const std::function<void()>& connected,
                    const std::function<void(const ServerEvent&)>& onEvent,
                    const std::function<bool()>& stop) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return Error{"sync.offline", "could not start a network transfer", account.server};
  std::string server = account.server;
  while (!server.empty() && server.back() == '/') server.pop_back();
  const std::string url = server + "/v1/events";
  const std::string authorization = "Authorization: Bearer " + account.token;
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
      curl_slist_append(nullptr, authorization.c_str()), curl_slist_free_all);
  if (!headers) return Error{"sync.offline", "could not start a network transfer", url};
  if (curl_slist* more = curl_slist_append(headers.get(), "Accept: text/event-stream")) {
    (void)headers.release();
    headers.reset(more);
  }
  EventStreamParser parser(onEvent);
  Stream s{&parser, &stop, &connected, curl.get()};
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_USERAGENT, "Valor IVX sync");
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 10'000L);
  // The server sends a heartbeat every 15 s: a minute of silence means the connection is gone.
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 60L);
  curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
  if (!account.caFile.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, account.caFile.c_str());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &s);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  const CURLcode code = curl_easy_perform(h);
  if (!s.announced) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &s.status);
  if (s.status == 401)
    return Error{"sync.signed_out", "the server no longer accepts this sign-in; sign in again",
                 url};
  if (code == CURLE_ABORTED_BY_CALLBACK || code == CURLE_OK) return std::monostate{};
  if (s.broken) return Error{"sync.protocol", "the server's event stream cannot be read", url};
  if (s.status >= 400)
    return Error{"sync.unavailable", "the server answered " + std::to_string(s.status), url};
  return Error{"sync.offline", std::string("the event stream stopped: ") + curl_easy_strerror(code),
               url};
}

}  // namespace valor
