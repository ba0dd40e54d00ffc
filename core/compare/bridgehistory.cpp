#include "core/compare/bridgehistory.h"

#include <algorithm>
#include <string_view>

#include "core/ops/mutation.h"

namespace valor {
namespace {

// One path lies under the other: a field and its per-year value, a list and its member's field.
bool related(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return b.starts_with(a) && (b.size() == a.size() || b[a.size()] == '.' || b[a.size()] == '[');
}

bool touches(const std::vector<std::string>& opPaths, const BridgeStep& step) {
  return std::any_of(opPaths.begin(), opPaths.end(), [&](const std::string& op) {
    return std::any_of(step.fields.begin(), step.fields.end(),
                       [&](const InputRow& field) { return related(op, field.path); });
  });
}

}  // namespace

Status attributeHistory(Workspace& ws, const Id& scenario, std::int64_t fromRevision,
                        std::int64_t toRevision, ValueBridge& bridge) {
  const std::int64_t first = std::min(fromRevision, toRevision);
  const std::int64_t last = std::max(fromRevision, toRevision);
  auto before = ws.documentAt(scenario, first);
  if (!before) return before.error();
  auto log = ws.history(scenario, first);
  if (!log) return log.error();
  ScenarioDocument state = std::move(before).value();
  for (const HistoryEntry& entry : log.value()) {
    if (entry.revision > last) break;
    std::vector<std::string> paths;  // named in the state the change was made to
    for (const Op& op : entry.mutation.ops) paths.push_back(opPath(state, op));
    for (BridgeStep& step : bridge.steps)
      if (touches(paths, step))
        step.history.push_back(
            {entry.revision, entry.committedMs, entry.mutation.author, entry.mutation.label});
    auto next = applyMutation(state, entry.mutation);
    if (!next) return next.error();
    state = std::move(next).value();
  }
  return std::monostate{};
}

}  // namespace valor
