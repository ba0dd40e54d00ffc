// Fuzz target: SEC EDGAR's answers as the network may deliver them — company facts and the
// ticker file, hostile or cut short. An answer is refused with a message, or gives a statement
// whose import into the hand case (USD) applies or is refused whole, and the scenario is still
// valued without crashing.
#include <cstdlib>

#include "core/actuals/actualsimport.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "core/providers/edgar.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view text = fuzz::textOf(data, size);
  (void)edgarCompanyOfTicker(text, "EXMP");
  auto read = edgarStatementOfFacts(text, 10);
  if (!read) return 0;
  const ScenarioDocument& doc = fuzz::handCase();
  auto imported = actualsImportOps(doc, read.value().statement, seededIdGenerator(0x5eed), true);
  if (!imported) return 0;
  Mutation m;
  m.ops = std::move(imported.value().ops);
  auto next = applyMutation(doc, m);
  if (!next) std::abort();  // the importer made ops its own scenario refuses
  (void)evaluateScenario(next.value());
  return 0;
}
