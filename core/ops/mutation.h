#pragma once
// A mutation is one user intent ("set WACC to 9 %", "add an option tranche"): a batch of ops on
// one scenario's entities. Nothing else changes a document. Every op carries what it replaces,
// so a mutation can be inverted (undo) exactly, checked against the document it is applied to
// (a stale edit is refused rather than silently overwriting), and shown in history as
// before → after.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"

namespace valor {

enum class OpKind { Create, Set, Move, Delete };

struct Op {
  OpKind kind = OpKind::Set;
  Id entity;
  // Set: one field, or one year of a per-year field. An empty optional means "absent".
  std::string field;
  std::optional<Year> year;
  std::optional<Value> value;
  std::optional<Value> previous;
  // Create: the new entity. Delete: the entity as it was.
  std::optional<Entity> snapshot;
  // Move: a list member's new and previous order keys.
  std::string order;
  std::string previousOrder;

  friend bool operator==(const Op&, const Op&) = default;
};

// What a change was, as a stable code and its parameters (code "set_field", params
// {"dcf.discount_rate.wacc"}), so that every reader sees it in their own language. Empty for a
// change described only in words (a patch from valor-cli): its `label` is what is shown.
struct LabelCode {
  std::string code;
  std::vector<std::string> params;

  bool empty() const { return code.empty(); }
  friend bool operator==(const LabelCode&, const LabelCode&) = default;
};

struct Mutation {
  Id id;
  std::string author;
  std::int64_t clientTimeMs = 0;  // from the injected clock, milliseconds since 1970 UTC
  std::int64_t baseRevision = 0;  // the scenario revision the author saw
  std::string label;              // e.g. "Set WACC": for readers that do not know labelCode
  LabelCode labelCode;
  std::vector<Op> ops;

  friend bool operator==(const Mutation&, const Mutation&) = default;
};

// Applies every op or none. Fails with a clear error naming the op when the mutation would
// break the document's structure: an unknown entity, field or slot, a value of the wrong type,
// a duplicate ID, an orphaned child, or a `previous` that is not the document's current value
// (the mutation is stale). Values outside their plausible range are allowed; validation
// reports them, as a spreadsheet keeps a typo and flags it.
Result<ScenarioDocument> applyMutation(const ScenarioDocument& doc, const Mutation& mutation);

// Why a value `m` brings in breaks the text rules of its field (core/model/textrules.h), or
// nothing. Checked where new changes enter (Workspace::commit); history stored before the
// rules replays without it.
std::optional<std::string> newTextProblem(const ScenarioDocument& before, const Mutation& m);

// The mutation that undoes `m`: ops reversed, each with new and previous swapped.
Mutation invertMutation(const Mutation& m, Id id, std::string author, std::int64_t clientTimeMs,
                        std::int64_t baseRevision);

// Ops that turn `from` into `to` (parents created before children, children deleted first).
// Restoring a past revision and the field-level diff both use it.
std::vector<Op> diffDocuments(const ScenarioDocument& from, const ScenarioDocument& to);

// The ops that create `doc` from nothing (its first mutation).
std::vector<Op> creationOps(const ScenarioDocument& doc);

// Builds a Set op with `previous` taken from the document.
Op setFieldOp(const ScenarioDocument& doc, const Id& entity, std::string field,
              std::optional<Value> value, std::optional<Year> year = std::nullopt);

const char* opKindName(OpKind kind);
// Where an op acts, as a scenario-file path ("dcf.terminal_value.growth",
// "dcf.ebit_margin.values.2027", "dcf.equity_bridge.options[1]"); entity paths are looked up in
// `doc` (or the op's snapshot).
std::string opPath(const ScenarioDocument& doc, const Op& op);

}  // namespace valor
