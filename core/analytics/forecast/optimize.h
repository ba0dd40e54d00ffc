#pragma once
// Bounded derivative-free minimisation for the forecast likelihoods, on NLopt (Debian's
// libnlopt-dev): Powell's BOBYQA for two or more parameters, Nelder–Mead for one. Both are
// deterministic, so a fit gives the same bits on every run. The objective must be finite
// everywhere inside the bounds; a model maps its inadmissible region to a large finite value.
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace valor::forecast {

// What an objective returns outside the model's admissible region: finite, so the trust region
// stays well defined, and above any likelihood a model can reach.
inline constexpr double kInadmissible = 1e100;

struct Bounded {
  double start;
  double lower;
  double upper;
  double step;  // the first move: sets the scale the optimiser searches on
};

struct Minimum {
  std::vector<double> x;
  double value = 0;
  int evaluations = 0;
  bool converged = false;  // stopped on its tolerance, not on the evaluation limit or an error
  bool cancelled = false;  // the stop token asked it to stop
  std::string stop;        // why it stopped, in English
};

// Minimises f from the starts to a relative change of `tolerance` in f; with `restart`, once
// more from the point found (a restart shakes a trust region that closed early). A loose,
// single search screens a start; the defaults give the final fit.
Minimum minimizeBounded(const std::function<double(const std::vector<double>&)>& f,
                        const std::vector<Bounded>& parameters, int maxEvaluations = 20000,
                        double tolerance = 1e-12, bool restart = true, std::stop_token stop = {});

}  // namespace valor::forecast
