#pragma once
// Rebasing a mutation onto a newer document: the rule that makes concurrent editing
// server-authoritative (docs/sync-protocol.md). Each field is last-writer-wins in the order the
// server applies mutations, so an edit made on an older revision still applies to a field that
// someone else has changed since: its `previous` becomes the value it now replaces, and the op
// is reported as overwriting that value (the author's client keeps a conflict record; not for
// the name of the last version saved, core/model/scenariomarks.h). An op
// whose entity no longer exists, or that would create one that exists already, cannot be
// rebased: the whole mutation is refused with the reason, never half-applied.
#include <cstddef>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/ops/mutation.h"

namespace valor {

struct RebasedMutation {
  Mutation mutation;                     // the ops with `previous` as in the document
  std::vector<std::size_t> overwritten;  // indices of ops that replace someone else's value
};

// "mutation.rejected" with the op and the reason when an op has nothing to act on.
Result<RebasedMutation> rebaseMutation(const ScenarioDocument& doc, const Mutation& m);

}  // namespace valor
