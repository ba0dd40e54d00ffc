#include "core/report/valued.h"

#include "core/models/registry.h"

namespace valor {

Result<Evaluation> valuedEvaluation(const ScenarioDocument& doc) {
  Evaluation evaluation = evaluateScenario(doc);
  if (evaluation.valued && modelKindOf(doc)) return evaluation;
  Issues errors;
  for (const Issue& issue : evaluation.issues)
    if (issue.severity == Severity::Error) errors.push_back(issue);
  if (errors.empty()) return Error{"report.not_valued", "the scenario cannot be valued", ""};
  return errorOfIssues("report.not_valued", std::move(errors));
}

}  // namespace valor
