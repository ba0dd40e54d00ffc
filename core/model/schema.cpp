#include "core/model/schema.h"

#include <algorithm>
#include <cmath>
#include <deque>

#include "core/common/date.h"
#include "core/model/actualsschema.h"
#include "core/model/scenariomarks.h"
#include "core/model/schemabuilders.h"
#include "core/model/textrules.h"
#include "core/models/builtin.h"

namespace valor {
namespace {

using namespace schema;

// Monte Carlo settings (core/analytics/montecarlo.h reads them).
void addMonteCarloSchemas(std::vector<EntitySchema>& schemas,
                          const std::vector<std::string>& outputKeys) {
  EntitySchema mc{"monte_carlo", "Monte Carlo settings (\"monte_carlo\")", {}, {}};
  mc.fields = {
      integer("paths", "paths", closed(1, 10'000'000), "Paths to simulate (1 to 10,000,000).",
              false, 10000.0),
      integer("seed", "seed", closed(0, 9007199254740991.0),
              "Seed of the random numbers: the same seed and settings give the same results on "
              "every machine and with any number of threads.",
              false, 1.0),
      choice("output", outputKeys, "The result whose distribution is simulated.",
             outputKeys.empty() ? std::nullopt : std::optional<std::string>(outputKeys.front())),
      number("target", "output", closed(-kMaxMoney, kMaxMoney),
             "Report the probability that the output exceeds this (e.g. the market price)."),
      choice("correlation_repair", {"refuse", "nearest"},
             "A correlation matrix that is not positive semi-definite is an error (refuse) or "
             "replaced by the nearest valid one (nearest).",
             std::string("refuse")),
  };
  mc.childSlots = {{"inputs", "stochastic_input", true, false, 100, "The inputs that vary."},
                   {"correlations", "input_correlation", true, false, 1000,
                    "Correlations between inputs (on their normal scores); pairs not listed are "
                    "independent."}};
  schemas.push_back(mc);

  constexpr double kAny = 1e15;
  EntitySchema input{"stochastic_input", "Varying input (\"monte_carlo.inputs[]\")", {}, {}};
  input.fields = {
      text("field", "The input's path in the scenario file, e.g. dcf.discount_rate.wacc.",
           std::nullopt, true),
      choice("distribution", {"normal", "lognormal", "uniform", "triangular", "pert", "discrete"},
             "normal and lognormal: mean, sd (of the input itself). uniform: min, max. "
             "triangular and pert: min, mode, max. discrete: outcomes.",
             std::nullopt, true),
      number("mean", "input", closed(-kAny, kAny), "Mean (normal, lognormal)."),
      number("sd", "input", closed(-kAny, kAny), "Standard deviation (normal, lognormal)."),
      number("min", "input", closed(-kAny, kAny), "Minimum (uniform, triangular, pert)."),
      number("mode", "input", closed(-kAny, kAny), "Most likely value (triangular, pert)."),
      number("max", "input", closed(-kAny, kAny), "Maximum (uniform, triangular, pert)."),
  };
  input.childSlots = {{"outcomes", "discrete_outcome", true, false, 1000,
                       "Values and their probabilities (discrete); probabilities sum to 1."}};
  schemas.push_back(input);

  EntitySchema outcome{"discrete_outcome", "Discrete outcome (\"outcomes[]\")", {}, {}};
  outcome.fields = {
      number("value", "input", closed(-kAny, kAny), "The input's value.", std::nullopt, true),
      number("probability", "ratio", closed(0, 1), "Its probability.", std::nullopt, true),
  };
  schemas.push_back(outcome);

  EntitySchema correlation{
      "input_correlation", "Input correlation (\"monte_carlo.correlations[]\")", {}, {}};
  correlation.fields = {
      text("first", "Path of one varying input.", std::nullopt, true),
      text("second", "Path of the other.", std::nullopt, true),
      number("rho", "ratio", closed(-1, 1), "Correlation of their normal scores.", std::nullopt,
             true),
  };
  schemas.push_back(correlation);
}

// The analytics page's last sensitivity grid and tornado, so a scenario opens on the table the
// analyst built (ui/analytics/sensitivitypages.cpp reads and writes them).
EntitySchema sensitivitySchema(const std::vector<std::string>& outputKeys) {
  constexpr double kAny = 1e15;
  const std::optional<std::string> firstOutput =
      outputKeys.empty() ? std::nullopt : std::optional<std::string>(outputKeys.front());
  EntitySchema s{"sensitivity", "Sensitivity settings (\"sensitivity\")", {}, {}};
  s.fields = {
      choice("output", outputKeys, "The result the grid shows.", firstOutput),
      text("across", "Path of the input that varies across the grid, e.g. dcf.discount_rate.wacc."),
      number("across_from", "input", closed(-kAny, kAny), "Its first value (rates as decimals)."),
      number("across_to", "input", closed(-kAny, kAny), "Its last value."),
      integer("across_steps", "count", closed(1, 200), "Values across, from first to last.", false,
              9.0),
      text("down",
           "Path of the input that varies down the grid; absent for a one-way sweep of the "
           "input across."),
      number("down_from", "input", closed(-kAny, kAny), "Its first value (rates as decimals)."),
      number("down_to", "input", closed(-kAny, kAny), "Its last value."),
      integer("down_steps", "count", closed(1, 200), "Values down, from first to last.", false,
              9.0),
      choice("tornado_output", outputKeys, "The result the tornado shows.", firstOutput),
      number("tornado_change", "ratio", closed(0.01, 0.9),
             "How far each input moves either way in the tornado, relative to its value (0.1 = "
             "±10 %).",
             0.1),
  };
  return s;
}

std::vector<ModelSchema>& modelSchemas() {
  static std::vector<ModelSchema> models;
  return models;
}

// Every generation of the composed schema is kept: pointers handed out stay valid when a kind
// registers later (kinds register once, at start-up).
std::deque<std::vector<EntitySchema>>& generations() {
  static std::deque<std::vector<EntitySchema>> composed;
  return composed;
}

std::vector<EntitySchema> buildSchemas(const std::vector<ModelSchema>& models) {
  std::vector<EntitySchema> schemas;

  EntitySchema scenario{"scenario", "Scenario (the file's top level)", {}, {}};
  std::vector<std::string> kinds, outputKeys;
  for (const ModelSchema& m : models) {
    kinds.push_back(m.model);
    for (const std::string& key : m.outputKeys)
      if (std::find(outputKeys.begin(), outputKeys.end(), key) == outputKeys.end())
        outputKeys.push_back(key);
  }
  scenario.fields = {
      text("name", "The scenario's name.", std::nullopt, true),
      longText("description", "Free text: sources, purpose.", 10000),
      text("currency", "ISO 4217 code of all money amounts.", std::string("USD")),
      choice("unit", {"units", "thousands", "millions", "billions"},
             "Scale of money amounts and share counts (both use the same scale, so value per "
             "share comes out in the currency itself).",
             std::string("millions")),
      choice("model", kinds, "Which valuation the scenario holds.", std::nullopt, true),
      // Notes, tags, the trash and the last version's name are fields of the scenario, so that
      // they are changed by mutations like any input: kept in history and synced with the
      // scenario (and undone, but for a version saved).
      longText("note", "The analyst's notes on the scenario.", kNoteText.maxChars),
      text("tags",
           "Labels to find the scenario by, separated by commas (each 1 to 100 characters).",
           std::nullopt, false, kTagListChars),
      choice("status", {"active", "in_trash"},
             "in_trash: deleted from the workspace's list, kept with its history so that it can "
             "be brought back.",
             std::string("active")),
      text(kVersionField,
           "The name of the last version saved. Saving a version sets it, so that the save is "
           "in the scenario's log and reaches every copy of a shared scenario; an edit that "
           "sets it is refused.",
           std::nullopt, false, kLabelText.maxChars),
  };
  for (const ModelSchema& m : models)
    scenario.childSlots.push_back({m.model, m.model, false, false, 1, m.blockHelp});
  scenario.childSlots.push_back(
      {"monte_carlo", "monte_carlo", false, false, 1,
       "Monte Carlo settings: which inputs vary, how, and the seed (saved so a run can be "
       "repeated exactly)."});
  scenario.childSlots.push_back({"sensitivity", "sensitivity", false, false, 1,
                                 "The sensitivity grid and tornado last computed: inputs, "
                                 "ranges and outputs."});
  scenario.childSlots.push_back(
      {"actuals", "actuals", false, false, 1,
       "Historical actuals: reported statement lines by year, each with its source."});
  schemas.push_back(scenario);
  for (const ModelSchema& m : models)
    schemas.insert(schemas.end(), m.entities.begin(), m.entities.end());
  addMonteCarloSchemas(schemas, outputKeys);
  schemas.push_back(sensitivitySchema(outputKeys));
  schemas.push_back(actualsSchema());
  return schemas;
}

std::string unitHint(const FieldSpec& spec) {
  if (spec.unit == "rate") return "decimal rate (0.05 = 5 %)";
  if (spec.unit == "money") return "money, in the scenario unit";
  if (spec.unit == "shares") return "shares, in the scenario unit";
  if (spec.unit == "price") return "per share, in the currency";
  return spec.unit;
}

std::string typeName(const FieldSpec& spec) {
  switch (spec.type) {
    case FieldType::Number:
      return "number";
    case FieldType::Integer:
      return "whole number";
    case FieldType::Text:
      return "text";
    case FieldType::Choice:
      return "one of: " + [&] {
        std::string s;
        for (const auto& c : spec.choices)
          s += (s.empty() ? "" : ", ") + std::string("`") + c + "`";
        return s;
      }();
    case FieldType::Date:
      return "date YYYY-MM-DD";
    case FieldType::MonthDay:
      return "MM-DD";
    case FieldType::YearValues:
      return "object year → number";
  }
  return "";
}

std::string valueText(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return formatNumber(*d);
  if (const std::string* s = std::get_if<std::string>(&v)) return "`" + *s + "`";
  return "";
}

void checkNumber(double v, const FieldSpec& spec, const std::string& path, Issues& issues) {
  if (!std::isfinite(v)) {
    issues.push_back({Severity::Error, path, "not_finite", path + " must be a finite number", {}});
    return;
  }
  if (spec.type == FieldType::Integer && v != std::floor(v)) {
    issues.push_back({Severity::Error,
                      path,
                      "not_whole",
                      path + " must be a whole number, not " + formatNumber(v),
                      {{"value", formatNumber(v)}}});
    return;
  }
  if (spec.bounds && !spec.bounds->contains(v)) {
    issues.push_back({Severity::Error,
                      path,
                      "out_of_range",
                      path + " must be " + spec.bounds->describe() + ", not " + formatNumber(v),
                      {{"value", formatNumber(v)},
                       {"min", formatNumber(spec.bounds->min)},
                       {"max", formatNumber(spec.bounds->max)}}});
  }
}

bool isMonthDay(const std::string& s) {
  if (s.size() != 5 || s[2] != '-') return false;
  // 2000 is a leap year, so "02-29" is accepted here and resolved per year by the binding.
  return Date::parseIso("2000-" + s).has_value();
}

void checkEntity(const ScenarioDocument& doc, const Entity& e, const EntitySchema& schema,
                 Issues& issues) {
  const std::string base = entityPath(doc, e);
  const std::string prefix = base.empty() ? "" : base + ".";
  for (const FieldSpec& spec : schema.fields) {
    const std::string path = prefix + spec.name;
    const Value* value = e.field(spec.name);
    if (!value) {
      if (spec.required)
        issues.push_back({Severity::Error, path, "required", path + " is required", {}});
      continue;
    }
    switch (spec.type) {
      case FieldType::Number:
      case FieldType::Integer:
        if (const double* d = std::get_if<double>(value)) checkNumber(*d, spec, path, issues);
        break;
      case FieldType::YearValues:
        if (const YearMap* m = std::get_if<YearMap>(value))
          for (const auto& [year, v] : *m)
            checkNumber(v, spec, path + "." + std::to_string(year), issues);
        break;
      case FieldType::Choice:
        if (const std::string* s = std::get_if<std::string>(value);
            s && std::find(spec.choices.begin(), spec.choices.end(), *s) == spec.choices.end())
          issues.push_back({Severity::Error,
                            path,
                            "not_a_choice",
                            path + " must be " + typeName(spec) + ", not \"" + *s + "\"",
                            {{"value", *s}}});
        break;
      case FieldType::Date:
        if (const std::string* s = std::get_if<std::string>(value); s && !Date::parseIso(*s))
          issues.push_back({Severity::Error,
                            path,
                            "bad_date",
                            path + " must be a real date written YYYY-MM-DD, not \"" + *s + "\"",
                            {{"value", *s}}});
        break;
      case FieldType::MonthDay:
        if (const std::string* s = std::get_if<std::string>(value); s && !isMonthDay(*s))
          issues.push_back({Severity::Error,
                            path,
                            "bad_month_day",
                            path + " must be a month and day written MM-DD, not \"" + *s + "\"",
                            {{"value", *s}}});
        break;
      case FieldType::Text:
        if (const std::string* s = std::get_if<std::string>(value);
            s && spec.required && s->empty())
          issues.push_back({Severity::Error, path, "required", path + " must not be empty", {}});
        break;
    }
  }
  for (const SlotSpec& slot : schema.childSlots) {
    if (!slot.required || slot.list) continue;
    if (!doc.child(e, slot.name))
      issues.push_back({Severity::Error,
                        prefix + slot.name,
                        "required",
                        prefix + slot.name + " is required",
                        {}});
  }
}

}  // namespace

bool Bounds::contains(double v) const {
  const bool aboveMin = minInclusive ? v >= min : v > min;
  const bool belowMax = maxInclusive ? v <= max : v < max;
  return aboveMin && belowMax;
}

std::string Bounds::describe() const {
  std::string text = std::string(minInclusive ? "at least " : "greater than ") + formatNumber(min) +
                     " and " + (maxInclusive ? "at most " : "less than ") + formatNumber(max);
  return text;
}

const FieldSpec* EntitySchema::field(std::string_view name) const {
  for (const FieldSpec& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

const SlotSpec* EntitySchema::slot(std::string_view name) const {
  for (const SlotSpec& s : childSlots)
    if (s.name == name) return &s;
  return nullptr;
}

bool EntitySchema::isGroup(std::string_view prefix) const {
  auto startsWithGroup = [&](const std::string& name) {
    return name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
           name[prefix.size()] == '.';
  };
  return std::any_of(fields.begin(), fields.end(),
                     [&](const FieldSpec& f) { return startsWithGroup(f.name); }) ||
         std::any_of(childSlots.begin(), childSlots.end(),
                     [&](const SlotSpec& s) { return startsWithGroup(s.name); });
}

void addModelSchema(ModelSchema model) {
  modelSchemas().push_back(std::move(model));
  generations().push_back(buildSchemas(modelSchemas()));
}

const std::vector<EntitySchema>& allEntitySchemas() {
  registerBuiltInModelKinds();
  if (generations().empty()) generations().push_back(buildSchemas(modelSchemas()));
  return generations().back();
}

const EntitySchema* entitySchema(std::string_view type) {
  for (const EntitySchema& s : allEntitySchemas())
    if (s.type == type) return &s;
  return nullptr;
}

std::string fieldUnit(const ScenarioDocument& doc, const Id& entity, std::string_view field) {
  const Entity* found = doc.find(entity);
  const EntitySchema* schema = found ? entitySchema(found->type) : nullptr;
  const FieldSpec* spec = schema ? schema->field(field) : nullptr;
  return spec ? spec->unit : std::string();
}

const Value* fieldOrDefault(const Entity& entity, const FieldSpec& spec) {
  if (const Value* v = entity.field(spec.name)) return v;
  return spec.defaultValue ? &*spec.defaultValue : nullptr;
}

std::string entityPath(const ScenarioDocument& doc, const Entity& entity) {
  if (entity.parent.isNil()) return "";
  const Entity* parent = doc.find(entity.parent);
  if (!parent) return entity.slot;
  const std::string parentPath = entityPath(doc, *parent);
  std::string path = (parentPath.empty() ? "" : parentPath + ".") + entity.slot;
  const EntitySchema* parentSchema = entitySchema(parent->type);
  const SlotSpec* slot = parentSchema ? parentSchema->slot(entity.slot) : nullptr;
  if (slot && slot->list) {
    const auto members = doc.listMembers(*parent, entity.slot);
    const auto it = std::find(members.begin(), members.end(), &entity);
    path += "[" + std::to_string(it - members.begin()) + "]";
  }
  return path;
}

Issues validateAgainstSchema(const ScenarioDocument& doc) {
  Issues issues;
  for (const Entity& e : doc.entities)
    if (const EntitySchema* schema = entitySchema(e.type)) checkEntity(doc, e, *schema, issues);
  return issues;
}

std::string schemaReferenceMarkdown() {
  std::string out;
  for (const EntitySchema& schema : allEntitySchemas()) {
    out += "### " + schema.title + "\n\n";
    out += "| field | type | unit | default | range | meaning |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const FieldSpec& f : schema.fields) {
      const std::string def = f.required       ? "**required**"
                              : f.defaultValue ? valueText(*f.defaultValue)
                                               : "";
      out += "| `" + f.name + "` | " + typeName(f) + " | " + unitHint(f) + " | " + def + " | " +
             (f.bounds ? f.bounds->describe() : "") + " | " + f.help + " |\n";
    }
    for (const SlotSpec& s : schema.childSlots)
      out += "| `" + s.name + "` | " + (s.list ? "list of " : "object ") + s.childType + " | | | " +
             (s.list ? "at most " + std::to_string(s.maxMembers) : "") + " | " + s.help + " |\n";
    out += "\n";
  }
  return out;
}

}  // namespace valor
