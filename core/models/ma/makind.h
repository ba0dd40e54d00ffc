#pragma once
// The M&A as a model kind (`model: "ma"`): merger consequences — accretion/dilution, the
// purchase price allocation, synergies, ownership and contribution.
#include <memory>

#include "core/models/ma/mabinding.h"
#include "core/models/modelkind.h"

namespace valor {

std::unique_ptr<ModelKind> makeMaKind();

// The M&A detail of an evaluation of an ma scenario.
const MaEvaluation& maEvaluationOf(const Evaluation& evaluation);

}  // namespace valor
