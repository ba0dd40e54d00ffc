#pragma once
// Steps of the sync protocol that several process tests take: signing in (with the forced
// password change) and a push that edits the DCF's terminal growth.
#include <string>

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include "core/model/flatjson.h"
#include "core/ops/mutationjson.h"
#include "tests/server/httpclient.h"

namespace valor::testing {

using Json = nlohmann::ordered_json;

// Signs in; a password an admin handed out is replaced first, as the server demands.
inline std::string login(HttpClient& http, const std::string& email, std::string& password) {
  auto r = http.request("POST", "/v1/login", Json{{"email", email}, {"password", password}}.dump());
  if (r.status != 200) qFatal("login %s: %ld %s", email.c_str(), r.status, r.body.c_str());
  const Json answer = Json::parse(r.body);
  const std::string token = answer["token"].get<std::string>();
  if (answer["user"]["must_change_password"].get<bool>()) {
    if (http.request("GET", "/v1/scenarios", {}, token).status != 403) qFatal("no change demanded");
    const std::string mine = password + "-mine";
    auto changed = http.request("POST", "/v1/password",
                                Json{{"current", password}, {"new", mine}}.dump(), token);
    if (changed.status != 204)
      qFatal("password change: %ld %s", changed.status, changed.body.c_str());
    password = mine;
  }
  return token;
}

// A push of one mutation that sets the DCF's terminal growth on the server's document.
inline Json growthPush(const Json& served, double growth, const std::string& client, int seq) {
  auto doc = valor::documentFromFlatJson(served["document"]);
  if (!doc) qFatal("the served document cannot be read");
  const valor::Entity* dcf = nullptr;
  for (const valor::Entity& e : doc->entities)
    if (e.type == "dcf") dcf = &e;
  valor::Mutation m;
  m.id = valor::seededIdGenerator(static_cast<std::uint64_t>(seq) * 7919 + client.size())();
  m.author = "someone";
  m.baseRevision = served["revision"].get<std::int64_t>();
  m.label = "Set terminal growth";
  m.ops = {valor::setFieldOp(*doc, dcf->id, "terminal_value.growth", growth)};
  return Json{{"client_id", client},
              {"mutations",
               Json::array({Json{{"client_seq", seq}, {"mutation", valor::mutationToJson(m)}}})}};
}

}  // namespace valor::testing
