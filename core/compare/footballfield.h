#pragma once
// The football field's settings: which value-per-share ranges an analyst lines up side by side
// (a scenario's sensitivity range, its Monte Carlo P10–P90, an LBO's price at target IRRs, an
// M&A's maximum EPS-neutral price, and ranges typed in by hand such as trading comps or the
// 52-week range) and the current share price line. Saved as JSON in the workspace's settings
// under kFootballFieldSetting, through the workspace's write path; the ranges themselves are
// recomputed from the scenarios (core/compare/footballrange.h), so they follow every edit.
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/model/id.h"

namespace valor {

inline constexpr const char* kFootballFieldSetting = "football_field";
inline constexpr std::size_t kMaxFootballBars = 30;

enum class FootballMethod {
  Sensitivity,    // the scenario's value per share as one or two inputs move by ± a spread
  MonteCarlo,     // percentiles of the scenario's Monte Carlo run (its saved settings)
  TargetIrr,      // an LBO's entry price per share at two target IRRs (goal seek)
  MaxOfferPrice,  // an M&A's maximum EPS-neutral offer price over its pro-forma years
  Typed,          // low and high typed by the analyst
};

// The stable name in the settings JSON: "sensitivity", "monte_carlo", ...
const char* footballMethodName(FootballMethod method);

struct SpreadInput {
  std::string path;   // an analytics input of the scenario: "dcf.discount_rate.wacc"
  double spread = 0;  // in the input's own unit: 0.01 is one percentage point of a rate
};

struct FootballBar {
  FootballMethod method = FootballMethod::Typed;
  std::string label;  // required for a typed range; otherwise replaces the default label
  Id scenario;        // every method but Typed

  std::vector<SpreadInput> spreads;  // Sensitivity: one or two inputs

  int lowPercentile = 10;  // MonteCarlo: whole percents, low < high
  int highPercentile = 90;

  std::string lever;     // TargetIrr: the input goal seek moves ("lbo.entry.multiple")
  double irrLow = 0.20;  // the lower IRR gives the higher price
  double irrHigh = 0.25;
  double netDebt = 0;  // TargetIrr: equity price = entry EV − net debt ...
  double shares = 0;   // ... per diluted share

  double low = 0;  // Typed
  double high = 0;
};

struct FootballField {
  std::vector<FootballBar> bars;
  std::optional<double> currentPrice;
};

// Reads the saved JSON. Every problem is an issue naming the bar and field
// ("bars[2].high must not be below bars[2].low"); the error lists them all.
Result<FootballField> footballFieldFromJson(const std::string& text);
std::string footballFieldToJson(const FootballField& field);

}  // namespace valor
