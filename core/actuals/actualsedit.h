#pragma once
// Changes to a scenario's actuals block, made on a draft of the whole scenario and turned into
// the ops of one mutation. A scenario without actuals gets the block created empty and then
// filled, so the history shows each line's figures rather than only "added". Used by the import
// and by figures typed in the desktop.
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/id.h"
#include "core/ops/mutation.h"

namespace valor {

class ActualsDraft {
 public:
  ActualsDraft(const ScenarioDocument& doc, const IdGenerator& newId);

  // The block in the draft, to change freely.
  Entity& block() { return draft_.entities[index_]; }
  const ScenarioDocument& draft() const { return draft_; }
  // The draft's actuals as ops on the original, or the block's schema errors (a figure out of
  // its line's range, a source too long), all of them.
  Result<std::vector<Op>> ops() const;

 private:
  const ScenarioDocument& original_;
  ScenarioDocument draft_;
  std::size_t index_ = 0;
  bool created_ = false;
};

// One year of a line typed over (a value) or cleared (nothing). The line's source then says
// that figures were typed, keeping a file it came from named.
Result<std::vector<Op>> typedActualOps(const ScenarioDocument& doc, const std::string& line,
                                       Year year, std::optional<double> value,
                                       const IdGenerator& newId);

}  // namespace valor
