// Fuzz target: SEC EDGAR's answers as the network may deliver them — company facts and the
// ticker file, hostile or cut short. An answer is refused with a message, or gives a statement
// whose import into the hand case (USD) applies or is refused whole, and the scenario is still
// valued without crashing.
#include "core/providers/edgar.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view text = fuzz::textOf(data, size);
  (void)edgarCompanyOfTicker(text, "EXMP");
  auto read = edgarStatementOfFacts(text, 10);
  if (read) fuzz::importMustApply(read.value().statement);
  return 0;
}
