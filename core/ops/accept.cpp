#include "core/ops/accept.h"

namespace valor {

Status checkText(const std::string& what, std::string_view text, const TextRule& rule,
                 const std::string& context) {
  if (auto bad = textProblem(text, rule))
    return Error{"text.invalid", what + " " + bad->message, context};
  return std::monostate{};
}

Status checkAuthorAndLabel(const std::string& author, const std::string& label,
                           const LabelCode& code, const std::string& context) {
  if (auto s = checkText("the author's name", author, kAuthorText, context); !s) return s;
  if (auto s = checkText("the change's label", label, kLabelText, context); !s) return s;
  for (const std::string& param : code.params)
    if (auto s = checkText("the change's label", param, kLabelText, context); !s) return s;
  return std::monostate{};
}

Result<ScenarioDocument> acceptMutation(const ScenarioDocument& current, const Mutation& m) {
  const std::string context = m.id.toString();
  if (auto s = checkAuthorAndLabel(m.author, m.label, m.labelCode, context); !s) return s.error();
  if (auto why = newTextProblem(current, m))
    return Error{"mutation.rejected", "not a valid value: " + *why, context};
  auto next = applyMutation(current, m);
  if (!next) return next.error();
  if (next.value().entities.empty())
    return Error{"mutation.rejected", "a mutation may not remove the scenario itself", context};
  return next;
}

}  // namespace valor
