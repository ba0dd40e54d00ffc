// Portfolio speed targets (issue: portfolio, risk, credit and real options), one core:
//   500 assets, long-only minimum variance ≤ 100 ms;
//   500 assets, long-only maximum Sharpe ratio ≤ 100 ms;
//   100 assets, a 50-point efficient frontier ≤ 100 ms.
// Reported without a target: risk parity of 500 assets, and a 20,000-path Monte Carlo VaR of
// 100 assets.
// The covariance has the structure of real equity returns — five factors plus specific risk
// (Σ = B·F·Bᵀ + D) — with expected returns that follow the factor loadings, so the optimum holds
// a realistic few dozen assets rather than a random one.
#include <benchmark/benchmark.h>

#include <random>

#include "core/finance/marketrisk.h"
#include "core/finance/portfolio.h"

using namespace valor;

namespace {

PortfolioProblem factorProblem(int n) {
  std::mt19937_64 rng(2026);
  std::normal_distribution<double> normal(0, 1);
  const int factors = 5;
  const double factorVol[factors] = {0.16, 0.08, 0.06, 0.05, 0.04};
  const double premium[factors] = {0.05, 0.01, 0.01, 0.005, 0.0};
  std::vector<double> loadings(static_cast<std::size_t>(n * factors));
  PortfolioProblem p;
  for (int i = 0; i < n; ++i) {
    double mu = 0.02;
    for (int f = 0; f < factors; ++f) {
      const double b = (f == 0 ? 1.0 : 0.0) + 0.3 * normal(rng);
      loadings[static_cast<std::size_t>(i * factors + f)] = b;
      mu += b * premium[f];
    }
    p.expectedReturns.push_back(mu + 0.02 * normal(rng));
  }
  p.covariance.assign(static_cast<std::size_t>(n * n), 0.0);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      double c = 0;
      for (int f = 0; f < factors; ++f)
        c += loadings[static_cast<std::size_t>(i * factors + f)] *
             loadings[static_cast<std::size_t>(j * factors + f)] * factorVol[f] * factorVol[f];
      if (i == j) c += std::pow(0.15 + 0.1 * std::abs(normal(rng)), 2);
      p.covariance[static_cast<std::size_t>(i * n + j)] = c;
    }
  p.minWeights.assign(static_cast<std::size_t>(n), 0.0);
  p.maxWeights.assign(static_cast<std::size_t>(n), 1.0);
  return p;
}

void BM_MinimumVariance500(benchmark::State& state) {
  const PortfolioProblem p = factorProblem(500);
  std::size_t held = 0;
  for (auto _ : state) {
    auto a = minimumVariance(p);
    held = 0;
    for (double w : a.value().weights) held += w > 0;
    benchmark::DoNotOptimize(a);
  }
  state.counters["assets_held"] = static_cast<double>(held);
}
BENCHMARK(BM_MinimumVariance500)->Unit(benchmark::kMillisecond);

void BM_MaximumSharpe500(benchmark::State& state) {
  const PortfolioProblem p = factorProblem(500);
  for (auto _ : state) benchmark::DoNotOptimize(maximumSharpe(p, 0.02));
}
BENCHMARK(BM_MaximumSharpe500)->Unit(benchmark::kMillisecond);

void BM_Frontier50Points100Assets(benchmark::State& state) {
  const PortfolioProblem p = factorProblem(100);
  for (auto _ : state) benchmark::DoNotOptimize(efficientFrontier(p, 50));
}
BENCHMARK(BM_Frontier50Points100Assets)->Unit(benchmark::kMillisecond);

void BM_RiskParity500(benchmark::State& state) {
  const PortfolioProblem p = factorProblem(500);
  for (auto _ : state) benchmark::DoNotOptimize(riskParity(p));
}
BENCHMARK(BM_RiskParity500)->Unit(benchmark::kMillisecond);

void BM_MonteCarloVar100Assets(benchmark::State& state) {
  const PortfolioProblem p = factorProblem(100);
  const std::vector<double> w(100, 0.01);
  for (auto _ : state)
    benchmark::DoNotOptimize(monteCarloRisk(p.expectedReturns, p.covariance, w, 0.99, 20000, 1));
}
BENCHMARK(BM_MonteCarloVar100Assets)->Unit(benchmark::kMillisecond);

}  // namespace
