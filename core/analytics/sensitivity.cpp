#include "core/analytics/sensitivity.h"

#include <algorithm>
#include <cmath>

#include "core/common/issue.h"
#include "core/finance/rootfinding.h"

namespace valor {

std::vector<double> linearSteps(double from, double to, std::size_t steps) {
  std::vector<double> values;
  if (steps == 0) return values;
  if (steps == 1) return {from};
  // A range wider than the largest double (-1e308 to 1e308) is walked as a weighted mean of its
  // ends, which cannot overflow; every other range keeps the usual from + width × i / (n − 1).
  const bool finiteWidth = std::isfinite(to - from);
  for (std::size_t i = 0; i < steps; ++i) {
    const double t = static_cast<double>(i) / static_cast<double>(steps - 1);
    values.push_back(i + 1 == steps ? to
                     : finiteWidth  ? from + (to - from) * static_cast<double>(i) /
                                                static_cast<double>(steps - 1)
                                   : from * (1 - t) + to * t);
  }
  return values;
}

SensitivityGrid evaluateGrid(const ValuationModel& model, OutputIndex output,
                             std::span<const double> xs, std::span<const double> ys) {
  SensitivityGrid grid;
  grid.xs.assign(xs.begin(), xs.end());
  grid.ys.assign(ys.begin(), ys.end());
  auto evaluator = model.evaluator();
  std::vector<double> values = model.baseValues();
  OutputValues out{};
  const std::size_t rows = ys.empty() ? 1 : ys.size();
  grid.cells.reserve(rows * xs.size());
  for (std::size_t row = 0; row < rows; ++row) {
    if (!ys.empty()) values[1] = ys[row];
    for (const double x : xs) {
      values[0] = x;
      if (evaluator->evaluate(values, out).ok()) {
        grid.cells.emplace_back(outputOf(out, output));
      } else {
        grid.cells.emplace_back();
        ++grid.unvalued;
      }
    }
  }
  return grid;
}

std::vector<std::pair<double, double>> relativeRanges(const ValuationModel& model, double change) {
  std::vector<std::pair<double, double>> ranges;
  for (const ModelInput& input : model.inputs()) {
    // A calendar year (an exit year) moves a year either way: a percentage of 2030 means
    // nothing.
    if (input.unit == "year") {
      ranges.emplace_back(input.baseValue - 1, input.baseValue + 1);
      continue;
    }
    const double a = input.baseValue * (1 - change), b = input.baseValue * (1 + change);
    ranges.emplace_back(std::min(a, b),
                        std::max(a, b));  // low below high, also for a negative base
  }
  return ranges;
}

Tornado evaluateTornado(const ValuationModel& model, OutputIndex output,
                        std::span<const std::pair<double, double>> ranges) {
  Tornado t;
  t.baseOutput = outputOf(model.baseOutputs(), output);
  auto evaluator = model.evaluator();
  std::vector<double> values = model.baseValues();
  OutputValues out{};
  auto at = [&](std::size_t i, double v) -> std::optional<double> {
    const double saved = values[i];
    values[i] = v;
    const bool ok = evaluator->evaluate(values, out).ok();
    values[i] = saved;
    if (!ok) return std::nullopt;
    return outputOf(out, output);
  };
  const auto& inputs = model.inputs();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    TornadoBar bar;
    bar.path = inputs[i].path;
    bar.baseValue = inputs[i].baseValue;
    bar.low = ranges[i].first;
    bar.high = ranges[i].second;
    bar.outputAtLow = at(i, bar.low);
    bar.outputAtHigh = at(i, bar.high);
    if (bar.outputAtLow && bar.outputAtHigh)
      bar.swing = std::fabs(*bar.outputAtHigh - *bar.outputAtLow);
    t.bars.push_back(std::move(bar));
  }
  std::stable_sort(t.bars.begin(), t.bars.end(), [](const TornadoBar& a, const TornadoBar& b) {
    const bool av = a.outputAtLow && a.outputAtHigh, bv = b.outputAtLow && b.outputAtHigh;
    if (av != bv) return av;
    return a.swing > b.swing;
  });
  return t;
}

std::vector<SpiderLine> evaluateSpider(const ValuationModel& model, OutputIndex output,
                                       std::span<const double> changes) {
  std::vector<SpiderLine> lines;
  auto evaluator = model.evaluator();
  std::vector<double> values = model.baseValues();
  OutputValues out{};
  const auto& inputs = model.inputs();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    SpiderLine line{inputs[i].path, {}};
    for (const double change : changes) {
      values[i] = inputs[i].baseValue * (1 + change);
      if (evaluator->evaluate(values, out).ok())
        line.outputs.emplace_back(outputOf(out, output));
      else
        line.outputs.emplace_back();
    }
    values[i] = inputs[i].baseValue;
    lines.push_back(std::move(line));
  }
  return lines;
}

Result<GoalSeekResult> goalSeek(const ValuationModel& model, OutputIndex output, double target) {
  const ModelInput& input = model.inputs().front();
  const std::string& path = input.path;
  if (!std::isfinite(target))
    return Error{"goalseek.bad_target", "the target must be a finite number", path};
  auto evaluator = model.evaluator();
  std::vector<double> values = model.baseValues();
  OutputValues out{};
  int evaluations = 0;
  auto f = [&](double x) -> std::optional<double> {
    values[0] = x;
    ++evaluations;
    if (!evaluator->evaluate(values, out).ok()) return std::nullopt;
    return outputOf(out, output) - target;
  };
  const double base = input.baseValue;
  const std::optional<double> fBase = f(base);
  if (!fBase) return Error{"goalseek.base_invalid", "the scenario cannot be valued as it is", path};
  if (*fBase == 0) return GoalSeekResult{base, target, evaluations};

  // Outward search: steps of 1 % of the base value (or of one unit of a rate, 0.1 pp, when
  // the base is 0), doubling each time, down and up in turn, inside the field's range and only
  // while the scenario can be valued.
  const double first = base != 0 ? std::fabs(base) * 0.01 : (input.unit == "rate" ? 0.001 : 0.01);
  const Bounds& bounds = input.bounds;
  struct Side {
    double direction;
    double last;
    double fLast;
    bool open = true;
  };
  Side sides[2] = {{-1, base, *fBase}, {1, base, *fBase}};
  double seenLow = target + *fBase, seenHigh = seenLow;
  std::optional<std::pair<double, double>> bracket;
  for (int k = 0; k < 64 && !bracket && (sides[0].open || sides[1].open); ++k) {
    for (Side& side : sides) {
      if (!side.open || bracket) continue;
      double x = base + side.direction * first * std::ldexp(1.0, k);
      if (!bounds.contains(x)) {
        // One last try just inside the bound, then this side is done.
        const double edge = side.direction < 0 ? bounds.min : bounds.max;
        x = side.last + (edge - side.last) * (1 - 1e-9);
        side.open = false;
        if (!bounds.contains(x) || x == side.last) continue;
      }
      std::optional<double> fx = f(x);
      if (!fx) {
        // Past where the scenario can be valued (g ≥ WACC, say): bisect towards that edge from
        // the last valued point, so values just before it are searched too.
        double valid = side.last, invalid = x;
        std::optional<double> fValid;
        for (int i = 0; i < 60; ++i) {
          const double mid = (valid + invalid) / 2;
          if (mid == valid || mid == invalid) break;
          if (const auto fm = f(mid)) {
            valid = mid;
            fValid = fm;
          } else {
            invalid = mid;
          }
        }
        side.open = false;
        if (!fValid) continue;
        x = valid;
        fx = fValid;
      }
      seenLow = std::min(seenLow, *fx + target);
      seenHigh = std::max(seenHigh, *fx + target);
      if ((*fx < 0) != (side.fLast < 0) || *fx == 0) bracket = std::pair{side.last, x};
      side.last = x;
      side.fLast = *fx;
    }
  }
  if (!bracket) {
    const double lo = sides[0].last, hi = sides[1].last;
    return Error{"goalseek.not_bracketed",
                 "no value of " + path + " between " + formatNumber(lo) + " and " +
                     formatNumber(hi) + " gives " + model.outputs()[output].key + " = " +
                     formatNumber(target) + ": there it ranges from " + formatNumber(seenLow) +
                     " to " + formatNumber(seenHigh),
                 path};
  }
  const RootSearch search = brent(
      [&](double x) {
        const auto fx = f(x);
        return fx ? *fx : std::numeric_limits<double>::quiet_NaN();
      },
      bracket->first, bracket->second, {1e-12, 200});
  if (!search.ok())
    return Error{"goalseek.failed",
                 "goal seek on " + path + " did not converge (" + search.failure + ")", path};
  values[0] = *search.root;
  evaluator->evaluate(values, out);
  return GoalSeekResult{*search.root, outputOf(out, output), evaluations};
}

}  // namespace valor
