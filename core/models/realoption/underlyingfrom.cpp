#include "core/models/realoption/underlyingfrom.h"

#include "core/common/moneyunit.h"
#include "core/model/textrules.h"
#include "core/models/registry.h"

namespace valor {
namespace {

std::string textOf(const ScenarioDocument& doc, const char* field, const char* fallback) {
  const std::string* text = doc.root().text(field);
  return text && !text->empty() ? *text : std::string(fallback);
}

}  // namespace

Result<UnderlyingFromScenario> underlyingFromScenario(const ScenarioDocument& option,
                                                      const ScenarioDocument& source,
                                                      std::int64_t sourceRevision) {
  const std::string* model = option.root().text("model");
  const Entity* block = option.child(option.root(), "real_option");
  if (!model || *model != "real_option" || !block)
    return Error{"underlying.not_real_option", "the scenario is not a real option", "model"};
  const std::string name = textOf(source, "name", "(unnamed)");
  const Evaluation evaluation = evaluateScenario(source);
  if (!evaluation.valued) {
    std::string why = "it cannot be valued";
    for (const Issue& issue : evaluation.issues)
      if (issue.severity == Severity::Error) {
        why += ": " + issue.message;
        break;
      }
    return Error{"underlying.source_invalid", "“" + name + "”: " + why, "underlying.value"};
  }
  const NamedOutput* ev = evaluation.output("enterprise_value");
  if (!ev || !ev->value)
    return Error{"underlying.no_enterprise_value",
                 "“" + name + "” (" + evaluation.model + ") reports no enterprise value",
                 "underlying.value"};
  const std::string currency = textOf(option, "currency", "USD");
  const std::string sourceCurrency = textOf(source, "currency", "USD");
  if (currency != sourceCurrency)
    return Error{"underlying.currency",
                 "“" + name + "” is in " + sourceCurrency + ", this scenario in " + currency +
                     ": convert one of them first",
                 "currency"};
  const auto from = moneyUnitSize(textOf(source, "unit", "millions"));
  const auto to = moneyUnitSize(textOf(option, "unit", "millions"));
  if (!from || !to)
    return Error{"underlying.unit", "the money units of the two scenarios are not known", "unit"};
  UnderlyingFromScenario out;
  out.value = convertMoneyUnit(*ev->value, *from, *to);
  if (!(out.value > 0))
    return Error{"underlying.not_positive",
                 "the enterprise value of “" + name + "” is not above zero", "underlying.value"};
  out.source = cutUtf8("Enterprise value of " + name + " (" + evaluation.model + ", revision " +
                           std::to_string(sourceRevision) + ")",
                       300);
  out.ops = {setFieldOp(option, block->id, "underlying.value", Value(out.value)),
             setFieldOp(option, block->id, "underlying.source", Value(out.source))};
  out.label = {"underlying_from_scenario", {name}};
  out.labelText = "Take the underlying from " + name;
  return out;
}

}  // namespace valor
