#pragma once
// Human-readable output of a DCF evaluation for a terminal (`valor-cli evaluate --format table`).
#include <iosfwd>

#include "core/model/document.h"
#include "core/models/dcf/dcfbinding.h"

namespace valor {

void printDcfTable(const ScenarioDocument& doc, const DcfEvaluation& evaluation, std::ostream& out);

}  // namespace valor
