#include "core/compare/bridge.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/jobs/threadpool.h"
#include "core/model/schema.h"
#include "core/models/registry.h"

namespace valor {
namespace {

constexpr std::size_t kMaxGroups = 62;  // states are bit masks

// True when `path` (inside the block) is `prefix` or lies under it.
bool covers(std::string_view path, std::string_view prefix) {
  if (!path.starts_with(prefix)) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

std::string firstSegment(std::string_view path) {
  return std::string(path.substr(0, path.find_first_of(".[")));
}

struct ChangedGroup {
  InputGroup group;
  std::vector<InputRow> fields;
};

// The groups with a changed field, the kind's in its order, then groups of their own.
std::vector<ChangedGroup> changedGroups(const ModelKind& kind, const std::vector<InputRow>& rows,
                                        std::vector<InputRow>& otherChanges) {
  std::vector<ChangedGroup> groups;
  for (InputGroup& g : kind.inputGroups()) groups.push_back({std::move(g), {}});
  const std::string block = kind.id() + ".";
  for (const InputRow& row : rows) {
    if (!row.changed) continue;
    if (!row.path.starts_with(block)) {
      otherChanges.push_back(row);
      continue;
    }
    const std::string_view inBlock = std::string_view(row.path).substr(block.size());
    auto owner = std::find_if(groups.begin(), groups.end(), [&](const ChangedGroup& g) {
      return std::any_of(g.group.prefixes.begin(), g.group.prefixes.end(),
                         [&](const std::string& p) { return covers(inBlock, p); });
    });
    if (owner == groups.end()) {
      const std::string own = firstSegment(inBlock);
      groups.push_back({{own, own, {own}}, {}});
      owner = groups.end() - 1;
    }
    owner->fields.push_back(row);
  }
  std::erase_if(groups, [](const ChangedGroup& g) { return g.fields.empty(); });
  return groups;
}

const Entity* blockOf(const ScenarioDocument& doc, const std::string& kind) {
  return doc.entities.empty() ? nullptr : doc.child(doc.root(), kind);
}

// The IDs of `roots` and everything under them.
std::set<Id> subtree(const ScenarioDocument& doc, std::set<Id> ids) {
  for (bool grew = true; grew;) {
    grew = false;
    for (const Entity& e : doc.entities)
      if (!ids.count(e.id) && ids.count(e.parent)) grew = ids.insert(e.id).second;
  }
  return ids;
}

// Builds and values the states "A with B's groups in `mask`".
class States {
 public:
  States(const ScenarioDocument& a, const ScenarioDocument& b, const std::string& kind,
         const std::vector<ChangedGroup>& groups, std::string output)
      : a_(a), groups_(groups), output_(std::move(output)) {
    const Id aBlock = blockOf(a, kind)->id;
    const Entity* bBlock = blockOf(b, kind);
    blockIndex_ =
        static_cast<std::size_t>(std::find_if(a.entities.begin(), a.entities.end(),
                                              [&](const Entity& e) { return e.id == aBlock; }) -
                                 a.entities.begin());
    // What each group swaps, found once: A's fields and child entities under its prefixes go,
    // B's come in (the block's direct children re-parented onto A's block).
    for (const ChangedGroup& g : groups) {
      Swap swap;
      const auto underGroup = [&](std::string_view name) {
        return std::any_of(g.group.prefixes.begin(), g.group.prefixes.end(),
                           [&](const std::string& p) { return covers(name, p); });
      };
      for (const auto& [name, value] : a.entities[blockIndex_].fields)
        if (underGroup(name)) swap.dropFields.push_back(name);
      for (const auto& [name, value] : bBlock->fields)
        if (underGroup(name)) swap.takeFields.emplace_back(name, value);
      std::set<Id> dropped, taken;
      for (const Entity& e : a.entities)
        if (e.parent == aBlock && underGroup(e.slot)) dropped.insert(e.id);
      swap.dropEntities = subtree(a, std::move(dropped));
      for (const Entity& e : b.entities)
        if (e.parent == bBlock->id && underGroup(e.slot)) taken.insert(e.id);
      taken = subtree(b, std::move(taken));
      for (const Entity& e : b.entities) {
        if (!taken.count(e.id)) continue;
        Entity copy = e;
        if (copy.parent == bBlock->id) copy.parent = aBlock;
        swap.takeEntities.push_back(std::move(copy));
      }
      swaps_.push_back(std::move(swap));
    }
  }

  std::size_t evaluations() const { return evaluations_; }

  Result<double> value(std::uint64_t mask) {
    if (auto hit = cache_.find(mask); hit != cache_.end()) return hit->second;
    auto computed = compute(mask);
    ++evaluations_;
    if (computed) cache_.emplace(mask, computed.value());
    return computed;
  }

  // Values the states [0, count) on the pool's threads into the cache; the first state that
  // cannot be valued (lowest mask) is the error.
  Status valueAll(std::uint64_t count, jobs::ThreadPool& pool) {
    std::vector<std::optional<Result<double>>> results(count);
    pool.parallelFor(count, 8, [&](std::size_t begin, std::size_t end) {
      for (std::size_t mask = begin; mask < end; ++mask) results[mask] = compute(mask);
    });
    evaluations_ += count;
    for (std::uint64_t mask = 0; mask < count; ++mask) {
      if (!*results[mask]) return results[mask]->error();
      cache_.emplace(mask, results[mask]->value());
    }
    return std::monostate{};
  }

 private:
  struct Swap {
    std::vector<std::string> dropFields;
    std::vector<std::pair<std::string, Value>> takeFields;
    std::set<Id> dropEntities;
    std::vector<Entity> takeEntities;
  };

  Result<double> compute(std::uint64_t mask) const {
    const Evaluation evaluation = evaluateScenario(mix(mask));
    const NamedOutput* out = evaluation.output(output_);
    if (!evaluation.valued || !out || !out->value) return notValued(mask, evaluation.issues);
    return *out->value;
  }

  ScenarioDocument mix(std::uint64_t mask) const {
    ScenarioDocument doc = a_;
    // Fields first: removing entities below may move the block within the vector.
    std::map<std::string, Value>& fields = doc.entities[blockIndex_].fields;
    for (std::size_t g = 0; g < swaps_.size(); ++g) {
      if (!(mask >> g & 1)) continue;
      for (const std::string& name : swaps_[g].dropFields) fields.erase(name);
      for (const auto& [name, value] : swaps_[g].takeFields) fields[name] = value;
    }
    for (std::size_t g = 0; g < swaps_.size(); ++g) {
      if (!(mask >> g & 1)) continue;
      const Swap& swap = swaps_[g];
      if (!swap.dropEntities.empty())
        std::erase_if(doc.entities,
                      [&](const Entity& e) { return swap.dropEntities.count(e.id) > 0; });
      doc.entities.insert(doc.entities.end(), swap.takeEntities.begin(), swap.takeEntities.end());
    }
    return doc;
  }

  Error notValued(std::uint64_t mask, const Issues& issues) const {
    std::string what;
    if (mask == 0) {
      what = "scenario A";
    } else {
      std::string labels;
      for (std::size_t g = 0; g < groups_.size(); ++g)
        if (mask >> g & 1) labels += (labels.empty() ? "" : ", ") + groups_[g].group.label;
      what = "scenario A with B's " + labels;
    }
    const auto first = std::find_if(issues.begin(), issues.end(),
                                    [](const Issue& i) { return i.severity == Severity::Error; });
    Error error{
        "compare.state_not_valued",
        what + " cannot be valued" +
            (first != issues.end() ? ": " + first->message : " (" + output_ + " has no value)"),
        first != issues.end() ? first->path : output_};
    if (first != issues.end()) error.issues = {*first};
    return error;
  }

  const ScenarioDocument& a_;
  const std::vector<ChangedGroup>& groups_;
  std::string output_;
  std::size_t blockIndex_ = 0;  // A's block in a_.entities
  std::vector<Swap> swaps_;     // one per group
  std::unordered_map<std::uint64_t, double> cache_;
  std::size_t evaluations_ = 0;
};

Result<std::vector<std::size_t>> stepOrder(const std::vector<ChangedGroup>& groups,
                                           const std::vector<std::string>& wanted) {
  std::vector<std::size_t> order;
  for (const std::string& key : wanted) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const ChangedGroup& g) { return g.group.key == key; });
    if (it == groups.end()) continue;  // a group this pair does not change
    const auto index = static_cast<std::size_t>(it - groups.begin());
    if (std::find(order.begin(), order.end(), index) != order.end())
      return Error{"compare.bad_order", "the bridge order names " + key + " twice", key};
    order.push_back(index);
  }
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (std::find(order.begin(), order.end(), g) == order.end()) order.push_back(g);
  return order;
}

// Takes the groups in `order` one after another from A towards B; `step(g, change)` gets each.
template <typename StepFn>
Status walk(States& states, const std::vector<std::size_t>& order, StepFn step) {
  auto previous = states.value(0);
  if (!previous) return previous.error();
  std::uint64_t mask = 0;
  for (std::size_t g : order) {
    mask |= std::uint64_t{1} << g;
    auto current = states.value(mask);
    if (!current) return current.error();
    step(g, current.value() - previous.value());
    previous = current;
  }
  return std::monostate{};
}

Status sequential(States& states, const std::vector<std::size_t>& order,
                  std::vector<double>& change) {
  return walk(states, order, [&](std::size_t g, double step) { change[g] = step; });
}

Status exactShapley(States& states, std::size_t n, jobs::ThreadPool* pool,
                    std::vector<double>& change) {
  // weight[s] = s!(n−s−1)!/n!, the share of orders in which a group follows exactly s others.
  std::vector<double> weight(n);
  for (std::size_t s = 0; s < n; ++s)
    weight[s] = std::exp(std::lgamma(double(s + 1)) + std::lgamma(double(n - s)) -
                         std::lgamma(double(n + 1)));
  const std::uint64_t stateCount = std::uint64_t{1} << n;
  if (pool)
    if (auto all = states.valueAll(stateCount, *pool); !all) return all.error();
  std::vector<double> v(stateCount);
  for (std::uint64_t mask = 0; mask < stateCount; ++mask) {
    auto value = states.value(mask);
    if (!value) return value.error();
    v[mask] = value.value();
  }
  for (std::size_t g = 0; g < n; ++g) {
    const std::uint64_t bit = std::uint64_t{1} << g;
    double sum = 0;
    for (std::uint64_t mask = 0; mask < stateCount; ++mask)
      if (!(mask & bit))
        sum += weight[static_cast<std::size_t>(std::popcount(mask))] * (v[mask | bit] - v[mask]);
    change[g] = sum;
  }
  return std::monostate{};
}

Status sampledShapley(States& states, std::size_t n, const BridgeOptions& options,
                      std::vector<double>& change, std::vector<double>& standardError) {
  std::mt19937_64 random(options.seed);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::vector<double> sum(n, 0), sumSquares(n, 0);
  const std::size_t orders = std::max<std::size_t>(options.sampledOrders, 2);
  for (std::size_t k = 0; k < orders; ++k) {
    std::shuffle(order.begin(), order.end(), random);
    const Status walked = walk(states, order, [&](std::size_t g, double step) {
      sum[g] += step;
      sumSquares[g] += step * step;
    });
    if (!walked) return walked;
  }
  const double m = double(orders);
  for (std::size_t g = 0; g < n; ++g) {
    change[g] = sum[g] / m;
    const double variance = std::max(0.0, (sumSquares[g] - m * change[g] * change[g]) / (m - 1));
    standardError[g] = std::sqrt(variance / m);
  }
  return std::monostate{};
}

const char* kindName(const ScenarioDocument& doc) {
  const std::string* model = doc.entities.empty() ? nullptr : doc.root().text("model");
  return model ? model->c_str() : "(none)";
}

}  // namespace

const char* bridgeMethodName(BridgeMethod method) {
  return method == BridgeMethod::Shapley ? "shapley" : "sequential";
}

std::optional<BridgeMethod> bridgeMethodFromName(const std::string& name) {
  if (name == "sequential") return BridgeMethod::Sequential;
  if (name == "shapley") return BridgeMethod::Shapley;
  return std::nullopt;
}

Result<ValueBridge> valueBridge(const ScenarioDocument& a, const ScenarioDocument& b,
                                const BridgeOptions& options) {
  const ModelKind* kind = modelKindOf(a);
  if (!kind || kind != modelKindOf(b) || !blockOf(a, kind->id()) || !blockOf(b, kind->id()))
    return Error{"compare.kinds_differ",
                 std::string("a value bridge needs two scenarios of one model kind (A is ") +
                     kindName(a) + ", B is " + kindName(b) + ")",
                 "model"};
  const EntitySchema* root = entitySchema("scenario");
  for (const char* field : {"currency", "unit"}) {
    // Effective values: a scenario that leaves the currency out states it in the default.
    const FieldSpec* spec = root ? root->field(field) : nullptr;
    const Value* inA = spec ? fieldOrDefault(a.root(), *spec) : a.root().field(field);
    const Value* inB = spec ? fieldOrDefault(b.root(), *spec) : b.root().field(field);
    if ((inA == nullptr) != (inB == nullptr) || (inA && *inA != *inB))
      return Error{
          "compare.units_differ",
          std::string("A and B state money in a different ") + field + ": a bridge would mix them",
          field};
  }

  ValueBridge bridge;
  bridge.method = options.method;
  bridge.output = options.output.empty() ? kind->analyticsOutputs().front().key : options.output;
  const Evaluation evaluated = evaluateScenario(a);
  const NamedOutput* output = evaluated.output(bridge.output);
  if (!output) {
    std::string known;
    for (const NamedOutput& o : evaluated.outputs) known += (known.empty() ? "" : ", ") + o.key;
    return Error{
        "compare.unknown_output",
        "no output " + bridge.output + " in a " + kind->id() + " scenario (outputs: " + known + ")",
        bridge.output};
  }
  bridge.unit = output->unit;

  const std::vector<InputRow> rows = compareInputs({&a, &b});
  const std::vector<ChangedGroup> groups = changedGroups(*kind, rows, bridge.otherChanges);
  if (groups.size() > kMaxGroups)
    return Error{"compare.too_many_groups", "too many changed input groups for a bridge", ""};
  const std::size_t n = groups.size();
  States states(a, b, kind->id(), groups, bridge.output);

  auto order = stepOrder(groups, options.order);
  if (!order) return order.error();
  std::vector<double> change(n, 0), standardError(n, 0);
  Status done = std::monostate{};
  if (options.method == BridgeMethod::Sequential) {
    done = sequential(states, order.value(), change);
  } else if (n <= std::min(options.maxExactGroups, kMaxExactShapleyGroups)) {
    done = exactShapley(states, n, options.pool, change);
  } else {
    done = sampledShapley(states, n, options, change, standardError);
    bridge.exact = false;
    bridge.sampledOrders = std::max<std::size_t>(options.sampledOrders, 2);
  }
  if (!done) return done.error();
  auto from = states.value(0);
  if (!from) return from.error();
  auto to = states.value((n == 64 ? 0 : std::uint64_t{1} << n) - 1);
  if (!to) return to.error();
  bridge.from = from.value();
  bridge.to = to.value();
  bridge.evaluations = states.evaluations();
  for (std::size_t g : order.value())
    bridge.steps.push_back({groups[g].group.key,
                            groups[g].group.label,
                            change[g],
                            standardError[g],
                            groups[g].fields,
                            {}});
  return bridge;
}

}  // namespace valor
