#include "ui/models/ma/mapresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
using present::choice;
using present::driver;
using present::field;
const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");
const QString kPrice = QStringLiteral("price");
const QString kShares = QStringLiteral("shares");

std::function<bool(const BlockValues&)> whenChoice(std::string field, std::string value) {
  return [field = std::move(field), value = std::move(value)](const BlockValues& v) {
    return v.choice(field) == value;
  };
}

// The fields both companies have, in one order, so the two groups line up side by side.
void company(std::vector<FieldPresentation>& f, const std::string& side, const char* group) {
  const std::string ni = side + ".net_income";
  f.push_back(field(side + ".name", QT_TRANSLATE_NOOP("MaPresentation", "Name"), group, W::Text));
  f.push_back(field(side + ".share_price", QT_TRANSLATE_NOOP("MaPresentation", "Share price"),
                    group, W::Number, kPrice));
  f.push_back(field(side + ".shares", QT_TRANSLATE_NOOP("MaPresentation", "Diluted shares"), group,
                    W::Number, kShares));
  f.push_back(choice(ni + ".mode", QT_TRANSLATE_NOOP("MaPresentation", "Net income"), group,
                     {{"constant", QT_TRANSLATE_NOOP("MaPresentation", "The same every year")},
                      {"per_year", QT_TRANSLATE_NOOP("MaPresentation", "Per year (in the grid)")},
                      {"growth", QT_TRANSLATE_NOOP("MaPresentation", "Base year and growth")}}));
  f.push_back(field(ni + ".value", QT_TRANSLATE_NOOP("MaPresentation", "Net income every year"),
                    group, W::Number, kMoney, whenChoice(ni + ".mode", "constant")));
  f.push_back(field(ni + ".base", QT_TRANSLATE_NOOP("MaPresentation", "Net income, base year"),
                    group, W::Number, kMoney, whenChoice(ni + ".mode", "growth")));
  f.push_back(field(ni + ".growth", QT_TRANSLATE_NOOP("MaPresentation", "Net income growth"), group,
                    W::Number, kRate, whenChoice(ni + ".mode", "growth")));
  f.push_back(
      field(side + ".cash", QT_TRANSLATE_NOOP("MaPresentation", "Cash"), group, W::Number, kMoney));
  f.push_back(
      field(side + ".debt", QT_TRANSLATE_NOOP("MaPresentation", "Debt"), group, W::Number, kMoney));
  f.push_back(field(side + ".interest_rate",
                    QT_TRANSLATE_NOOP("MaPresentation", "Interest rate on debt"), group, W::Number,
                    kRate));
}

std::vector<FieldPresentation> fields() {
  const char* deal = QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma years");
  const char* acquirer = QT_TRANSLATE_NOOP("MaPresentation", "Acquirer");
  const char* target = QT_TRANSLATE_NOOP("MaPresentation", "Target");
  const char* offer = QT_TRANSLATE_NOOP("MaPresentation", "Offer and consideration");
  const char* funding = QT_TRANSLATE_NOOP("MaPresentation", "Funding");
  const char* ppa = QT_TRANSLATE_NOOP("MaPresentation", "Purchase price allocation");
  const char* synergies = QT_TRANSLATE_NOOP("MaPresentation", "Synergies");
  std::vector<FieldPresentation> f;
  f.push_back(field("base_year", QT_TRANSLATE_NOOP("MaPresentation", "Base year (before close)"),
                    deal, W::Integer));
  f.push_back(
      field("years", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma years"), deal, W::Integer));
  company(f, "acquirer", acquirer);
  f.push_back(field("acquirer.tax_rate", QT_TRANSLATE_NOOP("MaPresentation", "Marginal tax rate"),
                    acquirer, W::Number, kRate));
  company(f, "target", target);
  f.push_back(field("target.tax_rate",
                    QT_TRANSLATE_NOOP("MaPresentation", "Tax rate (deferred tax on write-ups)"),
                    target, W::Number, kRate));
  f.push_back(field("target.book_equity", QT_TRANSLATE_NOOP("MaPresentation", "Book equity"),
                    target, W::Number, kMoney));
  f.push_back(field("target.existing_goodwill",
                    QT_TRANSLATE_NOOP("MaPresentation", "Existing goodwill"), target, W::Number,
                    kMoney));

  f.push_back(choice("offer.method", QT_TRANSLATE_NOOP("MaPresentation", "Offer given as"), offer,
                     {{"price", QT_TRANSLATE_NOOP("MaPresentation", "Price per target share")},
                      {"premium", QT_TRANSLATE_NOOP("MaPresentation", "Premium to share price")},
                      {"exchange_ratio", QT_TRANSLATE_NOOP("MaPresentation", "Exchange ratio")}}));
  f.push_back(field("offer.price", QT_TRANSLATE_NOOP("MaPresentation", "Offer price per share"),
                    offer, W::Number, kPrice, whenChoice("offer.method", "price")));
  f.push_back(field("offer.premium", QT_TRANSLATE_NOOP("MaPresentation", "Premium"), offer,
                    W::Number, kRate, whenChoice("offer.method", "premium")));
  f.push_back(field("offer.exchange_ratio",
                    QT_TRANSLATE_NOOP("MaPresentation", "Acquirer shares per target share"), offer,
                    W::Number, QStringLiteral("ratio"),
                    whenChoice("offer.method", "exchange_ratio")));
  f.push_back(field("consideration.cash", QT_TRANSLATE_NOOP("MaPresentation", "Paid in cash"),
                    offer, W::Number, kRate));
  f.push_back(field("consideration.stock", QT_TRANSLATE_NOOP("MaPresentation", "Paid in stock"),
                    offer, W::Number, kRate));
  f.push_back(field("consideration.issue_discount",
                    QT_TRANSLATE_NOOP("MaPresentation", "Issue discount on new shares"), offer,
                    W::Number, kRate, [](const BlockValues& v) {
                      // Under a fixed ratio it shows only while set, so it can be cleared.
                      return v.choice("offer.method") != "exchange_ratio"
                                 ? !v.has("consideration.issue_price")
                                 : v.has("consideration.issue_discount");
                    }));
  f.push_back(field(
      "consideration.issue_price", QT_TRANSLATE_NOOP("MaPresentation", "Issue price of new shares"),
      offer, W::Number, kPrice, [](const BlockValues& v) {
        return v.choice("offer.method") != "exchange_ratio" ? !v.has("consideration.issue_discount")
                                                            : v.has("consideration.issue_price");
      }));

  f.push_back(field("funding.debt_share",
                    QT_TRANSLATE_NOOP("MaPresentation", "Cash need funded by new debt"), funding,
                    W::Number, kRate));
  f.push_back(field("funding.debt_rate", QT_TRANSLATE_NOOP("MaPresentation", "Rate on new debt"),
                    funding, W::Number, kRate));
  f.push_back(field("funding.financing_fee",
                    QT_TRANSLATE_NOOP("MaPresentation", "Financing fee (% of new debt)"), funding,
                    W::Number, kRate));
  f.push_back(field("funding.fee_years",
                    QT_TRANSLATE_NOOP("MaPresentation", "Financing fees amortised over (years)"),
                    funding, W::Integer));
  f.push_back(field("funding.cash_yield",
                    QT_TRANSLATE_NOOP("MaPresentation", "Interest foregone on cash used"), funding,
                    W::Number, kRate));
  f.push_back(field("funding.transaction_fees",
                    QT_TRANSLATE_NOOP("MaPresentation", "Transaction fees (expensed at close)"),
                    funding, W::Number, kMoney));
  f.push_back(choice("funding.target_debt", QT_TRANSLATE_NOOP("MaPresentation", "Target's debt"),
                     funding,
                     {{"assumed", QT_TRANSLATE_NOOP("MaPresentation", "Assumed")},
                      {"refinanced", QT_TRANSLATE_NOOP("MaPresentation", "Refinanced at close")}}));

  f.push_back(choice(
      "ppa.deal_type", QT_TRANSLATE_NOOP("MaPresentation", "Deal structure"), ppa,
      {{"stock", QT_TRANSLATE_NOOP("MaPresentation", "Stock deal (deferred tax on write-ups)")},
       {"asset", QT_TRANSLATE_NOOP("MaPresentation", "Asset deal (write-ups deductible)")}}));
  f.push_back(field("ppa.ppe_write_up", QT_TRANSLATE_NOOP("MaPresentation", "PP&E write-up"), ppa,
                    W::Number, kMoney));
  f.push_back(field("ppa.ppe_life", QT_TRANSLATE_NOOP("MaPresentation", "PP&E life (years)"), ppa,
                    W::Integer));
  f.push_back(field("ppa.intangibles_write_up",
                    QT_TRANSLATE_NOOP("MaPresentation", "Identified intangibles"), ppa, W::Number,
                    kMoney));
  f.push_back(field("ppa.intangibles_life",
                    QT_TRANSLATE_NOOP("MaPresentation", "Intangibles life (years)"), ppa,
                    W::Integer));

  f.push_back(field("synergies.cost",
                    QT_TRANSLATE_NOOP("MaPresentation", "Cost synergies (run rate, pre-tax)"),
                    synergies, W::Number, kMoney));
  f.push_back(field("synergies.revenue",
                    QT_TRANSLATE_NOOP("MaPresentation", "Revenue synergies (run rate)"), synergies,
                    W::Number, kMoney));
  f.push_back(field("synergies.revenue_margin",
                    QT_TRANSLATE_NOOP("MaPresentation", "Margin on revenue synergies"), synergies,
                    W::Number, kRate));

  // The per-year grid's rows, in this order.
  f.push_back(driver("acquirer.net_income",
                     QT_TRANSLATE_NOOP("MaPresentation", "Acquirer net income"), kMoney));
  f.push_back(driver("target.net_income", QT_TRANSLATE_NOOP("MaPresentation", "Target net income"),
                     kMoney));
  f.push_back(driver("synergies.phase_in",
                     QT_TRANSLATE_NOOP("MaPresentation", "Synergies realised (% of run rate)"),
                     kRate));
  f.push_back(driver("synergies.integration_costs",
                     QT_TRANSLATE_NOOP("MaPresentation", "Integration costs"), kMoney));
  f.push_back(
      driver("acquirer.revenue", QT_TRANSLATE_NOOP("MaPresentation", "Acquirer revenue"), kMoney));
  f.push_back(
      driver("target.revenue", QT_TRANSLATE_NOOP("MaPresentation", "Target revenue"), kMoney));
  f.push_back(
      driver("acquirer.ebitda", QT_TRANSLATE_NOOP("MaPresentation", "Acquirer EBITDA"), kMoney));
  f.push_back(
      driver("target.ebitda", QT_TRANSLATE_NOOP("MaPresentation", "Target EBITDA"), kMoney));
  return f;
}

std::vector<KeyCaption> outputs() {
  return {
      {"accretion_year_1", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution, year 1")},
      {"accretion_year_2", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution, year 2")},
      {"accretion_year_3", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution, year 3")},
      {"accretion_year_4", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution, year 4")},
      {"accretion_year_5", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution, year 5")},
      {"pro_forma_eps_year_1", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma EPS, year 1")},
      {"standalone_eps_year_1", QT_TRANSLATE_NOOP("MaPresentation", "Standalone EPS, year 1")},
      {"breakeven_synergies_year_1",
       QT_TRANSLATE_NOOP("MaPresentation", "Break-even synergies, year 1")},
      {"offer_price_per_share", QT_TRANSLATE_NOOP("MaPresentation", "Offer price per share")},
      {"offer_premium", QT_TRANSLATE_NOOP("MaPresentation", "Offer premium")},
      {"purchase_equity", QT_TRANSLATE_NOOP("MaPresentation", "Purchase equity")},
      {"enterprise_value", QT_TRANSLATE_NOOP("MaPresentation", "Enterprise value")},
      {"new_shares", QT_TRANSLATE_NOOP("MaPresentation", "New shares issued")},
      {"new_debt", QT_TRANSLATE_NOOP("MaPresentation", "New debt")},
      {"cash_used", QT_TRANSLATE_NOOP("MaPresentation", "Acquirer cash used")},
      {"goodwill", QT_TRANSLATE_NOOP("MaPresentation", "Goodwill")},
      {"target_ownership", QT_TRANSLATE_NOOP("MaPresentation", "Target holders' ownership")},
  };
}

std::vector<KeyCaption> columns() {
  return {
      {"pro_forma_net_income", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma net income")},
      {"pro_forma_shares", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma shares")},
      {"standalone_eps", QT_TRANSLATE_NOOP("MaPresentation", "Standalone EPS")},
      {"pro_forma_eps", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma EPS")},
      {"accretion_per_share", QT_TRANSLATE_NOOP("MaPresentation", "Accretion per share")},
      {"accretion", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution")},
      {"breakeven_synergies",
       QT_TRANSLATE_NOOP("MaPresentation", "Break-even synergies (pre-tax)")},
      {"max_offer_price", QT_TRANSLATE_NOOP("MaPresentation", "Maximum EPS-neutral offer price")},
      {"acquirer_net_income", QT_TRANSLATE_NOOP("MaPresentation", "Acquirer net income")},
      {"target_net_income", QT_TRANSLATE_NOOP("MaPresentation", "Target net income")},
      {"synergies", QT_TRANSLATE_NOOP("MaPresentation", "Synergies realised (pre-tax)")},
      {"integration_costs", QT_TRANSLATE_NOOP("MaPresentation", "Integration costs")},
      {"new_debt_interest", QT_TRANSLATE_NOOP("MaPresentation", "Interest on new debt")},
      {"financing_fee_amortisation",
       QT_TRANSLATE_NOOP("MaPresentation", "Financing fee amortisation")},
      {"foregone_interest", QT_TRANSLATE_NOOP("MaPresentation", "Interest foregone on cash")},
      {"new_depreciation", QT_TRANSLATE_NOOP("MaPresentation", "New D&A on write-ups")},
      {"refinancing_saving", QT_TRANSLATE_NOOP("MaPresentation", "Refinanced interest saved")},
      {"adjustments_after_tax", QT_TRANSLATE_NOOP("MaPresentation", "Adjustments after tax")},
      {"target_revenue_share", QT_TRANSLATE_NOOP("MaPresentation", "Target's share of revenue")},
      {"target_ebitda_share", QT_TRANSLATE_NOOP("MaPresentation", "Target's share of EBITDA")},
      {"target_net_income_share",
       QT_TRANSLATE_NOOP("MaPresentation", "Target's share of net income")},
      {"target_ownership", QT_TRANSLATE_NOOP("MaPresentation", "Target holders' ownership")},
      {"net_debt_to_ebitda", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma net debt / EBITDA")},
      {"interest_cover", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma EBITDA / interest")},
  };
}

std::vector<IssuePresentation> issues() {
  return {
      {"mix_not_100",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "The cash (%1) and stock (%2) shares of the consideration must sum to "
                         "100 %."),
       {{"cash", kRate}, {"stock", kRate}}},
      {"issue_price_given_twice",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "Give the new shares' issue price or a discount to the share price, not "
                         "both."),
       {}},
      {"unused_for_method",
       QT_TRANSLATE_NOOP("MaPresentation", "Not used: the offer is given another way."),
       {}},
      {"unused_without_stock",
       QT_TRANSLATE_NOOP("MaPresentation", "Not used: no shares are issued in an all-cash deal."),
       {}},
      {"unused_without_debt",
       QT_TRANSLATE_NOOP("MaPresentation", "Not used: no new debt is raised."),
       {}},
      {"zero_standalone_eps",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "The acquirer's net income in %1 is 0: its standalone EPS is 0, so "
                         "accretion/dilution is undefined."),
       {{"year", QString()}}},
      {"negative_standalone_eps",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "The acquirer's net income in %1 is negative: accretion is measured "
                         "against the size of its loss per share."),
       {{"year", QString()}}},
      {"cash_above_balance",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "The cash funding (%1) exceeds the acquirer's cash (%2); fund more with "
                         "new debt or stock."),
       {{"cash_used", kMoney}, {"cash", kMoney}}},
      {"bargain_purchase",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "Goodwill is negative (%1): a bargain purchase, recognised as a gain at "
                         "close."),
       {{"goodwill", kMoney}}},
      {"issue_price_with_exchange_ratio",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "Not with a fixed exchange ratio: the ratio sets the new shares at the "
                         "acquirer's price."),
       {}},
      {"max_offer_price_unfunded",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "At the maximum EPS-neutral price for %1 (%2 per share) the cash "
                         "funding (%3) would exceed the acquirer's cash (%4)."),
       {{"year", QString()}, {"price", kPrice}, {"cash_used", kMoney}, {"cash", kMoney}}},
      {"needs_both_sides",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "Not given: the contribution analysis needs both companies' figures."),
       {}},
      {"interest_cover_needs_rate",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "Not given: the pro-forma interest cover needs a rate for every debt "
                         "carried."),
       {}},
      {"no_pro_forma_shares",
       QT_TRANSLATE_NOOP("MaPresentation", "The combined company has no shares."),
       {}},
      {"not_finite_result",
       QT_TRANSLATE_NOOP("MaPresentation",
                         "The model overflowed: the inputs give numbers beyond floating point."),
       {}},
  };
}

ModelPresentation build() {
  ModelPresentation p;
  p.model = "ma";
  p.context = "MaPresentation";
  p.fields = fields();
  p.outputs = outputs();
  p.tables = {
      {"accretion", QT_TRANSLATE_NOOP("MaPresentation", "Accretion / dilution")},
      {"adjustments", QT_TRANSLATE_NOOP("MaPresentation", "Pro-forma net income")},
      {"contribution",
       QT_TRANSLATE_NOOP("MaPresentation", "Contribution and pro-forma credit statistics")},
  };
  p.columns = columns();
  p.issues = issues();
  p.sideBySide = {{QT_TRANSLATE_NOOP("MaPresentation", "Acquirer"),
                   QT_TRANSLATE_NOOP("MaPresentation", "Target")}};
  p.failureReasons = {
      {"cash_above_balance",
       QT_TRANSLATE_NOOP("MaPresentation", "Not valued: cash funding above the acquirer's cash")},
      {"zero_standalone_eps",
       QT_TRANSLATE_NOOP("MaPresentation", "Not valued: standalone EPS of 0")},
  };
  // The classic accretion table: the offer across, the share paid in stock down.
  p.gridAcross = {"ma.offer.premium", "ma.offer.price", "ma.offer.exchange_ratio"};
  p.gridDown = {"ma.consideration.stock", "ma.synergies.cost"};
  p.goalSeekInput = "ma.offer.premium";  // the premium at which the deal stops paying
  return p;
}

}  // namespace

const ModelPresentation& maPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

}  // namespace valor::ui
