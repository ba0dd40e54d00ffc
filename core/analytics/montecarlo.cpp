#include "core/analytics/montecarlo.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "core/analytics/normal.h"
#include "core/analytics/philox.h"
#include "core/common/detmath.h"
#include "core/common/issue.h"
#include "core/models/registry.h"

namespace valor {
namespace {

constexpr std::size_t kChunk = 8192;  // paths per work item: a few ms, so cancel is quick
constexpr std::size_t kHistogramBins = 60;
constexpr std::uint8_t kValued = 0;

// Neumaier's compensated sum, so the mean of millions of paths keeps its digits.
struct CompensatedSum {
  double sum = 0, compensation = 0;
  void add(double x) {
    const double t = sum + x;
    compensation += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
    sum = t;
  }
  double value() const { return sum + compensation; }
};

// Ranks 1..n, ties sharing their average rank.
std::vector<double> ranks(const std::vector<double>& x) {
  // Sorting (value, position) pairs keeps the data contiguous; ties fall in position order.
  std::vector<std::pair<double, std::uint32_t>> order(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) order[i] = {x[i], static_cast<std::uint32_t>(i)};
  std::sort(order.begin(), order.end());
  std::vector<double> r(x.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && order[j + 1].first == order[i].first) ++j;
    const double average = (static_cast<double>(i + j) + 2) / 2;
    for (std::size_t k = i; k <= j; ++k) r[order[k].second] = average;
    i = j + 1;
  }
  return r;
}

// Sorts in one slice per thread, then merges the slices (the order is the same either way).
void sortInParallel(std::vector<double>& data, jobs::ThreadPool& pool, unsigned threads) {
  const std::size_t slices = std::max<std::size_t>(1, threads == 0 ? pool.size() : threads);
  const std::size_t size = (data.size() + slices - 1) / slices;
  auto at = [&](std::size_t k) {
    return data.begin() + static_cast<std::ptrdiff_t>(std::min(data.size(), k * size));
  };
  pool.parallelFor(
      slices, 1,
      [&](std::size_t b, std::size_t e) {
        for (std::size_t k = b; k < e; ++k) std::sort(at(k), at(k + 1));
      },
      {}, nullptr, threads);
  for (std::size_t k = 1; k < slices; ++k) std::inplace_merge(data.begin(), at(k), at(k + 1));
}

// Pearson correlation of two rank vectors = Spearman's rho (with ties handled by averages).
double correlationOf(const std::vector<double>& a, const std::vector<double>& b) {
  const auto n = static_cast<double>(a.size());
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

}  // namespace

std::vector<double> percentilesOf(const std::vector<double>& sorted,
                                  const std::vector<double>& levels) {
  std::vector<double> out;
  if (sorted.empty()) return out;
  const double last = static_cast<double>(sorted.size() - 1);
  for (const double level : levels) {
    const double position = level * last;
    const auto k = static_cast<std::size_t>(std::floor(position));
    const double fraction = position - static_cast<double>(k);
    out.push_back(k + 1 < sorted.size() ? sorted[k] + fraction * (sorted[k + 1] - sorted[k])
                                        : sorted[k]);
  }
  return out;
}

Result<PreparedMonteCarlo> prepareMonteCarlo(const ScenarioDocument& doc,
                                             const MonteCarloSettings& settings) {
  if (settings.inputs.empty())
    return Error{"montecarlo.no_inputs",
                 "give at least one input a distribution to run a simulation",
                 "monte_carlo.inputs"};
  if (settings.paths < 1 || settings.paths > kMaxMonteCarloPaths)
    return Error{"montecarlo.paths",
                 "monte_carlo.paths must be between 1 and " + std::to_string(kMaxMonteCarloPaths),
                 "monte_carlo.paths"};
  PreparedMonteCarlo p;
  p.settings = settings;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < settings.inputs.size(); ++i) {
    const StochasticInput& input = settings.inputs[i];
    std::string problem;
    auto d = Distribution::prepare(input.distribution, problem);
    if (!d)
      return Error{"montecarlo.bad_distribution",
                   input.path + ": the " + distributionKindName(input.distribution.kind) +
                       " distribution's " + problem,
                   "monte_carlo.inputs[" + std::to_string(i) + "]"};
    p.distributions.push_back(std::move(*d));
    paths.push_back(input.path);
  }
  auto model = prepareValuationModel(doc, paths);
  if (!model) return model.error();
  p.model = std::shared_ptr<const ValuationModel>(std::move(model).value());
  if (!settings.output.empty()) {
    const auto output = p.model->outputIndex(settings.output);
    if (!output)
      return Error{"montecarlo.output",
                   "monte_carlo.output: \"" + settings.output + "\" is not an output of this model",
                   "monte_carlo.output"};
    p.output = *output;
  }

  const std::size_t n = paths.size();
  p.correlation = CorrelationMatrix::identity(n);
  std::set<std::pair<std::size_t, std::size_t>> correlatedPairs;
  for (std::size_t k = 0; k < settings.correlations.size(); ++k) {
    const InputCorrelation& c = settings.correlations[k];
    const std::string where = "monte_carlo.correlations[" + std::to_string(k) + "]";
    auto index = [&](const std::string& path) {
      return static_cast<std::size_t>(std::find(paths.begin(), paths.end(), path) - paths.begin());
    };
    const std::size_t i = index(c.first), j = index(c.second);
    if (i == n || j == n)
      return Error{
          "montecarlo.correlation_input",
          where + " names " + (i == n ? c.first : c.second) + ", which has no distribution", where};
    if (i == j)
      return Error{"montecarlo.correlation_self", where + " correlates " + c.first + " with itself",
                   where};
    if (!(c.rho >= -1 && c.rho <= 1))
      return Error{"montecarlo.correlation_range",
                   where + ": the correlation must be between -1 and 1, not " + formatNumber(c.rho),
                   where};
    if (!correlatedPairs.insert({std::min(i, j), std::max(i, j)}).second)
      return Error{"montecarlo.correlation_twice",
                   where + ": " + c.first + " and " + c.second + " are correlated twice", where};
    p.correlation.at(i, j) = p.correlation.at(j, i) = c.rho;
  }
  if (!settings.correlations.empty()) {
    CholeskyFactor factor = choleskyFactor(p.correlation);
    if (!factor.lower && settings.repairCorrelation) {
      p.correlation = repairCorrelation(p.correlation);
      p.repaired = true;
      factor = choleskyFactor(p.correlation);
    }
    if (!factor.lower)
      return Error{"montecarlo.correlation_not_psd",
                   "the correlations cannot all hold at once (the matrix is not positive "
                   "semi-definite): check the correlation of " +
                       paths[factor.first] + " with " + paths[factor.second] +
                       " against the others, or let the simulation repair the matrix",
                   "monte_carlo.correlations"};
    p.cholesky = std::move(factor.lower);
  }
  return p;
}

Result<MonteCarloResult> runMonteCarlo(const PreparedMonteCarlo& p, jobs::ThreadPool& pool,
                                       unsigned threads, std::stop_token stop,
                                       jobs::Progress* progress) {
  const std::size_t count = p.settings.paths;
  const std::size_t d = p.distributions.size();
  const OutputIndex output = p.output;
  const std::size_t sample = std::min(count, kRankCorrelationSample);
  std::vector<double> outputs(count);
  std::vector<std::uint8_t> status(count);
  std::vector<std::int32_t> badInput(count, -1);
  std::vector<double> sampled(sample * d);
  if (progress) {
    progress->total = count;
    progress->done = 0;
  }

  const bool finished = pool.parallelFor(
      count, kChunk,
      [&](std::size_t begin, std::size_t end) {
        auto evaluator = p.model->evaluator();
        std::vector<double> u(d), z(d), x(d);
        OutputValues values{};
        for (std::size_t n = begin; n < end; ++n) {
          PathUniforms(p.settings.seed, n).fill(u.data(), d);
          for (std::size_t i = 0; i < d; ++i) z[i] = normalQuantile(u[i]);
          if (p.cholesky) {  // correlated scores L·z
            const std::vector<double>& l = *p.cholesky;
            for (std::size_t i = 0; i < d; ++i) {
              double s = 0;
              for (std::size_t k = 0; k <= i; ++k) s += l[i * d + k] * z[k];
              x[i] = s;
            }
            std::copy(x.begin(), x.end(), z.begin());
          }
          for (std::size_t i = 0; i < d; ++i) x[i] = p.distributions[i].fromScore(z[i]);
          const PathOutcome outcome = evaluator->evaluate(x, values);
          status[n] = static_cast<std::uint8_t>(outcome.failure);
          badInput[n] = outcome.input;
          outputs[n] = outcome.ok() ? values[output] : 0;
          if (n < sample)
            std::copy(x.begin(), x.end(), sampled.begin() + static_cast<std::ptrdiff_t>(n * d));
        }
      },
      stop, progress, threads);
  auto cancelled = [] {
    return Result<MonteCarloResult>(
        Error{"analytics.cancelled", "the simulation was cancelled", ""});
  };
  if (!finished) return cancelled();

  MonteCarloResult r;
  r.paths = count;
  r.output = p.output;
  r.failures.assign(p.model->failureReasons().size(), 0);
  r.baseOutput = p.model->baseOutputs()[output];
  r.targetPrice = p.settings.targetPrice;
  r.outOfRangeByInput.assign(d, 0);
  std::vector<double> valued;
  valued.reserve(count);
  CompensatedSum sum;
  const std::size_t checkpoints = 60;
  std::size_t nextCheckpoint = 0;
  double runningSquares = 0;
  auto checkpointAt = [&](std::size_t k) {  // log-spaced from 100 paths (or fewer) to all
    const double first = std::min<double>(100, static_cast<double>(count));
    return static_cast<std::size_t>(std::llround(
        first * detmath::pow(static_cast<double>(count) / first,
                             static_cast<double>(k) / static_cast<double>(checkpoints - 1))));
  };
  std::size_t checkpointPaths = checkpointAt(0);
  for (std::size_t n = 0; n < count; ++n) {
    if (status[n] == kValued) {
      valued.push_back(outputs[n]);
      sum.add(outputs[n]);
      runningSquares += outputs[n] * outputs[n];
    } else {
      ++r.failures[status[n]];
      if (badInput[n] >= 0) ++r.outOfRangeByInput[static_cast<std::size_t>(badInput[n])];
    }
    while (nextCheckpoint < checkpoints && n + 1 == checkpointPaths) {
      const auto m = static_cast<double>(valued.size());
      if (m > 1) {
        const double mean = sum.value() / m;
        const double variance = std::max(0.0, (runningSquares - m * mean * mean) / (m - 1));
        if (r.convergence.empty() || r.convergence.back().paths != n + 1)
          r.convergence.push_back({n + 1, mean, 1.96 * std::sqrt(variance / m)});
      }
      ++nextCheckpoint;
      checkpointPaths = checkpointAt(nextCheckpoint);
    }
  }
  r.valued = valued.size();
  if (valued.empty()) return r;  // no statistics: nothing could be valued
  if (stop.stop_requested()) return cancelled();

  const auto m = static_cast<double>(valued.size());
  r.mean = sum.value() / m;
  CompensatedSum squares;
  for (const double v : valued) squares.add((v - r.mean) * (v - r.mean));
  r.standardDeviation = valued.size() > 1 ? std::sqrt(squares.value() / (m - 1)) : 0;
  r.standardError = r.standardDeviation / std::sqrt(m);
  if (r.targetPrice) {
    const auto above =
        std::count_if(valued.begin(), valued.end(), [&](double v) { return v > *r.targetPrice; });
    r.probabilityAbove = static_cast<double>(above) / m;
  }

  // Spearman correlations on the first valued paths of the sample, before `valued` is reordered.
  {
    std::vector<std::size_t> rows;
    for (std::size_t n = 0; n < sample; ++n)
      if (status[n] == kValued) rows.push_back(n);
    std::vector<std::vector<double>> columns(d + 1, std::vector<double>(rows.size()));
    for (std::size_t k = 0; k < rows.size(); ++k) {
      for (std::size_t i = 0; i < d; ++i) columns[i][k] = sampled[rows[k] * d + i];
      columns[d][k] = outputs[rows[k]];
    }
    std::vector<std::vector<double>> ranked(d + 1);
    pool.parallelFor(
        d + 1, 1,
        [&](std::size_t b, std::size_t e) {
          for (std::size_t i = b; i < e; ++i) ranked[i] = ranks(columns[i]);
        },
        {}, nullptr, threads);
    for (std::size_t i = 0; i < d; ++i)
      r.rankCorrelations.push_back({p.settings.inputs[i].path,
                                    rows.size() > 2
                                        ? std::optional<double>(correlationOf(ranked[i], ranked[d]))
                                        : std::nullopt});
    r.rankSample = rows.size();
  }

  if (stop.stop_requested()) return cancelled();
  sortInParallel(valued, pool, threads);
  if (stop.stop_requested()) return cancelled();
  std::vector<double> levels(101);
  for (std::size_t k = 0; k <= 100; ++k) levels[k] = static_cast<double>(k) / 100;
  const std::vector<double> hundred = percentilesOf(valued, levels);
  for (std::size_t k = 0; k <= 100; ++k) r.cdf.push_back({levels[k], hundred[k]});
  r.min = hundred.front();
  r.max = hundred.back();
  r.median = hundred[50];
  for (const int level : {1, 5, 10, 25, 50, 75, 90, 95, 99})
    r.percentiles.push_back({level / 100.0, hundred[static_cast<std::size_t>(level)]});

  std::vector<double> ends = {0.005, 0.995};
  const std::vector<double> range = percentilesOf(valued, ends);
  r.histogramStart = range[0];
  r.binWidth = (range[1] - range[0]) / kHistogramBins;
  r.histogram.assign(kHistogramBins, 0);
  for (const double v : valued) {
    if (v < range[0]) {
      ++r.below;
    } else if (v > range[1]) {
      ++r.above;
    } else {
      auto bin = r.binWidth > 0 ? static_cast<std::size_t>((v - range[0]) / r.binWidth) : 0;
      ++r.histogram[std::min(bin, kHistogramBins - 1)];
    }
  }
  return r;
}

}  // namespace valor
