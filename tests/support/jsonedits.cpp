#include "tests/support/jsonedits.h"

#include <nlohmann/json.hpp>

namespace valor::testing {

std::string editedJson(const std::string& text, const std::string& edits) {
  using Json = nlohmann::json;
  Json json = Json::parse(text, nullptr, true, /*ignore_comments=*/true);
  std::size_t start = 0;
  while (start < edits.size()) {
    const std::size_t end = std::min(edits.find(';', start), edits.size());
    const std::string edit = edits.substr(start, end - start);
    start = end + 1;
    const std::size_t eq = edit.find('=');
    if (edit.empty() || eq == std::string::npos) continue;
    const auto trim = [](std::string s) {
      s.erase(0, s.find_first_not_of(' '));
      s.erase(s.find_last_not_of(' ') + 1);
      return s;
    };
    const Json::json_pointer pointer(trim(edit.substr(0, eq)));
    const std::string value = trim(edit.substr(eq + 1));
    if (value == "delete") {
      Json& parent = json.at(pointer.parent_pointer());
      if (parent.is_array())
        parent.erase(static_cast<std::size_t>(std::stoul(pointer.back())));
      else
        parent.erase(pointer.back());
    } else {
      json[pointer] = Json::parse(value);
    }
  }
  return json.dump();
}

}  // namespace valor::testing
