#pragma once
// Who listens on the event stream, and the pokes they get: "scenario X has new revisions".
// The hub only routes text; the HTTP layer writes it to the connection. A poke goes to the
// streams of the scenario's tenant whose user may see the scenario, checked when it is sent,
// so a share revoked a second ago stops the pokes at once.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "app/server/store.h"

namespace valor::server {

class EventHub {
 public:
  using Deliver = std::function<void(const std::string& event)>;

  explicit EventHub(Store& store) : store_(store) {}

  // Returns the subscription's key for unsubscribe.
  std::int64_t subscribe(const User& user, Deliver deliver);
  void unsubscribe(std::int64_t key);
  std::size_t streams() const;

  // An SSE "revision" event to every stream that may see the scenario.
  void poke(std::int64_t tenant, const std::string& scenario, std::int64_t revision);

 private:
  struct Subscriber {
    User user;
    Deliver deliver;
  };
  Store& store_;
  mutable std::mutex mutex_;
  std::int64_t next_ = 1;
  std::map<std::int64_t, Subscriber> subscribers_;
};

}  // namespace valor::server
