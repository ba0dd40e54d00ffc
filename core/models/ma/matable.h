#pragma once
// Human-readable output of an M&A evaluation for a terminal (`valor-cli evaluate --format
// table`): the offer and its funding, the allocation, accretion/dilution per year and its
// sources, ownership and contribution.
#include <iosfwd>

#include "core/model/document.h"
#include "core/models/ma/mabinding.h"

namespace valor {

void printMaTable(const ScenarioDocument& doc, const MaEvaluation& evaluation, std::ostream& out);

}  // namespace valor
