#pragma once
// Who changed what behind a bridge between two states of one scenario: each step lists the
// history entries between the two revisions whose changes touch the step's fields.
#include <cstdint>

#include "core/common/result.h"
#include "core/compare/bridge.h"
#include "core/store/workspace.h"

namespace valor {

// The entries after the earlier of the two revisions, up to the later one.
Status attributeHistory(Workspace& ws, const Id& scenario, std::int64_t fromRevision,
                        std::int64_t toRevision, ValueBridge& bridge);

}  // namespace valor
