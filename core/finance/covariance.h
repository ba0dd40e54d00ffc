#pragma once
// Expected returns and a covariance matrix estimated from a history of periodic returns
// (T observations of n assets, oldest first), annualised by the periods per year (means × m,
// covariances × m, the usual i.i.d. scaling).
// - sample: the unbiased sample covariance (divisor T − 1);
// - ewma: RiskMetrics' exponentially weighted estimate (J.P. Morgan, "RiskMetrics — Technical
//   Document", 1996, §5.2): zero mean, weights (1 − λ)·λ^k on the k-th latest observation,
//   rescaled to add up to 1 over the sample;
// - ledoit_wolf: the sample covariance (divisor T) shrunk towards the constant-correlation
//   matrix with the optimal intensity δ* = max(0, min(1, κ / T)), κ = (π − ρ) / γ (Ledoit &
//   Wolf, "Honey, I Shrunk the Sample Covariance Matrix", J. Portfolio Management 2004,
//   appendix B).
// The expected returns are the sample means in every case.
#include <vector>

#include "core/common/types.h"

namespace valor {

enum class CovarianceEstimator { Sample, Ewma, LedoitWolf };

struct CovarianceEstimate {
  std::vector<Rate> means;       // annualised
  std::vector<Real> covariance;  // n × n row-major, annualised
  Real shrinkage = 0;            // Ledoit–Wolf's δ* (0 for the others)
};

// `returns` is T × n row-major; T ≥ 2 (the caller checks it). `lambda` is used by ewma only.
CovarianceEstimate estimateCovariance(const std::vector<Real>& returns, std::size_t assets,
                                      CovarianceEstimator estimator, Real lambda,
                                      int periodsPerYear);

// Simple returns P_t / P_{t−1} − 1 of T × n prices (all positive): (T − 1) × n.
std::vector<Real> returnsFromPrices(const std::vector<Real>& prices, std::size_t assets);

}  // namespace valor
