#pragma once
// Alpha Vantage (https://www.alphavantage.co), a keyed market-data provider: the latest price
// from GLOBAL_QUOTE, the company's name, currency and shares outstanding from OVERVIEW. Its free
// keys allow a few requests a minute and a day; it says so in a 200 answer ("Note",
// "Information"), which is reported as rate limiting and never cached.
#include <string>

#include "core/providers/marketdata.h"
#include "core/providers/providerclient.h"

namespace valor {

// The provider's settings for ProviderClient: one request a second at most, named in messages.
ProviderSettings alphaVantageSettings(const std::string& product);

class AlphaVantageProvider : public MarketDataProvider {
 public:
  // `baseUrl` replaces https://www.alphavantage.co (a test server).
  explicit AlphaVantageProvider(ProviderClient& client,
                                std::string baseUrl = "https://www.alphavantage.co");

  const ProviderInfo& info() const override;
  // The price is kept an hour, the overview a day.
  Result<MarketQuote> quote(const std::string& ticker, const std::string& key, bool offline,
                            const std::function<bool()>& cancelled) override;

 private:
  ProviderClient& client_;
  std::string baseUrl_;
};

}  // namespace valor
