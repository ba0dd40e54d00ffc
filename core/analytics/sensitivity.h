#pragma once
// Deterministic sensitivity of a valuation output to its inputs: one-way sweeps, two-way grids
// (the classic WACC × g table, but over any two inputs), tornado bars sorted by swing, spider
// lines, and goal seek (the input value that hits a target output, by Brent's method).
// All work on a prepared ValuationModel; a cell or point that cannot be valued (g ≥ WACC, an
// input outside its range) holds no value and is counted, never shown as a number.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/models/valuationmodel.h"

namespace valor {

inline constexpr std::size_t kMaxGridSteps = 200;

// `steps` values from `from` to `to`, both included (steps >= 2; exactly `from` when 1).
std::vector<double> linearSteps(double from, double to, std::size_t steps);

struct SensitivityGrid {
  std::vector<double> xs;                    // input 0 of the model: columns
  std::vector<double> ys;                    // input 1 of the model: rows
  std::vector<std::optional<double>> cells;  // row-major: cells[row * xs.size() + column]
  std::size_t unvalued = 0;
};

// The output over every (x, y); a model over one input gives a one-way sweep (ys empty, one
// row). Other inputs of the model stay at their base values.
SensitivityGrid evaluateGrid(const ValuationModel& model, OutputIndex output,
                             std::span<const double> xs, std::span<const double> ys = {});

struct TornadoBar {
  std::string path;
  double baseValue = 0;
  double low = 0;  // input values tried
  double high = 0;
  std::optional<double> outputAtLow;
  std::optional<double> outputAtHigh;
  double swing = 0;  // |output(high) − output(low)|; 0 when either end cannot be valued
};

struct Tornado {
  double baseOutput = 0;
  std::vector<TornadoBar> bars;  // widest swing first; bars that could not be valued last
};

// Each input of the model moved alone to its low and high value (ranges[i]).
Tornado evaluateTornado(const ValuationModel& model, OutputIndex output,
                        std::span<const std::pair<double, double>> ranges);
// base·(1 − change) and base·(1 + change) for every input of the model, the lower first. An
// input whose base is 0 does not move: its bar has no swing. An input in years (an exit year)
// moves one year either way.
std::vector<std::pair<double, double>> relativeRanges(const ValuationModel& model, double change);

struct SpiderLine {
  std::string path;
  std::vector<std::optional<double>> outputs;  // one per relative change
};
// The output as each input moves by each relative change (−0.2 = 20 % below its base).
std::vector<SpiderLine> evaluateSpider(const ValuationModel& model, OutputIndex output,
                                       std::span<const double> changes);

struct GoalSeekResult {
  double value = 0;     // of the model's input
  double achieved = 0;  // the output there
  int evaluations = 0;
};

// The value of the model's first input at which `output` equals `target`. Searches outward
// from the base value (within the input's range, and only where the scenario can be valued)
// for a bracket, then refines it with Brent's method. Fails with a message giving the range
// searched and the outputs found there when no value reaches the target.
Result<GoalSeekResult> goalSeek(const ValuationModel& model, OutputIndex output, double target);

}  // namespace valor
