#include "core/actuals/actualsimport.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/actuals/actualsedit.h"
#include "core/common/moneyunit.h"
#include "core/common/numbertext.h"

namespace valor {
namespace {

// A figure far from the one already there: more than ×100 apart either way.
bool farApart(double imported, double existing) {
  if (imported == 0 || existing == 0) return false;
  const double ratio = std::fabs(imported / existing);
  return ratio > 100 || ratio < 0.01;
}

}  // namespace

Result<ActualsImport> actualsImportOps(const ScenarioDocument& doc, const Statement& statement,
                                       const IdGenerator& newId, bool unitConfirmed) {
  const std::string* unitText = doc.root().text("unit");
  const std::string scenarioUnit = unitText ? *unitText : std::string("millions");
  const std::optional<double> from = moneyUnitSize(statement.unit);
  const std::optional<double> to = moneyUnitSize(scenarioUnit);
  if (!from || !to)
    return Error{"actuals.unknown_unit",
                 "cannot convert from " + statement.unit + " to " + scenarioUnit, ""};
  const auto convert = [&](double v) { return convertMoneyUnit(v, *from, *to); };
  const std::string* currencyText = doc.root().text("currency");
  const std::string scenarioCurrency = currencyText ? *currencyText : std::string("USD");
  if (!statement.currency.empty() && statement.currency != scenarioCurrency)
    return Error{"actuals.currency",
                 "the figures are in " + statement.currency + ", the scenario in " +
                     scenarioCurrency + ": import them into a scenario in " + statement.currency,
                 "currency"};

  ActualsDraft draft(doc, newId);
  Entity* block = &draft.block();

  // The model's base-year revenue, to catch a unit mistake on a first import.
  std::optional<std::pair<Year, double>> baseRevenue;
  if (const std::string* model = doc.root().text("model"))
    if (const Entity* kind = doc.child(doc.root(), *model))
      if (const double* year = kind->number("base_year"))
        if (const double* revenue = kind->number("base.revenue"))
          baseRevenue = {static_cast<Year>(*year), *revenue};

  ActualsImport result;
  std::vector<std::string> mismatches;
  for (const StatementLine& line : statement.lines) {
    const std::string field = line.key + ".values";
    YearMap values;
    if (const YearMap* old = block->years(field)) values = *old;
    for (const auto& [year, figure] : line.values) {
      const double converted = convert(figure);
      std::optional<double> before;
      if (auto it = values.find(year); it != values.end()) before = it->second;
      if (!before && line.key == "revenue" && baseRevenue && baseRevenue->first == year)
        before = baseRevenue->second;
      if (before && farApart(converted, *before))
        mismatches.push_back(line.key + " " + std::to_string(year) + ": " +
                             generalText(converted, 6) + " against " + generalText(*before, 6));
      values[year] = converted;
      ++result.figures;
    }
    // Years kept from an earlier source keep it named beside the new one.
    std::string source = line.source;
    const std::string* oldSource = block->text(line.key + ".source");
    const bool keptYears = std::any_of(values.begin(), values.end(),
                                       [&](const auto& v) { return !line.values.count(v.first); });
    if (oldSource && keptYears && *oldSource != source && source.size() + oldSource->size() < 480)
      source += "; other years: " + *oldSource;
    block->fields[field] = values;
    block->fields[line.key + ".source"] = source;
    result.lines.push_back(line.key);
  }
  if (!mismatches.empty() && !unitConfirmed)
    return Error{
        "actuals.unit_mismatch",
        "the imported figures are more than 100 times off the scenario's own (in " + scenarioUnit +
            " after converting from " + statement.unit + "): " + mismatches.front() +
            (mismatches.size() > 1 ? " (and " + std::to_string(mismatches.size() - 1) + " more)"
                                   : std::string()) +
            ". Check the file's unit, or confirm it (--confirm-unit)",
        ""};

  auto ops = draft.ops();
  if (!ops) return ops.error();
  result.ops = std::move(ops).value();
  return result;
}

}  // namespace valor
