#include "core/providers/http.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>

#include "core/common/numbertext.h"

namespace valor {
namespace {

struct Transfer {
  const HttpRequest* request = nullptr;
  HttpResponse response;
  bool tooLarge = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (t->response.body.size() + bytes > t->request->maxBytes) {
    t->tooLarge = true;
    return 0;  // stops the transfer with CURLE_WRITE_ERROR
  }
  t->response.body.append(data, bytes);
  return bytes;
}

// "Retry-After: 30" (RFC 9110 §10.2.3); the HTTP-date form is left to the caller's own backoff.
std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::string line(data, size * count);
  constexpr std::string_view kName = "retry-after:";
  if (line.size() > kName.size()) {
    std::string head = line.substr(0, kName.size());
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (head == kName) {
      char* end = nullptr;
      const long seconds = std::strtol(line.c_str() + kName.size(), &end, 10);
      // Bounded: a hostile value must not overflow the caller's arithmetic.
      if (end != line.c_str() + kName.size() && seconds >= 0)
        t->response.retryAfterSeconds = std::min(seconds, 7L * 24 * 3600);
    }
  }
  return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  return t->request->cancelled && t->request->cancelled() ? 1 : 0;
}

std::string hostOf(const std::string& url) {
  std::size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  const std::size_t end = url.find_first_of(":/?", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool secretParameter(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.find("key") != std::string::npos || name.find("token") != std::string::npos ||
         name.find("secret") != std::string::npos || name.find("password") != std::string::npos;
}

Result<HttpResponse> curlRequest(const HttpRequest& request) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl)
    return Error{"http.failed", "could not start a network transfer", redactedUrl(request.url)};
  Transfer t;
  t.request = &request;
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_USERAGENT, request.userAgent.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  // A request that started encrypted is never redirected to plain HTTP (a key may be in it).
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR,
                   request.url.rfind("https://", 0) == 0 ? "https" : "http,https");
  const bool get = request.method == "GET";
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, get ? 1L : 0L);
  if (!get) {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  }
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(nullptr, curl_slist_free_all);
  for (const std::string& line : request.headers) {
    curl_slist* next = curl_slist_append(headers.get(), line.c_str());
    if (!next)
      return Error{"http.failed", "could not start a network transfer", redactedUrl(request.url)};
    (void)headers.release();
    headers.reset(next);
  }
  if (headers) curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  if (!request.caFile.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, request.caFile.c_str());
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl decodes (gzip …)
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, request.timeoutMs);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, std::min(request.timeoutMs, 10'000L));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, onHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);

  const CURLcode code = curl_easy_perform(h);
  const std::string host = hostOf(request.url);
  switch (code) {
    case CURLE_OK:
      curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &t.response.status);
      return std::move(t.response);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
      return Error{"http.offline", "cannot reach " + host + " (offline?)",
                   redactedUrl(request.url)};
    case CURLE_OPERATION_TIMEDOUT:
      return Error{"http.timeout",
                   host + " did not answer within " +
                       generalText(static_cast<double>(request.timeoutMs) / 1000.0, 3) + " s",
                   redactedUrl(request.url)};
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_TOO_MANY_REDIRECTS:
      return Error{"http.bad_request", host + ": " + curl_easy_strerror(code),
                   redactedUrl(request.url)};
    case CURLE_ABORTED_BY_CALLBACK:
      return Error{"http.cancelled", "cancelled", redactedUrl(request.url)};
    case CURLE_WRITE_ERROR:
      if (t.tooLarge)
        return Error{"http.too_large",
                     host + " sent more than " + std::to_string(request.maxBytes >> 20) + " MB",
                     redactedUrl(request.url)};
      break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
      return Error{"http.tls",
                   "the secure connection to " + host + " failed: " + curl_easy_strerror(code),
                   redactedUrl(request.url)};
    default:
      break;
  }
  return Error{"http.failed", host + ": " + curl_easy_strerror(code), redactedUrl(request.url)};
}

}  // namespace

std::string redactedUrl(const std::string& address) {
  // Credentials in the authority ("https://user:secret@host/") go whole.
  std::string url = address;
  if (const std::size_t scheme = url.find("://"); scheme != std::string::npos) {
    const std::size_t authorityEnd = url.find_first_of("/?#", scheme + 3);
    const std::size_t at = url.rfind('@', authorityEnd);
    if (at != std::string::npos && at > scheme)
      url.replace(scheme + 3, at + 1 - (scheme + 3), "***@");
  }
  const std::size_t query = url.find('?');
  if (query == std::string::npos) return url;
  std::string out = url.substr(0, query + 1);
  std::size_t start = query + 1;
  while (start <= url.size()) {
    std::size_t end = url.find_first_of("&#", start);
    if (end == std::string::npos) end = url.size();
    const std::string pair = url.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    out += eq != std::string::npos && secretParameter(pair.substr(0, eq))
               ? pair.substr(0, eq + 1) + "***"
               : pair;
    if (end >= url.size()) break;
    out += url[end];
    if (url[end] == '#') {
      out += url.substr(end + 1);
      break;
    }
    start = end + 1;
  }
  return out;
}

HttpTransport curlHttp() {
  return curlRequest;
}

}  // namespace valor
