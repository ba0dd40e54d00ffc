#pragma once
// Scenarios' inputs side by side, by the field paths of the scenario file. Every field is
// compared at its effective value (its schema default when the file leaves it out), so a field
// written out in one scenario and left at its default in another is not a difference. Per-year
// values compare year by year ("dcf.ebit_margin.values.2027"). Works for any model kind: the
// schema drives the walk.
#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace valor {

// A number, a text (choices, dates, names) or a flag; never a YearMap (expanded by year).
using InputValue = Value;

struct InputLeaf {
  std::string path;  // "dcf.discount_rate.wacc", "dcf.equity_bridge.options[1].strike"
  std::string unit;  // the field's unit ("rate", "money", ...), empty for text and flags
  InputValue value;
};

// The scenario's inputs in file order: root fields, then each block in schema order.
std::vector<InputLeaf> flattenInputs(const ScenarioDocument& doc);

struct InputRow {
  std::string path;
  std::string unit;
  std::vector<std::optional<InputValue>>
      values;            // one per scenario; none when it has no such field
  bool changed = false;  // not the same in every scenario
};

// The union of the scenarios' inputs, in file order (a path only some scenarios have sits
// where they have it).
std::vector<InputRow> compareInputs(const std::vector<const ScenarioDocument*>& docs);

// "0.085", "per_year", "true": a leaf as the file writes it.
std::string inputValueText(const InputValue& value);

}  // namespace valor
