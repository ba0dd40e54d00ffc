#include "core/models/blockreader.h"

#include <algorithm>

#include "core/common/require.h"

namespace valor {

Issues valuationSchemaIssues(const ScenarioDocument& doc) {
  Issues kept;
  for (Issue& issue : validateAgainstSchema(doc))
    if (issue.path.rfind("monte_carlo", 0) != 0 && issue.path.rfind("actuals", 0) != 0)
      kept.push_back(std::move(issue));
  return kept;
}

void fillStagedDriver(const StagedDriver& s, int years, std::span<Real> out) {
  for (int t = 0; t < years; ++t) {
    double v = s.stage3;
    if (t < s.stage1Years)
      v = s.stage1;
    else if (t < s.stage1Years + s.stage2Years)
      v = s.stepFade
              ? s.stage2
              : s.stage1 + (s.stage3 - s.stage1) * (t - s.stage1Years + 1) / (s.stage2Years + 1);
    out[static_cast<std::size_t>(t)] = v;
  }
}

StagedDriver stagedDriverOf(const Entity& entity, const std::string& name) {
  auto number = [&](const std::string& field) {
    const double* v = entity.number(name + "." + field);
    return v ? *v : 0.0;
  };
  const std::string* fade = entity.text(name + ".fade");
  return {static_cast<int>(number("stage1_years")),
          number("stage1"),
          static_cast<int>(number("stage2_years")),
          number("stage2"),
          number("stage3"),
          fade && *fade == "step"};
}

BlockReader::BlockReader(const Entity& entity, std::string prefix, Issues& issues)
    : entity_(entity),
      schema_(*entitySchema(entity.type)),
      prefix_(std::move(prefix)),
      issues_(issues) {}

std::string BlockReader::path(const std::string& field) const {
  return prefix_ + "." + field;
}

void BlockReader::error(const std::string& field, const std::string& rule,
                        const std::string& message, std::map<std::string, std::string> params) {
  issues_.push_back({Severity::Error, path(field), rule, message, std::move(params)});
}

void BlockReader::warning(const std::string& field, const std::string& rule,
                          const std::string& message, std::map<std::string, std::string> params) {
  issues_.push_back({Severity::Warning, path(field), rule, message, std::move(params)});
}

bool BlockReader::schemaRejected(const std::string& field) const {
  const std::string p = path(field);
  return std::any_of(issues_.begin(), issues_.end(),
                     [&](const Issue& i) { return i.path == p || i.path.rfind(p + ".", 0) == 0; });
}

std::optional<double> BlockReader::numberOf(const std::string& field) const {
  const double* v = entity_.number(field);
  if (!v || schemaRejected(field)) return std::nullopt;
  return *v;
}

std::optional<int> BlockReader::integerOf(const std::string& field) const {
  const auto v = numberOf(field);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

std::string BlockReader::choiceOf(const std::string& field) const {
  const FieldSpec* spec = schema_.field(field);
  VALOR_REQUIRE(spec != nullptr, "no field " + field + " in " + schema_.type);
  const Value* v = fieldOrDefault(entity_, *spec);
  const std::string* s = v ? std::get_if<std::string>(v) : nullptr;
  return s ? *s : std::string();
}

std::optional<double> BlockReader::need(const std::string& field, const std::string& because) {
  if (const double* v = entity_.number(field)) {
    if (schemaRejected(field)) return std::nullopt;
    return *v;
  }
  const FieldSpec* spec = schema_.field(field);
  if (spec && spec->defaultValue) return std::get<double>(*spec->defaultValue);
  if (spec && spec->required) return std::nullopt;  // the schema checks have said so already
  error(field, "required", path(field) + " is required " + because);
  return std::nullopt;
}

void BlockReader::driver(const std::string& name, int firstYear, int years, std::span<Real> out) {
  const std::string mode = choiceOf(name + ".mode");
  if (mode.empty()) {
    if (!schemaRejected(name + ".mode"))
      error(name + ".mode", "required",
            path(name + ".mode") + " is required: constant, per_year or staged");
    return;
  }
  if (mode == "constant") {
    if (auto v = need(name + ".value", "when " + path(name + ".mode") + " is constant"))
      std::fill(out.begin(), out.begin() + years, *v);
  } else if (mode == "per_year") {
    perYearDriver(name, firstYear, years, out);
  } else if (mode == "staged") {
    stagedDriver(name, years, out);
  }
}

void BlockReader::perYearDriver(const std::string& name, int firstYear, int years,
                                std::span<Real> out) {
  const std::string field = name + ".values";
  if (!entity_.years(field)) {
    if (!schemaRejected(field))
      error(field, "required",
            path(field) + " is required when " + path(name + ".mode") + " is per_year");
    return;
  }
  yearValues(field, firstYear, years, out);
}

bool BlockReader::yearValues(const std::string& field, int firstYear, int years,
                             std::span<Real> out) {
  const YearMap* values = entity_.years(field);
  if (!values || schemaRejected(field)) return false;
  const int lastYear = firstYear + years - 1;
  for (int t = 0; t < years; ++t) {
    const int year = firstYear + t;
    auto it = values->find(year);
    if (it == values->end())
      error(field + "." + std::to_string(year), "missing_year",
            path(field) + " has no value for " + std::to_string(year) + " (the projection runs " +
                std::to_string(firstYear) + "–" + std::to_string(lastYear) + ")",
            {{"year", std::to_string(year)}});
    else
      out[static_cast<std::size_t>(t)] = it->second;
  }
  for (const auto& [year, v] : *values)
    if (year < firstYear || year > lastYear)
      warning(field + "." + std::to_string(year), "year_outside_projection",
              path(field) + "." + std::to_string(year) + " lies outside the projection (" +
                  std::to_string(firstYear) + "–" + std::to_string(lastYear) + ") and is not used",
              {{"year", std::to_string(year)}});
  return true;
}

void BlockReader::stagedDriver(const std::string& name, int years, std::span<Real> out) {
  const std::string when = "when " + path(name + ".mode") + " is staged";
  const auto n1 = need(name + ".stage1_years", when);
  const auto v1 = need(name + ".stage1", when);
  const auto n2 = need(name + ".stage2_years", when);
  const auto v3 = need(name + ".stage3", when);
  const bool step = choiceOf(name + ".fade") == "step";
  std::optional<double> v2;
  if (step)
    v2 = need(name + ".stage2", "when " + path(name + ".fade") + " is step");
  else if (entity_.field(name + ".stage2"))
    warning(name + ".stage2", "unused_with_linear_fade",
            path(name + ".stage2") +
                " is not used with a linear fade (stage 2 moves from "
                "stage 1 to stage 3); set fade to step to use it");
  if (!n1 || !v1 || !n2 || !v3 || (step && !v2)) return;
  fillStagedDriver({static_cast<int>(*n1), *v1, static_cast<int>(*n2), v2.value_or(0), *v3, step},
                   years, out);
}

}  // namespace valor
