#include "core/models/dcf/dcfschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

std::vector<EntitySchema> dcfEntitySchemas() {
  std::vector<EntitySchema> out;
  EntitySchema dcf{"dcf", "DCF assumptions (\"dcf\")", {}, {}};
  auto& f = dcf.fields;
  f.push_back(integer("base_year", "year", closed(1900, 9998),
                      "Last actual fiscal year; the projection starts the year after.", true));
  FieldSpec fye = makeField("fiscal_year_end", FieldType::MonthDay, "");
  fye.defaultValue = Value(std::string("12-31"));
  fye.help = "Month and day the fiscal year ends, \"MM-DD\".";
  f.push_back(fye);
  FieldSpec valuationDate = makeField("valuation_date", FieldType::Date, "");
  valuationDate.help =
      "Date the value is struck, \"YYYY-MM-DD\": on or after the base year's end and before "
      "the first projection year's end. The first year is then a stub: its cash flow is "
      "pro-rated by the days remaining. Default: the base year's end (no stub).";
  f.push_back(valuationDate);
  f.push_back(integer("years", "years", closed(1, 30), "Projection years (1 to 30).", true));
  f.push_back(number("base.revenue", "money", openLow(0, kMaxMoney), "Revenue of the base year.",
                     std::nullopt, true));
  f.push_back(number("base.nwc", "money", closed(-kMaxMoney, kMaxMoney),
                     "Net working capital at the base year's end. Default: the first "
                     "projection year's NWC percentage times base revenue."));
  addDriver(f, "revenue_growth", "rate", openLow(-1, 10), "revenue growth");
  addDriver(f, "ebit_margin", "rate", closed(-10, 1), "the EBIT margin");
  addDriver(f, "tax_rate", "rate", openHigh(0, 1), "the tax rate on EBIT");
  f.push_back(choice("reinvestment", {"percent_of_revenue", "sales_to_capital"},
                     "percent_of_revenue: capex, D&A and NWC as % of revenue. sales_to_capital: "
                     "reinvestment = revenue increase / sales-to-capital ratio (Damodaran).",
                     std::string("percent_of_revenue")));
  addDriver(f, "da_pct_revenue", "rate", closed(0, 10),
            "D&A as % of revenue (needed for EV/EBITDA)");
  addDriver(f, "capex_pct_revenue", "rate", closed(0, 10), "capex as % of revenue");
  addDriver(f, "nwc_pct_revenue", "rate", closed(-10, 10), "NWC as % of revenue");
  addDriver(f, "sales_to_capital", "ratio", openLow(0, 100), "the sales-to-capital ratio");

  f.push_back(choice("discount_rate.method", {"direct", "build_up"},
                     "direct: give the WACC. build_up: CAPM cost of equity, after-tax cost of "
                     "debt and target weights.",
                     std::nullopt, true));
  f.push_back(number("discount_rate.wacc", "rate", openLow(0, 1), "WACC (method direct)."));
  f.push_back(number("discount_rate.risk_free_rate", "rate", closed(-0.05, 0.5),
                     "Risk-free rate. Required for build_up; with direct it enables the check "
                     "that terminal growth stays at or below it."));
  f.push_back(number("discount_rate.equity_risk_premium", "rate", closed(0, 0.5),
                     "Mature-market equity risk premium."));
  f.push_back(number("discount_rate.country_risk_premium", "rate", closed(0, 0.5),
                     "Added to the cost of equity.", 0.0));
  f.push_back(choice("discount_rate.beta_type", {"levered", "unlevered"},
                     "unlevered: relevered at the target D/E with Hamada.",
                     std::string("levered")));
  f.push_back(number("discount_rate.beta", "ratio", closed(-5, 10), "Equity beta."));
  f.push_back(number("discount_rate.debt_beta", "ratio", closed(-1, 5),
                     "Beta of debt when relevering (0 = Hamada's assumption).", 0.0));
  f.push_back(number("discount_rate.target_debt_to_equity", "ratio", closed(0, 100),
                     "Target D/E at market values; sets the WACC weights and the relevering."));
  f.push_back(
      number("discount_rate.pre_tax_cost_of_debt", "rate", closed(0, 1), "Pre-tax cost of debt."));
  f.push_back(number("discount_rate.marginal_tax_rate", "rate", openHigh(0, 1),
                     "Marginal tax rate for the interest tax shield and relevering."));

  f.push_back(choice("terminal_value.method", {"gordon", "exit_multiple"},
                     "gordon: FCFF_N x (1 + g) / (WACC - g). exit_multiple: multiple x final "
                     "year EBITDA or EBIT.",
                     std::nullopt, true));
  f.push_back(number("terminal_value.growth", "rate", open(-1, 1),
                     "Perpetual growth g (method gordon); must be below the WACC."));
  f.push_back(choice("terminal_value.metric", {"ev_ebitda", "ev_ebit"},
                     "Metric of the exit multiple; with gordon, the metric of the implied "
                     "multiple reported.",
                     std::string("ev_ebitda")));
  f.push_back(number("terminal_value.multiple", "multiple", openLow(0, 1000),
                     "Exit multiple (method exit_multiple)."));

  f.push_back(choice("conventions.discounting", {"end_of_year", "mid_year"},
                     "When each year's cash flow is discounted: at its end, or at its middle "
                     "(mid-year convention).",
                     std::string("end_of_year")));
  f.push_back(choice("conventions.terminal_timing", {"consistent", "end_of_final_year"},
                     "Under mid-year, a Gordon terminal value is discounted at N - 0.5 "
                     "(consistent: its flows also arrive mid-year) or at N. An exit-multiple "
                     "value is a sale at the end of year N and is always discounted at N.",
                     std::string("consistent")));

  f.push_back(number("equity_bridge.cash", "money", closed(0, kMaxMoney),
                     "Cash and equivalents, added.", 0.0));
  f.push_back(number("equity_bridge.debt", "money", closed(0, kMaxMoney),
                     "Financial debt (incl. leases if FCFF excludes them), subtracted.", 0.0));
  f.push_back(number("equity_bridge.preferred", "money", closed(0, kMaxMoney),
                     "Preferred equity, subtracted.", 0.0));
  f.push_back(number("equity_bridge.minority_interest", "money", closed(0, kMaxMoney),
                     "Non-controlling interests, subtracted.", 0.0));
  f.push_back(number("equity_bridge.non_operating_assets", "money", closed(0, kMaxMoney),
                     "Non-operating assets and cross-holdings, added.", 0.0));
  f.push_back(number("equity_bridge.basic_shares", "shares", openLow(0, kMaxShares),
                     "Basic shares outstanding.", std::nullopt, true));
  dcf.childSlots = {{"equity_bridge.options", "option_tranche", true, false, 1000,
                     "Options and warrants, diluted by the treasury stock method at the computed "
                     "value per share."}};
  out.push_back(dcf);

  EntitySchema tranche{
      "option_tranche", "Option or warrant tranche (\"equity_bridge.options[]\")", {}, {}};
  tranche.fields = {
      text("label", "A name, e.g. \"2024 plan\"."),
      number("count", "shares", closed(0, kMaxShares), "Number outstanding.", std::nullopt, true),
      number("strike", "price", closed(0, 1e9), "Exercise price per share.", std::nullopt, true),
  };
  out.push_back(tranche);
  return out;
}

}  // namespace valor
