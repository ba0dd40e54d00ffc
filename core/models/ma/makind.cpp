#include "core/models/ma/makind.h"

#include "core/common/require.h"
#include "core/models/ma/maanalytics.h"
#include "core/models/ma/majson.h"
#include "core/models/ma/maschema.h"
#include "core/models/ma/matable.h"
#include "core/models/ma/matemplate.h"
#include "core/models/ma/maworkbook.h"

namespace valor {
namespace {

using Cell = std::optional<double>;

template <typename RowFn>
NamedTable yearTable(const MaResult& r, std::string key, std::vector<TableColumn> columns,
                     RowFn row) {
  NamedTable table;
  table.key = std::move(key);
  table.columns = std::move(columns);
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& y = r.rows[static_cast<std::size_t>(t)];
    table.years.push_back(y.year);
    table.rows.push_back(row(y));
  }
  return table;
}

std::vector<NamedTable> resultTables(const MaResult& r) {
  std::vector<NamedTable> tables;
  tables.push_back(yearTable(r, "accretion",
                             {{"pro_forma_net_income", "money"},
                              {"pro_forma_shares", "shares"},
                              {"standalone_eps", "price"},
                              {"pro_forma_eps", "price"},
                              {"accretion_per_share", "price"},
                              {"accretion", "rate"},
                              {"breakeven_synergies", "money"},
                              {"max_offer_price", "price"}},
                             [](const MaYearRow& y) -> std::vector<Cell> {
                               return {y.proFormaNetIncome,  y.proFormaShares,    y.standaloneEps,
                                       y.proFormaEps,        y.accretionPerShare, y.accretion,
                                       y.breakevenSynergies, y.maxOfferPrice};
                             }));
  tables.push_back(yearTable(r, "adjustments",
                             {{"acquirer_net_income", "money"},
                              {"target_net_income", "money"},
                              {"synergies", "money"},
                              {"integration_costs", "money"},
                              {"new_debt_interest", "money"},
                              {"financing_fee_amortisation", "money"},
                              {"foregone_interest", "money"},
                              {"new_depreciation", "money"},
                              {"refinancing_saving", "money"},
                              {"adjustments_after_tax", "money"}},
                             [](const MaYearRow& y) -> std::vector<Cell> {
                               return {y.acquirerNetIncome, y.targetNetIncome,
                                       y.synergies,         y.integrationCosts,
                                       y.newDebtInterest,   y.financingFeeAmortisation,
                                       y.foregoneInterest,  y.newDepreciation,
                                       y.refinancingSaving, y.adjustmentsAfterTax};
                             }));
  tables.push_back(yearTable(r, "contribution",
                             {{"target_revenue_share", "rate"},
                              {"target_ebitda_share", "rate"},
                              {"target_net_income_share", "rate"},
                              {"target_ownership", "rate"},
                              {"net_debt_to_ebitda", "multiple"},
                              {"interest_cover", "multiple"}},
                             [&](const MaYearRow& y) -> std::vector<Cell> {
                               const MaContribution& c = y.targetContribution;
                               return {c.revenue,         c.ebitda,          c.netIncome,
                                       r.targetOwnership, y.netDebtToEbitda, y.interestCover};
                             }));
  return tables;
}

// The per-year inputs as the binding resolved them, even when the scenario cannot be valued:
// the per-year grid shows them.
NamedTable driversTable(const MaBinding& b) {
  const MaInputs& in = b.resolved;
  NamedTable table;
  table.key = "drivers";
  table.echoesInputs = true;
  struct Row {
    const char* name;
    const char* unit;
    const MaYears& values;
    bool given;
  };
  const Row rows[] = {
      {"acquirer.net_income", "money", in.acquirer.netIncome, true},
      {"target.net_income", "money", in.target.netIncome, true},
      {"synergies.phase_in", "rate", in.phaseIn, true},
      {"synergies.integration_costs", "money", in.integrationCosts, true},
      {"acquirer.revenue", "money", in.acquirer.revenue, in.acquirer.hasRevenue},
      {"target.revenue", "money", in.target.revenue, in.target.hasRevenue},
      {"acquirer.ebitda", "money", in.acquirer.ebitda, in.acquirer.hasEbitda},
      {"target.ebitda", "money", in.target.ebitda, in.target.hasEbitda},
  };
  for (const Row& row : rows) table.columns.push_back({row.name, row.unit});
  const int years = std::clamp(in.years, 0, kMaxMaYears);
  for (int t = 0; t < years; ++t) {
    table.years.push_back(in.firstYear + t);
    std::vector<Cell> cells;
    for (const Row& row : rows)
      cells.push_back(row.given ? Cell(row.values[static_cast<std::size_t>(t)]) : Cell());
    table.rows.push_back(std::move(cells));
  }
  return table;
}

std::vector<NamedOutput> namedOutputs(const MaResult& r) {
  const MaYearRow& first = r.rows[0];
  return {{"accretion_year_1", "rate", first.accretion},
          {"pro_forma_eps_year_1", "price", first.proFormaEps},
          {"standalone_eps_year_1", "price", first.standaloneEps},
          {"offer_price_per_share", "price", r.offerPrice},
          {"offer_premium", "rate", r.impliedPremium},
          {"purchase_equity", "money", r.purchaseEquity},
          {"enterprise_value", "money", r.enterpriseValue},
          {"new_shares", "shares", r.newShares},
          {"new_debt", "money", r.newDebt},
          {"cash_used", "money", r.cashUsed},
          {"goodwill", "money", r.ppa.goodwill},
          {"target_ownership", "rate", r.targetOwnership}};
}

class MaKind final : public ModelKind {
 public:
  std::string id() const override { return "ma"; }
  std::string blockHelp() const override {
    return "The M&A assumptions: acquirer, target, offer, funding, allocation and synergies "
           "(model ma).";
  }
  std::vector<EntitySchema> entitySchemas() const override { return maEntitySchemas(); }
  std::string scenarioTemplate() const override { return maTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto ma = std::make_shared<MaEvaluation>(evaluateMaScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = ma->issues;
    if (ma->result) {
      e.valued = true;
      e.outputs = namedOutputs(*ma->result);
      e.tables = resultTables(*ma->result);
    }
    e.tables.push_back(driversTable(ma->binding));
    e.setDetail<MaEvaluation>(std::move(ma));
    return e;
  }

  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    const MaEvaluation* ma = evaluation.detail<MaEvaluation>();
    return ma ? maEvaluationToJson(doc, *ma) : ModelKind::evaluationJson(doc, evaluation);
  }

  void printEvaluation(const ScenarioDocument& doc, const Evaluation& evaluation,
                       std::ostream& out) const override {
    const MaEvaluation* ma = evaluation.detail<MaEvaluation>();
    if (ma && ma->result)
      printMaTable(doc, *ma, out);
    else
      ModelKind::printEvaluation(doc, evaluation, out);
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return maAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return prepareMaModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return maInputPaths(doc);
  }
  bool writeWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const Evaluation& evaluation) const override {
    const MaEvaluation* ma = evaluation.detail<MaEvaluation>();
    if (!ma || !ma->result || !ma->binding.inputs) return false;
    writeMaWorkbookModel(book, doc, *ma);
    return true;
  }
  std::vector<InputGroup> inputGroups() const override {
    return {{"timing", "Timing", {"base_year", "years"}},
            {"acquirer", "Acquirer", {"acquirer"}},
            {"target", "Target", {"target"}},
            {"offer", "Offer price", {"offer"}},
            {"consideration", "Consideration mix", {"consideration"}},
            {"funding", "Funding", {"funding"}},
            {"ppa", "Purchase price allocation", {"ppa"}},
            {"synergies", "Synergies", {"synergies"}}};
  }
};

}  // namespace

const MaEvaluation& maEvaluationOf(const Evaluation& evaluation) {
  const MaEvaluation* ma = evaluation.detail<MaEvaluation>();
  VALOR_REQUIRE(ma != nullptr, "not the evaluation of an M&A scenario: " + evaluation.model);
  return *ma;
}

std::unique_ptr<ModelKind> makeMaKind() {
  return std::make_unique<MaKind>();
}

}  // namespace valor
