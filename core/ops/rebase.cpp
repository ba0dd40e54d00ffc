#include "core/ops/rebase.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "core/model/scenariomarks.h"

namespace valor {
namespace {

// What the document holds for (entity, field, year) once the ops before the current one ran:
// the ops of one mutation may build on each other (create, then set), so earlier ops'
// effects are tracked instead of copying the document after every op.
class Overlay {
 public:
  explicit Overlay(const ScenarioDocument& doc) : doc_(doc) {}

  const Entity* entity(const Id& id) const {
    if (auto it = created_.find(id); it != created_.end()) return &it->second;
    if (deleted_.count(id)) return nullptr;
    return doc_.find(id);
  }

  std::optional<Value> value(const Op& op) const {
    if (auto it = sets_.find(key(op)); it != sets_.end()) return it->second;
    const Entity* e = entity(op.entity);
    const Value* v = e ? e->field(op.field) : nullptr;
    if (!v) return std::nullopt;
    if (!op.year) return *v;
    const YearMap* years = std::get_if<YearMap>(v);
    if (!years) return std::nullopt;
    auto it = years->find(*op.year);
    return it == years->end() ? std::nullopt : std::optional<Value>(it->second);
  }

  std::string order(const Id& id) const {
    if (auto it = orders_.find(id); it != orders_.end()) return it->second;
    const Entity* e = entity(id);
    return e ? e->order : std::string();
  }

  // The entity as it is now, with the earlier ops' field changes in it (a delete's snapshot).
  std::optional<Entity> current(const Id& id) const {
    const Entity* e = entity(id);
    if (!e) return std::nullopt;
    Entity copy = *e;
    copy.order = order(id);
    for (const auto& [k, v] : sets_) {
      const auto& [entityId, field, year] = k;
      if (entityId != id) continue;
      if (!year) {
        if (v)
          copy.fields[field] = *v;
        else
          copy.fields.erase(field);
        continue;
      }
      auto it = copy.fields.find(field);
      YearMap years = it != copy.fields.end() && std::holds_alternative<YearMap>(it->second)
                          ? std::get<YearMap>(it->second)
                          : YearMap();
      // A per-year value that is not a number leaves the year out here; acceptMutation refuses
      // the whole mutation for it afterwards.
      const double* number = v ? std::get_if<double>(&*v) : nullptr;
      if (number)
        years[*year] = *number;
      else
        years.erase(*year);
      if (years.empty())
        copy.fields.erase(field);
      else
        copy.fields[field] = std::move(years);
    }
    return copy;
  }

  void applied(const Op& op) {
    switch (op.kind) {
      case OpKind::Set:
        sets_[key(op)] = op.value;
        break;
      case OpKind::Move:
        orders_[op.entity] = op.order;
        break;
      case OpKind::Create:
        if (op.snapshot) created_[op.entity] = *op.snapshot;
        deleted_.erase(op.entity);
        break;
      case OpKind::Delete:
        created_.erase(op.entity);
        deleted_.insert(op.entity);
        break;
    }
  }

 private:
  using Key = std::tuple<Id, std::string, std::optional<Year>>;
  static Key key(const Op& op) { return {op.entity, op.field, op.year}; }

  const ScenarioDocument& doc_;
  std::map<Id, Entity> created_;
  std::set<Id> deleted_;
  std::map<Key, std::optional<Value>> sets_;
  std::map<Id, std::string> orders_;
};

Error cannotRebase(const Mutation& m, std::size_t index, const std::string& why) {
  return Error{"mutation.rejected",
               "op " + std::to_string(index + 1) + " (" + opKindName(m.ops[index].kind) + " " +
                   m.ops[index].entity.toString() + ") no longer applies: " + why,
               m.id.toString()};
}

}  // namespace

Result<RebasedMutation> rebaseMutation(const ScenarioDocument& doc, const Mutation& m) {
  RebasedMutation out{m, {}};
  Overlay now(doc);
  for (std::size_t i = 0; i < out.mutation.ops.size(); ++i) {
    Op& op = out.mutation.ops[i];
    if (op.kind == OpKind::Create) {
      if (now.entity(op.entity)) return cannotRebase(m, i, "the entity exists already");
      if (op.snapshot && !op.snapshot->parent.isNil() && !now.entity(op.snapshot->parent))
        return cannotRebase(m, i, "its parent has been deleted");
    } else if (!now.entity(op.entity)) {
      return cannotRebase(m, i, "the entity has been deleted");
    } else if (op.kind == OpKind::Set) {
      std::optional<Value> current = now.value(op);
      if (current != op.previous) {
        // Saving a version overwrites no one's work: the other version is kept all the same.
        if (op.entity != doc.root().id || op.field != kVersionField) out.overwritten.push_back(i);
        op.previous = std::move(current);
      }
    } else if (op.kind == OpKind::Move) {
      std::string current = now.order(op.entity);
      if (current != op.previousOrder) {
        out.overwritten.push_back(i);
        op.previousOrder = std::move(current);
      }
    } else {  // Delete: what is deleted is the entity as it is now
      std::optional<Entity> current = now.current(op.entity);
      if (current != op.snapshot) {
        out.overwritten.push_back(i);
        op.snapshot = std::move(current);
      }
    }
    now.applied(op);
  }
  return out;
}

}  // namespace valor
