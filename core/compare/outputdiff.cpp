#include "core/compare/outputdiff.h"

#include <algorithm>
#include <cmath>

namespace valor {

std::optional<double> OutputRow::change(std::size_t i) const {
  if (i >= values.size() || !values[i] || !values.front()) return std::nullopt;
  return *values[i] - *values.front();
}

std::optional<double> OutputRow::relativeChange(std::size_t i) const {
  const auto delta = change(i);
  if (!delta || *values.front() == 0) return std::nullopt;
  return *delta / std::abs(*values.front());
}

std::vector<OutputRow> compareOutputs(const std::vector<const Evaluation*>& evaluations) {
  std::vector<OutputRow> rows;
  for (std::size_t s = 0; s < evaluations.size(); ++s) {
    for (const NamedOutput& out : evaluations[s]->outputs) {
      auto row = std::find_if(rows.begin(), rows.end(),
                              [&](const OutputRow& r) { return r.key == out.key; });
      if (row == rows.end()) {
        rows.push_back({out.key, out.unit, std::vector<std::optional<double>>(evaluations.size())});
        row = rows.end() - 1;
      }
      if (evaluations[s]->valued) row->values[s] = out.value;
    }
  }
  for (OutputRow& row : rows)
    row.shared = std::all_of(evaluations.begin(), evaluations.end(),
                             [&](const Evaluation* e) { return e->output(row.key) != nullptr; });
  std::stable_partition(rows.begin(), rows.end(), [](const OutputRow& r) { return r.shared; });
  return rows;
}

}  // namespace valor
