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
// The grid's output, base value and axes; the cells follow as rows (gridRowsJsonText).
nlohmann::ordered_json gridToJson(const ValuationModel& model, OutputIndex output,
                                  const SensitivityGrid& grid);
// Writes the cells as a JSON array of rows, one row a line, each line after `indent`: a
// 200 × 200 grid as 40,000 tree nodes of one line each was most of `valor-cli sensitivity`'s
// time and a 1 MB file. Numbers in their shortest round-trip form, null where a cell has none.
void writeGridRowsJson(std::ostream& out, const SensitivityGrid& grid, const std::string& indent);
nlohmann::ordered_json tornadoToJson(const ValuationModel& model, OutputIndex output,
                                     const Tornado& tornado, double change,
                                     std::span<const double> spiderChanges,
                                     const std::vector<SpiderLine>& spider);
nlohmann::ordered_json goalSeekToJson(const ValuationModel& model, OutputIndex output,
                                      double target, const GoalSeekResult& result);

}  // namespace valor
