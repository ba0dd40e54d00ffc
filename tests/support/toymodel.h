#pragma once
// A model kind that exists only in the tests: a "toy" scenario whose value is
// numerator / denominator × (1 + growth), with outputs "value" and "doubled". Registered from a
// test, it proves that the generic code (registry, analytics, desktop) needs nothing of its own.
#include <memory>
#include <string>

#include "core/models/modelkind.h"

namespace valor::testing {

std::unique_ptr<ModelKind> makeToyKind();
// A toy scenario file with these values.
std::string toyJson(double numerator, double denominator, double growth);

}  // namespace valor::testing
