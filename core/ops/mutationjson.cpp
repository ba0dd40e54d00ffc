#include "core/ops/mutationjson.h"

#include "core/model/flatjson.h"
#include "core/model/orderkey.h"
#include "core/model/textrules.h"

namespace valor {

using Json = nlohmann::ordered_json;

namespace {

std::optional<Op> opFromJson(const Json& j) {
  if (!j.is_object()) return std::nullopt;
  auto kind = textFromJson(j, "op");
  auto entity = idFromJson(j, "entity");
  if (!kind || !entity) return std::nullopt;
  Op op;
  op.entity = *entity;
  if (*kind == "set") {
    op.kind = OpKind::Set;
    auto field = textFromJson(j, "field");
    if (!field || field->empty()) return std::nullopt;
    op.field = *field;
    if (auto it = j.find("year"); it != j.end()) {
      if (!it->is_number_integer()) return std::nullopt;
      const auto year = it->get<long long>();
      if (year < 1900 || year > 9999) return std::nullopt;
      op.year = static_cast<Year>(year);
    }
    for (auto [key, target] :
         {std::pair{"value", &op.value}, std::pair{"previous", &op.previous}}) {
      auto it = j.find(key);
      if (it == j.end()) continue;
      *target = valueFromJson(*it);
      if (!*target) return std::nullopt;
    }
  } else if (*kind == "create" || *kind == "delete") {
    op.kind = *kind == "create" ? OpKind::Create : OpKind::Delete;
    auto it = j.find("snapshot");
    if (it == j.end()) return std::nullopt;
    op.snapshot = entityFromFlatJson(*it);
    if (!op.snapshot) return std::nullopt;
  } else if (*kind == "move") {
    op.kind = OpKind::Move;
    auto order = textFromJson(j, "order", kMaxOrderKeyLength);
    auto previous = textFromJson(j, "previous_order", kMaxOrderKeyLength);
    if (!order || !previous) return std::nullopt;
    op.order = *order;
    op.previousOrder = *previous;
  } else {
    return std::nullopt;
  }
  return op;
}

}  // namespace

Json opsToJson(const std::vector<Op>& ops) {
  Json list = Json::array();
  for (const Op& op : ops) {
    Json o;
    o["op"] = opKindName(op.kind);
    o["entity"] = op.entity.toString();
    switch (op.kind) {
      case OpKind::Set:
        o["field"] = op.field;
        if (op.year) o["year"] = *op.year;
        if (op.value) o["value"] = valueToJson(*op.value);
        if (op.previous) o["previous"] = valueToJson(*op.previous);
        break;
      case OpKind::Create:
      case OpKind::Delete:
        o["snapshot"] = entityToFlatJson(*op.snapshot);
        break;
      case OpKind::Move:
        o["order"] = op.order;
        o["previous_order"] = op.previousOrder;
        break;
    }
    list.push_back(std::move(o));
  }
  return list;
}

Result<std::vector<Op>> opsFromJson(const Json& json) {
  if (!json.is_array() || json.empty())
    return Error{"mutation.invalid", "not a valid mutation: \"ops\" must be a non-empty list", ""};
  if (json.size() > 100000)
    return Error{"mutation.invalid", "not a valid mutation: more than 100000 ops", ""};
  std::vector<Op> ops;
  ops.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    auto op = opFromJson(json[i]);
    if (!op)
      return Error{"mutation.invalid",
                   "not a valid mutation: op " + std::to_string(i + 1) + " is malformed", ""};
    ops.push_back(std::move(*op));
  }
  return ops;
}

Json labelCodeToJson(const LabelCode& label) {
  Json j = Json::array({label.code});
  for (const std::string& param : label.params) j.push_back(param);
  return j;
}

std::optional<LabelCode> labelCodeFromJson(const Json& json) {
  // Room for every code the desktop writes; no more, as this may come from a hostile file.
  constexpr std::size_t kMaxParts = 16, kMaxCode = 64,
                        kMaxParam = kMaxUtf8Bytes * kLabelText.maxChars;
  if (!json.is_array() || json.empty() || json.size() > kMaxParts) return std::nullopt;
  for (const Json& part : json)
    if (!part.is_string()) return std::nullopt;
  LabelCode label;
  label.code = json.front().get<std::string>();
  if (label.code.empty() || label.code.size() > kMaxCode) return std::nullopt;
  for (std::size_t i = 1; i < json.size(); ++i) {
    label.params.push_back(json[i].get<std::string>());
    if (label.params.back().size() > kMaxParam || textProblem(label.params.back(), kLabelText))
      return std::nullopt;
  }
  return label;
}

Json mutationToJson(const Mutation& m) {
  Json j;
  j["id"] = m.id.toString();
  j["author"] = m.author;
  j["client_time_ms"] = m.clientTimeMs;
  j["base_revision"] = m.baseRevision;
  j["label"] = m.label;
  if (!m.labelCode.empty()) j["label_code"] = labelCodeToJson(m.labelCode);
  j["ops"] = opsToJson(m.ops);
  return j;
}

Result<Mutation> mutationFromJson(const Json& json) {
  auto bad = [](const std::string& what) {
    return Error{"mutation.invalid", "not a valid mutation: " + what, ""};
  };
  if (!json.is_object()) return bad("expected an object");
  Mutation m;
  if (json.contains("id")) {
    auto id = idFromJson(json, "id");
    if (!id) return bad("\"id\" must be an ID");
    m.id = *id;
  }
  // Byte bounds that let every text within its rule through; the rules count characters.
  auto author = textFromJson(json, "author", kMaxUtf8Bytes * kAuthorText.maxChars);
  auto label = textFromJson(json, "label", kMaxUtf8Bytes * kLabelText.maxChars);
  if (!author || !label) return bad("\"author\" and \"label\" must be text");
  if (auto why = textProblem(*author, kAuthorText)) return bad("\"author\" " + why->message);
  if (auto why = textProblem(*label, kLabelText)) return bad("\"label\" " + why->message);
  m.author = *author;
  m.label = *label;
  if (auto it = json.find("label_code"); it != json.end()) {
    auto code = labelCodeFromJson(*it);
    if (!code) return bad("\"label_code\" must be a list of texts, the code first");
    m.labelCode = std::move(*code);
  }
  for (auto [key, target] : {std::pair{"client_time_ms", &m.clientTimeMs},
                             std::pair{"base_revision", &m.baseRevision}}) {
    auto it = json.find(key);
    if (it == json.end()) continue;
    if (!it->is_number_integer()) return bad(std::string("\"") + key + "\" must be a whole number");
    *target = it->get<std::int64_t>();
  }
  auto ops = json.find("ops");
  if (ops == json.end()) return bad("\"ops\" is missing");
  auto parsed = opsFromJson(*ops);
  if (!parsed) return parsed.error();
  m.ops = std::move(parsed).value();
  return m;
}

}  // namespace valor
