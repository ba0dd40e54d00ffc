#include "core/model/schema.h"

#include <algorithm>
#include <cmath>

#include "core/common/date.h"

namespace valor {
namespace {

constexpr double kMaxMoney = 1e15;  // beyond any company's figures in any unit we offer
constexpr double kMaxShares = 1e13;

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
                 std::optional<double> def = std::nullopt, bool required = false) {
  FieldSpec f = makeField(std::move(name), FieldType::Number, std::move(unit));
  f.bounds = bounds;
  f.help = std::move(help);
  f.required = required;
  if (def) f.defaultValue = Value(*def);
  return f;
}

FieldSpec integer(std::string name, std::string unit, Bounds bounds, std::string help,
                  bool required = false, std::optional<double> def = std::nullopt) {
  FieldSpec f = number(std::move(name), std::move(unit), bounds, std::move(help), def, required);
  f.type = FieldType::Integer;
  return f;
}

FieldSpec choice(std::string name, std::vector<std::string> choices, std::string help,
                 std::optional<std::string> def = std::nullopt, bool required = false) {
  FieldSpec f = makeField(std::move(name), FieldType::Choice, "");
  f.choices = std::move(choices);
  f.help = std::move(help);
  f.required = required;
  if (def) f.defaultValue = Value(*def);
  return f;
}

FieldSpec text(std::string name, std::string help, std::optional<std::string> def = std::nullopt,
               bool required = false, std::size_t maxLength = 200) {
  FieldSpec f = makeField(std::move(name), FieldType::Text, "");
  f.help = std::move(help);
  f.required = required;
  f.maxLength = maxLength;
  if (def) f.defaultValue = Value(*def);
  return f;
}

// A per-year driver: a constant, explicit per-year values, or three stages (Damodaran's
// high-growth / transition / stable pattern) with a step or a linear fade in the middle stage.
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
}

// Monte Carlo settings (core/analytics/montecarlo.h reads them).
void addMonteCarloSchemas(std::vector<EntitySchema>& schemas) {
  EntitySchema mc{"monte_carlo", "Monte Carlo settings (\"monte_carlo\")", {}, {}};
  mc.fields = {
      integer("paths", "paths", closed(1, 10'000'000), "Paths to simulate (1 to 10,000,000).",
              false, 10000.0),
      integer("seed", "seed", closed(0, 9007199254740991.0),
              "Seed of the random numbers: the same seed and settings give the same results on "
              "every machine and with any number of threads.",
              false, 1.0),
      choice("output", {"value_per_share", "enterprise_value", "equity_value", "pv_terminal"},
             "The result whose distribution is simulated.", std::string("value_per_share")),
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

std::vector<EntitySchema> buildSchemas() {
  std::vector<EntitySchema> schemas;

  EntitySchema scenario{"scenario", "Scenario (the file's top level)", {}, {}};
  scenario.fields = {
      text("name", "The scenario's name.", std::nullopt, true),
      text("description", "Free text: sources, purpose.", std::nullopt, false, 10000),
      text("currency", "ISO 4217 code of all money amounts.", std::string("USD")),
      choice("unit", {"units", "thousands", "millions", "billions"},
             "Scale of money amounts and share counts (both use the same scale, so value per "
             "share comes out in the currency itself).",
             std::string("millions")),
      choice("model", {"dcf"}, "Which valuation the scenario holds.", std::nullopt, true),
  };
  scenario.childSlots = {
      {"dcf", "dcf", false, false, 1, "The DCF assumptions (model dcf)."},
      {"monte_carlo", "monte_carlo", false, false, 1,
       "Monte Carlo settings: which inputs vary, how, and the seed (saved so a run can be "
       "repeated exactly)."}};
  schemas.push_back(scenario);

  EntitySchema dcf{"dcf", "DCF assumptions (\"dcf\")", {}, {}};
  auto& f = dcf.fields;
  f.push_back(integer("base_year", "year", closed(1900, 9998),
                      "Last actual fiscal year; the projection starts the year after.", true));
  FieldSpec fye = makeField("fiscal_year_end", FieldType::MonthDay, "");
  fye.defaultValue = Value(std::string("12-31"));
  fye.help = "Month and day the fiscal year ends, \"MM-DD\".";
  f.push_back(fye);
  FieldSpec valuationDate = makeField("valuation_date", FieldType::Date, "");
  valuationDate.help =
      "Date the value is struck, \"YYYY-MM-DD\": on or after the base year's end and before "
      "the first projection year's end. The first year is then a stub: its cash flow is "
      "pro-rated by the days remaining. Default: the base year's end (no stub).";
  f.push_back(valuationDate);
  f.push_back(integer("years", "years", closed(1, 30), "Projection years (1 to 30).", true));
  f.push_back(number("base.revenue", "money", openLow(0, kMaxMoney), "Revenue of the base year.",
                     std::nullopt, true));
  f.push_back(number("base.nwc", "money", closed(-kMaxMoney, kMaxMoney),
                     "Net working capital at the base year's end. Default: the first "
                     "projection year's NWC percentage times base revenue."));
  addDriver(f, "revenue_growth", "rate", openLow(-1, 10), "revenue growth");
  addDriver(f, "ebit_margin", "rate", closed(-10, 1), "the EBIT margin");
  addDriver(f, "tax_rate", "rate", openHigh(0, 1), "the tax rate on EBIT");
  f.push_back(choice("reinvestment", {"percent_of_revenue", "sales_to_capital"},
                     "percent_of_revenue: capex, D&A and NWC as % of revenue. sales_to_capital: "
                     "reinvestment = revenue increase / sales-to-capital ratio (Damodaran).",
                     std::string("percent_of_revenue")));
  addDriver(f, "da_pct_revenue", "rate", closed(0, 10),
            "D&A as % of revenue (needed for EV/EBITDA)");
  addDriver(f, "capex_pct_revenue", "rate", closed(0, 10), "capex as % of revenue");
  addDriver(f, "nwc_pct_revenue", "rate", closed(-10, 10), "NWC as % of revenue");
  addDriver(f, "sales_to_capital", "ratio", openLow(0, 100), "the sales-to-capital ratio");

  f.push_back(choice("discount_rate.method", {"direct", "build_up"},
                     "direct: give the WACC. build_up: CAPM cost of equity, after-tax cost of "
                     "debt and target weights.",
                     std::nullopt, true));
  f.push_back(number("discount_rate.wacc", "rate", openLow(0, 1), "WACC (method direct)."));
  f.push_back(number("discount_rate.risk_free_rate", "rate", closed(-0.05, 0.5),
                     "Risk-free rate. Required for build_up; with direct it enables the check "
                     "that terminal growth stays at or below it."));
  f.push_back(number("discount_rate.equity_risk_premium", "rate", closed(0, 0.5),
                     "Mature-market equity risk premium."));
  f.push_back(number("discount_rate.country_risk_premium", "rate", closed(0, 0.5),
                     "Added to the cost of equity.", 0.0));
  f.push_back(choice("discount_rate.beta_type", {"levered", "unlevered"},
                     "unlevered: relevered at the target D/E with Hamada.",
                     std::string("levered")));
  f.push_back(number("discount_rate.beta", "ratio", closed(-5, 10), "Equity beta."));
  f.push_back(number("discount_rate.debt_beta", "ratio", closed(-1, 5),
                     "Beta of debt when relevering (0 = Hamada's assumption).", 0.0));
  f.push_back(number("discount_rate.target_debt_to_equity", "ratio", closed(0, 100),
                     "Target D/E at market values; sets the WACC weights and the relevering."));
  f.push_back(
      number("discount_rate.pre_tax_cost_of_debt", "rate", closed(0, 1), "Pre-tax cost of debt."));
  f.push_back(number("discount_rate.marginal_tax_rate", "rate", openHigh(0, 1),
                     "Marginal tax rate for the interest tax shield and relevering."));

  f.push_back(choice("terminal_value.method", {"gordon", "exit_multiple"},
                     "gordon: FCFF_N x (1 + g) / (WACC - g). exit_multiple: multiple x final "
                     "year EBITDA or EBIT.",
                     std::nullopt, true));
  f.push_back(number("terminal_value.growth", "rate", open(-1, 1),
                     "Perpetual growth g (method gordon); must be below the WACC."));
  f.push_back(choice("terminal_value.metric", {"ev_ebitda", "ev_ebit"},
                     "Metric of the exit multiple; with gordon, the metric of the implied "
                     "multiple reported.",
                     std::string("ev_ebitda")));
  f.push_back(number("terminal_value.multiple", "multiple", openLow(0, 1000),
                     "Exit multiple (method exit_multiple)."));

  f.push_back(choice("conventions.discounting", {"end_of_year", "mid_year"},
                     "When each year's cash flow is discounted: at its end, or at its middle "
                     "(mid-year convention).",
                     std::string("end_of_year")));
  f.push_back(choice("conventions.terminal_timing", {"consistent", "end_of_final_year"},
                     "Under mid-year, a Gordon terminal value is discounted at N - 0.5 "
                     "(consistent: its flows also arrive mid-year) or at N. An exit-multiple "
                     "value is a sale at the end of year N and is always discounted at N.",
                     std::string("consistent")));

  f.push_back(number("equity_bridge.cash", "money", closed(0, kMaxMoney),
                     "Cash and equivalents, added.", 0.0));
  f.push_back(number("equity_bridge.debt", "money", closed(0, kMaxMoney),
                     "Financial debt (incl. leases if FCFF excludes them), subtracted.", 0.0));
  f.push_back(number("equity_bridge.preferred", "money", closed(0, kMaxMoney),
                     "Preferred equity, subtracted.", 0.0));
  f.push_back(number("equity_bridge.minority_interest", "money", closed(0, kMaxMoney),
                     "Non-controlling interests, subtracted.", 0.0));
  f.push_back(number("equity_bridge.non_operating_assets", "money", closed(0, kMaxMoney),
                     "Non-operating assets and cross-holdings, added.", 0.0));
  f.push_back(number("equity_bridge.basic_shares", "shares", openLow(0, kMaxShares),
                     "Basic shares outstanding.", std::nullopt, true));
  dcf.childSlots = {{"equity_bridge.options", "option_tranche", true, false, 1000,
                     "Options and warrants, diluted by the treasury stock method at the computed "
                     "value per share."}};
  schemas.push_back(dcf);

  EntitySchema tranche{
      "option_tranche", "Option or warrant tranche (\"equity_bridge.options[]\")", {}, {}};
  tranche.fields = {
      text("label", "A name, e.g. \"2024 plan\"."),
      number("count", "shares", closed(0, kMaxShares), "Number outstanding.", std::nullopt, true),
      number("strike", "price", closed(0, 1e9), "Exercise price per share.", std::nullopt, true),
  };
  schemas.push_back(tranche);
  addMonteCarloSchemas(schemas);
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

const std::vector<EntitySchema>& allEntitySchemas() {
  static const std::vector<EntitySchema> schemas = buildSchemas();
  return schemas;
}

const EntitySchema* entitySchema(std::string_view type) {
  for (const EntitySchema& s : allEntitySchemas())
    if (s.type == type) return &s;
  return nullptr;
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
