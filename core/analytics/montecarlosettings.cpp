#include "core/analytics/montecarlosettings.h"

#include "core/model/schema.h"

#include <vector>

namespace valor {
namespace {

// An optional number: parameters a distribution does not use may be absent.
double numberOr(const Entity& e, const char* field, double fallback) {
  const double* v = e.number(field);
  return v ? *v : fallback;
}

// The parameters a distribution is defined by.
std::vector<const char*> parametersOf(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
      return {"mean", "sd"};
    case DistributionKind::Uniform:
      return {"min", "max"};
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
      return {"min", "mode", "max"};
    case DistributionKind::Discrete:
      return {};
  }
  return {};
}

}  // namespace

Issues monteCarloIssues(const ScenarioDocument& doc) {
  Issues issues;
  const Entity* mc = doc.child(doc.root(), "monte_carlo");
  if (!mc) return issues;
  for (Issue& issue : validateAgainstSchema(doc))
    if (issue.path.rfind("monte_carlo", 0) == 0) issues.push_back(std::move(issue));
  const auto inputs = doc.listMembers(*mc, "inputs");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Entity& e = *inputs[i];
    const std::string where = "monte_carlo.inputs[" + std::to_string(i) + "]";
    const std::string* kindName = e.text("distribution");
    const auto kind = kindName ? distributionKindFromName(*kindName) : std::nullopt;
    if (!kind) continue;  // the schema's choice check has said why
    for (const char* parameter : parametersOf(*kind))
      if (!e.number(parameter))
        issues.push_back(
            {Severity::Error,
             where + "." + parameter,
             "required",
             where + "." + parameter + " is required for a " + *kindName + " distribution",
             {}});
    if (*kind == DistributionKind::Discrete && doc.listMembers(e, "outcomes").empty())
      issues.push_back({Severity::Error,
                        where + ".outcomes",
                        "required",
                        where + ".outcomes must list at least one value for a discrete "
                                "distribution",
                        {}});
  }
  return issues;
}

Issues monteCarloRunIssues(const ScenarioDocument& doc) {
  auto settings = monteCarloSettings(doc);
  if (!settings || settings.value().inputs.empty()) return {};
  auto prepared = prepareMonteCarlo(doc, settings.value());
  if (prepared) return {};
  const Error& e = prepared.error();
  const std::size_t dot = e.code.find('.');
  return {{Severity::Error,
           e.context.empty() ? "monte_carlo" : e.context,
           dot == std::string::npos ? e.code : e.code.substr(dot + 1),
           e.message,
           {}}};
}

Result<MonteCarloSettings> monteCarloSettings(const ScenarioDocument& doc) {
  MonteCarloSettings s;
  const Entity* mc = doc.child(doc.root(), "monte_carlo");
  if (!mc) return s;
  for (const Issue& issue : monteCarloIssues(doc))
    if (issue.severity == Severity::Error)
      return Error{"montecarlo.invalid_settings", issue.message, issue.path};
  // Past the checks above every field is in its range and every needed parameter is there.
  const EntitySchema& schema = *entitySchema("monte_carlo");
  auto text = [&](const char* field) {
    const Value* v = fieldOrDefault(*mc, *schema.field(field));
    return std::get<std::string>(*v);
  };
  s.paths = static_cast<std::uint64_t>(numberOr(*mc, "paths", 10000));
  s.seed = static_cast<std::uint64_t>(numberOr(*mc, "seed", 1));
  if (const std::string* output = mc->text("output")) s.output = *output;
  if (const double* target = mc->number("target")) s.targetPrice = *target;
  s.repairCorrelation = text("correlation_repair") == "nearest";
  for (const Entity* e : doc.listMembers(*mc, "inputs")) {
    StochasticInput input;
    input.path = *e->text("field");
    input.distribution.kind = *distributionKindFromName(*e->text("distribution"));
    input.distribution.mean = numberOr(*e, "mean", 0);
    input.distribution.sd = numberOr(*e, "sd", 0);
    input.distribution.min = numberOr(*e, "min", 0);
    input.distribution.mode = numberOr(*e, "mode", 0);
    input.distribution.max = numberOr(*e, "max", 0);
    for (const Entity* o : doc.listMembers(*e, "outcomes"))
      input.distribution.outcomes.push_back({*o->number("value"), *o->number("probability")});
    s.inputs.push_back(std::move(input));
  }
  for (const Entity* c : doc.listMembers(*mc, "correlations"))
    s.correlations.push_back({*c->text("first"), *c->text("second"), *c->number("rho")});
  return s;
}

}  // namespace valor
