#include "core/providers/edgar.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/common/date.h"
#include "core/model/actualsschema.h"
#include "core/model/jsontext.h"
#include "core/model/textrules.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

// Company facts run to tens of megabytes for a large filer: the hardened reader's limits,
// widened to that size but still bounded.
constexpr JsonReadLimits kFactsLimits{64 * 1024 * 1024, 16, 20'000'000};
constexpr JsonReadLimits kTickersLimits{16 * 1024 * 1024, 8, 2'000'000};
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

struct Fact {
  double value = 0;
  std::string tag;
  std::string accn;
  std::string filed;
};
using Series = std::map<Year, Fact>;

// A line's figures and what they were made of.
struct Built {
  std::map<Year, double> values;
  std::vector<std::pair<Year, std::string>> tags;  // each year's tags, in the order met
  std::map<Year, std::string> filings;             // the 10-K behind each year
};

// The fiscal year a period ending on `end` is named by.
Year fiscalYear(const Date& end) {
  return end.month() == 1 && end.day() <= 7 ? end.year() - 1 : end.year();
}

bool annualForm(const Json& entry) {
  const auto form = entry.find("form");
  return form != entry.end() && form->is_string() &&
         (*form == "10-K" || *form == "10-K/A" || *form == "10-KT");
}

std::string textOf(const Json& entry, const char* key) {
  const auto it = entry.find(key);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class FactsReader {
 public:
  // One pass over the concepts: an index by name (an ordered object's own lookup is linear, so
  // looking each name up would be quadratic on a hostile answer with millions of them), and the
  // fiscal year ends — the ends of the annual periods any 10-K reports.
  explicit FactsReader(const Json& gaap) {
    for (auto it = gaap.begin(); it != gaap.end(); ++it) {
      concepts_.emplace(it.key(), &it.value());
      for (const Json* entry : entriesOf(it.value(), "USD"))
        if (const auto period = annualPeriod(*entry)) yearEnds_.insert(period->second.serial());
    }
  }

  // Figures over a fiscal year (revenue, capex), by year.
  Series flow(const std::string& tag, const char* unit = "USD") const {
    Series series;
    for (const Json* entry : entries(tag, unit))
      if (const auto period = annualPeriod(*entry))
        keep(series, fiscalYear(period->second), tag, *entry);
    return series;
  }

  // Balances at a fiscal year end (cash, debt), by year.
  Series balance(const std::string& tag) const {
    Series series;
    for (const Json* entry : entries(tag, "USD")) {
      if (entry->contains("start")) continue;
      const auto end = Date::parseIso(textOf(*entry, "end"));
      if (end && yearEnds_.count(end->serial())) keep(series, fiscalYear(*end), tag, *entry);
    }
    return series;
  }

 private:
  std::vector<const Json*> entries(const std::string& tag, const char* unit) const {
    const auto found = concepts_.find(tag);
    return found == concepts_.end() ? std::vector<const Json*>{} : entriesOf(*found->second, unit);
  }

  static std::vector<const Json*> entriesOf(const Json& concept_, const char* unit) {
    std::vector<const Json*> out;
    if (!concept_.is_object()) return out;
    const auto units = concept_.find("units");
    if (units == concept_.end() || !units->is_object()) return out;
    const auto list = units->find(unit);
    if (list == units->end() || !list->is_array()) return out;
    for (const Json& entry : *list)
      if (entry.is_object() && annualForm(entry) && entry.contains("val") &&
          entry["val"].is_number())
        out.push_back(&entry);
    return out;
  }

  // A period of 52 to 54 weeks (350–380 days): a fiscal year, not a quarter or a stub.
  static std::optional<std::pair<Date, Date>> annualPeriod(const Json& entry) {
    const auto start = Date::parseIso(textOf(entry, "start"));
    const auto end = Date::parseIso(textOf(entry, "end"));
    if (!start || !end) return std::nullopt;
    const long days = daysBetween(*start, *end);
    if (days < 350 || days > 380) return std::nullopt;
    return std::pair{*start, *end};
  }

  // The latest filing's figure wins: a later 10-K's restatement replaces the original.
  static void keep(Series& series, Year year, const std::string& tag, const Json& entry) {
    // The accession number is the filer's text: kept printable and short, as a source must be.
    Fact fact{entry["val"].get<double>(), tag, shortSourceName(textOf(entry, "accn")),
              textOf(entry, "filed")};
    auto [it, inserted] = series.try_emplace(year, fact);
    if (!inserted && fact.filed > it->second.filed) it->second = fact;
  }

  std::unordered_map<std::string, const Json*> concepts_;
  std::set<long> yearEnds_;
};

// The first tag (in order of preference) that gives a year, year by year: filers change tags
// (SalesRevenueNet until 2017, RevenueFromContractWithCustomer… since ASC 606).
Series preferred(const std::vector<Series>& candidates) {
  Series out;
  for (const Series& series : candidates)
    for (const auto& [year, fact] : series) out.try_emplace(year, fact);
  return out;
}

void take(Built& built, Year year, const Fact& fact) {
  built.tags.emplace_back(year, fact.tag);
  built.filings.try_emplace(year, fact.accn);
}

// The figures of those `parts` that give `year`, added up and recorded in `built`.
double partsOf(Built& built, Year year, std::initializer_list<const Series*> parts) {
  double total = 0;
  for (const Series* part : parts)
    if (const auto it = part->find(year); it != part->end()) {
      total += it->second.value;
      take(built, year, it->second);
    }
  return total;
}

Built single(const Series& series) {
  Built built;
  for (const auto& [year, fact] : series) {
    built.values[year] = fact.value;
    take(built, year, fact);
  }
  return built;
}

// Where a line's figures came from, within the source field's 500 characters.
std::string sourceText(const EdgarCompany& company, const Built& built, const std::string& how) {
  std::string text = "SEC EDGAR, " + shortSourceName(company.name) + " (CIK " +
                     std::to_string(company.cik) + "): ";
  if (!how.empty()) text += how + "; ";
  std::vector<std::string> tags;
  for (const auto& [year, tag] : built.tags)
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
  for (std::size_t i = 0; i < tags.size(); ++i)
    text += (i ? ", " : "") + std::string("us-gaap:") + tags[i];
  text += "; 10-K";
  std::size_t shown = 0;
  for (auto it = built.filings.rbegin(); it != built.filings.rend(); ++it) {
    const std::string item = " " + it->second + " (" + std::to_string(it->first) + ")";
    if (text.size() + item.size() > 440) break;
    text += (shown ? "," : "") + item;
    ++shown;
  }
  if (shown < built.filings.size())
    text += " and " + std::to_string(built.filings.size() - shown) + " earlier";
  text += "; in USD";
  return cutUtf8(text, 500);  // between characters: the formulas hold "−"
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

Status readableJson(const std::string& body, const JsonReadLimits& limits) {
  auto parsed = readJsonText(body, limits);
  if (!parsed) return parsed.error();
  if (!parsed.value().is_object()) return Error{"json.invalid", "not a JSON object", ""};
  return std::monostate{};
}

std::string cikFileName(std::int64_t cik) {
  std::string digits = std::to_string(cik);
  return "CIK" + std::string(10 - std::min<std::size_t>(digits.size(), 10), '0') + digits + ".json";
}

}  // namespace

EdgarEndpoints edgarEndpointsAt(const std::string& baseUrl) {
  std::string base = baseUrl;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return {base + "/files/company_tickers.json", base + "/api/xbrl/companyfacts/"};
}

Result<ProviderSettings> edgarSettings(const std::string& product, const std::string& contact) {
  const auto at = contact.find('@');
  const bool printable = std::all_of(contact.begin(), contact.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  });
  if (at == std::string::npos || at == 0 || contact.find('.', at) == std::string::npos ||
      !printable || contact.size() > 200)
    return Error{"provider.contact",
                 "SEC EDGAR asks every client to identify itself with a name and an e-mail "
                 "address (\"Jane Doe jane@firm.com\"); give yours as the contact",
                 "contact"};
  ProviderSettings settings;
  settings.id = "sec-edgar";
  settings.name = "SEC EDGAR";
  settings.userAgent = product + " " + contact;
  settings.requestsPerSecond = 10;  // the SEC's fair-access limit
  return settings;
}

Result<EdgarCompany> edgarCompanyOfTicker(std::string_view tickersJson, const std::string& ticker) {
  auto parsed = readJsonText(tickersJson, kTickersLimits);
  if (!parsed) return parsed.error();
  const std::string wanted = upper(ticker);
  for (const auto& [key, entry] : parsed.value().items()) {
    if (!entry.is_object() || upper(textOf(entry, "ticker")) != wanted) continue;
    const auto cik = entry.find("cik_str");
    if (cik == entry.end() || !cik->is_number_integer() || cik->get<std::int64_t>() <= 0) continue;
    return EdgarCompany{cik->get<std::int64_t>(), wanted, textOf(entry, "title")};
  }
  return Error{"provider.company_not_found",
               "SEC EDGAR lists no company with the ticker " + wanted.substr(0, 20), ticker};
}

Result<EdgarStatement> edgarStatementOfFacts(std::string_view factsJson, int years) {
  auto parsed = readJsonText(factsJson, kFactsLimits);
  if (!parsed) return parsed.error();
  const Json& root = parsed.value();
  EdgarStatement out;
  out.company.cik =
      root.contains("cik") && root["cik"].is_number_integer() ? root["cik"].get<std::int64_t>() : 0;
  out.company.name = textOf(root, "entityName");
  const Json empty = Json::object();
  const Json* gaap = &empty;
  if (const auto facts = root.find("facts"); facts != root.end() && facts->is_object())
    if (const auto g = facts->find("us-gaap"); g != facts->end() && g->is_object()) gaap = &*g;
  const FactsReader r(*gaap);
  const auto flows = [&](std::vector<std::string> tags, const char* unit = "USD") {
    std::vector<Series> all;
    for (const std::string& tag : tags) all.push_back(r.flow(tag, unit));
    return preferred(all);
  };
  const auto balances = [&](std::vector<std::string> tags) {
    std::vector<Series> all;
    for (const std::string& tag : tags) all.push_back(r.balance(tag));
    return preferred(all);
  };

  const Series ebit = flows({"OperatingIncomeLoss"});
  const Series da = flows({"DepreciationDepletionAndAmortization", "DepreciationAndAmortization",
                           "DepreciationAmortizationAndAccretionNet"});
  const Series cash = balances({"CashAndCashEquivalentsAtCarryingValue",
                                "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"});
  // Short-term borrowings include commercial paper: the paper counts only where no total is.
  const Series shortTerm = balances({"ShortTermBorrowings", "CommercialPaper"});
  const Series currentLongTerm = balances({"LongTermDebtCurrent"});
  const Series currentDebt = balances({"DebtCurrent"});

  std::vector<std::pair<std::string, std::pair<Built, std::string>>> lines;
  const auto add = [&](const std::string& key, Built built, std::string how = {}) {
    if (!built.values.empty()) lines.push_back({key, {std::move(built), std::move(how)}});
  };
  add("revenue", single(flows({"Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
                               "RevenueFromContractWithCustomerIncludingAssessedTax",
                               "SalesRevenueNet", "SalesRevenueGoodsNet"})));
  Built ebitda = single(ebit);
  for (auto it = ebitda.values.begin(); it != ebitda.values.end();) {
    const auto d = da.find(it->first);
    if (d == da.end()) {
      ebitda.filings.erase(it->first);
      std::erase_if(ebitda.tags, [&](const auto& t) { return t.first == it->first; });
      it = ebitda.values.erase(it);
      continue;
    }
    it->second += d->second.value;
    take(ebitda, it->first, d->second);
    ++it;
  }
  add("ebitda", ebitda, "EBIT + D&A");
  add("ebit", single(ebit));
  add("depreciation", single(da));
  add("capex", single(flows({"PaymentsToAcquirePropertyPlantAndEquipment",
                             "PaymentsToAcquireProductiveAssets"})));
  // Net operating working capital: current assets less cash, less current liabilities other
  // than borrowings (Koller et al., Valuation, "operating working capital").
  {
    const Series assets = balances({"AssetsCurrent"});
    const Series liabilities = balances({"LiabilitiesCurrent"});
    Built nwc;
    for (const auto& [year, a] : assets) {
      const auto l = liabilities.find(year);
      if (l == liabilities.end()) continue;
      double value = a.value - l->second.value;
      take(nwc, year, a);
      take(nwc, year, l->second);
      if (const auto c = cash.find(year); c != cash.end()) {
        value -= c->second.value;
        take(nwc, year, c->second);
      }
      // Interest-bearing current debt: DebtCurrent where filed, else its parts.
      value += currentDebt.count(year) ? partsOf(nwc, year, {&currentDebt})
                                       : partsOf(nwc, year, {&currentLongTerm, &shortTerm});
      nwc.values[year] = value;
    }
    add("nwc", nwc, "current assets − cash − (current liabilities − current borrowings)");
  }
  add("taxes", single(flows({"IncomeTaxExpenseBenefit"})));
  add("net_income", single(flows({"NetIncomeLoss", "ProfitLoss"})));
  add("equity",
      single(balances({"StockholdersEquity",
                       "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"})));
  {
    // Long-term debt including its current part (LongTermDebt, or else its two parts), year by
    // year, plus short-term borrowings.
    const Series longTerm = balances({"LongTermDebt"});
    const Series noncurrent = balances({"LongTermDebtNoncurrent"});
    std::set<Year> debtYears;
    for (const Series* s : {&longTerm, &noncurrent})
      for (const auto& entry : *s) debtYears.insert(entry.first);
    Built debt;
    for (Year year : debtYears)
      debt.values[year] =
          (longTerm.count(year) ? partsOf(debt, year, {&longTerm})
                                : partsOf(debt, year, {&noncurrent, &currentLongTerm})) +
          partsOf(debt, year, {&shortTerm});
    add("debt", debt, "long-term debt incl. current part + short-term borrowings");
  }
  add("cash", single(cash));
  // Altman's totals. Working capital is current assets less current liabilities (Altman 1968),
  // not the operating NWC above. Total liabilities where filed, else liabilities and equity
  // less equity (many filers give no total).
  {
    const Series assets = balances({"AssetsCurrent"});
    const Series liabilities = balances({"LiabilitiesCurrent"});
    Built capital;
    for (const auto& [year, a] : assets)
      if (const auto l = liabilities.find(year); l != liabilities.end()) {
        capital.values[year] = a.value - l->second.value;
        take(capital, year, a);
        take(capital, year, l->second);
      }
    add("working_capital", capital, "current assets − current liabilities");
  }
  add("retained_earnings", single(balances({"RetainedEarningsAccumulatedDeficit"})));
  add("total_assets", single(balances({"Assets"})));
  {
    const Series total = balances({"Liabilities"});
    const Series both = balances({"LiabilitiesAndStockholdersEquity"});
    const Series equity =
        balances({"StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
                  "StockholdersEquity"});
    Built liabilities;
    for (const auto& [year, t] : total) {
      liabilities.values[year] = t.value;
      take(liabilities, year, t);
    }
    for (const auto& [year, b] : both) {
      const auto e = equity.find(year);
      if (liabilities.values.count(year) || e == equity.end()) continue;
      liabilities.values[year] = b.value - e->second.value;
      take(liabilities, year, b);
      take(liabilities, year, e->second);
    }
    add("total_liabilities", liabilities,
        "total liabilities, or liabilities and equity − equity where no total is filed");
  }
  add("shares", single(flows({"WeightedAverageNumberOfDilutedSharesOutstanding"}, "shares")),
      "weighted average, diluted");

  // The last `years` fiscal years that any line gives.
  std::set<Year> allYears;
  for (const auto& line : lines)
    for (const auto& [year, value] : line.second.first.values) allYears.insert(year);
  if (allYears.empty())
    return Error{"provider.no_annual_figures",
                 "SEC EDGAR has no annual (10-K) figures of these lines for " +
                     (out.company.name.empty() ? std::string("this company") : out.company.name),
                 ""};
  years = std::max(years, 1);
  const Year first = allYears.size() > static_cast<std::size_t>(years)
                         ? *std::next(allYears.rbegin(), years - 1)
                         : *allYears.begin();
  out.statement.unit = "units";
  out.statement.currency = "USD";
  for (auto& [key, builtAndHow] : lines) {
    Built& built = builtAndHow.first;
    for (auto it = built.values.begin(); it != built.values.end();)
      it = it->first < first ? built.values.erase(it) : std::next(it);
    for (auto it = built.filings.begin(); it != built.filings.end();)
      it = it->first < first ? built.filings.erase(it) : std::next(it);
    std::erase_if(built.tags, [&](const auto& t) { return t.first < first; });
    // Sums of hostile figures may overflow: such a year is left out, never imported as infinity.
    std::erase_if(built.values, [](const auto& v) { return !std::isfinite(v.second); });
    if (built.values.empty()) continue;
    StatementLine line{key, key, built.values, sourceText(out.company, built, builtAndHow.second)};
    out.statement.lines.push_back(std::move(line));
  }
  for (const ActualsLine& known : actualsLines())
    if (std::none_of(out.statement.lines.begin(), out.statement.lines.end(),
                     [&](const StatementLine& l) { return l.key == known.key; }))
      out.missingLines.push_back(known.key);
  return out;
}

Result<EdgarFetch> fetchEdgarStatement(ProviderClient& client, const EdgarEndpoints& endpoints,
                                       const std::string& company, int years, bool offline,
                                       const std::function<bool()>& cancelled) {
  std::string trimmed = company;
  trimmed.erase(0, trimmed.find_first_not_of(" \t"));
  trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
  const bool isCik =
      !trimmed.empty() && trimmed.size() <= 10 &&
      std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool isTicker =
      !trimmed.empty() && trimmed.size() <= 12 &&
      std::all_of(trimmed.begin(), trimmed.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
      });
  if (!isCik && !isTicker)
    return Error{"provider.company",
                 "give the company as its ticker (AAPL) or its SEC CIK number (320193)", "company"};

  EdgarCompany who;
  if (isCik) {
    who.cik = std::stoll(trimmed);
  } else {
    const auto tickersReadable = [](const std::string& body) {
      return readableJson(body, kTickersLimits);
    };
    auto tickers =
        client.fetch(endpoints.tickers, "tickers", 7 * kDay, tickersReadable, offline, cancelled);
    if (!tickers) return tickers.error();
    auto found = edgarCompanyOfTicker(tickers.value().body, trimmed);
    if (!found) return found.error();
    who = std::move(found).value();
  }
  if (who.cik <= 0) return Error{"provider.company", "a CIK number is above zero", "company"};

  const std::string file = cikFileName(who.cik);
  const auto factsReadable = [](const std::string& body) {
    return readableJson(body, kFactsLimits);
  };
  auto facts = client.fetch(endpoints.companyFacts + file, "facts/" + file, kDay, factsReadable,
                            offline, cancelled);
  if (!facts) {
    if (facts.error().code == "provider.not_found")
      return Error{"provider.company_not_found",
                   "SEC EDGAR has no financial data for CIK " + std::to_string(who.cik) +
                       " (a company that files no 10-K, or a wrong number)",
                   facts.error().context};
    return facts.error();
  }
  auto statement = edgarStatementOfFacts(facts.value().body, years);
  if (!statement) return statement.error();
  EdgarFetch out{std::move(statement).value(), facts.value().fetchedMs, facts.value().fromCache,
                 facts.value().staleBecause};
  if (out.statement.company.cik == 0) out.statement.company.cik = who.cik;
  if (out.statement.company.name.empty()) out.statement.company.name = who.name;
  out.statement.company.ticker = who.ticker;
  return out;
}

}  // namespace valor
