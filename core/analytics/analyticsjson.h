#pragma once
// The JSON form of analytics results, shared by valor-cli and exports. Keys are stable; money
// and per-share values are in the scenario's units, rates as decimals. A value that could not
// be computed is null, never a number.
#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"

namespace valor {

nlohmann::ordered_json monteCarloToJson(const PreparedMonteCarlo& prepared,
                                        const MonteCarloResult& result);
nlohmann::ordered_json gridToJson(const ValuationModel& model, OutputIndex output,
                                  const SensitivityGrid& grid);
nlohmann::ordered_json tornadoToJson(const ValuationModel& model, OutputIndex output,
                                     const Tornado& tornado, double change,
                                     std::span<const double> spiderChanges,
                                     const std::vector<SpiderLine>& spider);
nlohmann::ordered_json goalSeekToJson(const ValuationModel& model, OutputIndex output,
                                      double target, const GoalSeekResult& result);

}  // namespace valor
