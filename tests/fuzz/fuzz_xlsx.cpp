// Fuzz target: statement workbooks (.xlsx) for the actuals import. Any bytes are refused with a
// message or read into rows whose statement imports into the hand case as ops that apply — never
// a crash, a hang or an allocation the file's size does not justify.
#include <cstdlib>

#include "core/actuals/actualsimport.h"
#include "core/actuals/statement.h"
#include "core/actuals/xlsxreader.h"
#include "core/ops/mutation.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace valor;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string_view bytes = fuzz::textOf(data, size);
  auto names = xlsxSheetNames(bytes);
  if (!names) return 0;
  for (const std::string& name : names.value()) {
    auto rows = readXlsxSheet(bytes, name);
    if (!rows) continue;
    StatementOptions options;
    options.fileName = "fuzz.xlsx";
    options.sheet = name;
    options.unit = "thousands";
    auto statement = readStatement(rows.value(), options);
    if (!statement) continue;
    auto imported =
        actualsImportOps(fuzz::handCase(), statement.value(), seededIdGenerator(0x5eed), true);
    if (!imported) continue;
    Mutation m;
    m.ops = std::move(imported.value().ops);
    if (!applyMutation(fuzz::handCase(), m)) std::abort();  // ops its own scenario refuses
  }
  return 0;
}
