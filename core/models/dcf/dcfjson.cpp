#include "core/models/dcf/dcfjson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

Json rowToJson(const DcfYearRow& r, const DcfInputs& in) {
  const bool percentOfRevenue = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  // Columns a method does not model are null, never a placeholder zero.
  auto only = [](bool known, double v) { return known ? Json(v) : Json(nullptr); };
  Json row;
  row["year"] = r.year;
  row["fraction"] = r.fraction;
  row["revenue"] = r.revenue;
  row["growth"] = r.growth;
  row["ebitda"] = only(in.hasDepreciation, r.ebitda);
  row["ebit"] = r.ebit;
  row["taxes"] = r.taxes;
  row["nopat"] = r.nopat;
  row["depreciation"] = only(in.hasDepreciation, r.depreciation);
  row["capex"] = only(percentOfRevenue, r.capex);
  row["nwc"] = only(percentOfRevenue, r.nwc);
  row["delta_nwc"] = only(percentOfRevenue, r.deltaNwc);
  row["reinvestment"] = r.reinvestment;
  row["fcff"] = r.fcff;
  row["discount_time"] = r.discountTime;
  row["discount_factor"] = r.discountFactor;
  row["present_value"] = r.presentValue;
  return row;
}

const char* metricName(TerminalMetric m) {
  return m == TerminalMetric::EvEbitda ? "ev_ebitda" : "ev_ebit";
}

}  // namespace

Json dcfEvaluationToJson(const ScenarioDocument& doc, const DcfEvaluation& evaluation) {
  Json out = scenarioHeaderJson(doc);
  if (evaluation.result) {
    const DcfResult& r = *evaluation.result;
    const DcfInputs& in = *evaluation.binding.inputs;
    out["enterprise_value"] = r.enterpriseValue;
    out["equity_value"] = r.equityValue;
    out["value_per_share"] = r.valuePerShare;
    out["diluted_shares"] = r.dilutedShares;
    out["pv_explicit"] = r.pvExplicit;
    out["pv_terminal"] = r.pvTerminal;
    out["terminal_value"] = r.terminalValue;
    out["terminal_share_of_ev"] = optionalJson(r.terminalShareOfEv);
    out["terminal_discount_time"] = r.terminalDiscountTime;
    out["pv_terminal_other_timing"] = r.pvTerminalOtherTiming;
    out["implied_exit_multiple"] = optionalJson(r.impliedExitMultiple);
    out["implied_exit_multiple_metric"] = metricName(in.terminalMetric);
    out["implied_terminal_growth"] = optionalJson(r.impliedTerminalGrowth);
    out["wacc"] = in.wacc;
    if (const auto& c = evaluation.binding.costOfCapital) {
      Json cc;
      cc["levered_beta"] = c->leveredBeta;
      cc["cost_of_equity"] = c->costOfEquity;
      cc["after_tax_cost_of_debt"] = c->afterTaxCostOfDebt;
      cc["equity_weight"] = c->equityWeight;
      cc["debt_weight"] = c->debtWeight;
      cc["wacc"] = c->wacc;
      out["cost_of_capital"] = std::move(cc);
    }
    out["stub_fraction"] = in.stubFraction;
    out["discounting"] = in.discounting == Discounting::MidYear ? "mid_year" : "end_of_year";
    Json years = Json::array();
    for (int t = 0; t < r.projection.yearCount; ++t)
      years.push_back(rowToJson(r.projection.rows[static_cast<std::size_t>(t)], in));
    out["years"] = std::move(years);
  }
  out["warnings"] = issuesToJson(evaluation.issues, Severity::Warning);
  out["issues"] = issuesToJson(evaluation.issues, Severity::Error);
  return out;
}

}  // namespace valor
