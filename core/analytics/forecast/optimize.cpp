#include "core/analytics/forecast/optimize.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace valor::forecast {
namespace {

struct Objective {
  const std::function<double(const std::vector<double>&)>* f;
  std::vector<double> x;
  int evaluations = 0;
  std::stop_token stop;
  nlopt_opt opt = nullptr;
};

double callObjective(unsigned n, const double* x, double* /*gradient*/, void* data) {
  auto* objective = static_cast<Objective*>(data);
  if (objective->stop.stop_requested()) nlopt_force_stop(objective->opt);
  objective->x.assign(x, x + n);
  ++objective->evaluations;
  const double value = (*objective->f)(objective->x);
  return std::isfinite(value) ? value : kInadmissible;
}

std::string stopText(nlopt_result result) {
  switch (result) {
    case NLOPT_SUCCESS:
    case NLOPT_STOPVAL_REACHED:
    case NLOPT_FTOL_REACHED:
    case NLOPT_XTOL_REACHED:
      return "converged";
    case NLOPT_MAXEVAL_REACHED:
      return "stopped at the evaluation limit before converging";
    case NLOPT_MAXTIME_REACHED:
      return "stopped at the time limit before converging";
    case NLOPT_ROUNDOFF_LIMITED:
      return "stopped by round-off before its tolerance";
    case NLOPT_FORCED_STOP:
      return "cancelled";
    case NLOPT_OUT_OF_MEMORY:
      return "out of memory";
    case NLOPT_INVALID_ARGS:
      return "invalid arguments to the optimiser";
    default:
      return "the optimiser failed";
  }
}

bool convergedResult(nlopt_result result) {
  return result == NLOPT_SUCCESS || result == NLOPT_FTOL_REACHED || result == NLOPT_XTOL_REACHED ||
         result == NLOPT_STOPVAL_REACHED;
}

}  // namespace

Minimum minimizeBounded(const std::function<double(const std::vector<double>&)>& f,
                        const std::vector<Bounded>& parameters, int maxEvaluations,
                        double tolerance, bool restart, std::stop_token stop) {
  const auto n = static_cast<unsigned>(parameters.size());
  Minimum best;
  Objective objective{&f, {}, 0, stop, nullptr};
  std::vector<double> x, lower, upper, step;
  for (const Bounded& p : parameters) {
    lower.push_back(p.lower);
    upper.push_back(p.upper);
    x.push_back(std::clamp(p.start, p.lower, p.upper));
    // BOBYQA's first trust region must fit twice inside each parameter's range.
    step.push_back(std::clamp(p.step, 1e-12, std::max((p.upper - p.lower) * 0.25, 1e-12)));
  }
  if (n == 0) {
    best.value = f({});
    best.evaluations = 1;
    best.converged = true;
    best.stop = "converged";
    return best;
  }
  const nlopt_algorithm algorithm = n >= 2 ? NLOPT_LN_BOBYQA : NLOPT_LN_NELDERMEAD;
  double value = 0;
  nlopt_result result = NLOPT_FAILURE;
  for (int round = 0; round < (restart ? 2 : 1); ++round) {
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(algorithm, n),
                                                               &nlopt_destroy);
    nlopt_set_lower_bounds(opt.get(), lower.data());
    nlopt_set_upper_bounds(opt.get(), upper.data());
    objective.opt = opt.get();
    nlopt_set_min_objective(opt.get(), &callObjective, &objective);
    nlopt_set_ftol_rel(opt.get(), tolerance);
    nlopt_set_xtol_rel(opt.get(), tolerance * 100);
    nlopt_set_maxeval(opt.get(), std::max(1, maxEvaluations - objective.evaluations));
    // A restart searches near the point found: a tenth of the first step.
    std::vector<double> roundStep = step;
    if (round == 1)
      for (std::size_t i = 0; i < roundStep.size(); ++i) roundStep[i] = step[i] * 0.1;
    nlopt_set_initial_step(opt.get(), roundStep.data());
    result = nlopt_optimize(opt.get(), x.data(), &value);
    if (result == NLOPT_FORCED_STOP) break;
    if (result < 0 && result != NLOPT_ROUNDOFF_LIMITED) break;
    if (result == NLOPT_MAXEVAL_REACHED) break;
  }
  best.x = x;
  best.value = value;
  best.evaluations = objective.evaluations;
  best.cancelled = result == NLOPT_FORCED_STOP;
  best.converged = convergedResult(result) || result == NLOPT_ROUNDOFF_LIMITED;
  best.stop = result == NLOPT_ROUNDOFF_LIMITED ? "converged (to round-off)" : stopText(result);
  return best;
}

}  // namespace valor::forecast
