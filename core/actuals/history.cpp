#include "core/actuals/history.h"

#include <algorithm>
#include <set>

namespace valor {
namespace {

std::optional<double> at(const std::map<std::string, YearMap>& lines, const char* line, Year y) {
  auto l = lines.find(line);
  if (l == lines.end()) return std::nullopt;
  auto v = l->second.find(y);
  if (v == l->second.end()) return std::nullopt;
  return v->second;
}

// Each ratio's definition for one year; nothing where an input is missing or a denominator is
// not above zero.
using Definition = std::optional<double> (*)(const std::map<std::string, YearMap>&, Year);

std::optional<double> share(const std::map<std::string, YearMap>& l, const char* line, Year y) {
  auto part = at(l, line, y);
  auto revenue = at(l, "revenue", y);
  if (!part || !revenue || *revenue <= 0) return std::nullopt;
  return *part / *revenue;
}

// Effective tax rate = income taxes / pre-tax income, pre-tax income = net income + taxes
// (Damodaran, Investment Valuation, ch. 10: the rate actually paid on taxable income).
std::optional<double> effectiveTaxRate(const std::map<std::string, YearMap>& l, Year y) {
  auto taxes = at(l, "taxes", y);
  auto netIncome = at(l, "net_income", y);
  if (!taxes || !netIncome || *netIncome + *taxes <= 0) return std::nullopt;
  return *taxes / (*netIncome + *taxes);
}

// Invested capital = book equity + debt - cash (the financing side, Damodaran ch. 4).
std::optional<double> investedCapital(const std::map<std::string, YearMap>& l, Year y) {
  auto equity = at(l, "equity", y);
  auto debt = at(l, "debt", y);
  auto cash = at(l, "cash", y);
  if (!equity || !debt || !cash) return std::nullopt;
  return *equity + *debt - *cash;
}

struct Ratio {
  const char* key;
  const char* unit;
  Definition definition;
};

const std::vector<Ratio>& ratios() {
  static const std::vector<Ratio> table = {
      // Growth = revenue / previous year's revenue − 1; margins and the % of revenue lines =
      // the line / the same year's revenue.
      {"revenue_growth", "rate",
       [](const auto& l, Year y) -> std::optional<double> {
         auto now = at(l, "revenue", y);
         auto before = at(l, "revenue", y - 1);
         if (!now || !before || *before <= 0) return std::nullopt;
         return *now / *before - 1;
       }},
      {"ebitda_margin", "rate", [](const auto& l, Year y) { return share(l, "ebitda", y); }},
      {"ebit_margin", "rate", [](const auto& l, Year y) { return share(l, "ebit", y); }},
      {"net_margin", "rate", [](const auto& l, Year y) { return share(l, "net_income", y); }},
      {"tax_rate", "rate", effectiveTaxRate},
      {"da_pct_revenue", "rate", [](const auto& l, Year y) { return share(l, "depreciation", y); }},
      {"capex_pct_revenue", "rate", [](const auto& l, Year y) { return share(l, "capex", y); }},
      {"nwc_pct_revenue", "rate", [](const auto& l, Year y) { return share(l, "nwc", y); }},
      // Marginal sales-to-capital: revenue added per unit reinvested (Damodaran, ch. 12), where
      // reinvestment = capex − D&A + change in NWC is above zero.
      {"sales_to_capital", "ratio",
       [](const auto& l, Year y) -> std::optional<double> {
         auto revenue = at(l, "revenue", y), revenueBefore = at(l, "revenue", y - 1);
         auto capex = at(l, "capex", y), da = at(l, "depreciation", y);
         auto nwc = at(l, "nwc", y), nwcBefore = at(l, "nwc", y - 1);
         if (!revenue || !revenueBefore || !capex || !da || !nwc || !nwcBefore) return std::nullopt;
         const double reinvestment = *capex - *da + (*nwc - *nwcBefore);
         if (reinvestment <= 0) return std::nullopt;
         return (*revenue - *revenueBefore) / reinvestment;
       }},
      // Return on capital = EBIT × (1 − effective tax rate) / invested capital at the start of
      // the year, i.e. the previous year's end (Damodaran, ch. 4).
      {"roic", "rate",
       [](const auto& l, Year y) -> std::optional<double> {
         auto ebit = at(l, "ebit", y);
         auto tax = effectiveTaxRate(l, y);
         auto capital = investedCapital(l, y - 1);
         if (!ebit || !tax || !capital || *capital <= 0) return std::nullopt;
         return *ebit * (1 - *tax) / *capital;
       }},
  };
  return table;
}

}  // namespace

const DerivedHistory* ActualsHistory::find(std::string_view key) const {
  for (const DerivedHistory& d : derived)
    if (d.key == key) return &d;
  return nullptr;
}

std::optional<Year> ActualsHistory::lastRevenueYear() const {
  auto revenue = lines.find("revenue");
  if (revenue == lines.end() || revenue->second.empty()) return std::nullopt;
  return revenue->second.rbegin()->first;
}

ActualsHistory actualsHistory(const ScenarioDocument& doc) {
  ActualsHistory history;
  std::set<Year> years;
  if (const Entity* block = doc.child(doc.root(), "actuals")) {
    for (const auto& [name, value] : block->fields) {
      const auto dot = name.rfind('.');
      if (dot == std::string::npos) continue;
      const std::string line = name.substr(0, dot);
      if (const YearMap* values = std::get_if<YearMap>(&value); values && !values->empty()) {
        history.lines[line] = *values;
        for (const auto& entry : *values) years.insert(entry.first);
      } else if (const std::string* source = std::get_if<std::string>(&value)) {
        history.sources[line] = *source;
      }
    }
  }
  history.years.assign(years.begin(), years.end());
  for (const Ratio& ratio : ratios()) {
    DerivedHistory d{ratio.key, ratio.unit, {}};
    for (Year y : history.years)
      if (auto value = ratio.definition(history.lines, y)) d.values[y] = *value;
    history.derived.push_back(std::move(d));
  }
  return history;
}

YearMap recentHistory(const YearMap& values, int recentYears) {
  YearMap recent;
  for (auto it = values.rbegin(); it != values.rend(); ++it) {
    if (recentYears > 0 && static_cast<int>(recent.size()) == recentYears) break;
    recent.insert(*it);
  }
  return recent;
}

std::optional<double> historyStatistic(const YearMap& values, HistoryStatistic statistic,
                                       int recentYears) {
  std::vector<double> recent;
  for (const auto& entry : recentHistory(values, recentYears)) recent.push_back(entry.second);
  if (recent.empty()) return std::nullopt;
  switch (statistic) {
    case HistoryStatistic::Last:
      return recent.back();  // the years ascend
    case HistoryStatistic::Average: {
      double sum = 0;
      for (double v : recent) sum += v;
      return sum / static_cast<double>(recent.size());
    }
    case HistoryStatistic::Median: {
      std::sort(recent.begin(), recent.end());
      const std::size_t n = recent.size();
      return n % 2 == 1 ? recent[n / 2] : (recent[n / 2 - 1] + recent[n / 2]) / 2;
    }
  }
  return std::nullopt;
}

}  // namespace valor
