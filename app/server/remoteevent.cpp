#include "app/server/remoteevent.h"

#include <nlohmann/json.hpp>

namespace valor::server {
namespace {

constexpr const char* kKinds[] = {"revision", "presence", "absence", "gap"};

}  // namespace

std::string remoteEventText(const RemoteEvent& e) {
  nlohmann::json j{
      {"kind", kKinds[static_cast<int>(e.kind)]}, {"tenant", e.tenant}, {"scenario", e.scenario}};
  if (e.kind == RemoteEvent::Kind::Revision) j["revision"] = e.revision;
  if (e.kind != RemoteEvent::Kind::Revision) j["token"] = e.tokenId;
  if (e.kind == RemoteEvent::Kind::Presence) j["email"] = e.email;
  return j.dump();
}

std::optional<RemoteEvent> remoteEventFromText(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  auto integer = [&](const char* key) -> std::optional<std::int64_t> {
    if (!j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
    return j[key].get<std::int64_t>();
  };
  auto string = [&](const char* key) -> std::optional<std::string> {
    if (!j.contains(key) || !j[key].is_string()) return std::nullopt;
    return j[key].get<std::string>();
  };
  const auto kind = string("kind");
  const auto tenant = integer("tenant");
  const auto scenario = string("scenario");
  if (!kind || !tenant || !scenario) return std::nullopt;
  RemoteEvent e;
  e.tenant = *tenant;
  e.scenario = *scenario;
  if (*kind == "revision") {
    const auto revision = integer("revision");
    if (!revision) return std::nullopt;
    e.revision = *revision;
    return e;
  }
  const auto token = integer("token");
  if (!token) return std::nullopt;
  e.tokenId = *token;
  if (*kind == "absence") {
    e.kind = RemoteEvent::Kind::Absence;
    return e;
  }
  const auto email = string("email");
  if (*kind != "presence" || !email) return std::nullopt;
  e.kind = RemoteEvent::Kind::Presence;
  e.email = *email;
  return e;
}

}  // namespace valor::server
