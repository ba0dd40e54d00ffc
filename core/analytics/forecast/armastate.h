#pragma once
// The exact Gaussian likelihood of a stationary ARMA process by the Kalman filter on its
// state-space form (Harvey, "Forecasting, Structural Time Series Models and the Kalman
// Filter", 1989, §3.4; Durbin & Koopman, "Time Series Analysis by State Space Methods",
// 2nd ed., §3.4): state dimension r = max(p, q + 1), transition T with the AR coefficients in
// its first column, disturbance loading R = (1, θ₁, ..., θ_{r−1})′, and the initial covariance
// the stationary one, P = T P T′ + R R′. The innovation variance σ² is concentrated out.
#include <vector>

namespace valor::forecast {

// The coefficients of the AR polynomial 1 − a₁B − ... − a_kB^k whose partial autocorrelations
// are `partials` (each in (−1, 1)), by the Durbin–Levinson recursion: every such polynomial is
// stationary, and every stationary one has such partials (Barndorff-Nielsen & Schou 1973;
// Monahan 1984). So a box on the partials is exactly the stationary region.
std::vector<double> coefficientsFromPartials(const std::vector<double>& partials);

// The coefficients c_k of a product of polynomials (1 + Σ a_i B^i)(1 + Σ b_j B^{s·j}), without
// the leading 1: c has max(len a, s·len b) entries.
std::vector<double> multiplySeasonal(const std::vector<double>& a, const std::vector<double>& b,
                                     int s);

struct ArmaModel {
  std::vector<double> ar;  // a_k of 1 − Σ a_k B^k (seasonal factors multiplied out)
  std::vector<double> ma;  // b_k of 1 + Σ b_k B^k
};

struct ArmaLikelihood {
  bool ok = false;  // false if the filter met a non-positive prediction variance
  double logLikelihood = 0;
  double sigma2 = 0;                // the ML estimate Σ v²/F / n
  std::vector<double> predictions;  // one-step predictions of z_t (zero-mean input)
  // For forecasting: the predicted state and covariance after the last value (σ² = 1).
  std::vector<double> state;
  std::vector<double> covariance;  // r × r, row-major
};

// The filter over z (already mean-corrected). With `keep`, also the predictions and final state.
ArmaLikelihood armaLikelihood(const ArmaModel& model, const std::vector<double>& z, bool keep);

// The forecasts of z_{n+1..n+H} from the filter's final state: their means, and the covariance
// of their errors in units of σ² (H × H, row-major).
void armaForecast(const ArmaModel& model, const ArmaLikelihood& filtered, int horizon,
                  std::vector<double>& means, std::vector<double>& covariance);

}  // namespace valor::forecast
