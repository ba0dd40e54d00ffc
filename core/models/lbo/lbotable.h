#pragma once
// Human-readable output of an LBO evaluation for a terminal (`valor-cli evaluate --format
// table`): returns, sources and uses, the attribution, the debt schedule and the credit
// statistics.
#include <iosfwd>

#include "core/model/document.h"
#include "core/models/lbo/lbobinding.h"

namespace valor {

void printLboTable(const ScenarioDocument& doc, const LboEvaluation& evaluation, std::ostream& out);

}  // namespace valor
