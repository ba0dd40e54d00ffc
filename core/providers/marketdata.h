#pragma once
// A market-data provider: a share's latest price and shares outstanding, for the fields a model
// takes them in (an M&A deal's share prices, a DCF's share count). A provider that needs the
// analyst's key is given it for each request — the desktop keeps it in the system keychain —
// and never stores, logs or shows it.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/common/result.h"

namespace valor {

struct ProviderInfo {
  std::string id;    // "alpha-vantage": the keychain's and the cache's name for it
  std::string name;  // "Alpha Vantage"
  bool needsKey = false;
  std::string keyHelp;  // where an analyst gets a key
};

struct MarketQuote {
  std::string symbol;
  std::string name;                         // the company, when the provider says
  double price = 0;                         // per share, in `currency`
  std::string currency;                     // ISO 4217; empty when the provider does not say
  std::string asOf;                         // the trading day of the price (YYYY-MM-DD)
  std::optional<double> sharesOutstanding;  // a count, not scaled
  std::string source;                       // "Alpha Vantage, IBM, latest price of 2024-05-10"
  std::int64_t fetchedMs = 0;
  bool fromCache = false;
  std::optional<Error> staleBecause;
};

class MarketDataProvider {
 public:
  virtual ~MarketDataProvider() = default;
  virtual const ProviderInfo& info() const = 0;
  // `key` is empty for a provider that needs none. Errors name the provider and the cause:
  // "provider.company_not_found", "provider.rate_limited", "provider.refused", "provider.key" …
  virtual Result<MarketQuote> quote(const std::string& ticker, const std::string& key, bool offline,
                                    const std::function<bool()>& cancelled) = 0;
};

}  // namespace valor
