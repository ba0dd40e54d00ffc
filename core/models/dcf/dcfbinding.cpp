#include "core/models/dcf/dcfbinding.h"

#include <algorithm>
#include <cmath>

#include "core/common/date.h"
#include "core/model/schema.h"
#include "core/models/blockreader.h"

namespace valor {
namespace {

class Binder {
 public:
  Binder(const ScenarioDocument& doc, const Entity& dcf, Issues& issues)
      : doc_(doc), r_(dcf, "dcf", issues), issues_(issues) {}

  std::optional<DcfInputs> bind(DcfInputs& in, std::optional<CostOfCapital>& costOfCapital) {
    const auto baseYear = r_.integerOf("base_year");
    const auto years = r_.integerOf("years");
    if (!baseYear || !years) return std::nullopt;  // schema issues already say why
    firstYear_ = *baseYear + 1;
    yearCount_ = *years;
    in.firstYear = firstYear_;
    in.years = yearCount_;
    bindStub(*baseYear, in);

    const double* baseRevenue = r_.entity().number("base.revenue");
    if (baseRevenue) in.baseRevenue = *baseRevenue;
    r_.driver("revenue_growth", firstYear_, yearCount_, in.revenueGrowth);
    r_.driver("ebit_margin", firstYear_, yearCount_, in.ebitMargin);
    r_.driver("tax_rate", firstYear_, yearCount_, in.taxRate);

    const std::string reinvestment = r_.choiceOf("reinvestment");
    if (reinvestment == "sales_to_capital") {
      in.reinvestment = ReinvestmentMethod::SalesToCapital;
      r_.driver("sales_to_capital", firstYear_, yearCount_, in.salesToCapital);
      in.hasDepreciation = r_.entity().field("da_pct_revenue.mode") != nullptr;
      if (in.hasDepreciation) r_.driver("da_pct_revenue", firstYear_, yearCount_, in.daPctRevenue);
    } else {
      in.reinvestment = ReinvestmentMethod::PercentOfRevenue;
      r_.driver("da_pct_revenue", firstYear_, yearCount_, in.daPctRevenue);
      r_.driver("capex_pct_revenue", firstYear_, yearCount_, in.capexPctRevenue);
      r_.driver("nwc_pct_revenue", firstYear_, yearCount_, in.nwcPctRevenue);
    }
    if (const double* nwc = r_.entity().number("base.nwc"))
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
  void bindStub(int baseYear, DcfInputs& in) {
    if (r_.schemaRejected("fiscal_year_end")) return;
    const std::string fye = r_.choiceOf("fiscal_year_end");
    const int month = std::stoi(fye.substr(0, 2));
    const int day = std::stoi(fye.substr(3, 2));
    auto yearEnd = [&](int year) {  // 02-29 falls on 02-28 in common years
      return *Date::fromYmd(year, month, std::min(day, Date::daysInMonth(year, month)));
    };
    const Date baseEnd = yearEnd(baseYear);
    const Date firstEnd = yearEnd(baseYear + 1);
    const std::string* text = r_.entity().text("valuation_date");
    if (!text || r_.schemaRejected("valuation_date")) return;
    const Date valuation = *Date::parseIso(*text);
    if (valuation < baseEnd || valuation >= firstEnd) {
      r_.error("valuation_date", "valuation_date_outside_first_year",
               r_.path("valuation_date") + " must be on or after the base year's end (" +
                   baseEnd.toIso() + ") and before the first projection year's end (" +
                   firstEnd.toIso() + "); move base_year so the valuation date falls in year one",
               {{"value", *text}, {"from", baseEnd.toIso()}, {"to", firstEnd.toIso()}});
      return;
    }
    // Stub = days remaining in the first year / days in that year (actual/actual).
    in.stubFraction = static_cast<double>(daysBetween(valuation, firstEnd)) /
                      static_cast<double>(daysBetween(baseEnd, firstEnd));
  }

  void bindDiscountRate(DcfInputs& in, std::optional<CostOfCapital>& costOfCapital) {
    const std::string method = r_.choiceOf("discount_rate.method");
    if (const double* rf = r_.entity().number("discount_rate.risk_free_rate");
        rf && !r_.schemaRejected("discount_rate.risk_free_rate"))
      in.riskFreeRate = *rf;
    if (method == "direct") {
      if (auto wacc = r_.need("discount_rate.wacc", "when dcf.discount_rate.method is direct"))
        in.wacc = *wacc;
      return;
    }
    if (method != "build_up") return;
    const std::string when = "when dcf.discount_rate.method is build_up";
    CostOfCapitalInputs c;
    const auto rf = r_.need("discount_rate.risk_free_rate", when);
    const auto erp = r_.need("discount_rate.equity_risk_premium", when);
    const auto crp = r_.need("discount_rate.country_risk_premium", when);
    const auto beta = r_.need("discount_rate.beta", when);
    const auto debtBeta = r_.need("discount_rate.debt_beta", when);
    const auto de = r_.need("discount_rate.target_debt_to_equity", when);
    const auto kd = r_.need("discount_rate.pre_tax_cost_of_debt", when);
    const auto tax = r_.need("discount_rate.marginal_tax_rate", when);
    if (r_.entity().field("discount_rate.wacc"))
      r_.warning("discount_rate.wacc", "unused_with_build_up",
                 "dcf.discount_rate.wacc is not used: the WACC is built up from its parts");
    if (!rf || !erp || !crp || !beta || !debtBeta || !de || !kd || !tax) return;
    c.riskFreeRate = *rf;
    c.equityRiskPremium = *erp;
    c.countryRiskPremium = *crp;
    c.beta = *beta;
    c.betaIsUnlevered = r_.choiceOf("discount_rate.beta_type") == "unlevered";
    c.debtBeta = *debtBeta;
    c.targetDebtToEquity = *de;
    c.preTaxCostOfDebt = *kd;
    c.marginalTaxRate = *tax;
    costOfCapital = buildCostOfCapital(c);
    in.wacc = costOfCapital->wacc;
    if (!(in.wacc > 0))
      r_.error("discount_rate", "wacc_not_positive",
               "the built-up WACC is " + formatPercent(in.wacc) +
                   "; it must be positive (check beta and "
                   "the premiums)",
               {{"wacc", formatNumber(in.wacc)}});
  }

  void bindTerminalValue(DcfInputs& in) {
    const std::string method = r_.choiceOf("terminal_value.method");
    const bool metricGiven = r_.entity().field("terminal_value.metric") != nullptr;
    const bool ebitda = r_.choiceOf("terminal_value.metric") == "ev_ebitda";
    in.terminalMetric = ebitda ? TerminalMetric::EvEbitda : TerminalMetric::EvEbit;
    if (method == "gordon") {
      in.terminalMethod = TerminalMethod::Gordon;
      // Without D&A there is no EBITDA: report the implied EV/EBIT unless told otherwise.
      if (!in.hasDepreciation && !metricGiven) in.terminalMetric = TerminalMetric::EvEbit;
      const auto g = r_.need("terminal_value.growth", "when dcf.terminal_value.method is gordon");
      if (!g) return;
      in.terminalGrowth = *g;
      if (in.wacc > 0 && !(in.terminalGrowth < in.wacc))
        r_.error("terminal_value.growth", "growth_not_below_wacc",
                 "dcf.terminal_value.growth (" + formatPercent(in.terminalGrowth) +
                     ") must be below the WACC (" + formatPercent(in.wacc) +
                     "): the Gordon growth model has no finite value otherwise",
                 {{"growth", formatNumber(in.terminalGrowth)}, {"wacc", formatNumber(in.wacc)}});
    } else if (method == "exit_multiple") {
      in.terminalMethod = TerminalMethod::ExitMultiple;
      if (auto m =
              r_.need("terminal_value.multiple", "when dcf.terminal_value.method is exit_multiple"))
        in.exitMultiple = *m;
    }
    if (in.terminalMetric == TerminalMetric::EvEbitda && !in.hasDepreciation &&
        (method == "exit_multiple" || metricGiven))
      r_.error("terminal_value.metric", "ebitda_needs_depreciation",
               "dcf.terminal_value.metric ev_ebitda needs D&A: give dcf.da_pct_revenue, or use "
               "ev_ebit");
  }

  void bindConventions(DcfInputs& in) {
    in.discounting = r_.choiceOf("conventions.discounting") == "mid_year" ? Discounting::MidYear
                                                                          : Discounting::EndOfYear;
    in.terminalTiming = r_.choiceOf("conventions.terminal_timing") == "end_of_final_year"
                            ? TerminalTiming::EndOfFinalYear
                            : TerminalTiming::Consistent;
  }

  void bindBridge(DcfInputs& in) {
    auto money = [&](const char* field) {
      auto v = r_.need(field, "");
      return v ? *v : 0.0;
    };
    in.cash = money("equity_bridge.cash");
    in.debt = money("equity_bridge.debt");
    in.preferred = money("equity_bridge.preferred");
    in.minorityInterest = money("equity_bridge.minority_interest");
    in.nonOperatingAssets = money("equity_bridge.non_operating_assets");
    if (const double* shares = r_.entity().number("equity_bridge.basic_shares"))
      in.basicShares = *shares;
    for (const Entity* tranche : doc_.listMembers(r_.entity(), "equity_bridge.options")) {
      const double* count = tranche->number("count");
      const double* strike = tranche->number("strike");
      if (count && strike) in.optionsByStrike.push_back({*count, *strike});
    }
    std::stable_sort(
        in.optionsByStrike.begin(), in.optionsByStrike.end(),
        [](const OptionTranche& a, const OptionTranche& b) { return a.strike < b.strike; });
  }

  const ScenarioDocument& doc_;
  BlockReader r_;
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

DcfBinding bindDcf(const ScenarioDocument& doc) {
  DcfBinding binding;
  binding.issues = valuationSchemaIssues(doc);
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
