#include "core/analytics/valuationmodel.h"

#include "core/analytics/dcfmodel.h"

namespace valor {

const char* valuationOutputName(ValuationOutput output) {
  switch (output) {
    case ValuationOutput::ValuePerShare:
      return "value_per_share";
    case ValuationOutput::EnterpriseValue:
      return "enterprise_value";
    case ValuationOutput::EquityValue:
      return "equity_value";
    case ValuationOutput::PvTerminal:
      return "pv_terminal";
  }
  return "";
}

std::optional<ValuationOutput> valuationOutputFromName(const std::string& name) {
  for (std::size_t i = 0; i < kValuationOutputCount; ++i) {
    const auto output = static_cast<ValuationOutput>(i);
    if (name == valuationOutputName(output)) return output;
  }
  return std::nullopt;
}

const char* pathFailureName(PathFailure failure) {
  switch (failure) {
    case PathFailure::None:
      return "none";
    case PathFailure::OutOfRange:
      return "out_of_range";
    case PathFailure::GrowthNotBelowWacc:
      return "growth_not_below_wacc";
    case PathFailure::WaccNotPositive:
      return "wacc_not_positive";
    case PathFailure::NotFinite:
      return "not_finite";
  }
  return "";
}

std::vector<double> ValuationModel::baseValues() const {
  std::vector<double> values;
  for (const ModelInput& input : inputs_) values.push_back(input.baseValue);
  return values;
}

Result<std::unique_ptr<ValuationModel>> prepareValuationModel(
    const ScenarioDocument& doc, const std::vector<std::string>& inputPaths) {
  const std::string* model = doc.root().text("model");
  if (model && *model == "dcf") return prepareDcfModel(doc, inputPaths);
  return Error{"analytics.unsupported_model", "analytics need a dcf scenario", "model"};
}

std::vector<std::string> valuationInputPaths(const ScenarioDocument& doc) {
  const std::string* model = doc.root().text("model");
  if (model && *model == "dcf") return dcfInputPaths(doc);
  return {};
}

}  // namespace valor
