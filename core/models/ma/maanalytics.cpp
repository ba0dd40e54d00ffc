#include "core/models/ma/maanalytics.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/models/ma/mabinding.h"

namespace valor {
namespace {

// The full output list: accretion of years 1..5, then three more.
constexpr std::size_t kAccretionOutputs = kMaxMaYears;
constexpr std::size_t kProFormaEpsOutput = 5;
constexpr std::size_t kBreakevenOutput = 6;
constexpr std::size_t kGoodwillOutput = 7;

struct Prepared {
  MaInputs inputs;
  std::vector<MaLever> levers;
  std::optional<MaGrowth> growth[2];
  std::optional<StagedDriver> stagedPhaseIn;
  bool targetTaxFollowsAcquirer = false;
  std::vector<std::size_t> slots;  // model output k is full output slots[k]
};

class MaEvaluator final : public ModelEvaluator {
 public:
  explicit MaEvaluator(const Prepared& p) : p_(p), in_(p.inputs) {
    growth_[0] = p.growth[0];
    growth_[1] = p.growth[1];
    staged_ = p.stagedPhaseIn;
  }

  PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
    bool regrow[2] = {false, false};
    bool restage = false;
    for (std::size_t i = 0; i < p_.levers.size(); ++i) {
      const double v = values[i];
      const MaLever& lever = p_.levers[i];
      if (!std::isfinite(v) || !lever.bounds.contains(v))
        return {kPathOutOfRange, static_cast<int>(i)};
      if (lever.growthSide >= 0) {
        MaGrowth& g = *growth_[lever.growthSide];
        (lever.growthPart == 0 ? g.base : g.growth) = v;
        regrow[lever.growthSide] = true;
      } else if (lever.stage > 0) {
        (lever.stage == 1   ? staged_->stage1
         : lever.stage == 2 ? staged_->stage2
                            : staged_->stage3) = v;
        restage = true;
      } else if (lever.targetInterestRate) {
        in_.target.interestRate = v;
      } else if (lever.scalar) {
        lever.scalar(in_) = lever.complement ? 1 - v : v;
      } else if (lever.year >= 0) {
        lever.years(in_)[static_cast<std::size_t>(lever.year)] = v;
      } else {
        MaYears& all = lever.years(in_);
        std::fill(all.begin(), all.begin() + in_.years, v);
      }
    }
    if (regrow[0]) fillGrowth(*growth_[0], in_.years, in_.acquirer.netIncome);
    if (regrow[1]) fillGrowth(*growth_[1], in_.years, in_.target.netIncome);
    if (restage) fillStagedDriver(*staged_, in_.years, in_.phaseIn);
    if (p_.targetTaxFollowsAcquirer) in_.targetTaxRate = in_.taxRate;
    evaluateMa(in_, result_);
    switch (result_.failure) {
      case MaFailure::CashAboveBalance:
        return {MaPathFailure::CashAboveBalance, -1};
      case MaFailure::ZeroStandaloneEps:
      case MaFailure::NoProFormaShares:
        return {MaPathFailure::ZeroStandaloneEps, -1};
      case MaFailure::None:
        break;
    }
    OutputValues full{};
    if (!writeFull(result_, full)) return {MaPathFailure::NotFinite, -1};
    for (std::size_t k = 0; k < p_.slots.size(); ++k) out[k] = full[p_.slots[k]];
    return {};
  }

  static bool writeFull(const MaResult& r, OutputValues& full) {
    for (int t = 0; t < r.years; ++t)
      full[static_cast<std::size_t>(t)] = r.rows[static_cast<std::size_t>(t)].accretion;
    full[kProFormaEpsOutput] = r.rows[0].proFormaEps;
    full[kBreakevenOutput] = r.rows[0].breakevenSynergies;
    full[kGoodwillOutput] = r.ppa.goodwill;
    return std::all_of(full.begin(), full.end(), [](double v) { return std::isfinite(v); });
  }

 private:
  const Prepared& p_;
  MaInputs in_;
  std::optional<MaGrowth> growth_[2];
  std::optional<StagedDriver> staged_;
  MaResult result_;
};

class MaModel final : public ValuationModel {
 public:
  MaModel(Prepared prepared, std::vector<OutputSpec> outputs, std::vector<ModelInput> inputs,
          OutputValues base)
      : ValuationModel(std::move(outputs),
                       {"cash_above_balance", "zero_standalone_eps", "not_finite"}),
        prepared_(std::move(prepared)) {
    inputs_ = std::move(inputs);
    baseOutputs_ = base;
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<MaEvaluator>(prepared_);
  }

 private:
  Prepared prepared_;
};

}  // namespace

std::vector<OutputSpec> maAnalyticsOutputs() {
  return {{"accretion_year_1", "rate"},
          {"accretion_year_2", "rate"},
          {"accretion_year_3", "rate"},
          {"accretion_year_4", "rate"},
          {"accretion_year_5", "rate"},
          {"pro_forma_eps_year_1", "price"},
          {"breakeven_synergies_year_1", "money"},
          {"goodwill", "money"}};
}

Result<std::unique_ptr<ValuationModel>> prepareMaModel(const ScenarioDocument& doc,
                                                       const std::vector<std::string>& paths) {
  const MaEvaluation evaluation = evaluateMaScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  const MaBinding& b = evaluation.binding;
  Prepared p;
  p.inputs = *b.inputs;
  p.growth[0] = b.growth[0];
  p.growth[1] = b.growth[1];
  p.stagedPhaseIn = b.stagedPhaseIn;
  p.targetTaxFollowsAcquirer = b.targetTaxFollowsAcquirer;
  std::vector<ModelInput> inputs;
  std::set<std::string> seen;
  bool mixChosen = false;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    const auto lever = std::find_if(b.levers.begin(), b.levers.end(),
                                    [&](const MaLever& l) { return l.path == path; });
    if (lever == b.levers.end()) return notALever(doc, path);
    const bool mix = path == "ma.consideration.cash" || path == "ma.consideration.stock";
    if (mix && mixChosen)
      return Error{"analytics.bad_input",
                   path +
                       " moves with the other share of the consideration (they sum to 100 %); "
                       "vary one of them",
                   path};
    mixChosen = mixChosen || mix;
    p.levers.push_back(*lever);
    inputs.push_back({path, lever->baseValue, lever->bounds, lever->unit, false});
  }
  // Every output but the accretion of years beyond the scenario's.
  const std::vector<OutputSpec> all = maAnalyticsOutputs();
  std::vector<OutputSpec> outputs;
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (k < kAccretionOutputs && static_cast<int>(k) >= p.inputs.years) continue;
    p.slots.push_back(k);
    outputs.push_back(all[k]);
  }
  OutputValues full{}, base{};
  MaEvaluator::writeFull(*evaluation.result, full);
  for (std::size_t k = 0; k < p.slots.size(); ++k) base[k] = full[p.slots[k]];
  return std::unique_ptr<ValuationModel>(
      std::make_unique<MaModel>(std::move(p), std::move(outputs), std::move(inputs), base));
}

std::vector<std::string> maInputPaths(const ScenarioDocument& doc) {
  const MaEvaluation evaluation = evaluateMaScenario(doc);
  if (!evaluation.result) return {};
  // The mix is one input: its stock share (the cash share moves with it).
  std::vector<std::string> paths;
  for (const MaLever& lever : evaluation.binding.levers)
    if (lever.path != "ma.consideration.cash") paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
