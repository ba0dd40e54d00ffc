#include "core/ops/mutation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "core/model/flatjson.h"
#include "core/model/orderkey.h"
#include "core/model/schema.h"
#include "core/model/textrules.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

bool isStorableYear(Year year) {
  return year >= 1900 && year <= 9999;
}

// Why `v` cannot be stored in the field, or nothing. Documents hold finite numbers only (JSON
// cannot carry others, and a NaN would make every later comparison, hence undo, fail), text in
// UTF-8, and no empty per-year maps (the same as "absent"). The stricter rules for new text
// (newTextProblem) are not applied here, so history stored before them still replays.
std::optional<std::string> unfit(const FieldSpec& spec, const Value& v) {
  const std::string field = "\"" + spec.name + "\"";
  switch (spec.type) {
    case FieldType::Number:
    case FieldType::Integer: {
      const double* d = std::get_if<double>(&v);
      if (d && std::isfinite(*d)) return std::nullopt;
      return field + " needs a finite number";
    }
    case FieldType::Text:
    case FieldType::Choice:
    case FieldType::Date:
    case FieldType::MonthDay: {
      const std::string* text = std::get_if<std::string>(&v);
      if (!text) return field + " needs text";
      if (!isValidUtf8(*text)) return field + " is not valid UTF-8 text";
      return std::nullopt;
    }
    case FieldType::YearValues: {
      const YearMap* years = std::get_if<YearMap>(&v);
      if (years && !years->empty() && std::all_of(years->begin(), years->end(), [](const auto& y) {
            return isStorableYear(y.first) && std::isfinite(y.second);
          }))
        return std::nullopt;
      return field + " needs finite values for years 1900 to 9999";
    }
  }
  return field + " has an unknown type";
}

Entity* findMutable(ScenarioDocument& doc, const Id& id) {
  for (Entity& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

int depthOf(const ScenarioDocument& doc, const Entity& e) {
  int depth = 0;
  for (const Entity* p = &e; !p->parent.isNil() && depth < 64; ++depth) {
    p = doc.find(p->parent);
    if (!p) break;
  }
  return depth;
}

std::string describeOp(std::size_t index, const Op& op) {
  std::string text =
      "op " + std::to_string(index + 1) + " (" + opKindName(op.kind) + " " + op.entity.toString();
  if (!op.field.empty()) text += " " + op.field;
  if (op.year) text += "[" + std::to_string(*op.year) + "]";
  return text + ")";
}

class Applier {
 public:
  explicit Applier(ScenarioDocument doc) : doc_(std::move(doc)) {}

  std::optional<std::string> apply(const Op& op) {
    switch (op.kind) {
      case OpKind::Set:
        return set(op);
      case OpKind::Create:
        return create(op);
      case OpKind::Delete:
        return remove(op);
      case OpKind::Move:
        return move(op);
    }
    return "unknown op";
  }

  // The whole document's structure, checked once after all ops: a single root first, every
  // other entity under an existing parent in a slot its type allows.
  std::optional<std::string> checkStructure() const {
    if (doc_.entities.empty()) return std::nullopt;  // a scenario removed by undoing its creation
    const Entity& root = doc_.entities.front();
    if (!root.parent.isNil() || root.type != "scenario")
      return "the first entity must be the scenario";
    for (std::size_t i = 1; i < doc_.entities.size(); ++i) {
      const Entity& e = doc_.entities[i];
      if (e.parent.isNil()) return "entity " + e.id.toString() + " has no parent";
      if (!doc_.find(e.parent))
        return "entity " + e.id.toString() + " would be left without its parent";
    }
    return std::nullopt;
  }

  // The ID of a parent some entity points to but that no longer exists, if any.
  std::optional<Id> missingParent() const {
    for (const Entity& e : doc_.entities)
      if (!e.parent.isNil() && !doc_.find(e.parent)) return e.parent;
    return std::nullopt;
  }

  ScenarioDocument take() { return std::move(doc_); }

 private:
  std::optional<std::string> set(const Op& op) {
    Entity* e = findMutable(doc_, op.entity);
    if (!e) return std::string("no such entity");
    const EntitySchema* schema = entitySchema(e->type);
    const FieldSpec* spec = schema ? schema->field(op.field) : nullptr;
    if (!spec) return "\"" + op.field + "\" is not a field of " + e->type;
    auto current = e->fields.find(op.field);
    if (op.year) {
      if (spec->type != FieldType::YearValues) return "\"" + op.field + "\" has no per-year values";
      if (!isStorableYear(*op.year)) return std::string("a year must lie between 1900 and 9999");
      const double* newValue = op.value ? std::get_if<double>(&*op.value) : nullptr;
      if ((op.value && !(newValue && std::isfinite(*newValue))) ||
          (op.previous && !std::holds_alternative<double>(*op.previous)))
        return std::string("a per-year value must be a finite number");
      const YearMap* years =
          current == e->fields.end() ? nullptr : std::get_if<YearMap>(&current->second);
      std::optional<Value> now;
      if (years) {
        auto it = years->find(*op.year);
        if (it != years->end()) now = Value(it->second);
      }
      if (now != op.previous)
        return std::string("stale: the current value is not the op's previous value");
      YearMap updated = years ? *years : YearMap();
      if (op.value)
        updated[*op.year] = std::get<double>(*op.value);
      else
        updated.erase(*op.year);
      if (updated.empty())
        e->fields.erase(op.field);
      else
        e->fields[op.field] = std::move(updated);
      return std::nullopt;
    }
    if (op.value)
      if (auto why = unfit(*spec, *op.value)) return "not a valid value: " + *why;
    const std::optional<Value> now =
        current == e->fields.end() ? std::nullopt : std::optional<Value>(current->second);
    if (now != op.previous)
      return std::string("stale: the current value is not the op's previous value");
    if (op.value)
      e->fields[op.field] = *op.value;
    else
      e->fields.erase(op.field);
    return std::nullopt;
  }

  std::optional<std::string> create(const Op& op) {
    if (!op.snapshot) return std::string("create needs the new entity");
    const Entity& e = *op.snapshot;
    if (e.id != op.entity || e.id.isNil())
      return std::string("the entity's ID does not match the op");
    if (doc_.find(e.id)) return std::string("an entity with this ID exists already");
    if (auto problem = checkEntity(e)) return problem;
    if (e.parent.isNil()) {
      if (!doc_.entities.empty() || e.type != "scenario")
        return std::string("only a scenario, in an empty document, has no parent");
      doc_.entities.push_back(e);
      return std::nullopt;
    }
    const Entity* parent = doc_.find(e.parent);
    if (!parent) return std::string("its parent does not exist");
    const EntitySchema* parentSchema = entitySchema(parent->type);
    const SlotSpec* slot = parentSchema ? parentSchema->slot(e.slot) : nullptr;
    if (!slot || slot->childType != e.type)
      return "\"" + e.slot + "\" does not hold a " + e.type + " in a " + parent->type;
    if (slot->list) {
      if (!isValidOrderKey(e.order)) return std::string("a list member needs a valid order key");
      if (doc_.listMembers(*parent, e.slot).size() >= slot->maxMembers)
        return "\"" + e.slot + "\" is full";
    } else {
      if (!e.order.empty()) return std::string("only list members have an order key");
      if (doc_.child(*parent, e.slot)) return "\"" + e.slot + "\" is filled already";
    }
    doc_.entities.push_back(e);
    return std::nullopt;
  }

  std::optional<std::string> remove(const Op& op) {
    auto it = std::find_if(doc_.entities.begin(), doc_.entities.end(),
                           [&](const Entity& e) { return e.id == op.entity; });
    if (it == doc_.entities.end()) return std::string("no such entity");
    if (!op.snapshot || !(*op.snapshot == *it))
      return std::string("stale: the entity differs from the op's snapshot");
    doc_.entities.erase(it);
    return std::nullopt;
  }

  std::optional<std::string> move(const Op& op) {
    Entity* e = findMutable(doc_, op.entity);
    if (!e) return std::string("no such entity");
    if (e->order.empty()) return std::string("only list members can be moved");
    if (e->order != op.previousOrder) return std::string("stale: the order key has changed");
    if (!isValidOrderKey(op.order)) return std::string("not a valid order key");
    e->order = op.order;
    return std::nullopt;
  }

  static std::optional<std::string> checkEntity(const Entity& e) {
    const EntitySchema* schema = entitySchema(e.type);
    if (!schema) return "unknown entity type \"" + e.type + "\"";
    for (const auto& [name, value] : e.fields) {
      const FieldSpec* spec = schema->field(name);
      if (!spec) return "\"" + name + "\" is not a field of " + e.type;
      if (auto why = unfit(*spec, value)) return "not a valid value: " + *why;
    }
    return std::nullopt;
  }

  ScenarioDocument doc_;
};

void diffFields(const Entity& from, const Entity& to, std::vector<Op>& ops) {
  std::vector<std::string> names;
  for (const auto& [name, v] : from.fields) names.push_back(name);
  for (const auto& [name, v] : to.fields)
    if (!from.fields.count(name)) names.push_back(name);
  for (const std::string& name : names) {
    const Value* a = from.field(name);
    const Value* b = to.field(name);
    if (a && b && *a == *b) continue;
    const YearMap* ya = a ? std::get_if<YearMap>(a) : nullptr;
    const YearMap* yb = b ? std::get_if<YearMap>(b) : nullptr;
    if (ya && yb) {  // per-year values are separate fields: one op per changed year
      std::vector<Year> years;
      for (const auto& [y, v] : *ya) years.push_back(y);
      for (const auto& [y, v] : *yb)
        if (!ya->count(y)) years.push_back(y);
      std::sort(years.begin(), years.end());
      for (Year y : years) {
        auto ia = ya->find(y);
        auto ib = yb->find(y);
        const bool inA = ia != ya->end();
        const bool inB = ib != yb->end();
        if (inA && inB && ia->second == ib->second) continue;
        Op op;
        op.kind = OpKind::Set;
        op.entity = to.id;
        op.field = name;
        op.year = y;
        if (inB) op.value.emplace(ib->second);
        if (inA) op.previous.emplace(ia->second);
        ops.push_back(std::move(op));
      }
      continue;
    }
    Op op;
    op.kind = OpKind::Set;
    op.entity = to.id;
    op.field = name;
    if (b) op.value = *b;
    if (a) op.previous = *a;
    ops.push_back(std::move(op));
  }
}

std::vector<const Entity*> byDepth(const ScenarioDocument& doc, bool deepestFirst) {
  std::vector<std::pair<int, const Entity*>> ranked;
  for (const Entity& e : doc.entities) ranked.emplace_back(depthOf(doc, e), &e);
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return deepestFirst ? a.first > b.first : a.first < b.first;
  });
  std::vector<const Entity*> out;
  for (const auto& [depth, e] : ranked) out.push_back(e);
  return out;
}

Op entityOp(OpKind kind, const Entity& e) {
  Op op;
  op.kind = kind;
  op.entity = e.id;
  op.snapshot = e;
  return op;
}

}  // namespace

const char* opKindName(OpKind kind) {
  switch (kind) {
    case OpKind::Create:
      return "create";
    case OpKind::Set:
      return "set";
    case OpKind::Move:
      return "move";
    case OpKind::Delete:
      return "delete";
  }
  return "?";
}

std::string opPath(const ScenarioDocument& doc, const Op& op) {
  const Entity* e = doc.find(op.entity);
  std::string path;
  if (e) {
    path = entityPath(doc, *e);
  } else if (op.snapshot) {  // not in `doc` (yet): name it by its parent and slot
    const Entity* parent = doc.find(op.snapshot->parent);
    const std::string parentPath = parent ? entityPath(doc, *parent) : "";
    path = parentPath + (parentPath.empty() ? "" : ".") + op.snapshot->slot;
  }
  if (op.kind == OpKind::Set) {
    path += (path.empty() ? "" : ".") + op.field;
    if (op.year) path += "." + std::to_string(*op.year);
  }
  return path.empty() ? "(scenario)" : path;
}

Result<ScenarioDocument> applyMutation(const ScenarioDocument& doc, const Mutation& mutation) {
  if (mutation.ops.empty())
    return Error{"mutation.rejected", "a mutation needs at least one op", mutation.id.toString()};
  Applier applier(doc);
  for (std::size_t i = 0; i < mutation.ops.size(); ++i)
    if (auto problem = applier.apply(mutation.ops[i]))
      return Error{"mutation.rejected", describeOp(i, mutation.ops[i]) + ": " + *problem,
                   mutation.id.toString()};
  if (auto orphanParent = applier.missingParent()) {
    // Name the op that removed the parent, so the author sees which change broke the tree.
    for (std::size_t i = 0; i < mutation.ops.size(); ++i)
      if (mutation.ops[i].kind == OpKind::Delete && mutation.ops[i].entity == *orphanParent)
        return Error{
            "mutation.rejected",
            describeOp(i, mutation.ops[i]) + ": it would leave entities without their parent",
            mutation.id.toString()};
  }
  if (auto problem = applier.checkStructure())
    return Error{"mutation.rejected", *problem, mutation.id.toString()};
  return applier.take();
}

std::optional<std::string> newTextProblem(const ScenarioDocument& before, const Mutation& m) {
  std::map<Id, std::string> created;  // entities the mutation itself creates, by type
  auto check = [](const std::string& type, const std::string& name,
                  const Value& value) -> std::optional<std::string> {
    const EntitySchema* schema = entitySchema(type);
    const FieldSpec* spec = schema ? schema->field(name) : nullptr;
    const std::string* text = std::get_if<std::string>(&value);
    if (!spec || !text) return std::nullopt;  // applyMutation names what is not a field
    if (auto bad = textProblem(*text, spec->textRule())) return "\"" + name + "\" " + bad->message;
    return std::nullopt;
  };
  for (const Op& op : m.ops) {
    if (op.kind == OpKind::Create && op.snapshot) {
      created[op.snapshot->id] = op.snapshot->type;
      for (const auto& [name, value] : op.snapshot->fields)
        if (auto why = check(op.snapshot->type, name, value)) return why;
    } else if (op.kind == OpKind::Set && op.value) {
      const Entity* e = before.find(op.entity);
      const auto made = created.find(op.entity);
      const std::string type = e ? e->type : made != created.end() ? made->second : "";
      if (auto why = check(type, op.field, *op.value)) return why;
    }
  }
  return std::nullopt;
}

Mutation invertMutation(const Mutation& m, Id id, std::string author, std::int64_t clientTimeMs,
                        std::int64_t baseRevision) {
  Mutation inverse;
  inverse.id = id;
  inverse.author = std::move(author);
  inverse.clientTimeMs = clientTimeMs;
  inverse.baseRevision = baseRevision;
  // Undoing an undo is a redo of the original: strip the prefix rather than stacking it.
  inverse.label = m.label.rfind("Undo ", 0) == 0 ? m.label.substr(5) : "Undo " + m.label;
  for (auto it = m.ops.rbegin(); it != m.ops.rend(); ++it) {
    Op op = *it;
    switch (op.kind) {
      case OpKind::Set:
        std::swap(op.value, op.previous);
        break;
      case OpKind::Create:
        op.kind = OpKind::Delete;
        break;
      case OpKind::Delete:
        op.kind = OpKind::Create;
        break;
      case OpKind::Move:
        std::swap(op.order, op.previousOrder);
        break;
    }
    inverse.ops.push_back(std::move(op));
  }
  return inverse;
}

std::vector<Op> diffDocuments(const ScenarioDocument& from, const ScenarioDocument& to) {
  std::vector<Op> ops;
  auto sameSlot = [](const Entity& a, const Entity& b) {
    return a.type == b.type && a.parent == b.parent && a.slot == b.slot;
  };
  for (const Entity* e : byDepth(from, /*deepestFirst=*/true)) {
    const Entity* other = to.find(e->id);
    if (!other || !sameSlot(*e, *other)) ops.push_back(entityOp(OpKind::Delete, *e));
  }
  for (const Entity* e : byDepth(to, /*deepestFirst=*/false)) {
    const Entity* before = from.find(e->id);
    if (!before || !sameSlot(*before, *e)) {
      ops.push_back(entityOp(OpKind::Create, *e));
      continue;
    }
    if (before->order != e->order) {
      Op op;
      op.kind = OpKind::Move;
      op.entity = e->id;
      op.order = e->order;
      op.previousOrder = before->order;
      ops.push_back(std::move(op));
    }
    diffFields(*before, *e, ops);
  }
  return ops;
}

std::vector<Op> creationOps(const ScenarioDocument& doc) {
  std::vector<Op> ops;
  for (const Entity* e : byDepth(doc, /*deepestFirst=*/false))
    ops.push_back(entityOp(OpKind::Create, *e));
  return ops;
}

Op setFieldOp(const ScenarioDocument& doc, const Id& entity, std::string field,
              std::optional<Value> value, std::optional<Year> year) {
  Op op;
  op.kind = OpKind::Set;
  op.entity = entity;
  op.year = year;
  op.value = std::move(value);
  if (const Entity* e = doc.find(entity)) {
    if (const Value* current = e->field(field)) {
      if (!year)
        op.previous = *current;
      else if (const YearMap* years = std::get_if<YearMap>(current))
        if (auto it = years->find(*year); it != years->end()) op.previous = Value(it->second);
    }
  }
  op.field = std::move(field);
  return op;
}

}  // namespace valor
