#include "core/models/realoption/realoptionkind.h"

#include "core/models/evaluationjson.h"
#include "core/models/realoption/realoptionanalytics.h"
#include "core/models/realoption/realoptionschema.h"
#include "core/models/realoption/realoptiontemplate.h"
#include "core/models/realoption/realoptionworkbook.h"

namespace valor {
namespace {

using Cell = std::optional<double>;

// Vega and ρ per percentage point of volatility and rate, Θ per year: the figures an analyst
// reads ("one more point of volatility adds …").
std::vector<NamedOutput> namedOutputs(const RealOptionInputs& in, const RealOptionResult& r) {
  const bool american = in.american;
  const auto europeanOnly = [&](double v) { return american ? Cell() : Cell(v); };
  const auto americanOnly = [&](double v) { return american ? Cell(v) : Cell(); };
  Cell implied;
  if (r.impliedVol) implied = r.impliedVol->volatility;
  return {{"option_value", "money", r.value},
          {"underlying_value", "money", r.underlying},
          {"exercise_now_value", "money", r.exerciseNow},
          {"intrinsic_value", "money", r.intrinsic},
          {"time_value", "money", r.value - r.intrinsic},
          {"european_value", "money", americanOnly(r.european.value)},
          {"early_exercise_premium", "money", americanOnly(r.value - r.european.value)},
          {"delta", "number", r.greeks.delta},
          {"gamma", "number", r.greeks.gamma},
          {"vega_per_point", "money", r.greeks.vega / 100},
          {"theta_per_year", "money", r.greeks.theta},
          {"rho_per_point", "money", r.greeks.rho / 100},
          {"exercise_probability", "rate", europeanOnly(r.european.exerciseProbability)},
          {"d1", "number", europeanOnly(r.european.d1)},
          {"d2", "number", europeanOnly(r.european.d2)},
          {"up_probability", "rate", r.upProbability},
          {"implied_volatility", "rate", implied}};
}

class RealOptionKind final : public ModelKind {
 public:
  std::string id() const override { return "real_option"; }
  std::string blockHelp() const override {
    return "The real option: what it is on, its exercise price, time, volatility, rates and "
           "exercise (model real_option).";
  }
  std::vector<EntitySchema> entitySchemas() const override { return realOptionEntitySchemas(); }
  std::string scenarioTemplate() const override { return realOptionTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto ro = std::make_shared<RealOptionEvaluation>(evaluateRealOptionScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = ro->issues;
    if (ro->result) {
      e.valued = true;
      e.outputs = namedOutputs(*ro->binding.inputs, *ro->result);
    }
    e.setDetail<RealOptionEvaluation>(std::move(ro));
    return e;
  }

  // The generic form, with how the option was valued.
  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    nlohmann::ordered_json out = genericEvaluationJson(doc, evaluation);
    const RealOptionEvaluation* ro = evaluation.detail<RealOptionEvaluation>();
    if (!ro || !ro->result) return out;
    const RealOptionInputs& in = *ro->binding.inputs;
    nlohmann::ordered_json option;
    option["framing"] = in.framing;
    option["type"] = in.type == OptionType::Call ? "call" : "put";
    option["exercise"] = in.american ? "american" : "european";
    option["method"] = in.american ? "crr_binomial" : "black_scholes_merton";
    option["steps"] = in.american ? nlohmann::ordered_json(in.steps) : nullptr;
    out["option"] = std::move(option);
    return out;
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return realOptionAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return prepareRealOptionModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return realOptionInputPaths(doc);
  }
  // A European option as Black–Scholes–Merton formulas; an American one's tree stays values.
  bool writeWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const Evaluation& evaluation) const override {
    const RealOptionEvaluation* ro = evaluation.detail<RealOptionEvaluation>();
    if (!ro || !ro->result || !ro->binding.inputs || ro->binding.inputs->american) return false;
    writeRealOptionWorkbookModel(book, doc, *ro);
    return true;
  }
  std::vector<InputGroup> inputGroups() const override {
    return {{"underlying", "Underlying value", {"underlying"}},
            {"strike", "Exercise price", {"strike"}},
            {"years", "Time to expiry", {"years"}},
            {"volatility", "Volatility", {"volatility"}},
            {"rates", "Rate and yield", {"risk_free_rate", "yield"}},
            {"exercise", "Exercise", {"framing", "exercise", "steps"}}};
  }
};

}  // namespace

std::unique_ptr<ModelKind> makeRealOptionKind() {
  return std::make_unique<RealOptionKind>();
}

}  // namespace valor
