#include "core/models/dcf/dcfkind.h"

#include <algorithm>

#include "core/common/require.h"

#include "core/models/dcf/dcfanalytics.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/dcf/dcfjson.h"
#include "core/models/dcf/dcfschema.h"
#include "core/models/dcf/dcftable.h"
#include "core/models/dcf/dcftemplate.h"
#include "core/models/dcf/dcfworkbook.h"

namespace valor {
namespace {

// The projection as a named table; columns a reinvestment method does not model hold no value.
NamedTable projectionTable(const DcfResult& r, const DcfInputs& in) {
  const bool pctRevenue = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  NamedTable table;
  table.key = "projection";
  table.columns = {{"revenue", "money"},      {"growth", "rate"}, {"ebitda", "money"},
                   {"ebit", "money"},         {"taxes", "money"}, {"nopat", "money"},
                   {"depreciation", "money"}, {"capex", "money"}, {"delta_nwc", "money"},
                   {"reinvestment", "money"}, {"fcff", "money"},  {"discount_factor", "ratio"},
                   {"present_value", "money"}};
  using Cell = std::optional<double>;
  auto only = [](bool known, double v) { return known ? Cell(v) : Cell(); };
  for (int t = 0; t < r.projection.yearCount; ++t) {
    const DcfYearRow& row = r.projection.rows[static_cast<std::size_t>(t)];
    table.years.push_back(row.year);
    table.rows.push_back({row.revenue, row.growth, only(in.hasDepreciation, row.ebitda), row.ebit,
                          row.taxes, row.nopat, only(in.hasDepreciation, row.depreciation),
                          only(pctRevenue, row.capex), only(pctRevenue, row.deltaNwc),
                          row.reinvestment, row.fcff, row.discountFactor, row.presentValue});
  }
  return table;
}

// The drivers as the binding resolved them, year by year (constant and staged drivers spelled
// out), even when the scenario cannot be valued: the per-year grid shows them.
NamedTable driversTable(const DcfInputs& in) {
  NamedTable table;
  table.key = "drivers";
  table.echoesInputs = true;
  for (const DcfDriverField& d : kDcfDrivers)
    table.columns.push_back({d.name, std::string(d.name) == "sales_to_capital" ? "ratio" : "rate"});
  const int years = std::clamp(static_cast<int>(in.years), 0, kMaxProjectionYears);
  for (int t = 0; t < years; ++t) {
    table.years.push_back(in.firstYear + t);
    std::vector<std::optional<double>> row;
    for (const DcfDriverField& d : kDcfDrivers)
      row.emplace_back((in.*(d.values))[static_cast<std::size_t>(t)]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::vector<NamedOutput> namedOutputs(const DcfResult& r, const DcfInputs& in) {
  return {{"value_per_share", "price", r.valuePerShare},
          {"enterprise_value", "money", r.enterpriseValue},
          {"equity_value", "money", r.equityValue},
          {"diluted_shares", "shares", r.dilutedShares},
          {"pv_explicit", "money", r.pvExplicit},
          {"pv_terminal", "money", r.pvTerminal},
          {"terminal_value", "money", r.terminalValue},
          {"terminal_share_of_ev", "ratio", r.terminalShareOfEv},
          {"implied_exit_multiple", "multiple", r.impliedExitMultiple},
          {"implied_terminal_growth", "rate", r.impliedTerminalGrowth},
          {"wacc", "rate", in.wacc}};
}

class DcfKind final : public ModelKind {
 public:
  std::string id() const override { return "dcf"; }
  std::string blockHelp() const override { return "The DCF assumptions (model dcf)."; }
  std::vector<EntitySchema> entitySchemas() const override { return dcfEntitySchemas(); }
  std::string scenarioTemplate() const override { return dcfTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto dcf = std::make_shared<DcfEvaluation>(evaluateDcfScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = dcf->issues;
    if (dcf->result) {
      e.valued = true;
      e.outputs = namedOutputs(*dcf->result, *dcf->binding.inputs);
      e.tables.push_back(projectionTable(*dcf->result, *dcf->binding.inputs));
    }
    e.tables.push_back(driversTable(dcf->binding.resolved));
    e.setDetail<DcfEvaluation>(std::move(dcf));
    return e;
  }

  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    const DcfEvaluation* dcf = evaluation.detail<DcfEvaluation>();
    return dcf ? dcfEvaluationToJson(doc, *dcf) : ModelKind::evaluationJson(doc, evaluation);
  }

  void printEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation,
                       std::ostream& out) const override {
    if (const DcfEvaluation* dcf = evaluation.detail<DcfEvaluation>())
      printDcfTable(doc, *dcf, out);
    else
      ModelKind::printEvaluation(doc, evaluation, out);
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return dcfAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return prepareDcfModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return dcfInputPaths(doc);
  }
  std::vector<std::string> whatIfInputPaths(const ScenarioDocument& doc) const override {
    return dcfWhatIfInputPaths(doc);
  }
  bool writeWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const Evaluation& evaluation) const override {
    const DcfEvaluation* dcf = evaluation.detail<DcfEvaluation>();
    if (!dcf || !dcf->result || !dcf->binding.inputs) return false;
    writeDcfWorkbookModel(book, doc, *dcf);
    return true;
  }
  // Net debt at the base year's end is the bridge's; the actuals' shares are diluted while the
  // bridge wants basic shares (it dilutes options itself), so shares are left to the analyst.
  BaseFromActuals baseFromActuals() const override {
    return {"base_year",
            "years",
            {{"base.revenue", "revenue"},
             {"base.nwc", "nwc"},
             {"equity_bridge.cash", "cash"},
             {"equity_bridge.debt", "debt"}}};
  }

  std::vector<InputGroup> inputGroups() const override {
    return {{"timing",
             "Timing and conventions",
             {"base_year", "fiscal_year_end", "valuation_date", "years", "conventions"}},
            {"revenue", "Revenue and growth", {"base.revenue", "revenue_growth"}},
            {"margins", "EBIT margin", {"ebit_margin"}},
            {"tax", "Tax rate", {"tax_rate"}},
            {"reinvestment",
             "Reinvestment",
             {"reinvestment", "sales_to_capital", "da_pct_revenue", "capex_pct_revenue",
              "nwc_pct_revenue", "base.nwc"}},
            {"discount_rate", "Discount rate", {"discount_rate"}},
            {"terminal_value", "Terminal value", {"terminal_value"}},
            {"equity_bridge", "Equity bridge", {"equity_bridge"}}};
  }
};

}  // namespace

const DcfEvaluation& dcfEvaluationOf(const Evaluation& evaluation) {
  const DcfEvaluation* dcf = evaluation.detail<DcfEvaluation>();
  VALOR_REQUIRE(dcf != nullptr, "not the evaluation of a DCF scenario: " + evaluation.model);
  return *dcf;
}

std::unique_ptr<ModelKind> makeDcfKind() {
  return std::make_unique<DcfKind>();
}

}  // namespace valor
