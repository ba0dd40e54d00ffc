#include "core/models/lbo/lboanalytics.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/models/lbo/lbobinding.h"

namespace valor {
namespace {

// What every evaluator starts from: the scenario bound once and the chosen levers.
struct Prepared {
  LboInputs inputs;
  std::vector<LboLever> levers;
  std::vector<LboStagedDriver> staged;
  std::vector<int> stagedToRefill;
  bool refillBaseNwc = false;
};

// The binding's rules across fields (lbobinding.cpp) that a drawn set of values can break.
bool breaksRule(const LboInputs& in) {
  for (int i = 0; i < in.trancheCount; ++i) {
    const LboTranche& t = in.tranches[static_cast<std::size_t>(i)];
    if (t.type == TrancheType::Revolver && t.principal > t.commitment) return true;
  }
  const Money ev = in.entryByMultiple ? in.entryMultiple * in.baseEbitda : in.entryPrice;
  return !in.transactionFeeIsPercent && ev > 0 && in.transactionFee >= ev;
}

bool stillFinite(const LboResult& r) {
  return std::isfinite(r.exitEquity) && std::isfinite(r.sponsorProceeds) && r.irr &&
         std::isfinite(*r.irr) && r.moic && std::isfinite(*r.moic);
}

void writeOutputs(const LboResult& r, OutputValues& out) {
  out[LboOutput::Irr] = *r.irr;
  out[LboOutput::Moic] = *r.moic;
  out[LboOutput::ExitEquity] = r.exitEquity;
  out[LboOutput::NetDebtAtExit] = r.netDebtAtExit;
  out[LboOutput::SponsorProceeds] = r.sponsorProceeds;
}

class LboEvaluator final : public ModelEvaluator {
 public:
  explicit LboEvaluator(const Prepared& p)
      : p_(p), in_(p.inputs), staged_(p.staged), result_(std::make_unique<LboResult>()) {}

  PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
    for (std::size_t i = 0; i < p_.levers.size(); ++i) {
      const double v = values[i];
      const LboLever& lever = p_.levers[i];
      if (!std::isfinite(v) || !lever.bounds.contains(v) || (lever.whole && v != std::floor(v)))
        return {kPathOutOfRange, static_cast<int>(i)};
      apply(p_.levers[i], v);
    }
    for (const int s : p_.stagedToRefill) {
      const LboStagedDriver& d = staged_[static_cast<std::size_t>(s)];
      fillStagedDriver(d.driver, in_.years, in_.*(d.values));
    }
    if (p_.refillBaseNwc) in_.baseNwc = in_.nwcPctRevenue[0] * in_.baseRevenue;
    if (breaksRule(in_)) return {LboPathFailure::BreaksRule, -1};
    evaluateLbo(in_, *result_);
    switch (result_->failure) {
      case LboFailure::NoSponsorEquity:
        return {LboPathFailure::NoSponsorEquity, -1};
      case LboFailure::CashShortfall:
        return {LboPathFailure::CashShortfall, -1};
      case LboFailure::NotConverged:
        return {LboPathFailure::NotConverged, -1};
      case LboFailure::None:
        break;
    }
    if (!stillFinite(*result_)) return {LboPathFailure::NotFinite, -1};
    writeOutputs(*result_, out);
    return {};
  }

 private:
  void apply(const LboLever& lever, double v) {
    if (lever.whole) {
      in_.*(lever.whole) = static_cast<int>(v) - lever.wholeOffset;
    } else if (lever.scalar) {
      in_.*(lever.scalar) = v;
    } else if (lever.trancheField) {
      in_.tranches[static_cast<std::size_t>(lever.tranche)].*(lever.trancheField) = v;
    } else if (lever.stage > 0) {
      StagedDriver& s = staged_[static_cast<std::size_t>(lever.stagedIndex)].driver;
      (lever.stage == 1 ? s.stage1 : lever.stage == 2 ? s.stage2 : s.stage3) = v;
    } else if (lever.year >= 0) {
      (in_.*(lever.driver))[static_cast<std::size_t>(lever.year)] = v;
    } else {
      LboYears& all = in_.*(lever.driver);
      std::fill(all.begin(), all.begin() + in_.years, v);
    }
  }

  const Prepared& p_;
  LboInputs in_;
  std::vector<LboStagedDriver> staged_;
  std::unique_ptr<LboResult> result_;
};

class LboModel final : public ValuationModel {
 public:
  LboModel(Prepared prepared, std::vector<ModelInput> inputs, OutputValues base)
      : ValuationModel(lboAnalyticsOutputs(), {"no_sponsor_equity", "cash_shortfall",
                                               "not_converged", "not_finite", "breaks_rule"}),
        prepared_(std::move(prepared)) {
    inputs_ = std::move(inputs);
    baseOutputs_ = base;
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<LboEvaluator>(prepared_);
  }

 private:
  Prepared prepared_;
};

}  // namespace

std::vector<OutputSpec> lboAnalyticsOutputs() {
  return {{"irr", "rate"},
          {"moic", "multiple"},
          {"exit_equity", "money"},
          {"net_debt_at_exit", "money"},
          {"sponsor_proceeds", "money"}};
}

Result<std::unique_ptr<ValuationModel>> prepareLboModel(const ScenarioDocument& doc,
                                                        const std::vector<std::string>& paths) {
  const LboEvaluation evaluation = evaluateLboScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  const LboBinding& b = evaluation.binding;
  Prepared p;
  p.inputs = *b.inputs;
  p.staged = b.staged;
  std::vector<ModelInput> inputs;
  std::set<std::string> seen;
  std::set<int> staged;
  bool nwcMoves = false, baseNwcLever = false;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    const auto lever = std::find_if(b.levers.begin(), b.levers.end(),
                                    [&](const LboLever& l) { return l.path == path; });
    if (lever == b.levers.end()) return notALever(doc, path);
    p.levers.push_back(*lever);
    inputs.push_back({path, lever->baseValue, lever->bounds, lever->unit, false});
    if (lever->stage > 0) staged.insert(lever->stagedIndex);
    if (lever->scalar == &LboInputs::baseNwc) baseNwcLever = true;
    if (lever->scalar == &LboInputs::baseRevenue || lever->driver == &LboInputs::nwcPctRevenue)
      nwcMoves = true;
  }
  p.stagedToRefill.assign(staged.begin(), staged.end());
  p.refillBaseNwc = b.baseNwcDerived && nwcMoves && !baseNwcLever;
  OutputValues base{};
  writeOutputs(*evaluation.result, base);
  return std::unique_ptr<ValuationModel>(
      std::make_unique<LboModel>(std::move(p), std::move(inputs), base));
}

std::vector<std::string> lboInputPaths(const ScenarioDocument& doc) {
  const LboEvaluation evaluation = evaluateLboScenario(doc);
  if (!evaluation.result) return {};
  std::vector<std::string> paths;
  for (const LboLever& lever : evaluation.binding.levers) paths.push_back(lever.path);
  return paths;
}

}  // namespace valor
