#include "core/models/ma/majson.h"

#include "core/models/evaluationjson.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

Json ppaJson(const MaResult& r) {
  const MaPpa& p = r.ppa;
  return {{"purchase_equity", p.purchaseEquity},
          {"book_equity", p.bookEquity},
          {"existing_goodwill_written_off", p.existingGoodwill},
          {"ppe_write_up", p.ppeWriteUp},
          {"intangibles_write_up", p.intangiblesWriteUp},
          {"deferred_tax_liability", p.deferredTaxLiability},
          {"goodwill", p.goodwill}};
}

Json bridgeJson(const MaEpsBridge& b) {
  return {{"target_earnings", b.targetEarnings},
          {"synergies", b.synergies},
          {"integration_costs", b.integrationCosts},
          {"new_debt_interest", b.newDebtInterest},
          {"financing_fees", b.financingFees},
          {"foregone_interest_on_cash", b.foregoneInterest},
          {"new_depreciation", b.newDepreciation},
          {"refinancing", b.refinancing},
          {"new_shares", b.newShares}};
}

Json yearsJson(const MaResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& y = r.rows[static_cast<std::size_t>(t)];
    out.push_back({{"year", y.year},
                   {"acquirer_net_income", y.acquirerNetIncome},
                   {"target_net_income", y.targetNetIncome},
                   {"synergies", y.synergies},
                   {"integration_costs", y.integrationCosts},
                   {"new_debt_interest", y.newDebtInterest},
                   {"financing_fee_amortisation", y.financingFeeAmortisation},
                   {"foregone_interest_on_cash", y.foregoneInterest},
                   {"new_depreciation", y.newDepreciation},
                   {"refinancing_saving", y.refinancingSaving},
                   {"adjustments_after_tax", y.adjustmentsAfterTax},
                   {"pro_forma_net_income", y.proFormaNetIncome},
                   {"pro_forma_shares", y.proFormaShares},
                   {"pro_forma_eps", y.proFormaEps},
                   {"standalone_eps", y.standaloneEps},
                   {"accretion", y.accretion},
                   {"accretion_per_share", y.accretionPerShare},
                   {"breakeven_synergies", y.breakevenSynergies},
                   {"max_offer_price", optionalJson(y.maxOfferPrice)},
                   {"eps_bridge", bridgeJson(y.bridge)}});
  }
  return out;
}

Json contributionJson(const MaResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& y = r.rows[static_cast<std::size_t>(t)];
    const MaContribution& c = y.targetContribution;
    out.push_back({{"year", y.year},
                   {"target_revenue_share", optionalJson(c.revenue)},
                   {"target_ebitda_share", optionalJson(c.ebitda)},
                   {"target_net_income_share", optionalJson(c.netIncome)},
                   {"target_ownership", r.targetOwnership}});
  }
  return out;
}

Json creditJson(const MaResult& r) {
  Json out = Json::array();
  for (int t = 0; t < r.years; ++t) {
    const MaYearRow& y = r.rows[static_cast<std::size_t>(t)];
    out.push_back({{"year", y.year},
                   {"net_debt_to_ebitda", optionalJson(y.netDebtToEbitda)},
                   {"interest_cover", optionalJson(y.interestCover)}});
  }
  return out;
}

}  // namespace

Json maEvaluationToJson(const ScenarioDocument& doc, const MaEvaluation& evaluation) {
  Json out = scenarioHeaderJson(doc);
  if (evaluation.result) {
    const MaResult& r = *evaluation.result;
    const MaBinding& b = evaluation.binding;
    out["acquirer"] = b.acquirerName;
    out["target"] = b.targetName;
    out["offer_price_per_share"] = r.offerPrice;
    out["offer_premium"] = r.impliedPremium;
    out["exchange_ratio"] = r.impliedExchangeRatio;
    out["purchase_equity"] = r.purchaseEquity;
    out["enterprise_value"] = r.enterpriseValue;
    out["cash_consideration"] = r.cashConsideration;
    out["stock_consideration"] = r.stockConsideration;
    out["issue_price"] = r.issuePrice;
    out["new_shares"] = r.newShares;
    out["cash_need"] = r.cashNeed;
    out["new_debt"] = r.newDebt;
    out["cash_used"] = r.cashUsed;
    out["transaction_fees"] = r.transactionFees;
    out["financing_fees"] = r.financingFees;
    out["refinanced_debt"] = r.refinancedDebt;
    out["goodwill"] = r.ppa.goodwill;
    out["ppa"] = ppaJson(r);
    out["years"] = yearsJson(r);
    out["ownership"] = {{"acquirer", r.acquirerOwnership}, {"target", r.targetOwnership}};
    out["contribution"] = contributionJson(r);
    out["credit_stats"] = creditJson(r);
    out["pe_rule"] = {
        {"applies", b.resolved.stockShare == 1},
        {"acquirer_pe", optionalJson(r.acquirerPe)},
        {"offer_pe", optionalJson(r.offerPe)},
        {"predicts_accretive",
         r.acquirerPe && r.offerPe ? Json(*r.acquirerPe > *r.offerPe) : Json(nullptr)},
        {"accretive_before_adjustments", r.accretiveBeforeAdjustments}};
  }
  out["warnings"] = issuesToJson(evaluation.issues, Severity::Warning);
  out["issues"] = issuesToJson(evaluation.issues, Severity::Error);
  return out;
}

}  // namespace valor
