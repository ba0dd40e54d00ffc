#pragma once
// What a forecast model is (ModelSpec), what fitting it gives (Fit) and what it says about the
// future (ModelForecast). Every family fills the same shapes, so the backtest, the JSON, the
// desktop and "use as drivers" treat them alike.
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/analytics/forecast/series.h"
#include "core/common/result.h"

namespace valor::forecast {

enum class Family {
  Naive,          // the last value
  SeasonalNaive,  // the value one season back (the last value for annual data)
  LinearTrend,    // OLS on time
  LogTrend,       // OLS of log y on time: constant growth
  Ets,            // exponential smoothing, state-space form with additive errors
  Arima,          // (seasonal) ARIMA by exact Gaussian likelihood
};

enum class EtsTrend { None, Additive, Damped };
enum class EtsSeason { None, Additive, Multiplicative };

struct ArimaOrder {
  int p = 0, d = 0, q = 0;
  int P = 0, D = 0, Q = 0;  // seasonal, with the series' season period
  bool mean = false;        // a mean of the differenced series: a constant, or a drift when d+D=1
  friend bool operator==(const ArimaOrder&, const ArimaOrder&) = default;
};

struct ModelSpec {
  Family family = Family::Naive;
  bool automatic = false;  // ETS: choose trend and season; ARIMA: choose the order (AICc)
  EtsTrend trend = EtsTrend::None;
  EtsSeason season = EtsSeason::None;
  ArimaOrder order;
};

// "naive", "snaive", "trend", "logtrend", "ets" (automatic), "ets(A,Ad,M)", "arima"
// (automatic), "arima(1,1,1)", "arima(0,1,1)(0,1,1)", "arima(1,0,0)+mean".
Result<ModelSpec> parseModelSpec(const std::string& text);
// The name people read: "ETS(A,Ad,N)", "ARIMA(1,1,1) with drift", "Linear trend".
std::string modelName(const ModelSpec& spec);
// The key parseModelSpec reads back: "ets(A,Ad,N)".
std::string modelKey(const ModelSpec& spec);

struct Parameter {
  std::string name;  // "alpha", "ar1", "intercept"
  double value = 0;
  std::optional<double> standardError;
};

struct Fit {
  ModelSpec spec;  // as fitted: an automatic choice is resolved
  std::string name;
  std::vector<Parameter> parameters;
  // Gaussian, of the values the model describes: the series as given, or for an ARIMA with
  // differences the differenced series. So AICc compares models of one family and, for ARIMA,
  // one order of differencing — not an ETS with an ARIMA(…,1,…).
  std::optional<double> logLikelihood;
  std::optional<double> aicc;  // absent where the sample is too small for it
  int observations = 0;        // in the likelihood
  double sigma2 = 0;           // innovation variance
  bool converged = true;
  std::string convergence;  // "converged", or why not; "closed form" where no search ran
  int evaluations = 0;
  // One-step fitted values for periods fittedFrom, fittedFrom + 1, ...; the periods before
  // have none (a model with differences or a season needs history first).
  std::size_t fittedFrom = 0;
  std::vector<double> fitted;
  std::vector<std::string> notes;  // e.g. which orders an automatic choice compared
};

// The distribution of one future value, for intervals and percentiles.
struct StepDistribution {
  enum class Kind { Normal, StudentT, Simulated } kind = Kind::Normal;
  double center = 0;  // mean (of log y for a log model)
  double scale = 0;   // standard deviation (Normal), scale (StudentT)
  double degreesOfFreedom = 0;
  bool logScale = false;          // the value is exp() of the distribution
  std::vector<double> simulated;  // sorted draws (Simulated)
};

struct Interval {
  double level;  // 0.95
  double lower;
  double upper;
};

struct ForecastStep {
  double point;  // the point forecast (the median for a log model)
  std::vector<Interval> intervals;
  StepDistribution distribution;
};

struct ModelForecast {
  Fit fit;
  std::vector<ForecastStep> steps;  // h = 1, 2, ...
  bool simulatedIntervals = false;
};

struct ForecastOptions {
  int horizon = 10;
  std::vector<double> levels{0.8, 0.95};
  std::uint64_t seed = 20240601;  // simulated intervals: same seed, same bits
  int simulations = 5000;
  std::stop_token stop;  // a request stops the fit soon, with the error forecast.cancelled
};

// The p-quantile of a step's distribution (0 < p < 1): a percentile path for the drivers.
double stepQuantile(const StepDistribution& distribution, double p);

// Fits the model to the series and forecasts `options.horizon` periods. Refuses, naming the
// reason, a series too short for the model or with values the model cannot take (a log model
// or multiplicative season needs values above zero; ARIMA needs values that change),
// and a fit whose forecasts would not be finite numbers.
Result<ModelForecast> forecastWith(const Series& series, const ModelSpec& spec,
                                   const ForecastOptions& options);

// The fewest values the model can be fitted to.
std::size_t minimumValues(const ModelSpec& spec, int seasonPeriod);

}  // namespace valor::forecast
