#pragma once
// The DCF as a model kind: the one place that wires the DCF's schema, template, binding, engine,
// JSON, table and analytics adapter into the registry.
#include <memory>

#include "core/models/modelkind.h"

namespace valor {

std::unique_ptr<ModelKind> makeDcfKind();

struct DcfEvaluation;
// The DCF's own result inside an evaluation of a DCF scenario (the DCF's views use it).
const DcfEvaluation& dcfEvaluationOf(const Evaluation& evaluation);

}  // namespace valor
