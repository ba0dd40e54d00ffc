#pragma once
// Mean–variance portfolio optimisation (Markowitz 1952) under a budget (weights add up to 1),
// bounds per asset and limits per group of assets (each asset in at most one group), with
// annual expected returns μ and an annual covariance matrix Σ (positive definite).
//
// Every objective is the exact quadratic programme of core/finance/qp.h, checked by its KKT
// residuals:
// - minimum variance: min ½·wᵀΣw;
// - target return r: min ½·wᵀΣw with μᵀw = r;
// - the efficient frontier: target returns evenly spaced from the minimum-variance portfolio's
//   return to the highest return the limits allow (a linear programme, solved greedily: fill the
//   groups' minimums with their best assets, then the budget in order of μ);
// - maximum Sharpe ratio (μᵀw − r_f)/σ: the homogenised problem's optimality condition says the
//   tangency portfolio solves min ½·wᵀΣw − t·μᵀw under the same limits at t = wᵀΣw / (μᵀw − r_f)
//   (Cornuejols & Tütüncü, "Optimization Methods in Finance", §8.2). The solution is linear in t
//   while the active constraints stay the same, so on each such segment that equation is solved
//   in closed form and the QP at the root confirms it; a bracket on t guarantees progress;
// - target volatility σ*: the frontier portfolio with the highest return at that volatility, the
//   same parametric path with wᵀΣw = σ*² solved on its segment;
// - risk parity (equal risk contribution, Maillard, Roncalli & Teïletche 2010), long-only and
//   fully invested: the convex problem min ½·yᵀΣy − Σ ln(y_i)/n (Spinu 2013) by cyclical
//   coordinate descent (Griveau-Billion, Richard & Roncalli 2013), then w = y / Σy.
//
// Weights are fractions of the portfolio (0.25 = 25 %); a negative weight is a short position.
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/common/types.h"

namespace valor {

struct WeightGroup {
  std::string name;
  std::vector<std::size_t> members;  // asset indices
  Real minWeight = 0;
  Real maxWeight = 1;
};

struct PortfolioProblem {
  std::vector<Rate> expectedReturns;  // μ, annual
  std::vector<Real> covariance;       // Σ, n × n row-major, annual
  std::vector<Real> minWeights;       // per asset
  std::vector<Real> maxWeights;
  std::vector<WeightGroup> groups;  // disjoint
  std::size_t size() const { return expectedReturns.size(); }
};

struct Allocation {
  std::vector<Real> weights;
  Rate expectedReturn = 0;
  Rate volatility = 0;
  double kktResidual = 0;  // the largest of the QP's KKT residuals (risk parity: its own check)
  int iterations = 0;
};

// Error codes (the message says which limit and by how much).
namespace portfoliofailure {
inline constexpr const char* kInfeasible = "portfolio.infeasible";  // limits exclude any weights
inline constexpr const char* kNotPositiveDefinite = "portfolio.covariance_not_positive_definite";
inline constexpr const char* kTargetOutOfRange = "portfolio.target_out_of_range";
inline constexpr const char* kNoPositiveExcess = "portfolio.no_positive_excess_return";
inline constexpr const char* kNotConverged = "portfolio.not_converged";
}  // namespace portfoliofailure

// Why no weights satisfy the budget, bounds and group limits, or nothing when some do.
std::optional<Error> weightLimitsProblem(const PortfolioProblem& problem);

struct ReturnRange {
  Rate lowest = 0;
  Rate highest = 0;
};
// The lowest and highest expected return any allowed weights reach (limits must be feasible).
ReturnRange attainableReturns(const PortfolioProblem& problem);

Result<Allocation> minimumVariance(const PortfolioProblem& problem);
Result<Allocation> targetReturn(const PortfolioProblem& problem, Rate target);
Result<Allocation> maximumSharpe(const PortfolioProblem& problem, Rate riskFree);
Result<Allocation> targetVolatility(const PortfolioProblem& problem, Rate target);
// `points` ≥ 2 allocations from minimum variance to the highest attainable return.
Result<std::vector<Allocation>> efficientFrontier(const PortfolioProblem& problem, int points);
// Long-only, fully invested; ignores bounds and groups (the caller reports any it breaks).
Result<Allocation> riskParity(const PortfolioProblem& problem);

// Each asset's share of the portfolio's variance, w_i·(Σw)_i / wᵀΣw (they add up to 1; Euler's
// decomposition of σ).
std::vector<Real> riskContributions(const PortfolioProblem& problem,
                                    const std::vector<Real>& weights);
Rate portfolioReturn(const PortfolioProblem& problem, const std::vector<Real>& weights);
Rate portfolioVolatility(const PortfolioProblem& problem, const std::vector<Real>& weights);

}  // namespace valor
