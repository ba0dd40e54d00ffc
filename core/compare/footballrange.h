#pragma once
// One football-field bar valued: the low and high value per share of its method on the
// scenario as it is now (core/compare/footballfield.h says what each method is), with the
// point the scenario itself gives where there is one.
// - Sensitivity: min and max over a 5 × 5 grid (5 points for one input) of each input at
//   base − spread … base + spread; cells the scenario cannot value there (g ≥ WACC) are counted
//   and left out, never clamped. Point: the scenario's value per share.
// - Monte Carlo: the chosen percentiles of value per share over the scenario's saved run
//   settings (paths, seed, inputs, correlations), so the bar repeats exactly. Point: the median.
// - Target IRR (LBO): goal seek of the lever to each IRR, the entry enterprise value there,
//   then (EV − net debt) / shares. The higher IRR gives the lower price. Point: the scenario's
//   own entry price per share.
// - Maximum offer price (M&A): the lowest and highest EPS-neutral maximum price over the
//   pro-forma years. Point: the offer price.
// - Typed: as typed.
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>

#include "core/common/result.h"
#include "core/compare/footballfield.h"
#include "core/model/document.h"

namespace valor {

class ModelKind;

namespace jobs {
class ThreadPool;
}

inline constexpr std::size_t kFootballGridSteps = 5;

struct FootballRange {
  double low = 0;
  double high = 0;
  std::optional<double> point;
  std::size_t unvalued = 0;  // sensitivity cells or Monte Carlo paths left out
  std::uint64_t paths = 0;   // Monte Carlo: paths simulated
};

// `doc` is the bar's scenario (ignored for a typed range). Fails with the reason in English
// and a stable code: football.no_value_per_share (the kind has none to vary),
// football.no_monte_carlo (the scenario has no varying inputs), football.no_max_price,
// football.not_lbo, the scenario's own error when it cannot be valued, a goal seek's failure
// ("no entry multiple in … reaches an IRR of 25 %"), or analytics.cancelled.
Result<FootballRange> footballRange(const FootballBar& bar, const ScenarioDocument* doc,
                                    jobs::ThreadPool& pool, std::stop_token stop = {});

// Whether scenarios of `kind` can give a range by `method`: a value per share among its
// analytics outputs (sensitivity, Monte Carlo), an IRR (target IRR), the M&A kind's accretion
// table (maximum offer price). A typed range needs no scenario: true for every kind.
bool footballMethodFits(FootballMethod method, const ModelKind& kind);

// "Northwind: sensitivity" — the bar's label when it has none of its own (English).
std::string footballDefaultLabel(const FootballBar& bar, const std::string& scenarioName);

}  // namespace valor
