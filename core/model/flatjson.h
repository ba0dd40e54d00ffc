#pragma once
// The exact JSON form of documents, entities and values, as stored in a workspace and carried
// by mutations: flat field names, every order key and ID kept, so a document read back is
// identical to the one written (doubles round-trip exactly).
#include <optional>

#include <nlohmann/json.hpp>

#include "core/model/document.h"

namespace valor {

nlohmann::ordered_json valueToJson(const Value& value);
// Numbers, text, true/false, or an object of "YYYY": number; nothing for anything else.
std::optional<Value> valueFromJson(const nlohmann::ordered_json& json);

nlohmann::ordered_json entityToFlatJson(const Entity& entity);
std::optional<Entity> entityFromFlatJson(const nlohmann::ordered_json& json);

// Order keys grow by about one character per five inserts at one end of a list; this bound is
// far beyond what a list of at most 1000 members reaches in practice.
inline constexpr std::size_t kMaxOrderKeyLength = 4096;

// Small readers for untrusted JSON objects: nothing when the key is missing or malformed.
std::optional<Id> idFromJson(const nlohmann::ordered_json& j, const char* key);
// A missing key reads as empty text; a non-text or over-long value as nothing.
std::optional<std::string> textFromJson(const nlohmann::ordered_json& j, const char* key,
                                        std::size_t maxLength = 200);

nlohmann::ordered_json documentToFlatJson(const ScenarioDocument& doc);
std::optional<ScenarioDocument> documentFromFlatJson(const nlohmann::ordered_json& json);

}  // namespace valor
