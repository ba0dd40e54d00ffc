#include "core/model/document.h"

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

bool operator==(const ScenarioDocument& a, const ScenarioDocument& b) {
  if (a.entities.size() != b.entities.size()) return false;
  if (!a.entities.empty() && a.entities.front().id != b.entities.front().id) return false;
  for (const Entity& e : a.entities) {
    const Entity* other = b.find(e.id);
    if (!other || !(*other == e)) return false;
  }
  return true;
}

}  // namespace valor
