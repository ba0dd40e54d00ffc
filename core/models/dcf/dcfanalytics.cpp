#include "core/models/dcf/dcfanalytics.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "core/models/blockreader.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/ops/patch.h"

namespace valor {
namespace {

enum class LeverKind {
  DriverConstant,
  DriverYear,
  DriverStage1,
  DriverStage2,
  DriverStage3,
  BaseRevenue,
  BaseNwc,
  Wacc,
  CostOfCapitalPart,
  TerminalGrowth,
  ExitMultiple,
  BridgeItem,
  OptionCount,
  OptionStrike,
};

struct Lever {
  LeverKind kind = LeverKind::Wacc;
  std::size_t driver = 0;     // index into kDcfDrivers
  std::size_t yearIndex = 0;  // DriverYear
  double CostOfCapitalInputs::*costPart = nullptr;
  Money DcfInputs::*bridgeItem = nullptr;
  std::size_t tranche = 0;  // in list order
};

struct CostPartField {
  const char* name;
  double CostOfCapitalInputs::*part;
};
constexpr CostPartField kCostParts[] = {
    {"discount_rate.risk_free_rate", &CostOfCapitalInputs::riskFreeRate},
    {"discount_rate.equity_risk_premium", &CostOfCapitalInputs::equityRiskPremium},
    {"discount_rate.country_risk_premium", &CostOfCapitalInputs::countryRiskPremium},
    {"discount_rate.beta", &CostOfCapitalInputs::beta},
    {"discount_rate.debt_beta", &CostOfCapitalInputs::debtBeta},
    {"discount_rate.target_debt_to_equity", &CostOfCapitalInputs::targetDebtToEquity},
    {"discount_rate.pre_tax_cost_of_debt", &CostOfCapitalInputs::preTaxCostOfDebt},
    {"discount_rate.marginal_tax_rate", &CostOfCapitalInputs::marginalTaxRate},
};

struct BridgeField {
  const char* name;
  Money DcfInputs::*item;
};
constexpr BridgeField kBridgeItems[] = {
    {"equity_bridge.cash", &DcfInputs::cash},
    {"equity_bridge.debt", &DcfInputs::debt},
    {"equity_bridge.preferred", &DcfInputs::preferred},
    {"equity_bridge.minority_interest", &DcfInputs::minorityInterest},
    {"equity_bridge.non_operating_assets", &DcfInputs::nonOperatingAssets},
    {"equity_bridge.basic_shares", &DcfInputs::basicShares},
};

// What every evaluator starts from: the scenario bound once, plus the raw parts that the
// levers change and from which derived inputs (WACC, staged drivers, option order) are rebuilt.
struct Prepared {
  DcfInputs inputs;
  CostOfCapitalInputs cost;
  bool buildUp = false;
  bool baseNwcGiven = false;
  std::array<StagedDriver, std::size(kDcfDrivers)> staged{};
  std::vector<OptionTranche> tranches;  // list order
  std::vector<Lever> levers;
  std::vector<Bounds> bounds;
  // Derived inputs to rebuild after the levers are set.
  std::vector<std::size_t> stagedToRefill;
  bool refillBaseNwc = false;
  bool rebuildWacc = false;
  bool reorderTranches = false;
};

class Classifier {
 public:
  Classifier(const ScenarioDocument& doc, const DcfBinding& binding)
      : doc_(doc), binding_(binding), dcf_(*doc.child(doc.root(), "dcf")) {}

  struct Classified {
    Lever lever;
    double baseValue = 0;
    const FieldSpec* spec = nullptr;
  };

  Result<Classified> classify(const std::string& path) const {
    auto address = resolveFieldPath(doc_, path);
    if (!address) return Error{"analytics.bad_input", path + ": " + address.error().message, path};
    const FieldAddress& a = address.value();
    const Entity* entity = doc_.find(a.entity);
    const FieldSpec* spec = entitySchema(entity->type)->field(a.field);
    auto refuse = [&](const std::string& why) {
      return Error{"analytics.bad_input", path + " " + why, path};
    };
    if (spec->type == FieldType::Integer)
      return refuse("is a whole-number setting, not an input that can vary continuously");
    if (spec->type != FieldType::Number && spec->type != FieldType::YearValues)
      return refuse("is not a number");
    Classified c;
    c.spec = spec;
    if (entity->type == "option_tranche") {
      const auto members = doc_.listMembers(dcf_, "equity_bridge.options");
      c.lever.tranche = static_cast<std::size_t>(std::find(members.begin(), members.end(), entity) -
                                                 members.begin());
      c.lever.kind = a.field == "count" ? LeverKind::OptionCount : LeverKind::OptionStrike;
      c.baseValue = *entity->number(a.field);
      return c;
    }
    if (entity->type != "dcf") return refuse("is not an input of the valuation");
    const DcfInputs& in = binding_.resolved;
    const std::string& f = a.field;
    auto valueOr = [&](double fallback) {
      const Value* v = fieldOrDefault(dcf_, *spec);
      const double* d = v ? std::get_if<double>(v) : nullptr;
      return d ? *d : fallback;
    };
    const std::string method = text("discount_rate.method");
    if (f == "base.revenue") {
      c.lever.kind = LeverKind::BaseRevenue;
      c.baseValue = in.baseRevenue;
    } else if (f == "base.nwc") {
      if (in.reinvestment != ReinvestmentMethod::PercentOfRevenue)
        return refuse("is not used: NWC is modelled only with reinvestment percent_of_revenue");
      c.lever.kind = LeverKind::BaseNwc;
      c.baseValue = in.baseNwc;
    } else if (f == "discount_rate.wacc") {
      // With build_up this overrides the built-up WACC: "the WACC implied by a price".
      c.lever.kind = LeverKind::Wacc;
      c.baseValue = in.wacc;
    } else if (const auto* part = costPart(f)) {
      if (method == "build_up") {
        c.lever.kind = LeverKind::CostOfCapitalPart;
        c.lever.costPart = part->part;
      } else {
        // With a direct WACC the risk-free rate only feeds a warning, not the value.
        return refuse("is not used: the WACC is given directly (method direct)");
      }
      c.baseValue = valueOr(0);
    } else if (f == "terminal_value.growth") {
      if (in.terminalMethod != TerminalMethod::Gordon)
        return refuse("is not used: the terminal value is an exit multiple");
      c.lever.kind = LeverKind::TerminalGrowth;
      c.baseValue = in.terminalGrowth;
    } else if (f == "terminal_value.multiple") {
      if (in.terminalMethod != TerminalMethod::ExitMultiple)
        return refuse("is not used: the terminal value uses Gordon growth");
      c.lever.kind = LeverKind::ExitMultiple;
      c.baseValue = in.exitMultiple;
    } else if (const auto* item = bridgeItem(f)) {
      c.lever.kind = LeverKind::BridgeItem;
      c.lever.bridgeItem = item->item;
      c.baseValue = in.*(item->item);
    } else {
      return classifyDriver(path, a, c);
    }
    return c;
  }

 private:
  std::string text(const std::string& field) const {
    const Value* v = fieldOrDefault(dcf_, *entitySchema("dcf")->field(field));
    const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
    return s ? *s : std::string();
  }
  static const CostPartField* costPart(const std::string& f) {
    for (const auto& p : kCostParts)
      if (f == p.name) return &p;
    return nullptr;
  }
  static const BridgeField* bridgeItem(const std::string& f) {
    for (const auto& b : kBridgeItems)
      if (f == b.name) return &b;
    return nullptr;
  }

  bool driverUsed(const std::string& name) const {
    const DcfInputs& in = binding_.resolved;
    const bool percent = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
    if (name == "capex_pct_revenue" || name == "nwc_pct_revenue") return percent;
    if (name == "sales_to_capital") return !percent;
    if (name == "da_pct_revenue") return in.hasDepreciation;
    return true;
  }

  Result<Classified> classifyDriver(const std::string& path, const FieldAddress& a,
                                    Classified& c) const {
    auto refuse = [&](const std::string& why) {
      return Error{"analytics.bad_input", path + " " + why, path};
    };
    const std::size_t dot = a.field.find('.');
    const std::string name = a.field.substr(0, dot);
    const std::string part = a.field.substr(dot + 1);
    std::size_t driver = std::size(kDcfDrivers);
    for (std::size_t i = 0; i < std::size(kDcfDrivers); ++i)
      if (name == kDcfDrivers[i].name) driver = i;
    if (driver == std::size(kDcfDrivers)) return refuse("is not an input of the valuation");
    if (!driverUsed(name)) return refuse("is not used with this scenario's reinvestment method");
    const std::string mode = text(name + ".mode");
    c.lever.driver = driver;
    auto need = [&](const std::string& wanted) -> std::optional<Error> {
      if (mode == wanted) return std::nullopt;
      return refuse("is not used: dcf." + name + ".mode is " + mode);
    };
    if (part == "value") {
      if (auto e = need("constant")) return *e;
      c.lever.kind = LeverKind::DriverConstant;
    } else if (part == "values") {
      if (auto e = need("per_year")) return *e;
      const DcfInputs& in = binding_.resolved;
      const int index = *a.year - in.firstYear;
      if (index < 0 || index >= in.years)
        return refuse("lies outside the projection (" + std::to_string(in.firstYear) + "–" +
                      std::to_string(in.firstYear + in.years - 1) + ")");
      c.lever.kind = LeverKind::DriverYear;
      c.lever.yearIndex = static_cast<std::size_t>(index);
      const YearMap* values = dcf_.years(a.field);
      c.baseValue = values->at(*a.year);
      return c;
    } else if (part == "stage1" || part == "stage2" || part == "stage3") {
      if (auto e = need("staged")) return *e;
      if (part == "stage2" && text(name + ".fade") != "step")
        return refuse("is not used: dcf." + name + ".fade is linear");
      c.lever.kind = part == "stage1"   ? LeverKind::DriverStage1
                     : part == "stage2" ? LeverKind::DriverStage2
                                        : LeverKind::DriverStage3;
    } else {
      return refuse("is not an input of the valuation");
    }
    c.baseValue = *dcf_.number(a.field);
    return c;
  }

  const ScenarioDocument& doc_;
  const DcfBinding& binding_;
  const Entity& dcf_;
};

// Whether a lever moves the operating projection (revenue to FCFF), or only how it is valued.
bool movesProjection(const Lever& lever) {
  switch (lever.kind) {
    case LeverKind::DriverConstant:
    case LeverKind::DriverYear:
    case LeverKind::DriverStage1:
    case LeverKind::DriverStage2:
    case LeverKind::DriverStage3:
    case LeverKind::BaseRevenue:
    case LeverKind::BaseNwc:
      return true;
    default:
      return false;
  }
}

// The explicit years' discounting of one projection by WACC, direct-mapped: a WACC × g grid
// meets each of its WACCs once per row, so all but the first row find theirs here.
class DiscountingCache {
 public:
  const DcfDiscounting& at(const DcfInputs& in, const DcfProjection& projection) {
    const auto bits = std::bit_cast<std::uint64_t>(in.wacc);
    Slot& slot = slots_[(bits * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
    if (!slot.valid || !(slot.discounting.wacc == in.wacc))
      slot = {discountDcf(in, projection, in.wacc), true};
    return slot.discounting;
  }

 private:
  static constexpr int kSlotBits = 9;
  struct Slot {
    DcfDiscounting discounting;
    bool valid = false;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(std::size_t{1} << kSlotBits);
};

// Keeps what the path's inputs leave unchanged: the projection when only the discount rate,
// terminal value or bridge vary (a WACC × g grid), and then the explicit years' discounting at
// each WACC met. The figures are the same bits evaluateDcf gives.
class DcfEvaluator final : public ModelEvaluator {
 public:
  explicit DcfEvaluator(const Prepared& p)
      : p_(p),
        in_(p.inputs),
        cost_(p.cost),
        staged_(p.staged),
        tranches_(p.tranches),
        projectionVaries_(std::any_of(p.levers.begin(), p.levers.end(), movesProjection)) {
    if (!projectionVaries_) {
      projectDcf(in_, projection_);
      cache_.emplace();
    }
  }

  PathOutcome evaluate(std::span<const double> values, OutputValues& out) override {
    for (std::size_t i = 0; i < p_.levers.size(); ++i) {
      const double v = values[i];
      if (!std::isfinite(v) || !p_.bounds[i].contains(v))
        return {kPathOutOfRange, static_cast<int>(i)};
      apply(p_.levers[i], v);
    }
    for (const std::size_t d : p_.stagedToRefill)
      fillStagedDriver(staged_[d], in_.years, in_.*(kDcfDrivers[d].values));
    if (p_.refillBaseNwc) in_.baseNwc = in_.nwcPctRevenue[0] * in_.baseRevenue;
    if (p_.rebuildWacc) {
      in_.wacc = buildCostOfCapital(cost_).wacc;
      if (!(in_.wacc > 0)) return {DcfPathFailure::WaccNotPositive, -1};
    }
    if (in_.terminalMethod == TerminalMethod::Gordon && !(in_.terminalGrowth < in_.wacc))
      return {DcfPathFailure::GrowthNotBelowWacc, -1};
    if (p_.reorderTranches) {
      in_.optionsByStrike.assign(tranches_.begin(), tranches_.end());
      std::stable_sort(
          in_.optionsByStrike.begin(), in_.optionsByStrike.end(),
          [](const OptionTranche& a, const OptionTranche& b) { return a.strike < b.strike; });
    }
    DcfValue r;
    if (projectionVaries_) {
      projectDcf(in_, projection_);
      r = valueDcf(in_, projection_, discountDcf(in_, projection_, in_.wacc));
    } else {
      r = valueDcf(in_, projection_, cache_->at(in_, projection_));
    }
    if (!std::isfinite(r.enterpriseValue) || !std::isfinite(r.valuePerShare))
      return {DcfPathFailure::NotFinite, -1};
    out[DcfOutput::ValuePerShare] = r.valuePerShare;
    out[DcfOutput::EnterpriseValue] = r.enterpriseValue;
    out[DcfOutput::EquityValue] = r.equityValue;
    out[DcfOutput::PvTerminal] = r.pvTerminal;
    return {};
  }

 private:
  void apply(const Lever& lever, double v) {
    switch (lever.kind) {
      case LeverKind::DriverConstant: {
        PerYear& values = in_.*(kDcfDrivers[lever.driver].values);
        std::fill(values.begin(), values.begin() + in_.years, v);
        break;
      }
      case LeverKind::DriverYear:
        (in_.*(kDcfDrivers[lever.driver].values))[lever.yearIndex] = v;
        break;
      case LeverKind::DriverStage1:
        staged_[lever.driver].stage1 = v;
        break;
      case LeverKind::DriverStage2:
        staged_[lever.driver].stage2 = v;
        break;
      case LeverKind::DriverStage3:
        staged_[lever.driver].stage3 = v;
        break;
      case LeverKind::BaseRevenue:
        in_.baseRevenue = v;
        break;
      case LeverKind::BaseNwc:
        in_.baseNwc = v;
        break;
      case LeverKind::Wacc:
        in_.wacc = v;
        break;
      case LeverKind::CostOfCapitalPart:
        cost_.*(lever.costPart) = v;
        if (lever.costPart == &CostOfCapitalInputs::riskFreeRate) in_.riskFreeRate = v;
        break;
      case LeverKind::TerminalGrowth:
        in_.terminalGrowth = v;
        break;
      case LeverKind::ExitMultiple:
        in_.exitMultiple = v;
        break;
      case LeverKind::BridgeItem:
        in_.*(lever.bridgeItem) = v;
        break;
      case LeverKind::OptionCount:
        tranches_[lever.tranche].count = v;
        break;
      case LeverKind::OptionStrike:
        tranches_[lever.tranche].strike = v;
        break;
    }
  }

  const Prepared& p_;
  DcfInputs in_;
  CostOfCapitalInputs cost_;
  std::array<StagedDriver, std::size(kDcfDrivers)> staged_;
  std::vector<OptionTranche> tranches_;
  const bool projectionVaries_;
  DcfProjection projection_;
  std::optional<DiscountingCache> cache_;  // with a fixed projection only
};

class DcfModel final : public ValuationModel {
 public:
  DcfModel(Prepared prepared, std::vector<ModelInput> inputs, OutputValues base)
      : ValuationModel(dcfAnalyticsOutputs(),
                       {"growth_not_below_wacc", "wacc_not_positive", "not_finite"}),
        prepared_(std::move(prepared)) {
    inputs_ = std::move(inputs);
    baseOutputs_ = base;
  }
  std::unique_ptr<ModelEvaluator> evaluator() const override {
    return std::make_unique<DcfEvaluator>(prepared_);
  }

 private:
  Prepared prepared_;
};

double numberOrDefault(const Entity& dcf, const char* field) {
  const Value* v = fieldOrDefault(dcf, *entitySchema("dcf")->field(field));
  const double* d = v ? std::get_if<double>(v) : nullptr;
  return d ? *d : 0;
}

}  // namespace

std::vector<OutputSpec> dcfAnalyticsOutputs() {
  return {{"value_per_share", "price"},
          {"enterprise_value", "money"},
          {"equity_value", "money"},
          {"pv_terminal", "money"}};
}

Result<std::unique_ptr<ValuationModel>> prepareDcfModel(const ScenarioDocument& doc,
                                                        const std::vector<std::string>& paths) {
  const DcfEvaluation evaluation = evaluateDcfScenario(doc);
  if (!evaluation.result) return scenarioNotValued(evaluation.issues);
  const Entity& dcf = *doc.child(doc.root(), "dcf");
  Prepared p;
  p.inputs = *evaluation.binding.inputs;
  p.buildUp = evaluation.binding.costOfCapital.has_value();
  if (p.buildUp) {
    for (const auto& part : kCostParts) p.cost.*(part.part) = numberOrDefault(dcf, part.name);
    const std::string* type = dcf.text("discount_rate.beta_type");
    p.cost.betaIsUnlevered = type && *type == "unlevered";
  }
  p.baseNwcGiven = dcf.number("base.nwc") != nullptr;
  for (std::size_t d = 0; d < std::size(kDcfDrivers); ++d)
    p.staged[d] = stagedDriverOf(dcf, kDcfDrivers[d].name);
  for (const Entity* tranche : doc.listMembers(dcf, "equity_bridge.options"))
    p.tranches.push_back({*tranche->number("count"), *tranche->number("strike")});

  const Classifier classifier(doc, evaluation.binding);
  std::vector<ModelInput> inputs;
  std::set<std::string> seen;
  std::set<std::size_t> staged;
  bool nwcDriverOrRevenue = false, baseNwcLever = false;
  for (const std::string& path : paths) {
    if (!seen.insert(path).second)
      return Error{"analytics.duplicate_input", path + " is given twice", path};
    auto classified = classifier.classify(path);
    if (!classified) return classified.error();
    const auto& c = classified.value();
    p.levers.push_back(c.lever);
    p.bounds.push_back(*c.spec->bounds);
    inputs.push_back({path, c.baseValue, *c.spec->bounds, c.spec->unit,
                      c.lever.kind == LeverKind::Wacc && p.buildUp});
    switch (c.lever.kind) {
      case LeverKind::DriverStage1:
      case LeverKind::DriverStage2:
      case LeverKind::DriverStage3:
        staged.insert(c.lever.driver);
        break;
      case LeverKind::CostOfCapitalPart:
        p.rebuildWacc = true;
        break;
      case LeverKind::OptionCount:
      case LeverKind::OptionStrike:
        p.reorderTranches = true;
        break;
      case LeverKind::BaseNwc:
        baseNwcLever = true;
        break;
      case LeverKind::BaseRevenue:
        nwcDriverOrRevenue = true;
        break;
      default:
        break;
    }
    if (std::string(kDcfDrivers[c.lever.driver].name) == "nwc_pct_revenue" &&
        c.lever.kind <= LeverKind::DriverStage3)
      nwcDriverOrRevenue = true;
  }
  const bool waccLever = std::any_of(p.levers.begin(), p.levers.end(),
                                     [](const Lever& l) { return l.kind == LeverKind::Wacc; });
  if (waccLever && p.rebuildWacc)
    return Error{"analytics.conflicting_inputs",
                 "dcf.discount_rate.wacc overrides the built-up WACC, so it cannot vary together "
                 "with the parts the WACC is built from",
                 "dcf.discount_rate.wacc"};
  p.stagedToRefill.assign(staged.begin(), staged.end());
  p.refillBaseNwc = !p.baseNwcGiven && !baseNwcLever && nwcDriverOrRevenue &&
                    p.inputs.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  const DcfResult& r = *evaluation.result;
  OutputValues base{};
  base[DcfOutput::ValuePerShare] = r.valuePerShare;
  base[DcfOutput::EnterpriseValue] = r.enterpriseValue;
  base[DcfOutput::EquityValue] = r.equityValue;
  base[DcfOutput::PvTerminal] = r.pvTerminal;
  return std::unique_ptr<ValuationModel>(
      std::make_unique<DcfModel>(std::move(p), std::move(inputs), base));
}

std::vector<std::string> dcfWhatIfInputPaths(const ScenarioDocument& doc) {
  const DcfEvaluation evaluation = evaluateDcfScenario(doc);
  if (!evaluation.result || !evaluation.binding.costOfCapital) return {};
  return {"dcf.discount_rate.wacc"};
}

std::vector<std::string> dcfInputPaths(const ScenarioDocument& doc) {
  const DcfEvaluation evaluation = evaluateDcfScenario(doc);
  if (!evaluation.result) return {};
  const Entity& dcf = *doc.child(doc.root(), "dcf");
  const DcfInputs& in = evaluation.binding.resolved;
  std::vector<std::string> candidates = {"dcf.base.revenue"};
  if (dcf.number("base.nwc")) candidates.push_back("dcf.base.nwc");
  for (const auto& driver : kDcfDrivers) {
    const std::string name = std::string("dcf.") + driver.name;
    candidates.push_back(name + ".value");
    for (int t = 0; t < in.years; ++t)
      candidates.push_back(name + ".values." + std::to_string(in.firstYear + t));
    for (const char* stage : {".stage1", ".stage2", ".stage3"}) candidates.push_back(name + stage);
  }
  if (!evaluation.binding.costOfCapital) candidates.push_back("dcf.discount_rate.wacc");
  for (const auto& part : kCostParts) candidates.push_back(std::string("dcf.") + part.name);
  candidates.push_back("dcf.terminal_value.growth");
  candidates.push_back("dcf.terminal_value.multiple");
  for (const auto& item : kBridgeItems) candidates.push_back(std::string("dcf.") + item.name);
  const auto tranches = doc.listMembers(dcf, "equity_bridge.options");
  for (std::size_t i = 0; i < tranches.size(); ++i)
    for (const char* field : {".count", ".strike"})
      candidates.push_back("dcf.equity_bridge.options[" + std::to_string(i) + "]" + field);

  const Classifier classifier(doc, evaluation.binding);
  std::vector<std::string> paths;
  for (const std::string& path : candidates)
    if (classifier.classify(path)) paths.push_back(path);
  return paths;
}

}  // namespace valor
