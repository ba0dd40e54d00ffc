#pragma once
// Who listens on the event stream, and the pokes they get: "scenario X has new revisions".
// The hub only routes text; the HTTP layer writes it to the connection. A poke goes to the
// streams of the scenario's tenant whose user may see the scenario, checked when it is sent,
// so a share revoked a second ago stops the pokes at once. Presence — who has a scenario open —
// is kept per session for a minute at a time (clients renew it) and ends with the session's
// event stream; every change is sent as a "presence" event the same way. Server processes on
// one database tell each other their revisions and presence (Store::announce), so a stream on
// any of them sees everything.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/common/clock.h"

#include "app/server/store.h"

namespace valor::server {

class EventHub {
 public:
  using Deliver = std::function<void(const std::string& event)>;

  static constexpr std::int64_t kPresenceMs = 60'000;

  EventHub(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // Returns the subscription's key for unsubscribe.
  std::int64_t subscribe(const User& user, Deliver deliver);
  void unsubscribe(std::int64_t key);
  // The subscriber's account as it is now (a role changed): what it may see follows.
  void updateUser(std::int64_t key, const User& user);
  std::size_t streams() const;

  // An SSE "revision" event to every stream that may see the scenario.
  void poke(std::int64_t tenant, const std::string& scenario, std::int64_t revision);

  // The caller's session has the scenario open (until kPresenceMs from now), or nothing open.
  void setPresence(const Principal& who, const std::string& scenario);
  void clearPresence(std::int64_t tokenId);
  // What another server process announced: its revision pokes and its sessions' presence. After
  // a gap, every stream gets a "resync" event: pull every scenario you follow.
  void receive(const RemoteEvent& event);
  // Ends presences not renewed in time (called on every heartbeat).
  void sweep();
  // Who has the scenario open now, each e-mail once, sorted.
  std::vector<std::string> present(std::int64_t tenant, const std::string& scenario);

 private:
  struct Presence {
    std::int64_t tenant = 0;
    std::string scenario;
    std::string email;
    std::int64_t expiresMs = 0;
  };
  std::vector<std::string> presentLocked(std::int64_t tenant, const std::string& scenario) const;
  // The session's presence here, and the events it makes.
  void place(std::int64_t tokenId, const Presence& presence);
  std::optional<Presence> remove(std::int64_t tokenId);
  void announce(std::int64_t tenant, const std::string& scenario);
  void send(std::int64_t tenant, const std::string& scenario, const std::string& event);

  struct Subscriber {
    User user;
    Deliver deliver;
  };
  Store& store_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::map<std::int64_t, Presence> presence_;  // by session (token)
  std::int64_t next_ = 1;
  std::map<std::int64_t, Subscriber> subscribers_;
};

}  // namespace valor::server
