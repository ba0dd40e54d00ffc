#include "core/compare/footballfield.h"

#include <cmath>
#include <utility>

#include <nlohmann/json.hpp>

namespace valor {
namespace {

using json = nlohmann::ordered_json;

constexpr std::pair<FootballMethod, const char*> kMethodNames[] = {
    {FootballMethod::Sensitivity, "sensitivity"},
    {FootballMethod::MonteCarlo, "monte_carlo"},
    {FootballMethod::TargetIrr, "target_irr"},
    {FootballMethod::MaxOfferPrice, "max_offer_price"},
    {FootballMethod::Typed, "typed"},
};

// Reads one bar's fields, collecting a problem per field instead of stopping at the first.
class BarReader {
 public:
  BarReader(const json& j, std::string prefix, Issues& issues)
      : j_(j), prefix_(std::move(prefix)), issues_(issues) {}

  void problem(const std::string& field, const std::string& rule, const std::string& message) {
    issues_.push_back(
        {Severity::Error, prefix_ + field, rule, prefix_ + field + " " + message, {}});
  }
  bool has(const char* field) const { return j_.contains(field); }

  std::string text(const char* field, bool required) {
    if (!j_.contains(field)) {
      if (required) problem(field, "required", "is required");
      return {};
    }
    if (!j_[field].is_string()) {
      problem(field, "type", "must be text");
      return {};
    }
    return j_[field].get<std::string>();
  }
  // A finite number; `fallback` when absent and not required.
  double number(const char* field, bool required, double fallback) {
    if (!j_.contains(field)) {
      if (required) problem(field, "required", "is required");
      return fallback;
    }
    if (!j_[field].is_number() || !std::isfinite(j_[field].get<double>())) {
      problem(field, "type", "must be a number");
      return fallback;
    }
    return j_[field].get<double>();
  }
  int percent(const char* field, int fallback) {
    if (!j_.contains(field)) return fallback;
    if (!j_[field].is_number_integer() || j_[field].get<int>() < 1 || j_[field].get<int>() > 99) {
      problem(field, "range", "must be a whole percent from 1 to 99");
      return fallback;
    }
    return j_[field].get<int>();
  }
  const json& raw(const char* field) const { return j_[field]; }
  const std::string& prefix() const { return prefix_; }

 private:
  const json& j_;
  std::string prefix_;
  Issues& issues_;
};

void readSensitivity(BarReader& r, FootballBar& bar, Issues& issues) {
  if (!r.has("inputs") || !r.raw("inputs").is_array() || r.raw("inputs").empty() ||
      r.raw("inputs").size() > 2) {
    r.problem("inputs", "count", "must list one or two inputs");
    return;
  }
  std::size_t i = 0;
  for (const json& input : r.raw("inputs")) {
    const std::string prefix = r.prefix() + "inputs[" + std::to_string(i++) + "].";
    if (!input.is_object()) {
      issues.push_back({Severity::Error, prefix, "type", prefix + " must be an object", {}});
      continue;
    }
    BarReader in(input, prefix, issues);
    SpreadInput spread{in.text("path", true), in.number("spread", true, 0)};
    if (input.contains("spread") && !(spread.spread > 0))
      in.problem("spread", "positive", "must be above 0");
    bar.spreads.push_back(std::move(spread));
  }
  if (bar.spreads.size() == 2 && bar.spreads[0].path == bar.spreads[1].path &&
      !bar.spreads[0].path.empty())
    r.problem("inputs", "distinct", "must name two different inputs");
}

void readMonteCarlo(BarReader& r, FootballBar& bar) {
  bar.lowPercentile = r.percent("low_percentile", 10);
  bar.highPercentile = r.percent("high_percentile", 90);
  if (bar.lowPercentile >= bar.highPercentile)
    r.problem("low_percentile", "order", "must be below high_percentile");
}

void readTargetIrr(BarReader& r, FootballBar& bar) {
  bar.lever = r.text("lever", true);
  bar.irrLow = r.number("irr_low", false, 0.20);
  bar.irrHigh = r.number("irr_high", false, 0.25);
  if (!(bar.irrLow < bar.irrHigh)) r.problem("irr_low", "order", "must be below irr_high");
  if (!(bar.irrLow > -1)) r.problem("irr_low", "range", "must be above -100 %");
  bar.netDebt = r.number("net_debt", true, 0);
  bar.shares = r.number("shares", true, 0);
  if (r.has("shares") && !(bar.shares > 0)) r.problem("shares", "positive", "must be above 0");
}

void readTyped(BarReader& r, FootballBar& bar) {
  bar.low = r.number("low", true, 0);
  bar.high = r.number("high", true, 0);
  if (bar.high < bar.low) r.problem("high", "order", "must not be below low");
  if (bar.label.empty() && !r.has("label")) return;  // "label is required" already said
  if (bar.label.find_first_not_of(" \t") == std::string::npos)
    r.problem("label", "required", "must name the range (e.g. trading comparables)");
}

FootballBar readBar(const json& j, std::size_t index, Issues& issues) {
  FootballBar bar;
  BarReader r(j, "bars[" + std::to_string(index) + "].", issues);
  const std::string method = r.text("method", true);
  bool known = false;
  for (const auto& [m, name] : kMethodNames)
    if (method == name) {
      bar.method = m;
      known = true;
    }
  if (!known) {
    if (j.contains("method"))
      r.problem("method", "choice",
                "must be sensitivity, monte_carlo, target_irr, max_offer_price or typed");
    return bar;
  }
  bar.label = r.text("label", bar.method == FootballMethod::Typed);
  if (bar.method != FootballMethod::Typed) {
    const std::string scenario = r.text("scenario", true);
    if (auto id = Id::parse(scenario))
      bar.scenario = *id;
    else if (!scenario.empty())
      r.problem("scenario", "id", "must be a scenario ID");
  }
  switch (bar.method) {
    case FootballMethod::Sensitivity:
      readSensitivity(r, bar, issues);
      break;
    case FootballMethod::MonteCarlo:
      readMonteCarlo(r, bar);
      break;
    case FootballMethod::TargetIrr:
      readTargetIrr(r, bar);
      break;
    case FootballMethod::Typed:
      readTyped(r, bar);
      break;
    case FootballMethod::MaxOfferPrice:
      break;
  }
  return bar;
}

}  // namespace

const char* footballMethodName(FootballMethod method) {
  for (const auto& [m, name] : kMethodNames)
    if (m == method) return name;
  return "typed";
}

Result<FootballField> footballFieldFromJson(const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Error{"football.bad_json", "the football field settings are not a JSON object",
                 kFootballFieldSetting};
  FootballField field;
  Issues issues;
  if (j.contains("current_price") && !j["current_price"].is_null()) {
    const json& price = j["current_price"];
    if (!price.is_number() || !std::isfinite(price.get<double>()) || price.get<double>() <= 0)
      issues.push_back({Severity::Error,
                        "current_price",
                        "positive",
                        "current_price must be a number above 0",
                        {}});
    else
      field.currentPrice = price.get<double>();
  }
  if (j.contains("bars")) {
    if (!j["bars"].is_array()) {
      issues.push_back({Severity::Error, "bars", "type", "bars must be a list", {}});
    } else if (j["bars"].size() > kMaxFootballBars) {
      issues.push_back({Severity::Error,
                        "bars",
                        "count",
                        "bars must hold at most " + std::to_string(kMaxFootballBars) + " ranges",
                        {}});
    } else {
      for (std::size_t i = 0; i < j["bars"].size(); ++i) {
        if (!j["bars"][i].is_object()) {
          const std::string path = "bars[" + std::to_string(i) + "]";
          issues.push_back({Severity::Error, path, "type", path + " must be an object", {}});
          continue;
        }
        field.bars.push_back(readBar(j["bars"][i], i, issues));
      }
    }
  }
  if (!issues.empty()) return errorOfIssues("football.invalid", std::move(issues));
  return field;
}

std::string footballFieldToJson(const FootballField& field) {
  json j = json::object();
  if (field.currentPrice) j["current_price"] = *field.currentPrice;
  json bars = json::array();
  for (const FootballBar& bar : field.bars) {
    json b = json::object();
    b["method"] = footballMethodName(bar.method);
    if (!bar.label.empty()) b["label"] = bar.label;
    if (bar.method != FootballMethod::Typed) b["scenario"] = bar.scenario.toString();
    switch (bar.method) {
      case FootballMethod::Sensitivity: {
        json inputs = json::array();
        for (const SpreadInput& s : bar.spreads)
          inputs.push_back(json{{"path", s.path}, {"spread", s.spread}});
        b["inputs"] = std::move(inputs);
        break;
      }
      case FootballMethod::MonteCarlo:
        b["low_percentile"] = bar.lowPercentile;
        b["high_percentile"] = bar.highPercentile;
        break;
      case FootballMethod::TargetIrr:
        b["lever"] = bar.lever;
        b["irr_low"] = bar.irrLow;
        b["irr_high"] = bar.irrHigh;
        b["net_debt"] = bar.netDebt;
        b["shares"] = bar.shares;
        break;
      case FootballMethod::Typed:
        b["low"] = bar.low;
        b["high"] = bar.high;
        break;
      case FootballMethod::MaxOfferPrice:
        break;
    }
    bars.push_back(std::move(b));
  }
  j["bars"] = std::move(bars);
  return j.dump(2);
}

}  // namespace valor
