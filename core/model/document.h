#pragma once
// The scenario document: a tree of entities, each with a stable ID, a type and named fields.
//
// Fields are addressed by (entity ID, field name) — the unit that mutations, history and sync
// work on. Names are dotted paths inside the entity ("terminal_value.growth"); a per-year value
// is a YearMap, whose years are separate fields for sync purposes. List members (e.g. option
// tranches) are entities of their own with a parent, a list name and an order key, so a
// reordering or an edit to one member never rewrites its siblings.
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/common/types.h"
#include "core/model/id.h"

namespace valor {

using YearMap = std::map<Year, double>;
// A field's value: a number (integers included), text (enums, dates, names), a flag, or per-year
// numbers. An absent field is simply not in the map; the schema says what that means.
using Value = std::variant<double, std::string, bool, YearMap>;

struct Entity {
  Id id;
  std::string type;  // an entity type of the schema: "scenario", "dcf", "option_tranche"
  Id parent;         // nil for the root
  std::string slot;  // the parent's child or list this entity fills: "dcf", "equity_bridge.options"
  std::string order;  // order key within a list; ties broken by ID
  std::map<std::string, Value> fields;

  const Value* field(const std::string& name) const;
  const double* number(const std::string& name) const;
  const std::string* text(const std::string& name) const;
  const YearMap* years(const std::string& name) const;

  friend bool operator==(const Entity&, const Entity&) = default;
};

class ScenarioDocument {
 public:
  static constexpr const char* kSchemaTag = "valor.scenario/1";

  // The first entity is the root ("scenario"); the rest follow in any order.
  std::vector<Entity> entities;

  const Entity& root() const { return entities.front(); }
  const Entity* find(const Id& id) const;
  // The single child of `parent` filling `slot`, or nullptr.
  const Entity* child(const Entity& parent, const std::string& slot) const;
  // The members of a list, in list order (order key, then ID).
  std::vector<const Entity*> listMembers(const Entity& parent, const std::string& slot) const;

  // Same entities with the same content; the order of non-root entities in the vector is not
  // part of a document's meaning (list order lives in the order keys).
  friend bool operator==(const ScenarioDocument& a, const ScenarioDocument& b);
};

}  // namespace valor
