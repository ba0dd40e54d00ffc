#include "app/server/eventhub.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
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

void EventHub::updateUser(std::int64_t key, const User& user) {
  std::lock_guard lock(mutex_);
  if (auto it = subscribers_.find(key); it != subscribers_.end()) it->second.user = user;
}

std::size_t EventHub::streams() const {
  std::lock_guard lock(mutex_);
  return subscribers_.size();
}

void EventHub::send(std::int64_t tenant, const std::string& scenario, const std::string& event) {
  std::vector<Subscriber> candidates;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, s] : subscribers_)
      if (s.user.tenant == tenant) candidates.push_back(s);
  }
  for (const Subscriber& s : candidates) {
    auto visible = store_.maySee(s.user, scenario);
    if (visible && visible.value()) s.deliver(event);
  }
}

void EventHub::poke(std::int64_t tenant, const std::string& scenario, std::int64_t revision) {
  send(tenant, scenario,
       "event: revision\ndata: " +
           nlohmann::ordered_json{{"scenario", scenario}, {"revision", revision}}.dump() + "\n\n");
}

std::vector<std::string> EventHub::presentLocked(std::int64_t tenant,
                                                 const std::string& scenario) const {
  std::set<std::string> emails;
  for (const auto& [token, p] : presence_)
    if (p.tenant == tenant && p.scenario == scenario) emails.insert(p.email);
  return {emails.begin(), emails.end()};
}

std::vector<std::string> EventHub::present(std::int64_t tenant, const std::string& scenario) {
  sweep();
  std::lock_guard lock(mutex_);
  return presentLocked(tenant, scenario);
}

void EventHub::announce(std::int64_t tenant, const std::string& scenario) {
  std::vector<std::string> users;
  {
    std::lock_guard lock(mutex_);
    users = presentLocked(tenant, scenario);
  }
  send(tenant, scenario,
       "event: presence\ndata: " +
           nlohmann::ordered_json{{"scenario", scenario}, {"users", users}}.dump() + "\n\n");
}

void EventHub::setPresence(const Principal& who, const std::string& scenario) {
  std::optional<Presence> before;
  bool changed = false;
  {
    std::lock_guard lock(mutex_);
    auto it = presence_.find(who.tokenId);
    if (it != presence_.end()) before = it->second;
    const std::vector<std::string> was = presentLocked(who.user.tenant, scenario);
    presence_[who.tokenId] = {who.user.tenant, scenario, who.user.email, clock_() + kPresenceMs};
    changed = presentLocked(who.user.tenant, scenario) != was;
  }
  if (before && before->scenario != scenario) announce(before->tenant, before->scenario);
  if (changed || (before && before->scenario != scenario)) announce(who.user.tenant, scenario);
}

void EventHub::clearPresence(std::int64_t tokenId) {
  std::optional<Presence> gone;
  {
    std::lock_guard lock(mutex_);
    auto it = presence_.find(tokenId);
    if (it == presence_.end()) return;
    gone = it->second;
    presence_.erase(it);
  }
  announce(gone->tenant, gone->scenario);
}

void EventHub::sweep() {
  std::vector<Presence> expired;
  {
    std::lock_guard lock(mutex_);
    const std::int64_t now = clock_();
    for (auto it = presence_.begin(); it != presence_.end();) {
      if (it->second.expiresMs > now) {
        ++it;
        continue;
      }
      expired.push_back(it->second);
      it = presence_.erase(it);
    }
  }
  for (const Presence& p : expired) announce(p.tenant, p.scenario);
}

}  // namespace valor::server
