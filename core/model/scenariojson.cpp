#include "core/model/scenariojson.h"

#include "core/model/jsontext.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/model/orderkey.h"
#include "core/model/schema.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

const char* jsonTypeName(const Json& j) {
  if (j.is_null()) return "null";
  if (j.is_boolean()) return "true/false";
  if (j.is_number()) return "a number";
  if (j.is_string()) return "text";
  if (j.is_array()) return "a list";
  return "an object";
}

class Reader {
 public:
  Reader(const IdGenerator& newId, Issues& problems) : newId_(newId), problems_(problems) {}

  // IDs by value: the entity vector grows while children are read, so references into it dangle.
  void readEntity(const Json& obj, const std::string& type, Id parent, const std::string& slot,
                  const std::string& order, const std::string& path, ScenarioDocument& doc) {
    const EntitySchema* schema = entitySchema(type);
    Entity entity;
    entity.type = type;
    entity.parent = parent;
    entity.slot = slot;
    entity.order = order;
    entity.id = readId(obj, path);
    const std::size_t index = doc.entities.size();
    doc.entities.push_back(std::move(entity));
    readGroup(obj, *schema, "", path, index, doc);
  }

 private:
  void problem(const std::string& path, const std::string& rule, const std::string& message) {
    problems_.push_back({Severity::Error, path, rule, message, {}});
  }

  Id readId(const Json& obj, const std::string& path) {
    const std::string idPath = join(path, "id");
    auto it = obj.find("id");
    if (it == obj.end() || it->is_null()) return newId_();
    if (!it->is_string()) {
      problem(idPath, "wrong_type", idPath + " must be text, not " + jsonTypeName(*it));
      return newId_();
    }
    auto id = Id::parse(it->get<std::string>());
    if (!id || id->isNil()) {
      problem(idPath, "bad_id",
              idPath + " must be an ID like 3f2b9c1e-5d4a-4c8b-9e7f-0a1b2c3d4e5f");
      return newId_();
    }
    if (!seenIds_.insert(*id).second) {
      problem(idPath, "duplicate_id", idPath + " repeats an ID used elsewhere in the file");
      return newId_();
    }
    return *id;
  }

  static std::string join(const std::string& a, const std::string& b) {
    return a.empty() ? b : a + "." + b;
  }

  void readGroup(const Json& obj, const EntitySchema& schema, const std::string& group,
                 const std::string& path, std::size_t entityIndex, ScenarioDocument& doc) {
    for (const auto& [key, value] : obj.items()) {
      if (group.empty() && (key == "id" || (schema.type == "scenario" && key == "schema") ||
                            (key == "order" && !doc.entities[entityIndex].order.empty())))
        continue;
      const std::string name = join(group, key);
      const std::string fieldPath = join(path, key);
      if (const FieldSpec* spec = schema.field(name)) {
        if (auto v = readValue(value, *spec, fieldPath))
          doc.entities[entityIndex].fields[name] = *v;
      } else if (const SlotSpec* slot = schema.slot(name)) {
        readSlot(value, *slot, fieldPath, doc.entities[entityIndex].id, doc);
      } else if (schema.isGroup(name)) {
        if (value.is_object())
          readGroup(value, schema, name, fieldPath, entityIndex, doc);
        else if (!value.is_null())
          problem(fieldPath, "wrong_type",
                  fieldPath + " must be an object, not " + jsonTypeName(value));
      } else {
        problem(fieldPath, "unknown_field", fieldPath + " is not a field of " + schema.title);
      }
    }
  }

  void readSlot(const Json& value, const SlotSpec& slot, const std::string& path, Id parent,
                ScenarioDocument& doc) {
    if (value.is_null()) return;
    if (!slot.list) {
      if (!value.is_object()) {
        problem(path, "wrong_type", path + " must be an object, not " + jsonTypeName(value));
        return;
      }
      readEntity(value, slot.childType, parent, slot.name, "", path, doc);
      return;
    }
    if (!value.is_array()) {
      problem(path, "wrong_type", path + " must be a list, not " + jsonTypeName(value));
      return;
    }
    if (value.size() > slot.maxMembers) {
      problem(path, "too_many",
              path + " may hold at most " + std::to_string(slot.maxMembers) + " entries, not " +
                  std::to_string(value.size()));
      return;
    }
    const std::vector<std::string> keys = orderKeys(value, path);
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string memberPath = path + "[" + std::to_string(i) + "]";
      if (!value[i].is_object()) {
        problem(memberPath, "wrong_type",
                memberPath + " must be an object, not " + jsonTypeName(value[i]));
        continue;
      }
      readEntity(value[i], slot.childType, parent, slot.name, keys[i], memberPath, doc);
    }
  }

  // Order keys of list members: a member's "order" is kept when given (keys must increase along
  // the list); a member without one gets a key between its neighbours, so a hand-written list
  // keeps its written order and a saved one keeps its exact keys.
  std::vector<std::string> orderKeys(const Json& list, const std::string& path) {
    std::vector<std::string> keys(list.size());
    std::vector<bool> given(list.size(), false);
    std::string previous;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_object()) continue;
      auto it = list[i].find("order");
      if (it == list[i].end() || it->is_null()) continue;
      const std::string memberPath = path + "[" + std::to_string(i) + "].order";
      if (!it->is_string() || !isValidOrderKey(it->get_ref<const std::string&>())) {
        problem(memberPath, "bad_order_key",
                memberPath + " must be an order key: digits and a-z, not ending in 0");
        continue;
      }
      keys[i] = it->get<std::string>();
      if (!previous.empty() && !(previous < keys[i])) {
        problem(memberPath, "order_not_increasing",
                memberPath + " must sort after the order of the member before it");
        continue;
      }
      previous = keys[i];
      given[i] = true;
    }
    std::string before;
    bool givenBefore = false;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (given[i]) {
        before = keys[i];
        givenBefore = true;
        continue;
      }
      std::string after;
      for (std::size_t j = i + 1; j < keys.size() && after.empty(); ++j)
        if (given[j]) after = keys[j];
      keys[i] = !givenBefore && after.empty()
                    ? initialOrderKey(i)
                    : orderKeyBetween(before, after).value_or(initialOrderKey(i));
      before = keys[i];
    }
    return keys;
  }

  std::optional<Value> readValue(const Json& j, const FieldSpec& spec, const std::string& path) {
    if (j.is_null()) return std::nullopt;  // null means "not given": the default applies
    switch (spec.type) {
      case FieldType::Number:
      case FieldType::Integer:
        if (j.is_number()) return Value(j.get<double>());
        break;
      case FieldType::Text:
      case FieldType::Choice:
      case FieldType::Date:
      case FieldType::MonthDay:
        if (j.is_string()) {
          const auto& s = j.get_ref<const std::string&>();
          if (auto bad = textProblem(s, spec.textRule())) {
            problem(path, bad->rule, path + " " + bad->message);
            return std::nullopt;
          }
          return Value(s);
        }
        break;
      case FieldType::YearValues:
        if (j.is_object()) return readYearMap(j, path);
        break;
    }
    const char* expected = spec.type == FieldType::YearValues ? "an object of year: number"
                           : (spec.type == FieldType::Number || spec.type == FieldType::Integer)
                               ? "a number"
                               : "text";
    problem(path, "wrong_type", path + " must be " + expected + ", not " + jsonTypeName(j));
    return std::nullopt;
  }

  std::optional<Value> readYearMap(const Json& j, const std::string& path) {
    if (j.size() > 200) {
      problem(path, "too_many", path + " may hold at most 200 years");
      return std::nullopt;
    }
    YearMap map;
    bool ok = true;
    for (const auto& [key, v] : j.items()) {
      const std::string itemPath = path + "." + key;
      const bool fourDigits =
          key.size() == 4 && key.find_first_not_of("0123456789") == std::string::npos;
      if (!fourDigits || key < "1900") {
        problem(itemPath, "bad_year", itemPath + ": keys must be years such as \"2027\"");
        ok = false;
        continue;
      }
      if (v.is_null()) continue;  // as everywhere: null means "not given"
      if (!v.is_number()) {
        problem(itemPath, "wrong_type", itemPath + " must be a number, not " + jsonTypeName(v));
        ok = false;
        continue;
      }
      map[std::stoi(key)] = v.get<double>();
    }
    if (!ok || map.empty()) return std::nullopt;  // {} gives no year: the same as absent
    return Value(std::move(map));
  }

  const IdGenerator& newId_;
  Issues& problems_;
  std::set<Id> seenIds_;
};

Json valueToJson(const Value& v, const FieldSpec* spec) {
  if (const double* d = std::get_if<double>(&v)) {
    if (spec && spec->type == FieldType::Integer && std::abs(*d) < 9e15 && *d == std::floor(*d))
      return Json(static_cast<long long>(*d));
    return Json(*d);
  }
  if (const std::string* s = std::get_if<std::string>(&v)) return Json(*s);
  if (const bool* b = std::get_if<bool>(&v)) return Json(*b);
  Json years = Json::object();
  for (const auto& [year, value] : std::get<YearMap>(v)) years[std::to_string(year)] = value;
  return years;
}

// Places `value` at the dotted `name` inside `obj`, creating the groups on the way.
void putDotted(Json& obj, const std::string& name, Json value) {
  Json* node = &obj;
  std::size_t start = 0;
  for (std::size_t dot; (dot = name.find('.', start)) != std::string::npos; start = dot + 1)
    node = &(*node)[name.substr(start, dot - start)];
  (*node)[name.substr(start)] = std::move(value);
}

Json entityToJson(const ScenarioDocument& doc, const Entity& e) {
  Json obj = Json::object();
  if (e.parent.isNil()) obj["schema"] = ScenarioDocument::kSchemaTag;
  obj["id"] = e.id.toString();
  if (!e.order.empty()) obj["order"] = e.order;
  const EntitySchema* schema = entitySchema(e.type);
  // Schema order first, so files read top-down like the reference; then slots.
  for (const FieldSpec& spec : schema->fields)
    if (const Value* v = e.field(spec.name)) putDotted(obj, spec.name, valueToJson(*v, &spec));
  for (const SlotSpec& slot : schema->childSlots) {
    if (slot.list) {
      const auto members = doc.listMembers(e, slot.name);
      if (members.empty()) continue;
      Json list = Json::array();
      for (const Entity* m : members) list.push_back(entityToJson(doc, *m));
      putDotted(obj, slot.name, std::move(list));
    } else if (const Entity* child = doc.child(e, slot.name)) {
      putDotted(obj, slot.name, entityToJson(doc, *child));
    }
  }
  return obj;
}

// The first mistake says what is wrong; the issues hold them all.
Error invalidScenario(Issues problems) {
  return errorOfIssues("scenario.invalid", std::move(problems));
}

}  // namespace

Result<ScenarioDocument> parseScenario(const Json& json, const IdGenerator& newId) {
  Issues problems;
  if (!json.is_object()) {
    problems.push_back({Severity::Error,
                        "",
                        "wrong_type",
                        "a scenario file must hold a JSON object at the top",
                        {}});
    return invalidScenario(std::move(problems));
  }
  auto tag = json.find("schema");
  if (tag == json.end() || !tag->is_string()) {
    problems.push_back({Severity::Error,
                        "schema",
                        "missing_schema",
                        "schema must be \"valor.scenario/1\" (the file does not say which "
                        "format it is)",
                        {}});
    return invalidScenario(std::move(problems));
  }
  const std::string& tagText = tag->get_ref<const std::string&>();
  if (tagText != ScenarioDocument::kSchemaTag) {
    const std::string prefix = "valor.scenario/";
    const std::string suffix = tagText.rfind(prefix, 0) == 0 ? tagText.substr(prefix.size()) : "";
    const bool newer = !suffix.empty() && suffix.size() < 6 &&
                       suffix.find_first_not_of("0123456789") == std::string::npos &&
                       std::stoi(suffix) > 1;
    problems.push_back(
        {Severity::Error,
         "schema",
         newer ? "newer_schema" : "wrong_schema",
         newer ? "this file was made by a newer Valor (" + tagText + "); update Valor to read it"
               : "schema must be \"valor.scenario/1\", not \"" + tagText + "\"",
         {{"value", tagText}}});
    return invalidScenario(std::move(problems));
  }
  ScenarioDocument doc;
  Reader reader(newId, problems);
  reader.readEntity(json, "scenario", Id(), "", "", "", doc);
  if (!problems.empty()) return invalidScenario(std::move(problems));
  return doc;
}

Result<ScenarioDocument> parseScenarioJson(std::string_view text, const IdGenerator& newId,
                                           const ScenarioReadLimits& limits) {
  Issues problems;
  auto fail = [&](const std::string& rule, const std::string& message) {
    problems.push_back({Severity::Error, "", rule, message, {}});
    return invalidScenario(std::move(problems));
  };
  if (text.size() > limits.maxBytes)
    return fail("too_large", "the file has " + std::to_string(text.size()) +
                                 " bytes; a scenario may have at most " +
                                 std::to_string(limits.maxBytes));
  auto json = readJsonText(text, limits);
  if (!json) return invalidScenario(json.error().issues);
  return parseScenario(json.value(), newId);
}

nlohmann::ordered_json scenarioToJson(const ScenarioDocument& doc) {
  return entityToJson(doc, doc.root());
}

Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Error{"file.not_found", "no such file", path};
  if (!std::filesystem::is_regular_file(status))
    return Error{"file.not_regular", "not a regular file", path};
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Error{"file.unreadable", ec.message(), path};
  if (size > maxBytes)
    return Error{"file.too_large",
                 "the file has " + std::to_string(size) + " bytes; at most " +
                     std::to_string(maxBytes) + " are accepted",
                 path};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"file.unreadable", "cannot open the file for reading", path};
  // Read in one piece into a string of the file's size (a stream buffer copies a large file
  // several times over).
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (in.bad() || static_cast<std::uintmax_t>(in.gcount()) != size)
    return Error{"file.unreadable", "reading the file failed", path};
  return text;
}

}  // namespace valor
