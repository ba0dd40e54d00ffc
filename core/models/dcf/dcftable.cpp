#include "core/models/dcf/dcftable.h"

#include <ostream>
#include <string>

#include "core/model/textrules.h"
#include "core/models/texttable.h"

namespace valor {

using namespace texttable;

void printDcfTable(const ScenarioDocument& doc, const DcfEvaluation& evaluation,
                   std::ostream& out) {
  const DcfResult& r = *evaluation.result;
  const DcfInputs& in = *evaluation.binding.inputs;
  const Entity& root = doc.root();
  const std::string currency = root.text("currency") ? *root.text("currency") : "USD";
  const std::string unit = root.text("unit") ? *root.text("unit") : "millions";
  out << printableText(root.text("name") ? *root.text("name") : std::string("(unnamed)"))
      << " — DCF (" << printableText(currency) << " " << unit << ", per share in "
      << printableText(currency) << ")\n\n";

  const bool pctRevenue = in.reinvestment == ReinvestmentMethod::PercentOfRevenue;
  const char* headers[] = {"Year", "Revenue",  "Growth", "EBIT", "NOPAT", "D&A", "Capex",
                           "ΔNWC", "Reinvest", "FCFF",   "t",    "DF",    "PV"};
  const std::size_t widths[] = {6, 11, 7, 10, 10, 9, 9, 9, 10, 10, 6, 7, 10};
  for (std::size_t c = 0; c < std::size(headers); ++c) out << pad(headers[c], widths[c]);
  out << "\n";
  for (int t = 0; t < r.projection.yearCount; ++t) {
    const DcfYearRow& row = r.projection.rows[static_cast<std::size_t>(t)];
    const std::string cells[] = {std::to_string(row.year) + (row.fraction < 1 ? "*" : ""),
                                 money(row.revenue),
                                 pct(row.growth),
                                 money(row.ebit),
                                 money(row.nopat),
                                 in.hasDepreciation ? money(row.depreciation) : "—",
                                 pctRevenue ? money(row.capex) : "—",
                                 pctRevenue ? money(row.deltaNwc) : "—",
                                 money(row.reinvestment),
                                 money(row.fcff),
                                 fixed(row.discountTime, 2),
                                 fixed(row.discountFactor, 4),
                                 money(row.presentValue)};
    for (std::size_t c = 0; c < std::size(cells); ++c) out << pad(cells[c], widths[c]);
    out << "\n";
  }
  if (in.stubFraction < 1)
    out << "* stub year: " << pct(in.stubFraction) << " of its cash flow is valued\n";

  const auto line = [&](const std::string& label, const std::string& value) {
    texttable::line(out, label, value);
  };
  out << "\n";
  line("WACC", pct(in.wacc));
  if (const auto& c = evaluation.binding.costOfCapital) {
    line("  levered beta", fixed(c->leveredBeta, 3));
    line("  cost of equity", pct(c->costOfEquity));
    line("  after-tax cost of debt", pct(c->afterTaxCostOfDebt));
    line("  debt weight D/(D+E)", pct(c->debtWeight));
  }
  line("PV of explicit cash flows", money(r.pvExplicit));
  line("Terminal value (end of year N)", money(r.terminalValue));
  line("PV of terminal value", money(r.pvTerminal));
  line("Enterprise value", money(r.enterpriseValue));
  line("Terminal value share of EV", orDash(r.terminalShareOfEv, pct));
  line("Equity value", money(r.equityValue));
  line("Diluted shares", fixed(r.dilutedShares, 3));
  line("Value per share", fixed(r.valuePerShare, 2));
  const char* metric = in.terminalMetric == TerminalMetric::EvEbitda ? "EV/EBITDA" : "EV/EBIT";
  line(std::string("Implied exit multiple (") + metric + ")",
       orDash(r.impliedExitMultiple, multiple));
  line("Implied terminal growth", orDash(r.impliedTerminalGrowth, pct));

  warnings(out, evaluation.issues);
}

}  // namespace valor
