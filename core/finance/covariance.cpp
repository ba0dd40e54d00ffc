#include "core/finance/covariance.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Dense>

namespace valor {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Ledoit & Wolf (2004), appendix B, on the demeaned returns Y (T × n) and S = YᵀY / T.
double ledoitWolfShrink(const Matrix& y, Eigen::MatrixXd& s) {
  const auto t = static_cast<double>(y.rows());
  const Eigen::Index n = s.rows();
  const Eigen::VectorXd sd = s.diagonal().cwiseSqrt();
  double rbar = 0;  // the average correlation
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = i + 1; j < n; ++j) rbar += s(i, j) / (sd[i] * sd[j]);
  rbar *= 2.0 / static_cast<double>(n * (n - 1));
  Eigen::MatrixXd f = rbar * sd * sd.transpose();
  f.diagonal() = s.diagonal();
  // π_ij = mean over t of (y_ti·y_tj − s_ij)² = mean(y_ti²·y_tj²) − s_ij²;
  // ϑ_ii,ij = mean of (y_ti² − s_ii)(y_ti·y_tj − s_ij) = mean(y_ti³·y_tj) − s_ii·s_ij.
  const Matrix y2 = y.array().square();
  const Matrix y3 = y.array().cube();
  const Eigen::MatrixXd piMat = (y2.transpose() * y2) / t - s.cwiseProduct(s);
  const Eigen::MatrixXd theta = (y3.transpose() * y) / t - s.diagonal().asDiagonal() * s;
  const double pi = piMat.sum();
  double rho = piMat.diagonal().sum();
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < n; ++j) {
      if (i == j) continue;
      rho += rbar / 2 * (sd[j] / sd[i] * theta(i, j) + sd[i] / sd[j] * theta(j, i));
    }
  const double gamma = (f - s).squaredNorm();
  const double delta = gamma > 0 ? std::clamp((pi - rho) / gamma / t, 0.0, 1.0) : 1.0;
  s = delta * f + (1 - delta) * s;
  return delta;
}

}  // namespace

CovarianceEstimate estimateCovariance(const std::vector<Real>& returns, std::size_t assets,
                                      CovarianceEstimator estimator, Real lambda,
                                      int periodsPerYear) {
  const auto n = static_cast<Eigen::Index>(assets);
  const auto t = static_cast<Eigen::Index>(returns.size() / assets);
  const Eigen::Map<const Matrix> r(returns.data(), t, n);
  const Eigen::RowVectorXd mean = r.colwise().mean();
  const Matrix y = r.rowwise() - mean;
  Eigen::MatrixXd s;
  CovarianceEstimate out;
  switch (estimator) {
    case CovarianceEstimator::Sample:
      s = (y.transpose() * y) / static_cast<double>(t - 1);
      break;
    case CovarianceEstimator::Ewma: {
      Eigen::VectorXd w(t);
      for (Eigen::Index k = 0; k < t; ++k) w[t - 1 - k] = (1 - lambda) * std::pow(lambda, k);
      w /= w.sum();
      s = r.transpose() * w.asDiagonal() * r;
      break;
    }
    case CovarianceEstimator::LedoitWolf:
      s = (y.transpose() * y) / static_cast<double>(t);
      out.shrinkage = ledoitWolfShrink(y, s);
      break;
  }
  const double m = periodsPerYear;
  out.means.resize(assets);
  for (Eigen::Index i = 0; i < n; ++i) out.means[static_cast<std::size_t>(i)] = mean[i] * m;
  out.covariance.resize(assets * assets);
  Eigen::Map<Matrix>(out.covariance.data(), n, n) = s * m;
  return out;
}

std::vector<Real> returnsFromPrices(const std::vector<Real>& prices, std::size_t assets) {
  const std::size_t t = prices.size() / assets;
  std::vector<Real> out;
  if (t < 2) return out;
  out.resize((t - 1) * assets);
  for (std::size_t k = 1; k < t; ++k)
    for (std::size_t i = 0; i < assets; ++i)
      out[(k - 1) * assets + i] = prices[k * assets + i] / prices[(k - 1) * assets + i] - 1;
  return out;
}

}  // namespace valor
