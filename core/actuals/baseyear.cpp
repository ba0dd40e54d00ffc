#include "core/actuals/baseyear.h"

#include <iterator>
#include <utility>

#include "core/actuals/history.h"
#include "core/models/registry.h"

namespace valor {

Result<BaseYearFromActuals> baseYearFromActuals(const ScenarioDocument& doc) {
  const ModelKind* kind = modelKindOf(doc);
  const BaseFromActuals mapping = kind ? kind->baseFromActuals() : BaseFromActuals{};
  if (mapping.yearField.empty())
    return Error{"actuals.no_base_year", "this model kind has no base year to take from actuals",
                 ""};
  const Entity* block = doc.child(doc.root(), kind->id());
  if (!block) return Error{"actuals.no_block", "the scenario has no " + kind->id() + " block", ""};
  const ActualsHistory history = actualsHistory(doc);
  const std::optional<Year> year = history.lastRevenueYear();
  if (!year)
    return Error{"actuals.no_revenue",
                 "the actuals have no revenue: the base year is the last year with reported "
                 "revenue",
                 ""};

  BaseYearFromActuals result;
  result.year = *year;
  ScenarioDocument target = doc;
  Entity* changed = nullptr;
  for (Entity& e : target.entities)
    if (e.id == block->id) changed = &e;
  auto set = [&](const std::string& field, double value) { changed->fields[field] = value; };
  set(mapping.yearField, static_cast<double>(*year));
  if (const double* horizon = block->number(mapping.horizonField))
    for (auto& [field, value] : changed->fields) {
      YearMap* values = std::get_if<YearMap>(&value);
      if (!values || values->empty()) continue;
      for (Year y = *year + 1; y <= *year + static_cast<Year>(*horizon); ++y) {
        if (values->count(y)) continue;
        // The nearest given year: the last before y, else the first after it.
        auto after = values->upper_bound(y);
        const double carried = after == values->begin() ? after->second : std::prev(after)->second;
        (*values)[y] = carried;
        result.filled.emplace_back(field, y);
      }
    }
  for (const auto& [field, line] : mapping.fields) {
    auto values = history.lines.find(line);
    if (values == history.lines.end() || !values->second.count(*year)) {
      result.kept.push_back(field);
      continue;
    }
    set(field, values->second.at(*year));
    result.fieldsSet.push_back(field);
  }

  // A scenario that values now must value after: a figure outside its field's range (a negative
  // cash) or a rule the new year breaks (a valuation date before the base year's end) refuses
  // the change, naming it; errors the scenario already had are not this change's.
  Issues problems = newErrors(doc, target);
  if (!problems.empty()) return errorOfIssues("actuals.invalid_base", std::move(problems));
  result.ops = diffDocuments(doc, target);
  return result;
}

}  // namespace valor
