#include "core/models/credit/creditkind.h"

#include "core/models/credit/creditanalytics.h"
#include "core/models/credit/creditschema.h"
#include "core/models/credit/credittemplate.h"
#include "core/models/evaluationjson.h"

namespace valor {
namespace {

using Cell = std::optional<double>;

std::vector<NamedOutput> namedOutputs(const CreditResult& r) {
  const auto altman = [&](auto get) { return r.altman ? Cell(get(*r.altman)) : Cell(); };
  const auto merton = [&](auto get) { return r.merton ? Cell(get(*r.merton)) : Cell(); };
  return {
      {"altman_score", "number", altman([](const AltmanScore& a) { return a.score; })},
      {"working_capital_to_assets", "number", altman([](const AltmanScore& a) { return a.x[0]; })},
      {"retained_earnings_to_assets", "number",
       altman([](const AltmanScore& a) { return a.x[1]; })},
      {"ebit_to_assets", "number", altman([](const AltmanScore& a) { return a.x[2]; })},
      {"equity_to_liabilities", "number", altman([](const AltmanScore& a) { return a.x[3]; })},
      {"sales_to_assets", "number",
       r.altman && !r.altman->withoutSales ? Cell(r.altman->x[4]) : Cell()},
      {"asset_value", "money", merton([](const MertonSolution& m) { return m.assets; })},
      {"asset_volatility", "rate",
       merton([](const MertonSolution& m) { return m.assetVolatility; })},
      {"distance_to_default", "number",
       merton([](const MertonSolution& m) { return m.distanceToDefault; })},
      {"default_probability", "rate",
       merton([](const MertonSolution& m) { return m.defaultProbability; })},
      {"debt_value", "money", merton([](const MertonSolution& m) { return m.debtValue; })},
      {"credit_spread", "rate", merton([](const MertonSolution& m) { return m.creditSpread; })},
      {"exposure_at_default", "money", r.merton ? Cell(r.exposure) : Cell()},
      {"expected_loss", "money", r.expectedLoss},
  };
}

// The zone's key: "distress", "grey" or "safe".
const char* altmanZoneKey(AltmanZone zone) {
  switch (zone) {
    case AltmanZone::Distress:
      return "distress";
    case AltmanZone::Grey:
      return "grey";
    case AltmanZone::Safe:
      return "safe";
  }
  return "grey";
}

const char* altmanModelKey(AltmanModel model) {
  switch (model) {
    case AltmanModel::Z:
      return "z";
    case AltmanModel::ZPrime:
      return "z_prime";
    case AltmanModel::ZDoublePrime:
      return "z_double_prime";
  }
  return "z";
}

class CreditKind final : public ModelKind {
 public:
  std::string id() const override { return "credit"; }
  std::string blockHelp() const override {
    return "The credit analysis: statement lines for Altman's Z-score, equity and debt for "
           "Merton's model, loss given default and exposure (model credit).";
  }
  std::vector<EntitySchema> entitySchemas() const override { return creditEntitySchemas(); }
  std::string scenarioTemplate() const override { return creditTemplate(); }

  Evaluation evaluate(const ScenarioDocument& doc) const override {
    auto credit = std::make_shared<CreditEvaluation>(evaluateCreditScenario(doc));
    Evaluation e;
    e.model = id();
    e.issues = credit->issues;
    if (credit->result) {
      e.valued = true;
      e.outputs = namedOutputs(*credit->result);
    }
    e.setDetail<CreditEvaluation>(std::move(credit));
    return e;
  }

  // The generic form, with the Altman zone and how Merton's equations were solved.
  nlohmann::ordered_json evaluationJson(const ScenarioDocument& doc,
                                        const Evaluation& evaluation) const override {
    nlohmann::ordered_json out = genericEvaluationJson(doc, evaluation);
    const CreditEvaluation* credit = evaluation.detail<CreditEvaluation>();
    if (!credit || !credit->result) return out;
    const CreditResult& r = *credit->result;
    if (r.altman) {
      out["altman"] = {{"model", altmanModelKey(*credit->binding.inputs->altmanModel)},
                       {"zone", altmanZoneKey(r.altman->zone)},
                       {"distress_below", r.altman->distressBelow},
                       {"safe_above", r.altman->safeAbove}};
    }
    if (r.merton) {
      out["merton"] = {{"method", r.merton->fixedPoint ? "fixed_point" : "newton"},
                       {"iterations", r.merton->iterations},
                       {"equity_residual", r.merton->equityResidual},
                       {"volatility_residual", r.merton->volatilityResidual}};
    }
    return out;
  }

  std::vector<OutputSpec> analyticsOutputs() const override { return creditAnalyticsOutputs(); }
  Result<std::unique_ptr<ValuationModel>> prepareAnalytics(
      const ScenarioDocument& doc, const std::vector<std::string>& paths) const override {
    return prepareCreditModel(doc, paths);
  }
  std::vector<std::string> analyticsInputPaths(const ScenarioDocument& doc) const override {
    return creditInputPaths(doc);
  }
  // The statement lines of Altman's scores from the actuals of a year (the equity is typed:
  // Z takes its market value, which no statement gives).
  BaseFromActuals baseFromActuals() const override {
    return {"base_year",
            "",
            {{"altman.working_capital", "working_capital"},
             {"altman.retained_earnings", "retained_earnings"},
             {"altman.ebit", "ebit"},
             {"altman.sales", "revenue"},
             {"altman.total_assets", "total_assets"},
             {"altman.total_liabilities", "total_liabilities"}}};
  }
  std::vector<InputGroup> inputGroups() const override {
    return {{"altman", "Statement lines", {"altman"}},
            {"merton", "Equity and debt", {"merton"}},
            {"loss", "Loss given default and exposure", {"loss"}}};
  }
};

}  // namespace

std::unique_ptr<ModelKind> makeCreditKind() {
  return std::make_unique<CreditKind>();
}

}  // namespace valor
