#include "core/finance/portfolio.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <Eigen/Dense>

#include "core/common/numbertext.h"
#include "core/finance/qp.h"

namespace valor {
namespace {

using Vec = Eigen::VectorXd;

std::string percent(double share) {
  return generalText(share * 100, 4) + " %";
}

Eigen::Map<const Eigen::MatrixXd> sigmaOf(const PortfolioProblem& p) {
  const auto n = static_cast<Eigen::Index>(p.size());
  return {p.covariance.data(), n, n};  // symmetric: row- and column-major alike
}

Vec vec(const std::vector<Real>& v) {
  return Eigen::Map<const Vec>(v.data(), static_cast<Eigen::Index>(v.size()));
}

// The group of each asset, or −1.
std::vector<int> groupOfAssets(const PortfolioProblem& p) {
  std::vector<int> group(p.size(), -1);
  for (std::size_t g = 0; g < p.groups.size(); ++g)
    for (std::size_t i : p.groups[g].members) group[i] = static_cast<int>(g);
  return group;
}

// A feasible allocation that favours assets early in `order`: the bounds' minimums, then each
// group's minimum from its first assets, then the rest of the budget in order. For a linear
// objective sorted best first this is the optimum (greedy is exact on these nested limits).
Vec greedyFill(const PortfolioProblem& p, const std::vector<std::size_t>& order) {
  const std::vector<int> groupOf = groupOfAssets(p);
  Vec w = vec(p.minWeights);
  std::vector<double> groupSum(p.groups.size(), 0.0);
  for (std::size_t i = 0; i < p.size(); ++i)
    if (groupOf[i] >= 0) groupSum[groupOf[i]] += w[static_cast<Eigen::Index>(i)];
  double budget = 1.0 - w.sum();
  auto add = [&](std::size_t i, double want) {
    const auto k = static_cast<Eigen::Index>(i);
    double room = p.maxWeights[i] - w[k];
    if (groupOf[i] >= 0)
      room = std::min(room, p.groups[groupOf[i]].maxWeight - groupSum[groupOf[i]]);
    const double a = std::clamp(want, 0.0, std::max(room, 0.0));
    w[k] += a;
    if (groupOf[i] >= 0) groupSum[groupOf[i]] += a;
    budget -= a;
    return a;
  };
  for (std::size_t i : order) {
    const int g = groupOf[i];
    if (g >= 0 && groupSum[g] < p.groups[g].minWeight) add(i, p.groups[g].minWeight - groupSum[g]);
  }
  for (std::size_t i : order) {
    if (budget <= 0) break;
    add(i, budget);
  }
  return w;
}

std::vector<std::size_t> orderBy(const PortfolioProblem& p, auto key) {
  std::vector<std::size_t> order(p.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

Vec highestReturnPoint(const PortfolioProblem& p) {
  return greedyFill(p, orderBy(p, [&](std::size_t i) { return -p.expectedReturns[i]; }));
}
Vec lowestReturnPoint(const PortfolioProblem& p) {
  return greedyFill(p, orderBy(p, [&](std::size_t i) { return p.expectedReturns[i]; }));
}

// The QP of a portfolio problem: Q = Σ, the budget as an equality row, groups as rows of R.
QpProblem qpOf(const PortfolioProblem& p) {
  const auto n = static_cast<Eigen::Index>(p.size());
  QpProblem qp;
  qp.Q = sigmaOf(p);
  qp.c = Vec::Zero(n);
  qp.lower = vec(p.minWeights);
  qp.upper = vec(p.maxWeights);
  qp.E = Eigen::MatrixXd::Ones(1, n);
  qp.e = Vec::Ones(1);
  const auto m = static_cast<Eigen::Index>(p.groups.size());
  qp.R = Eigen::MatrixXd::Zero(m, n);
  qp.rowLower.resize(m);
  qp.rowUpper.resize(m);
  for (Eigen::Index g = 0; g < m; ++g) {
    const WeightGroup& group = p.groups[static_cast<std::size_t>(g)];
    for (std::size_t i : group.members) qp.R(g, static_cast<Eigen::Index>(i)) = 1.0;
    qp.rowLower[g] = group.minWeight;
    qp.rowUpper[g] = group.maxWeight;
  }
  return qp;
}

Allocation allocationOf(const PortfolioProblem& p, const QpSolution& s) {
  Allocation a;
  a.weights.assign(s.x.data(), s.x.data() + s.x.size());
  a.expectedReturn = portfolioReturn(p, a.weights);
  a.volatility = portfolioVolatility(p, a.weights);
  a.kktResidual = s.kkt.largest();
  a.iterations = s.iterations;
  return a;
}

Error notPositiveDefinite() {
  return {portfoliofailure::kNotPositiveDefinite,
          "the covariance matrix is not positive definite (an asset's risk is a combination of "
          "the others', or a correlation is inconsistent with the rest)",
          ""};
}

Error qpError(const QpSolution& s) {
  if (s.failure == "not_positive_definite") return notPositiveDefinite();
  return {portfoliofailure::kNotConverged, "the optimiser did not converge (" + s.failure + ")",
          ""};
}

// Why the problem cannot be solved before trying: a covariance that is not finite and positive
// definite (the solver's factorisations need it), or limits no weights meet.
std::optional<Error> problemError(const PortfolioProblem& p) {
  const Eigen::MatrixXd sigma = sigmaOf(p);
  if (!sigma.allFinite() || Eigen::LLT<Eigen::MatrixXd>(sigma).info() != Eigen::Success)
    return notPositiveDefinite();
  return weightLimitsProblem(p);
}

Result<QpSolution> solved(const QpProblem& qp, const Vec& start) {
  QpSolution s = solveQp(qp, start);
  if (!s.ok) return qpError(s);
  return s;
}

// The point on the path w(t) = argmin ½·wᵀΣw − t·μᵀw (under the limits) where φ(w(t), t)
// changes sign from negative to positive, from `t` and the feasible `start`. On the segment
// through a solution, w moves by `dw` per unit of t, and `segmentRoots(w, dw, t)` gives φ's
// roots there in closed form; the QP at a root confirms it (its segment's root is itself).
template <typename Phi, typename SegmentRoots>
Result<QpSolution> parametricSearch(const PortfolioProblem& p, double t, Vec start, Phi phi,
                                    SegmentRoots segmentRoots) {
  QpProblem qp = qpOf(p);
  const Vec mu = vec(p.expectedReturns);
  double lo = 0;
  double hi = HUGE_VAL;
  int qpIterations = 0;
  for (int round = 0; round < 200; ++round) {
    qp.c = -t * mu;
    auto s = solved(qp, start);
    if (!s) return s;
    QpSolution sol = std::move(s).value();
    qpIterations += sol.iterations;
    sol.iterations = qpIterations;
    const std::vector<double> roots = segmentRoots(sol.x, workingSetDirection(qp, sol, -mu), t);
    for (double r : roots)
      if (std::abs(r - t) <= 1e-12 * std::max(1.0, t)) return sol;
    (phi(sol.x, t) < 0 ? lo : hi) = t;
    if (std::isfinite(hi) && hi - lo <= 1e-15 * hi) return sol;
    start = sol.x;
    const auto inside =
        std::find_if(roots.begin(), roots.end(), [&](double r) { return r > lo && r < hi; });
    if (inside != roots.end())
      t = *inside;
    else if (std::isfinite(hi))
      t = 0.5 * (lo + hi);
    else
      t = 2 * std::max(t, 1e-6);
  }
  return Error{portfoliofailure::kNotConverged,
               "the search along the efficient frontier did not converge", ""};
}

// The roots of a·u² + b·u + c in increasing order (a may be 0).
std::vector<double> quadraticRoots(double a, double b, double c) {
  if (std::abs(a) <= 1e-12 * (std::abs(b) + std::abs(c))) {
    if (b == 0) return {};
    return {-c / b};
  }
  const double disc = b * b - 4 * a * c;
  if (disc < 0) return {};
  // Numerically stable form (no cancellation between b and √disc).
  const double q = -0.5 * (b + std::copysign(std::sqrt(disc), b));
  std::vector<double> roots{q / a};
  if (q != 0) roots.push_back(c / q);
  std::sort(roots.begin(), roots.end());
  return roots;
}

}  // namespace

Rate portfolioReturn(const PortfolioProblem& p, const std::vector<Real>& w) {
  return vec(p.expectedReturns).dot(vec(w));
}

Rate portfolioVolatility(const PortfolioProblem& p, const std::vector<Real>& w) {
  const Vec x = vec(w);
  return std::sqrt(std::max(0.0, x.dot(sigmaOf(p) * x)));
}

std::vector<Real> riskContributions(const PortfolioProblem& p, const std::vector<Real>& w) {
  const Vec x = vec(w);
  const Vec sx = sigmaOf(p) * x;
  const double variance = x.dot(sx);
  std::vector<Real> out(w.size());
  for (std::size_t i = 0; i < w.size(); ++i)
    out[i] = x[static_cast<Eigen::Index>(i)] * sx[static_cast<Eigen::Index>(i)] / variance;
  return out;
}

std::optional<Error> weightLimitsProblem(const PortfolioProblem& p) {
  const std::vector<int> groupOf = groupOfAssets(p);
  double lowest = 0;
  double highest = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (p.minWeights[i] > p.maxWeights[i])
      return Error{portfoliofailure::kInfeasible,
                   "asset " + std::to_string(i + 1) + ": its minimum weight " +
                       percent(p.minWeights[i]) + " is above its maximum " +
                       percent(p.maxWeights[i]),
                   ""};
  for (std::size_t g = 0; g < p.groups.size(); ++g) {
    const WeightGroup& group = p.groups[g];
    if (group.minWeight > group.maxWeight)
      return Error{portfoliofailure::kInfeasible,
                   "group " + group.name + ": its minimum weight " + percent(group.minWeight) +
                       " is above its maximum " + percent(group.maxWeight),
                   group.name};
    double lo = 0;
    double hi = 0;
    for (std::size_t i : group.members) lo += p.minWeights[i], hi += p.maxWeights[i];
    if (group.minWeight > hi + 1e-12)
      return Error{portfoliofailure::kInfeasible,
                   "group " + group.name + ": its minimum weight " + percent(group.minWeight) +
                       " is above its assets' maximum weights together (" + percent(hi) + ")",
                   group.name};
    if (group.maxWeight < lo - 1e-12)
      return Error{portfoliofailure::kInfeasible,
                   "group " + group.name + ": its maximum weight " + percent(group.maxWeight) +
                       " is below its assets' minimum weights together (" + percent(lo) + ")",
                   group.name};
    lowest += std::max(lo, group.minWeight);
    highest += std::min(hi, group.maxWeight);
  }
  for (std::size_t i = 0; i < p.size(); ++i)
    if (groupOf[i] < 0) lowest += p.minWeights[i], highest += p.maxWeights[i];
  if (lowest > 1 + 1e-12)
    return Error{portfoliofailure::kInfeasible,
                 "the minimum weights (of assets and groups) add up to " + percent(lowest) +
                     ", above the whole portfolio (100 %)",
                 ""};
  if (highest < 1 - 1e-12)
    return Error{portfoliofailure::kInfeasible,
                 "the maximum weights (of assets and groups) add up to " + percent(highest) +
                     ", short of the whole portfolio (100 %)",
                 ""};
  return std::nullopt;
}

ReturnRange attainableReturns(const PortfolioProblem& p) {
  const Vec mu = vec(p.expectedReturns);
  return {mu.dot(lowestReturnPoint(p)), mu.dot(highestReturnPoint(p))};
}

Result<Allocation> minimumVariance(const PortfolioProblem& p) {
  if (auto problem = problemError(p)) return *problem;
  const Eigen::VectorXd diag = sigmaOf(p).diagonal();
  const Vec start =
      greedyFill(p, orderBy(p, [&](std::size_t i) { return diag[static_cast<Eigen::Index>(i)]; }));
  auto s = solved(qpOf(p), start);
  if (!s) return s.error();
  return allocationOf(p, s.value());
}

Result<Allocation> targetReturn(const PortfolioProblem& p, Rate target) {
  if (auto problem = problemError(p)) return *problem;
  const Vec lo = lowestReturnPoint(p);
  const Vec hi = highestReturnPoint(p);
  const Vec mu = vec(p.expectedReturns);
  const double rLo = mu.dot(lo);
  const double rHi = mu.dot(hi);
  const double slack = 1e-12 * std::max(1.0, std::abs(rHi));
  if (target < rLo - slack || target > rHi + slack)
    return Error{portfoliofailure::kTargetOutOfRange,
                 "the target return " + percent(target) + " is outside what the limits allow (" +
                     percent(rLo) + " to " + percent(rHi) + ")",
                 ""};
  if (rHi - rLo <= slack) return minimumVariance(p);  // every allowed portfolio returns the same
  const double a = std::clamp((target - rLo) / (rHi - rLo), 0.0, 1.0);
  QpProblem qp = qpOf(p);
  qp.E.conservativeResize(2, Eigen::NoChange);
  qp.E.row(1) = mu.transpose();
  qp.e = Eigen::Vector2d(1.0, target);
  auto s = solved(qp, a * hi + (1 - a) * lo);
  if (!s) return s.error();
  return allocationOf(p, s.value());
}

Result<Allocation> maximumSharpe(const PortfolioProblem& p, Rate riskFree) {
  if (auto problem = problemError(p)) return *problem;
  const ReturnRange range = attainableReturns(p);
  if (range.highest <= riskFree)
    return Error{portfoliofailure::kNoPositiveExcess,
                 "no allowed portfolio's expected return (at most " + percent(range.highest) +
                     ") is above the risk-free rate " + percent(riskFree) +
                     ": the maximum Sharpe ratio has no solution",
                 ""};
  const Eigen::MatrixXd sigma = sigmaOf(p);
  const Vec excess = vec(p.expectedReturns).array() - riskFree;
  auto mv = minimumVariance(p);
  if (!mv) return mv;
  const Vec w0 = vec(mv.value().weights);
  const double e0 = excess.dot(w0);
  const double t0 = e0 > 0 ? w0.dot(sigma * w0) / e0 : 1.0;
  // φ = t·(μ − r_f)ᵀw − wᵀΣw, zero at the tangency portfolio; on a segment w + u·dw it is
  // (t + u)(e + u·e1) − (v + 2u·v1 + u²·v2).
  auto s = parametricSearch(
      p, t0, w0, [&](const Vec& w, double t) { return t * excess.dot(w) - w.dot(sigma * w); },
      [&](const Vec& w, const Vec& dw, double t) {
        const double e = excess.dot(w), e1 = excess.dot(dw);
        const double v = w.dot(sigma * w), v1 = w.dot(sigma * dw), v2 = dw.dot(sigma * dw);
        std::vector<double> ts;
        for (double u : quadraticRoots(e1 - v2, e + t * e1 - 2 * v1, t * e - v))
          if (t + u >= 0) ts.push_back(t + u);
        return ts;
      });
  if (!s) return s.error();
  return allocationOf(p, s.value());
}

Result<Allocation> targetVolatility(const PortfolioProblem& p, Rate target) {
  auto frontierEnds = efficientFrontier(p, 2);
  if (!frontierEnds) return frontierEnds.error();
  const Allocation& low = frontierEnds.value().front();
  const Allocation& high = frontierEnds.value().back();
  const double slack = 1e-12 * std::max(1.0, high.volatility);
  if (target < low.volatility - slack || target > high.volatility + slack)
    return Error{portfoliofailure::kTargetOutOfRange,
                 "the target volatility " + percent(target) +
                     " is outside the efficient frontier's (" + percent(low.volatility) + " to " +
                     percent(high.volatility) + ")",
                 ""};
  // At an end (or on a frontier that is one point) the end itself.
  if (target <= low.volatility + slack) return low;
  if (target >= high.volatility - slack) return high;
  const Eigen::MatrixXd sigma = sigmaOf(p);
  const double goal = target * target;
  const Vec w0 = vec(low.weights);
  // φ = wᵀΣw − σ*²; on a segment w + u·dw: v + 2u·v1 + u²·v2 − σ*².
  auto s = parametricSearch(
      p, 1.0, w0, [&](const Vec& w, double) { return w.dot(sigma * w) - goal; },
      [&](const Vec& w, const Vec& dw, double t) {
        const double v = w.dot(sigma * w), v1 = w.dot(sigma * dw), v2 = dw.dot(sigma * dw);
        std::vector<double> ts;
        for (double u : quadraticRoots(v2, 2 * v1, v - goal))
          if (t + u >= 0) ts.push_back(t + u);
        return ts;
      });
  if (!s) return s.error();
  return allocationOf(p, s.value());
}

Result<std::vector<Allocation>> efficientFrontier(const PortfolioProblem& p, int points) {
  auto mv = minimumVariance(p);
  if (!mv) return mv.error();
  const double rLow = mv.value().expectedReturn;
  const double rHigh = attainableReturns(p).highest;
  std::vector<Allocation> frontier{mv.value()};
  for (int k = 1; k < points; ++k) {
    const double target = k == points - 1 ? rHigh : rLow + (rHigh - rLow) * k / (points - 1);
    auto point = targetReturn(p, std::max(target, rLow));
    if (!point) return point.error();
    frontier.push_back(std::move(point).value());
  }
  return frontier;
}

Result<Allocation> riskParity(const PortfolioProblem& p) {
  const std::size_t n = p.size();
  const Eigen::MatrixXd sigma = sigmaOf(p);
  if (Eigen::LLT<Eigen::MatrixXd>(sigma).info() != Eigen::Success) return notPositiveDefinite();
  // Cyclical coordinate descent on ½·yᵀΣy − b·Σ ln y_i: each coordinate's optimum is the
  // positive root of Σ_ii·y_i² + c_i·y_i − b = 0 with c_i = Σ_{j≠i} Σ_ij·y_j.
  const double b = 1.0 / static_cast<double>(n);
  Vec y = sigma.diagonal().cwiseSqrt().cwiseInverse() / std::sqrt(static_cast<double>(n));
  Vec sy = sigma * y;
  int sweeps = 0;
  double deviation = HUGE_VAL;
  for (; sweeps < 10000 && deviation > 1e-13; ++sweeps) {
    for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(n); ++i) {
      const double sii = sigma(i, i);
      const double c = sy[i] - sii * y[i];
      const double yi = (-c + std::sqrt(c * c + 4 * sii * b)) / (2 * sii);
      sy += sigma.col(i) * (yi - y[i]);
      y[i] = yi;
    }
    sy = sigma * y;  // fresh each sweep, so the test below sees no drift
    deviation = (y.cwiseProduct(sy).array() / b - 1).abs().maxCoeff();
  }
  if (deviation > 1e-10)
    return Error{portfoliofailure::kNotConverged,
                 "risk parity did not converge (a risk contribution is off by " +
                     percent(deviation) + " of its share)",
                 ""};
  Allocation a;
  const Vec w = y / y.sum();
  a.weights.assign(w.data(), w.data() + w.size());
  a.expectedReturn = portfolioReturn(p, a.weights);
  a.volatility = portfolioVolatility(p, a.weights);
  const std::vector<Real> shares = riskContributions(p, a.weights);
  double worst = 0;
  for (double share : shares) worst = std::max(worst, std::abs(share - b));
  a.kktResidual = worst;
  a.iterations = sweeps;
  return a;
}

}  // namespace valor
