#pragma once
// The value bridge from scenario A to scenario B of one model kind: the change in an output
// attributed to each group of changed inputs (the kind's InputGroups). A state "A with B's
// groups S" is A's document with the fields and list members of those groups taken from B,
// valued by the kind itself, so the bridge holds for any change the kind can value.
//
// Two attributions, both exact in that the steps add up to v(B) − v(A):
// - sequential: group after group in a stated order; step k = v(S_k) − v(S_{k−1}).
// - Shapley (Shapley 1953): each group's marginal effect averaged over every order,
//   φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)); exact over all 2^n states up
//   to kMaxExactShapleyGroups groups, above that averaged over sampled orders (each order's
//   steps sum to the total, so the sum stays exact) with each value's standard error stated.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/compare/inputdiff.h"
#include "core/model/document.h"

namespace valor {

namespace jobs {
class ThreadPool;
}

enum class BridgeMethod { Sequential, Shapley };

inline constexpr std::size_t kMaxExactShapleyGroups = 10;

struct BridgeOptions {
  std::string output;  // an output key; empty: the kind's first analytics output
  BridgeMethod method = BridgeMethod::Sequential;
  // Group keys in the order the sequential bridge takes them; changed groups left out follow
  // in the kind's order. Empty: the kind's order.
  std::vector<std::string> order;
  std::size_t maxExactGroups = kMaxExactShapleyGroups;  // Shapley samples orders above this
  std::size_t sampledOrders = 4000;
  std::uint64_t seed = 1;
  // Exact Shapley values its 2^n states on these threads when given (else on the caller's).
  jobs::ThreadPool* pool = nullptr;
};

// A change in the history behind a step (bridges between two states of one scenario).
struct BridgeHistoryEntry {
  std::int64_t revision = 0;
  std::int64_t committedMs = 0;
  std::string author;
  std::string label;
};

struct BridgeStep {
  std::string group;  // InputGroup key
  std::string label;  // English
  double change = 0;
  double standardError = 0;      // sampled Shapley only
  std::vector<InputRow> fields;  // the group's changed fields: values[0] in A, values[1] in B
  std::vector<BridgeHistoryEntry> history;  // filled by attributeHistory (bridgehistory.h)
};

struct ValueBridge {
  std::string output;
  std::string unit;
  BridgeMethod method = BridgeMethod::Sequential;
  bool exact = true;              // false for sampled Shapley
  std::size_t sampledOrders = 0;  // when not exact
  std::size_t evaluations = 0;    // states valued
  double from = 0;                // v(A)
  double to = 0;                  // v(B)
  std::vector<BridgeStep> steps;
  // Changed fields outside the model block (name, notes, Monte Carlo settings): they do not
  // move the value and belong to no step.
  std::vector<InputRow> otherChanges;
};

Result<ValueBridge> valueBridge(const ScenarioDocument& a, const ScenarioDocument& b,
                                const BridgeOptions& options);

const char* bridgeMethodName(BridgeMethod method);
std::optional<BridgeMethod> bridgeMethodFromName(const std::string& name);

}  // namespace valor
