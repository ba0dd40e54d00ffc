#pragma once
// A real option's underlying taken from another scenario of the workspace: the enterprise value
// a DCF (or any kind that reports one) gives, copied into underlying.value with where it came
// from in underlying.source. A copy, not a live link: the option's file stays whole on its own,
// and the source says which revision the number is from, so a stale copy is visible.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor {

struct UnderlyingFromScenario {
  double value = 0;    // in the option scenario's money unit
  std::string source;  // the text written to underlying.source
  std::vector<Op> ops;
  LabelCode label;        // "underlying_from_scenario" {source name}
  std::string labelText;  // its English words
};

// Fails naming why: `option` is not a real_option scenario; `source` cannot be valued (its first
// error) or reports no enterprise value, or one that is not above zero; the two scenarios are in
// different currencies (a money unit is converted: thousands to millions).
Result<UnderlyingFromScenario> underlyingFromScenario(const ScenarioDocument& option,
                                                      const ScenarioDocument& source,
                                                      std::int64_t sourceRevision);

}  // namespace valor
