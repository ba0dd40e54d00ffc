#pragma once
// What the benchmark programs share: reading a bundled scenario and timing a whole Monte Carlo
// run of its saved settings, as the desktop and valor-cli run it.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/analytics/montecarlo.h"
#include "core/analytics/montecarlosettings.h"
#include "core/model/scenariojson.h"

namespace valor::bench {

inline std::string readText(const char* path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// `paths` paths of the scenario's saved simulation, with `moreCorrelations` added, on
// state.range(0) threads; reports paths/s.
inline void monteCarlo(benchmark::State& state, const ScenarioDocument& doc, std::uint64_t paths,
                       const std::vector<InputCorrelation>& moreCorrelations = {}) {
  MonteCarloSettings settings = monteCarloSettings(doc).value();
  settings.paths = paths;
  settings.correlations.insert(settings.correlations.end(), moreCorrelations.begin(),
                               moreCorrelations.end());
  const PreparedMonteCarlo prepared = prepareMonteCarlo(doc, settings).value();
  const auto threads = static_cast<unsigned>(state.range(0));
  jobs::ThreadPool pool(threads);
  for (auto _ : state) {
    auto result = runMonteCarlo(prepared, pool, threads);
    benchmark::DoNotOptimize(result);
  }
  state.counters["paths/s"] = benchmark::Counter(
      static_cast<double>(settings.paths) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

}  // namespace valor::bench
