#include "core/compare/footballrange.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/montecarlosettings.h"
#include "core/analytics/sensitivity.h"
#include "core/models/modelkind.h"
#include "core/models/registry.h"
#include "core/ops/patch.h"

namespace valor {
namespace {

constexpr const char* kValuePerShare = "value_per_share";

std::string rootText(const ScenarioDocument& doc, const char* field) {
  const std::string* text = doc.root().text(field);
  return text ? *text : std::string();
}

// Sets range.low and range.high to the least and greatest of the values present; false when
// none is.
template <typename Values, typename Value>
bool spanOf(const Values& values, Value&& value, FootballRange& range) {
  bool any = false;
  for (const auto& item : values) {
    const std::optional<double>& v = value(item);
    if (!v) continue;
    range.low = any ? std::min(range.low, *v) : *v;
    range.high = any ? std::max(range.high, *v) : *v;
    any = true;
  }
  return any;
}

Error noValuePerShare(const ScenarioDocument& doc) {
  return Error{"football.no_value_per_share",
               "a " + rootText(doc, "model") +
                   " scenario has no value per share to vary; use its own method",
               rootText(doc, "name")};
}

Result<FootballRange> sensitivityRange(const FootballBar& bar, const ScenarioDocument& doc) {
  std::vector<std::string> paths;
  for (const SpreadInput& s : bar.spreads) paths.push_back(s.path);
  auto prepared = prepareValuationModel(doc, paths);
  if (!prepared) return prepared.error();
  const ValuationModel& model = *prepared.value();
  const auto output = model.outputIndex(kValuePerShare);
  if (!output) return noValuePerShare(doc);
  const std::vector<double> base = model.baseValues();
  auto steps = [&](std::size_t i) {
    return linearSteps(base[i] - bar.spreads[i].spread, base[i] + bar.spreads[i].spread,
                       kFootballGridSteps);
  };
  const std::vector<double> xs = steps(0);
  const std::vector<double> ys = paths.size() > 1 ? steps(1) : std::vector<double>{};
  const SensitivityGrid grid = evaluateGrid(model, *output, xs, ys);
  FootballRange range;
  range.point = model.baseOutputs()[*output];
  range.unvalued = grid.unvalued;
  if (!spanOf(
          grid.cells, [](const std::optional<double>& cell) { return cell; }, range))
    return Error{"football.nothing_valued",
                 "no point of the sensitivity range can be valued (" + rootText(doc, "name") + ")",
                 rootText(doc, "name")};
  return range;
}

Result<FootballRange> monteCarloRange(const FootballBar& bar, const ScenarioDocument& doc,
                                      jobs::ThreadPool& pool, std::stop_token stop) {
  auto settings = monteCarloSettings(doc);
  if (!settings) return settings.error();
  if (settings.value().inputs.empty())
    return Error{"football.no_monte_carlo",
                 rootText(doc, "name") +
                     " has no Monte Carlo inputs: choose the inputs that vary in its "
                     "Monte Carlo settings first",
                 rootText(doc, "name")};
  const std::vector<OutputSpec> outputs = valuationOutputs(doc);
  if (std::none_of(outputs.begin(), outputs.end(),
                   [](const OutputSpec& o) { return o.key == kValuePerShare; }))
    return noValuePerShare(doc);
  settings.value().output = kValuePerShare;
  auto prepared = prepareMonteCarlo(doc, settings.value());
  if (!prepared) return prepared.error();
  auto run = runMonteCarlo(prepared.value(), pool, 0, stop);
  if (!run) return run.error();
  const MonteCarloResult& r = run.value();
  if (r.valued == 0)
    return Error{"football.nothing_valued",
                 "no Monte Carlo path of " + rootText(doc, "name") + " could be valued",
                 rootText(doc, "name")};
  // The empirical CDF holds every whole percent, P0 to P100 (type 7 percentiles).
  const auto at = [&](int percent) { return r.cdf[static_cast<std::size_t>(percent)].value; };
  FootballRange range;
  range.low = at(bar.lowPercentile);
  range.high = at(bar.highPercentile);
  range.point = r.median;
  range.unvalued = r.paths - r.valued;
  range.paths = r.paths;
  return range;
}

// The entry enterprise value at which the LBO returns `irr`, by goal seek of the lever.
Result<double> entryValueAtIrr(const ScenarioDocument& doc, const ValuationModel& model,
                               OutputIndex irrOutput, const std::string& lever, double irr) {
  auto seek = goalSeek(model, irrOutput, irr);
  if (!seek) return seek.error();
  nlohmann::ordered_json patch{{"set", {{lever, seek.value().value}}}};
  auto ops = patchOps(doc, patch);
  if (!ops) return ops.error();
  Mutation m;
  m.ops = std::move(ops.value());
  auto moved = applyMutation(doc, m);
  if (!moved) return moved.error();
  const Evaluation e = evaluateScenario(moved.value());
  const NamedOutput* ev = e.output("entry_enterprise_value");
  if (!e.valued || !ev || !ev->value) return scenarioNotValued(e.issues);
  return *ev->value;
}

Result<FootballRange> targetIrrRange(const FootballBar& bar, const ScenarioDocument& doc) {
  const Evaluation own = evaluateScenario(doc);
  if (!own.valued) return scenarioNotValued(own.issues);
  const NamedOutput* ownEv = own.output("entry_enterprise_value");
  if (!ownEv || !ownEv->value)
    return Error{"football.not_lbo",
                 "a price at a target IRR needs an LBO scenario; " + rootText(doc, "name") +
                     " is " + rootText(doc, "model"),
                 rootText(doc, "name")};
  auto prepared = prepareValuationModel(doc, {bar.lever});
  if (!prepared) return prepared.error();
  const auto irr = prepared.value()->outputIndex("irr");
  if (!irr)
    return Error{"football.not_lbo", "a price at a target IRR needs an LBO scenario",
                 rootText(doc, "name")};
  const auto perShare = [&](double ev) { return (ev - bar.netDebt) / bar.shares; };
  // The higher the IRR asked, the lower the price that earns it.
  auto atHigh = entryValueAtIrr(doc, *prepared.value(), *irr, bar.lever, bar.irrHigh);
  if (!atHigh) return atHigh.error();
  auto atLow = entryValueAtIrr(doc, *prepared.value(), *irr, bar.lever, bar.irrLow);
  if (!atLow) return atLow.error();
  FootballRange range;
  range.low = perShare(atHigh.value());
  range.high = perShare(atLow.value());
  range.point = perShare(*ownEv->value);
  return range;
}

Result<FootballRange> maxOfferPriceRange(const ScenarioDocument& doc) {
  const Evaluation e = evaluateScenario(doc);
  if (!e.valued) return scenarioNotValued(e.issues);
  const NamedTable* table = e.table("accretion");
  const NamedOutput* offer = e.output("offer_price_per_share");
  std::size_t column = 0;
  if (table) {
    while (column < table->columns.size() && table->columns[column].key != "max_offer_price")
      ++column;
  }
  if (!table || !offer || column == table->columns.size())
    return Error{"football.not_ma",
                 "a maximum offer price needs an M&A scenario; " + rootText(doc, "name") + " is " +
                     rootText(doc, "model"),
                 rootText(doc, "name")};
  FootballRange range;
  if (!spanOf(
          table->rows, [column](const auto& row) { return row[column]; }, range))
    return Error{"football.no_max_price",
                 "no pro-forma year of " + rootText(doc, "name") +
                     " has a maximum EPS-neutral price (earnings per share do not fall as the "
                     "price rises)",
                 rootText(doc, "name")};
  range.point = offer->value;
  return range;
}

}  // namespace

Result<FootballRange> footballRange(const FootballBar& bar, const ScenarioDocument* doc,
                                    jobs::ThreadPool& pool, std::stop_token stop) {
  if (bar.method == FootballMethod::Typed) return FootballRange{bar.low, bar.high, {}, 0, 0};
  if (!doc)
    return Error{"football.no_scenario", "the scenario of this range is no longer in the workspace",
                 bar.scenario.toString()};
  switch (bar.method) {
    case FootballMethod::Sensitivity:
      return sensitivityRange(bar, *doc);
    case FootballMethod::MonteCarlo:
      return monteCarloRange(bar, *doc, pool, std::move(stop));
    case FootballMethod::TargetIrr:
      return targetIrrRange(bar, *doc);
    case FootballMethod::MaxOfferPrice:
      return maxOfferPriceRange(*doc);
    case FootballMethod::Typed:
      break;
  }
  return FootballRange{bar.low, bar.high, {}, 0, 0};
}

bool footballMethodFits(FootballMethod method, const ModelKind& kind) {
  const std::vector<OutputSpec> outputs = kind.analyticsOutputs();
  const auto has = [&](const char* key) {
    return std::any_of(outputs.begin(), outputs.end(),
                       [&](const OutputSpec& o) { return o.key == key; });
  };
  switch (method) {
    case FootballMethod::Sensitivity:
    case FootballMethod::MonteCarlo:
      return has(kValuePerShare);
    case FootballMethod::TargetIrr:
      return has("irr");
    case FootballMethod::MaxOfferPrice:
      return kind.id() == "ma";
    case FootballMethod::Typed:
      break;
  }
  return true;
}

std::string footballDefaultLabel(const FootballBar& bar, const std::string& scenarioName) {
  if (!bar.label.empty()) return bar.label;
  switch (bar.method) {
    case FootballMethod::Sensitivity:
      return scenarioName + ": sensitivity";
    case FootballMethod::MonteCarlo:
      return scenarioName + ": Monte Carlo P" + std::to_string(bar.lowPercentile) + "–P" +
             std::to_string(bar.highPercentile);
    case FootballMethod::TargetIrr:
      return scenarioName + ": IRR " + formatPercent(bar.irrLow) + "–" + formatPercent(bar.irrHigh);
    case FootballMethod::MaxOfferPrice:
      return scenarioName + ": maximum offer price";
    case FootballMethod::Typed:
      break;
  }
  return scenarioName;
}

}  // namespace valor
