#include "app/server/eventhub.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace valor::server {

std::int64_t EventHub::subscribe(const User& user, Deliver deliver) {
  std::lock_guard lock(mutex_);
  const std::int64_t key = next_++;
  subscribers_.emplace(key, Subscriber{user, std::move(deliver)});
  return key;
}

void EventHub::unsubscribe(std::int64_t key) {
  std::lock_guard lock(mutex_);
  subscribers_.erase(key);
}

std::size_t EventHub::streams() const {
  std::lock_guard lock(mutex_);
  return subscribers_.size();
}

void EventHub::poke(std::int64_t tenant, const std::string& scenario, std::int64_t revision) {
  std::vector<Subscriber> candidates;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, s] : subscribers_)
      if (s.user.tenant == tenant) candidates.push_back(s);
  }
  const std::string event =
      "event: revision\ndata: " +
      nlohmann::ordered_json{{"scenario", scenario}, {"revision", revision}}.dump() + "\n\n";
  for (const Subscriber& s : candidates) {
    auto visible = store_.maySee(s.user, scenario);
    if (visible && visible.value()) s.deliver(event);
  }
}

}  // namespace valor::server
