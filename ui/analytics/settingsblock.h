#pragma once
// A scenario's analytics settings (the "monte_carlo" and "sensitivity" blocks) are entities like
// any other, changed by mutations so they have history and undo. These build the ops: the block
// is created by the first change that needs it.
#include <optional>
#include <string>
#include <vector>

#include "core/ops/mutation.h"
#include "ui/document/document.h"

namespace valor::ui {

// The scenario's block in `slot` (its type has the same name), or nothing.
const Entity* settingsBlock(const Document& document, const std::string& slot);
// Nothing when the block exists (its ID in `holder`); else the op that creates it, whose ID is
// then in `holder`.
std::vector<Op> settingsBlockOps(const Document& document, const std::string& slot, Id& holder);
// The op that sets `field` of the block `holder` (`block` when it exists) to `value` (empty:
// absent); nothing when it already holds that.
std::optional<Op> settingChange(const Entity* block, const Id& holder, const std::string& field,
                                std::optional<Value> value);

}  // namespace valor::ui
