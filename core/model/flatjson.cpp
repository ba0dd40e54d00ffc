#include "core/model/flatjson.h"

namespace valor {

using Json = nlohmann::ordered_json;

std::optional<Id> idFromJson(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return Id::parse(it->get_ref<const std::string&>());
}

std::optional<std::string> textFromJson(const Json& j, const char* key, std::size_t maxLength) {
  auto it = j.find(key);
  if (it == j.end()) return std::string();
  if (!it->is_string() || it->get_ref<const std::string&>().size() > maxLength) return std::nullopt;
  return it->get<std::string>();
}

Json valueToJson(const Value& value) {
  if (const double* d = std::get_if<double>(&value)) return *d;
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  if (const bool* b = std::get_if<bool>(&value)) return *b;
  Json years = Json::object();
  for (const auto& [year, v] : std::get<YearMap>(value)) years[std::to_string(year)] = v;
  return years;
}

std::optional<Value> valueFromJson(const Json& json) {
  // Built in place: GCC 12 warns (falsely) about a moved-from variant in `return Value(...)`.
  std::optional<Value> out;
  if (json.is_boolean()) {
    out.emplace(std::in_place_type<bool>, json.get<bool>());
  } else if (json.is_number()) {
    out.emplace(std::in_place_type<double>, json.get<double>());
  } else if (json.is_string()) {
    out.emplace(std::in_place_type<std::string>, json.get_ref<const std::string&>());
  } else if (json.is_object() && json.size() <= 200) {
    YearMap years;
    for (const auto& [key, v] : json.items()) {
      if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos ||
          !v.is_number())
        return std::nullopt;
      years[std::stoi(key)] = v.get<double>();
    }
    out.emplace(std::in_place_type<YearMap>, std::move(years));
  }
  return out;
}

Json entityToFlatJson(const Entity& e) {
  Json j;
  j["id"] = e.id.toString();
  j["type"] = e.type;
  if (!e.parent.isNil()) j["parent"] = e.parent.toString();
  if (!e.slot.empty()) j["slot"] = e.slot;
  if (!e.order.empty()) j["order"] = e.order;
  Json fields = Json::object();
  for (const auto& [name, value] : e.fields) fields[name] = valueToJson(value);
  j["fields"] = std::move(fields);
  return j;
}

std::optional<Entity> entityFromFlatJson(const Json& j) {
  if (!j.is_object()) return std::nullopt;
  Entity e;
  auto id = idFromJson(j, "id");
  auto type = textFromJson(j, "type");
  auto slot = textFromJson(j, "slot");
  auto order = textFromJson(j, "order", kMaxOrderKeyLength);
  if (!id || !type || !slot || !order) return std::nullopt;
  e.id = *id;
  e.type = *type;
  e.slot = *slot;
  e.order = *order;
  if (j.contains("parent")) {
    auto parent = idFromJson(j, "parent");
    if (!parent) return std::nullopt;
    e.parent = *parent;
  }
  auto fields = j.find("fields");
  if (fields == j.end() || !fields->is_object()) return std::nullopt;
  for (const auto& [name, value] : fields->items()) {
    auto v = valueFromJson(value);
    if (!v || name.size() > 200) return std::nullopt;
    e.fields[name] = std::move(*v);
  }
  return e;
}

Json documentToFlatJson(const ScenarioDocument& doc) {
  Json list = Json::array();
  for (const Entity& e : doc.entities) list.push_back(entityToFlatJson(e));
  return list;
}

std::optional<ScenarioDocument> documentFromFlatJson(const Json& json) {
  if (!json.is_array()) return std::nullopt;
  ScenarioDocument doc;
  for (const Json& item : json) {
    auto e = entityFromFlatJson(item);
    if (!e) return std::nullopt;
    doc.entities.push_back(std::move(*e));
  }
  return doc;
}

}  // namespace valor
