#pragma once
// What one server process tells the others on the same database (PostgreSQL NOTIFY), so that
// every process's event streams see what any of them did: a scenario's new revision, and a
// session opening or closing a scenario (presence). Gap is made by the receiving process itself:
// it lost touch with the others for a moment and may have missed some.
#include <cstdint>
#include <optional>
#include <string>

namespace valor::server {

struct RemoteEvent {
  enum class Kind { Revision, Presence, Absence, Gap };
  Kind kind = Kind::Revision;
  std::int64_t tenant = 0;
  std::string scenario;
  std::int64_t revision = 0;  // Revision
  std::int64_t tokenId = 0;   // Presence, Absence: the session (unique across tenants)
  std::string email;          // Presence
};

std::string remoteEventText(const RemoteEvent& event);
// Nothing for a text that is not one (the channel is the server's own, but nothing is assumed).
std::optional<RemoteEvent> remoteEventFromText(const std::string& text);

}  // namespace valor::server
