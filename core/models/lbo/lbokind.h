#pragma once
// The LBO as a model kind: the one place that wires the LBO's schema, template, binding, engine,
// JSON and analytics adapter into the registry.
#include <memory>

#include "core/models/modelkind.h"

namespace valor {

std::unique_ptr<ModelKind> makeLboKind();

struct LboEvaluation;
// The LBO's own result inside an evaluation of an LBO scenario (the LBO's views use it).
const LboEvaluation& lboEvaluationOf(const Evaluation& evaluation);

}  // namespace valor
