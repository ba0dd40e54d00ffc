#include "core/models/portfolio/portfoliokind.h"

#include "core/models/evaluationjson.h"
#include "core/models/portfolio/portfolioanalytics.h"
#include "core/models/portfolio/portfoliobinding.h"
#include "core/models/portfolio/portfolioschema.h"
#include "core/models/portfolio/portfoliotemplate.h"

namespace valor {
namespace {

using Cell = std::optional<double>;

std::vector<NamedOutput> namedOutputs(const PortfolioInputs& in, const PortfolioResult& r) {
  const PortfolioRisk& risk = *r.risk;
  const auto amount = [&](double share) { return in.value ? Cell(share * *in.value) : Cell(); };
  const auto of = [](const std::optional<RiskMeasures>& m, bool shortfall) {
    return m ? Cell(shortfall ? m->expectedShortfall : m->valueAtRisk) : Cell();
  };
  return {
      {"expected_return", "rate", r.allocation.expectedReturn},
      {"volatility", "rate", r.allocation.volatility},
      {"sharpe_ratio", "number", r.sharpe},
      {"value_at_risk", "rate", risk.normal.valueAtRisk},
      {"expected_shortfall", "rate", risk.normal.expectedShortfall},
      {"value_at_risk_amount", "money", amount(risk.normal.valueAtRisk)},
      {"expected_shortfall_amount", "money", amount(risk.normal.expectedShortfall)},
      {"value_at_risk_cornish_fisher", "rate", of(risk.cornishFisher, false)},
      {"expected_shortfall_cornish_fisher", "rate", of(risk.cornishFisher, true)},
      {"value_at_risk_historical", "rate", of(risk.historical, false)},
      {"expected_shortfall_historical", "rate", of(risk.historical, true)},
      {"value_at_risk_monte_carlo", "rate", risk.monteCarlo.valueAtRisk},
      {"expected_shortfall_monte_carlo", "rate", risk.monteCarlo.expectedShortfall},
  };
}

const char* objectiveKey(PortfolioObjective objective) {
  switch (objective) {
    case PortfolioObjective::MinVariance:
      return "min_variance";
    case PortfolioObjective::MaxSharpe:
      return "max_sharpe";
    case PortfolioObjective::TargetReturn:
      return "target_return";
    case PortfolioObjective::TargetVolatility:
      return "target_volatility";
    case PortfolioObjective::RiskParity:
      return "risk_parity";
  }
  return "min_variance";
}

const char* covarianceKey(const PortfolioInputs& in) {
  if (in.typedCovariance) return "typed";
  switch (in.estimator) {
    case CovarianceEstimator::Sample:
      return "sample";
    case CovarianceEstimator::Ewma:
      return "ewma";
    case CovarianceEstimator::LedoitWolf:
      return "ledoit_wolf";
  }
  return "sample";
}

nlohmann::ordered_json riskJson(const PortfolioInputs& in, const PortfolioRisk& risk) {
  nlohmann::ordered_json out;
  out["convention"] =
      "losses as positive fractions of the portfolio's value over the horizon; VaR is the "
      "loss exceeded with probability 1 - confidence, ES the mean loss beyond it";
  out["confidence"] = in.confidence;
  out["horizon_days"] = in.horizonDays;
  auto method = [&](const char* key, const RiskMeasures& m) {
    nlohmann::ordered_json j{{"value_at_risk", m.valueAtRisk},
                             {"expected_shortfall", m.expectedShortfall}};
    if (in.value) {
      j["value_at_risk_amount"] = m.valueAtRisk * *in.value;
      j["expected_shortfall_amount"] = m.expectedShortfall * *in.value;
    }
    out["methods"][key] = j;
  };
  method("normal", risk.normal);
  if (risk.cornishFisher) method("cornish_fisher", *risk.cornishFisher);
  if (risk.historical) method("historical", *risk.historical);
  method("monte_carlo", risk.monteCarlo);
  out["monte_carlo"] = {{"simulations", in.simulations}, {"seed", in.seed}};
  if (risk.moments)
    out["history"] = {{"periods", in.historyReturns.size() / in.assetNames.size()},
                      {"periods_per_year", in.periodsPerYear},
                      {"mean", risk.moments->mean},
                      {"volatility", risk.moments->sd},
                      {"skewness", risk.moments->skewness},
                      {"excess_kurtosis", risk.moments->excessKurtosis}};
  if (risk.kupiec)
    out["kupiec"] = {{"model", "normal, one period, in-sample"},
                     {"observations", risk.kupiec->observations},
                     {"exceptions", risk.kupiec->exceptions},
                     {"expected_exceptions", risk.kupiec->expected},
                     {"likelihood_ratio", risk.kupiec->likelihoodRatio},
                     {"p_value", risk.kupiec->pValue},
                     {"rejected_at_5_percent", risk.kupiec->pValue < 0.05}};
  return out;
}

class PortfolioKind final : public ModelKind {
 public:
  std::string id() const override { return "portfolio"; }
  std::string blockHelp() const override {
    return "The portfolio: assets with expected returns, risks and weight limits, "
           "correlations or a return history, the objective and the market-risk settings "
           "(model portfolio).";
  }
  std::vector<EntitySchema> entitySchemas() const override { return portfolioEntitySchemas(); }
  std::string scenarioTemplate() const override { return portfolioTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto portfolio = std::make_shared<PortfolioEvaluation>(evaluatePortfolioScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = portfolio->issues;
    if (portfolio->result) {
      e.valued = true;
      e.outputs = namedOutputs(*portfolio->binding.inputs, *portfolio->result);
    }
    e.setDetail<PortfolioEvaluation>(std::move(portfolio));
    return e;
  }

  // The generic form, with the weights, the frontier, how the optimum was verified and the
  // risk by method.
  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    nlohmann::ordered_json out = genericEvaluationJson(doc, evaluation);
    const PortfolioEvaluation* portfolio = evaluation.detail<PortfolioEvaluation>();
    if (!portfolio || !portfolio->result) return out;
    const PortfolioInputs& in = *portfolio->binding.inputs;
    const PortfolioResult& r = *portfolio->result;
    out["objective"] = r.minimumVarianceInstead ? "min_variance" : objectiveKey(in.objective);
    out["optimality"] = {{"check", in.objective == PortfolioObjective::RiskParity
                                       ? "largest deviation of a risk contribution from 1/n"
                                       : "largest KKT residual"},
                         {"residual", r.allocation.kktResidual},
                         {"iterations", r.allocation.iterations}};
    out["covariance"] = {{"method", covarianceKey(in)}};
    if (!in.typedCovariance && in.estimator == CovarianceEstimator::LedoitWolf)
      out["covariance"]["shrinkage"] = in.shrinkage;
    auto& weights = out["weights"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < in.assetNames.size(); ++i)
      weights.push_back({{"asset", in.assetNames[i]},
                         {"weight", r.allocation.weights[i]},
                         {"risk_share", r.riskShares[i]},
                         {"expected_return", in.expectedReturns[i]}});
    auto& frontier = out["frontier"] = nlohmann::ordered_json::array();
    for (const Allocation& a : r.frontier)
      frontier.push_back({{"expected_return", a.expectedReturn}, {"volatility", a.volatility}});
    out["risk"] = riskJson(in, *r.risk);
    return out;
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return portfolioAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return preparePortfolioModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return portfolioInputPaths(doc);
  }
  std::vector<InputGroup> inputGroups() const override {
    return {
        {"objective",
         "Objective",
         {"objective", "risk_free_rate", "target_return", "target_volatility", "frontier_points"}},
        {"covariance", "Covariance and history", {"covariance", "ewma_lambda", "history"}},
        {"risk", "Market risk", {"risk"}}};
  }
};

}  // namespace

std::unique_ptr<ModelKind> makePortfolioKind() {
  return std::make_unique<PortfolioKind>();
}

}  // namespace valor
