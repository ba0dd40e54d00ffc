#pragma once
// SEC EDGAR's company facts (the XBRL financial data of every 10-K, as JSON, no key needed) read
// into the actuals' statement lines for the annual periods, each line's source naming the
// us-gaap tags and the 10-K filings its figures came from. The SEC asks every client to name
// itself and a contact in the User-Agent and to stay under 10 requests per second
// (https://www.sec.gov/os/accessing-edgar-data).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals/statement.h"
#include "core/common/result.h"
#include "core/providers/providerclient.h"

namespace valor {

struct EdgarEndpoints {
  std::string tickers = "https://www.sec.gov/files/company_tickers.json";
  std::string companyFacts = "https://data.sec.gov/api/xbrl/companyfacts/";  // + CIK….json
};
// The same paths under another address (a mirror, or a test server).
EdgarEndpoints edgarEndpointsAt(const std::string& baseUrl);

// The SEC's settings: 10 requests per second, a User-Agent naming the product ("Valor
// IVX/1.2.0") and the analyst's contact ("Jane Doe jane@firm.com"), refused when the contact
// has no e-mail address.
Result<ProviderSettings> edgarSettings(const std::string& product, const std::string& contact);

struct EdgarCompany {
  std::int64_t cik = 0;
  std::string ticker;
  std::string name;
};

// The company of a ticker in the SEC's ticker file ({"0": {"cik_str": 320193, "ticker":
// "AAPL", "title": "Apple Inc."}, …}); "provider.company_not_found" when it is not listed.
Result<EdgarCompany> edgarCompanyOfTicker(std::string_view tickersJson, const std::string& ticker);

struct EdgarStatement {
  Statement statement;  // unit "units" (dollars and shares as reported)
  EdgarCompany company;
  std::vector<std::string> missingLines;  // actuals lines the filings do not give
};

// The annual (10-K) figures of the last `years` fiscal years. A fiscal year is named by the
// calendar year its period ends in (a 52/53-week year ending in the first week of January
// belongs to the year before); a figure restated by a later 10-K takes the later value.
Result<EdgarStatement> edgarStatementOfFacts(std::string_view factsJson, int years);

struct EdgarFetch {
  EdgarStatement statement;
  std::int64_t fetchedMs = 0;
  bool fromCache = false;
  std::optional<Error> staleBecause;
};

// Ticker ("AAPL") or CIK ("320193") → its statement, through `client` (cache, rate limit,
// retries, breaker). The ticker file is kept a week, company facts a day.
Result<EdgarFetch> fetchEdgarStatement(ProviderClient& client, const EdgarEndpoints& endpoints,
                                       const std::string& company, int years, bool offline,
                                       const std::function<bool()>& cancelled = {});

}  // namespace valor
