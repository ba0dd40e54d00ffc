#pragma once
// Scenarios' named outputs side by side, with each scenario's change from the first (the
// base). Scenarios of different kinds share some outputs (value per share, enterprise value):
// those come first, then each kind's own.
#include <optional>
#include <string>
#include <vector>

#include "core/models/evaluation.h"

namespace valor {

struct OutputRow {
  std::string key;
  std::string unit;
  std::vector<std::optional<double>> values;  // one per scenario
  bool shared = false;                        // every scenario has this output
  // values[i] − values[0], and that over |values[0]|; none without both values (or for the
  // relative change, when the base is 0).
  std::optional<double> change(std::size_t i) const;
  std::optional<double> relativeChange(std::size_t i) const;
};

std::vector<OutputRow> compareOutputs(const std::vector<const Evaluation*>& evaluations);

}  // namespace valor
