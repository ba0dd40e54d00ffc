// Fuzz target: valor-cli import-actuals' statement files (CSV in, actuals out) against the hand
// case. A file is refused with a message, or gives ops that must apply to the scenario they were
// made for — an import never half-applies — and the scenario is still valued without crashing.
#include "core/actuals/csvreader.h"
#include "core/actuals/statement.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto rows = readCsv(fuzz::textOf(data, size));
  if (!rows) return 0;
  for (bool decimalComma : {false, true}) {
    StatementOptions options;
    options.decimalComma = decimalComma;
    options.fileName = "fuzz.csv";
    auto statement = readStatement(rows.value(), options);
    if (!statement) {
      options.unit = "thousands";  // a file without its unit: as if the analyst gave one
      statement = readStatement(rows.value(), options);
    }
    if (statement) fuzz::importMustApply(statement.value());
  }
  return 0;
}
