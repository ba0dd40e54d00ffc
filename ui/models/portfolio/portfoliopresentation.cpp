#include "ui/models/portfolio/portfoliopresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
using present::choice;
using present::field;
const QString kRate = QStringLiteral("rate");

const char* kObjectiveGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Objective");
const char* kCovarianceGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Covariance and history");
const char* kRiskGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Market risk");
const char* kAssetsGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Assets");
const char* kCorrelationsGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Correlations");
const char* kGroupsGroup = QT_TRANSLATE_NOOP("PortfolioPresentation", "Groups");

std::vector<FieldPresentation> fields() {
  const auto objectiveIs = [](const char* objective) {
    return [objective](const BlockValues& v) { return v.choice("objective") == objective; };
  };
  std::vector<FieldPresentation> f;
  f.push_back(choice(
      "objective", QT_TRANSLATE_NOOP("PortfolioPresentation", "Objective"), kObjectiveGroup,
      {{"min_variance", QT_TRANSLATE_NOOP("PortfolioPresentation", "Minimum variance")},
       {"max_sharpe", QT_TRANSLATE_NOOP("PortfolioPresentation", "Maximum Sharpe ratio")},
       {"target_return", QT_TRANSLATE_NOOP("PortfolioPresentation", "Target return")},
       {"target_volatility", QT_TRANSLATE_NOOP("PortfolioPresentation", "Target volatility")},
       {"risk_parity", QT_TRANSLATE_NOOP("PortfolioPresentation", "Risk parity")}}));
  f.push_back(field("risk_free_rate", QT_TRANSLATE_NOOP("PortfolioPresentation", "Risk-free rate"),
                    kObjectiveGroup, W::Number, kRate));
  f.push_back(field("target_return", QT_TRANSLATE_NOOP("PortfolioPresentation", "Target return"),
                    kObjectiveGroup, W::Number, kRate, objectiveIs("target_return")));
  f.push_back(field("target_volatility",
                    QT_TRANSLATE_NOOP("PortfolioPresentation", "Target volatility"),
                    kObjectiveGroup, W::Number, kRate, objectiveIs("target_volatility")));
  f.push_back(field("frontier_points",
                    QT_TRANSLATE_NOOP("PortfolioPresentation", "Frontier points"), kObjectiveGroup,
                    W::Integer));
  f.push_back(choice(
      "covariance", QT_TRANSLATE_NOOP("PortfolioPresentation", "Covariance"), kCovarianceGroup,
      {{"typed", QT_TRANSLATE_NOOP("PortfolioPresentation", "Typed (volatilities, correlations)")},
       {"sample", QT_TRANSLATE_NOOP("PortfolioPresentation", "Sample, from the history")},
       {"ewma", QT_TRANSLATE_NOOP("PortfolioPresentation", "EWMA (RiskMetrics), from the history")},
       {"ledoit_wolf",
        QT_TRANSLATE_NOOP("PortfolioPresentation", "Ledoit–Wolf shrinkage, from the history")}}));
  f.push_back(field("ewma_lambda", QT_TRANSLATE_NOOP("PortfolioPresentation", "EWMA decay λ"),
                    kCovarianceGroup, W::Number, QStringLiteral("ratio"),
                    [](const BlockValues& v) { return v.choice("covariance") == "ewma"; }));
  f.push_back(choice("history.type", QT_TRANSLATE_NOOP("PortfolioPresentation", "History holds"),
                     kCovarianceGroup,
                     {{"prices", QT_TRANSLATE_NOOP("PortfolioPresentation", "Prices")},
                      {"returns", QT_TRANSLATE_NOOP("PortfolioPresentation", "Returns")}}));
  f.push_back(field("history.periods_per_year",
                    QT_TRANSLATE_NOOP("PortfolioPresentation", "History rows per year"),
                    kCovarianceGroup, W::Integer));
  f.push_back(field("risk.confidence", QT_TRANSLATE_NOOP("PortfolioPresentation", "Confidence"),
                    kRiskGroup, W::Number, kRate));
  f.push_back(field("risk.horizon_days",
                    QT_TRANSLATE_NOOP("PortfolioPresentation", "Horizon (trading days)"),
                    kRiskGroup, W::Integer));
  f.push_back(field("risk.value", QT_TRANSLATE_NOOP("PortfolioPresentation", "Portfolio value"),
                    kRiskGroup, W::Number, QStringLiteral("money")));
  f.push_back(field("risk.simulations",
                    QT_TRANSLATE_NOOP("PortfolioPresentation", "Monte Carlo paths"), kRiskGroup,
                    W::Integer));
  f.push_back(field("risk.seed", QT_TRANSLATE_NOOP("PortfolioPresentation", "Monte Carlo seed"),
                    kRiskGroup, W::Integer));
  return f;
}

ListPresentation assets() {
  ListPresentation list;
  list.slot = "assets";
  list.itemCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "Asset %1");
  list.memberCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "asset");
  list.group = kAssetsGroup;
  list.title = QT_TRANSLATE_NOOP("PortfolioPresentation",
                                 "Assets with their annual expected return and volatility, the "
                                 "limits on their weight, and their group:");
  list.fields = {
      field("name", QT_TRANSLATE_NOOP("PortfolioPresentation", "Asset"), nullptr, W::Text),
      field("expected_return", QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected return"),
            nullptr, W::Number, kRate),
      field("volatility", QT_TRANSLATE_NOOP("PortfolioPresentation", "Volatility"), nullptr,
            W::Number, kRate),
      field("min_weight", QT_TRANSLATE_NOOP("PortfolioPresentation", "Min weight"), nullptr,
            W::Number, kRate),
      field("max_weight", QT_TRANSLATE_NOOP("PortfolioPresentation", "Max weight"), nullptr,
            W::Number, kRate),
      field("group", QT_TRANSLATE_NOOP("PortfolioPresentation", "Group"), nullptr, W::Text),
  };
  list.captionField = "name";  // "Asset 8"
  list.newMember = {{"expected_return", Value(0.05)}, {"volatility", Value(0.15)}};
  return list;
}

ListPresentation correlations() {
  ListPresentation list;
  list.slot = "correlations";
  list.itemCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "Correlation %1");
  list.memberCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "correlation");
  list.group = kCorrelationsGroup;
  list.title = QT_TRANSLATE_NOOP("PortfolioPresentation",
                                 "Correlations between pairs of assets (a pair not listed is "
                                 "uncorrelated; used when the covariance is typed):");
  list.fields = {
      field("first", QT_TRANSLATE_NOOP("PortfolioPresentation", "Asset"), nullptr, W::Text),
      field("second", QT_TRANSLATE_NOOP("PortfolioPresentation", "and asset"), nullptr, W::Text),
      field("value", QT_TRANSLATE_NOOP("PortfolioPresentation", "Correlation"), nullptr, W::Number,
            QStringLiteral("ratio")),
  };
  list.captionField.clear();  // a pair names its two assets
  list.newMember = {{"value", Value(0.0)}};
  return list;
}

ListPresentation groups() {
  ListPresentation list;
  list.slot = "groups";
  list.itemCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "Group %1");
  list.memberCaption = QT_TRANSLATE_NOOP("PortfolioPresentation", "group");
  list.group = kGroupsGroup;
  list.title = QT_TRANSLATE_NOOP("PortfolioPresentation",
                                 "Limits on the total weight of a group of assets (a sector, a "
                                 "region); an asset names its group:");
  list.fields = {
      field("name", QT_TRANSLATE_NOOP("PortfolioPresentation", "Group"), nullptr, W::Text),
      field("min_weight", QT_TRANSLATE_NOOP("PortfolioPresentation", "Min weight"), nullptr,
            W::Number, kRate),
      field("max_weight", QT_TRANSLATE_NOOP("PortfolioPresentation", "Max weight"), nullptr,
            W::Number, kRate),
  };
  list.captionField = "name";  // "Group 2"
  return list;
}

std::vector<KeyCaption> outputs() {
  return {
      {"expected_return", QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected return")},
      {"volatility", QT_TRANSLATE_NOOP("PortfolioPresentation", "Volatility")},
      {"sharpe_ratio", QT_TRANSLATE_NOOP("PortfolioPresentation", "Sharpe ratio")},
      {"value_at_risk", QT_TRANSLATE_NOOP("PortfolioPresentation", "VaR (normal)")},
      {"expected_shortfall",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected shortfall (normal)")},
      {"value_at_risk_amount", QT_TRANSLATE_NOOP("PortfolioPresentation", "VaR amount (normal)")},
      {"expected_shortfall_amount",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected shortfall amount (normal)")},
      {"value_at_risk_cornish_fisher",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "VaR (Cornish–Fisher)")},
      {"expected_shortfall_cornish_fisher",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected shortfall (Cornish–Fisher)")},
      {"value_at_risk_historical", QT_TRANSLATE_NOOP("PortfolioPresentation", "VaR (historical)")},
      {"expected_shortfall_historical",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected shortfall (historical)")},
      {"value_at_risk_monte_carlo",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "VaR (Monte Carlo)")},
      {"expected_shortfall_monte_carlo",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Expected shortfall (Monte Carlo)")},
  };
}

std::vector<IssuePresentation> issues() {
  const QString text;  // a parameter shown as written (a name, a line number)
  return {
      {"history.gap",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Line %1, column %2 has no value (gaps are not filled)."),
       {{"line", text}, {"asset", text}}},
      {"history.not_a_number",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Line %1, column %2: “%3” is not a number."),
       {{"line", text}, {"asset", text}, {"value", text}}},
      {"history.price_not_positive",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Line %1, column %2: a price must be above 0."),
       {{"line", text}, {"asset", text}}},
      {"history.return_below_minus_one",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Line %1, column %2: a return must be above −1 (a loss of everything)."),
       {{"line", text}, {"asset", text}}},
      {"history.missing_asset",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "No column for the asset %1."),
       {{"asset", text}}},
      {"history.duplicate_column",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Two columns are named %1."),
       {{"asset", text}}},
      {"history.empty", QT_TRANSLATE_NOOP("PortfolioPresentation", "There is no header row."), {}},
      {"history.too_short",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "It gives %1 returns; at least 3 are needed."),
       {{"returns", text}}},
      {"history.constant_column",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "The returns of %1 never change, so its risk cannot be estimated."),
       {{"asset", text}}},
      {"history.fewer_returns_than_assets",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "%1 returns of %2 assets give a singular covariance: give more returns "
                         "than assets, or use Ledoit–Wolf shrinkage."),
       {{"returns", text}, {"assets", text}}},
      {"columns_ignored",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "The columns %1 are not assets of the portfolio and are left out."),
       {{"columns", text}}},
      {"duplicate_name",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Another one is already named %1."),
       {{"name", text}}},
      {"unknown_asset",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "There is no asset named %1."),
       {{"name", text}}},
      {"unknown_group",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "There is no group named %1."),
       {{"group", text}}},
      {"same_asset",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Names the same asset twice (its correlation with itself is 1)."),
       {}},
      {"duplicate_pair",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "The pair %1 / %2 is listed twice."),
       {{"first", text}, {"second", text}}},
      {"below_min_weight",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Must not be below the minimum weight."),
       {}},
      {"unused_when_estimated",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Not used: the covariance is estimated from the history."),
       {}},
      {"portfolio.risk_parity_ignores_limits",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Risk parity does not apply the weight limits: the weight here, %1, is "
                         "outside them."),
       {{"weight", kRate}}},
      {"portfolio.cornish_fisher_outside_domain",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "The history's skewness and excess kurtosis over the horizon lie where "
                         "the Cornish–Fisher expansion is no quantile function: its VaR and "
                         "expected shortfall are not shown."),
       {}},
      {"portfolio.frontier_not_drawn",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "The efficient frontier could not be drawn."),
       {}},
      {"too_few_assets",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "A portfolio needs at least two assets."),
       {}},
      {"portfolio.infeasible",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "No weights meet every limit: the assets' and groups' minimum and "
                         "maximum weights cannot add up to 100 %."),
       {}},
      {"portfolio.covariance_not_positive_definite",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "The covariance matrix is not positive definite: a correlation does not "
                         "fit the others, or an asset's risk is a mix of the others'."),
       {}},
      {"portfolio.target_out_of_range",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "The target is outside what the weight limits allow."),
       {}},
      {"portfolio.no_positive_excess_return",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "No allowed portfolio returns more than the risk-free rate, so the "
                         "maximum Sharpe ratio has no solution: the minimum-variance portfolio "
                         "is shown instead."),
       {}},
  };
}

ModelPresentation build() {
  ModelPresentation p;
  p.model = "portfolio";
  p.context = "PortfolioPresentation";
  p.fields = fields();
  p.lists = {assets(), correlations(), groups()};
  p.groupOrder = {kObjectiveGroup, kAssetsGroup,     kCorrelationsGroup,
                  kGroupsGroup,    kCovarianceGroup, kRiskGroup};
  p.outputs = outputs();
  p.issues = issues();
  p.failureReasons = {
      {"covariance_not_positive_definite",
       QT_TRANSLATE_NOOP("PortfolioPresentation",
                         "Not valued: the covariance matrix is not positive definite")},
      {"limits_not_met",
       QT_TRANSLATE_NOOP("PortfolioPresentation", "Not valued: no weights meet the limits")},
      {"not_solved", QT_TRANSLATE_NOOP("PortfolioPresentation", "Not valued: not solved")},
  };
  p.gridAcross = {"portfolio.risk_free_rate"};
  p.gridDown = {"portfolio.assets[0].expected_return"};
  p.goalSeekInput = "portfolio.risk_free_rate";
  return p;
}

}  // namespace

const ModelPresentation& portfolioPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

const char* portfolioHistoryGroup() {
  return kCovarianceGroup;
}

const char* portfolioCorrelationsGroup() {
  return kCorrelationsGroup;
}

}  // namespace valor::ui
