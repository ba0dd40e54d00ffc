#include "core/compare/inputdiff.h"

#include <algorithm>
#include <unordered_map>

#include "core/common/issue.h"
#include "core/model/scenariomarks.h"
#include "core/model/schema.h"

namespace valor {
namespace {

void addField(const std::string& path, const FieldSpec& spec, const Value& value,
              std::vector<InputLeaf>& out) {
  if (const auto* years = std::get_if<YearMap>(&value)) {
    for (const auto& [year, v] : *years)
      out.push_back({path + "." + std::to_string(year), spec.unit, v});
    return;
  }
  const bool numeric = std::holds_alternative<double>(value);
  out.push_back({path, numeric ? spec.unit : std::string(), value});
}

void visit(const ScenarioDocument& doc, const Entity& entity, const std::string& path,
           std::vector<InputLeaf>& out) {
  const EntitySchema* schema = entitySchema(entity.type);
  if (!schema) return;
  const std::string prefix = path.empty() ? "" : path + ".";
  for (const FieldSpec& spec : schema->fields) {
    // The name of the last version saved tells of the history, not of the valuation: a
    // version and the current state would always differ by it.
    if (path.empty() && spec.name == kVersionField) continue;
    if (const Value* v = fieldOrDefault(entity, spec)) addField(prefix + spec.name, spec, *v, out);
  }
  for (const SlotSpec& slot : schema->childSlots) {
    if (slot.list) {
      const auto members = doc.listMembers(entity, slot.name);
      for (std::size_t i = 0; i < members.size(); ++i)
        visit(doc, *members[i], prefix + slot.name + "[" + std::to_string(i) + "]", out);
    } else if (const Entity* child = doc.child(entity, slot.name)) {
      visit(doc, *child, prefix + slot.name, out);
    }
  }
}

}  // namespace

std::vector<InputLeaf> flattenInputs(const ScenarioDocument& doc) {
  std::vector<InputLeaf> out;
  if (!doc.entities.empty()) visit(doc, doc.root(), "", out);
  return out;
}

std::vector<InputRow> compareInputs(const std::vector<const ScenarioDocument*>& docs) {
  std::vector<InputRow> rows;
  std::unordered_map<std::string, std::size_t> rowOf;
  for (std::size_t s = 0; s < docs.size(); ++s) {
    // A path new to the union goes right after the previous path of this scenario.
    std::size_t insertAt = 0;
    for (InputLeaf& leaf : flattenInputs(*docs[s])) {
      auto found = rowOf.find(leaf.path);
      if (found == rowOf.end()) {
        InputRow row{leaf.path, leaf.unit, std::vector<std::optional<InputValue>>(docs.size()),
                     false};
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(insertAt), std::move(row));
        for (std::size_t r = insertAt; r < rows.size(); ++r) rowOf[rows[r].path] = r;
        found = rowOf.find(leaf.path);
      }
      rows[found->second].values[s] = std::move(leaf.value);
      insertAt = found->second + 1;
    }
  }
  for (InputRow& row : rows)
    row.changed = std::any_of(row.values.begin(), row.values.end(),
                              [&](const auto& v) { return v != row.values.front(); });
  return rows;
}

std::string inputValueText(const InputValue& value) {
  if (const auto* d = std::get_if<double>(&value)) return formatNumber(*d);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  return "";
}

}  // namespace valor
