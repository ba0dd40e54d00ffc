#pragma once
// The scenario schema: every entity type, its fields with type, unit, default and plausible
// range, and its child slots. One table drives reading and writing scenario files, the
// generic checks (required, range, whole numbers, choices), the CLI's `schema` reference and
// docs/scenario-format.md — so they cannot drift apart.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/issue.h"
#include "core/model/document.h"
#include "core/model/textrules.h"

namespace valor {

enum class FieldType { Number, Integer, Text, Choice, Date, MonthDay, YearValues };

struct Bounds {
  double min;
  double max;
  bool minInclusive = true;
  bool maxInclusive = true;
  bool contains(double v) const;
  std::string describe() const;  // "between 0 and 1 (exclusive)" style text for messages
};

struct FieldSpec {
  std::string name;  // dotted path inside the entity
  FieldType type = FieldType::Number;
  std::string unit;  // "rate", "money", "shares", "price", "multiple", "ratio", "years", ...
  bool required = false;
  std::optional<Value> defaultValue;
  std::vector<std::string> choices;  // for FieldType::Choice
  std::optional<Bounds> bounds;      // plausible range; outside it is a validation error
  std::size_t maxLength = 200;       // for text: characters
  bool multiLine = false;            // for text: line breaks and tabs allowed
  TextRule textRule() const { return {maxLength, multiLine}; }
  std::string help;
};

struct SlotSpec {
  std::string name;       // dotted path in the parent, e.g. "dcf" or "equity_bridge.options"
  std::string childType;  // entity type of the members
  bool list = false;
  bool required = false;
  std::size_t maxMembers = 1;
  std::string help;
};

struct EntitySchema {
  std::string type;
  std::string title;
  std::vector<FieldSpec> fields;
  std::vector<SlotSpec> childSlots;  // not "slots": that is a Qt macro

  const FieldSpec* field(std::string_view name) const;
  const SlotSpec* slot(std::string_view name) const;
  // True when `prefix` is a group of dotted names ("terminal_value" for "terminal_value.growth").
  bool isGroup(std::string_view prefix) const;
};

// A model kind's part of the scenario schema: its `model` value (also the name of its block),
// what the block holds, its entity types (the block's first) and its analytics outputs (which
// monte_carlo.output offers). Added by registerModelKind (core/models/registry.h).
struct ModelSchema {
  std::string model;
  std::string blockHelp;
  std::vector<EntitySchema> entities;
  std::vector<std::string> outputKeys;
};
void addModelSchema(ModelSchema model);

const EntitySchema* entitySchema(std::string_view type);
const std::vector<EntitySchema>& allEntitySchemas();
// The schema's unit of an entity's field ("rate", "money"); empty when unknown.
std::string fieldUnit(const ScenarioDocument& doc, const Id& entity, std::string_view field);

// A field's value, or its schema default when absent; nullptr when neither exists.
const Value* fieldOrDefault(const Entity& entity, const FieldSpec& spec);

// Generic checks of every entity against the schema: required fields, whole numbers, ranges
// (per-year values element by element), choices, dates. Paths are the file's paths.
Issues validateAgainstSchema(const ScenarioDocument& doc);

// The path of an entity in the file ("dcf", "dcf.equity_bridge.options[1]"), for messages.
std::string entityPath(const ScenarioDocument& doc, const Entity& entity);

// The field reference as Markdown tables, one per entity type (used for docs and `schema`).
std::string schemaReferenceMarkdown();

}  // namespace valor
