#pragma once
// From a scenario document to the portfolio engines' inputs, with the rules they rely on checked
// first: the generic schema checks; at least two assets with unique names; correlations between
// listed assets, each pair once; groups named once and assets in groups that exist; what the
// objective needs (a target); a history whenever the covariance is estimated, and a volatility
// and expected return for each asset otherwise. Bad input becomes issues naming the field.
//
// The binding records each number the analytics may vary (expected returns, volatilities,
// correlations, the risk-free rate, the target) as a lever.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/issue.h"
#include "core/finance/covariance.h"
#include "core/finance/marketrisk.h"
#include "core/finance/portfolio.h"
#include "core/model/document.h"
#include "core/models/scalarlevers.h"

namespace valor {

enum class PortfolioObjective {
  MinVariance,
  MaxSharpe,
  TargetReturn,
  TargetVolatility,
  RiskParity
};

struct CorrelationPair {
  std::size_t first = 0;
  std::size_t second = 0;
  Real value = 0;
};

struct PortfolioInputs {
  std::string name;
  PortfolioObjective objective = PortfolioObjective::MinVariance;
  Rate riskFree = 0;
  Rate targetReturn = 0;
  Rate targetVolatility = 0;
  int frontierPoints = 25;
  std::vector<std::string> assetNames;
  std::vector<Rate> expectedReturns;
  std::vector<Real> minWeights, maxWeights;
  std::vector<WeightGroup> groups;
  // Typed covariance: volatilities and the listed correlations (others 0).
  bool typedCovariance = true;
  std::vector<Rate> volatilities;
  std::vector<CorrelationPair> correlations;
  // Estimated covariance (annual, n × n) and its method.
  CovarianceEstimator estimator = CovarianceEstimator::Sample;
  std::vector<Real> estimatedCovariance;
  Real shrinkage = 0;
  // The history's one-period returns (periods × assets), empty without one.
  std::vector<Real> historyReturns;
  int periodsPerYear = 0;
  // Market risk.
  Real confidence = 0.99;
  int horizonDays = 10;
  std::optional<Money> value;
  std::size_t simulations = 10000;
  std::uint64_t seed = 1;

  // The optimiser's problem (the covariance built from the typed or the estimated figures).
  PortfolioProblem problem() const;
};

using PortfolioLever = ScalarLever<PortfolioInputs>;

struct PortfolioBinding {
  std::optional<PortfolioInputs> inputs;  // set when there is no error
  PortfolioInputs resolved;
  Issues issues;
  std::vector<PortfolioLever> levers;
  std::vector<std::string> groupPaths;  // "portfolio.groups[k]", for messages about a group
};

PortfolioBinding bindPortfolio(const ScenarioDocument& doc);

struct PortfolioRisk {
  RiskMeasures normal;
  RiskMeasures monteCarlo;
  std::optional<RiskMeasures> historical;     // with a history
  std::optional<RiskMeasures> cornishFisher;  // with a history whose moments allow it
  bool cornishFisherOutsideItsDomain = false;
  std::optional<SampleMoments> moments;  // of the history's portfolio returns
  std::optional<KupiecTest> kupiec;      // of the normal one-period VaR on the history
};

struct PortfolioResult {
  Allocation allocation;
  Real sharpe = 0;
  std::vector<Real> riskShares;
  bool minimumVarianceInstead = false;  // max_sharpe had no solution
  std::vector<Allocation> frontier;     // full analysis only
  std::string frontierProblem;          // why the frontier could not be drawn, if it could not
  std::optional<PortfolioRisk> risk;    // full analysis only
};

// Allocation and its return, volatility and Sharpe ratio; with `full`, also the frontier and
// every risk measure. The error names the field to fix.
Result<PortfolioResult> analysePortfolio(const PortfolioInputs& in, bool full);

// The normal VaR and ES of an allocation over the horizon (the analytics' risk outputs).
RiskMeasures normalPortfolioRisk(const PortfolioInputs& in, const Allocation& allocation);

struct PortfolioEvaluation {
  PortfolioBinding binding;
  std::optional<PortfolioResult> result;
  Issues issues;
};

PortfolioEvaluation evaluatePortfolioScenario(const ScenarioDocument& doc);

}  // namespace valor
