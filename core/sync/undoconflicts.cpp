#include "core/sync/undoconflicts.h"

#include <algorithm>

#include "core/ops/rebase.h"

namespace valor {
namespace {

// The newest entry of `recent` that set the op's field (and year).
const HistoryEntry* lastSetter(const std::vector<HistoryEntry>& recent, const Op& op) {
  for (auto it = recent.rbegin(); it != recent.rend(); ++it)
    for (const Op& o : it->mutation.ops)
      if (o.kind == OpKind::Set && o.entity == op.entity && o.field == op.field &&
          o.year == op.year)
        return &*it;
  return nullptr;
}

}  // namespace

Result<UndoSplit> splitUndo(const ScenarioDocument& current, const std::vector<Op>& undo,
                            const std::vector<HistoryEntry>& recent, const std::string& author,
                            std::int64_t nowMs) {
  Mutation probe;
  probe.ops = undo;
  auto rebased = rebaseMutation(current, probe);
  if (!rebased) return rebased.error();
  const auto& overwritten = rebased.value().overwritten;
  UndoSplit split;
  // Only a field's value makes a conflict to review; an undo that would re-create or remove
  // something a colleague changed since is left to be refused as stale, whole.
  for (const std::size_t i : overwritten)
    if (undo[i].kind != OpKind::Set) {
      split.own = undo;
      return split;
    }
  for (std::size_t i = 0; i < undo.size(); ++i) {
    const Op& op = rebased.value().mutation.ops[i];
    if (std::find(overwritten.begin(), overwritten.end(), i) == overwritten.end()) {
      split.own.push_back(undo[i]);
      continue;
    }
    if (op.previous == op.value) continue;  // a colleague has set what the undo would restore
    ConflictRecord c;
    c.kind = ConflictRecord::Kind::Overwritten;
    c.field = opPath(current, op);
    c.mine = op.value;          // what the undo would restore
    c.theirs = op.previous;     // the colleague's value, as stored now
    c.base = undo[i].previous;  // what the edit had set
    c.myAuthor = author;
    c.myTimeMs = nowMs;
    if (const HistoryEntry* setter = lastSetter(recent, op)) {
      c.theirAuthor = setter->mutation.author;
      c.theirTimeMs = setter->committedMs;
    }
    split.conflicts.push_back(std::move(c));
  }
  return split;
}

}  // namespace valor
