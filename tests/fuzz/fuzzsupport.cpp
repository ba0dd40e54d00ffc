#include "tests/fuzz/fuzzsupport.h"

#include "core/model/id.h"
#include "core/model/scenariojson.h"

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

}  // namespace valor::fuzz
