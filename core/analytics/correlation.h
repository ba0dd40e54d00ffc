#pragma once
// Correlation between Monte Carlo inputs: a symmetric matrix with unit diagonal, factored as
// C = L·Lᵀ (Cholesky) so that correlated normal scores are L·z. A matrix that is not positive
// semi-definite has no such factor: it is reported naming the pair of inputs at fault, and only
// repaired when the analyst asks for it.
#include <optional>
#include <string>
#include <vector>

namespace valor {

struct CorrelationMatrix {
  std::size_t size = 0;
  std::vector<double> values;  // row-major, size × size
  double at(std::size_t i, std::size_t j) const { return values[i * size + j]; }
  double& at(std::size_t i, std::size_t j) { return values[i * size + j]; }
  static CorrelationMatrix identity(std::size_t n);
};

struct CholeskyFactor {
  std::optional<std::vector<double>> lower;  // row-major lower triangle; set on success
  // On failure: the inputs whose correlation cannot hold together with the others.
  std::size_t first = 0;
  std::size_t second = 0;
};

// Cholesky–Banachiewicz with a tolerance of 1e-12 on the pivots, so semi-definite matrices
// (a correlation of exactly 1) factor too.
CholeskyFactor choleskyFactor(const CorrelationMatrix& c);

// The nearest valid correlation matrix in the sense of eigenvalue clipping: negative
// eigenvalues raised to a small positive floor, then rescaled to a unit diagonal (Rebonato and
// Jäckel, "The most general methodology to create a valid correlation matrix", 1999).
CorrelationMatrix repairCorrelation(const CorrelationMatrix& c);

}  // namespace valor
