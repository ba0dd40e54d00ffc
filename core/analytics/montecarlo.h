#pragma once
// Monte Carlo simulation of a scenario's valuation (docs/methodology.md §11).
//
// Path n draws one uniform per input from Philox4x32-10 keyed by the seed and counted by n,
// turns it into a normal score (Φ⁻¹), correlates the scores (Cholesky factor of the input
// correlation matrix: a Gaussian copula) and maps each score to its input's distribution.
// Paths are independent and their results stored by index; sums are taken per fixed block of
// paths and the blocks combined in path order, so the same seed and settings give bit-identical
// results with any number of threads. Paths that cannot be valued (e.g. WACC ≤ g) are
// counted by reason and left out of the statistics, never silently.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "core/analytics/correlation.h"
#include "core/analytics/distribution.h"
#include "core/jobs/threadpool.h"
#include "core/models/valuationmodel.h"

namespace valor {

inline constexpr std::uint64_t kMaxMonteCarloPaths = 10'000'000;
// Spearman rank correlations use the valued paths among the first this-many (in path order);
// their standard error is then below 0.004.
inline constexpr std::size_t kRankCorrelationSample = 100'000;

struct StochasticInput {
  std::string path;  // a model input: its path in the scenario file
  DistributionSpec distribution;
  bool operator==(const StochasticInput&) const = default;
};

struct InputCorrelation {
  std::string first;  // input paths
  std::string second;
  double rho = 0;
  bool operator==(const InputCorrelation&) const = default;
};

struct MonteCarloSettings {
  std::uint64_t paths = 10'000;
  std::uint64_t seed = 1;
  std::string output;                 // an output key of the model; empty: its first output
  std::optional<double> targetPrice;  // report P(output > target)
  std::vector<StochasticInput> inputs;
  std::vector<InputCorrelation> correlations;
  bool repairCorrelation = false;  // replace an invalid matrix by the nearest valid one
  bool operator==(const MonteCarloSettings&) const = default;
};

// Everything a run needs, checked: the model over the stochastic inputs, the prepared
// distributions and the Cholesky factor.
struct PreparedMonteCarlo {
  MonteCarloSettings settings;
  std::shared_ptr<const ValuationModel> model;
  OutputIndex output = 0;  // settings.output in model->outputs()
  std::vector<Distribution> distributions;
  std::optional<std::vector<double>> cholesky;  // none without correlations
  CorrelationMatrix correlation;                // as used (after repair, if asked)
  bool repaired = false;
};

// Fails with a message that names the input (by its path and the parameter) or the pair of
// correlated inputs at fault.
Result<PreparedMonteCarlo> prepareMonteCarlo(const ScenarioDocument& doc,
                                             const MonteCarloSettings& settings);

struct Percentile {
  double level;  // 0.01 for P1
  double value;
};

struct ConvergencePoint {
  std::uint64_t paths;  // paths simulated so far (valued or not)
  double mean;          // of the valued ones
  double halfWidth;     // 95 % confidence half-width of the mean: 1.96 · s / √n
};

struct RankCorrelation {
  std::string path;
  std::optional<double> rho;  // Spearman's rank correlation with the output; none below 3 paths
};

struct MonteCarloResult {
  std::uint64_t paths = 0;
  std::uint64_t valued = 0;             // the statistics below are over these; all 0 when none
  std::vector<std::uint64_t> failures;  // by PathFailure (model->failureReasons())
  std::vector<std::uint64_t> outOfRangeByInput;  // paths refused per input
  OutputIndex output = 0;
  double baseOutput = 0;  // the scenario's own value, without randomness
  double mean = 0;
  double median = 0;
  double standardDeviation = 0;
  double standardError = 0;  // s / √n
  double min = 0;
  double max = 0;
  std::vector<Percentile> percentiles;  // P1 P5 P10 P25 P50 P75 P90 P95 P99
  std::optional<double> targetPrice;
  std::optional<double> probabilityAbove;  // share of valued paths with output > target
  // Histogram over [P0.5, P99.5] in equal bins; paths outside fall in below/above.
  double histogramStart = 0;
  double binWidth = 0;
  std::vector<std::uint64_t> histogram;
  std::uint64_t below = 0;
  std::uint64_t above = 0;
  std::vector<Percentile> cdf;  // the empirical CDF at every percent, 0 to 100
  std::vector<ConvergencePoint> convergence;
  std::vector<RankCorrelation> rankCorrelations;  // in input order
  std::size_t rankSample = 0;                     // valued paths they were computed from
};

// Percentiles of sorted data by linear interpolation between order statistics (Hyndman and
// Fan type 7, Excel's PERCENTILE.INC); levels in [0, 1].
std::vector<double> percentilesOf(std::span<const double> sorted,
                                  const std::vector<double>& levels);
inline std::vector<double> percentilesOf(const std::vector<double>& sorted,
                                         const std::vector<double>& levels) {
  return percentilesOf(std::span<const double>(sorted), levels);
}

// Runs the simulation on up to `threads` threads of `pool` (0: all). Returns the error
// "analytics.cancelled" when `stop` is requested; progress counts simulated paths.
Result<MonteCarloResult> runMonteCarlo(const PreparedMonteCarlo& prepared, jobs::ThreadPool& pool,
                                       unsigned threads = 0, std::stop_token stop = {},
                                       jobs::Progress* progress = nullptr);

}  // namespace valor
