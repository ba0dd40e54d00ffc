#pragma once
// Human-readable output of a DCF evaluation for a terminal.
#include <iosfwd>

#include "finance/dcfbinding.h"
#include "model/document.h"

namespace valor::cli {

void printDcfTable(const ScenarioDocument& doc, const DcfEvaluation& evaluation, std::ostream& out);

}  // namespace valor::cli
