#include "core/models/dcf/dcfworkbook.h"

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/schema.h"
#include "core/report/inputsheet.h"
#include "core/report/xlsxbook.h"

namespace valor {
namespace {

constexpr int kLabelColumn = InputsSheet::kLabelColumn;
constexpr int kValueColumn = InputsSheet::kValueColumn;
constexpr int kFirstYearColumn =
    1;  // year t of the projection sits in column B + t, on both sheets

// A field of the DCF block at its effective value (the schema default when left out).
template <typename T>
T blockField(const Entity& block, const std::string& name) {
  const EntitySchema* schema = entitySchema(block.type);
  const FieldSpec* spec = schema ? schema->field(name) : nullptr;
  const Value* value = spec ? fieldOrDefault(block, *spec) : block.field(name);
  const T* typed = value ? std::get_if<T>(value) : nullptr;
  return typed ? *typed : T{};
}

double blockNumber(const Entity& block, const std::string& name) {
  return blockField<double>(block, name);
}

std::string blockText(const Entity& block, const std::string& name) {
  return blockField<std::string>(block, name);
}

}  // namespace

void writeDcfWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                           const DcfEvaluation& evaluation) {
  const DcfInputs& in = *evaluation.binding.inputs;
  const DcfResult& r = *evaluation.result;
  const Entity& block = *doc.child(doc.root(), "dcf");
  const int n = in.years;
  const bool percentOfRevenue = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  const bool gordon = in.terminalMethod == TerminalMethod::Gordon;
  const bool midYear = in.discounting == Discounting::MidYear;
  const std::string* name = doc.root().text("name");

  // --- Inputs -------------------------------------------------------------------------------
  XlsxSheet& inputs = book.addSheet("Inputs");
  inputs.columnWidth(0, 0, 34);
  inputs.columnWidth(1, n + 1, 12);
  inputs.text(0, 0, (name ? *name : std::string("Scenario")) + " — inputs", CellStyle::Title);
  inputs.text(1, 0,
              "Blue cells are inputs: change one and the Model sheet recalculates. Money in " +
                  blockText(doc.root(), "currency") + " " + blockText(doc.root(), "unit") + ".",
              CellStyle::Note);
  InputsSheet sheet(book, inputs);

  sheet.section("Timing");
  const std::string valuationDate = blockText(block, "valuation_date");
  sheet.input("Stub fraction of the first year", "stub_fraction", in.stubFraction, "ratio",
              valuationDate.empty() ? "no valuation date: the first year counts whole"
                                    : "actual/actual, valued on " + valuationDate);
  sheet.section("Base year");
  sheet.input("Revenue", "base_revenue", in.baseRevenue, "money");
  if (percentOfRevenue) sheet.input("Net working capital", "base_nwc", in.baseNwc, "money");

  sheet.section("Discount rate");
  if (const auto& coc = evaluation.binding.costOfCapital) {
    const bool unlevered = blockText(block, "discount_rate.beta_type") == "unlevered";
    sheet.input("Risk-free rate", "risk_free_rate",
                blockNumber(block, "discount_rate.risk_free_rate"), "rate");
    sheet.input("Equity risk premium", "equity_risk_premium",
                blockNumber(block, "discount_rate.equity_risk_premium"), "rate");
    sheet.input("Country risk premium", "country_risk_premium",
                blockNumber(block, "discount_rate.country_risk_premium"), "rate");
    sheet.input(unlevered ? "Unlevered beta" : "Levered beta", "beta",
                blockNumber(block, "discount_rate.beta"), "ratio");
    sheet.input("Debt beta", "debt_beta", blockNumber(block, "discount_rate.debt_beta"), "ratio");
    sheet.input("Target debt / equity", "target_debt_to_equity",
                blockNumber(block, "discount_rate.target_debt_to_equity"), "ratio");
    sheet.input("Pre-tax cost of debt", "pre_tax_cost_of_debt",
                blockNumber(block, "discount_rate.pre_tax_cost_of_debt"), "rate");
    sheet.input("Marginal tax rate", "marginal_tax_rate",
                blockNumber(block, "discount_rate.marginal_tax_rate"), "rate");
    // Conine (1980): βL = βU·(1 + (1−t)·D/E) − βD·(1−t)·D/E; Hamada when βD = 0.
    sheet.derived("Levered beta", "levered_beta",
                  unlevered ? "beta*(1+(1-marginal_tax_rate)*target_debt_to_equity)-debt_beta*(1-"
                              "marginal_tax_rate)*target_debt_to_equity"
                            : "beta",
                  coc->leveredBeta, "ratio", unlevered ? "relevered (Conine)" : "");
    sheet.derived("Cost of equity", "cost_of_equity",
                  "risk_free_rate+levered_beta*equity_risk_premium+country_risk_premium",
                  coc->costOfEquity, "rate", "CAPM");
    sheet.derived("After-tax cost of debt", "after_tax_cost_of_debt",
                  "pre_tax_cost_of_debt*(1-marginal_tax_rate)", coc->afterTaxCostOfDebt, "rate");
    sheet.derived("Equity weight E/V", "equity_weight", "1/(1+target_debt_to_equity)",
                  coc->equityWeight, "ratio");
    sheet.derived("Debt weight D/V", "debt_weight",
                  "target_debt_to_equity/(1+target_debt_to_equity)", coc->debtWeight, "ratio");
    sheet.derived("WACC", "wacc", "equity_weight*cost_of_equity+debt_weight*after_tax_cost_of_debt",
                  in.wacc, "rate");
  } else {
    sheet.input("WACC", "wacc", in.wacc, "rate");
  }

  sheet.section("Terminal value");
  if (gordon)
    sheet.input("Perpetual growth g", "terminal_growth", in.terminalGrowth, "rate",
                "Gordon growth: TV = FCFF(N)·(1 + g)/(WACC − g)");
  else
    sheet.input(in.terminalMetric == TerminalMetric::EvEbitda ? "Exit multiple (EV/EBITDA)"
                                                              : "Exit multiple (EV/EBIT)",
                "exit_multiple", in.exitMultiple, "multiple",
                "a sale at the end of the final year");

  sheet.section("Equity bridge");
  sheet.input("Cash", "cash", in.cash, "money");
  sheet.input("Debt", "debt", in.debt, "money");
  sheet.input("Preferred equity", "preferred", in.preferred, "money");
  sheet.input("Minority interest", "minority_interest", in.minorityInterest, "money");
  sheet.input("Non-operating assets", "non_operating_assets", in.nonOperatingAssets, "money");
  sheet.input("Basic shares", "basic_shares", in.basicShares, "shares");

  // Option tranches by ascending strike: the order the treasury stock method needs.
  std::vector<std::pair<int, int>> tranches;  // (count row, strike row) on Inputs
  if (!in.optionsByStrike.empty()) {
    sheet.section("Options and warrants (by ascending strike; keep that order)");
    for (std::size_t k = 0; k < in.optionsByStrike.size(); ++k) {
      const std::string label = "Tranche " + std::to_string(k + 1);
      const int countRow = sheet.row();
      sheet.input(label + ": count", "option_count_" + std::to_string(k + 1),
                  in.optionsByStrike[k].count, "shares");
      sheet.input(label + ": strike", "option_strike_" + std::to_string(k + 1),
                  in.optionsByStrike[k].strike, "price");
      tranches.emplace_back(countRow, countRow + 1);
    }
  }

  // Per-year drivers: one row each, years across.
  sheet.yearSection("Drivers per year", in.firstYear, n);
  struct Driver {
    const char* label;
    const char* name;
    const PerYear* values;
    const char* unit;
  };
  std::vector<Driver> drivers = {{"Revenue growth", "revenue_growth", &in.revenueGrowth, "rate"},
                                 {"EBIT margin", "ebit_margin", &in.ebitMargin, "rate"},
                                 {"Tax rate", "tax_rate", &in.taxRate, "rate"}};
  if (in.hasDepreciation)
    drivers.push_back({"D&A % of revenue", "da_pct_revenue", &in.daPctRevenue, "rate"});
  if (percentOfRevenue) {
    drivers.push_back({"Capex % of revenue", "capex_pct_revenue", &in.capexPctRevenue, "rate"});
    drivers.push_back({"NWC % of revenue", "nwc_pct_revenue", &in.nwcPctRevenue, "rate"});
  } else {
    drivers.push_back({"Sales to capital", "sales_to_capital", &in.salesToCapital, "ratio"});
  }
  std::map<std::string, int> driverRow;
  for (const Driver& d : drivers) {
    const int row = sheet.row();
    inputs.text(row, kLabelColumn, d.label);
    for (int t = 0; t < n; ++t)
      inputs.number(row, kFirstYearColumn + t, (*d.values)[static_cast<std::size_t>(t)], d.unit,
                    CellStyle::Input);
    book.defineName(d.name, inputs, row, kFirstYearColumn, kFirstYearColumn + n - 1);
    driverRow[d.name] = row;
    sheet.skip(1);
  }
  const auto driverCell = [&](const std::string& driver, int t) {
    return inputs.ref(driverRow.at(driver), kFirstYearColumn + t);
  };

  // --- Model ----------------------------------------------------------------------------------
  XlsxSheet& model = book.addSheet("Model");
  model.columnWidth(0, 0, 34);
  model.columnWidth(1, n + 1, 12);
  model.text(0, 0, (name ? *name : std::string("Scenario")) + " — DCF", CellStyle::Title);
  model.text(1, 0,
             std::string("Unlevered free cash flow, ") +
                 (midYear ? "mid-year convention" : "end-of-year discounting") +
                 "; every figure is a formula over the Inputs sheet.",
             CellStyle::Note);
  enum Rows {
    kYear = 3,
    kRevenue,
    kEbit,
    kTaxes,
    kNopat,
    kDepreciation,
    kEbitda,
    kCapex,
    kNwc,
    kDeltaNwc,
    kReinvestment,
    kFcff,
    kFraction,
    kTime,
    kFactor,
    kPresentValue
  };
  const auto at = [&](int row, int t) { return XlsxSheet::cell(row, kFirstYearColumn + t); };
  const char* labels[] = {"Year",
                          "Revenue",
                          "EBIT",
                          "Taxes on EBIT",
                          "NOPAT",
                          "D&A",
                          "EBITDA",
                          "Capex",
                          "Net working capital",
                          "Change in NWC",
                          "Reinvestment",
                          "FCFF",
                          "Part of the year valued",
                          "Discount time (years)",
                          "Discount factor",
                          "Present value"};
  for (int row = kYear; row <= kPresentValue; ++row) {
    if (!percentOfRevenue && (row == kCapex || row == kNwc || row == kDeltaNwc)) continue;
    model.text(row, kLabelColumn, labels[row - kYear],
               row == kYear   ? CellStyle::Header
               : row == kFcff ? CellStyle::Total
                              : CellStyle::Label);
  }
  for (int t = 0; t < n; ++t) {
    const DcfYearRow& y = r.projection.rows[static_cast<std::size_t>(t)];
    const int c = kFirstYearColumn + t;
    const std::string previousRevenue = t == 0 ? "base_revenue" : at(kRevenue, t - 1);
    model.number(kYear, c, y.year, "year", CellStyle::Header);
    model.formula(kRevenue, c, previousRevenue + "*(1+" + driverCell("revenue_growth", t) + ")",
                  y.revenue, "money");
    model.formula(kEbit, c, at(kRevenue, t) + "*" + driverCell("ebit_margin", t), y.ebit, "money");
    model.formula(kTaxes, c, at(kEbit, t) + "*" + driverCell("tax_rate", t), y.taxes, "money");
    model.formula(kNopat, c, at(kEbit, t) + "-" + at(kTaxes, t), y.nopat, "money");
    model.formula(kDepreciation, c,
                  in.hasDepreciation ? at(kRevenue, t) + "*" + driverCell("da_pct_revenue", t)
                                     : std::string("0"),
                  y.depreciation, "money");
    model.formula(kEbitda, c, at(kEbit, t) + "+" + at(kDepreciation, t), y.ebitda, "money");
    if (percentOfRevenue) {
      model.formula(kCapex, c, at(kRevenue, t) + "*" + driverCell("capex_pct_revenue", t), y.capex,
                    "money");
      model.formula(kNwc, c, at(kRevenue, t) + "*" + driverCell("nwc_pct_revenue", t), y.nwc,
                    "money");
      model.formula(kDeltaNwc, c, at(kNwc, t) + "-" + (t == 0 ? "base_nwc" : at(kNwc, t - 1)),
                    y.deltaNwc, "money");
      model.formula(kReinvestment, c,
                    at(kCapex, t) + "-" + at(kDepreciation, t) + "+" + at(kDeltaNwc, t),
                    y.reinvestment, "money");
    } else {
      // Damodaran: reinvestment = growth in revenue / sales-to-capital.
      model.formula(
          kReinvestment, c,
          "(" + at(kRevenue, t) + "-" + previousRevenue + ")/" + driverCell("sales_to_capital", t),
          y.reinvestment, "money");
    }
    model.formula(kFcff, c, at(kNopat, t) + "-" + at(kReinvestment, t), y.fcff, "money",
                  CellStyle::Total);
    model.formula(kFraction, c, t == 0 ? "stub_fraction" : "1", y.fraction, "ratio");
    // τ: the year's end (s + t), or its middle under the mid-year convention (s/2, s + t − ½).
    const std::string time =
        midYear ? (t == 0 ? "stub_fraction/2" : "stub_fraction+" + std::to_string(t) + "-0.5")
                : "stub_fraction+" + std::to_string(t);
    model.formula(kTime, c, time, y.discountTime, "years");
    model.formula(kFactor, c, "(1+wacc)^-" + at(kTime, t), y.discountFactor, "ratio");
    model.formula(kPresentValue, c, at(kFcff, t) + "*" + at(kFraction, t) + "*" + at(kFactor, t),
                  y.presentValue, "money");
  }

  // The rows an analyst refers to by name: revenue, ebit, ebitda, fcff, present_value.
  for (const auto& [rowName, rowIndex] : {std::pair{"revenue", kRevenue},
                                          {"ebit", kEbit},
                                          {"ebitda", kEbitda},
                                          {"fcff", kFcff},
                                          {"present_value", kPresentValue}})
    book.defineName(rowName, model, rowIndex, kFirstYearColumn, kFirstYearColumn + n - 1);

  // Valuation, in column B under the projection.
  int row = kPresentValue + 2;
  model.text(row++, kLabelColumn, "Valuation", CellStyle::Header);
  FormulaColumn column(book, model, row);
  const std::string last = std::to_string(n - 1);
  const std::string pvExplicit = column.line(
      "PV of explicit FCFF", "pv_explicit",
      "SUM(" + at(kPresentValue, 0) + ":" + at(kPresentValue, n - 1) + ")", r.pvExplicit, "money");
  std::string tvFormula;
  if (gordon)
    tvFormula = at(kFcff, n - 1) + "*(1+terminal_growth)/(wacc-terminal_growth)";
  else
    tvFormula = "exit_multiple*" +
                at(in.terminalMetric == TerminalMetric::EvEbitda ? kEbitda : kEbit, n - 1);
  const std::string tv = column.line("Terminal value (end of the final year)", "terminal_value",
                                     tvFormula, r.terminalValue, "money");
  // A Gordon TV under mid-year discounting is a perpetuity of mid-year flows: half a year
  // earlier (timing "consistent"); an exit multiple is a sale at the year's end.
  const bool halfYearEarlier = gordon && midYear && in.terminalTiming == TerminalTiming::Consistent;
  const std::string tvTime = column.line("Terminal discount time (years)", "terminal_discount_time",
                                         "stub_fraction+" + last + (halfYearEarlier ? "-0.5" : ""),
                                         r.terminalDiscountTime, "years");
  const std::string pvTerminal = column.line("PV of terminal value", "pv_terminal",
                                             tv + "*(1+wacc)^-" + tvTime, r.pvTerminal, "money");
  const std::string ev =
      column.line("Enterprise value", "enterprise_value", pvExplicit + "+" + pvTerminal,
                  r.enterpriseValue, "money", CellStyle::Total);
  // The bridge line by line, added in the engine's order (EV − debt − preferred − minority +
  // cash + non-operating assets).
  std::string bridge = ev;
  for (const auto& [label, input, sign, value] :
       {std::tuple{"Less debt", "debt", "-", in.debt},
        {"Less preferred equity", "preferred", "-", in.preferred},
        {"Less minority interest", "minority_interest", "-", in.minorityInterest},
        {"Plus cash", "cash", "", in.cash},
        {"Plus non-operating assets", "non_operating_assets", "", in.nonOperatingAssets}})
    bridge +=
        "+" + column.line(label, "", std::string(sign) + input, *sign ? -value : value, "money");
  const std::string equity =
      column.line("Equity value", "equity_value", bridge, r.equityValue, "money", CellStyle::Total);

  // Treasury stock method at the value being computed (core/finance/dilution.h): by ascending
  // strike, a tranche with K < P joins, P = (E + Σ n·K)/(B + Σ n); the first K ≥ P ends it.
  row += 1;
  model.text(row, kLabelColumn, "Treasury stock method", CellStyle::Header);
  model.text(row, kValueColumn, "Joins", CellStyle::Header);
  model.text(row, kValueColumn + 1, "E + Σ n·K", CellStyle::Header);
  model.text(row, kValueColumn + 2, "B + Σ n", CellStyle::Header);
  model.text(row, kValueColumn + 3, "Price", CellStyle::Header);
  ++row;
  double numerator = r.equityValue, denominator = in.basicShares;
  double price = numerator / denominator;
  model.text(row, kLabelColumn, "Basic shares only");
  model.formula(row, kValueColumn + 1, equity, numerator, "money");
  model.formula(row, kValueColumn + 2, "basic_shares", denominator, "shares");
  model.formula(
      row, kValueColumn + 3,
      XlsxSheet::cell(row, kValueColumn + 1) + "/" + XlsxSheet::cell(row, kValueColumn + 2), price,
      "price");
  bool stopped = false;
  for (std::size_t k = 0; k < tranches.size(); ++k) {
    const OptionTranche& option = in.optionsByStrike[k];
    const bool joins = !stopped && option.count > 0 && option.strike < price;
    if (option.count > 0 && !joins) stopped = true;
    if (joins) {
      numerator += option.count * option.strike;
      denominator += option.count;
      price = numerator / denominator;
    }
    const std::string count = inputs.ref(tranches[k].first, kValueColumn);
    const std::string strike = inputs.ref(tranches[k].second, kValueColumn);
    const int previous = row++;
    const std::string previousPrice = XlsxSheet::cell(previous, kValueColumn + 3);
    const std::string joinsCell = XlsxSheet::cell(row, kValueColumn);
    model.text(row, kLabelColumn, "Tranche " + std::to_string(k + 1));
    model.formula(row, kValueColumn,
                  "IF(AND(" + count + ">0," + strike + "<" + previousPrice + "),1,0)",
                  joins ? 1 : 0, "year");
    model.formula(
        row, kValueColumn + 1,
        XlsxSheet::cell(previous, kValueColumn + 1) + "+" + joinsCell + "*" + count + "*" + strike,
        numerator, "money");
    model.formula(row, kValueColumn + 2,
                  XlsxSheet::cell(previous, kValueColumn + 2) + "+" + joinsCell + "*" + count,
                  denominator, "shares");
    model.formula(
        row, kValueColumn + 3,
        XlsxSheet::cell(row, kValueColumn + 1) + "/" + XlsxSheet::cell(row, kValueColumn + 2),
        price, "price");
  }
  const std::string finalPrice = XlsxSheet::cell(row, kValueColumn + 3);
  row += 2;
  column.line("Value per share", "value_per_share", finalPrice, r.valuePerShare, "price",
              CellStyle::Total);
  column.line("Diluted shares", "diluted_shares",
              "IF(" + finalPrice + "<>0," + equity + "/" + finalPrice + ",basic_shares)",
              r.dilutedShares, "shares");
  model.freeze(kYear + 1, kFirstYearColumn);
}

}  // namespace valor
