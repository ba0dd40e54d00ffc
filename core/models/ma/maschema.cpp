#include "core/models/ma/maschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

namespace {

FieldSpec yearValues(std::string name, std::string unit, Bounds bounds, std::string help) {
  FieldSpec f = number(std::move(name), std::move(unit), bounds, std::move(help));
  f.type = FieldType::YearValues;
  return f;
}

// Net income per projection year: a constant, a value per year, or a base year grown at a rate.
void addNetIncome(std::vector<FieldSpec>& f, const std::string& side) {
  const std::string name = side + ".net_income";
  f.push_back(choice(name + ".mode", {"constant", "per_year", "growth"},
                     "How the " + side +
                         "'s net income is given: one constant, a value per projection year, "
                         "or the base year's grown at a rate.",
                     std::nullopt, true));
  f.push_back(number(name + ".value", "money", closed(-kMaxMoney, kMaxMoney),
                     "Net income in every year (mode constant)."));
  f.push_back(yearValues(name + ".values", "money", closed(-kMaxMoney, kMaxMoney),
                         "Net income per projection year, keyed by year: {\"2026\": 500, ...} "
                         "(mode per_year)."));
  f.push_back(number(name + ".base", "money", closed(-kMaxMoney, kMaxMoney),
                     "Net income of the base year (mode growth)."));
  f.push_back(number(name + ".growth", "rate", openLow(-1, 10),
                     "Growth of net income per year (mode growth): NI_t = base·(1 + g)^t."));
}

void addCompany(std::vector<FieldSpec>& f, const std::string& side) {
  f.push_back(text(side + ".name", "The " + side + "'s name, for captions."));
  f.push_back(number(side + ".share_price", "price", openLow(0, 1e9),
                     "Share price before the announcement.", std::nullopt, true));
  f.push_back(number(side + ".shares", "shares", openLow(0, kMaxShares),
                     "Diluted shares outstanding.", std::nullopt, true));
  addNetIncome(f, side);
  f.push_back(yearValues(side + ".revenue", "money", closed(0, kMaxMoney),
                         "Revenue per projection year (optional: contribution analysis)."));
  f.push_back(yearValues(side + ".ebitda", "money", closed(-kMaxMoney, kMaxMoney),
                         "EBITDA per projection year (optional: contribution and credit "
                         "statistics)."));
  f.push_back(number(side + ".cash", "money", closed(0, kMaxMoney), "Cash at close.", 0.0));
  f.push_back(number(side + ".debt", "money", closed(0, kMaxMoney), "Debt at close.", 0.0));
  f.push_back(number(side + ".interest_rate", "rate", closed(0, 1),
                     "Pre-tax interest rate on its debt (interest cover; a refinanced target "
                     "debt's saving)."));
}

}  // namespace

std::vector<EntitySchema> maEntitySchemas() {
  EntitySchema ma{"ma", "M&A assumptions (\"ma\")", {}, {}};
  auto& f = ma.fields;
  f.push_back(integer("base_year", "year", closed(1900, 9994),
                      "Last fiscal year before the close; the pro-forma years start the year "
                      "after.",
                      true));
  f.push_back(integer("years", "years", closed(1, 5), "Pro-forma years (1 to 5).", true));

  addCompany(f, "acquirer");
  f.push_back(number("acquirer.tax_rate", "rate", openHigh(0, 1),
                     "The acquirer's marginal tax rate: every pro-forma adjustment (synergies, "
                     "interest, new D&A) is taxed at it.",
                     std::nullopt, true));
  addCompany(f, "target");
  f.push_back(number("target.tax_rate", "rate", openHigh(0, 1),
                     "The target's tax rate, for the deferred tax liability on write-ups. "
                     "Default: the acquirer's."));
  f.push_back(number("target.book_equity", "money", closed(-kMaxMoney, kMaxMoney),
                     "Book value of the target's equity at close.", std::nullopt, true));
  f.push_back(number("target.existing_goodwill", "money", closed(0, kMaxMoney),
                     "Goodwill already on the target's books; written off in the allocation.",
                     0.0));

  f.push_back(choice("offer.method", {"price", "premium", "exchange_ratio"},
                     "price: an offer price per target share. premium: a premium to the "
                     "target's share price. exchange_ratio: acquirer shares per target share, "
                     "valued at the acquirer's price.",
                     std::nullopt, true));
  f.push_back(number("offer.price", "price", openLow(0, 1e9),
                     "Offer price per target share (method price)."));
  f.push_back(number("offer.premium", "rate", closed(-0.9, 10),
                     "Premium to the target's share price (method premium)."));
  f.push_back(number("offer.exchange_ratio", "ratio", openLow(0, 1e6),
                     "Acquirer shares offered per target share (method exchange_ratio)."));

  f.push_back(number("consideration.cash", "rate", closed(0, 1),
                     "Share of the purchase equity paid in cash; with consideration.stock it "
                     "sums to 100 %.",
                     std::nullopt, true));
  f.push_back(number("consideration.stock", "rate", closed(0, 1),
                     "Share of the purchase equity paid in new acquirer shares.", std::nullopt,
                     true));
  f.push_back(number("consideration.issue_discount", "rate", closed(0, 0.9),
                     "New shares are issued at the acquirer's share price less this discount.",
                     0.0));
  f.push_back(number("consideration.issue_price", "price", openLow(0, 1e9),
                     "A stated issue price per new share, instead of the acquirer's price less "
                     "a discount."));

  f.push_back(number("funding.debt_share", "rate", closed(0, 1),
                     "Share of the cash need (cash consideration, fees, refinanced debt) "
                     "funded by new debt; the rest is the acquirer's cash.",
                     0.0));
  f.push_back(
      number("funding.debt_rate", "rate", closed(0, 1), "Pre-tax interest rate on the new debt."));
  f.push_back(number("funding.cash_yield", "rate", closed(-0.05, 1),
                     "Pre-tax interest the acquirer's cash used no longer earns.", 0.0));
  f.push_back(number("funding.financing_fee", "rate", closed(0, 0.5),
                     "Financing fees as a share of the new debt, capitalised and amortised.", 0.0));
  f.push_back(integer("funding.fee_years", "years", closed(1, 30),
                      "Years over which the financing fees are amortised (the debt's term).", false,
                      5.0));
  f.push_back(number("funding.transaction_fees", "money", closed(0, kMaxMoney),
                     "Advisory and other transaction fees, expensed at close (outside the "
                     "pro-forma years) and funded like the cash consideration.",
                     0.0));
  f.push_back(choice("funding.target_debt", {"assumed", "refinanced"},
                     "assumed: the target's debt stays. refinanced: it is repaid at close "
                     "(part of the cash need) and its interest is saved.",
                     std::string("assumed")));

  f.push_back(choice("ppa.deal_type", {"stock", "asset"},
                     "stock: write-ups are not deductible for tax, so they carry a deferred tax "
                     "liability. asset: the tax basis steps up too, no deferred tax liability.",
                     std::string("stock")));
  f.push_back(number("ppa.ppe_write_up", "money", closed(0, kMaxMoney),
                     "Write-up of property, plant and equipment to fair value.", 0.0));
  f.push_back(integer("ppa.ppe_life", "years", closed(1, 50),
                      "Remaining useful life of the PP&E write-up (straight line)."));
  f.push_back(number("ppa.intangibles_write_up", "money", closed(0, kMaxMoney),
                     "Identified intangibles (customer lists, technology, brands) at fair "
                     "value.",
                     0.0));
  f.push_back(integer("ppa.intangibles_life", "years", closed(1, 50),
                      "Useful life of the identified intangibles (straight line)."));

  f.push_back(number("synergies.cost", "money", closed(0, kMaxMoney),
                     "Cost synergies at full run rate, pre-tax per year.", 0.0));
  f.push_back(number("synergies.revenue", "money", closed(0, kMaxMoney),
                     "Revenue synergies at full run rate per year.", 0.0));
  f.push_back(number("synergies.revenue_margin", "rate", closed(0, 1),
                     "Margin earned on the revenue synergies."));
  addDriver(f, "synergies.phase_in", "rate", closed(0, 1.5),
            "the share of the run-rate synergies realised");
  f.push_back(yearValues("synergies.integration_costs", "money", closed(0, kMaxMoney),
                         "One-off integration costs, pre-tax, keyed by year."));
  return {ma};
}

}  // namespace valor
