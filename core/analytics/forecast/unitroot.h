#pragma once
// How many differences an automatic ARIMA takes (Hyndman & Khandakar, "Automatic Time Series
// Forecasting: the forecast Package for R", J. Stat. Software 27(3), 2008, §3.2): seasonal
// differences first, when the seasonal strength of a classical decomposition exceeds 0.64
// (Wang, Smith & Hyndman 2006); then ordinary differences while the KPSS test rejects level
// stationarity at 5 %.
#include <vector>

namespace valor::forecast {

// The KPSS statistic for level stationarity (Kwiatkowski, Phillips, Schmidt & Shin 1992) with
// the Bartlett-weighted long-run variance over ⌊4 (n/100)^¼⌋ lags.
double kpssStatistic(const std::vector<double>& y);
inline constexpr double kKpssCritical5 = 0.463;  // ibid., Table 1, η_μ at 5 %

// F_S = max(0, 1 − Var(R)/Var(S + R)) of a classical additive decomposition with a centred
// moving-average trend; 0 when there are fewer than two full seasons plus one.
double seasonalStrength(const std::vector<double>& y, int period);

// Seasonal indices of a classical decomposition (ratios, or differences, to a centred moving
// average, averaged by season and normalised to a mean of 1, or 0): index j is for the values
// at positions j, j + m, ... Needs at least two seasons plus one value.
std::vector<double> classicalSeasonalIndices(const std::vector<double>& y, int period,
                                             bool multiplicative);

// The differenced series (1 − B)^d (1 − B^m)^D y.
std::vector<double> difference(const std::vector<double>& y, int d, int seasonalD, int period);

// The coefficients δ_i of (1 − B)^d (1 − B^m)^D = 1 − Σ δ_i B^i, so y_t = w_t + Σ δ_i y_{t−i}.
std::vector<double> integrationWeights(int d, int seasonalD, int period);

}  // namespace valor::forecast
