#pragma once
// A series in natural logs, as the airline model and its references take the passengers: shared
// by the forecast tests and benchmarks so both fit the same values.
#include <cmath>
#include <string>

#include "core/analytics/forecast/series.h"

namespace valor::testing {

inline forecast::Series inLogs(forecast::Series series, std::string name) {
  series.name = std::move(name);
  for (double& v : series.values) v = std::log(v);
  return series;
}

}  // namespace valor::testing
