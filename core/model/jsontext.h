#pragma once
// JSON text from outside the program (scenario files, imports, patches, standard input) read in
// one linear pass: the size and nesting limits are checked while reading and stop it at the first
// one exceeded, and a key given twice in one object is an error naming its path — never a silent
// "last one wins". // and /* */ comments are allowed, so a template can explain itself.
//
// nlohmann's DOM parsers are quadratic on hostile input (the callback parser rescans a parent
// after each child; an ordered object looks up every key linearly), so the DOM is built here from
// SAX events, with one hash set of keys per open object.
#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/common/result.h"

namespace valor {

struct JsonReadLimits {
  std::size_t maxBytes = 8 * 1024 * 1024;
  int maxDepth = 24;
  // Values of any kind, containers included: a scenario holds a few thousand, so a file of
  // millions of empty objects is refused at once instead of being built and thrown away.
  std::size_t maxValues = 200'000;
};

// Fails with code "json.invalid"; the issues hold every problem found (rules "too_large",
// "not_text", "too_deep", "too_many_values", "syntax", "duplicate_key"), each with its path
// where it has one.
Result<nlohmann::ordered_json> readJsonText(std::string_view text, const JsonReadLimits& limits);

}  // namespace valor
