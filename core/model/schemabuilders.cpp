#include "core/model/schemabuilders.h"

namespace valor::schema {

FieldSpec makeField(std::string name, FieldType type, std::string unit) {
  FieldSpec f;
  f.name = std::move(name);
  f.type = type;
  f.unit = std::move(unit);
  return f;
}

Bounds closed(double lo, double hi) {
  return {lo, hi, true, true};
}
Bounds openLow(double lo, double hi) {
  return {lo, hi, false, true};
}
Bounds openHigh(double lo, double hi) {
  return {lo, hi, true, false};
}
Bounds open(double lo, double hi) {
  return {lo, hi, false, false};
}

FieldSpec number(std::string name, std::string unit, Bounds bounds, std::string help,
                 std::optional<double> def, bool required) {
  FieldSpec f = makeField(std::move(name), FieldType::Number, std::move(unit));
  f.bounds = bounds;
  f.help = std::move(help);
  f.required = required;
  if (def) f.defaultValue = Value(*def);
  return f;
}

FieldSpec integer(std::string name, std::string unit, Bounds bounds, std::string help,
                  bool required, std::optional<double> def) {
  FieldSpec f = number(std::move(name), std::move(unit), bounds, std::move(help), def, required);
  f.type = FieldType::Integer;
  return f;
}

FieldSpec choice(std::string name, std::vector<std::string> choices, std::string help,
                 std::optional<std::string> def, bool required) {
  FieldSpec f = makeField(std::move(name), FieldType::Choice, "");
  f.choices = std::move(choices);
  f.help = std::move(help);
  f.required = required;
  if (def) f.defaultValue = Value(*def);
  return f;
}

FieldSpec text(std::string name, std::string help, std::optional<std::string> def, bool required,
               std::size_t maxLength) {
  FieldSpec f = makeField(std::move(name), FieldType::Text, "");
  f.help = std::move(help);
  f.required = required;
  f.maxLength = maxLength;
  if (def) f.defaultValue = Value(*def);
  return f;
}

FieldSpec longText(std::string name, std::string help, std::size_t maxLength) {
  FieldSpec f = text(std::move(name), std::move(help), std::nullopt, false, maxLength);
  f.multiLine = true;
  return f;
}

void addDriver(std::vector<FieldSpec>& fields, const std::string& name, const std::string& unit,
               Bounds bounds, const std::string& what) {
  fields.push_back(choice(name + ".mode", {"constant", "per_year", "staged"},
                          "How " + what +
                              " is given: one constant, a value per projection "
                              "year, or three stages."));
  fields.push_back(number(name + ".value", unit, bounds, "The constant (mode constant)."));
  FieldSpec perYear = number(name + ".values", unit, bounds,
                             "One value per projection year, keyed by year: "
                             "{\"2026\": 0.08, ...} (mode per_year).");
  perYear.type = FieldType::YearValues;
  fields.push_back(perYear);
  fields.push_back(
      integer(name + ".stage1_years", "years", closed(0, 30), "Years in stage 1 (mode staged)."));
  fields.push_back(number(name + ".stage1", unit, bounds, "Stage 1 value (mode staged)."));
  fields.push_back(integer(name + ".stage2_years", "years", closed(0, 30),
                           "Years in stage 2, the transition (mode staged)."));
  fields.push_back(
      number(name + ".stage2", unit, bounds, "Stage 2 value; only with fade step (mode staged)."));
  fields.push_back(number(name + ".stage3", unit, bounds,
                          "Stage 3 value, held to the end of the projection (mode staged)."));
  fields.push_back(choice(name + ".fade", {"linear", "step"},
                          "Stage 2 moves from stage 1 to stage 3 in equal steps (linear), or "
                          "holds its own value (step).",
                          "linear"));
  fields.push_back(text(name + ".source",
                        "Where the values came from when they were not typed: e.g. the forecast "
                        "model, its parameters and the years it was fitted to. The desktop clears "
                        "it when the driver's values are typed over."));
}

}  // namespace valor::schema
