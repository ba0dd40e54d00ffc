#include "core/model/scenariomarks.h"

#include <algorithm>

#include "core/model/textrules.h"

namespace valor {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

}  // namespace

std::vector<std::string> splitTags(std::string_view text) {
  std::vector<std::string> tags;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    if (const auto tag = trimmed(text.substr(start, end - start)); !tag.empty())
      tags.emplace_back(tag);
    start = end + 1;
  }
  return tags;
}

Result<std::string> joinTags(std::vector<std::string> tags) {
  for (const std::string& tag : tags)
    if (tag.empty() || tag != trimmed(tag) || tag.find(',') != std::string::npos ||
        textProblem(tag, kTagText))
      return Error{"workspace.bad_tag",
                   "a tag must have 1 to " + std::to_string(kTagText.maxChars) +
                       " characters of valid text, without commas, control characters or "
                       "spaces around it",
                   tag};
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  std::string text;
  for (const std::string& tag : tags) text += (text.empty() ? "" : ", ") + tag;
  if (textProblem(text, TextRule{kTagListChars}))
    return Error{
        "workspace.bad_tag",
        "the tags together must stay within " + std::to_string(kTagListChars) + " characters",
        text.substr(0, 40)};
  return text;
}

bool inTrash(const ScenarioDocument& doc) {
  const std::string* status = doc.entities.empty() ? nullptr : doc.root().text("status");
  return status && *status == "in_trash";
}

std::optional<std::string> savedVersionName(const ScenarioDocument& doc, const Mutation& m) {
  if (doc.entities.empty()) return std::nullopt;
  for (const Op& op : m.ops)
    if (op.kind == OpKind::Set && op.entity == doc.root().id && op.field == kVersionField &&
        op.value && std::holds_alternative<std::string>(*op.value))
      return std::get<std::string>(*op.value);
  return std::nullopt;
}

ScenarioDocument withMarksOf(ScenarioDocument target, const ScenarioDocument& current) {
  if (target.entities.empty() || current.entities.empty()) return target;
  auto& fields = target.entities.front().fields;
  for (const char* name : kMarkFields) {
    if (const Value* value = current.root().field(name))
      fields[name] = *value;
    else
      fields.erase(name);
  }
  return target;
}

}  // namespace valor
