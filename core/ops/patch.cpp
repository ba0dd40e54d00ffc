#include "core/ops/patch.h"

#include "core/model/flatjson.h"
#include "core/model/schema.h"

namespace valor {
namespace {

bool isYear(const std::string& s) {
  return s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos && s >= "1900";
}

}  // namespace

Result<FieldAddress> resolveFieldPath(const ScenarioDocument& doc, const std::string& path) {
  auto bad = [&](const std::string& why) { return Error{"patch.bad_path", why, path}; };
  if (doc.entities.empty()) return bad("the scenario is empty");
  const Entity* entity = &doc.root();
  std::string rest = path;
  // Descend through child slots ("dcf", "equity_bridge.options[2]") while a prefix names one.
  while (true) {
    const EntitySchema* schema = entitySchema(entity->type);
    bool descended = false;
    for (const SlotSpec& slot : schema->childSlots) {
      if (rest.rfind(slot.name, 0) != 0) continue;
      std::string after = rest.substr(slot.name.size());
      if (slot.list) {
        if (after.empty() || after[0] != '[') continue;
        const std::size_t close = after.find(']');
        if (close == std::string::npos) return bad("missing ] after a list index");
        const std::string indexText = after.substr(1, close - 1);
        if (indexText.empty() || indexText.size() > 6 ||
            indexText.find_first_not_of("0123456789") != std::string::npos)
          return bad("a list index must be a number");
        const auto members = doc.listMembers(*entity, slot.name);
        const std::size_t index = std::stoul(indexText);
        if (index >= members.size())
          return bad(slot.name + " has " + std::to_string(members.size()) + " entries");
        entity = members[index];
        after = after.substr(close + 1);
      } else {
        const Entity* child = doc.child(*entity, slot.name);
        if (!child) return bad(slot.name + " is not in this scenario");
        entity = child;
      }
      if (after.empty() || after[0] != '.') return bad("the path must end in a field");
      rest = after.substr(1);
      descended = true;
      break;
    }
    if (!descended) break;
  }
  const EntitySchema* schema = entitySchema(entity->type);
  if (const FieldSpec* spec = schema->field(rest)) {
    if (spec->type == FieldType::YearValues)
      return bad("give one year (" + rest + ".2027) or set the values year by year");
    return FieldAddress{entity->id, rest, std::nullopt};
  }
  const std::size_t dot = rest.rfind('.');
  if (dot != std::string::npos && isYear(rest.substr(dot + 1))) {
    const FieldSpec* spec = schema->field(rest.substr(0, dot));
    if (spec && spec->type == FieldType::YearValues)
      return FieldAddress{entity->id, spec->name, std::stoi(rest.substr(dot + 1))};
  }
  return bad("\"" + rest + "\" is not a field of " + schema->title);
}

Result<std::vector<Op>> patchOps(const ScenarioDocument& doc, const nlohmann::ordered_json& patch) {
  auto set = patch.find("set");
  if (!patch.is_object() || set == patch.end() || !set->is_object() || set->empty())
    return Error{"patch.invalid", "a patch needs a non-empty \"set\" object of path: value", ""};
  std::vector<Op> ops;
  for (const auto& [path, json] : set->items()) {
    auto address = resolveFieldPath(doc, path);
    if (!address) return address.error();
    std::optional<Value> value;
    if (!json.is_null()) {
      value = valueFromJson(json);
      const bool isNumber = value && std::holds_alternative<double>(*value);
      const bool isText = value && std::holds_alternative<std::string>(*value);
      const Entity* entity = doc.find(address.value().entity);
      const FieldSpec* spec = entitySchema(entity->type)->field(address.value().field);
      const bool numeric = spec->type == FieldType::Number || spec->type == FieldType::Integer ||
                           spec->type == FieldType::YearValues;
      if (numeric ? !isNumber : !isText)
        return Error{"patch.wrong_type", std::string("must be ") + (numeric ? "a number" : "text"),
                     path};
    }
    ops.push_back(setFieldOp(doc, address.value().entity, address.value().field, std::move(value),
                             address.value().year));
  }
  return ops;
}

}  // namespace valor
