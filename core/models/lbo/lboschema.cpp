#include "core/models/lbo/lboschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

namespace {

FieldSpec dateField(std::string name, std::string help) {
  FieldSpec f = makeField(std::move(name), FieldType::Date, "");
  f.help = std::move(help);
  return f;
}

std::vector<FieldSpec> trancheFields() {
  std::vector<FieldSpec> f;
  f.push_back(text("label", "A name, e.g. \"Term loan B\"."));
  f.push_back(choice("type", {"revolver", "term_loan", "notes", "mezzanine"},
                     "revolver: drawn to hold the minimum cash, repaid first. term_loan: "
                     "amortises, prepayable. notes: bullet. mezzanine: bullet, with cash and PIK "
                     "interest. The list order is the seniority.",
                     std::nullopt, true));
  f.push_back(number("amount", "money", closed(0, kMaxMoney),
                     "Principal funded at close (a revolver: drawn at close, default 0)."));
  f.push_back(number("commitment", "money", closed(0, kMaxMoney),
                     "The most a revolver can be drawn (revolver only)."));
  f.push_back(choice("rate_type", {"fixed", "floating"},
                     "fixed: rate. floating: the year's lbo.base_rate (at least floor) + spread.",
                     std::string("fixed")));
  f.push_back(number("rate", "rate", closed(0, 1), "Cash interest rate (rate_type fixed)."));
  f.push_back(number("spread", "rate", closed(0, 1), "Margin over the base rate (floating)."));
  f.push_back(number("floor", "rate", closed(-0.05, 1),
                     "Lowest base rate the spread is added to (floating).", 0.0));
  f.push_back(number("pik_rate", "rate", closed(0, 1),
                     "Interest paid in kind: added to principal on the opening balance each year.",
                     0.0));
  f.push_back(number("amortisation", "rate", closed(0, 1),
                     "Mandatory repayment per year as a share of the original principal.", 0.0));
  f.push_back(integer("maturity_years", "years", closed(1, 30),
                      "Years to maturity: the rest is repaid at the end of that year.", true));
  f.push_back(choice("prepayable", {"yes", "no"},
                     "Whether the cash sweep may repay it. Default: yes for revolvers and term "
                     "loans, no for notes and mezzanine."));
  f.push_back(number("oid", "rate", closed(0, 0.5),
                     "Original issue discount: funded at amount × (1 − oid); amortised over the "
                     "maturity as non-cash interest.",
                     0.0));
  f.push_back(number("financing_fee", "rate", closed(0, 0.5),
                     "Financing fee on the amount (a revolver: on the commitment), paid at close "
                     "and amortised over the maturity.",
                     0.0));
  f.push_back(number("undrawn_fee", "rate", closed(0, 0.1),
                     "Commitment fee on the undrawn part of a revolver.", 0.0));
  return f;
}

}  // namespace

std::vector<EntitySchema> lboEntitySchemas() {
  std::vector<EntitySchema> out;
  EntitySchema lbo{"lbo", "LBO assumptions (\"lbo\")", {}, {}};
  auto& f = lbo.fields;
  f.push_back(integer("base_year", "year", closed(1900, 9998),
                      "Last actual fiscal year (the LTM at close); the projection starts the "
                      "year after.",
                      true));
  f.push_back(integer("years", "years", closed(1, 20), "Projection years (1 to 20).", true));
  f.push_back(number("base.revenue", "money", openLow(0, kMaxMoney), "Revenue of the base year.",
                     std::nullopt, true));
  f.push_back(number("base.ebitda", "money", openLow(0, kMaxMoney),
                     "LTM EBITDA at close: the entry multiple applies to it.", std::nullopt, true));
  f.push_back(number("base.nwc", "money", closed(-kMaxMoney, kMaxMoney),
                     "Net working capital at close. Default: the first projection year's NWC "
                     "percentage times base revenue."));
  addDriver(f, "revenue_growth", "rate", openLow(-1, 10), "revenue growth");
  addDriver(f, "ebitda_margin", "rate", closed(-10, 1), "the EBITDA margin");
  addDriver(f, "da_pct_revenue", "rate", closed(0, 10), "D&A as % of revenue");
  addDriver(f, "capex_pct_revenue", "rate", closed(0, 10), "capex as % of revenue");
  addDriver(f, "nwc_pct_revenue", "rate", closed(-10, 10), "NWC as % of revenue");
  addDriver(f, "tax_rate", "rate", openHigh(0, 1), "the tax rate on EBT");
  addDriver(f, "base_rate", "rate", closed(-0.05, 1),
            "the floating reference rate (needed by floating tranches)");
  FieldSpec dividends = number("dividends", "money", closed(0, kMaxMoney),
                               "Dividends to all equity holders, keyed by year: {\"2028\": 50}. "
                               "Paid from cash after mandatory repayments; the revolver may fund "
                               "them.");
  dividends.type = FieldType::YearValues;
  f.push_back(dividends);

  f.push_back(choice("entry.method", {"multiple", "price"},
                     "multiple: entry EV = multiple × base EBITDA. price: give the entry EV.",
                     std::nullopt, true));
  f.push_back(number("entry.multiple", "multiple", openLow(0, 1000),
                     "Entry EV / LTM EBITDA (method multiple)."));
  f.push_back(number("entry.price", "money", openLow(0, kMaxMoney),
                     "Entry enterprise value, cash-free and debt-free (method price)."));
  f.push_back(number("entry.transaction_fee_rate", "rate", openHigh(0, 1),
                     "Transaction fees as a share of entry EV, expensed at close. Give this or "
                     "transaction_fee_amount."));
  f.push_back(number("entry.transaction_fee_amount", "money", closed(0, kMaxMoney),
                     "Transaction fees as an amount, expensed at close."));
  f.push_back(number("entry.minimum_cash", "money", closed(0, kMaxMoney),
                     "Cash funded at close and held as the minimum balance after.", 0.0));
  f.push_back(number("entry.rollover_equity", "money", closed(0, kMaxMoney),
                     "Equity rolled over by sellers or management, alongside the sponsor's.", 0.0));
  f.push_back(dateField("entry.close_date",
                        "Closing date, \"YYYY-MM-DD\". With exit.date, the IRR is also given as "
                        "an XIRR on those dates."));

  f.push_back(choice("financing.interest_basis", {"opening", "average"},
                     "Interest on opening balances, or on average balances (circular; solved "
                     "in the model by fixed-point iteration to 1e-12).",
                     std::string("average")));
  f.push_back(number("financing.sweep", "rate", closed(0, 1),
                     "Share of excess cash that repays prepayable tranches in seniority order.",
                     1.0));
  f.push_back(number("financing.cash_interest_rate", "rate", closed(-0.05, 1),
                     "Interest earned on cash.", 0.0));
  f.push_back(choice("taxes.loss_carryforward", {"on", "off"},
                     "on: a loss is carried forward and offsets later taxable profit (no annual "
                     "limit). off: losses are simply untaxed.",
                     std::string("on")));
  f.push_back(number("taxes.opening_nol", "money", closed(0, kMaxMoney),
                     "Loss carry-forward available at close.", 0.0));

  f.push_back(integer("exit.year", "year", closed(1901, 9999),
                      "Fiscal year at whose end the sponsor exits; within the projection.", true));
  f.push_back(number("exit.multiple", "multiple", openLow(0, 1000),
                     "Exit EV / EBITDA of the exit year.", std::nullopt, true));
  f.push_back(dateField("exit.date",
                        "Exit date, \"YYYY-MM-DD\", for the XIRR (with "
                        "entry.close_date)."));
  lbo.childSlots = {
      {"tranches", "lbo_tranche", true, false, 8, "Debt tranches in seniority order (at most 8)."}};
  out.push_back(lbo);

  out.push_back({"lbo_tranche", "Debt tranche (\"lbo.tranches[]\")", trancheFields(), {}});
  return out;
}

}  // namespace valor
