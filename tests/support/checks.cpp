#include "tests/support/checks.h"

#include "core/common/require.h"

namespace valor::testing {

const Issue* findIssue(const Issues& issues, const std::string& path, const std::string& rule) {
  for (const Issue& i : issues)
    if (i.path == path && i.rule == rule) return &i;
  return nullptr;
}

std::string describe(const Issues& issues) {
  std::string text;
  for (const Issue& i : issues) text += "\n  [" + i.path + "] " + i.rule + ": " + i.message;
  return text.empty() ? std::string("(no problems)") : text;
}

const Entity& dcfOf(const ScenarioDocument& doc) {
  const Entity* dcf = doc.child(doc.root(), "dcf");
  VALOR_REQUIRE(dcf != nullptr, "the scenario has no dcf");
  return *dcf;
}

}  // namespace valor::testing
