#include "core/models/valuationmodel.h"

#include "core/common/require.h"
#include "core/ops/patch.h"

namespace valor {

ValuationModel::ValuationModel(std::vector<OutputSpec> outputs,
                               const std::vector<std::string>& kindReasons)
    : outputs_(std::move(outputs)), failureReasons_{"none", "out_of_range"} {
  VALOR_REQUIRE(!outputs_.empty() && outputs_.size() <= kMaxModelOutputs,
                "a model kind has 1 to " + std::to_string(kMaxModelOutputs) +
                    " analytics outputs, not " + std::to_string(outputs_.size()));
  failureReasons_.insert(failureReasons_.end(), kindReasons.begin(), kindReasons.end());
}

std::vector<double> ValuationModel::baseValues() const {
  std::vector<double> values;
  values.reserve(inputs_.size());
  for (const ModelInput& input : inputs_) values.push_back(input.baseValue);
  return values;
}

std::optional<OutputIndex> ValuationModel::outputIndex(std::string_view key) const {
  for (std::size_t i = 0; i < outputs_.size(); ++i)
    if (outputs_[i].key == key) return i;
  return std::nullopt;
}

Error scenarioNotValued(const Issues& issues) {
  for (const Issue& issue : issues)
    if (issue.severity == Severity::Error)
      return Error{"analytics.scenario_invalid",
                   "the scenario cannot be valued as it is: " + issue.message, issue.path};
  return Error{"analytics.scenario_invalid", "the scenario cannot be valued as it is", ""};
}

Error notALever(const ScenarioDocument& doc, const std::string& path) {
  auto refuse = [&](const std::string& why) {
    return Error{"analytics.bad_input", path + " " + why, path};
  };
  auto address = resolveFieldPath(doc, path);
  if (!address) return Error{"analytics.bad_input", path + ": " + address.error().message, path};
  const Entity* entity = doc.find(address.value().entity);
  const FieldSpec* spec = entitySchema(entity->type)->field(address.value().field);
  if (spec->type == FieldType::Integer)
    return refuse("is a whole-number setting, not an input that can vary continuously");
  if (spec->type != FieldType::Number && spec->type != FieldType::YearValues)
    return refuse("is not a number");
  return refuse("is not used by this scenario's valuation (its method or mode leaves it out)");
}

}  // namespace valor
