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

void EventHub::place(std::int64_t tokenId, const Presence& presence) {
  std::optional<Presence> before;
  bool changed = false;
  {
    std::lock_guard lock(mutex_);
    auto it = presence_.find(tokenId);
    if (it != presence_.end()) before = it->second;
    const std::vector<std::string> was = presentLocked(presence.tenant, presence.scenario);
    presence_[tokenId] = presence;
    changed = presentLocked(presence.tenant, presence.scenario) != was;
  }
  const bool moved = before && before->scenario != presence.scenario;
  if (moved) announce(before->tenant, before->scenario);
  if (changed || moved) announce(presence.tenant, presence.scenario);
}

std::optional<EventHub::Presence> EventHub::remove(std::int64_t tokenId) {
  std::optional<Presence> gone;
  {
    std::lock_guard lock(mutex_);
    auto it = presence_.find(tokenId);
    if (it == presence_.end()) return std::nullopt;
    gone = it->second;
    presence_.erase(it);
  }
  announce(gone->tenant, gone->scenario);
  return gone;
}

void EventHub::setPresence(const Principal& who, const std::string& scenario) {
  place(who.tokenId, {who.user.tenant, scenario, who.user.email, clock_() + kPresenceMs});
  // Not told, the other processes' streams would miss it; presence is not worth failing for.
  (void)store_.announce(
      {RemoteEvent::Kind::Presence, who.user.tenant, scenario, 0, who.tokenId, who.user.email});
}

void EventHub::clearPresence(std::int64_t tokenId) {
  if (auto gone = remove(tokenId))
    (void)store_.announce(
        {RemoteEvent::Kind::Absence, gone->tenant, gone->scenario, 0, tokenId, {}});
}

void EventHub::receive(const RemoteEvent& e) {
  switch (e.kind) {
    case RemoteEvent::Kind::Revision:
      poke(e.tenant, e.scenario, e.revision);
      break;
    case RemoteEvent::Kind::Presence:
      // Kept by this process's clock: the other's renewals arrive like its own clients' do.
      place(e.tokenId, {e.tenant, e.scenario, e.email, clock_() + kPresenceMs});
      break;
    case RemoteEvent::Kind::Absence:
      remove(e.tokenId);
      break;
    case RemoteEvent::Kind::Gap: {
      std::vector<Subscriber> all;
      {
        std::lock_guard lock(mutex_);
        for (const auto& [key, s] : subscribers_) all.push_back(s);
      }
      for (const Subscriber& s : all) s.deliver("event: resync\ndata: {}\n\n");
      break;
    }
  }
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
