#include "core/models/ma/matable.h"

#include <ostream>
#include <string>

#include "core/models/texttable.h"

namespace valor {

using namespace texttable;

namespace {

constexpr std::size_t kLabelWidth = 34;
constexpr std::size_t kCellWidth = 11;

// A deduction as a negative amount (never "-0.0").
std::string less(double v) {
  return money(v == 0 ? 0.0 : -v);
}

std::string perShare(double v) {
  return fixed(v, 2);
}

void yearHeader(std::ostream& out, const std::string& heading, const MaResult& r) {
  out << "\n" << padRight(heading, kLabelWidth);
  for (int t = 0; t < r.years; ++t)
    out << pad(std::to_string(r.rows[static_cast<std::size_t>(t)].year), kCellWidth);
  out << "\n";
}

template <typename CellOf>
void yearRow(std::ostream& out, const std::string& label, const MaResult& r, CellOf cellOf) {
  out << padRight("  " + label, kLabelWidth);
  for (int t = 0; t < r.years; ++t)
    out << pad(cellOf(r.rows[static_cast<std::size_t>(t)]), kCellWidth);
  out << "\n";
}

void accretion(std::ostream& out, const MaResult& r) {
  yearHeader(out, "Accretion / dilution", r);
  auto money_ = [&](const char* label, Money MaYearRow::*field) {
    yearRow(out, label, r, [&](const MaYearRow& y) { return money(y.*field); });
  };
  money_("Acquirer net income", &MaYearRow::acquirerNetIncome);
  money_("Target net income", &MaYearRow::targetNetIncome);
  money_("Synergies realised (pre-tax)", &MaYearRow::synergies);
  money_("Integration costs", &MaYearRow::integrationCosts);
  money_("Interest on new debt", &MaYearRow::newDebtInterest);
  money_("Financing fee amortisation", &MaYearRow::financingFeeAmortisation);
  money_("Interest foregone on cash", &MaYearRow::foregoneInterest);
  money_("New D&A on write-ups", &MaYearRow::newDepreciation);
  money_("Refinanced interest saved", &MaYearRow::refinancingSaving);
  money_("Pro-forma net income", &MaYearRow::proFormaNetIncome);
  yearRow(out, "Pro-forma shares", r, [](const MaYearRow& y) { return money(y.proFormaShares); });
  yearRow(out, "Standalone EPS", r, [](const MaYearRow& y) { return perShare(y.standaloneEps); });
  yearRow(out, "Pro-forma EPS", r, [](const MaYearRow& y) { return perShare(y.proFormaEps); });
  yearRow(out, "Accretion / dilution per share", r,
          [](const MaYearRow& y) { return perShare(y.accretionPerShare); });
  yearRow(out, "Accretion / dilution", r, [](const MaYearRow& y) { return pct(y.accretion); });
  money_("Break-even synergies (pre-tax)", &MaYearRow::breakevenSynergies);
  yearRow(out, "Maximum offer price, EPS-neutral", r,
          [](const MaYearRow& y) { return orDash(y.maxOfferPrice, perShare); });
  yearHeader(out, "Contribution (target's share)", r);
  yearRow(out, "Revenue", r,
          [](const MaYearRow& y) { return orDash(y.targetContribution.revenue, pct); });
  yearRow(out, "EBITDA", r,
          [](const MaYearRow& y) { return orDash(y.targetContribution.ebitda, pct); });
  yearRow(out, "Net income", r,
          [](const MaYearRow& y) { return orDash(y.targetContribution.netIncome, pct); });
  yearRow(out, "Ownership", r, [&](const MaYearRow&) { return pct(r.targetOwnership); });
  yearHeader(out, "Pro-forma credit statistics", r);
  yearRow(out, "Net debt / EBITDA", r,
          [](const MaYearRow& y) { return orDash(y.netDebtToEbitda, multiple); });
  yearRow(out, "EBITDA / interest", r,
          [](const MaYearRow& y) { return orDash(y.interestCover, multiple); });
}

}  // namespace

void printMaTable(const ScenarioDocument& doc, const MaEvaluation& e, std::ostream& out) {
  const MaResult& r = *e.result;
  title(out, doc, "M&A, " + e.binding.acquirerName + " acquires " + e.binding.targetName);
  line(out, "Offer price per share", perShare(r.offerPrice));
  line(out, "Premium to the target's price", pct(r.impliedPremium));
  line(out, "Implied exchange ratio", fixed(r.impliedExchangeRatio, 4));
  line(out, "Purchase equity", money(r.purchaseEquity));
  line(out, "Enterprise value", money(r.enterpriseValue));
  line(out, "Paid in cash", money(r.cashConsideration));
  line(out, "Paid in stock", money(r.stockConsideration));
  line(out, "New shares issued", money(r.newShares) + " at " + perShare(r.issuePrice));
  line(out, "New debt", money(r.newDebt));
  line(out, "Acquirer cash used", money(r.cashUsed));
  line(out, "Acquirer / target ownership",
       pct(r.acquirerOwnership) + " / " + pct(r.targetOwnership));
  out << "\nPurchase price allocation\n";
  line(out, "Purchase equity", money(r.ppa.purchaseEquity));
  line(out, "less book equity", less(r.ppa.bookEquity));
  line(out, "plus goodwill written off", money(r.ppa.existingGoodwill));
  line(out, "less PP&E write-up", less(r.ppa.ppeWriteUp));
  line(out, "less intangibles", less(r.ppa.intangiblesWriteUp));
  line(out, "plus deferred tax liability", money(r.ppa.deferredTaxLiability));
  line(out, "Goodwill", money(r.ppa.goodwill));
  accretion(out, r);
  if (e.binding.resolved.stockShare == 1 && r.acquirerPe && r.offerPe)
    out << "\nP/E rule (all stock): acquirer P/E " << multiple(*r.acquirerPe) << " vs offer P/E "
        << multiple(*r.offerPe) << ": predicts "
        << (*r.acquirerPe > *r.offerPe ? "accretion" : "dilution")
        << " before synergies and other adjustments; the model before adjustments: "
        << (r.accretiveBeforeAdjustments ? "accretion" : "dilution") << "\n";
  warnings(out, e.issues);
}

}  // namespace valor
