#include "core/models/credit/creditbinding.h"

#include <cmath>

#include "core/models/blockreader.h"

namespace valor {
namespace {

// The engine's fields, reachable from a lever (a captureless lambda per field).
#define VALOR_CREDIT_FIELD(expr) +[](CreditInputs& in, std::size_t) -> Real& { return in.expr; }

class Binder {
 public:
  Binder(const Entity& block, CreditBinding& out)
      : r_(block, "credit", out.issues), out_(out), in_(out.resolved) {}

  void bind() {
    const std::string* company = r_.entity().text("company");
    in_.company = company && !company->empty() ? *company : std::string("Company");
    const bool altman = bindAltman();
    const bool merton = bindMerton();
    if (!altman && !merton && !r_.schemaRejected("altman.model"))
      r_.error("altman.model", "nothing_to_analyse",
               "give the altman lines (with altman.model) or the merton inputs: the scenario "
               "has neither");
    number("loss.lgd", VALOR_CREDIT_FIELD(lgd), "");
    if (const auto ead = r_.numberOf("loss.ead")) {
      in_.ead = *ead;
      record(
          "loss.ead", +[](CreditInputs& in, std::size_t) -> Real& { return *in.ead; }, *ead);
    }
  }

 private:
  void record(const std::string& field, Real& (*target)(CreditInputs&, std::size_t), double value) {
    const FieldSpec* spec = entitySchema("credit")->field(field);
    out_.levers.push_back({r_.path(field), value, *spec->bounds, spec->unit, target});
  }

  bool number(const std::string& field, Real& (*target)(CreditInputs&, std::size_t),
              const std::string& because) {
    const auto v = r_.need(field, because);
    if (!v) return false;
    target(in_, 0) = *v;
    record(field, target, *v);
    return true;
  }

  bool bindAltman() {
    const std::string model = r_.choiceOf("altman.model");
    if (model.empty()) return false;
    in_.altmanModel = model == "z"         ? AltmanModel::Z
                      : model == "z_prime" ? AltmanModel::ZPrime
                                           : AltmanModel::ZDoublePrime;
    const std::string because = "when " + r_.path("altman.model") + " is " + model;
    bool ok = number("altman.working_capital", VALOR_CREDIT_FIELD(altman.workingCapital), because);
    ok &= number("altman.retained_earnings", VALOR_CREDIT_FIELD(altman.retainedEarnings), because);
    ok &= number("altman.ebit", VALOR_CREDIT_FIELD(altman.ebit), because);
    if (*in_.altmanModel != AltmanModel::ZDoublePrime)
      ok &= number("altman.sales", VALOR_CREDIT_FIELD(altman.sales), because);
    ok &= number("altman.total_assets", VALOR_CREDIT_FIELD(altman.totalAssets), because);
    ok &= number("altman.total_liabilities", VALOR_CREDIT_FIELD(altman.totalLiabilities), because);
    ok &= number("altman.equity", VALOR_CREDIT_FIELD(altman.equity), because);
    return ok;
  }

  bool bindMerton() {
    static const char* const kFields[] = {"merton.equity_value", "merton.equity_volatility",
                                          "merton.debt_face_value", "merton.years",
                                          "merton.risk_free_rate"};
    bool any = false;
    for (const char* field : kFields) any = any || r_.entity().field(field) != nullptr;
    if (!any) return false;
    const std::string because = "when the merton inputs are given";
    bool ok = number(kFields[0], VALOR_CREDIT_FIELD(merton.equity), because);
    ok &= number(kFields[1], VALOR_CREDIT_FIELD(merton.equityVolatility), because);
    ok &= number(kFields[2], VALOR_CREDIT_FIELD(merton.debt), because);
    ok &= number(kFields[3], VALOR_CREDIT_FIELD(merton.years), because);
    ok &= number(kFields[4], VALOR_CREDIT_FIELD(merton.riskFree), because);
    in_.hasMerton = ok;
    return ok;
  }

  BlockReader r_;
  CreditBinding& out_;
  CreditInputs& in_;
};

#undef VALOR_CREDIT_FIELD

}  // namespace

std::optional<CreditResult> analyseCredit(const CreditInputs& in) {
  CreditResult r;
  if (in.altmanModel) r.altman = altmanScore(*in.altmanModel, in.altman);
  r.exposure = in.ead ? *in.ead : in.merton.debt;
  if (in.hasMerton) {
    r.merton = solveMerton(in.merton);
    if (!r.merton->ok) return std::nullopt;
    r.expectedLoss = r.merton->defaultProbability * in.lgd * r.exposure;
  }
  return r;
}

CreditBinding bindCredit(const ScenarioDocument& doc) {
  CreditBinding binding;
  binding.issues = valuationSchemaIssues(doc);
  const std::string* model = doc.root().text("model");
  if (!model || *model != "credit") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_credit",
                                "model is \"" + *model + "\"; this needs a credit scenario",
                                {}});
    return binding;
  }
  const Entity* block = doc.child(doc.root(), "credit");
  if (!block) {
    binding.issues.push_back(
        {Severity::Error, "credit", "required", "credit is required when model is credit", {}});
    return binding;
  }
  Binder(*block, binding).bind();
  if (!hasErrors(binding.issues)) binding.inputs = binding.resolved;
  return binding;
}

CreditEvaluation evaluateCreditScenario(const ScenarioDocument& doc) {
  CreditEvaluation evaluation;
  evaluation.binding = bindCredit(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  const CreditInputs& in = *evaluation.binding.inputs;
  auto result = analyseCredit(in);
  if (!result) {
    evaluation.issues.push_back({Severity::Error,
                                 "credit.merton",
                                 "merton.no_solution",
                                 "Merton's equations have no solution for these inputs (the "
                                 "equity's value and volatility do not fit any asset value and "
                                 "volatility)",
                                 {}});
    return evaluation;
  }
  evaluation.result = std::move(result);
  return evaluation;
}

}  // namespace valor
