#pragma once
// Human-readable output of a DCF evaluation for a terminal.
#include <iosfwd>

#include "core/finance/dcfbinding.h"
#include "core/model/document.h"

namespace valor::cli {

void printDcfTable(const ScenarioDocument& doc, const DcfEvaluation& evaluation, std::ostream& out);

}  // namespace valor::cli
