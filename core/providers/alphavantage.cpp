#include "core/providers/alphavantage.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "core/model/jsontext.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;
constexpr JsonReadLimits kLimits{1024 * 1024, 8, 20'000};
constexpr std::int64_t kHour = 3600LL * 1000;

std::string textOf(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Alpha Vantage writes numbers as strings ("168.9700", "918738000"); "None" or "-" for none.
std::optional<double> numberOf(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// The provider's verdict inside a 200 answer, as a "provider.…" error; otherwise readable.
Status readable(const std::string& body) {
  auto parsed = readJsonText(body, kLimits);
  if (!parsed) return parsed.error();
  const Json& json = parsed.value();
  if (!json.is_object()) return Error{"json.invalid", "not a JSON object", ""};
  for (const char* note : {"Note", "Information"})
    if (const std::string text = textOf(json, note); !text.empty())
      return Error{"provider.rate_limited",
                   "Alpha Vantage declines for now: " + text.substr(0, 240), ""};
  if (const std::string text = textOf(json, "Error Message"); !text.empty())
    return Error{
        "provider.refused",
        "Alpha Vantage refused the request (a wrong ticker or key?): " + text.substr(0, 240), ""};
  return std::monostate{};
}

bool validTicker(const std::string& ticker) {
  return !ticker.empty() && ticker.size() <= 16 &&
         std::all_of(ticker.begin(), ticker.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
         });
}

// Keys are letters and digits; anything else would change the request's meaning.
bool validKey(const std::string& key) {
  return !key.empty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c));
  });
}

}  // namespace

ProviderSettings alphaVantageSettings(const std::string& product) {
  ProviderSettings s;
  s.id = "alpha-vantage";
  s.name = "Alpha Vantage";
  s.userAgent = product;
  s.requestsPerSecond = 1;
  return s;
}

AlphaVantageProvider::AlphaVantageProvider(ProviderClient& client, std::string baseUrl)
    : client_(client), baseUrl_(std::move(baseUrl)) {
  while (!baseUrl_.empty() && baseUrl_.back() == '/') baseUrl_.pop_back();
}

const ProviderInfo& AlphaVantageProvider::info() const {
  static const ProviderInfo info{"alpha-vantage", "Alpha Vantage", true,
                                 "a free key from https://www.alphavantage.co/support/#api-key"};
  return info;
}

Result<MarketQuote> AlphaVantageProvider::quote(const std::string& ticker, const std::string& key,
                                                bool offline,
                                                const std::function<bool()>& cancelled) {
  std::string symbol = ticker;
  for (char& c : symbol) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!validTicker(symbol))
    return Error{"provider.company", "give the share's ticker (IBM, TSCO.LON)", "ticker"};
  if (!offline && !validKey(key))
    return Error{"provider.key",
                 "Alpha Vantage needs your API key (letters and digits): " + info().keyHelp, "key"};
  const auto url = [&](const char* function) {
    return baseUrl_ + "/query?function=" + function + "&symbol=" + symbol + "&apikey=" + key;
  };
  auto priced =
      client_.fetch(url("GLOBAL_QUOTE"), "quote/" + symbol, kHour, readable, offline, cancelled);
  if (!priced) return priced.error();
  auto quoteRead = readJsonText(priced.value().body, kLimits);  // a cache file may be damaged
  if (!quoteRead) return quoteRead.error();
  const Json& quoteJson = quoteRead.value();
  const auto block = quoteJson.find("Global Quote");
  const std::optional<double> price = block != quoteJson.end() && block->is_object()
                                          ? numberOf(textOf(*block, "05. price"))
                                          : std::nullopt;
  if (!price || *price <= 0)
    return Error{"provider.company_not_found", "Alpha Vantage has no price for " + symbol,
                 "ticker"};

  MarketQuote q;
  q.symbol = symbol;
  q.price = *price;
  q.asOf = textOf(*block, "07. latest trading day");
  q.fetchedMs = priced.value().fetchedMs;
  q.fromCache = priced.value().fromCache;
  q.staleBecause = priced.value().staleBecause;
  q.source = "Alpha Vantage, " + symbol + ", latest price" +
             (q.asOf.empty() ? std::string() : " of " + q.asOf);

  // The overview is the company's: not every symbol has one (funds), so its absence is no error.
  auto overview = client_.fetch(url("OVERVIEW"), "overview/" + symbol, 24 * kHour, readable,
                                offline, cancelled);
  if (!overview && overview.error().code != "provider.not_cached" &&
      overview.error().code != "provider.not_found")
    return overview.error();
  if (overview) {
    auto read = readJsonText(overview.value().body, kLimits);
    if (!read) return read.error();
    const Json& json = read.value();
    q.name = textOf(json, "Name");
    q.currency = textOf(json, "Currency");
    if (const auto shares = numberOf(textOf(json, "SharesOutstanding")); shares && *shares > 0) {
      q.sharesOutstanding = *shares;
      q.source += "; shares outstanding from its company overview";
    }
    if (!q.staleBecause) q.staleBecause = overview.value().staleBecause;
  }
  return q;
}

}  // namespace valor
