#include "core/models/dcf/dcfbinding.h"

#include <algorithm>
#include <cmath>

#include "core/common/date.h"
#include "core/model/schema.h"

namespace valor {
namespace {

class Binder {
 public:
  Binder(const ScenarioDocument& doc, const Entity& dcf, Issues& issues)
      : doc_(doc), dcf_(dcf), schema_(*entitySchema("dcf")), issues_(issues) {}

  std::optional<DcfInputs> bind(DcfInputs& in, std::optional<CostOfCapital>& costOfCapital) {
    const auto baseYear = integerOf("base_year");
    const auto years = integerOf("years");
    if (!baseYear || !years) return std::nullopt;  // schema issues already say why
    firstYear_ = *baseYear + 1;
    yearCount_ = *years;
    in.firstYear = firstYear_;
    in.years = yearCount_;
    bindStub(*baseYear, in);

    const double* baseRevenue = dcf_.number("base.revenue");
    if (baseRevenue) in.baseRevenue = *baseRevenue;
    driver("revenue_growth", in.revenueGrowth);
    driver("ebit_margin", in.ebitMargin);
    driver("tax_rate", in.taxRate);

    const std::string reinvestment = choiceOf("reinvestment");
    if (reinvestment == "sales_to_capital") {
      in.reinvestment = ReinvestmentMethod::SalesToCapital;
      driver("sales_to_capital", in.salesToCapital);
      in.hasDepreciation = dcf_.field("da_pct_revenue.mode") != nullptr;
      if (in.hasDepreciation) driver("da_pct_revenue", in.daPctRevenue);
    } else {
      in.reinvestment = ReinvestmentMethod::PercentOfRevenue;
      driver("da_pct_revenue", in.daPctRevenue);
      driver("capex_pct_revenue", in.capexPctRevenue);
      driver("nwc_pct_revenue", in.nwcPctRevenue);
    }
    if (const double* nwc = dcf_.number("base.nwc"))
      in.baseNwc = *nwc;
    else if (baseRevenue)
      in.baseNwc = in.nwcPctRevenue[0] * *baseRevenue;

    bindDiscountRate(in, costOfCapital);
    bindTerminalValue(in);
    bindConventions(in);
    bindBridge(in);
    if (hasErrors(issues_)) return std::nullopt;
    return in;
  }

 private:
  std::string path(const std::string& field) const { return "dcf." + field; }

  void error(const std::string& field, const std::string& rule, const std::string& message,
             std::map<std::string, std::string> params = {}) {
    issues_.push_back({Severity::Error, path(field), rule, message, std::move(params)});
  }
  void warning(const std::string& field, const std::string& rule, const std::string& message,
               std::map<std::string, std::string> params = {}) {
    issues_.push_back({Severity::Warning, path(field), rule, message, std::move(params)});
  }

  // Schema checks have already reported type, range and whole-number problems; a field that
  // failed them reads as absent here, so no issue is reported twice.
  bool schemaRejected(const std::string& field) const {
    const std::string p = path(field);
    return std::any_of(issues_.begin(), issues_.end(), [&](const Issue& i) {
      return i.path == p || i.path.rfind(p + ".", 0) == 0;
    });
  }

  std::optional<int> integerOf(const std::string& field) const {
    const double* v = dcf_.number(field);
    if (!v || schemaRejected(field)) return std::nullopt;
    return static_cast<int>(*v);
  }

  std::string choiceOf(const std::string& field) const {
    const Value* v = fieldOrDefault(dcf_, *schema_.field(field));
    const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
    return s ? *s : std::string();
  }

  // A number that a rule needs: reports "required" when absent.
  std::optional<double> need(const std::string& field, const std::string& because) {
    if (const double* v = dcf_.number(field)) {
      if (schemaRejected(field)) return std::nullopt;
      return *v;
    }
    const FieldSpec* spec = schema_.field(field);
    if (spec && spec->defaultValue) return std::get<double>(*spec->defaultValue);
    error(field, "required", path(field) + " is required " + because);
    return std::nullopt;
  }

  void bindStub(int baseYear, DcfInputs& in) {
    if (schemaRejected("fiscal_year_end")) return;
    const std::string fye = choiceOf("fiscal_year_end");
    const int month = std::stoi(fye.substr(0, 2));
    const int day = std::stoi(fye.substr(3, 2));
    auto yearEnd = [&](int year) {  // 02-29 falls on 02-28 in common years
      return *Date::fromYmd(year, month, std::min(day, Date::daysInMonth(year, month)));
    };
    const Date baseEnd = yearEnd(baseYear);
    const Date firstEnd = yearEnd(baseYear + 1);
    const std::string* text = dcf_.text("valuation_date");
    if (!text || schemaRejected("valuation_date")) return;
    const Date valuation = *Date::parseIso(*text);
    if (valuation < baseEnd || valuation >= firstEnd) {
      error("valuation_date", "valuation_date_outside_first_year",
            path("valuation_date") + " must be on or after the base year's end (" +
                baseEnd.toIso() + ") and before the first projection year's end (" +
                firstEnd.toIso() + "); move base_year so the valuation date falls in year one",
            {{"value", *text}, {"from", baseEnd.toIso()}, {"to", firstEnd.toIso()}});
      return;
    }
    // Stub = days remaining in the first year / days in that year (actual/actual).
    in.stubFraction = static_cast<double>(daysBetween(valuation, firstEnd)) /
                      static_cast<double>(daysBetween(baseEnd, firstEnd));
  }

  void driver(const std::string& name, PerYear& out) {
    const std::string mode = choiceOf(name + ".mode");
    if (mode.empty()) {
      if (!schemaRejected(name + ".mode"))
        error(name + ".mode", "required",
              path(name + ".mode") + " is required: constant, per_year or staged");
      return;
    }
    if (mode == "constant") {
      if (auto v = need(name + ".value", "when " + path(name + ".mode") + " is constant"))
        std::fill(out.begin(), out.begin() + yearCount_, *v);
    } else if (mode == "per_year") {
      perYearDriver(name, out);
    } else if (mode == "staged") {
      stagedDriver(name, out);
    }
  }

  void perYearDriver(const std::string& name, PerYear& out) {
    const std::string field = name + ".values";
    const YearMap* values = dcf_.years(field);
    if (!values) {
      if (!schemaRejected(field))
        error(field, "required",
              path(field) + " is required when " + path(name + ".mode") + " is per_year");
      return;
    }
    if (schemaRejected(field)) return;
    const int lastYear = firstYear_ + yearCount_ - 1;
    for (int t = 0; t < yearCount_; ++t) {
      const int year = firstYear_ + t;
      auto it = values->find(year);
      if (it == values->end())
        error(field + "." + std::to_string(year), "missing_year",
              path(field) + " has no value for " + std::to_string(year) + " (the projection runs " +
                  std::to_string(firstYear_) + "–" + std::to_string(lastYear) + ")",
              {{"year", std::to_string(year)}});
      else
        out[static_cast<std::size_t>(t)] = it->second;
    }
    for (const auto& [year, v] : *values)
      if (year < firstYear_ || year > lastYear)
        warning(field + "." + std::to_string(year), "year_outside_projection",
                path(field) + "." + std::to_string(year) + " lies outside the projection (" +
                    std::to_string(firstYear_) + "–" + std::to_string(lastYear) +
                    ") and is not used",
                {{"year", std::to_string(year)}});
  }

  void stagedDriver(const std::string& name, PerYear& out) {
    const std::string when = "when " + path(name + ".mode") + " is staged";
    const auto n1 = need(name + ".stage1_years", when);
    const auto v1 = need(name + ".stage1", when);
    const auto n2 = need(name + ".stage2_years", when);
    const auto v3 = need(name + ".stage3", when);
    const bool step = choiceOf(name + ".fade") == "step";
    std::optional<double> v2;
    if (step)
      v2 = need(name + ".stage2", "when " + path(name + ".fade") + " is step");
    else if (dcf_.field(name + ".stage2"))
      warning(name + ".stage2", "unused_with_linear_fade",
              path(name + ".stage2") +
                  " is not used with a linear fade (stage 2 moves from "
                  "stage 1 to stage 3); set fade to step to use it");
    if (!n1 || !v1 || !n2 || !v3 || (step && !v2)) return;
    fillStagedDriver({static_cast<int>(*n1), *v1, static_cast<int>(*n2), v2.value_or(0), *v3, step},
                     yearCount_, out);
  }

  void bindDiscountRate(DcfInputs& in, std::optional<CostOfCapital>& costOfCapital) {
    const std::string method = choiceOf("discount_rate.method");
    if (const double* rf = dcf_.number("discount_rate.risk_free_rate");
        rf && !schemaRejected("discount_rate.risk_free_rate"))
      in.riskFreeRate = *rf;
    if (method == "direct") {
      if (auto wacc = need("discount_rate.wacc", "when dcf.discount_rate.method is direct"))
        in.wacc = *wacc;
      return;
    }
    if (method != "build_up") return;
    const std::string when = "when dcf.discount_rate.method is build_up";
    CostOfCapitalInputs c;
    const auto rf = need("discount_rate.risk_free_rate", when);
    const auto erp = need("discount_rate.equity_risk_premium", when);
    const auto crp = need("discount_rate.country_risk_premium", when);
    const auto beta = need("discount_rate.beta", when);
    const auto debtBeta = need("discount_rate.debt_beta", when);
    const auto de = need("discount_rate.target_debt_to_equity", when);
    const auto kd = need("discount_rate.pre_tax_cost_of_debt", when);
    const auto tax = need("discount_rate.marginal_tax_rate", when);
    if (dcf_.field("discount_rate.wacc"))
      warning("discount_rate.wacc", "unused_with_build_up",
              "dcf.discount_rate.wacc is not used: the WACC is built up from its parts");
    if (!rf || !erp || !crp || !beta || !debtBeta || !de || !kd || !tax) return;
    c.riskFreeRate = *rf;
    c.equityRiskPremium = *erp;
    c.countryRiskPremium = *crp;
    c.beta = *beta;
    c.betaIsUnlevered = choiceOf("discount_rate.beta_type") == "unlevered";
    c.debtBeta = *debtBeta;
    c.targetDebtToEquity = *de;
    c.preTaxCostOfDebt = *kd;
    c.marginalTaxRate = *tax;
    costOfCapital = buildCostOfCapital(c);
    in.wacc = costOfCapital->wacc;
    if (!(in.wacc > 0))
      error("discount_rate", "wacc_not_positive",
            "the built-up WACC is " + formatPercent(in.wacc) +
                "; it must be positive (check beta and "
                "the premiums)",
            {{"wacc", formatNumber(in.wacc)}});
  }

  void bindTerminalValue(DcfInputs& in) {
    const std::string method = choiceOf("terminal_value.method");
    const bool metricGiven = dcf_.field("terminal_value.metric") != nullptr;
    const bool ebitda = choiceOf("terminal_value.metric") == "ev_ebitda";
    in.terminalMetric = ebitda ? TerminalMetric::EvEbitda : TerminalMetric::EvEbit;
    if (method == "gordon") {
      in.terminalMethod = TerminalMethod::Gordon;
      // Without D&A there is no EBITDA: report the implied EV/EBIT unless told otherwise.
      if (!in.hasDepreciation && !metricGiven) in.terminalMetric = TerminalMetric::EvEbit;
      const auto g = need("terminal_value.growth", "when dcf.terminal_value.method is gordon");
      if (!g) return;
      in.terminalGrowth = *g;
      if (in.wacc > 0 && !(in.terminalGrowth < in.wacc))
        error("terminal_value.growth", "growth_not_below_wacc",
              "dcf.terminal_value.growth (" + formatPercent(in.terminalGrowth) +
                  ") must be below the WACC (" + formatPercent(in.wacc) +
                  "): the Gordon growth model has no finite value otherwise",
              {{"growth", formatNumber(in.terminalGrowth)}, {"wacc", formatNumber(in.wacc)}});
    } else if (method == "exit_multiple") {
      in.terminalMethod = TerminalMethod::ExitMultiple;
      if (auto m =
              need("terminal_value.multiple", "when dcf.terminal_value.method is exit_multiple"))
        in.exitMultiple = *m;
    }
    if (in.terminalMetric == TerminalMetric::EvEbitda && !in.hasDepreciation &&
        (method == "exit_multiple" || metricGiven))
      error("terminal_value.metric", "ebitda_needs_depreciation",
            "dcf.terminal_value.metric ev_ebitda needs D&A: give dcf.da_pct_revenue, or use "
            "ev_ebit");
  }

  void bindConventions(DcfInputs& in) {
    in.discounting = choiceOf("conventions.discounting") == "mid_year" ? Discounting::MidYear
                                                                       : Discounting::EndOfYear;
    in.terminalTiming = choiceOf("conventions.terminal_timing") == "end_of_final_year"
                            ? TerminalTiming::EndOfFinalYear
                            : TerminalTiming::Consistent;
  }

  void bindBridge(DcfInputs& in) {
    auto money = [&](const char* field) {
      auto v = need(field, "");
      return v ? *v : 0.0;
    };
    in.cash = money("equity_bridge.cash");
    in.debt = money("equity_bridge.debt");
    in.preferred = money("equity_bridge.preferred");
    in.minorityInterest = money("equity_bridge.minority_interest");
    in.nonOperatingAssets = money("equity_bridge.non_operating_assets");
    if (const double* shares = dcf_.number("equity_bridge.basic_shares")) in.basicShares = *shares;
    for (const Entity* tranche : doc_.listMembers(dcf_, "equity_bridge.options")) {
      const double* count = tranche->number("count");
      const double* strike = tranche->number("strike");
      if (count && strike) in.optionsByStrike.push_back({*count, *strike});
    }
    std::stable_sort(
        in.optionsByStrike.begin(), in.optionsByStrike.end(),
        [](const OptionTranche& a, const OptionTranche& b) { return a.strike < b.strike; });
  }

  const ScenarioDocument& doc_;
  const Entity& dcf_;
  const EntitySchema& schema_;
  Issues& issues_;
  int firstYear_ = 0;
  int yearCount_ = 0;
};

void addResultWarnings(const DcfInputs& in, const DcfResult& r, Issues& issues) {
  auto warn = [&](const std::string& field, const std::string& rule, const std::string& message,
                  std::map<std::string, std::string> params = {}) {
    issues.push_back({Severity::Warning, field, rule, message, std::move(params),
                      /*paramsInJson=*/false});
  };
  if (r.warnings & kWarnGrowthAboveRiskFree)
    warn("dcf.terminal_value.growth", "growth_above_risk_free",
         "terminal growth " + formatPercent(*r.impliedTerminalGrowth) +
             " is above the risk-free rate " + formatPercent(*in.riskFreeRate) +
             "; stable growth should not outpace the economy (Damodaran)",
         {{"growth", formatNumber(*r.impliedTerminalGrowth)},
          {"risk_free", formatNumber(*in.riskFreeRate)}});
  if (r.warnings & kWarnTerminalShareHigh)
    warn("dcf.terminal_value", "terminal_share_high",
         "the terminal value is " + formatPercent(*r.terminalShareOfEv) +
             " of enterprise value (over 75 %): the value rests mostly on the years after the "
             "projection",
         {{"share", formatNumber(*r.terminalShareOfEv)}});
  if (r.warnings & kWarnNegativeFcff) {
    std::string years;
    for (int t = 0; t < r.projection.yearCount; ++t)
      if (r.projection.rows[static_cast<std::size_t>(t)].fcff < 0)
        years += (years.empty() ? "" : ", ") +
                 std::to_string(r.projection.rows[static_cast<std::size_t>(t)].year);
    warn("dcf", "negative_fcff", "free cash flow is negative in " + years, {{"years", years}});
  }
  if (r.warnings & kWarnNegativeTerminalValue)
    warn("dcf.terminal_value", "negative_terminal_value",
         "the terminal value is negative: the final year's cash flow or metric is negative");
  if (r.warnings & kWarnNegativeEquity)
    warn("dcf.equity_bridge", "negative_equity",
         "equity value is negative: claims exceed the enterprise value; options are not "
         "counted as exercised");
  if (r.warnings & kWarnNoImpliedMultiple)
    warn("dcf.terminal_value.metric", "no_implied_multiple",
         "no implied exit multiple: the final year's metric is not positive");
  if (r.warnings & kWarnNoImpliedGrowth)
    warn("dcf.terminal_value", "no_implied_growth",
         "no implied terminal growth: the final year's free cash flow or the terminal value is "
         "not positive");
}

}  // namespace

void fillStagedDriver(const StagedDriver& s, int years, PerYear& out) {
  for (int t = 0; t < years; ++t) {
    double v = s.stage3;
    if (t < s.stage1Years)
      v = s.stage1;
    else if (t < s.stage1Years + s.stage2Years)
      v = s.stepFade
              ? s.stage2
              : s.stage1 + (s.stage3 - s.stage1) * (t - s.stage1Years + 1) / (s.stage2Years + 1);
    out[static_cast<std::size_t>(t)] = v;
  }
}

DcfBinding bindDcf(const ScenarioDocument& doc) {
  DcfBinding binding;
  // Settings of the analytics (monte_carlo) are checked where they are used: a half-finished
  // simulation setup must not stop the valuation itself.
  for (Issue& issue : validateAgainstSchema(doc))
    if (issue.path.rfind("monte_carlo", 0) != 0) binding.issues.push_back(std::move(issue));
  const std::string* model = doc.root().text("model");
  if (!model || *model != "dcf") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_dcf",
                                "model is \"" + *model + "\"; this needs a dcf scenario",
                                {}});
    return binding;
  }
  const Entity* dcf = doc.child(doc.root(), "dcf");
  if (!dcf) {
    binding.issues.push_back(
        {Severity::Error, "dcf", "required", "dcf is required when model is dcf", {}});
    return binding;
  }
  Binder binder(doc, *dcf, binding.issues);
  binding.inputs = binder.bind(binding.resolved, binding.costOfCapital);
  return binding;
}

DcfEvaluation evaluateDcfScenario(const ScenarioDocument& doc) {
  DcfEvaluation evaluation;
  evaluation.binding = bindDcf(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  const DcfInputs& in = *evaluation.binding.inputs;
  DcfResult result = evaluateDcf(in);
  if (!std::isfinite(result.enterpriseValue) || !std::isfinite(result.valuePerShare)) {
    evaluation.issues.push_back({Severity::Error,
                                 "dcf",
                                 "not_finite_result",
                                 "the valuation overflowed: the inputs compound to numbers "
                                 "beyond floating point (check growth rates and years)",
                                 {}});
    return evaluation;
  }
  addResultWarnings(in, result, evaluation.issues);
  evaluation.result = std::move(result);
  return evaluation;
}

}  // namespace valor
