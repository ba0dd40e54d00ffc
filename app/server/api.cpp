#include "app/server/api.h"

#include <charconv>
#include <sstream>
#include <vector>

#include "core/common/log.h"
#include "core/model/flatjson.h"
#include "core/model/jsontext.h"
#include "core/model/scenariojson.h"
#include "core/model/textrules.h"
#include "core/models/registry.h"
#include "core/ops/mutationjson.h"

namespace valor::server {
namespace {

using Json = nlohmann::ordered_json;

ApiResponse jsonResponse(int status, const Json& body) {
  ApiResponse r;
  r.status = status;
  // An answer may quote what the client sent (a key in an error's path): bytes that are not
  // UTF-8 become U+FFFD rather than an exception.
  r.body = body.dump(-1, ' ', false, Json::error_handler_t::replace);
  return r;
}

ApiResponse errorResponse(int status, const std::string& code, const std::string& message,
                          const Issues& issues = {}) {
  Json e{{"code", code}, {"message", message}};
  if (!issues.empty()) {
    Json list = Json::array();
    for (const Issue& i : issues) list.push_back(Json{{"path", i.path}, {"message", i.message}});
    e["issues"] = std::move(list);
  }
  return jsonResponse(status, Json{{"error", std::move(e)}});
}

ApiResponse noContent() {
  ApiResponse r;
  r.status = 204;
  r.contentType.clear();
  return r;
}

ApiResponse notFound() {
  return errorResponse(404, "not_found", "no such resource");
}

// An address no route has: counted under one name whatever was asked for.
ApiResponse unmatched() {
  ApiResponse r = notFound();
  r.route = "(unmatched)";
  return r;
}

// The details go to the log, not to the caller: they may name the database's host, tables or
// another tenant's key. A database that cannot be reached right now is a 503 to retry.
ApiResponse storageFailed(const Error& e) {
  logError("valor-server: storage: " + e.code + ": " + e.message);
  if (e.code == "db.connection" || e.code == "db.retry" || e.code == "server.busy") {
    ApiResponse r = errorResponse(503, "server.unavailable",
                                  "the server's database cannot be reached now: try again");
    r.headers["Retry-After"] = "2";
    return r;
  }
  return errorResponse(500, "server.storage", "the server could not read or write its data");
}

ApiResponse methodNotAllowed(const std::string& allow) {
  ApiResponse r = errorResponse(405, "method_not_allowed", "this address takes " + allow);
  r.headers["Allow"] = allow;
  return r;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decoding; nothing for a malformed escape or a NUL.
std::optional<std::string> decode(std::string_view text, bool plusIsSpace) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int hi = hexDigit(text[i + 1]);
      const int lo = hexDigit(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plusIsSpace) {
      c = ' ';
    }
    if (c == '\0') return std::nullopt;
    out += c;
  }
  return out;
}

struct Target {
  std::vector<std::string> segments;
  std::map<std::string, std::string> query;
};

std::optional<Target> parseTarget(const std::string& target) {
  if (target.empty() || target[0] != '/') return std::nullopt;
  const auto q = target.find('?');
  const std::string_view path = std::string_view(target).substr(0, q);
  Target out;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    if (end > start) {
      auto segment = decode(path.substr(start, end - start), false);
      if (!segment) return std::nullopt;
      out.segments.push_back(std::move(*segment));
    }
    start = end + 1;
  }
  if (q != std::string::npos) {
    std::string_view rest = std::string_view(target).substr(q + 1);
    while (!rest.empty()) {
      const auto amp = rest.find('&');
      const std::string_view pair = rest.substr(0, amp);
      const auto eq = pair.find('=');
      auto key = decode(pair.substr(0, eq), true);
      auto value = decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1), true);
      if (!key || !value) return std::nullopt;
      out.query[*key] = *value;
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    }
  }
  return out;
}

std::optional<std::int64_t> integerParam(const std::map<std::string, std::string>& query,
                                         const std::string& key, std::int64_t fallback) {
  auto it = query.find(key);
  if (it == query.end() || it->second.empty()) return fallback;
  std::int64_t v = 0;
  const auto* end = it->second.data() + it->second.size();
  auto [p, ec] = std::from_chars(it->second.data(), end, v);
  if (ec != std::errc() || p != end || v < 0) return std::nullopt;
  return v;
}

Result<Json> readBody(const std::string& body, std::size_t maxValues = 200'000) {
  JsonReadLimits limits;
  limits.maxValues = maxValues;
  return readJsonText(body, limits);
}

ApiResponse badBody(const Error& e) {
  return errorResponse(400, "request.invalid", "the request body is not valid JSON: " + e.message,
                       e.issues);
}

std::optional<std::string> textField(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

bool validClientId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

Json userJson(const User& u) {
  return Json{{"email", u.email},
              {"tenant", u.tenantName},
              {"role", roleName(u.role)},
              {"must_change_password", u.mustChangePassword}};
}

Json scenarioJson(const ScenarioInfo& s, Access access) {
  return Json{{"id", s.id},
              {"name", s.name},
              {"model", s.model},
              {"owner", s.owner},
              {"revision", s.revision},
              {"updated_ms", s.updatedMs},
              {"access", accessName(access)}};
}

bool isAdmin(const User& u) {
  return u.role == Role::Owner || u.role == Role::Admin;
}

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

Api::Api(Store& store, EventHub& hub, Metrics& metrics, Clock clock, IdGenerator newId,
         ApiOptions options)
    : store_(store),
      hub_(hub),
      metrics_(metrics),
      clock_(std::move(clock)),
      newId_(std::move(newId)),
      options_(options),
      accountThrottle_(options.loginBurstPerAccount,
                       std::chrono::milliseconds(options.loginRefillPerAccountMs)),
      addressThrottle_(options.loginBurstPerAddress,
                       std::chrono::milliseconds(options.loginRefillPerAddressMs)) {}

std::variant<Principal, ApiResponse> Api::authenticate(const std::string& authorization) {
  static constexpr std::string_view kBearer = "Bearer ";
  ApiResponse unknown =
      errorResponse(401, "auth.required", "sign in first (a missing, expired or revoked token)");
  unknown.headers["WWW-Authenticate"] = "Bearer";
  unknown.route = "(unauthenticated)";
  if (authorization.size() <= kBearer.size() || authorization.size() > 256 ||
      authorization.compare(0, kBearer.size(), kBearer) != 0)
    return unknown;
  auto found = store_.principal(tokenHash(authorization.substr(kBearer.size())));
  // The store not answering is not a bad token: a client that signed itself out for it would
  // lose its session to a database restart.
  if (!found) return storageFailed(found.error());
  if (!found.value()) return unknown;
  return *found.value();
}

std::variant<Principal, ApiResponse> Api::admitEvents(const std::string& authorization) {
  auto who = authenticate(authorization);
  if (auto* refusal = std::get_if<ApiResponse>(&who)) {
    refusal->route = "/v1/events";
    return std::move(*refusal);
  }
  if (std::get<Principal>(who).user.mustChangePassword) {
    ApiResponse refusal = errorResponse(403, "password.change_required",
                                        "choose your own password first (POST /v1/password)");
    refusal.route = "/v1/events";
    return refusal;
  }
  return who;
}

Id Api::nextId() {
  std::lock_guard lock(idMutex_);
  return newId_();
}

std::optional<ApiResponse> Api::waitToHash() {
  if (hashing_.try_acquire_for(std::chrono::seconds(2))) return std::nullopt;
  ApiResponse busy = errorResponse(503, "server.busy", "too many sign-ins at once: try again");
  busy.headers["Retry-After"] = "1";
  return busy;
}

ApiResponse Api::handle(const ApiRequest& request) {
  try {
    return handleUnguarded(request);
  } catch (const std::exception& e) {
    // A bug must cost one answer, not the server: logged, and a 500 without details.
    logError(std::string("valor-server: a request failed: ") + e.what());
    ApiResponse r = errorResponse(500, "server.internal", "the server could not answer");
    r.route = "(failed)";
    return r;
  }
}

ApiResponse Api::handleUnguarded(const ApiRequest& request) {
  auto target = parseTarget(request.target);
  if (!target) {
    ApiResponse r = errorResponse(400, "request.invalid", "the address cannot be read");
    r.route = "(invalid)";
    return r;
  }
  std::string path;
  std::string pattern;  // for metrics: the variable segments by name, so series stay bounded
  const auto& seg = target->segments;
  for (std::size_t i = 0; i < seg.size(); ++i) {
    path += "/" + seg[i];
    const bool id = i == 2 && (seg[1] == "scenarios" || seg[1] == "tokens");
    pattern += "/" + (id ? std::string("{id}") : i == 4 ? std::string("{email}") : seg[i]);
  }
  ApiResponse r = route(request, path, target->query);
  if (r.route.empty()) r.route = pattern;
  return r;
}

ApiResponse Api::route(const ApiRequest& request, const std::string& path,
                       const std::map<std::string, std::string>& query) {
  const std::string& method = request.method;
  if (path == "/healthz") {
    if (method != "GET") return methodNotAllowed("GET");
    // A load balancer sends no traffic to a process that cannot reach its database.
    if (auto s = store_.ping(); !s)
      return jsonResponse(503, Json{{"status", "unavailable"}, {"reason", "database"}});
    return jsonResponse(200, Json{{"status", "ok"}});
  }
  if (path == "/metrics") {
    if (method != "GET") return methodNotAllowed("GET");
    ApiResponse r;
    r.contentType = "text/plain; version=0.0.4";
    r.body = metrics_.text(hub_.streams());
    return r;
  }
  if (path == "/v1/login") return method == "POST" ? login(request) : methodNotAllowed("POST");
  if (path.rfind("/v1/", 0) != 0) return unmatched();

  auto authenticated = authenticate(request.authorization);
  if (auto* refusal = std::get_if<ApiResponse>(&authenticated)) return std::move(*refusal);
  const Principal* who = &std::get<Principal>(authenticated);
  std::vector<std::string> seg;
  for (std::size_t start = 1; start < path.size();) {
    const auto end = std::min(path.find('/', start), path.size());
    seg.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  const std::size_t n = seg.size();
  if (n == 2 && seg[1] == "password")
    return method == "POST" ? changePassword(*who, request) : methodNotAllowed("POST");
  if (who->user.mustChangePassword && !(n == 2 && (seg[1] == "logout" || seg[1] == "me"))) {
    ApiResponse r = errorResponse(403, "password.change_required",
                                  "choose your own password first (POST /v1/password)");
    r.route = "(password change required)";
    return r;
  }
  if (n == 2 && seg[1] == "logout")
    return method == "POST" ? logout(*who) : methodNotAllowed("POST");
  if (n == 2 && seg[1] == "me") return method == "GET" ? me(*who) : methodNotAllowed("GET");
  if (n == 2 && seg[1] == "events") return methodNotAllowed("GET");  // GET: the HTTP layer's
  if (n == 2 && seg[1] == "audit")
    return method == "GET" ? audit(*who, query) : methodNotAllowed("GET");
  if ((n == 2 || n == 3) && seg[1] == "tokens" && method != "GET" && who->apiToken)
    return errorResponse(403, "auth.forbidden",
                         "an API token cannot make or revoke tokens: sign in for that");
  if (n == 2 && seg[1] == "tokens") {
    if (method == "GET") return listTokens(*who);
    if (method == "POST") return createToken(*who, request);
    return methodNotAllowed("GET, POST");
  }
  if (n == 3 && seg[1] == "tokens")
    return method == "DELETE" ? revokeToken(*who, seg[2]) : methodNotAllowed("DELETE");
  if (n >= 2 && seg[1] == "scenarios") {
    if (n == 2) {
      if (method == "GET") return listScenarios(*who);
      if (method == "POST") return createScenario(*who, request);
      return methodNotAllowed("GET, POST");
    }
    if (n == 3) return method == "GET" ? getScenario(*who, seg[2]) : methodNotAllowed("GET");
    if (n == 4 && seg[3] == "push")
      return method == "POST" ? push(*who, seg[2], request) : methodNotAllowed("POST");
    if (n == 4 && seg[3] == "pull")
      return method == "GET" ? pull(*who, seg[2], query) : methodNotAllowed("GET");
    if (n == 4 && seg[3] == "shares")
      return method == "GET" ? listShares(*who, seg[2]) : methodNotAllowed("GET");
    if (n == 4 && seg[3] == "presence")
      return method == "GET" || method == "PUT" || method == "DELETE"
                 ? presence(*who, seg[2], method)
                 : methodNotAllowed("GET, PUT, DELETE");
    if (n == 5 && seg[3] == "shares") {
      if (method == "PUT") return setShare(*who, seg[2], seg[4], request, false);
      if (method == "DELETE") return setShare(*who, seg[2], seg[4], request, true);
      return methodNotAllowed("PUT, DELETE");
    }
  }
  return unmatched();
}

ApiResponse Api::login(const ApiRequest& request) {
  auto body = readBody(request.body);
  if (!body) return badBody(body.error());
  const auto email = textField(body.value(), "email");
  const auto password = textField(body.value(), "password");
  if (!email || !password || email->size() > 200 || password->size() > 256)
    return errorResponse(400, "request.invalid",
                         "a login needs \"email\" and \"password\" as text");
  const std::int64_t now = clock_();
  auto wait = addressThrottle_.take("address:" + request.address, now);
  if (!wait) wait = accountThrottle_.take("account:" + *email, now);
  if (wait) {
    ApiResponse r =
        errorResponse(429, "auth.throttled",
                      "too many sign-in attempts: try again in " + std::to_string(*wait) + " s");
    r.headers["Retry-After"] = std::to_string(*wait);
    return r;
  }
  auto account = store_.userForLogin(*email);
  if (!account) return storageFailed(account.error());
  const bool known = account.value().has_value();
  if (auto busy = waitToHash()) return *busy;
  const bool match =
      verifyPassword(known ? account.value()->second : decoyPasswordHash(), *password);
  hashing_.release();
  if (!known || !match || account.value()->first.disabled) {
    // One write either way, so the time of the answer does not tell which e-mails exist.
    auto recorded = known ? store_.audit(account.value()->first.tenant, *email, request.address,
                                         "user.login_failed", "", Json::object())
                          : store_.recordUnknownLogin(request.address);
    if (!recorded) return storageFailed(recorded.error());
    return errorResponse(401, "auth.failed", "the e-mail address or the password is wrong");
  }
  const User& user = account.value()->first;
  const std::string token = newToken("vs_");
  const std::int64_t expires = now + options_.sessionMs;
  auto id = store_.addToken(user, tokenHash(token), "session", "write", "sign-in", expires);
  if (!id) return storageFailed(id.error());
  if (auto s =
          store_.audit(user.tenant, user.email, request.address, "user.login", "", Json::object());
      !s)
    return storageFailed(s.error());
  return jsonResponse(200,
                      Json{{"token", token}, {"expires_ms", expires}, {"user", userJson(user)}});
}

ApiResponse Api::changePassword(const Principal& who, const ApiRequest& request) {
  auto body = readBody(request.body);
  if (!body) return badBody(body.error());
  const auto current = textField(body.value(), "current");
  const auto next = textField(body.value(), "new");
  if (!current || !next || current->size() > 256)
    return errorResponse(400, "request.invalid", "needs \"current\" and \"new\" as text");
  if (auto wait = accountThrottle_.take("account:" + who.user.email, clock_())) {
    ApiResponse r = errorResponse(
        429, "auth.throttled", "too many attempts: try again in " + std::to_string(*wait) + " s");
    r.headers["Retry-After"] = std::to_string(*wait);
    return r;
  }
  auto account = store_.userForLogin(who.user.email);
  if (!account) return storageFailed(account.error());
  if (auto problem = passwordProblem(*next))
    return errorResponse(400, "password.weak", "the new password: " + *problem);
  if (*next == *current)
    return errorResponse(400, "password.weak", "the new password must differ from the current one");
  if (auto busy = waitToHash()) return *busy;
  const bool match = account.value() && verifyPassword(account.value()->second, *current);
  std::optional<Result<std::string>> hash;
  if (match) hash = hashPassword(*next);
  hashing_.release();
  if (!match) return errorResponse(403, "auth.failed", "the current password is wrong");
  if (!*hash) return storageFailed(hash->error());
  if (auto s = store_.setPasswordHash(who.user.tenant, who.user.email, hash->value(), false,
                                      who.tokenId, who.user.email);
      !s)
    return storageFailed(s.error());
  return noContent();
}

ApiResponse Api::logout(const Principal& who) {
  if (auto s = store_.revokeToken(who.user, who.tokenId); !s) return storageFailed(s.error());
  return noContent();
}

ApiResponse Api::me(const Principal& who) {
  Json j = userJson(who.user);
  j["can_write"] = who.canWrite;
  return jsonResponse(200, j);
}

ApiResponse Api::listTokens(const Principal& who) {
  auto list = store_.tokens(who.user);
  if (!list) return storageFailed(list.error());
  Json out = Json::array();
  for (const TokenInfo& t : list.value())
    out.push_back(Json{{"id", t.id},
                       {"kind", t.kind},
                       {"scope", t.scope},
                       {"label", t.label},
                       {"created_ms", t.createdMs},
                       {"expires_ms", t.expiresMs}});
  return jsonResponse(200, Json{{"tokens", std::move(out)}});
}

ApiResponse Api::createToken(const Principal& who, const ApiRequest& request) {
  auto body = readBody(request.body);
  if (!body) return badBody(body.error());
  const auto label = textField(body.value(), "label");
  const auto scope = textField(body.value(), "scope");
  if (!label || label->empty() || label->size() > 100 || textProblem(*label, kLabelText) ||
      !scope || (*scope != "read" && *scope != "write"))
    return errorResponse(400, "request.invalid",
                         "a token needs a \"label\" (1 to 100 characters) and a \"scope\" of "
                         "\"read\" or \"write\"");
  if (*scope == "write" && !who.canWrite)
    return errorResponse(403, "auth.forbidden", "your role or token may not change anything");
  std::int64_t days = 365;
  if (auto it = body.value().find("days"); it != body.value().end()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < 1 || it->get<std::int64_t>() > 3650)
      return errorResponse(400, "request.invalid",
                           "\"days\" must be a whole number from 1 to 3650");
    days = it->get<std::int64_t>();
  }
  const std::string token = newToken("vt_");
  const std::int64_t expires = clock_() + days * 24 * 3600 * 1000;
  auto id = store_.addToken(who.user, tokenHash(token), "api", *scope, *label, expires);
  if (!id) return storageFailed(id.error());
  return jsonResponse(
      201, Json{{"id", id.value()}, {"token", token}, {"scope", *scope}, {"expires_ms", expires}});
}

ApiResponse Api::revokeToken(const Principal& who, const std::string& id) {
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), n);
  if (ec != std::errc() || p != id.data() + id.size()) return notFound();
  if (auto s = store_.revokeToken(who.user, n); !s) {
    if (s.error().code == "token.unknown") return notFound();
    return storageFailed(s.error());
  }
  return noContent();
}

ApiResponse Api::listScenarios(const Principal& who) {
  auto list = store_.scenarios(who);
  if (!list) return storageFailed(list.error());
  Json out = Json::array();
  for (const ScenarioInfo& s : list.value()) {
    auto found = store_.scenario(who, s.id);
    if (found && found.value()) out.push_back(scenarioJson(s, found.value()->second));
  }
  return jsonResponse(200, Json{{"scenarios", std::move(out)}});
}

ApiResponse Api::createScenario(const Principal& who, const ApiRequest& request) {
  if (!who.canWrite || who.user.role == Role::Viewer)
    return errorResponse(403, "auth.forbidden",
                         "a viewer or a read-only token cannot share scenarios");
  auto doc = parseScenarioJson(request.body, newId_);
  if (!doc) return errorResponse(400, doc.error().code, doc.error().message, doc.error().issues);
  const Evaluation evaluation = evaluateScenario(doc.value());
  if (!evaluation.valued) {
    Issues errors;
    for (const Issue& i : evaluation.issues)
      if (i.severity == Severity::Error) errors.push_back(i);
    return errorResponse(422, "scenario.invalid",
                         errors.empty() ? "the scenario cannot be valued" : errors.front().message,
                         errors);
  }
  Mutation creation;
  creation.id = nextId();
  creation.author = who.user.email;
  creation.clientTimeMs = clock_();
  creation.label = "Share scenario";
  creation.labelCode = {"share_scenario", {}};
  creation.ops = creationOps(doc.value());
  auto revision = store_.createScenario(who, doc.value(), creation, request.address);
  if (!revision) {
    if (revision.error().code == "scenario.exists")
      return errorResponse(409, "scenario.exists", revision.error().message);
    return storageFailed(revision.error());
  }
  const std::string id = doc.value().root().id.toString();
  return jsonResponse(201, Json{{"id", id}, {"revision", revision.value()}});
}

ApiResponse Api::getScenario(const Principal& who, const std::string& id) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  auto doc = store_.document(who.user.tenant, id);
  if (!doc) return storageFailed(doc.error());
  Json j = scenarioJson(found.value()->first, found.value()->second);
  j["revision"] = doc.value().second;
  j["document"] = documentToFlatJson(doc.value().first);
  return jsonResponse(200, j);
}

ApiResponse Api::push(const Principal& who, const std::string& id, const ApiRequest& request) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  if (found.value()->second != Access::Edit || !who.canWrite)
    return errorResponse(403, "auth.forbidden", "you may view this scenario but not change it");
  auto body = readBody(request.body, 2'000'000);
  if (!body) return badBody(body.error());
  const auto clientId = textField(body.value(), "client_id");
  if (!clientId || !validClientId(*clientId))
    return errorResponse(400, "request.invalid",
                         "\"client_id\" needs 1 to 64 letters, digits, '-' or '_'");
  auto list = body.value().find("mutations");
  if (list == body.value().end() || !list->is_array() || list->empty() ||
      list->size() > static_cast<std::size_t>(options_.maxMutationsPerPush))
    return errorResponse(400, "request.invalid",
                         "\"mutations\" needs a list of 1 to " +
                             std::to_string(options_.maxMutationsPerPush) + " mutations");
  std::vector<PushItem> items;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string where = "mutation " + std::to_string(i + 1);
    auto seq = item.is_object() ? item.find("client_seq") : item.end();
    auto m = item.is_object() ? item.find("mutation") : item.end();
    if (!item.is_object() || seq == item.end() || !seq->is_number_integer() ||
        seq->get<std::int64_t>() < 1 || m == item.end())
      return errorResponse(
          400, "request.invalid",
          where + " needs \"client_seq\" (a whole number from 1) and \"mutation\"");
    if (!items.empty() && seq->get<std::int64_t>() != items.back().clientSeq + 1)
      return errorResponse(400, "request.invalid", where + ": client_seq must count up by one");
    auto mutation = mutationFromJson(*m);
    if (!mutation)
      return errorResponse(400, "request.invalid", where + ": " + mutation.error().message);
    items.push_back({seq->get<std::int64_t>(), std::move(mutation).value()});
  }
  auto outcomes = store_.push(who, id, *clientId, items, request.address);
  if (!outcomes) return storageFailed(outcomes.error());
  Json results = Json::array();
  std::int64_t applied = 0, rejected = 0, revision = 0;
  for (const PushOutcome& o : outcomes.value()) {
    Json r{{"client_seq", o.clientSeq}};
    switch (o.kind) {
      case PushOutcome::Kind::Applied:
        r["status"] = "applied";
        r["revision"] = o.revision;
        if (!o.overwritten.empty()) r["overwrote"] = o.overwritten;
        if (!o.repeated) ++applied, revision = o.revision;
        break;
      case PushOutcome::Kind::Rejected:
        r["status"] = "rejected";
        r["reason"] = o.reason;
        if (!o.repeated) ++rejected;
        break;
      case PushOutcome::Kind::OutOfOrder:
        r["status"] = "out_of_order";
        r["expected_seq"] = o.expectedSeq;
        break;
    }
    if (o.repeated) r["repeated"] = true;
    results.push_back(std::move(r));
  }
  metrics_.mutations(applied, rejected);
  if (revision > 0) hub_.poke(who.user.tenant, id, revision);
  return jsonResponse(200, Json{{"results", std::move(results)}});
}

ApiResponse Api::pull(const Principal& who, const std::string& id,
                      const std::map<std::string, std::string>& query) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  const auto since = integerParam(query, "since", 0);
  if (!since)
    return errorResponse(400, "request.invalid", "\"since\" must be a revision (0 or more)");
  auto log = store_.pull(who.user.tenant, id, *since, options_.pullPageSize + 1);
  if (!log) return storageFailed(log.error());
  const bool more = log.value().size() > static_cast<std::size_t>(options_.pullPageSize);
  if (more) log.value().pop_back();
  Json list = Json::array();
  for (const LoggedMutation& m : log.value()) {
    Json j{{"revision", m.revision}, {"author", m.author}, {"committed_ms", m.committedMs}};
    if (!m.clientId.empty()) {
      j["client_id"] = m.clientId;
      j["client_seq"] = m.clientSeq;
    }
    j["mutation"] = m.mutation;
    list.push_back(std::move(j));
  }
  return jsonResponse(200, Json{{"revision", found.value()->first.revision},
                                {"mutations", std::move(list)},
                                {"more", more}});
}

ApiResponse Api::listShares(const Principal& who, const std::string& id) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  auto list = store_.shares(who.user.tenant, id);
  if (!list) return storageFailed(list.error());
  Json out = Json::array();
  for (const Share& s : list.value())
    out.push_back(Json{{"email", s.email}, {"access", accessName(s.access)}});
  return jsonResponse(200, Json{{"shares", std::move(out)}});
}

ApiResponse Api::presence(const Principal& who, const std::string& id, const std::string& method) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  if (method == "PUT") hub_.setPresence(who, id);
  if (method == "DELETE") hub_.clearPresence(who.tokenId);
  return jsonResponse(200, Json{{"scenario", id}, {"users", hub_.present(who.user.tenant, id)}});
}

ApiResponse Api::setShare(const Principal& who, const std::string& id, const std::string& email,
                          const ApiRequest& request, bool remove) {
  auto found = store_.scenario(who, id);
  if (!found) return storageFailed(found.error());
  if (!found.value()) return notFound();
  const bool mayShare =
      who.canWrite && (isAdmin(who.user) || (found.value()->first.ownerId == who.user.id &&
                                             who.user.role == Role::Editor));
  if (!mayShare)
    return errorResponse(403, "auth.forbidden",
                         "only the scenario's owner or an admin may change who sees it");
  auto with = store_.userInTenant(who.user.tenant, email);
  if (!with) return storageFailed(with.error());
  if (!with.value())
    return errorResponse(404, "user.unknown", "your tenant has no user with this e-mail address");
  if (remove) {
    if (auto s = store_.unshare(who, id, *with.value(), request.address); !s) {
      if (s.error().code == "share.unknown")
        return errorResponse(404, "share.unknown", s.error().message);
      return storageFailed(s.error());
    }
    return noContent();
  }
  auto body = readBody(request.body);
  if (!body) return badBody(body.error());
  const auto accessText = textField(body.value(), "access");
  const auto access = accessText ? accessFromName(*accessText) : std::nullopt;
  if (!access)
    return errorResponse(400, "request.invalid", "\"access\" must be \"view\" or \"edit\"");
  if (auto s = store_.share(who, id, *with.value(), *access, request.address); !s)
    return storageFailed(s.error());
  return jsonResponse(200, Json{{"email", email}, {"access", accessName(*access)}});
}

ApiResponse Api::audit(const Principal& who, const std::map<std::string, std::string>& query) {
  if (!isAdmin(who.user))
    return errorResponse(403, "auth.forbidden", "only an owner or an admin may read the audit log");
  const auto format = query.count("format") ? query.at("format") : std::string("json");
  if (format == "export") {
    auto exported = store_.exportAudit(who.user.tenant);
    if (!exported) return storageFailed(exported.error());
    return jsonResponse(200, exported.value());
  }
  if (format != "json" && format != "csv")
    return errorResponse(400, "request.invalid", "\"format\" must be json, csv or export");
  AuditFilter filter;
  filter.scenario = query.count("scenario") ? query.at("scenario") : "";
  filter.actor = query.count("user") ? query.at("user") : "";
  const auto from = integerParam(query, "from_ms", 0);
  const auto to = integerParam(query, "to_ms", 0);
  if (!from || !to)
    return errorResponse(400, "request.invalid", "\"from_ms\" and \"to_ms\" must be times in ms");
  filter.fromMs = *from;
  filter.toMs = *to;
  auto entries = store_.auditEntries(who.user.tenant, filter);
  if (!entries) return storageFailed(entries.error());
  if (format == "csv") {
    std::ostringstream out;
    out << "seq,time_ms,actor,address,action,scenario,detail,hash\r\n";
    for (const AuditEntry& e : entries.value())
      out << e.seq << "," << e.timeMs << "," << csvField(e.actor) << "," << csvField(e.address)
          << "," << csvField(e.action) << "," << csvField(e.scenario) << ","
          << csvField(e.detail.dump()) << "," << e.hash << "\r\n";
    ApiResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.body = out.str();
    return r;
  }
  Json list = Json::array();
  for (const AuditEntry& e : entries.value()) {
    Json j = auditEntryToJson(e);
    j["hash"] = e.hash;
    list.push_back(std::move(j));
  }
  return jsonResponse(200, Json{{"entries", std::move(list)}});
}

}  // namespace valor::server
