#include "ui/models/dcf/dcfpresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");
const QString kRatio = QStringLiteral("ratio");

bool buildUp(const BlockValues& v) {
  return v.choice("discount_rate.method") == "build_up";
}
bool gordon(const BlockValues& v) {
  return v.choice("terminal_value.method") == "gordon";
}
bool percentOfRevenue(const BlockValues& v) {
  return v.choice("reinvestment") != "sales_to_capital";
}

using present::choice;
using present::driver;
using present::field;

ModelPresentation build() {
  ModelPresentation p;
  p.model = "dcf";
  p.context = "DcfPresentation";
  const char* timing = QT_TRANSLATE_NOOP("DcfPresentation", "Timing");
  const char* revenue = QT_TRANSLATE_NOOP("DcfPresentation", "Revenue and reinvestment");
  const char* rate = QT_TRANSLATE_NOOP("DcfPresentation", "Discount rate");
  const char* terminal = QT_TRANSLATE_NOOP("DcfPresentation", "Terminal value");
  const char* conventions = QT_TRANSLATE_NOOP("DcfPresentation", "Conventions");
  const char* bridge = QT_TRANSLATE_NOOP("DcfPresentation", "Equity bridge");
  auto costPart = [](const BlockValues& v) { return buildUp(v); };
  p.fields = {
      field("base_year", QT_TRANSLATE_NOOP("DcfPresentation", "Base year"), timing, W::Integer),
      field("years", QT_TRANSLATE_NOOP("DcfPresentation", "Projection years"), timing, W::Integer),
      field("fiscal_year_end", QT_TRANSLATE_NOOP("DcfPresentation", "Fiscal year end (MM-DD)"),
            timing, W::Text),
      field("valuation_date", QT_TRANSLATE_NOOP("DcfPresentation", "Valuation date"), timing,
            W::Date),

      field("base.revenue", QT_TRANSLATE_NOOP("DcfPresentation", "Base-year revenue"), revenue,
            W::Number, kMoney),
      field("base.nwc", QT_TRANSLATE_NOOP("DcfPresentation", "Base-year NWC"), revenue, W::Number,
            kMoney, percentOfRevenue),
      choice(
          "reinvestment", QT_TRANSLATE_NOOP("DcfPresentation", "Reinvestment"), revenue,
          {{"percent_of_revenue",
            QT_TRANSLATE_NOOP("DcfPresentation", "Capex, D&A, NWC as % of revenue")},
           {"sales_to_capital", QT_TRANSLATE_NOOP("DcfPresentation", "Sales-to-capital ratio")}}),

      choice("discount_rate.method", QT_TRANSLATE_NOOP("DcfPresentation", "Method"), rate,
             {{"direct", QT_TRANSLATE_NOOP("DcfPresentation", "WACC given")},
              {"build_up", QT_TRANSLATE_NOOP("DcfPresentation", "Build-up (CAPM)")}}),
      field("discount_rate.wacc", QT_TRANSLATE_NOOP("DcfPresentation", "WACC"), rate, W::Number,
            kRate, [](const BlockValues& v) { return !buildUp(v); }),
      field("discount_rate.risk_free_rate", QT_TRANSLATE_NOOP("DcfPresentation", "Risk-free rate"),
            rate, W::Number, kRate),
      field("discount_rate.equity_risk_premium",
            QT_TRANSLATE_NOOP("DcfPresentation", "Equity risk premium"), rate, W::Number, kRate,
            costPart),
      field("discount_rate.country_risk_premium",
            QT_TRANSLATE_NOOP("DcfPresentation", "Country risk premium"), rate, W::Number, kRate,
            costPart),
      choice("discount_rate.beta_type", QT_TRANSLATE_NOOP("DcfPresentation", "Beta type"), rate,
             {{"levered", QT_TRANSLATE_NOOP("DcfPresentation", "levered")},
              {"unlevered",
               QT_TRANSLATE_NOOP("DcfPresentation", "unlevered (relevered at target D/E)")}}),
      field("discount_rate.beta", QT_TRANSLATE_NOOP("DcfPresentation", "Beta"), rate, W::Number, {},
            costPart),
      field("discount_rate.debt_beta", QT_TRANSLATE_NOOP("DcfPresentation", "Debt beta"), rate,
            W::Number, {}, costPart),
      field("discount_rate.target_debt_to_equity",
            QT_TRANSLATE_NOOP("DcfPresentation", "Target D/E"), rate, W::Number, {}, costPart),
      field("discount_rate.pre_tax_cost_of_debt",
            QT_TRANSLATE_NOOP("DcfPresentation", "Pre-tax cost of debt"), rate, W::Number, kRate,
            costPart),
      field("discount_rate.marginal_tax_rate",
            QT_TRANSLATE_NOOP("DcfPresentation", "Marginal tax rate"), rate, W::Number, kRate,
            costPart),

      choice("terminal_value.method", QT_TRANSLATE_NOOP("DcfPresentation", "Method"), terminal,
             {{"gordon", QT_TRANSLATE_NOOP("DcfPresentation", "Gordon growth")},
              {"exit_multiple", QT_TRANSLATE_NOOP("DcfPresentation", "Exit multiple")}}),
      field("terminal_value.growth", QT_TRANSLATE_NOOP("DcfPresentation", "Terminal growth"),
            terminal, W::Number, kRate, gordon),
      choice("terminal_value.metric", QT_TRANSLATE_NOOP("DcfPresentation", "Multiple of"), terminal,
             {{"ev_ebitda", QT_TRANSLATE_NOOP("DcfPresentation", "EV/EBITDA")},
              {"ev_ebit", QT_TRANSLATE_NOOP("DcfPresentation", "EV/EBIT")}}),
      field("terminal_value.multiple", QT_TRANSLATE_NOOP("DcfPresentation", "Exit multiple"),
            terminal, W::Number, {}, [](const BlockValues& v) { return !gordon(v); }),

      choice("conventions.discounting", QT_TRANSLATE_NOOP("DcfPresentation", "Discounting"),
             conventions,
             {{"end_of_year", QT_TRANSLATE_NOOP("DcfPresentation", "End of year")},
              {"mid_year", QT_TRANSLATE_NOOP("DcfPresentation", "Mid-year")}}),
      choice(
          "conventions.terminal_timing",
          QT_TRANSLATE_NOOP("DcfPresentation", "Gordon value under mid-year"), conventions,
          {{"consistent", QT_TRANSLATE_NOOP("DcfPresentation",
                                            "Half a year before the end of year N (consistent)")},
           {"end_of_final_year", QT_TRANSLATE_NOOP("DcfPresentation", "At the end of year N")}}),

      field("equity_bridge.cash", QT_TRANSLATE_NOOP("DcfPresentation", "Cash"), bridge, W::Number,
            kMoney),
      field("equity_bridge.debt", QT_TRANSLATE_NOOP("DcfPresentation", "Debt"), bridge, W::Number,
            kMoney),
      field("equity_bridge.preferred", QT_TRANSLATE_NOOP("DcfPresentation", "Preferred equity"),
            bridge, W::Number, kMoney),
      field("equity_bridge.minority_interest",
            QT_TRANSLATE_NOOP("DcfPresentation", "Minority interest"), bridge, W::Number, kMoney),
      field("equity_bridge.non_operating_assets",
            QT_TRANSLATE_NOOP("DcfPresentation", "Non-operating assets"), bridge, W::Number,
            kMoney),
      field("equity_bridge.basic_shares", QT_TRANSLATE_NOOP("DcfPresentation", "Basic shares"),
            bridge, W::Number),

      // The per-year grid's rows, in this order; the reinvestment method decides which show.
      driver("revenue_growth", QT_TRANSLATE_NOOP("DcfPresentation", "Revenue growth"), kRate),
      driver("ebit_margin", QT_TRANSLATE_NOOP("DcfPresentation", "EBIT margin"), kRate),
      driver("tax_rate", QT_TRANSLATE_NOOP("DcfPresentation", "Tax rate"), kRate),
      driver("sales_to_capital", QT_TRANSLATE_NOOP("DcfPresentation", "Sales-to-capital"), kRatio,
             [](const BlockValues& v) { return !percentOfRevenue(v); }),
      driver(
          "da_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "D&A % of revenue"), kRate,
          [](const BlockValues& v) { return percentOfRevenue(v) || v.has("da_pct_revenue.mode"); }),
      driver("capex_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "Capex % of revenue"), kRate,
             percentOfRevenue),
      driver("nwc_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "NWC % of revenue"), kRate,
             percentOfRevenue),
  };
  ListPresentation options;
  options.slot = "equity_bridge.options";
  options.itemCaption = QT_TRANSLATE_NOOP("DcfPresentation", "Option tranche %1");
  options.fields = {
      field("label", QT_TRANSLATE_NOOP("DcfPresentation", "tranche"), nullptr, W::Text),
      field("count", QT_TRANSLATE_NOOP("DcfPresentation", "count"), nullptr, W::Number),
      field("strike", QT_TRANSLATE_NOOP("DcfPresentation", "strike"), nullptr, W::Number,
            QStringLiteral("price"))};
  options.memberCaption = QT_TRANSLATE_NOOP("DcfPresentation", "option tranche");
  options.group = bridge;
  options.title = QT_TRANSLATE_NOOP(
      "DcfPresentation", "Options and warrants (treasury stock method at the computed price):");
  options.newMember = {{"count", Value(0.0)}, {"strike", Value(0.0)}};
  p.lists = {options};
  p.outputs = {
      {"value_per_share", QT_TRANSLATE_NOOP("DcfPresentation", "Value per share")},
      {"enterprise_value", QT_TRANSLATE_NOOP("DcfPresentation", "Enterprise value")},
      {"equity_value", QT_TRANSLATE_NOOP("DcfPresentation", "Equity value")},
      {"diluted_shares", QT_TRANSLATE_NOOP("DcfPresentation", "Diluted shares")},
      {"pv_explicit", QT_TRANSLATE_NOOP("DcfPresentation", "PV of explicit period")},
      {"pv_terminal", QT_TRANSLATE_NOOP("DcfPresentation", "PV of terminal value")},
      {"terminal_value", QT_TRANSLATE_NOOP("DcfPresentation", "Terminal value")},
      {"terminal_share_of_ev", QT_TRANSLATE_NOOP("DcfPresentation", "Terminal value share of EV")},
      {"implied_exit_multiple", QT_TRANSLATE_NOOP("DcfPresentation", "Implied exit multiple")},
      {"implied_terminal_growth", QT_TRANSLATE_NOOP("DcfPresentation", "Implied terminal growth")},
      {"wacc", QT_TRANSLATE_NOOP("DcfPresentation", "WACC")}};
  p.tables = {{"projection", QT_TRANSLATE_NOOP("DcfPresentation", "Projection")},
              {"drivers", QT_TRANSLATE_NOOP("DcfPresentation", "Drivers per year")}};
  p.columns = {{"revenue", QT_TRANSLATE_NOOP("DcfPresentation", "Revenue")},
               {"growth", QT_TRANSLATE_NOOP("DcfPresentation", "Revenue growth")},
               {"ebitda", QT_TRANSLATE_NOOP("DcfPresentation", "EBITDA")},
               {"ebit", QT_TRANSLATE_NOOP("DcfPresentation", "EBIT")},
               {"taxes", QT_TRANSLATE_NOOP("DcfPresentation", "Taxes on EBIT")},
               {"nopat", QT_TRANSLATE_NOOP("DcfPresentation", "NOPAT")},
               {"depreciation", QT_TRANSLATE_NOOP("DcfPresentation", "D&A")},
               {"capex", QT_TRANSLATE_NOOP("DcfPresentation", "Capex")},
               {"delta_nwc", QT_TRANSLATE_NOOP("DcfPresentation", "Change in NWC")},
               {"reinvestment", QT_TRANSLATE_NOOP("DcfPresentation", "Reinvestment")},
               {"fcff", QT_TRANSLATE_NOOP("DcfPresentation", "FCFF")},
               {"discount_factor", QT_TRANSLATE_NOOP("DcfPresentation", "Discount factor")},
               {"present_value", QT_TRANSLATE_NOOP("DcfPresentation", "Present value")},
               {"revenue_growth", QT_TRANSLATE_NOOP("DcfPresentation", "Revenue growth")},
               {"ebit_margin", QT_TRANSLATE_NOOP("DcfPresentation", "EBIT margin")},
               {"tax_rate", QT_TRANSLATE_NOOP("DcfPresentation", "Tax rate")},
               {"da_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "D&A % of revenue")},
               {"capex_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "Capex % of revenue")},
               {"nwc_pct_revenue", QT_TRANSLATE_NOOP("DcfPresentation", "NWC % of revenue")},
               {"sales_to_capital", QT_TRANSLATE_NOOP("DcfPresentation", "Sales to capital")}};
  p.issues = {
      {"growth_not_below_wacc",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "Terminal growth (%1) must be below the WACC (%2): the Gordon growth "
                         "model has no finite value otherwise."),
       {{"growth", kRate}, {"wacc", kRate}}},
      {"wacc_not_positive",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "The built-up WACC is %1; it must be positive (check beta and the "
                         "premiums)."),
       {{"wacc", kRate}}},
      {"valuation_date_outside_first_year",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "The valuation date %1 must be on or after the base year's end (%2) "
                         "and before the first projection year's end (%3); move the base year "
                         "so that the valuation date falls in year one."),
       {{"value", QString()}, {"from", QString()}, {"to", QString()}}},
      {"unused_with_build_up",
       QT_TRANSLATE_NOOP("DcfPresentation", "Not used: the WACC is built up from its parts."),
       {}},
      {"ebitda_needs_depreciation",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "EV/EBITDA needs D&A: give D&A as a % of revenue, or use EV/EBIT."),
       {}},
      {"not_finite_result",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "The valuation overflowed: the inputs compound to numbers beyond "
                         "floating point (check growth rates and years)."),
       {}},
      // The engine's findings on a valued scenario.
      {"growth_above_risk_free",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "Terminal growth %1 is above the risk-free rate %2; stable growth "
                         "should not outpace the economy (Damodaran)."),
       {{"growth", kRate}, {"risk_free", kRate}}},
      {"terminal_share_high",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "The terminal value is %1 of enterprise value (over 75 %): the value "
                         "rests mostly on the years after the projection."),
       {{"share", kRate}}},
      {"negative_fcff",
       QT_TRANSLATE_NOOP("DcfPresentation", "Free cash flow is negative in %1."),
       {{"years", QString()}}},
      {"negative_terminal_value",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "The terminal value is negative: the final year's cash flow or metric "
                         "is negative."),
       {}},
      {"negative_equity",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "Equity value is negative: claims exceed the enterprise value; options "
                         "are not counted as exercised."),
       {}},
      {"no_implied_multiple",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "No implied exit multiple: the final year's metric is not positive."),
       {}},
      {"no_implied_growth",
       QT_TRANSLATE_NOOP("DcfPresentation",
                         "No implied terminal growth: the final year's free cash flow or the "
                         "terminal value is not positive."),
       {}},
  };
  // The classic table: the discount rate across, the terminal value down.
  p.gridAcross = {"dcf.discount_rate.wacc", "dcf.discount_rate.beta"};
  p.gridDown = {"dcf.terminal_value.growth", "dcf.terminal_value.multiple"};
  p.goalSeekInput = "dcf.discount_rate.wacc";  // the implied WACC at a price
  p.failureReasons = {
      {"growth_not_below_wacc",
       QT_TRANSLATE_NOOP("DcfPresentation", "Not valued: growth not below WACC")},
      {"wacc_not_positive", QT_TRANSLATE_NOOP("DcfPresentation", "Not valued: WACC not positive")}};
  return p;
}

}  // namespace

const ModelPresentation& dcfPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

}  // namespace valor::ui
