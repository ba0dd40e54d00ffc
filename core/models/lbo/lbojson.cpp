#include "core/models/lbo/lbojson.h"

#include "core/models/evaluationjson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

Json sourcesJson(const LboBinding& b, const LboResult& r) {
  Json tranches = Json::array();
  for (int i = 0; i < b.resolved.trancheCount; ++i) {
    const LboTranche& t = b.resolved.tranches[static_cast<std::size_t>(i)];
    tranches.push_back({{"label", b.trancheLabels[static_cast<std::size_t>(i)]},
                        {"type", trancheTypeName(t.type)},
                        {"amount", t.principal}});
  }
  const LboSourcesUses& su = r.sourcesUses;
  return {{"tranches", std::move(tranches)},
          {"debt", su.debt},
          {"rollover_equity", su.rolloverEquity},
          {"sponsor_equity", su.sponsorEquity},
          {"total", su.total}};
}

Json usesJson(const LboResult& r) {
  const LboSourcesUses& su = r.sourcesUses;
  return {{"enterprise_value", su.entryEnterpriseValue},
          {"transaction_fees", su.transactionFees},
          {"financing_fees", su.financingFees},
          {"oid", su.oid},
          {"minimum_cash", su.minimumCash},
          {"total", su.total}};
}

Json debtScheduleJson(const LboBinding& b, const LboResult& r) {
  Json out = Json::array();
  for (int i = 0; i < r.trancheCount; ++i) {
    Json years = Json::array();
    for (int t = 0; t < r.years; ++t) {
      const LboTrancheYear& y =
          r.schedule[static_cast<std::size_t>(i)][static_cast<std::size_t>(t)];
      years.push_back({{"year", r.rows[static_cast<std::size_t>(t)].year},
                       {"opening", y.opening},
                       {"interest_cash", y.interestCash},
                       {"interest_pik", y.interestPik},
                       {"mandatory", y.mandatory},
                       {"drawn", y.drawn},
                       {"sweep", y.sweep},
                       {"closing", y.closing}});
    }
    out.push_back({{"label", b.trancheLabels[static_cast<std::size_t>(i)]},
                   {"type", trancheTypeName(b.resolved.tranches[static_cast<std::size_t>(i)].type)},
                   {"years", std::move(years)}});
  }
  return out;
}

Json yearsJson(const LboResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const LboYearRow& y = r.rows[static_cast<std::size_t>(t)];
    out.push_back({{"year", y.year},
                   {"revenue", y.revenue},
                   {"ebitda", y.ebitda},
                   {"depreciation", y.depreciation},
                   {"ebit", y.ebit},
                   {"capex", y.capex},
                   {"nwc", y.nwc},
                   {"delta_nwc", y.deltaNwc},
                   {"interest_cash", y.interestCash},
                   {"interest_pik", y.interestPik},
                   {"oid_amortisation", y.oidAmortisation},
                   {"fee_amortisation", y.feeAmortisation},
                   {"interest_income", y.interestIncome},
                   {"ebt", y.ebt},
                   {"nol_used", y.nolUsed},
                   {"nol_closing", y.nolClosing},
                   {"taxes", y.taxes},
                   {"net_income", y.netIncome}});
  }
  return out;
}

Json cashJson(const LboResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const LboYearRow& y = r.rows[static_cast<std::size_t>(t)];
    out.push_back({{"year", y.year},
                   {"opening", y.cashOpening},
                   {"cash_flow_for_debt", y.cashFlowForDebt},
                   {"mandatory", y.mandatory},
                   {"dividends", y.dividends},
                   {"revolver_drawn", y.revolverDrawn},
                   {"revolver_repaid", y.revolverRepaid},
                   {"sweep", y.sweep},
                   {"closing", y.cashClosing}});
  }
  return out;
}

Json creditStatsJson(const LboResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const LboYearRow& y = r.rows[static_cast<std::size_t>(t)];
    const LboCreditStats s = lboCreditStats(y, r.sourcesUses.debt);
    out.push_back({{"year", y.year},
                   {"debt", y.debtClosing},
                   {"senior_debt", y.seniorDebtClosing},
                   {"total_leverage", optionalJson(s.totalLeverage)},
                   {"senior_leverage", optionalJson(s.seniorLeverage)},
                   {"interest_cover", optionalJson(s.interestCover)},
                   {"ebitda_less_capex_cover", optionalJson(s.ebitdaLessCapexCover)},
                   {"fcf_to_debt", optionalJson(s.fcfToDebt)},
                   {"cumulative_paydown", optionalJson(s.cumulativePaydown)}});
  }
  return out;
}

}  // namespace

Json lboEvaluationToJson(const ScenarioDocument& doc, const LboEvaluation& evaluation) {
  Json out = scenarioHeaderJson(doc);
  if (evaluation.result) {
    const LboResult& r = *evaluation.result;
    const LboBinding& b = evaluation.binding;
    out["sources"] = sourcesJson(b, r);
    out["uses"] = usesJson(r);
    out["sponsor_equity"] = r.sourcesUses.sponsorEquity;
    out["entry_enterprise_value"] = r.sourcesUses.entryEnterpriseValue;
    out["entry_multiple"] = r.entryMultiple;
    out["irr"] = optionalJson(r.irr);
    out["xirr"] = evaluation.xirr ? Json(evaluation.xirr->rate) : Json(nullptr);
    out["moic"] = optionalJson(r.moic);
    out["exit_year"] = b.resolved.firstYear + b.resolved.exitYear - 1;
    out["exit_ebitda"] = r.exitEbitda;
    out["exit_enterprise_value"] = r.exitEnterpriseValue;
    out["net_debt_at_exit"] = r.netDebtAtExit;
    out["exit_equity"] = r.exitEquity;
    out["sponsor_share"] = r.sponsorShare;
    out["sponsor_proceeds"] = r.sponsorProceeds;
    const LboAttribution& a = r.attribution;
    out["attribution"] = {{"convention",
                           "sequential: EBITDA growth at the entry multiple, then "
                           "multiple expansion on exit EBITDA, then the rest"},
                          {"ebitda_growth", a.ebitdaGrowth},
                          {"multiple_expansion", a.multipleExpansion},
                          {"debt_paydown", a.debtPaydown},
                          {"fees_and_leakage", a.feesAndLeakage},
                          {"equity_gain", a.equityGain}};
    out["debt_schedule"] = debtScheduleJson(b, r);
    out["cash"] = cashJson(r);
    out["years"] = yearsJson(r);
    out["credit_stats"] = creditStatsJson(r);
    out["circularity"] = {{"method", r.averageInterest ? "fixed_point" : "none"},
                          {"iterations", r.iterations},
                          {"residual", r.residual}};
  }
  out["warnings"] = issuesToJson(evaluation.issues, Severity::Warning);
  out["issues"] = issuesToJson(evaluation.issues, Severity::Error);
  return out;
}

}  // namespace valor
