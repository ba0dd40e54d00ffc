#include "core/models/lbo/lbotable.h"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "core/model/textrules.h"
#include "core/models/texttable.h"

namespace valor {

using namespace texttable;

namespace {

constexpr std::size_t kLabelWidth = 31;
constexpr std::size_t kCellWidth = 10;

std::string scientific(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1e", v);
  return text;
}

// A row of a per-year block: label, then one cell per year.
void yearRow(std::ostream& out, const std::string& label, const LboResult& r, const auto& cellOf) {
  out << padRight("  " + label, kLabelWidth);
  for (int t = 0; t < r.years; ++t)
    out << pad(cellOf(r.rows[static_cast<std::size_t>(t)], t), kCellWidth);
  out << "\n";
}

void yearHeader(std::ostream& out, const std::string& title, const LboResult& r) {
  out << "\n" << padRight(title, kLabelWidth);
  for (int t = 0; t < r.years; ++t)
    out << pad(std::to_string(r.rows[static_cast<std::size_t>(t)].year), kCellWidth);
  out << "\n";
}

void sourcesAndUses(std::ostream& out, const LboEvaluation& e) {
  const LboResult& r = *e.result;
  const LboSourcesUses& su = r.sourcesUses;
  std::vector<std::pair<std::string, double>> sources, uses;
  for (int i = 0; i < e.binding.resolved.trancheCount; ++i)
    sources.emplace_back(printableText(e.binding.trancheLabels[static_cast<std::size_t>(i)]),
                         e.binding.resolved.tranches[static_cast<std::size_t>(i)].principal);
  sources.emplace_back("Rollover equity", su.rolloverEquity);
  sources.emplace_back("Sponsor equity", su.sponsorEquity);
  uses.emplace_back("Enterprise value", su.entryEnterpriseValue);
  uses.emplace_back("Transaction fees", su.transactionFees);
  uses.emplace_back("Financing fees", su.financingFees);
  uses.emplace_back("Original issue discount", su.oid);
  uses.emplace_back("Cash to the balance sheet", su.minimumCash);
  out << "\nSources and uses at close\n";
  out << padRight("  Sources", 30) << pad("", 10) << "    " << padRight("Uses", 26) << "\n";
  const std::size_t rows = std::max(sources.size(), uses.size());
  for (std::size_t i = 0; i < rows; ++i) {
    const bool s = i < sources.size();
    const bool u = i < uses.size();
    out << padRight("  " + (s ? sources[i].first : std::string()), 30)
        << pad(s ? money(sources[i].second) : std::string(), 10) << "    "
        << padRight(u ? uses[i].first : std::string(), 26)
        << pad(u ? money(uses[i].second) : std::string(), 10) << "\n";
  }
  out << padRight("  Total", 30) << pad(money(su.total), 10) << "    " << padRight("Total", 26)
      << pad(money(su.total), 10) << "\n";
}

void debtSchedule(std::ostream& out, const LboEvaluation& e) {
  const LboResult& r = *e.result;
  yearHeader(out, "Debt schedule", r);
  for (int i = 0; i < r.trancheCount; ++i) {
    const auto& years = r.schedule[static_cast<std::size_t>(i)];
    out << "  " << printableText(e.binding.trancheLabels[static_cast<std::size_t>(i)]) << "\n";
    const auto row = [&](const char* label, Money LboTrancheYear::*field) {
      yearRow(out, std::string("  ") + label, r, [&](const LboYearRow&, int t) {
        return money(years[static_cast<std::size_t>(t)].*field);
      });
    };
    row("opening", &LboTrancheYear::opening);
    row("cash interest", &LboTrancheYear::interestCash);
    row("PIK interest", &LboTrancheYear::interestPik);
    row("mandatory", &LboTrancheYear::mandatory);
    row("drawn", &LboTrancheYear::drawn);
    row("repaid from excess cash", &LboTrancheYear::sweep);
    row("closing", &LboTrancheYear::closing);
  }
}

void operatingAndCredit(std::ostream& out, const LboResult& r) {
  yearHeader(out, "Operating case and cash", r);
  const auto money_ = [&](const char* label, Money LboYearRow::*field) {
    yearRow(out, label, r, [&](const LboYearRow& y, int) { return money(y.*field); });
  };
  money_("Revenue", &LboYearRow::revenue);
  money_("EBITDA", &LboYearRow::ebitda);
  money_("Cash interest", &LboYearRow::interestCash);
  money_("Taxes", &LboYearRow::taxes);
  money_("Net income", &LboYearRow::netIncome);
  money_("Cash flow for debt service", &LboYearRow::cashFlowForDebt);
  money_("Mandatory repayment", &LboYearRow::mandatory);
  money_("Sweep", &LboYearRow::sweep);
  money_("Cash at end", &LboYearRow::cashClosing);
  money_("Debt at end", &LboYearRow::debtClosing);
  yearHeader(out, "Credit statistics", r);
  const auto ratio = [&](const char* label, std::optional<Real> LboCreditStats::*field,
                         std::string (*format)(double)) {
    yearRow(out, label, r, [&](const LboYearRow& y, int) {
      return orDash(lboCreditStats(y, r.sourcesUses.debt).*field, format);
    });
  };
  ratio("Debt / EBITDA", &LboCreditStats::totalLeverage, multiple);
  ratio("Senior debt / EBITDA", &LboCreditStats::seniorLeverage, multiple);
  ratio("EBITDA / cash interest", &LboCreditStats::interestCover, multiple);
  ratio("(EBITDA − capex) / interest", &LboCreditStats::ebitdaLessCapexCover, multiple);
  ratio("Cash flow / debt", &LboCreditStats::fcfToDebt, pct);
  ratio("Debt repaid since close", &LboCreditStats::cumulativePaydown, pct);
}

}  // namespace

void printLboTable(const ScenarioDocument& doc, const LboEvaluation& e, std::ostream& out) {
  const LboResult& r = *e.result;
  title(out, doc, "LBO");
  line(out, "Sponsor IRR", orDash(r.irr, pct));
  line(out, "Sponsor IRR on dates (XIRR)",
       e.xirr ? pct(e.xirr->rate) : std::string("— (needs close and exit dates)"));
  line(out, "MOIC", orDash(r.moic, multiple));
  line(out, "Sponsor equity", money(r.sourcesUses.sponsorEquity));
  line(out, "Entry enterprise value", money(r.sourcesUses.entryEnterpriseValue));
  line(out, "Entry multiple (EV / LTM EBITDA)", multiple(r.entryMultiple));
  line(out, "Exit enterprise value", money(r.exitEnterpriseValue));
  line(out, "Net debt at exit", money(r.netDebtAtExit));
  line(out, "Equity value at exit", money(r.exitEquity));
  line(out, "Sponsor proceeds", money(r.sponsorProceeds));
  sourcesAndUses(out, e);
  out << "\nWhere the equity gain comes from (EBITDA growth first, then the multiple)\n";
  line(out, "EBITDA growth", money(r.attribution.ebitdaGrowth));
  line(out, "Multiple expansion", money(r.attribution.multipleExpansion));
  line(out, "Debt paydown and cash", money(r.attribution.debtPaydown));
  line(out, "Fees and leakage", money(r.attribution.feesAndLeakage));
  line(out, "Equity gain", money(r.attribution.equityGain));
  debtSchedule(out, e);
  operatingAndCredit(out, r);
  out << "\nInterest on "
      << (r.averageInterest ? "average balances: solved by fixed-point iteration, " +
                                  std::to_string(r.iterations) + " passes at most, residual " +
                                  scientific(r.residual)
                            : std::string("opening balances (no circularity)"))
      << "\n";
  warnings(out, e.issues);
}

}  // namespace valor
