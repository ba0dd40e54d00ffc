#include "core/analytics/montecarlo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <set>
#include <span>

#include "core/analytics/normal.h"
#include "core/analytics/philox.h"
#include "core/analytics/radixsort.h"
#include "core/common/detmath.h"
#include "core/common/issue.h"
#include "core/models/registry.h"

namespace valor {
namespace {

constexpr std::size_t kChunk = 8192;  // paths per work item: a few ms, so cancel is quick
constexpr std::size_t kHistogramBins = 60;

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

// What one chunk of paths adds up, in path order within the chunk.
struct ChunkSums {
  ChunkSums(std::size_t failureKinds, std::size_t inputs)
      : failures(failureKinds, 0), outOfRange(inputs, 0) {}
  CompensatedSum sum;
  double rawSquares = 0;  // Σ v², for the running variance of the convergence checkpoints
  std::size_t valued = 0;
  std::vector<std::size_t> failures;
  std::vector<std::size_t> outOfRange;
  CompensatedSum squares;  // Σ (v − mean)², once the mean is known
  std::size_t above = 0;
  void add(double v) {
    sum.add(v);
    rawSquares += v * v;
    ++valued;
  }
};

// The running mean and its 95 % half-width at 60 log-spaced path counts, from 100 paths (or
// fewer) to all: whole chunks from their sums, the last partial chunk path by path.
std::vector<ConvergencePoint> convergenceOf(const double* outputs, std::size_t count,
                                            const std::vector<ChunkSums>& chunks) {
  constexpr std::size_t kCheckpoints = 60;
  const double first = std::min<double>(100, static_cast<double>(count));
  std::vector<ConvergencePoint> points;
  CompensatedSum sum;
  double squares = 0;
  std::size_t valued = 0;
  std::size_t done = 0;  // paths folded into the running sums
  for (std::size_t k = 0; k < kCheckpoints; ++k) {
    const auto at = static_cast<std::size_t>(std::llround(
        first * detmath::pow(static_cast<double>(count) / first,
                             static_cast<double>(k) / static_cast<double>(kCheckpoints - 1))));
    while (done < at) {
      const std::size_t chunkEnd = std::min(count, done + kChunk);
      if (done % kChunk == 0 && chunkEnd <= at) {
        const ChunkSums& c = chunks[done / kChunk];
        sum.add(c.sum.sum);
        sum.add(c.sum.compensation);
        squares += c.rawSquares;
        valued += c.valued;
        done = chunkEnd;
      } else {
        if (!std::isnan(outputs[done])) {
          sum.add(outputs[done]);
          squares += outputs[done] * outputs[done];
          ++valued;
        }
        ++done;
      }
    }
    const auto m = static_cast<double>(valued);
    if (m > 1 && (points.empty() || points.back().paths != at)) {
      const double mean = sum.value() / m;
      const double variance = std::max(0.0, (squares - m * mean * mean) / (m - 1));
      points.push_back({at, mean, 1.96 * std::sqrt(variance / m)});
    }
  }
  return points;
}

// Ranks 1..n, ties sharing their average rank.
std::vector<double> ranks(const std::vector<double>& x) {
  std::vector<std::pair<double, std::uint32_t>> order(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) order[i] = {x[i], static_cast<std::uint32_t>(i)};
  radixSort(order.data(), order.size(),
            [](const std::pair<double, std::uint32_t>& e) { return radixKey(e.first); });
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

// The first digit that varies splits the data into buckets, which sort on every thread.
void sortInParallel(double* data, std::size_t n, jobs::ThreadPool& pool, unsigned threads) {
  const auto key = [](double v) { return radixKey(v); };
  RadixBounds bounds;
  const int shift = radixPartition(data, n, key, kRadixTopShift, bounds);
  if (shift <= 0) return;
  pool.parallelFor(
      256, 1,
      [&](std::size_t b, std::size_t e) {
        for (std::size_t k = b; k < e; ++k)
          radixSortBelow(data + bounds[k], bounds[k + 1] - bounds[k], key, shift - 8);
      },
      {}, nullptr, threads);
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

std::vector<double> percentilesOf(std::span<const double> sorted,
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
  const std::size_t failureKinds = p.model->failureReasons().size();
  // Written once by the paths, never zero-filled: a failed path's output is NaN.
  const auto outputs = std::make_unique_for_overwrite<double[]>(count);
  const auto sampled = std::make_unique_for_overwrite<double[]>(sample * d);
  std::vector<ChunkSums> chunks((count + kChunk - 1) / kChunk, ChunkSums(failureKinds, d));
  if (progress) {
    progress->total = count;
    progress->done = 0;
  }

  const bool finished = pool.parallelFor(
      count, kChunk,
      [&](std::size_t begin, std::size_t end) {
        auto evaluator = p.model->evaluator();
        ChunkSums& sums = chunks[begin / kChunk];
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
          if (outcome.ok()) {
            outputs[n] = values[output];
            sums.add(values[output]);
          } else {
            outputs[n] = std::numeric_limits<double>::quiet_NaN();
            ++sums.failures[outcome.failure];
            if (outcome.input >= 0) ++sums.outOfRange[static_cast<std::size_t>(outcome.input)];
          }
          if (n < sample) std::copy(x.begin(), x.end(), sampled.get() + n * d);
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
  r.failures.assign(failureKinds, 0);
  r.baseOutput = p.model->baseOutputs()[output];
  r.targetPrice = p.settings.targetPrice;
  r.outOfRangeByInput.assign(d, 0);
  // The chunks' sums combine in path order, so the totals do not depend on the threads.
  CompensatedSum sum;
  std::size_t valuedCount = 0;
  for (const ChunkSums& c : chunks) {
    sum.add(c.sum.sum);
    sum.add(c.sum.compensation);
    valuedCount += c.valued;
    for (std::size_t k = 0; k < failureKinds; ++k) r.failures[k] += c.failures[k];
    for (std::size_t i = 0; i < d; ++i) r.outOfRangeByInput[i] += c.outOfRange[i];
  }
  r.convergence = convergenceOf(outputs.get(), count, chunks);
  r.valued = valuedCount;
  if (valuedCount == 0) return r;  // no statistics: nothing could be valued
  if (stop.stop_requested()) return cancelled();

  const auto m = static_cast<double>(valuedCount);
  r.mean = sum.value() / m;
  // Squared deviations and the count above the target, per chunk on every thread.
  pool.parallelFor(
      count, kChunk,
      [&](std::size_t begin, std::size_t end) {
        ChunkSums& c = chunks[begin / kChunk];
        for (std::size_t n = begin; n < end; ++n) {
          const double v = outputs[n];
          if (std::isnan(v)) continue;
          c.squares.add((v - r.mean) * (v - r.mean));
          if (r.targetPrice && v > *r.targetPrice) ++c.above;
        }
      },
      {}, nullptr, threads);
  CompensatedSum squares;
  std::size_t above = 0;
  for (const ChunkSums& c : chunks) {
    squares.add(c.squares.sum);
    squares.add(c.squares.compensation);
    above += c.above;
  }
  r.standardDeviation = valuedCount > 1 ? std::sqrt(squares.value() / (m - 1)) : 0;
  r.standardError = r.standardDeviation / std::sqrt(m);
  if (r.targetPrice) r.probabilityAbove = static_cast<double>(above) / m;

  // Spearman correlations on the valued paths of the sample, before the outputs are reordered.
  {
    std::vector<std::size_t> rows;
    for (std::size_t n = 0; n < sample; ++n)
      if (!std::isnan(outputs[n])) rows.push_back(n);
    std::vector<std::vector<double>> ranked(d + 1);
    pool.parallelFor(
        d + 1, 1,
        [&](std::size_t b, std::size_t e) {
          std::vector<double> column(rows.size());
          for (std::size_t i = b; i < e; ++i) {
            for (std::size_t k = 0; k < rows.size(); ++k)
              column[k] = i < d ? sampled[rows[k] * d + i] : outputs[rows[k]];
            ranked[i] = ranks(column);
          }
        },
        {}, nullptr, threads);
    for (std::size_t i = 0; i < d; ++i)
      r.rankCorrelations.push_back({p.settings.inputs[i].path,
                                    rows.size() > 2
                                        ? std::optional<double>(correlationOf(ranked[i], ranked[d]))
                                        : std::nullopt});
    r.rankSample = rows.size();
  }

  // The valued outputs, in path order, at the front; then sorted for the percentiles.
  double* valued = outputs.get();
  if (valuedCount < count) {
    [[maybe_unused]] const double* end =
        std::remove_if(valued, valued + count, [](double v) { return std::isnan(v); });
  }
  if (stop.stop_requested()) return cancelled();
  sortInParallel(valued, valuedCount, pool, threads);
  if (stop.stop_requested()) return cancelled();
  std::vector<double> levels(101);
  for (std::size_t k = 0; k <= 100; ++k) levels[k] = static_cast<double>(k) / 100;
  const std::span<const double> sorted(valued, valuedCount);
  const std::vector<double> hundred = percentilesOf(sorted, levels);
  for (std::size_t k = 0; k <= 100; ++k) r.cdf.push_back({levels[k], hundred[k]});
  r.min = hundred.front();
  r.max = hundred.back();
  r.median = hundred[50];
  for (const int level : {1, 5, 10, 25, 50, 75, 90, 95, 99})
    r.percentiles.push_back({level / 100.0, hundred[static_cast<std::size_t>(level)]});

  std::vector<double> ends = {0.005, 0.995};
  const std::vector<double> range = percentilesOf(sorted, ends);
  r.histogramStart = range[0];
  r.binWidth = (range[1] - range[0]) / kHistogramBins;
  r.histogram.assign(kHistogramBins, 0);
  for (const double v : sorted) {
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
