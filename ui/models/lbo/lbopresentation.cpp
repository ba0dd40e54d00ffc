#include "ui/models/lbo/lbopresentation.h"

#include <QCoreApplication>

namespace valor::ui {
namespace {

using W = FieldWidget;
using present::choice;
using present::driver;
using present::field;
const QString kRate = QStringLiteral("rate");
const QString kMoney = QStringLiteral("money");
const QString kMultiple = QStringLiteral("multiple");

bool byMultiple(const BlockValues& v) {
  return v.choice("entry.method") != "price";
}

std::vector<FieldPresentation> fields() {
  const char* deal = QT_TRANSLATE_NOOP("LboPresentation", "Transaction");
  const char* operating = QT_TRANSLATE_NOOP("LboPresentation", "Operating case");
  const char* financing = QT_TRANSLATE_NOOP("LboPresentation", "Financing");
  const char* exit = QT_TRANSLATE_NOOP("LboPresentation", "Exit");
  return {
      field("base_year", QT_TRANSLATE_NOOP("LboPresentation", "Base year (LTM at close)"),
            operating, W::Integer),
      field("years", QT_TRANSLATE_NOOP("LboPresentation", "Projection years"), operating,
            W::Integer),
      field("base.revenue", QT_TRANSLATE_NOOP("LboPresentation", "Base-year revenue"), operating,
            W::Number, kMoney),
      field("base.ebitda", QT_TRANSLATE_NOOP("LboPresentation", "LTM EBITDA"), operating, W::Number,
            kMoney),
      field("base.nwc", QT_TRANSLATE_NOOP("LboPresentation", "NWC at close"), operating, W::Number,
            kMoney),
      choice("taxes.loss_carryforward", QT_TRANSLATE_NOOP("LboPresentation", "Loss carry-forward"),
             operating,
             {{"on", QT_TRANSLATE_NOOP("LboPresentation", "on (losses offset later profit)")},
              {"off", QT_TRANSLATE_NOOP("LboPresentation", "off")}}),
      field("taxes.opening_nol", QT_TRANSLATE_NOOP("LboPresentation", "Tax losses at close"),
            operating, W::Number, kMoney,
            [](const BlockValues& v) { return v.choice("taxes.loss_carryforward") != "off"; }),

      choice("entry.method", QT_TRANSLATE_NOOP("LboPresentation", "Entry price"), deal,
             {{"multiple", QT_TRANSLATE_NOOP("LboPresentation", "Multiple of LTM EBITDA")},
              {"price", QT_TRANSLATE_NOOP("LboPresentation", "Enterprise value given")}}),
      field("entry.multiple", QT_TRANSLATE_NOOP("LboPresentation", "Entry multiple (EV/EBITDA)"),
            deal, W::Number, kMultiple, byMultiple),
      field("entry.price", QT_TRANSLATE_NOOP("LboPresentation", "Entry enterprise value"), deal,
            W::Number, kMoney, [](const BlockValues& v) { return !byMultiple(v); }),
      field("entry.transaction_fee_rate",
            QT_TRANSLATE_NOOP("LboPresentation", "Transaction fees (% of EV)"), deal, W::Number,
            kRate, [](const BlockValues& v) { return !v.has("entry.transaction_fee_amount"); }),
      field("entry.transaction_fee_amount",
            QT_TRANSLATE_NOOP("LboPresentation", "Transaction fees (amount)"), deal, W::Number,
            kMoney, [](const BlockValues& v) { return !v.has("entry.transaction_fee_rate"); }),
      field("entry.minimum_cash", QT_TRANSLATE_NOOP("LboPresentation", "Minimum cash"), deal,
            W::Number, kMoney),
      field("entry.rollover_equity", QT_TRANSLATE_NOOP("LboPresentation", "Rollover equity"), deal,
            W::Number, kMoney),
      field("entry.close_date", QT_TRANSLATE_NOOP("LboPresentation", "Closing date"), deal,
            W::Date),

      choice("financing.interest_basis", QT_TRANSLATE_NOOP("LboPresentation", "Interest on"),
             financing,
             {{"average",
               QT_TRANSLATE_NOOP("LboPresentation", "Average balances (solved in the model)")},
              {"opening", QT_TRANSLATE_NOOP("LboPresentation", "Opening balances")}}),
      field("financing.sweep", QT_TRANSLATE_NOOP("LboPresentation", "Cash sweep"), financing,
            W::Number, kRate),
      field("financing.cash_interest_rate",
            QT_TRANSLATE_NOOP("LboPresentation", "Interest on cash"), financing, W::Number, kRate),

      field("exit.year", QT_TRANSLATE_NOOP("LboPresentation", "Exit year"), exit, W::Integer),
      field("exit.multiple", QT_TRANSLATE_NOOP("LboPresentation", "Exit multiple (EV/EBITDA)"),
            exit, W::Number, kMultiple),
      field("exit.date", QT_TRANSLATE_NOOP("LboPresentation", "Exit date"), exit, W::Date),

      // The per-year grid's rows, in this order.
      driver("revenue_growth", QT_TRANSLATE_NOOP("LboPresentation", "Revenue growth"), kRate),
      driver("ebitda_margin", QT_TRANSLATE_NOOP("LboPresentation", "EBITDA margin"), kRate),
      driver("da_pct_revenue", QT_TRANSLATE_NOOP("LboPresentation", "D&A % of revenue"), kRate),
      driver("capex_pct_revenue", QT_TRANSLATE_NOOP("LboPresentation", "Capex % of revenue"),
             kRate),
      driver("nwc_pct_revenue", QT_TRANSLATE_NOOP("LboPresentation", "NWC % of revenue"), kRate),
      driver("tax_rate", QT_TRANSLATE_NOOP("LboPresentation", "Tax rate"), kRate),
      driver("base_rate", QT_TRANSLATE_NOOP("LboPresentation", "Base rate (floating)"), kRate),
      driver("dividends", QT_TRANSLATE_NOOP("LboPresentation", "Dividends"), kMoney),
  };
}

ListPresentation tranches(const char* group) {
  ListPresentation list;
  list.slot = "tranches";
  list.itemCaption = QT_TRANSLATE_NOOP("LboPresentation", "Tranche %1");
  list.memberCaption = QT_TRANSLATE_NOOP("LboPresentation", "debt tranche");
  list.group = group;
  list.title = QT_TRANSLATE_NOOP("LboPresentation",
                                 "Debt tranches, most senior first (the sweep repays in this "
                                 "order):");
  list.ordered = true;
  list.fields = {
      field("label", QT_TRANSLATE_NOOP("LboPresentation", "Tranche"), nullptr, W::Text),
      choice("type", QT_TRANSLATE_NOOP("LboPresentation", "Type"), nullptr,
             {{"revolver", QT_TRANSLATE_NOOP("LboPresentation", "Revolver")},
              {"term_loan", QT_TRANSLATE_NOOP("LboPresentation", "Term loan")},
              {"notes", QT_TRANSLATE_NOOP("LboPresentation", "Notes")},
              {"mezzanine", QT_TRANSLATE_NOOP("LboPresentation", "Mezzanine")}}),
      field("amount", QT_TRANSLATE_NOOP("LboPresentation", "Amount"), nullptr, W::Number, kMoney),
      field("commitment", QT_TRANSLATE_NOOP("LboPresentation", "Commitment"), nullptr, W::Number,
            kMoney),
      choice("rate_type", QT_TRANSLATE_NOOP("LboPresentation", "Rate"), nullptr,
             {{"fixed", QT_TRANSLATE_NOOP("LboPresentation", "Fixed")},
              {"floating", QT_TRANSLATE_NOOP("LboPresentation", "Floating")}}),
      field("rate", QT_TRANSLATE_NOOP("LboPresentation", "Fixed rate"), nullptr, W::Number, kRate),
      field("spread", QT_TRANSLATE_NOOP("LboPresentation", "Spread"), nullptr, W::Number, kRate),
      field("floor", QT_TRANSLATE_NOOP("LboPresentation", "Floor"), nullptr, W::Number, kRate),
      field("pik_rate", QT_TRANSLATE_NOOP("LboPresentation", "PIK rate"), nullptr, W::Number,
            kRate),
      field("amortisation", QT_TRANSLATE_NOOP("LboPresentation", "Amortisation / year"), nullptr,
            W::Number, kRate),
      field("maturity_years", QT_TRANSLATE_NOOP("LboPresentation", "Maturity (years)"), nullptr,
            W::Integer),
      choice("prepayable", QT_TRANSLATE_NOOP("LboPresentation", "Prepayable"), nullptr,
             {{"yes", QT_TRANSLATE_NOOP("LboPresentation", "yes")},
              {"no", QT_TRANSLATE_NOOP("LboPresentation", "no")}}),
      field("oid", QT_TRANSLATE_NOOP("LboPresentation", "OID"), nullptr, W::Number, kRate),
      field("financing_fee", QT_TRANSLATE_NOOP("LboPresentation", "Financing fee"), nullptr,
            W::Number, kRate),
      field("undrawn_fee", QT_TRANSLATE_NOOP("LboPresentation", "Undrawn fee"), nullptr, W::Number,
            kRate),
  };
  list.newMember = {{"type", Value(std::string("term_loan"))},
                    {"amount", Value(0.0)},
                    {"rate", Value(0.0)},
                    {"maturity_years", Value(5.0)}};
  return list;
}

std::vector<KeyCaption> outputs() {
  return {
      {"irr", QT_TRANSLATE_NOOP("LboPresentation", "Sponsor IRR")},
      {"xirr", QT_TRANSLATE_NOOP("LboPresentation", "Sponsor IRR on dates (XIRR)")},
      {"moic", QT_TRANSLATE_NOOP("LboPresentation", "MOIC")},
      {"sponsor_equity", QT_TRANSLATE_NOOP("LboPresentation", "Sponsor equity")},
      {"entry_enterprise_value", QT_TRANSLATE_NOOP("LboPresentation", "Entry enterprise value")},
      {"entry_multiple", QT_TRANSLATE_NOOP("LboPresentation", "Entry multiple")},
      {"exit_enterprise_value", QT_TRANSLATE_NOOP("LboPresentation", "Exit enterprise value")},
      {"net_debt_at_exit", QT_TRANSLATE_NOOP("LboPresentation", "Net debt at exit")},
      {"exit_equity", QT_TRANSLATE_NOOP("LboPresentation", "Equity value at exit")},
      {"sponsor_proceeds", QT_TRANSLATE_NOOP("LboPresentation", "Sponsor proceeds")},
  };
}

std::vector<KeyCaption> columns() {
  return {
      {"revenue", QT_TRANSLATE_NOOP("LboPresentation", "Revenue")},
      {"ebitda", QT_TRANSLATE_NOOP("LboPresentation", "EBITDA")},
      {"depreciation", QT_TRANSLATE_NOOP("LboPresentation", "D&A")},
      {"ebit", QT_TRANSLATE_NOOP("LboPresentation", "EBIT")},
      {"capex", QT_TRANSLATE_NOOP("LboPresentation", "Capex")},
      {"delta_nwc", QT_TRANSLATE_NOOP("LboPresentation", "Change in NWC")},
      {"interest_cash", QT_TRANSLATE_NOOP("LboPresentation", "Cash interest")},
      {"interest_pik", QT_TRANSLATE_NOOP("LboPresentation", "PIK interest")},
      {"non_cash_amortisation", QT_TRANSLATE_NOOP("LboPresentation", "OID and fee amortisation")},
      {"interest_income", QT_TRANSLATE_NOOP("LboPresentation", "Interest income")},
      {"ebt", QT_TRANSLATE_NOOP("LboPresentation", "Pre-tax income")},
      {"taxes", QT_TRANSLATE_NOOP("LboPresentation", "Taxes")},
      {"nol_closing", QT_TRANSLATE_NOOP("LboPresentation", "Tax losses carried forward")},
      {"net_income", QT_TRANSLATE_NOOP("LboPresentation", "Net income")},
      {"cash_opening", QT_TRANSLATE_NOOP("LboPresentation", "Cash at start")},
      {"cash_flow_for_debt", QT_TRANSLATE_NOOP("LboPresentation", "Cash flow for debt service")},
      {"mandatory", QT_TRANSLATE_NOOP("LboPresentation", "Mandatory repayment")},
      {"dividends", QT_TRANSLATE_NOOP("LboPresentation", "Dividends")},
      {"revolver_drawn", QT_TRANSLATE_NOOP("LboPresentation", "Revolver drawn")},
      {"revolver_repaid", QT_TRANSLATE_NOOP("LboPresentation", "Revolver repaid")},
      {"sweep", QT_TRANSLATE_NOOP("LboPresentation", "Cash sweep")},
      {"cash_closing", QT_TRANSLATE_NOOP("LboPresentation", "Cash at end")},
      {"debt_closing", QT_TRANSLATE_NOOP("LboPresentation", "Debt at end")},
      {"total_leverage", QT_TRANSLATE_NOOP("LboPresentation", "Debt / EBITDA")},
      {"senior_leverage", QT_TRANSLATE_NOOP("LboPresentation", "Senior debt / EBITDA")},
      {"interest_cover", QT_TRANSLATE_NOOP("LboPresentation", "EBITDA / cash interest")},
      {"ebitda_less_capex_cover",
       QT_TRANSLATE_NOOP("LboPresentation", "(EBITDA − capex) / cash interest")},
      {"fcf_to_debt", QT_TRANSLATE_NOOP("LboPresentation", "Cash flow / debt")},
      {"cumulative_paydown", QT_TRANSLATE_NOOP("LboPresentation", "Debt repaid since close")},
  };
}

std::vector<IssuePresentation> issues() {
  return {
      {"exit_year_outside_projection",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The exit year %1 must lie within the projection (%2–%3)."),
       {{"year", QString()}, {"from", QString()}, {"to", QString()}}},
      {"fees_exceed_enterprise_value",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "Transaction fees of %1 must be below the entry enterprise value (%2)."),
       {{"fees", kMoney}, {"enterprise_value", kMoney}}},
      {"transaction_fee_given_twice",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "Give the transaction fees as a percentage or as an amount, not both."),
       {}},
      {"drawn_above_commitment",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The revolver's amount drawn at close (%1) is more than its commitment "
                         "(%2)."),
       {{"amount", kMoney}, {"commitment", kMoney}}},
      {"not_for_revolver",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "Must be 0 for a revolver: it is drawn and repaid from cash."),
       {}},
      {"unused_for_type",
       QT_TRANSLATE_NOOP("LboPresentation", "Not used by this tranche's type or rate."),
       {}},
      {"unused_without_carryforward",
       QT_TRANSLATE_NOOP("LboPresentation", "Not used: the loss carry-forward is off."),
       {}},
      {"exit_before_close",
       QT_TRANSLATE_NOOP("LboPresentation", "The exit date %1 must be after the closing date %2."),
       {{"exit", QString()}, {"close", QString()}}},
      {"xirr_needs_both_dates",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The IRR on dates needs both the closing and the exit date; only the "
                         "yearly IRR is given."),
       {}},
      {"no_sponsor_equity",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The debt (%1) and rollover equity (%2) cover all uses (%3), leaving "
                         "sponsor equity of %4; lower the tranches."),
       {{"debt", kMoney}, {"rollover", kMoney}, {"uses", kMoney}, {"sponsor_equity", kMoney}}},
      {"cash_shortfall",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "In %1 cash falls %2 short of debt service, dividends and the minimum "
                         "cash, beyond what a revolver can draw; add or enlarge a revolver, or "
                         "lower the debt."),
       {{"year", QString()}, {"shortfall", kMoney}}},
      {"cash_shortfall_after_exit",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "In %1, after the exit, cash would fall %2 short of debt service; the "
                         "projection stops before that year. The returns are unaffected."),
       {{"year", QString()}, {"shortfall", kMoney}}},
      {"interest_not_converged",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "Interest on average balances did not settle in %1; use interest on "
                         "opening balances."),
       {{"year", QString()}}},
      {"equity_wiped_out",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "Net debt at exit (%1) exceeds the exit enterprise value (%2): the "
                         "equity is worth nothing at exit."),
       {{"net_debt", kMoney}, {"enterprise_value", kMoney}}},
      {"unused_without_floating",
       QT_TRANSLATE_NOOP("LboPresentation", "Not used: no tranche pays a floating rate."),
       {}},
      {"dates_differ_from_exit_year",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The closing and exit dates span %1 years, but the exit year holds the "
                         "investment %2 years; the IRR on dates uses the dates."),
       {{"held", QString()}, {"years", QString()}}},
      {"not_finite_result",
       QT_TRANSLATE_NOOP("LboPresentation",
                         "The model overflowed: the inputs compound to numbers beyond floating "
                         "point (check growth rates and years)."),
       {}},
  };
}

ModelPresentation build() {
  ModelPresentation p;
  p.model = "lbo";
  p.context = "LboPresentation";
  p.fields = fields();
  p.lists = {tranches(QT_TRANSLATE_NOOP("LboPresentation", "Financing"))};
  p.outputs = outputs();
  p.tables = {
      {"operating", QT_TRANSLATE_NOOP("LboPresentation", "Operating case and income")},
      {"cash", QT_TRANSLATE_NOOP("LboPresentation", "Cash and debt service")},
      {"credit_stats", QT_TRANSLATE_NOOP("LboPresentation", "Credit statistics")},
  };
  p.columns = columns();
  p.issues = issues();
  p.failureReasons = {
      {"no_sponsor_equity", QT_TRANSLATE_NOOP("LboPresentation", "Not valued: no sponsor equity")},
      {"cash_shortfall", QT_TRANSLATE_NOOP("LboPresentation", "Not valued: cash shortfall")},
      {"not_converged", QT_TRANSLATE_NOOP("LboPresentation", "Not valued: interest not settled")},
      {"breaks_rule",
       QT_TRANSLATE_NOOP("LboPresentation", "Not valued: breaks a rule of the model")},
  };
  // The classic returns table: entry multiple across, exit multiple down.
  p.gridAcross = {"lbo.entry.multiple", "lbo.entry.price"};
  p.gridDown = {"lbo.exit.multiple"};
  p.goalSeekInput = "lbo.entry.multiple";  // the highest price for a target IRR
  return p;
}

}  // namespace

const ModelPresentation& lboPresentation() {
  static const ModelPresentation presentation = build();
  return presentation;
}

}  // namespace valor::ui
