#pragma once
// The model families behind forecastWith (internal to core/analytics/forecast), and the
// helpers they share.
#include <optional>
#include <vector>

#include "core/analytics/forecast/model.h"

namespace valor::forecast {

Result<ModelForecast> forecastBaseline(const Series& series, const ModelSpec& spec,
                                       const ForecastOptions& options);
Result<ModelForecast> forecastTrend(const Series& series, const ModelSpec& spec,
                                    const ForecastOptions& options);
Result<ModelForecast> forecastEts(const Series& series, const ModelSpec& spec,
                                  const ForecastOptions& options);
Result<ModelForecast> forecastArima(const Series& series, const ModelSpec& spec,
                                    const ForecastOptions& options);

// The fewest values an ARIMA order can be fitted to with an AICc: d + mD + its coefficients + 3.
std::size_t arimaMinimum(const ArimaOrder& order, int seasonPeriod);

inline constexpr const char* kCancelled = "forecast.cancelled";
Error cancelled(const Series& series);
// Every value the same (to 1e-12 of their size): no likelihood has a maximum to find.
bool isConstant(const Series& series);
// ARIMA refuses a constant series (its differences are all zero); ETS forecasts the constant.
Error constantSeries(const Series& series);

// AICc = −2 log L + 2k + 2k(k + 1)/(n − k − 1) (Hurvich & Tsai 1989); none when n ≤ k + 1.
std::optional<double> aiccOf(double logLikelihood, int parameters, int observations);

// The concentrated Gaussian log-likelihood of n residuals with variance SSE/n:
// −n/2 · (log(2π · SSE/n) + 1).
double concentratedLogLikelihood(double sumOfSquares, int observations);

// A step with the given distribution: its point (the median) and its intervals.
ForecastStep stepOf(StepDistribution distribution, const std::vector<double>& levels);

// Simulation draws: standard normals for path `path`, seeded (Philox, as Monte Carlo).
void standardNormals(std::uint64_t seed, std::uint64_t path, std::vector<double>& out);

}  // namespace valor::forecast
