#pragma once
// Undo in a shared scenario undoes only the analyst's own changes. A field a colleague has set
// since the edit being undone is not reverted over their work, nor is the undo silently
// dropped: it becomes a conflict for review (yours: the value the undo would restore; theirs:
// the colleague's; base: what the edit had set), and Keep Mine applies it as a new edit.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"
#include "core/store/syncrecord.h"
#include "core/store/workspace.h"

namespace valor {

struct UndoSplit {
  std::vector<Op> own;  // still as the edit left them: undone
  // (A field a colleague has since set to the very value the undo restores is in neither.)
  std::vector<ConflictRecord> conflicts;  // changed by someone since: kept for review
};

// `undo`: the inverted ops of the edit; `current`: the scenario as stored now; `recent`: its
// newest history, to name who set each value since (entries in revision order). Without
// conflicts, `own` is the whole undo. Fails when the undo cannot apply at all (an entity gone).
Result<UndoSplit> splitUndo(const ScenarioDocument& current, const std::vector<Op>& undo,
                            const std::vector<HistoryEntry>& recent, const std::string& author,
                            std::int64_t nowMs);

}  // namespace valor
