#include "tests/fuzz/fuzzsupport.h"

#include "core/actuals/actualsimport.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"

namespace valor::fuzz {

const ScenarioDocument& handCase() {
  static const ScenarioDocument doc = [] {
    auto text = readTextFile(VALOR_FUZZ_HAND_CASE, 1 << 20);
    require(text.ok(), "the hand case can be read");
    auto parsed = parseScenarioJson(text.value(), seededIdGenerator(1));
    require(parsed.ok(), "the hand case is a scenario");
    return std::move(parsed).value();
  }();
  return doc;
}

void importMustApply(const Statement& statement) {
  const ScenarioDocument& doc = handCase();
  // A seed other than the hand case's (1), so the new block's ID is new.
  auto imported = actualsImportOps(doc, statement, seededIdGenerator(0x5eed), true);
  if (!imported) return;
  Mutation m;
  m.ops = std::move(imported.value().ops);
  auto next = applyMutation(doc, m);
  require(next.ok(), "the importer's ops apply to the scenario they were made for");
  (void)evaluateScenario(next.value());
}

}  // namespace valor::fuzz
