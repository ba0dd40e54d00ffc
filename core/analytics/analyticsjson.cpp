#include "core/analytics/analyticsjson.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "core/models/evaluationjson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

Json monteCarloToJson(const PreparedMonteCarlo& p, const MonteCarloResult& r) {
  Json j;
  j["output"] = p.model->outputs()[r.output].key;
  j["paths"] = r.paths;
  j["seed"] = p.settings.seed;
  j["valued_paths"] = r.valued;
  Json failures = Json::object();
  const std::vector<std::string>& reasons = p.model->failureReasons();
  for (std::size_t i = 1; i < reasons.size(); ++i) failures[reasons[i]] = r.failures[i];
  j["unvalued_paths"] = failures;
  j["base_value"] = r.baseOutput;
  // Statistics of no paths (or a spread of one path) do not exist: null, not 0.
  const bool any = r.valued > 0, spread = r.valued > 1;
  auto stat = [&](double v, bool exists) { return exists ? Json(v) : Json(nullptr); };
  j["mean"] = stat(r.mean, any);
  j["median"] = stat(r.median, any);
  j["standard_deviation"] = stat(r.standardDeviation, spread);
  j["standard_error"] = stat(r.standardError, spread);
  j["min"] = stat(r.min, any);
  j["max"] = stat(r.max, any);
  Json percentiles = Json::object();
  for (const int level : {1, 5, 10, 25, 50, 75, 90, 95, 99}) {
    const auto q = std::find_if(
        r.percentiles.begin(), r.percentiles.end(),
        [&](const Percentile& candidate) { return std::lround(candidate.level * 100) == level; });
    percentiles["p" + std::to_string(level)] =
        q != r.percentiles.end() ? Json(q->value) : Json(nullptr);
  }
  j["percentiles"] = percentiles;
  j["target"] = optionalJson(r.targetPrice);
  j["probability_above_target"] = optionalJson(r.probabilityAbove);
  Json inputs = Json::array();
  for (std::size_t i = 0; i < p.settings.inputs.size(); ++i) {
    const StochasticInput& in = p.settings.inputs[i];
    Json e;
    e["field"] = in.path;
    e["distribution"] = distributionKindName(in.distribution.kind);
    e["distribution_mean"] = distributionMean(in.distribution);
    e["distribution_sd"] = std::sqrt(distributionVariance(in.distribution));
    e["rank_correlation"] =
        i < r.rankCorrelations.size() ? optionalJson(r.rankCorrelations[i].rho) : Json(nullptr);
    e["paths_out_of_range"] = i < r.outOfRangeByInput.size() ? r.outOfRangeByInput[i] : 0;
    inputs.push_back(e);
  }
  j["inputs"] = inputs;
  j["correlation_repaired"] = p.repaired;
  Json histogram;
  histogram["start"] = r.histogramStart;
  histogram["bin_width"] = r.binWidth;
  histogram["counts"] = r.histogram;
  histogram["below"] = r.below;
  histogram["above"] = r.above;
  j["histogram"] = histogram;
  Json cdf = Json::array();
  for (const Percentile& q : r.cdf) cdf.push_back({{"probability", q.level}, {"value", q.value}});
  j["cdf"] = cdf;
  Json convergence = Json::array();
  for (const ConvergencePoint& c : r.convergence)
    convergence.push_back({{"paths", c.paths}, {"mean", c.mean}, {"ci95_half_width", c.halfWidth}});
  j["convergence"] = convergence;
  return j;
}

Json gridToJson(const ValuationModel& model, OutputIndex output, const SensitivityGrid& g) {
  Json j;
  j["output"] = model.outputs()[output].key;
  j["base_value"] = outputOf(model.baseOutputs(), output);
  j["x"] = {{"field", model.inputs()[0].path}, {"values", g.xs}};
  if (!g.ys.empty()) j["y"] = {{"field", model.inputs()[1].path}, {"values", g.ys}};
  return j;
}

void writeGridRowsJson(std::ostream& out, const SensitivityGrid& g, const std::string& indent) {
  const std::size_t columns = g.xs.size();
  std::string line;  // one row at a time: the stream is written in row-sized pieces
  char number[32];
  out << '[';
  for (std::size_t row = 0; row * columns < g.cells.size(); ++row) {
    line.assign(row == 0 ? "\n" : ",\n");
    line += indent;
    line += "  [";
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) line += ", ";
      const std::optional<double>& cell = g.cells[row * columns + c];
      if (cell)
        line.append(number, std::to_chars(number, number + sizeof number, *cell).ptr);
      else
        line += "null";
    }
    line += ']';
    out << line;
  }
  out << '\n' << indent << ']';
}

Json tornadoToJson(const ValuationModel& model, OutputIndex output, const Tornado& t, double change,
                   std::span<const double> spiderChanges, const std::vector<SpiderLine>& spider) {
  Json j;
  j["output"] = model.outputs()[output].key;
  j["base_value"] = t.baseOutput;
  j["change"] = change;
  Json bars = Json::array();
  for (const TornadoBar& b : t.bars) {
    Json e;
    e["field"] = b.path;
    e["base"] = b.baseValue;
    e["low"] = b.low;
    e["high"] = b.high;
    e["output_at_low"] = optionalJson(b.outputAtLow);
    e["output_at_high"] = optionalJson(b.outputAtHigh);
    e["swing"] = b.outputAtLow && b.outputAtHigh ? Json(b.swing) : Json(nullptr);
    bars.push_back(e);
  }
  j["bars"] = bars;
  Json lines = Json::array();
  for (const SpiderLine& line : spider) {
    Json outputs = Json::array();
    for (const auto& v : line.outputs) outputs.push_back(optionalJson(v));
    lines.push_back({{"field", line.path}, {"outputs", outputs}});
  }
  j["spider"] = {{"changes", std::vector<double>(spiderChanges.begin(), spiderChanges.end())},
                 {"lines", lines}};
  return j;
}

Json goalSeekToJson(const ValuationModel& model, OutputIndex output, double target,
                    const GoalSeekResult& r) {
  Json j;
  j["field"] = model.inputs()[0].path;
  j["base"] = model.inputs()[0].baseValue;
  j["value"] = r.value;
  j["output"] = model.outputs()[output].key;
  j["target"] = target;
  j["achieved"] = r.achieved;
  j["evaluations"] = r.evaluations;
  return j;
}

}  // namespace valor
