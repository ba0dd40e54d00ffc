#include "edgarfixtures.h"

namespace valor::testing {

using Json = nlohmann::json;

Json fact(const char* start, const char* end, double value, const char* accn, const char* form,
          const char* filed) {
  Json e = {{"end", end},   {"val", value},   {"accn", accn},
            {"form", form}, {"filed", filed}, {"fp", "FY"}};
  if (start) e["start"] = start;
  return e;
}

void put(Json& gaap, const char* tag, Json entries, const char* unit) {
  gaap[tag]["label"] = tag;
  for (Json& e : entries) gaap[tag]["units"][unit].push_back(e);
}

// Example Corp, fiscal years ending 30 September, as the SEC publishes company facts.
// FY2021 revenue under the old tag SalesRevenueNet, later years under ASC 606's tag; the
// FY2022 revenue first filed as 110 bn and restated to 111 bn in the FY2023 10-K.
std::string exampleFacts() {
  Json gaap = Json::object();
  put(gaap, "SalesRevenueNet",
      {fact("2020-10-01", "2021-09-30", 100e9, "0000000001-21-000001", "10-K", "2021-11-01")});
  put(gaap, "RevenueFromContractWithCustomerExcludingAssessedTax",
      {fact("2021-10-01", "2022-09-30", 110e9, "0000000001-22-000001", "10-K", "2022-11-01"),
       fact("2021-10-01", "2022-09-30", 111e9, "0000000001-23-000001", "10-K", "2023-11-01"),
       fact("2022-10-01", "2023-09-30", 121e9, "0000000001-23-000001", "10-K", "2023-11-01"),
       // a quarter, in a 10-Q and inside the 10-K: neither is a fiscal year
       fact("2022-10-01", "2022-12-31", 30e9, "0000000001-23-000002", "10-Q", "2023-02-01"),
       fact("2023-07-01", "2023-09-30", 32e9, "0000000001-23-000001", "10-K", "2023-11-01")});
  put(gaap, "OperatingIncomeLoss",
      {fact("2020-10-01", "2021-09-30", 30e9, "0000000001-21-000001", "10-K", "2021-11-01"),
       fact("2021-10-01", "2022-09-30", 33e9, "0000000001-22-000001", "10-K", "2022-11-01"),
       fact("2022-10-01", "2023-09-30", 36e9, "0000000001-23-000001", "10-K", "2023-11-01")});
  put(gaap, "DepreciationDepletionAndAmortization",
      {fact("2021-10-01", "2022-09-30", 5e9, "0000000001-22-000001", "10-K", "2022-11-01"),
       fact("2022-10-01", "2023-09-30", 6e9, "0000000001-23-000001", "10-K", "2023-11-01")});
  put(gaap, "IncomeTaxExpenseBenefit",
      {fact("2022-10-01", "2023-09-30", 5e9, "0000000001-23-000001", "10-K", "2023-11-01")});
  put(gaap, "NetIncomeLoss",
      {fact("2022-10-01", "2023-09-30", 25e9, "0000000001-23-000001", "10-K", "2023-11-01")});
  const char* y = "0000000001-23-000001";
  put(gaap, "AssetsCurrent",
      {fact(nullptr, "2023-09-30", 50e9, y, "10-K", "2023-11-01"),
       // a balance at a quarter end, even in a 10-K, is not a year-end balance
       fact(nullptr, "2023-03-31", 70e9, y, "10-K", "2023-11-01")});
  put(gaap, "LiabilitiesCurrent", {fact(nullptr, "2023-09-30", 40e9, y, "10-K", "2023-11-01")});
  put(gaap, "CashAndCashEquivalentsAtCarryingValue",
      {fact(nullptr, "2023-09-30", 20e9, y, "10-K", "2023-11-01")});
  put(gaap, "LongTermDebtCurrent", {fact(nullptr, "2023-09-30", 8e9, y, "10-K", "2023-11-01")});
  put(gaap, "LongTermDebt", {fact(nullptr, "2023-09-30", 90e9, y, "10-K", "2023-11-01")});
  put(gaap, "ShortTermBorrowings", {fact(nullptr, "2023-09-30", 2e9, y, "10-K", "2023-11-01")});
  put(gaap, "WeightedAverageNumberOfDilutedSharesOutstanding",
      {fact("2022-10-01", "2023-09-30", 16e9, y, "10-K", "2023-11-01")}, "shares");
  return Json{{"cik", 1234567}, {"entityName", "Example Corp"}, {"facts", {{"us-gaap", gaap}}}}
      .dump();
}

std::string tickers() {
  return Json{{"0", {{"cik_str", 1234567}, {"ticker", "EXMP"}, {"title", "Example Corp"}}},
              {"1", {{"cik_str", 7654321}, {"ticker", "OTHR"}, {"title", "Other Inc."}}}}
      .dump();
}

// A server that knows Example Corp; `facts` answers the company-facts request.
LocalHttpServer::Handler edgarServer(std::function<Reply()> facts) {
  return [facts](const std::string& target) {
    if (target == "/files/company_tickers.json") return Reply{200, tickers(), {}, 0, false};
    if (target == "/api/xbrl/companyfacts/CIK0001234567.json") return facts();
    return Reply{404, "{}", {}, 0, false};
  };
}

Reply ok(const std::string& body) {
  return Reply{200, body, {}, 0, false};
}

LocalHttpServer::Handler alphaVantageServer() {
  return [](const std::string& target) {
    if (target == "/query?function=GLOBAL_QUOTE&symbol=IBM&apikey=K3Y")
      return ok(R"({"Global Quote": {"01. symbol": "IBM", "05. price": "168.9700",
                    "07. latest trading day": "2024-05-10"}})");
    if (target == "/query?function=OVERVIEW&symbol=IBM&apikey=K3Y")
      return ok(R"({"Symbol": "IBM", "Name": "International Business Machines",
                    "Currency": "USD", "SharesOutstanding": "918738000"})");
    if (target.find("apikey=K3Y") == std::string::npos)
      return ok(
          R"({"Error Message": "Invalid API call. Please retry or visit the documentation."})");
    return ok(R"({"Global Quote": {}})");
  };
}

}  // namespace valor::testing
