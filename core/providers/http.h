#pragma once
// One HTTP request as the data providers and the sync client need it: a stated User-Agent, a
// time limit, a size limit, cancellation, and failures named for people ("cannot reach
// data.sec.gov: offline?") rather than as transport codes. The transport is a function, so the
// logic above it (cache, retries, circuit breaker, sync) is tested against a local server or a
// scripted one alike.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"

namespace valor {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::string> headers;  // "Name: value" lines, e.g. "Authorization: Bearer …"
  std::string body;                  // sent for any method but GET
  std::string userAgent;
  long timeoutMs = 20'000;                  // the whole transfer, connection included
  std::size_t maxBytes = 64 * 1024 * 1024;  // the body, decompressed
  std::function<bool()> cancelled;          // polled during the transfer; may be empty
  std::string caFile;  // a certificate to trust instead of the system's (a private server)
};

struct HttpResponse {
  long status = 0;
  std::string body;
  std::optional<long> retryAfterSeconds;  // from a Retry-After header given in seconds
};

// An error is a transport failure (no answer to judge): "http.offline" (name or connection),
// "http.timeout", "http.too_large", "http.cancelled", "http.tls",
// "http.bad_request" (an address curl cannot use, too many redirects), "http.failed".
using HttpTransport = std::function<Result<HttpResponse>(const HttpRequest&)>;

// The URL as messages and logs may show it: the values of query parameters that carry a secret
// (apikey, api_key, key, token, …) replaced by "***", and so is a user name and password.
std::string redactedUrl(const std::string& url);

// libcurl: HTTP and HTTPS only, redirects followed (at most 5; only for GET, so a body is never
// sent on to another address), gzip accepted, the system's proxy settings (http_proxy,
// https_proxy, no_proxy) and certificate store.
HttpTransport curlHttp();

}  // namespace valor
