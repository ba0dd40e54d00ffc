#pragma once
// A scenario's results as CSV (RFC 4180): outputs.csv (key, unit, value) and one file per
// named table, a row per year. Numbers are written exactly (shortest text that reads back to
// the same double) with a '.' whatever the locale, so a spreadsheet or script gets the engine's
// figures bit for bit.
#include <string>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/models/evaluation.h"

namespace valor {

std::string outputsCsv(const Evaluation& evaluation);
std::string tableCsv(const NamedTable& table);

// Writes outputs.csv and <table>.csv into `directory` (which must exist), each file whole or
// not at all. Refuses a scenario that cannot be valued.
Status exportCsv(const ScenarioDocument& doc, const std::string& directory);

}  // namespace valor
