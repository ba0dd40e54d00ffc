#include "core/models/lbo/lbokind.h"

#include <algorithm>

#include "core/common/require.h"
#include "core/models/lbo/lboanalytics.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/lbo/lbojson.h"
#include "core/models/lbo/lboschema.h"
#include "core/models/lbo/lbotable.h"
#include "core/models/lbo/lbotemplate.h"
#include "core/models/lbo/lboworkbook.h"

namespace valor {
namespace {

using Cell = std::optional<double>;

template <typename RowFn>
NamedTable yearTable(const LboResult& r, std::string key, std::vector<TableColumn> columns,
                     RowFn row) {
  NamedTable table;
  table.key = std::move(key);
  table.columns = std::move(columns);
  for (int t = 0; t < r.years; ++t) {
    const LboYearRow& y = r.rows[static_cast<std::size_t>(t)];
    table.years.push_back(y.year);
    table.rows.push_back(row(y));
  }
  return table;
}

std::vector<NamedTable> resultTables(const LboResult& r) {
  std::vector<NamedTable> tables;
  tables.push_back(
      yearTable(r, "operating",
                {{"revenue", "money"},
                 {"ebitda", "money"},
                 {"depreciation", "money"},
                 {"ebit", "money"},
                 {"capex", "money"},
                 {"delta_nwc", "money"},
                 {"interest_cash", "money"},
                 {"interest_pik", "money"},
                 {"non_cash_amortisation", "money"},
                 {"interest_income", "money"},
                 {"ebt", "money"},
                 {"taxes", "money"},
                 {"nol_closing", "money"},
                 {"net_income", "money"}},
                [](const LboYearRow& y) -> std::vector<Cell> {
                  return {y.revenue,        y.ebitda,      y.depreciation,
                          y.ebit,           y.capex,       y.deltaNwc,
                          y.interestCash,   y.interestPik, y.oidAmortisation + y.feeAmortisation,
                          y.interestIncome, y.ebt,         y.taxes,
                          y.nolClosing,     y.netIncome};
                }));
  tables.push_back(yearTable(r, "cash",
                             {{"cash_opening", "money"},
                              {"cash_flow_for_debt", "money"},
                              {"mandatory", "money"},
                              {"dividends", "money"},
                              {"revolver_drawn", "money"},
                              {"revolver_repaid", "money"},
                              {"sweep", "money"},
                              {"cash_closing", "money"},
                              {"debt_closing", "money"}},
                             [](const LboYearRow& y) -> std::vector<Cell> {
                               return {y.cashOpening, y.cashFlowForDebt, y.mandatory,
                                       y.dividends,   y.revolverDrawn,   y.revolverRepaid,
                                       y.sweep,       y.cashClosing,     y.debtClosing};
                             }));
  const Money debtAtClose = r.sourcesUses.debt;
  tables.push_back(yearTable(r, "credit_stats",
                             {{"total_leverage", "multiple"},
                              {"senior_leverage", "multiple"},
                              {"interest_cover", "multiple"},
                              {"ebitda_less_capex_cover", "multiple"},
                              {"fcf_to_debt", "ratio"},
                              {"cumulative_paydown", "rate"}},
                             [&](const LboYearRow& y) -> std::vector<Cell> {
                               const LboCreditStats s = lboCreditStats(y, debtAtClose);
                               return {s.totalLeverage, s.seniorLeverage,
                                       s.interestCover, s.ebitdaLessCapexCover,
                                       s.fcfToDebt,     s.cumulativePaydown};
                             }));
  return tables;
}

// The drivers as the binding resolved them, year by year, even when the scenario cannot be
// valued: the per-year grid shows them.
NamedTable driversTable(const LboInputs& in) {
  NamedTable table;
  table.key = "drivers";
  table.echoesInputs = true;
  for (const LboDriverField& d : kLboDrivers) table.columns.push_back({d.name, d.unit});
  table.columns.push_back({"dividends", "money"});
  const int years = std::clamp(in.years, 0, kMaxLboYears);
  for (int t = 0; t < years; ++t) {
    table.years.push_back(in.firstYear + t);
    std::vector<Cell> row;
    for (const LboDriverField& d : kLboDrivers)
      row.emplace_back((in.*(d.values))[static_cast<std::size_t>(t)]);
    row.emplace_back(in.dividends[static_cast<std::size_t>(t)]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::vector<NamedOutput> namedOutputs(const LboEvaluation& e) {
  const LboResult& r = *e.result;
  return {{"irr", "rate", r.irr},
          {"xirr", "rate", e.xirr ? Cell(e.xirr->rate) : Cell()},
          {"moic", "multiple", r.moic},
          {"sponsor_equity", "money", r.sourcesUses.sponsorEquity},
          {"entry_enterprise_value", "money", r.sourcesUses.entryEnterpriseValue},
          {"entry_multiple", "multiple", r.entryMultiple},
          {"exit_enterprise_value", "money", r.exitEnterpriseValue},
          {"net_debt_at_exit", "money", r.netDebtAtExit},
          {"exit_equity", "money", r.exitEquity},
          {"sponsor_proceeds", "money", r.sponsorProceeds}};
}

class LboKind final : public ModelKind {
 public:
  std::string id() const override { return "lbo"; }
  std::string blockHelp() const override { return "The LBO assumptions (model lbo)."; }
  std::vector<EntitySchema> entitySchemas() const override { return lboEntitySchemas(); }
  std::string scenarioTemplate() const override { return lboTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto lbo = std::make_shared<LboEvaluation>(evaluateLboScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = lbo->issues;
    if (lbo->result) {
      e.valued = true;
      e.outputs = namedOutputs(*lbo);
      e.tables = resultTables(*lbo->result);
    }
    e.tables.push_back(driversTable(lbo->binding.resolved));
    e.setDetail<LboEvaluation>(std::move(lbo));
    return e;
  }

  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    const LboEvaluation* lbo = evaluation.detail<LboEvaluation>();
    return lbo ? lboEvaluationToJson(doc, *lbo) : ModelKind::evaluationJson(doc, evaluation);
  }

  void printEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation,
                       std::ostream& out) const override {
    const LboEvaluation* lbo = evaluation.detail<LboEvaluation>();
    if (lbo && lbo->result)
      printLboTable(doc, *lbo, out);
    else
      ModelKind::printEvaluation(doc, evaluation, out);
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return lboAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return prepareLboModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return lboInputPaths(doc);
  }
  bool writeWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const Evaluation& evaluation) const override {
    const LboEvaluation* lbo = evaluation.detail<LboEvaluation>();
    if (!lbo || !lbo->result || !lbo->binding.inputs) return false;
    writeLboWorkbookModel(book, doc, *lbo);
    return true;
  }
  BaseFromActuals baseFromActuals() const override {
    return {"base_year",
            "years",
            {{"base.revenue", "revenue"}, {"base.ebitda", "ebitda"}, {"base.nwc", "nwc"}}};
  }

  std::vector<InputGroup> inputGroups() const override {
    return {{"timing", "Timing", {"base_year", "years"}},
            {"revenue", "Revenue and growth", {"base.revenue", "revenue_growth"}},
            {"margins", "EBITDA margin", {"base.ebitda", "ebitda_margin"}},
            {"reinvestment",
             "Reinvestment",
             {"base.nwc", "da_pct_revenue", "capex_pct_revenue", "nwc_pct_revenue"}},
            {"tax", "Taxes", {"tax_rate", "taxes"}},
            {"entry", "Entry", {"entry"}},
            {"debt", "Debt and interest", {"tranches", "financing", "base_rate"}},
            {"dividends", "Dividends", {"dividends"}},
            {"exit", "Exit", {"exit"}}};
  }
};

}  // namespace

const LboEvaluation& lboEvaluationOf(const Evaluation& evaluation) {
  const LboEvaluation* lbo = evaluation.detail<LboEvaluation>();
  VALOR_REQUIRE(lbo != nullptr, "not the evaluation of an LBO scenario: " + evaluation.model);
  return *lbo;
}

std::unique_ptr<ModelKind> makeLboKind() {
  return std::make_unique<LboKind>();
}

}  // namespace valor
