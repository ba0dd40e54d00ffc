#pragma once
// How well a model forecasts: accuracy measures (Hyndman & Koehler, "Another look at measures
// of forecast accuracy", IJF 22, 2006), a rolling-origin backtest (Tashman, IJF 16, 2000) and
// the residual autocorrelations a fit leaves. MASE scales each absolute error by the mean
// absolute one-season change of the values the model was fitted to (the in-sample
// seasonal-naive error), so it compares across series; below 1 beats that naive forecast.
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/analytics/forecast/model.h"

namespace valor::forecast {

struct Accuracy {
  int errors = 0;               // forecasts compared
  std::optional<double> mape;   // %, absent when a value is 0
  std::optional<double> smape;  // %, 200·|e| / (|y| + |ŷ|); absent when both are 0
  std::optional<double> mase;   // absent when the series never changes over a season
};

// Accumulates errors into an Accuracy.
class AccuracySum {
 public:
  void add(double actual, double forecast, double scale);
  Accuracy result() const;

 private:
  int count_ = 0;
  double ape_ = 0, sape_ = 0, ase_ = 0;
  bool apeDefined_ = true, sapeDefined_ = true, aseDefined_ = true;
};

// The mean |y_t − y_{t−m}| over values[0, end): the MASE scale; 0 when undefined.
double naiveScale(const std::vector<double>& values, std::size_t end, int seasonPeriod);

// The fit's one-step accuracy on the values it was fitted to.
Accuracy inSampleAccuracy(const Series& series, const Fit& fit);

// Residual autocorrelations r_1..r_maxLag of y − fitted (Box & Jenkins); the ±1.96/√n band
// marks those distinguishable from zero.
std::vector<double> residualAutocorrelations(const Series& series, const Fit& fit, int maxLag);

struct BacktestOptions {
  int origins = 8;  // the last k values are each forecast from the values before them
  int horizon = 1;  // and up to this many steps ahead
  std::stop_token stop;
};

struct ModelBacktest {
  std::string key;      // "ets"
  std::string name;     // "ETS (automatic)"
  std::string failure;  // why it could not be backtested; empty when it was
  Accuracy oneStep;
  Accuracy allSteps;  // every step 1..horizon from every origin
};

struct Backtest {
  int origins = 0;
  int horizon = 0;
  // Ranked: the lowest MASE over all steps first; models that could not be backtested last.
  std::vector<ModelBacktest> models;
};

// Refits each model at each origin (an automatic choice is made again each time, as it would
// have been then). Refuses fewer than one origin or origins that leave under three values; a
// stop request ends it with the error forecast.cancelled.
Result<Backtest> backtest(const Series& series, const std::vector<ModelSpec>& models,
                          const BacktestOptions& options);

}  // namespace valor::forecast
