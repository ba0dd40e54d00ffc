#include "core/models/ma/maworkbook.h"

#include <string>
#include <utility>
#include <vector>

#include "core/report/inputsheet.h"
#include "core/report/xlsxbook.h"

namespace valor {
namespace {

constexpr int kLabelColumn = InputsSheet::kLabelColumn;
constexpr int kValueColumn = InputsSheet::kValueColumn;
constexpr int kFirstYearColumn = 1;  // pro-forma year t sits in column B + t, on both sheets

std::string rootText(const ScenarioDocument& doc, const char* field) {
  const std::string* text = doc.root().text(field);
  return text ? *text : std::string();
}

// The company inputs both sides share, named with the side's prefix ("acquirer_price").
void companyInputs(InputsSheet& sheet, const std::string& title, const std::string& prefix,
                   const MaCompany& company) {
  sheet.section(title);
  sheet.input("Share price", prefix + "_price", company.sharePrice, "price");
  sheet.input("Diluted shares", prefix + "_shares", company.shares, "shares");
  sheet.input("Cash", prefix + "_cash", company.cash, "money");
  sheet.input("Debt", prefix + "_debt", company.debt, "money");
  sheet.input("Pre-tax interest rate on its debt", prefix + "_interest_rate",
              company.interestRate.value_or(0), "rate",
              company.interestRate ? "" : "not given: 0 here");
}

}  // namespace

void writeMaWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                          const MaEvaluation& evaluation) {
  const MaInputs& in = *evaluation.binding.inputs;
  const MaResult& r = *evaluation.result;
  const int n = in.years;
  const std::string name = rootText(doc, "name").empty() ? "Scenario" : rootText(doc, "name");

  // --- Inputs -------------------------------------------------------------------------------
  XlsxSheet& inputs = book.addSheet("Inputs");
  inputs.columnWidth(0, 0, 38);
  inputs.columnWidth(1, n + 1, 13);
  inputs.text(0, 0, name + " — inputs", CellStyle::Title);
  inputs.text(1, 0,
              "Blue cells are inputs: change one and the Model sheet recalculates. Money in " +
                  rootText(doc, "currency") + " " + rootText(doc, "unit") + ".",
              CellStyle::Note);
  InputsSheet sheet(book, inputs);
  companyInputs(sheet, evaluation.binding.acquirerName + " (acquirer)", "acquirer", in.acquirer);
  companyInputs(sheet, evaluation.binding.targetName + " (target)", "target", in.target);
  sheet.input("Book equity", "target_book_equity", in.targetBookEquity, "money");
  sheet.input("Existing goodwill (written off)", "target_existing_goodwill",
              in.targetExistingGoodwill, "money");

  sheet.section("Taxes");
  sheet.input("Acquirer's marginal tax rate", "tax_rate", in.taxRate, "rate",
              "on every pro-forma adjustment");
  sheet.input("Tax rate on the write-ups", "target_tax_rate", in.targetTaxRate, "rate",
              "the deferred tax liability and the new D&A");

  sheet.section("Offer");
  switch (in.offerMethod) {
    case OfferMethod::PerShare:
      sheet.input("Offer price per target share", "offer_price", in.offerPrice, "price");
      break;
    case OfferMethod::Premium:
      sheet.input("Premium to the target's price", "premium", in.premium, "rate");
      sheet.derived("Offer price per target share", "offer_price", "target_price*(1+premium)",
                    r.offerPrice, "price");
      break;
    case OfferMethod::ExchangeRatio:
      sheet.input("Exchange ratio (acquirer shares per target share)", "exchange_ratio",
                  in.exchangeRatio, "ratio");
      sheet.derived("Offer price per target share", "offer_price", "exchange_ratio*acquirer_price",
                    r.offerPrice, "price");
      break;
  }
  sheet.input("Paid in stock (share of the purchase equity)", "stock_share", in.stockShare, "rate");
  if (in.statedIssuePrice > 0) {
    sheet.input("Issue price of the new shares", "issue_price", in.statedIssuePrice, "price");
  } else {
    sheet.input("Issue discount to the acquirer's price", "issue_discount", in.issueDiscount,
                "rate");
    sheet.derived("Issue price of the new shares", "issue_price",
                  "acquirer_price*(1-issue_discount)", r.issuePrice, "price");
  }

  sheet.section("Funding of the cash need");
  sheet.input("Share funded by new debt", "debt_share", in.debtShare, "rate");
  sheet.input("Interest rate on the new debt", "debt_rate", in.debtRate, "rate");
  sheet.input("Pre-tax yield on the acquirer's cash", "cash_yield", in.cashYield, "rate");
  sheet.input("Financing fee (of the new debt)", "financing_fee", in.financingFee, "rate");
  sheet.input("Years the financing fees amortise over", "fee_years", in.feeYears, "years");
  sheet.input("Transaction fees", "transaction_fees", in.transactionFees, "money");
  sheet.input("Refinance the target's debt (1 yes, 0 no)", "refinance_target_debt",
              in.refinanceTargetDebt ? 1 : 0, "years");

  sheet.section("Purchase price allocation");
  sheet.input("Asset deal (1 yes, 0 stock deal)", "asset_deal", in.assetDeal ? 1 : 0, "years",
              "an asset deal steps the write-ups up for tax: no deferred tax liability");
  sheet.input("PP&E write-up", "ppe_write_up", in.ppeWriteUp, "money");
  sheet.input("Its life (years)", "ppe_life", in.ppeLife, "years");
  sheet.input("Intangibles write-up", "intangibles_write_up", in.intangiblesWriteUp, "money");
  sheet.input("Its life (years)", "intangibles_life", in.intangiblesLife, "years");

  sheet.section("Synergies (run rate, pre-tax)");
  sheet.input("Cost synergies", "cost_synergies", in.costSynergies, "money");
  sheet.input("Revenue synergies", "revenue_synergies", in.revenueSynergies, "money");
  sheet.input("Margin on revenue synergies", "revenue_synergy_margin", in.revenueSynergyMargin,
              "rate");

  // Net incomes grown from a base are formulas over the base and the growth rate.
  const auto& growth = evaluation.binding.growth;
  for (int side = 0; side < 2; ++side) {
    if (!growth[side]) continue;
    const std::string prefix = side == 0 ? "acquirer" : "target";
    sheet.section(std::string(side == 0 ? "Acquirer" : "Target") + "'s net income from a base");
    sheet.input("Base-year net income", prefix + "_base_net_income", growth[side]->base, "money");
    sheet.input("Growth per year", prefix + "_net_income_growth", growth[side]->growth, "rate",
                "NI(t) = base × (1 + g)^t");
  }

  const int yearRow = sheet.yearSection("Per year", in.firstYear, n);
  struct PerYear {
    const char* label;
    const char* name;
    const MaYears* values;
    const char* unit;
    int growthSide;  // −1: typed per year
  };
  const PerYear rows[] = {
      {"Acquirer's net income", "acquirer_net_income", &in.acquirer.netIncome, "money", 0},
      {"Target's net income", "target_net_income", &in.target.netIncome, "money", 1},
      {"Synergies phased in (share of run rate)", "phase_in", &in.phaseIn, "rate", -1},
      {"Integration costs (pre-tax)", "integration_costs", &in.integrationCosts, "money", -1}};
  for (const PerYear& p : rows) {
    const int row = sheet.row();
    inputs.text(row, kLabelColumn, p.label);
    const bool grown = p.growthSide >= 0 && growth[p.growthSide];
    const std::string prefix = p.growthSide == 0 ? "acquirer" : "target";
    for (int t = 0; t < n; ++t) {
      const double value = (*p.values)[static_cast<std::size_t>(t)];
      if (grown)
        inputs.formula(row, kFirstYearColumn + t,
                       prefix + "_base_net_income*(1+" + prefix + "_net_income_growth)^" +
                           std::to_string(t + 1),
                       value, p.unit);
      else
        inputs.number(row, kFirstYearColumn + t, value, p.unit, CellStyle::Input);
    }
    book.defineName(p.name, inputs, row, kFirstYearColumn, kFirstYearColumn + n - 1);
    sheet.skip(1);
  }
  const auto perYear = [&](int index, int t) {
    return inputs.ref(yearRow + 1 + index, kFirstYearColumn + t);
  };

  // --- Model: the transaction ---------------------------------------------------------------
  XlsxSheet& model = book.addSheet("Model");
  model.columnWidth(0, 0, 44);
  model.columnWidth(1, n + 1, 13);
  model.text(0, 0, name + " — merger model", CellStyle::Title);
  model.text(1, 0,
             "Accretion/dilution with the purchase price allocation; every figure is a formula "
             "over the Inputs sheet.",
             CellStyle::Note);
  int row = 3;
  model.text(row++, kLabelColumn, "Transaction", CellStyle::Header);
  FormulaColumn column(book, model, row);
  column.line("Offer price per target share", "offer_price_per_share", "offer_price", r.offerPrice,
              "price");
  column.line("Purchase equity", "purchase_equity", "offer_price*target_shares", r.purchaseEquity,
              "money", CellStyle::Total);
  column.line("Enterprise value", "enterprise_value", "purchase_equity+target_debt-target_cash",
              r.enterpriseValue, "money");
  column.line("Offer premium", "offer_premium", "offer_price/target_price-1", r.impliedPremium,
              "rate");
  column.line("Paid in stock", "stock_consideration", "stock_share*purchase_equity",
              r.stockConsideration, "money");
  column.line("Paid in cash", "cash_consideration", "purchase_equity-stock_consideration",
              r.cashConsideration, "money");
  column.line("New acquirer shares", "new_shares", "stock_consideration/issue_price", r.newShares,
              "shares");
  column.line("Target debt refinanced", "refinanced_debt", "refinance_target_debt*target_debt",
              r.refinancedDebt, "money");
  // The new debt funds its own financing fees: D = s·C₀ / (1 − s·f), C₀ the need before them.
  column.line("Cash need before financing fees", "need_before_fees",
              "cash_consideration+transaction_fees+refinanced_debt",
              r.cashConsideration + r.transactionFees + r.refinancedDebt, "money");
  column.line("New debt", "new_debt", "debt_share*need_before_fees/(1-debt_share*financing_fee)",
              r.newDebt, "money");
  column.line("Financing fees", "financing_fees", "financing_fee*new_debt", r.financingFees,
              "money");
  column.line("Acquirer's cash used", "cash_used",
              "(1-debt_share)*need_before_fees/(1-debt_share*financing_fee)", r.cashUsed, "money");
  column.line("Pro-forma shares", "pro_forma_shares", "acquirer_shares+new_shares",
              in.acquirer.shares + r.newShares, "shares");
  column.line("Target's ownership of the combined company", "target_ownership",
              "new_shares/pro_forma_shares", r.targetOwnership, "rate");

  row += 1;
  model.text(row++, kLabelColumn, "Purchase price allocation", CellStyle::Header);
  column.line("Deferred tax liability on the write-ups", "deferred_tax_liability",
              "IF(asset_deal=1,0,(ppe_write_up+intangibles_write_up)*target_tax_rate)",
              r.ppa.deferredTaxLiability, "money");
  column.line("Goodwill", "goodwill",
              "purchase_equity-(target_book_equity-target_existing_goodwill)-ppe_write_up-"
              "intangibles_write_up+deferred_tax_liability",
              r.ppa.goodwill, "money", CellStyle::Total);

  // --- Model: the pro-forma years -----------------------------------------------------------
  row += 1;
  const int yearHeader = row;
  model.text(yearHeader, kLabelColumn, "Pro forma", CellStyle::Header);
  for (int t = 0; t < n; ++t)
    model.number(yearHeader, kFirstYearColumn + t, in.firstYear + t, "year", CellStyle::Header);
  enum Line {
    kSynergies,
    kIntegration,
    kInterest,
    kFeeAmortisation,
    kForegone,
    kDepreciation,
    kRefinancing,
    kAdjustments,
    kProFormaIncome,
    kStandaloneEps,
    kProFormaEps,
    kAccretionPerShare,
    kAccretion,
    kBreakeven,
    kMaxPrice,
    kLineCount
  };
  const char* labels[kLineCount] = {"Synergies realised",
                                    "Integration costs",
                                    "Interest on the new debt",
                                    "Financing fee amortisation",
                                    "Interest foregone on cash used",
                                    "D&A of the write-ups",
                                    "Interest saved on refinanced debt",
                                    "Adjustments after tax",
                                    "Pro-forma net income",
                                    "Standalone EPS",
                                    "Pro-forma EPS",
                                    "Accretion / (dilution) per share",
                                    "Accretion / (dilution)",
                                    "Synergies to break even",
                                    "Maximum EPS-neutral offer price"};
  const int first = yearHeader + 1;
  for (int k = 0; k < kLineCount; ++k)
    model.text(first + k, kLabelColumn, labels[k],
               k == kProFormaEps || k == kAccretion ? CellStyle::Total : CellStyle::Label);
  const auto at = [&](int k, int t) { return XlsxSheet::cell(first + k, kFirstYearColumn + t); };
  const std::string keep = "(1-tax_rate)";
  const std::string keepDa = "(1-target_tax_rate)";
  for (int t = 0; t < n; ++t) {
    const MaYearRow& y = r.rows[static_cast<std::size_t>(t)];
    const int c = kFirstYearColumn + t;
    const std::string year = std::to_string(t + 1);
    const auto put = [&](int k, const std::string& formula, double cached,
                         const std::string& unit) {
      model.formula(first + k, c, formula, cached, unit,
                    k == kProFormaEps || k == kAccretion ? CellStyle::Total : CellStyle::Formula);
    };
    put(kSynergies, perYear(2, t) + "*(cost_synergies+revenue_synergies*revenue_synergy_margin)",
        y.synergies, "money");
    put(kIntegration, perYear(3, t), y.integrationCosts, "money");
    put(kInterest, "debt_rate*new_debt", y.newDebtInterest, "money");
    put(kFeeAmortisation, "IF(" + year + "<=fee_years,financing_fees/fee_years,0)",
        y.financingFeeAmortisation, "money");
    put(kForegone, "cash_yield*cash_used", y.foregoneInterest, "money");
    put(kDepreciation,
        "IF(" + year + "<=ppe_life,ppe_write_up/ppe_life,0)+IF(" + year +
            "<=intangibles_life,intangibles_write_up/intangibles_life,0)",
        y.newDepreciation, "money");
    put(kRefinancing, "target_interest_rate*refinanced_debt", y.refinancingSaving, "money");
    put(kAdjustments,
        "(" + at(kSynergies, t) + "-" + at(kIntegration, t) + "-" + at(kInterest, t) + "-" +
            at(kFeeAmortisation, t) + "-" + at(kForegone, t) + "+" + at(kRefinancing, t) + ")*" +
            keep + "-" + at(kDepreciation, t) + "*" + keepDa,
        y.adjustmentsAfterTax, "money");
    put(kProFormaIncome, perYear(0, t) + "+" + perYear(1, t) + "+" + at(kAdjustments, t),
        y.proFormaNetIncome, "money");
    put(kStandaloneEps, perYear(0, t) + "/acquirer_shares", y.standaloneEps, "price");
    put(kProFormaEps, at(kProFormaIncome, t) + "/pro_forma_shares", y.proFormaEps, "price");
    put(kAccretionPerShare, at(kProFormaEps, t) + "-" + at(kStandaloneEps, t), y.accretionPerShare,
        "price");
    put(kAccretion, at(kAccretionPerShare, t) + "/ABS(" + at(kStandaloneEps, t) + ")", y.accretion,
        "rate");
    // PF net income without synergies must rise by the after-tax synergies to reach EPS·shares.
    put(kBreakeven,
        "(" + at(kStandaloneEps, t) + "*pro_forma_shares-(" + at(kProFormaIncome, t) + "-" +
            at(kSynergies, t) + "*" + keep + "))/" + keep,
        y.breakevenSynergies, "money");
    // The price P at which PF EPS = standalone EPS (core/finance/ma.h):
    //   Q − k·((1 − σ)·P·N + F) = EPS·(N_acq + σ·P·N / IP), k the after-tax cost of one unit
    //   of the need before financing fees, F the fees and refinanced debt.
    const std::string k = keep + "/(1-debt_share*financing_fee)*(debt_share*debt_rate+(1-" +
                          "debt_share)*cash_yield+IF(" + year +
                          "<=fee_years,debt_share*financing_fee/fee_years,0))";
    const std::string q = perYear(0, t) + "+" + perYear(1, t) + "+(" + at(kSynergies, t) + "-" +
                          at(kIntegration, t) + "+" + at(kRefinancing, t) + ")*" + keep + "-" +
                          at(kDepreciation, t) + "*" + keepDa;
    const std::string slope = "(" + k + "*(1-stock_share)*target_shares+" + at(kStandaloneEps, t) +
                              "*stock_share*target_shares/issue_price)";
    const std::string price = "(" + q + "-" + k + "*(transaction_fees+refinanced_debt)-" +
                              at(kStandaloneEps, t) + "*acquirer_shares)/" + slope;
    // Nested, not AND(): a zero slope must not reach the division.
    model.optionalFormula(first + kMaxPrice, c,
                          "IF(" + slope + ">0,IF(" + price + ">0," + price + ",\"\"),\"\")",
                          y.maxOfferPrice, "price");
  }
  for (const auto& [rowName, k] : {std::pair{"pro_forma_net_income", kProFormaIncome},
                                   {"standalone_eps", kStandaloneEps},
                                   {"pro_forma_eps", kProFormaEps},
                                   {"accretion", kAccretion},
                                   {"breakeven_synergies", kBreakeven},
                                   {"max_offer_price", kMaxPrice}})
    book.defineName(rowName, model, first + k, kFirstYearColumn, kFirstYearColumn + n - 1);
  model.freeze(yearHeader + 1, kFirstYearColumn);
}

}  // namespace valor
