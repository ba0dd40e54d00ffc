#include "core/finance/qp.h"

#include <algorithm>
#include <cmath>

namespace valor {
namespace {

enum class At : signed char { Free, Lower, Upper };

constexpr int kRefactorEvery = 64;

class ActiveSet {
 public:
  ActiveSet(const QpProblem& p, const Eigen::VectorXd& start)
      : p_(p),
        n_(static_cast<int>(p.c.size())),
        k_(static_cast<int>(p.E.rows())),
        m_(static_cast<int>(p.R.rows())),
        x_(start),
        var_(static_cast<std::size_t>(n_), At::Free),
        row_(static_cast<std::size_t>(m_), At::Free) {
    for (int j = 0; j < n_; ++j) {
      const double tol = 1e-15 * (1 + std::abs(x_[j]));
      if (std::abs(x_[j] - p.lower[j]) <= tol) {
        x_[j] = p.lower[j];
        var_[j] = At::Lower;
      } else if (std::abs(x_[j] - p.upper[j]) <= tol) {
        x_[j] = p.upper[j];
        var_[j] = At::Upper;
      } else {
        free_.push_back(j);
      }
    }
    freeForFullRank();
    g_ = p.Q * x_ + p.c;
    rx_ = p.R * x_;
  }

  QpSolution run() {
    QpSolution out;
    if (!refactor()) return failed("not_positive_definite");
    const int limit = 20 * (n_ + m_) + 200;
    for (int iteration = 0;; ++iteration) {
      if (iteration > limit) return failed("iteration_limit");
      out.iterations = iteration;
      if (updates_ >= kRefactorEvery && !refactor()) return failed("not_positive_definite");
      Eigen::VectorXd lambda;
      double terms = 0;
      const Eigen::VectorXd step = newtonStep(lambda, terms);
      // A step that is rounding noise of the terms it was computed from is no step: taking it
      // could block at a bound that makes the working set dependent, then release it, and so on.
      const double stepSize = step.size() ? step.cwiseAbs().maxCoeff() : 0.0;
      if (stepSize > 1e-12 * terms && takeStep(step)) continue;  // a constraint blocked the step
      const Drop drop = dropWorstMultiplier(lambda);
      if (drop == Drop::NotPositiveDefinite) return failed("not_positive_definite");
      if (drop == Drop::Optimal) break;
    }
    if (!refactor()) return failed("not_positive_definite");
    // Polishing removes the updates' drift; where the working rows fix the free variables
    // through an ill-conditioned system (two assets of nearly the same return at a target), it
    // can cost more feasibility than it gains, and the point before it is kept.
    const Eigen::VectorXd before = x_;
    const double violationBefore = violation();
    polish();
    if (violation() > std::max(violationBefore, 1e-15)) {
      x_ = before;
      g_ = p_.Q * x_ + p_.c;
      rx_ = p_.R * x_;
    }
    Eigen::VectorXd lambda;
    double terms = 0;
    newtonStep(lambda, terms);
    out.ok = true;
    out.x = x_;
    out.equalityMultipliers = lambda.head(k_);
    out.rowMultipliers = Eigen::VectorXd::Zero(m_);
    const std::vector<int> rows = activeRows();
    for (std::size_t r = 0; r < rows.size(); ++r)
      out.rowMultipliers[rows[r]] = lambda[k_ + static_cast<int>(r)];
    out.boundMultipliers = boundMultipliers(lambda);
    out.kkt = kktResiduals(p_, out);
    out.freeVariables = free_;
    std::sort(out.freeVariables.begin(), out.freeVariables.end());
    out.bindingRows = rows;
    return out;
  }

 private:
  QpSolution failed(const char* why) const {
    QpSolution out;
    out.failure = why;
    out.x = x_;
    return out;
  }

  std::vector<int> activeRows() const {
    std::vector<int> rows;
    for (int r = 0; r < m_; ++r)
      if (row_[r] != At::Free) rows.push_back(r);
    return rows;
  }

  // The working rows (E, then the binding rows of R) over all variables.
  Eigen::MatrixXd workingRows() const {
    const std::vector<int> rows = activeRows();
    Eigen::MatrixXd C(k_ + static_cast<int>(rows.size()), n_);
    if (k_) C.topRows(k_) = p_.E;
    for (std::size_t r = 0; r < rows.size(); ++r)
      C.row(k_ + static_cast<int>(r)) = p_.R.row(rows[r]);
    return C;
  }

  // Frees variables at a bound until the equality rows over the free variables have full row
  // rank, so the subproblem's multipliers are unique (Nocedal & Wright's linear-independence
  // requirement on the working set).
  void freeForFullRank() {
    if (k_ == 0) return;
    auto rank = [&](const std::vector<int>& cols) {
      if (cols.empty()) return 0;
      return static_cast<int>(Eigen::FullPivLU<Eigen::MatrixXd>(p_.E(Eigen::all, cols)).rank());
    };
    int current = rank(free_);
    for (int j = 0; j < n_ && current < k_; ++j) {
      if (var_[j] == At::Free) continue;
      std::vector<int> trial = free_;
      trial.push_back(j);
      if (const int r = rank(trial); r > current) {
        free_ = std::move(trial);
        var_[j] = At::Free;
        current = r;
      }
    }
  }

  bool refactor() {
    updates_ = 0;
    const int f = static_cast<int>(free_.size());
    if (f == 0) {
      M_.resize(0, 0);
      return true;
    }
    Eigen::LLT<Eigen::MatrixXd> llt(p_.Q(free_, free_));
    if (llt.info() != Eigen::Success) return false;
    M_ = llt.solve(Eigen::MatrixXd::Identity(f, f));
    return true;
  }

  // The step p over the free variables to the minimiser on the working set, and the working
  // rows' multipliers λ there: Q_FF·p + g_F = C_Fᵀλ, C_F·p = 0.
  // `terms` is the size of the two parts p is the difference of, for judging a step of zero.
  Eigen::VectorXd newtonStep(Eigen::VectorXd& lambda, double& terms) const {
    const Eigen::MatrixXd C = workingRows();
    const Eigen::MatrixXd CF = C(Eigen::all, free_);
    const Eigen::VectorXd gF = g_(free_);
    const Eigen::VectorXd Mg = M_ * gF;
    terms = Mg.size() ? Mg.cwiseAbs().maxCoeff() : 0.0;
    if (C.rows() == 0) {
      lambda.resize(0);
      return -Mg;
    }
    if (free_.empty()) {
      // Every variable is fixed: the multipliers are those that best explain the gradient.
      lambda = C.transpose().completeOrthogonalDecomposition().solve(g_);
      return Eigen::VectorXd(0);
    }
    // As many independent working rows as free variables: they fix the point, so p is 0 and the
    // multipliers solve C_Fᵀλ = g_F itself (better conditioned than through C_F·M·C_Fᵀ).
    if (C.rows() == static_cast<Eigen::Index>(free_.size())) {
      lambda = CF.transpose().fullPivLu().solve(gF);
      return Eigen::VectorXd::Zero(CF.cols());
    }
    const Eigen::MatrixXd MC = M_ * CF.transpose();
    const Eigen::MatrixXd S = CF * MC;
    lambda = S.ldlt().solve(CF * Mg);
    const Eigen::VectorXd toward = MC * lambda;
    terms = std::max(terms, toward.cwiseAbs().maxCoeff());
    return toward - Mg;
  }

  // Moves along `step` as far as the constraints allow; true when one of them blocked it.
  bool takeStep(const Eigen::VectorXd& step) {
    double alpha = 1.0;
    int blockingVar = -1;
    int blockingRow = -1;
    At blockingAt = At::Free;
    for (std::size_t i = 0; i < free_.size(); ++i) {
      const int j = free_[i];
      const double s = step[static_cast<int>(i)];
      if (s < 0) {
        const double a = std::max(0.0, (p_.lower[j] - x_[j]) / s);
        if (a < alpha) alpha = a, blockingVar = j, blockingRow = -1, blockingAt = At::Lower;
      } else if (s > 0) {
        const double a = std::max(0.0, (p_.upper[j] - x_[j]) / s);
        if (a < alpha) alpha = a, blockingVar = j, blockingRow = -1, blockingAt = At::Upper;
      }
    }
    Eigen::VectorXd rowStep;
    if (m_) {
      rowStep = p_.R(Eigen::all, free_) * step;
      const double tiny = 1e-15 * step.cwiseAbs().maxCoeff();
      for (int r = 0; r < m_; ++r) {
        if (row_[r] != At::Free) continue;
        const double s = rowStep[r];
        if (s < -tiny) {
          const double a = std::max(0.0, (p_.rowLower[r] - rx_[r]) / s);
          if (a < alpha) alpha = a, blockingRow = r, blockingVar = -1, blockingAt = At::Lower;
        } else if (s > tiny) {
          const double a = std::max(0.0, (p_.rowUpper[r] - rx_[r]) / s);
          if (a < alpha) alpha = a, blockingRow = r, blockingVar = -1, blockingAt = At::Upper;
        }
      }
    }
    for (std::size_t i = 0; i < free_.size(); ++i)
      x_[free_[i]] += alpha * step[static_cast<int>(i)];
    g_ += alpha * (p_.Q(Eigen::all, free_) * step);
    if (m_) rx_ += alpha * rowStep;
    if (blockingRow >= 0) {
      row_[blockingRow] = blockingAt;
      rx_[blockingRow] =
          blockingAt == At::Lower ? p_.rowLower[blockingRow] : p_.rowUpper[blockingRow];
      return true;
    }
    if (blockingVar >= 0) {
      fix(blockingVar, blockingAt);
      return true;
    }
    return false;
  }

  Eigen::VectorXd boundMultipliers(const Eigen::VectorXd& lambda) const {
    const Eigen::MatrixXd C = workingRows();
    Eigen::VectorXd nu = Eigen::VectorXd::Zero(n_);
    for (int j = 0; j < n_; ++j)
      if (var_[j] != At::Free) nu[j] = g_[j] - C.col(j).dot(lambda);
    return nu;
  }

  enum class Drop { Optimal, Dropped, NotPositiveDefinite };

  // Drops the working constraint whose multiplier has the wrong sign by most (Optimal when none
  // has). A multiplier counts as wrong beyond rounding of the gradient it comes from.
  Drop dropWorstMultiplier(const Eigen::VectorXd& lambda) {
    const Eigen::VectorXd nu = boundMultipliers(lambda);
    double worst = 1e-12 * std::max(g_.size() ? g_.cwiseAbs().maxCoeff() : 0.0, 1e-300);
    int var = -1;
    int row = -1;
    for (int j = 0; j < n_; ++j) {
      if (var_[j] == At::Free || p_.lower[j] == p_.upper[j]) continue;
      const double wrong = var_[j] == At::Lower ? -nu[j] : nu[j];
      if (wrong > worst) worst = wrong, var = j, row = -1;
    }
    const std::vector<int> rows = activeRows();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const int i = rows[r];
      if (p_.rowLower[i] == p_.rowUpper[i]) continue;
      const double l = lambda[k_ + static_cast<int>(r)];
      const double wrong = row_[i] == At::Lower ? -l : l;
      if (wrong > worst) worst = wrong, row = i, var = -1;
    }
    if (row >= 0) {
      row_[row] = At::Free;
      return Drop::Dropped;
    }
    if (var >= 0) return release(var) ? Drop::Dropped : Drop::NotPositiveDefinite;
    return Drop::Optimal;
  }

  // A free variable reaches a bound: it leaves M (Schur complement of its pivot).
  void fix(int j, At at) {
    x_[j] = at == At::Lower ? p_.lower[j] : p_.upper[j];
    var_[j] = at;
    const int f = static_cast<int>(free_.size());
    const int k = static_cast<int>(std::find(free_.begin(), free_.end(), j) - free_.begin());
    const Eigen::VectorXd col = M_.col(k);
    M_.noalias() -= col * (col.transpose() / col[k]);
    const int last = f - 1;
    M_.row(k).swap(M_.row(last));
    M_.col(k).swap(M_.col(last));
    std::swap(free_[k], free_[last]);
    free_.pop_back();
    M_.conservativeResize(last, last);
    ++updates_;
  }

  // A bound leaves the working set: its variable joins M (bordered inverse). False when Q_FF
  // is then not positive definite.
  bool release(int j) {
    var_[j] = At::Free;
    const int f = static_cast<int>(free_.size());
    const Eigen::VectorXd b = p_.Q(free_, j);
    const Eigen::VectorXd Mb = M_ * b;
    const double s = p_.Q(j, j) - b.dot(Mb);
    free_.push_back(j);
    if (!(s > 1e-14 * p_.Q(j, j))) return refactor();
    M_.conservativeResize(f + 1, f + 1);
    M_.topLeftCorner(f, f).noalias() += Mb * (Mb.transpose() / s);
    M_.col(f).head(f) = -Mb / s;
    M_.row(f).head(f) = -Mb.transpose() / s;
    M_(f, f) = 1.0 / s;
    ++updates_;
    return true;
  }

  // The largest amount by which x breaks a bound, a row's limits or an equality.
  double violation() const {
    double worst = 0;
    for (int j = 0; j < n_; ++j)
      worst = std::max({worst, p_.lower[j] - x_[j], x_[j] - p_.upper[j]});
    for (int r = 0; r < m_; ++r)
      worst = std::max({worst, p_.rowLower[r] - rx_[r], rx_[r] - p_.rowUpper[r]});
    if (k_) worst = std::max(worst, (p_.E * x_ - p_.e).cwiseAbs().maxCoeff());
    return worst;
  }

  // Solves the final working set's subproblem afresh (fixed variables exactly at their bounds,
  // binding rows exactly at their limits), so the answer carries no drift from the updates.
  void polish() {
    if (free_.empty()) return;
    const std::vector<int> rows = activeRows();
    const Eigen::MatrixXd C = workingRows();
    Eigen::VectorXd d(C.rows());
    if (k_) d.head(k_) = p_.e;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const int i = rows[r];
      d[k_ + static_cast<int>(r)] = row_[i] == At::Lower ? p_.rowLower[i] : p_.rowUpper[i];
    }
    Eigen::VectorXd xFixed = x_;
    for (int j : free_) xFixed[j] = 0;
    const Eigen::VectorXd h = p_.c(free_) + p_.Q(free_, Eigen::all) * xFixed;
    const Eigen::VectorXd Mh = M_ * h;
    Eigen::VectorXd xF = -Mh;
    if (C.rows()) {
      const Eigen::MatrixXd CF = C(Eigen::all, free_);
      const Eigen::MatrixXd MC = M_ * CF.transpose();
      const Eigen::VectorXd lambda = (CF * MC).ldlt().solve(d - C * xFixed + CF * Mh);
      xF += MC * lambda;
    }
    for (std::size_t i = 0; i < free_.size(); ++i) x_[free_[i]] = xF[static_cast<int>(i)];
    g_ = p_.Q * x_ + p_.c;
    rx_ = p_.R * x_;
  }

  const QpProblem& p_;
  int n_, k_, m_;
  Eigen::VectorXd x_, g_, rx_;
  std::vector<At> var_;
  std::vector<At> row_;
  std::vector<int> free_;  // the free variables, in M's order
  Eigen::MatrixXd M_;      // (Q_FF)⁻¹
  int updates_ = 0;
};

}  // namespace

double KktResiduals::largest() const {
  return std::max({stationarity, primal, complementarity});
}

KktResiduals kktResiduals(const QpProblem& p, const QpSolution& s) {
  KktResiduals out;
  const Eigen::VectorXd& x = s.x;
  Eigen::VectorXd r = p.Q * x + p.c - s.boundMultipliers;
  if (p.E.rows()) r -= p.E.transpose() * s.equalityMultipliers;
  if (p.R.rows()) r -= p.R.transpose() * s.rowMultipliers;
  // Relative to the gradient's size (at least 1): along a parametric path the gradient grows
  // with the parameter, and so does every rounding error in it.
  double scale = 1;
  if (x.size()) scale = std::max({1.0, (p.Q * x).cwiseAbs().maxCoeff(), p.c.cwiseAbs().maxCoeff()});
  out.stationarity = r.size() ? r.cwiseAbs().maxCoeff() / scale : 0.0;
  double primal = 0;
  double comp = 0;
  for (int j = 0; j < x.size(); ++j) {
    primal = std::max({primal, p.lower[j] - x[j], x[j] - p.upper[j]});
    const double nu = s.boundMultipliers[j];
    if (p.lower[j] == p.upper[j]) continue;
    // ν > 0 belongs to the lower bound, ν < 0 to the upper one: a multiplier of the wrong sign
    // shows here as a large product with the other bound's slack.
    comp = std::max(comp, nu > 0 ? nu * (x[j] - p.lower[j]) : -nu * (p.upper[j] - x[j]));
  }
  if (p.E.rows()) primal = std::max(primal, (p.E * x - p.e).cwiseAbs().maxCoeff());
  if (p.R.rows()) {
    const Eigen::VectorXd rx = p.R * x;
    for (int i = 0; i < rx.size(); ++i) {
      primal = std::max({primal, p.rowLower[i] - rx[i], rx[i] - p.rowUpper[i]});
      const double g = s.rowMultipliers[i];
      if (p.rowLower[i] == p.rowUpper[i]) continue;
      comp = std::max(comp, g > 0 ? g * (rx[i] - p.rowLower[i]) : -g * (p.rowUpper[i] - rx[i]));
    }
  }
  out.primal = primal;
  out.complementarity = comp / scale;
  return out;
}

Eigen::VectorXd workingSetDirection(const QpProblem& p, const QpSolution& s,
                                    const Eigen::VectorXd& dc) {
  Eigen::VectorXd dx = Eigen::VectorXd::Zero(p.c.size());
  const std::vector<int>& F = s.freeVariables;
  if (F.empty()) return dx;
  Eigen::MatrixXd C(p.E.rows() + static_cast<int>(s.bindingRows.size()), p.c.size());
  if (p.E.rows()) C.topRows(p.E.rows()) = p.E;
  for (std::size_t r = 0; r < s.bindingRows.size(); ++r)
    C.row(p.E.rows() + static_cast<int>(r)) = p.R.row(s.bindingRows[r]);
  const Eigen::LLT<Eigen::MatrixXd> llt(p.Q(F, F));
  const Eigen::VectorXd Mdc = llt.solve(Eigen::VectorXd(dc(F)));
  Eigen::VectorXd dxF = -Mdc;
  if (C.rows()) {
    const Eigen::MatrixXd CF = C(Eigen::all, F);
    const Eigen::MatrixXd MC = llt.solve(Eigen::MatrixXd(CF.transpose()));
    dxF += MC * (CF * MC).ldlt().solve(CF * Mdc);
  }
  dx(F) = dxF;
  return dx;
}

QpSolution solveQp(const QpProblem& problem, const Eigen::VectorXd& start) {
  return ActiveSet(problem, start).run();
}

}  // namespace valor
