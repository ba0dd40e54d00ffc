#pragma once
// A convex quadratic programme with box bounds, equality rows and two-sided linear rows, solved
// exactly by the primal active-set method (Nocedal & Wright, "Numerical Optimization", 2nd ed.,
// algorithm 16.3):
//   minimise ½·xᵀQx + cᵀx  subject to  lower ≤ x ≤ upper,  E·x = e,  rowLower ≤ R·x ≤ rowUpper
// with Q positive definite. Each iteration solves the equality-constrained subproblem on the
// working set in range-space form with M = Q_FF⁻¹ over the free variables F; M is kept by
// bordered updates (O(|F|²) when a bound enters or leaves the working set) and refactored by
// Cholesky every 64 updates and once at the end, where the final working set's subproblem is
// solved afresh so the answer carries no drift. Portfolio problems have few free variables at
// their optimum, and the method starts from a feasible vertex-like point, so a 500-asset problem
// costs a few hundred cheap iterations.
//
// The solution reports the Karush–Kuhn–Tucker residuals (stationarity, primal feasibility, and
// complementarity with multipliers of the right sign) measured on the returned point: the check
// does not trust the solver.
#include <string>
#include <vector>

#include <Eigen/Dense>

namespace valor {

struct QpProblem {
  Eigen::MatrixXd Q;  // n × n, symmetric positive definite
  Eigen::VectorXd c;
  Eigen::VectorXd lower, upper;  // finite, lower ≤ upper
  Eigen::MatrixXd E;             // k × n equality rows
  Eigen::VectorXd e;
  Eigen::MatrixXd R;  // m × n rows with two-sided limits
  Eigen::VectorXd rowLower, rowUpper;
};

// Stationarity and complementarity are relative to the gradient's size, max(1, |Qx|, |c|):
// multipliers and their rounding grow with it. Primal feasibility is absolute.
struct KktResiduals {
  double stationarity = 0;  // max |Qx + c − Eᵀλ − Rᵀγ − ν|
  double primal = 0;        // max violation of any constraint
  // max |multiplier × slack|, each multiplier taken at the bound its sign belongs to (ν > 0 the
  // lower, ν < 0 the upper): a multiplier of the wrong sign shows as a large product
  double complementarity = 0;
  double largest() const;
};

struct QpSolution {
  bool ok = false;
  std::string failure;  // "not_positive_definite", "iteration_limit"
  Eigen::VectorXd x;
  Eigen::VectorXd equalityMultipliers;  // λ, one per row of E
  Eigen::VectorXd rowMultipliers;       // γ, one per row of R (0 when not binding)
  Eigen::VectorXd boundMultipliers;     // ν, one per variable (0 when free)
  int iterations = 0;
  KktResiduals kkt;
  std::vector<int> freeVariables;  // the final working set: variables off their bounds,
  std::vector<int> bindingRows;    // and rows of R held at a limit
};

// `start` must satisfy every constraint (the caller builds a feasible point).
QpSolution solveQp(const QpProblem& problem, const Eigen::VectorXd& start);

// How the solution moves when c changes by `dc` and the working set stays: dx, zero on the
// variables at a bound. Along a parametric path c(t) = c0 + t·dc the solution is linear in t
// until the working set changes (Markowitz's critical lines), which lets a caller solve for the
// exact t on a segment.
Eigen::VectorXd workingSetDirection(const QpProblem& problem, const QpSolution& solution,
                                    const Eigen::VectorXd& dc);

// The residuals of (x, λ, γ, ν) for `problem`.
KktResiduals kktResiduals(const QpProblem& problem, const QpSolution& solution);

}  // namespace valor
