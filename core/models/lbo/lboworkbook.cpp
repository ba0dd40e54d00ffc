#include "core/models/lbo/lboworkbook.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/report/inputsheet.h"
#include "core/report/xlsxbook.h"

namespace valor {
namespace {

constexpr int kLabelColumn = InputsSheet::kLabelColumn;
constexpr int kCloseColumn = 1;  // Model column B: the figures at close
// Year t = 1..N: Model column B + t; on the Inputs sheet the per-year rows and the tranche
// columns start at column B.
int modelColumn(int t) {
  return kCloseColumn + t;
}
int inputColumn(int index) {
  return InputsSheet::kValueColumn + index;
}

// Excel's serial day: days since 1899-12-30 (Date::serial counts from 1970-01-01).
double excelSerial(const Date& date) {
  return static_cast<double>(date.serial() + 25569);
}

std::string joined(const std::vector<std::string>& terms, const std::string& op) {
  if (terms.empty()) return "0";
  std::string text = terms.front();
  for (std::size_t i = 1; i < terms.size(); ++i) text += op + terms[i];
  return text;
}

std::string rootText(const ScenarioDocument& doc, const char* field) {
  const std::string* text = doc.root().text(field);
  return text ? *text : std::string();
}

bool isRevolver(const LboTranche& t) {
  return t.type == TrancheType::Revolver;
}

// The per-year drivers, in kLboDrivers order.
enum Driver { kGrowth, kMargin, kDa, kCapex, kNwc, kTax, kBaseRate };

// The Inputs sheet's cells the model refers to.
struct InputCells {
  int driverRow[std::size(kLboDrivers)] = {};
  int dividendsRow = 0;
  // One row per tranche term; tranche i sits in column B + i.
  int principal = 0, commitment = 0, floating = 0, fixedRate = 0, spread = 0, floor = 0,
      pikRate = 0, amortisation = 0, maturity = 0, prepayable = 0, oid = 0, financingFee = 0,
      undrawnFee = 0;
  bool dated = false;
};

InputCells writeInputs(XlsxBook& book, XlsxSheet& inputs, const LboEvaluation& evaluation) {
  const LboInputs& in = *evaluation.binding.inputs;
  const LboBinding& binding = evaluation.binding;
  InputCells cells;
  InputsSheet sheet(book, inputs);

  sheet.section("Entry");
  if (in.entryByMultiple) {
    sheet.input("Entry multiple (× LTM EBITDA)", "entry_multiple", in.entryMultiple, "multiple");
    sheet.derived("Entry enterprise value", "entry_enterprise_value", "entry_multiple*base_ebitda",
                  in.entryMultiple * in.baseEbitda, "money");
  } else {
    sheet.input("Entry enterprise value", "entry_enterprise_value", in.entryPrice, "money");
  }
  const Money entryEv = evaluation.result->sourcesUses.entryEnterpriseValue;
  if (in.transactionFeeIsPercent) {
    sheet.input("Transaction fees (share of the entry EV)", "transaction_fee_rate",
                in.transactionFee, "rate");
    sheet.derived("Transaction fees", "transaction_fees",
                  "transaction_fee_rate*entry_enterprise_value", in.transactionFee * entryEv,
                  "money");
  } else {
    sheet.input("Transaction fees", "transaction_fees", in.transactionFee, "money");
  }
  sheet.input("Minimum cash (funded at close, held after)", "minimum_cash", in.minimumCash,
              "money");
  sheet.input("Rollover equity", "rollover_equity", in.rolloverEquity, "money");
  cells.dated = binding.closeDate && binding.exitDate;
  if (cells.dated)
    sheet.input("Close date", "close_date", excelSerial(*binding.closeDate), "date",
                "with the exit date: the XIRR");

  sheet.section("Operating case at close (LTM)");
  sheet.input("Revenue", "base_revenue", in.baseRevenue, "money");
  sheet.input("EBITDA", "base_ebitda", in.baseEbitda, "money");

  sheet.section("Financing");
  sheet.input("Cash sweep (share of excess cash)", "cash_sweep", in.sweep, "rate",
              "repays prepayable tranches in seniority order");
  sheet.input("Interest earned on cash", "cash_interest_rate", in.cashInterestRate, "rate");
  sheet.input("Loss carry-forward (1 on, 0 off)", "loss_carryforward",
              in.carryForwardLosses ? 1 : 0, "count");
  sheet.input("Opening tax loss (NOL)", "opening_nol", in.openingNol, "money");
  inputs.text(sheet.row(), kLabelColumn, "Interest basis");
  inputs.text(sheet.row(), InputsSheet::kValueColumn,
              in.interestBasis == InterestBasis::Average ? "average balance" : "opening balance");
  if (in.interestBasis == InterestBasis::Average)
    inputs.text(sheet.row(), InputsSheet::kNoteColumn,
                "circular: the workbook calculates iteratively (File ▸ Options ▸ Formulas)",
                CellStyle::Note);
  sheet.skip(1);

  sheet.section("Exit");
  sheet.input("Exit year", "exit_year", in.firstYear + in.exitYear - 1, "year",
              "at the end of this year");
  sheet.input("Exit multiple (× EBITDA)", "exit_multiple", in.exitMultiple, "multiple");
  if (cells.dated) sheet.input("Exit date", "exit_date", excelSerial(*binding.exitDate), "date");

  sheet.yearSection("Per year", in.firstYear, in.years);
  const auto perYearRow = [&](const std::string& label, const std::string& name,
                              const LboYears& values, const std::string& unit) {
    const int row = sheet.row();
    inputs.text(row, kLabelColumn, label);
    for (int t = 0; t < in.years; ++t)
      inputs.number(row, inputColumn(t), values[static_cast<std::size_t>(t)], unit,
                    CellStyle::Input);
    book.defineName(name, inputs, row, inputColumn(0), inputColumn(in.years - 1));
    sheet.skip(1);
    return row;
  };
  const char* driverLabels[] = {
      "Revenue growth",     "EBITDA margin", "D&A (% of revenue)",           "Capex (% of revenue)",
      "NWC (% of revenue)", "Tax rate",      "Base rate (floating tranches)"};
  static_assert(std::size(driverLabels) == std::size(kLboDrivers));
  for (std::size_t d = 0; d < std::size(kLboDrivers); ++d)
    cells.driverRow[d] = perYearRow(driverLabels[d], kLboDrivers[d].name,
                                    in.*(kLboDrivers[d].values), kLboDrivers[d].unit);
  cells.dividendsRow = perYearRow("Dividends (to all equity)", "dividends", in.dividends, "money");

  // Base NWC left out of the file is the first year's NWC % of base revenue.
  sheet.section("Net working capital at close");
  if (binding.baseNwcDerived)
    sheet.derived("NWC", "base_nwc",
                  "base_revenue*" + inputs.ref(cells.driverRow[kNwc], inputColumn(0)), in.baseNwc,
                  "money", "the first year's NWC % of revenue");
  else
    sheet.input("NWC", "base_nwc", in.baseNwc, "money");

  // One column per tranche, in seniority order (the sweep's order).
  sheet.section("Tranches (seniority order)");
  const int labelRow = sheet.row();
  inputs.text(labelRow, kLabelColumn, "Tranche", CellStyle::Header);
  inputs.text(labelRow + 1, kLabelColumn, "Type");
  for (int i = 0; i < in.trancheCount; ++i) {
    inputs.text(labelRow, inputColumn(i), binding.trancheLabels[static_cast<std::size_t>(i)],
                CellStyle::Header);
    inputs.text(labelRow + 1, inputColumn(i),
                trancheTypeName(in.tranches[static_cast<std::size_t>(i)].type));
  }
  sheet.skip(2);
  const auto trancheRow = [&](const std::string& label, const std::string& name,
                              const std::string& unit, auto valueOf) {
    const int row = sheet.row();
    inputs.text(row, kLabelColumn, label);
    for (int i = 0; i < in.trancheCount; ++i)
      inputs.number(row, inputColumn(i),
                    static_cast<double>(valueOf(in.tranches[static_cast<std::size_t>(i)])), unit,
                    CellStyle::Input);
    if (in.trancheCount > 0)
      book.defineName(name, inputs, row, inputColumn(0), inputColumn(in.trancheCount - 1));
    sheet.skip(1);
    return row;
  };
  using T = const LboTranche&;
  cells.principal = trancheRow("Principal at close", "tranche_principal", "money",
                               [](T t) { return t.principal; });
  cells.commitment = trancheRow("Commitment (revolver)", "tranche_commitment", "money",
                                [](T t) { return t.commitment; });
  cells.floating = trancheRow("Floating rate (1 yes, 0 fixed)", "tranche_floating", "count",
                              [](T t) { return t.floating ? 1 : 0; });
  cells.fixedRate =
      trancheRow("Fixed rate", "tranche_fixed_rate", "rate", [](T t) { return t.fixedRate; });
  cells.spread = trancheRow("Spread over the base rate", "tranche_spread", "rate",
                            [](T t) { return t.spread; });
  cells.floor =
      trancheRow("Floor on the base rate", "tranche_floor", "rate", [](T t) { return t.floor; });
  cells.pikRate = trancheRow("PIK rate (on the opening balance)", "tranche_pik_rate", "rate",
                             [](T t) { return t.pikRate; });
  cells.amortisation = trancheRow("Amortisation (of principal, per year)", "tranche_amortisation",
                                  "rate", [](T t) { return t.amortisation; });
  cells.maturity = trancheRow("Maturity (years after close)", "tranche_maturity", "count",
                              [](T t) { return t.maturityYears; });
  cells.prepayable = trancheRow("Prepayable by the sweep (1 yes, 0 no)", "tranche_prepayable",
                                "count", [](T t) { return t.prepayable ? 1 : 0; });
  cells.oid =
      trancheRow("Original issue discount", "tranche_oid", "rate", [](T t) { return t.oid; });
  cells.financingFee =
      trancheRow("Financing fee (revolver: of the commitment)", "tranche_financing_fee", "rate",
                 [](T t) { return t.financingFee; });
  cells.undrawnFee = trancheRow("Undrawn fee (revolver)", "tranche_undrawn_fee", "rate",
                                [](T t) { return t.undrawnFee; });
  return cells;
}

// The Model sheet: a row per line, a column per year (B at close).
class ModelSheet {
 public:
  ModelSheet(XlsxBook& book, XlsxSheet& sheet, int years) : book_(book), sheet_(sheet), n_(years) {}

  // Reserves the next row for a line and writes its label.
  int line(const std::string& label, CellStyle style = CellStyle::Label) {
    sheet_.text(row_, kLabelColumn, label, style);
    return row_++;
  }
  void header(const std::string& title) {
    row_ += 1;
    sheet_.text(row_++, kLabelColumn, title, CellStyle::Header);
  }
  int row() const { return row_; }
  int& rowRef() { return row_; }

  std::string at(int row, int t) const { return XlsxSheet::cell(row, modelColumn(t)); }
  // Years 1..N of a line, absolute: for INDEX, SUM and IRR.
  std::string years(int row, int first = 1) const {
    return XlsxSheet::cell(row, modelColumn(first), true) + ":" +
           XlsxSheet::cell(row, modelColumn(n_), true);
  }
  void put(int row, int t, const std::string& formula, double cached, const std::string& unit,
           CellStyle style = CellStyle::Formula) {
    sheet_.formula(row, modelColumn(t), formula, cached, unit, style);
  }
  void putOptional(int row, int t, const std::string& formula, std::optional<double> cached,
                   const std::string& unit) {
    sheet_.optionalFormula(row, modelColumn(t), formula, cached, unit);
  }
  void name(const std::string& definedName, int row, int first = 1) {
    book_.defineName(definedName, sheet_, row, modelColumn(first), modelColumn(n_));
  }

 private:
  XlsxBook& book_;
  XlsxSheet& sheet_;
  int n_;
  int row_ = 3;
};

}  // namespace

void writeLboWorkbookModel(XlsxBook& book, const ScenarioDocument& doc,
                           const LboEvaluation& evaluation) {
  const LboInputs& in = *evaluation.binding.inputs;
  const LboResult& r = *evaluation.result;
  const int n = r.years;  // fewer than in.years when a shortfall after the exit cut it short
  const int tranches = in.trancheCount;
  const bool average = in.interestBasis == InterestBasis::Average;
  const std::string name = rootText(doc, "name").empty() ? "Scenario" : rootText(doc, "name");

  XlsxSheet& inputs = book.addSheet("Inputs");
  inputs.columnWidth(0, 0, 42);
  inputs.columnWidth(1, std::max(in.years, tranches) + 1, 14);
  inputs.text(0, 0, name + " — inputs", CellStyle::Title);
  inputs.text(1, 0,
              "Blue cells are inputs: change one and the Model sheet recalculates. Money in " +
                  rootText(doc, "currency") + " " + rootText(doc, "unit") + ".",
              CellStyle::Note);
  const InputCells cells = writeInputs(book, inputs, evaluation);
  const auto driver = [&](int d, int t) {
    return inputs.ref(cells.driverRow[d], inputColumn(t - 1));
  };
  const auto term = [&](int row, int i) { return inputs.ref(row, inputColumn(i)); };

  XlsxSheet& sheet = book.addSheet("Model");
  sheet.columnWidth(0, 0, 46);
  sheet.columnWidth(1, n + 1, 13);
  sheet.text(0, 0, name + " — leveraged buyout", CellStyle::Title);
  sheet.text(1, 0,
             average ? "Every figure is a formula over the Inputs sheet. Interest on average "
                       "balances is circular: iterative calculation is on."
                     : "Every figure is a formula over the Inputs sheet.",
             CellStyle::Note);
  if (r.shortfallAfterExitYear != 0)
    sheet.text(2, 0,
               "The projection stops in " + std::to_string(r.shortfallAfterExitYear - 1) +
                   ": the next year's cash falls short beyond the revolver (after the exit, so "
                   "the returns stand).",
               CellStyle::Note);
  ModelSheet m(book, sheet, n);
  const int yearHeader = m.line("Year", CellStyle::Header);
  sheet.text(yearHeader, kCloseColumn, "Close", CellStyle::Header);
  for (int t = 1; t <= n; ++t)
    sheet.number(yearHeader, modelColumn(t), in.firstYear + t - 1, "year", CellStyle::Header);
  sheet.freeze(yearHeader + 1, kCloseColumn);
  const auto year = [&](int t) { return XlsxSheet::cell(yearHeader, modelColumn(t), true); };
  const auto row = [&](int t) -> const LboYearRow& {
    return r.rows[static_cast<std::size_t>(t - 1)];
  };
  const auto line = [&](int i, int t) -> const LboTrancheYear& {
    return r.schedule[static_cast<std::size_t>(i)][static_cast<std::size_t>(t - 1)];
  };
  const auto tranche = [&](int i) -> const LboTranche& {
    return in.tranches[static_cast<std::size_t>(i)];
  };

  // --- Rows, laid out first so any formula can refer to any line ---------------------------
  m.header("Operating case");
  const int revenue = m.line("Revenue");
  const int ebitda = m.line("EBITDA", CellStyle::Total);
  const int da = m.line("D&A");
  const int ebit = m.line("EBIT");
  const int capex = m.line("Capex");
  const int nwc = m.line("Net working capital");
  const int deltaNwc = m.line("Increase in NWC");

  m.header("Interest and taxes");
  const int interestCash = m.line("Cash interest (incl. undrawn fees)");
  const int interestPik = m.line("PIK interest");
  const int oidAmortisation = m.line("OID amortisation");
  const int feeAmortisation = m.line("Financing fee amortisation");
  const int interestIncome = m.line("Interest income on cash");
  const int ebt = m.line("Pre-tax income");
  const int nolOpening = m.line("Tax loss carried forward, opening");
  const int nolUsed = m.line("Tax loss used");
  const int nolClosing = m.line("Tax loss carried forward, closing");
  const int taxes = m.line("Taxes");
  const int netIncome = m.line("Net income", CellStyle::Total);

  m.header("Cash flow and the waterfall");
  const int cashFlow = m.line("Cash flow for debt service", CellStyle::Total);
  const int mandatory = m.line("Mandatory repayments");
  const int dividends = m.line("Dividends");
  const int cashOpening = m.line("Cash, opening");
  const int excess = m.line("Excess cash over the minimum, before the revolver");
  const int revolverDrawn = m.line("Revolver drawn");
  const int revolverRepaid = m.line("Revolver repaid");
  const int afterRevolver = m.line("Excess cash after the revolver");
  const int shortfall = m.line("Shortfall beyond the revolver (must be 0)");
  const int sweepable = m.line("Available for the sweep");
  const int sweep = m.line("Swept to prepayable tranches");
  const int cashClosing = m.line("Cash, closing", CellStyle::Total);

  struct TrancheRows {
    int opening, interest, pik, mandatory, drawn, optional, closing;
  };
  std::vector<TrancheRows> debtRows(static_cast<std::size_t>(tranches));
  for (int i = 0; i < tranches; ++i) {
    m.header(evaluation.binding.trancheLabels[static_cast<std::size_t>(i)] + " (" +
             trancheTypeName(tranche(i).type) + ")");
    TrancheRows& d = debtRows[static_cast<std::size_t>(i)];
    d.opening = m.line("Opening balance");
    d.interest = m.line(isRevolver(tranche(i)) ? "Cash interest and undrawn fee" : "Cash interest");
    d.pik = m.line("PIK interest (added to principal)");
    d.mandatory = m.line("Mandatory repayment");
    d.drawn = isRevolver(tranche(i)) ? m.line("Drawn") : -1;
    d.optional = m.line(isRevolver(tranche(i)) ? "Repaid from excess cash" : "Sweep");
    d.closing = m.line("Closing balance", CellStyle::Total);
  }

  m.header("Debt and credit statistics");
  const int debt = m.line("Total debt", CellStyle::Total);
  const int seniorDebt = m.line("Senior debt (revolver and term loans)");
  const int netDebt = m.line("Net debt");
  const int leverage = m.line("Total debt / EBITDA");
  const int cover = m.line("EBITDA / cash interest");

  m.header("Sponsor returns");
  const int flows = m.line("Sponsor flows");
  const int flowDates = cells.dated ? m.line("Flow dates") : -1;

  // --- Operating case -----------------------------------------------------------------------
  m.put(revenue, 0, "base_revenue", in.baseRevenue, "money");
  m.put(ebitda, 0, "base_ebitda", in.baseEbitda, "money", CellStyle::Total);
  m.put(nwc, 0, "base_nwc", in.baseNwc, "money");
  for (int t = 1; t <= n; ++t) {
    const LboYearRow& y = row(t);
    m.put(revenue, t, m.at(revenue, t - 1) + "*(1+" + driver(kGrowth, t) + ")", y.revenue, "money");
    m.put(ebitda, t, m.at(revenue, t) + "*" + driver(kMargin, t), y.ebitda, "money",
          CellStyle::Total);
    m.put(da, t, m.at(revenue, t) + "*" + driver(kDa, t), y.depreciation, "money");
    m.put(ebit, t, m.at(ebitda, t) + "-" + m.at(da, t), y.ebit, "money");
    m.put(capex, t, m.at(revenue, t) + "*" + driver(kCapex, t), y.capex, "money");
    m.put(nwc, t, m.at(revenue, t) + "*" + driver(kNwc, t), y.nwc, "money");
    m.put(deltaNwc, t, m.at(nwc, t) + "-" + m.at(nwc, t - 1), y.deltaNwc, "money");
  }

  // --- Each tranche's schedule (FINANCE §7) --------------------------------------------------
  for (int i = 0; i < tranches; ++i) {
    const TrancheRows& d = debtRows[static_cast<std::size_t>(i)];
    const bool revolver = isRevolver(tranche(i));
    const std::string maturity = term(cells.maturity, i);
    for (int t = 1; t <= n; ++t) {
      const LboTrancheYear& l = line(i, t);
      const std::string ts = std::to_string(t);
      const std::string open = m.at(d.opening, t);
      m.put(d.opening, t, t == 1 ? term(cells.principal, i) : m.at(d.closing, t - 1), l.opening,
            "money");
      // The basis: the opening balance, or its average with the year-end balance before the
      // year-end PIK and a maturity bullet (the circular reference).
      const std::string basis = average
                                    ? "(" + open + "+IF(" + ts + "=" + maturity + "," + open + "," +
                                          m.at(d.closing, t) + "-" + m.at(d.pik, t) + "))/2"
                                    : open;
      const std::string rate = "IF(" + term(cells.floating, i) + "=1,MAX(" + driver(kBaseRate, t) +
                               "," + term(cells.floor, i) + ")+" + term(cells.spread, i) + "," +
                               term(cells.fixedRate, i) + ")";
      std::string interest = rate + "*" + basis;
      if (revolver)
        interest += "+IF(" + ts + "<=" + maturity + "," + term(cells.undrawnFee, i) + "*(" +
                    term(cells.commitment, i) + "-" + basis + "),0)";
      m.put(d.interest, t, interest, l.interestCash, "money");
      m.put(d.pik, t, term(cells.pikRate, i) + "*" + open, l.interestPik, "money");
      const std::string owed = open + "+" + m.at(d.pik, t);
      m.put(d.mandatory, t,
            "IF(" + ts + "=" + maturity + "," + owed + ",MIN(" + term(cells.amortisation, i) + "*" +
                term(cells.principal, i) + "," + owed + "))",
            l.mandatory, "money");
      const std::string remaining = "(" + owed + "-" + m.at(d.mandatory, t) + ")";
      if (revolver) {
        // The excess before this revolver: after the revolvers senior to it.
        std::vector<std::string> before{m.at(excess, t)};
        for (int j = 0; j < i; ++j)
          if (isRevolver(tranche(j))) {
            const TrancheRows& s = debtRows[static_cast<std::size_t>(j)];
            before.push_back(m.at(s.drawn, t) + "-" + m.at(s.optional, t));
          }
        const std::string x = "(" + joined(before, "+") + ")";
        m.put(d.drawn, t,
              "IF(" + x + "<0,MIN(-" + x + ",MAX(IF(" + ts + "<" + maturity + "," +
                  term(cells.commitment, i) + "-" + remaining + ",0),0)),0)",
              l.drawn, "money");
        m.put(d.optional, t, "IF(" + x + ">=0,MIN(" + x + "," + remaining + "),0)", l.sweep,
              "money");
        m.put(d.closing, t, remaining + "+" + m.at(d.drawn, t) + "-" + m.at(d.optional, t),
              l.closing, "money", CellStyle::Total);
      } else {
        // What the sweep has left after the tranches senior to this one.
        std::vector<std::string> left{m.at(sweepable, t)};
        for (int j = 0; j < i; ++j)
          if (!isRevolver(tranche(j)))
            left.push_back(m.at(debtRows[static_cast<std::size_t>(j)].optional, t));
        m.put(d.optional, t,
              "IF(" + term(cells.prepayable, i) + "=1,MIN(" + joined(left, "-") + "," + remaining +
                  "),0)",
              l.sweep, "money");
        m.put(d.closing, t, remaining + "-" + m.at(d.optional, t), l.closing, "money",
              CellStyle::Total);
      }
    }
  }
  const auto sumTranches = [&](int TrancheRows::*member, int t, auto include) {
    std::vector<std::string> terms;
    for (int i = 0; i < tranches; ++i)
      if (include(tranche(i)))
        terms.push_back(m.at(debtRows[static_cast<std::size_t>(i)].*member, t));
    return joined(terms, "+");
  };
  const auto all = [](const LboTranche&) { return true; };
  const auto revolvers = [](const LboTranche& t) { return isRevolver(t); };
  const auto others = [](const LboTranche& t) { return !isRevolver(t); };
  const auto senior = [](const LboTranche& t) {
    return t.type == TrancheType::Revolver || t.type == TrancheType::TermLoan;
  };

  // --- Interest, taxes, cash --------------------------------------------------------------
  std::vector<std::string> principals;
  for (int i = 0; i < tranches; ++i) principals.push_back(term(cells.principal, i));
  m.put(debt, 0, joined(principals, "+"), r.sourcesUses.debt, "money", CellStyle::Total);
  m.put(cashClosing, 0, "minimum_cash", in.minimumCash, "money", CellStyle::Total);
  m.put(netDebt, 0, m.at(debt, 0) + "-" + m.at(cashClosing, 0), r.sourcesUses.debt - in.minimumCash,
        "money");
  for (int t = 1; t <= n; ++t) {
    const LboYearRow& y = row(t);
    const std::string ts = std::to_string(t);
    m.put(interestCash, t, sumTranches(&TrancheRows::interest, t, all), y.interestCash, "money");
    m.put(interestPik, t, sumTranches(&TrancheRows::pik, t, all), y.interestPik, "money");
    // OID and capitalised fees amortise straight line over each tranche's maturity.
    std::vector<std::string> oid, fees;
    for (int i = 0; i < tranches; ++i) {
      const std::string within = "IF(" + ts + "<=" + term(cells.maturity, i) + ",";
      oid.push_back(within + term(cells.oid, i) + "*" + term(cells.principal, i) + "/" +
                    term(cells.maturity, i) + ",0)");
      fees.push_back(within + term(cells.financingFee, i) + "*" +
                     term(isRevolver(tranche(i)) ? cells.commitment : cells.principal, i) + "/" +
                     term(cells.maturity, i) + ",0)");
    }
    m.put(oidAmortisation, t, joined(oid, "+"), y.oidAmortisation, "money");
    m.put(feeAmortisation, t, joined(fees, "+"), y.feeAmortisation, "money");
    const std::string cashBasis =
        average ? "(" + m.at(cashOpening, t) + "+" + m.at(cashClosing, t) + ")/2"
                : m.at(cashOpening, t);
    m.put(interestIncome, t, "cash_interest_rate*" + cashBasis, y.interestIncome, "money");
    m.put(ebt, t,
          m.at(ebit, t) + "-" + m.at(interestCash, t) + "-" + m.at(interestPik, t) + "-" +
              m.at(oidAmortisation, t) + "-" + m.at(feeAmortisation, t) + "+" +
              m.at(interestIncome, t),
          y.ebt, "money");
    // Taxes on max(EBT − loss used, 0); a loss adds to the carry-forward when it is on.
    m.put(nolOpening, t, t == 1 ? "IF(loss_carryforward=1,opening_nol,0)" : m.at(nolClosing, t - 1),
          t == 1 ? (in.carryForwardLosses ? in.openingNol : 0) : row(t - 1).nolClosing, "money");
    m.put(nolUsed, t,
          "IF(loss_carryforward=1,MIN(" + m.at(nolOpening, t) + ",MAX(" + m.at(ebt, t) + ",0)),0)",
          y.nolUsed, "money");
    m.put(nolClosing, t,
          "IF(loss_carryforward=1," + m.at(nolOpening, t) + "-" + m.at(nolUsed, t) + "+MAX(-" +
              m.at(ebt, t) + ",0),0)",
          y.nolClosing, "money");
    m.put(taxes, t, driver(kTax, t) + "*(MAX(" + m.at(ebt, t) + ",0)-" + m.at(nolUsed, t) + ")",
          y.taxes, "money");
    m.put(netIncome, t, m.at(ebt, t) + "-" + m.at(taxes, t), y.netIncome, "money",
          CellStyle::Total);

    m.put(cashFlow, t,
          m.at(ebitda, t) + "-" + m.at(capex, t) + "-" + m.at(deltaNwc, t) + "-" + m.at(taxes, t) +
              "-" + m.at(interestCash, t) + "+" + m.at(interestIncome, t),
          y.cashFlowForDebt, "money", CellStyle::Total);
    m.put(mandatory, t, sumTranches(&TrancheRows::mandatory, t, all), y.mandatory, "money");
    m.put(dividends, t, inputs.ref(cells.dividendsRow, inputColumn(t - 1)), y.dividends, "money");
    m.put(cashOpening, t, m.at(cashClosing, t - 1), y.cashOpening, "money");
    const Money x0 = y.cashOpening + y.cashFlowForDebt - y.mandatory - y.dividends - in.minimumCash;
    m.put(excess, t,
          m.at(cashOpening, t) + "+" + m.at(cashFlow, t) + "-" + m.at(mandatory, t) + "-" +
              m.at(dividends, t) + "-minimum_cash",
          x0, "money");
    m.put(revolverDrawn, t, sumTranches(&TrancheRows::drawn, t, revolvers), y.revolverDrawn,
          "money");
    m.put(revolverRepaid, t, sumTranches(&TrancheRows::optional, t, revolvers), y.revolverRepaid,
          "money");
    const Money x1 = x0 + y.revolverDrawn - y.revolverRepaid;
    m.put(afterRevolver, t,
          m.at(excess, t) + "+" + m.at(revolverDrawn, t) + "-" + m.at(revolverRepaid, t), x1,
          "money");
    m.put(shortfall, t, "MAX(-" + m.at(afterRevolver, t) + ",0)", 0, "money");
    m.put(sweepable, t, "cash_sweep*MAX(" + m.at(afterRevolver, t) + ",0)",
          x1 > 0 ? in.sweep * x1 : 0, "money");
    m.put(sweep, t, sumTranches(&TrancheRows::optional, t, others), y.sweep, "money");
    m.put(cashClosing, t, "minimum_cash+" + m.at(afterRevolver, t) + "-" + m.at(sweep, t),
          y.cashClosing, "money", CellStyle::Total);

    m.put(debt, t, sumTranches(&TrancheRows::closing, t, all), y.debtClosing, "money",
          CellStyle::Total);
    m.put(seniorDebt, t, sumTranches(&TrancheRows::closing, t, senior), y.seniorDebtClosing,
          "money");
    m.put(netDebt, t, m.at(debt, t) + "-" + m.at(cashClosing, t), y.debtClosing - y.cashClosing,
          "money");
    const LboCreditStats stats = lboCreditStats(y, r.sourcesUses.debt);
    m.putOptional(
        leverage, t,
        "IF(" + m.at(ebitda, t) + ">0," + m.at(debt, t) + "/" + m.at(ebitda, t) + ",\"\")",
        stats.totalLeverage, "multiple");
    m.putOptional(cover, t,
                  "IF(" + m.at(interestCash, t) + ">0," + m.at(ebitda, t) + "/" +
                      m.at(interestCash, t) + ",\"\")",
                  stats.interestCover, "multiple");
  }

  // --- Sources & uses, returns and attribution (FINANCE §7–8), down column B ----------------
  const LboSourcesUses& su = r.sourcesUses;
  int& at = m.rowRef();
  at += 1;
  sheet.text(at++, kLabelColumn, "Sources & uses", CellStyle::Header);
  FormulaColumn column(book, sheet, at);
  std::vector<std::string> financingFees, oids;
  for (int i = 0; i < tranches; ++i) {
    financingFees.push_back(term(cells.financingFee, i) + "*" +
                            term(isRevolver(tranche(i)) ? cells.commitment : cells.principal, i));
    oids.push_back(term(cells.oid, i) + "*" + term(cells.principal, i));
  }
  column.line("Entry enterprise value", "", "entry_enterprise_value", su.entryEnterpriseValue,
              "money");
  column.line("Transaction fees", "", "transaction_fees", su.transactionFees, "money");
  const std::string feesCell = column.line("Financing fees", "financing_fees",
                                           joined(financingFees, "+"), su.financingFees, "money");
  const std::string oidCell =
      column.line("Original issue discount", "oid_total", joined(oids, "+"), su.oid, "money");
  column.line("Minimum cash", "", "minimum_cash", su.minimumCash, "money");
  column.line(
      "Total uses", "total_uses",
      "entry_enterprise_value+transaction_fees+" + feesCell + "+" + oidCell + "+minimum_cash",
      su.total, "money", CellStyle::Total);
  column.line("Debt", "", m.at(debt, 0), su.debt, "money");
  column.line("Rollover equity", "", "rollover_equity", su.rolloverEquity, "money");
  column.line("Sponsor equity (the plug)", "sponsor_equity",
              "total_uses-" + m.at(debt, 0) + "-rollover_equity", su.sponsorEquity, "money",
              CellStyle::Total);
  column.line("Entry multiple (× LTM EBITDA)", "entry_ev_multiple",
              "entry_enterprise_value/base_ebitda", r.entryMultiple, "multiple");

  at += 1;
  sheet.text(at++, kLabelColumn, "Exit and returns", CellStyle::Header);
  const std::string exitIndex = "exit_year-" + year(1) + "+1";
  column.line("Exit EBITDA", "exit_ebitda", "INDEX(" + m.years(ebitda) + "," + exitIndex + ")",
              r.exitEbitda, "money");
  column.line("Exit enterprise value", "exit_enterprise_value", "exit_multiple*exit_ebitda",
              r.exitEnterpriseValue, "money");
  column.line("Net debt at exit", "net_debt_at_exit",
              "INDEX(" + m.years(netDebt) + "," + exitIndex + ")", r.netDebtAtExit, "money");
  column.line("Exit equity", "exit_equity", "exit_enterprise_value-net_debt_at_exit", r.exitEquity,
              "money", CellStyle::Total);
  column.line("Sponsor's share of the equity", "sponsor_share",
              "sponsor_equity/(sponsor_equity+rollover_equity)", r.sponsorShare, "rate");

  // The sponsor's flows: the equity at close, its share of dividends, of max(exit equity, 0)
  // (limited liability) at the exit.
  m.put(flows, 0, "-sponsor_equity", -su.sponsorEquity, "money");
  for (int t = 1; t <= n; ++t) {
    const int exitT = in.exitYear;
    const Money cached = t > exitT
                             ? 0
                             : r.sponsorShare * row(t).dividends +
                                   (t == exitT ? r.sponsorShare * std::max(r.exitEquity, 0.0) : 0);
    m.put(flows, t,
          "IF(" + year(t) + "<=exit_year,sponsor_share*" + m.at(dividends, t) + ",0)+IF(" +
              year(t) + "=exit_year,sponsor_share*MAX(exit_equity,0),0)",
          cached, "money");
  }
  if (cells.dated) {
    // Dividends on the anniversaries of the close, the exit year's flows on the exit date.
    const Date close = *evaluation.binding.closeDate;
    const Date exit = *evaluation.binding.exitDate;
    m.put(flowDates, 0, "close_date", excelSerial(close), "date");
    for (int t = 1; t <= n; ++t) {
      m.put(flowDates, t,
            "IF(OR(" + year(t) + ">=exit_year,YEAR(close_date)+" + std::to_string(t) +
                ">YEAR(exit_date)),exit_date,MIN(EDATE(close_date," + std::to_string(12 * t) +
                "),exit_date))",
            excelSerial(sponsorFlowDate(t, in.exitYear, close, exit)), "date");
    }
  }
  const std::string allFlows = XlsxSheet::cell(flows, kCloseColumn, true) + ":" +
                               XlsxSheet::cell(flows, modelColumn(n), true);
  column.line("Sponsor proceeds", "sponsor_proceeds", "SUM(" + m.years(flows) + ")",
              r.sponsorProceeds, "money");
  column.optionalLine("IRR (annual)", "sponsor_irr", "IRR(" + allFlows + ")", r.irr, "rate",
                      CellStyle::Total);
  if (cells.dated) {
    const std::string allDates = XlsxSheet::cell(flowDates, kCloseColumn, true) + ":" +
                                 XlsxSheet::cell(flowDates, modelColumn(n), true);
    column.optionalLine(
        "XIRR (dated flows, Actual/365)", "sponsor_xirr", "XIRR(" + allFlows + "," + allDates + ")",
        evaluation.xirr ? std::optional<double>(evaluation.xirr->rate) : std::nullopt, "rate");
  }
  column.optionalLine("MOIC", "sponsor_moic", "sponsor_proceeds/sponsor_equity", r.moic, "multiple",
                      CellStyle::Total);

  // FINANCE §8: EBITDA growth at the entry multiple, multiple expansion on exit EBITDA, the
  // rest; they sum to the equity gain.
  at += 1;
  sheet.text(at++, kLabelColumn, "Attribution of the equity gain", CellStyle::Header);
  const LboAttribution& a = r.attribution;
  const std::string dividendsToExit =
      "SUMIF(" + m.years(yearHeader) + ",\"<=\"&exit_year," + m.years(dividends) + ")";
  column.line("EBITDA growth", "attribution_ebitda_growth",
              "(exit_ebitda-base_ebitda)*entry_ev_multiple", a.ebitdaGrowth, "money");
  column.line("Multiple expansion", "attribution_multiple_expansion",
              "(exit_multiple-entry_ev_multiple)*exit_ebitda", a.multipleExpansion, "money");
  column.line("Debt paydown and cash generation", "attribution_debt_paydown",
              m.at(netDebt, 0) + "-net_debt_at_exit+" + dividendsToExit, a.debtPaydown, "money");
  column.line("Fees and leakage", "attribution_fees",
              "-(transaction_fees+financing_fees+oid_total)", a.feesAndLeakage, "money");
  column.line("Equity gain", "equity_gain",
              "exit_equity+" + dividendsToExit + "-(sponsor_equity+rollover_equity)", a.equityGain,
              "money", CellStyle::Total);

  for (const auto& [lineName, lineRow] : {std::pair{"revenue", revenue},
                                          {"ebitda", ebitda},
                                          {"ebt", ebt},
                                          {"taxes", taxes},
                                          {"net_income", netIncome},
                                          {"interest_cash", interestCash},
                                          {"cash_flow_for_debt", cashFlow},
                                          {"cash_closing", cashClosing},
                                          {"debt", debt},
                                          {"sponsor_flows", flows}})
    m.name(lineName, lineRow);

  // Interest on average balances is circular: iterate as the engine does (FINANCE §7), to a
  // change of 1e-12 of the transaction's size.
  if (average) book.iterativeCalculation(1000, 1e-12 * std::max(su.total, 1.0));
}

}  // namespace valor
