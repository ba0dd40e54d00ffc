#include "model/document.h"

#include <algorithm>

namespace valor {

const Value* Entity::field(const std::string& name) const {
  auto it = fields.find(name);
  return it == fields.end() ? nullptr : &it->second;
}

const double* Entity::number(const std::string& name) const {
  const Value* v = field(name);
  return v ? std::get_if<double>(v) : nullptr;
}

const std::string* Entity::text(const std::string& name) const {
  const Value* v = field(name);
  return v ? std::get_if<std::string>(v) : nullptr;
}

const YearMap* Entity::years(const std::string& name) const {
  const Value* v = field(name);
  return v ? std::get_if<YearMap>(v) : nullptr;
}

const Entity* ScenarioDocument::find(const Id& id) const {
  for (const Entity& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

const Entity* ScenarioDocument::child(const Entity& parent, const std::string& slot) const {
  for (const Entity& e : entities)
    if (e.parent == parent.id && e.slot == slot) return &e;
  return nullptr;
}

std::vector<const Entity*> ScenarioDocument::listMembers(const Entity& parent,
                                                         const std::string& slot) const {
  std::vector<const Entity*> members;
  for (const Entity& e : entities)
    if (e.parent == parent.id && e.slot == slot) members.push_back(&e);
  std::sort(members.begin(), members.end(), [](const Entity* a, const Entity* b) {
    return a->order != b->order ? a->order < b->order : a->id < b->id;
  });
  return members;
}

std::string initialOrderKey(std::size_t index) {
  // Spacing of 36 per member keeps a free digit between neighbours for a later insert.
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::size_t n = (index + 1) * 36;
  std::string key(4, '0');
  for (std::size_t i = key.size(); i-- > 0; n /= 36) key[i] = kDigits[n % 36];
  return key;
}

}  // namespace valor
