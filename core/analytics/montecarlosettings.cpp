#include "analytics/montecarlosettings.h"

#include "model/schema.h"

namespace valor {
namespace {

double numberOr(const Entity& e, const char* field, double fallback) {
  const double* v = e.number(field);
  return v ? *v : fallback;
}

}  // namespace

Result<MonteCarloSettings> monteCarloSettings(const ScenarioDocument& doc) {
  MonteCarloSettings s;
  const Entity* mc = doc.child(doc.root(), "monte_carlo");
  if (!mc) return s;
  const EntitySchema& schema = *entitySchema("monte_carlo");
  auto text = [&](const char* field) {
    const Value* v = fieldOrDefault(*mc, *schema.field(field));
    return std::get<std::string>(*v);
  };
  s.paths = static_cast<std::uint64_t>(numberOr(*mc, "paths", 10000));
  s.seed = static_cast<std::uint64_t>(numberOr(*mc, "seed", 1));
  if (auto output = valuationOutputFromName(text("output"))) s.output = *output;
  if (const double* target = mc->number("target")) s.targetPrice = *target;
  s.repairCorrelation = text("correlation_repair") == "nearest";
  const auto inputs = doc.listMembers(*mc, "inputs");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Entity& e = *inputs[i];
    const std::string where = "monte_carlo.inputs[" + std::to_string(i) + "]";
    const std::string* field = e.text("field");
    const std::string* kindName = e.text("distribution");
    if (!field || !kindName)
      return Error{"montecarlo.incomplete", where + " needs a field and a distribution", where};
    const auto kind = distributionKindFromName(*kindName);
    if (!kind)
      return Error{"montecarlo.bad_distribution",
                   where + ".distribution \"" + *kindName + "\" is not a known distribution",
                   where + ".distribution"};
    StochasticInput input;
    input.path = *field;
    input.distribution.kind = *kind;
    input.distribution.mean = numberOr(e, "mean", 0);
    input.distribution.sd = numberOr(e, "sd", 0);
    input.distribution.min = numberOr(e, "min", 0);
    input.distribution.mode = numberOr(e, "mode", 0);
    input.distribution.max = numberOr(e, "max", 0);
    for (const Entity* o : doc.listMembers(e, "outcomes"))
      input.distribution.outcomes.push_back(
          {numberOr(*o, "value", 0), numberOr(*o, "probability", 0)});
    s.inputs.push_back(std::move(input));
  }
  for (const Entity* c : doc.listMembers(*mc, "correlations")) {
    const std::string* first = c->text("first");
    const std::string* second = c->text("second");
    s.correlations.push_back(
        {first ? *first : std::string(), second ? *second : std::string(), numberOr(*c, "rho", 0)});
  }
  return s;
}

}  // namespace valor
