#pragma once
// Human-readable output of a DCF evaluation for a terminal (`valor-cli evaluate --format table`).
#include <iosfwd>

#include "core/models/dcf/dcfbinding.h"
#include "core/model/document.h"

namespace valor {

void printDcfTable(const ScenarioDocument& doc, const DcfEvaluation& evaluation, std::ostream& out);

}  // namespace valor
