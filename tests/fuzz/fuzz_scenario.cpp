// Fuzz target: the scenario reader, as valor-cli validate/evaluate and import meet a file. Any
// input is refused with issues or read; a document read is valued without crashing, and written
// back and read again it is the same document.
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto doc = parseScenarioJson(fuzz::textOf(data, size), seededIdGenerator(7));
  if (!doc) {
    fuzz::require(!doc.error().issues.empty(), "a refusal lists its issues");
    return 0;
  }
  (void)evaluateScenario(doc.value());
  auto again = parseScenarioJson(scenarioToJson(doc.value()).dump(), seededIdGenerator(8));
  fuzz::require(again.ok(), "a document read can be written and read again");
  fuzz::require(again.value() == doc.value(), "writing and reading keeps the document");
  return 0;
}
