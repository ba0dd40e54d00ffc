#include "core/analytics/correlation.h"

#include <cmath>

#include <Eigen/Eigenvalues>

namespace valor {

CorrelationMatrix CorrelationMatrix::identity(std::size_t n) {
  CorrelationMatrix c;
  c.size = n;
  c.values.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) c.at(i, i) = 1;
  return c;
}

CholeskyFactor choleskyFactor(const CorrelationMatrix& c) {
  constexpr double kTolerance = 1e-12;
  const std::size_t n = c.size;
  std::vector<double> l(n * n, 0.0);
  CholeskyFactor out;
  for (std::size_t j = 0; j < n; ++j) {
    double pivot = c.at(j, j);
    for (std::size_t k = 0; k < j; ++k) pivot -= l[j * n + k] * l[j * n + k];
    const bool degenerate = pivot <= kTolerance;
    if (pivot < -kTolerance || degenerate) {
      // Row j below the pivot must then be explained by the earlier columns alone.
      bool consistent = pivot >= -kTolerance;
      for (std::size_t i = j + 1; consistent && i < n; ++i) {
        double s = c.at(i, j);
        for (std::size_t k = 0; k < j; ++k) s -= l[i * n + k] * l[j * n + k];
        if (std::fabs(s) > 1e-9) consistent = false;
      }
      if (!consistent) {
        // Name j and the earlier input it is most strongly tied to.
        std::size_t partner = 0;
        for (std::size_t k = 0; k < j; ++k)
          if (std::fabs(c.at(j, k)) > std::fabs(c.at(j, partner))) partner = k;
        if (j == 0) partner = 0;
        out.first = partner;
        out.second = j;
        return out;
      }
    }
    const double d = degenerate ? 0 : std::sqrt(pivot);
    l[j * n + j] = d;
    for (std::size_t i = j + 1; i < n; ++i) {
      double s = c.at(i, j);
      for (std::size_t k = 0; k < j; ++k) s -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = d > 0 ? s / d : 0;
    }
  }
  out.lower = std::move(l);
  return out;
}

CorrelationMatrix repairCorrelation(const CorrelationMatrix& c) {
  constexpr double kFloor = 1e-8;
  const auto n = static_cast<Eigen::Index>(c.size);
  Eigen::MatrixXd m(n, n);
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < n; ++j)
      m(i, j) = c.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j));
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(m);
  Eigen::VectorXd lambda = solver.eigenvalues().cwiseMax(kFloor);
  Eigen::MatrixXd r =
      solver.eigenvectors() * lambda.asDiagonal() * solver.eigenvectors().transpose();
  CorrelationMatrix out = CorrelationMatrix::identity(c.size);
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < n; ++j)
      if (i != j)
        out.at(static_cast<std::size_t>(i), static_cast<std::size_t>(j)) =
            r(i, j) / std::sqrt(r(i, i) * r(j, j));
  return out;
}

}  // namespace valor
