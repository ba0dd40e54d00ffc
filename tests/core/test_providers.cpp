// Company figures from a data provider: SEC EDGAR's company facts read into the actuals lines,
// and the way the provider is asked — cache, rate limit, retries, circuit breaker, messages —
// against a real HTTP server on 127.0.0.1 started by each test. Every expected figure below is
// worked out by hand from the facts the test itself writes.
#include <QTemporaryDir>
#include <QtTest>

#include <QFile>

#include <atomic>
#include <nlohmann/json.hpp>

#include "../cli/clirun.h"
#include "core/actuals/actualsimport.h"
#include "core/model/textrules.h"
#include "core/models/dcf/dcftemplate.h"
#include "core/models/ma/matemplate.h"
#include "core/ops/mutation.h"
#include "core/providers/alphavantage.h"
#include "core/providers/circuitbreaker.h"
#include "core/providers/edgar.h"
#include "core/providers/providercache.h"
#include "core/providers/quoteuse.h"
#include "edgarfixtures.h"
#include "localhttpserver.h"
#include "scenariofixtures.h"

using namespace valor;
using Json = nlohmann::json;
using namespace valor::testing;

namespace {

constexpr std::int64_t kStart = 1'800'000'000'000;  // 2027-01-15, the tests' "now"
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

// A workspace made by valor-cli holding the hand case (a DCF in USD millions, base year 2025,
// revenue 100), as an analyst's would be.
bool handCaseWorkspace(const QString& ws) {
  using valor::testing::runCli;
  return runCli({QStringLiteral("workspace"), QStringLiteral("create"), ws}).exitedWith(0) &&
         runCli({QStringLiteral("workspace"), QStringLiteral("import"), ws,
                 valor::testing::dataFile("hand_case.valor.json")})
             .exitedWith(0);
}

const StatementLine* lineOf(const Statement& s, const std::string& key) {
  for (const StatementLine& line : s.lines)
    if (line.key == key) return &line;
  return nullptr;
}

// A clock the client's waits move forward, so backoff and breaker timing are seen, not slept.
struct TestTime {
  std::atomic<std::int64_t> now{kStart};
  std::vector<std::int64_t> sleeps;
  Clock clock() {
    return [this] { return now.load(); };
  }
  ProviderClient::Sleep sleep() {
    return [this](std::int64_t ms) {
      sleeps.push_back(ms);
      now += ms;
    };
  }
  std::int64_t slept() const {
    std::int64_t total = 0;
    for (std::int64_t ms : sleeps) total += ms;
    return total;
  }
};

ProviderSettings settingsFor(long timeoutMs = 5000) {
  auto settings = edgarSettings("Valor IVX/test", "Test Analyst analyst@example.com");
  if (!settings) qFatal("settings: %s", settings.error().message.c_str());
  ProviderSettings s = settings.value();
  s.timeoutMs = timeoutMs;
  return s;
}

}  // namespace

class ProvidersTest : public QObject {
  Q_OBJECT

 private slots:
  // Each line from its tags, year by year, in dollars; EBITDA = EBIT + D&A; NWC = (current
  // assets − cash) − (current liabilities − current debt); a restated year takes the later 10-K.
  void readsCompanyFactsIntoTheActualsLines() {
    auto read = edgarStatementOfFacts(exampleFacts(), 10);
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
    const EdgarStatement& e = read.value();
    QCOMPARE(e.statement.unit, std::string("units"));
    QCOMPARE(e.statement.currency, std::string("USD"));
    QCOMPARE(e.company.name, std::string("Example Corp"));
    const StatementLine* revenue = lineOf(e.statement, "revenue");
    QVERIFY(revenue);
    QCOMPARE(revenue->values.size(), std::size_t(3));  // the quarters are not years
    QCOMPARE(revenue->values.at(2021), 100e9);
    QCOMPARE(revenue->values.at(2022), 111e9);  // restated in the FY2023 10-K
    QCOMPARE(revenue->values.at(2023), 121e9);
    QVERIFY2(revenue->source.find("us-gaap:SalesRevenueNet") != std::string::npos &&
                 revenue->source.find("RevenueFromContractWithCustomerExcludingAssessedTax") !=
                     std::string::npos &&
                 revenue->source.find("0000000001-23-000001 (2023)") != std::string::npos &&
                 revenue->source.find("CIK 1234567") != std::string::npos,
             revenue->source.c_str());
    const StatementLine* ebitda = lineOf(e.statement, "ebitda");
    QVERIFY(ebitda);
    QCOMPARE(ebitda->values.size(), std::size_t(2));  // no D&A for 2021: no EBITDA either
    QCOMPARE(ebitda->values.at(2022), 33e9 + 5e9);
    QCOMPARE(ebitda->values.at(2023), 36e9 + 6e9);
    const StatementLine* nwc = lineOf(e.statement, "nwc");
    QVERIFY(nwc);
    QCOMPARE(nwc->values.size(), std::size_t(1));  // the quarter-end balance is left out
    // current debt = LongTermDebtCurrent 8 + ShortTermBorrowings 2
    QCOMPARE(nwc->values.at(2023), (50e9 - 20e9) - (40e9 - (8e9 + 2e9)));
    QCOMPARE(lineOf(e.statement, "debt")->values.at(2023), 90e9 + 2e9);
    QCOMPARE(lineOf(e.statement, "cash")->values.at(2023), 20e9);
    QCOMPARE(lineOf(e.statement, "taxes")->values.at(2023), 5e9);
    QCOMPARE(lineOf(e.statement, "net_income")->values.at(2023), 25e9);
    QCOMPARE(lineOf(e.statement, "shares")->values.at(2023), 16e9);
    QCOMPARE(e.missingLines, std::vector<std::string>({"capex", "equity", "retained_earnings",
                                                       "total_assets", "total_liabilities"}));
    // Altman's working capital is current assets less current liabilities: 50 − 40.
    QCOMPARE(lineOf(e.statement, "working_capital")->values.at(2023), 50e9 - 40e9);

    auto lastTwo = edgarStatementOfFacts(exampleFacts(), 2);
    QVERIFY(lastTwo.ok());
    const StatementLine* recent = lineOf(lastTwo.value().statement, "revenue");
    QCOMPARE(recent->values.size(), std::size_t(2));
    QCOMPARE(recent->values.begin()->first, 2022);
    QVERIFY2(recent->source.find("SalesRevenueNet") == std::string::npos, recent->source.c_str());
  }
  // The balance-sheet totals of Altman's scores: total liabilities as filed, or else liabilities
  // and equity less equity (with the noncontrolling interest), the formula in its source.
  void balanceSheetTotalsForAltman() {
    const char* y = "0000000009-24-000001";
    const auto company = [&](bool totalFiled) {
      Json gaap = Json::object();
      put(gaap, "Revenues", {fact("2023-01-01", "2023-12-31", 900.0, y, "10-K", "2024-02-01")});
      put(gaap, "Assets", {fact(nullptr, "2023-12-31", 1000.0, y, "10-K", "2024-02-01")});
      put(gaap, "RetainedEarningsAccumulatedDeficit",
          {fact(nullptr, "2023-12-31", -50.0, y, "10-K", "2024-02-01")});
      put(gaap, "LiabilitiesAndStockholdersEquity",
          {fact(nullptr, "2023-12-31", 1000.0, y, "10-K", "2024-02-01")});
      put(gaap, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
          {fact(nullptr, "2023-12-31", 380.0, y, "10-K", "2024-02-01")});
      if (totalFiled)
        put(gaap, "Liabilities", {fact(nullptr, "2023-12-31", 615.0, y, "10-K", "2024-02-01")});
      return Json{{"cik", 99}, {"entityName", "Totals Inc."}, {"facts", {{"us-gaap", gaap}}}}
          .dump();
    };
    auto derived = edgarStatementOfFacts(company(false), 5);
    QVERIFY2(derived.ok(), derived.ok() ? "" : derived.error().message.c_str());
    const Statement& s = derived.value().statement;
    QCOMPARE(lineOf(s, "total_assets")->values.at(2023), 1000.0);
    QCOMPARE(lineOf(s, "retained_earnings")->values.at(2023), -50.0);
    const StatementLine* liabilities = lineOf(s, "total_liabilities");
    QCOMPARE(liabilities->values.at(2023), 1000.0 - 380.0);
    QVERIFY2(liabilities->source.find("LiabilitiesAndStockholdersEquity") != std::string::npos,
             liabilities->source.c_str());
    auto filed = edgarStatementOfFacts(company(true), 5);
    QVERIFY(filed.ok());
    QCOMPARE(lineOf(filed.value().statement, "total_liabilities")->values.at(2023), 615.0);
  }

  // A 52/53-week year ending on 1 January 2023 is fiscal 2022; one ending 31 January 2023 is
  // fiscal 2023 (the calendar year its period ends in).
  void namesFiscalYearsByTheirEnd() {
    Json gaap = Json::object();
    put(gaap, "Revenues",
        {fact("2022-01-03", "2023-01-01", 7e9, "a", "10-K", "2023-02-20"),
         fact("2023-02-01", "2024-01-31", 9e9, "b", "10-K", "2024-03-20")});
    const std::string facts =
        Json{{"cik", 5}, {"entityName", "Weeks Inc."}, {"facts", {{"us-gaap", gaap}}}}.dump();
    auto read = edgarStatementOfFacts(facts, 10);
    QVERIFY(read.ok());
    const StatementLine* revenue = lineOf(read.value().statement, "revenue");
    QCOMPARE(revenue->values.at(2022), 7e9);
    QCOMPARE(revenue->values.at(2024), 9e9);
  }

  // Debt year by year: LongTermDebt where filed, else its two parts; commercial paper only
  // where no short-term total is tagged (it is part of it). A company name cut to a source's
  // 60 bytes is cut between characters.
  void readsDebtYearByYear() {
    Json gaap = Json::object();
    put(gaap, "Revenues",
        {fact("2022-01-01", "2022-12-31", 10e9, "a", "10-K", "2023-02-01"),
         fact("2023-01-01", "2023-12-31", 11e9, "b", "10-K", "2024-02-01")});
    put(gaap, "LongTermDebt", {fact(nullptr, "2023-12-31", 5e9, "b", "10-K", "2024-02-01")});
    put(gaap, "LongTermDebtNoncurrent",
        {fact(nullptr, "2022-12-31", 4e9, "a", "10-K", "2023-02-01")});
    put(gaap, "LongTermDebtCurrent", {fact(nullptr, "2022-12-31", 1e9, "a", "10-K", "2023-02-01")});
    put(gaap, "ShortTermBorrowings",
        {fact(nullptr, "2023-12-31", 0.7e9, "b", "10-K", "2024-02-01")});
    put(gaap, "CommercialPaper",
        {fact(nullptr, "2022-12-31", 0.3e9, "a", "10-K", "2023-02-01"),
         fact(nullptr, "2023-12-31", 0.5e9, "b", "10-K", "2024-02-01")});  // in the 0.7
    const std::string name = std::string(55, 'x') + "Société";             // "é" across byte 60
    const std::string facts =
        Json{{"cik", 5}, {"entityName", name}, {"facts", {{"us-gaap", gaap}}}}.dump();
    auto read = edgarStatementOfFacts(facts, 10);
    QVERIFY(read.ok());
    const StatementLine* debt = lineOf(read.value().statement, "debt");
    QCOMPARE(debt->values.at(2022), 4e9 + 1e9 + 0.3e9);  // parts + paper (no total)
    QCOMPARE(debt->values.at(2023), 5e9 + 0.7e9);        // LongTermDebt + the total
    QVERIFY(isValidUtf8(debt->source));
    QVERIFY(debt->source.find("Soci…") != std::string::npos);
    QVERIFY(redactedUrl("https://jo:pw@host/q?apikey=K&x=1") ==
            "https://***@host/q?apikey=***&x=1");
  }

  void refusesWhatIsNotCompanyFacts() {
    QCOMPARE(edgarStatementOfFacts("{\"facts\": ", 5).error().code, std::string("json.invalid"));
    auto none = edgarStatementOfFacts(R"({"cik": 9, "entityName": "Shell Co", "facts": {}})", 5);
    QCOMPARE(none.error().code, std::string("provider.no_annual_figures"));
    QVERIFY(none.error().message.find("Shell Co") != std::string::npos);
    QCOMPARE(edgarCompanyOfTicker(tickers(), "exmp").value().cik, std::int64_t(1234567));
    QCOMPARE(edgarCompanyOfTicker(tickers(), "NOPE").error().code,
             std::string("provider.company_not_found"));
    QCOMPARE(edgarSettings("Valor IVX/test", "Jane Doe").error().code,
             std::string("provider.contact"));
    QVERIFY(edgarSettings("Valor IVX/test", "Jane Doe jane@firm.com").value().userAgent ==
            "Valor IVX/test Jane Doe jane@firm.com");
  }

  // Dollars become the scenario's millions by an exact power of ten; a scenario in euros
  // refuses figures in dollars rather than mixing currencies.
  void importsInTheScenariosUnitAndCurrencyOnly() {
    const Statement statement = edgarStatementOfFacts(exampleFacts(), 10).value().statement;
    const ScenarioDocument usd = valor::testing::documentOf(dcfTemplate());  // USD millions
    auto imported = actualsImportOps(usd, statement, seededIdGenerator(3), true);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().lines.front(), std::string("revenue"));
    Json euros = Json::parse(dcfTemplate(), nullptr, true, true);
    euros["currency"] = "EUR";
    const ScenarioDocument eur = valor::testing::documentOf(euros.dump());
    auto refused = actualsImportOps(eur, statement, seededIdGenerator(3), true);
    QCOMPARE(refused.error().code, std::string("actuals.currency"));
    QVERIFY(refused.error().message.find("USD") != std::string::npos);
  }

  // Five failures in a row open the circuit; after 60 s one probe goes out; its success closes
  // it, its failure opens it for another 60 s.
  void circuitBreakerOpensAndProbes() {
    CircuitBreaker b(5, 60'000);
    for (int i = 0; i < 4; ++i) b.recordFailure(1000);
    QVERIFY(b.allow(1000));
    b.recordFailure(1000);
    QVERIFY(b.state(1000) == CircuitBreaker::State::Open);
    QVERIFY(!b.allow(60'999));
    QVERIFY(b.allow(61'000));   // the probe
    QVERIFY(!b.allow(61'000));  // nobody else while it is out
    b.recordFailure(61'500);
    QVERIFY(!b.allow(121'000));
    QVERIFY(b.allow(121'500));
    b.recordSuccess();
    QVERIFY(b.state(121'500) == CircuitBreaker::State::Closed);
    QCOMPARE(b.consecutiveFailures(), 0);
  }

  // Ticker → CIK → company facts over HTTP, with the SEC's User-Agent; a second fetch within a
  // day is served from the cache without a request; requests are spaced 100 ms apart.
  void fetchesThroughTheCache() {
    LocalHttpServer server(edgarServer([] { return ok(exampleFacts()); }));
    QTemporaryDir dir;
    auto cache = ProviderCache::open(dir.filePath(QStringLiteral("cache.sqlite")).toStdString());
    QVERIFY(cache.ok());
    TestTime time;
    ProviderClient client(settingsFor(), curlHttp(), &cache.value(), time.clock(), time.sleep());
    const EdgarEndpoints at = edgarEndpointsAt(server.baseUrl());
    auto first = fetchEdgarStatement(client, at, "exmp", 5, false);
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QVERIFY(!first.value().fromCache);
    QCOMPARE(server.requests(), 2);
    QCOMPARE(server.lastUserAgent(),
             std::string("Valor IVX/test Test Analyst analyst@example.com"));
    QCOMPARE(time.sleeps, std::vector<std::int64_t>({100}));  // 10 requests a second at most
    QCOMPARE(lineOf(first.value().statement.statement, "revenue")->values.at(2023), 121e9);

    time.now += 3 * 3600 * 1000;
    auto again = fetchEdgarStatement(client, at, "EXMP", 5, false);
    QVERIFY(again.ok() && again.value().fromCache && !again.value().staleBecause);
    QCOMPARE(again.value().fetchedMs, first.value().fetchedMs);  // when it was fetched
    QCOMPARE(server.requests(), 2);
    auto byCik = fetchEdgarStatement(client, at, "1234567", 5, false);
    QVERIFY(byCik.ok() && byCik.value().fromCache);
  }

  void namesACompanyItCannotFind() {
    LocalHttpServer server(edgarServer([] { return Reply{404, "{}", {}, 0, false}; }));
    TestTime time;
    ProviderClient client(settingsFor(), curlHttp(), nullptr, time.clock(), time.sleep());
    const EdgarEndpoints at = edgarEndpointsAt(server.baseUrl());
    auto unknown = fetchEdgarStatement(client, at, "ZZZZ", 5, false);
    QCOMPARE(unknown.error().code, std::string("provider.company_not_found"));
    QVERIFY(unknown.error().message.find("ZZZZ") != std::string::npos);
    auto noFacts = fetchEdgarStatement(client, at, "EXMP", 5, false);
    QCOMPARE(noFacts.error().code, std::string("provider.company_not_found"));
    QVERIFY(noFacts.error().message.find("CIK 1234567") != std::string::npos);
    QCOMPARE(fetchEdgarStatement(client, at, "AAPL; rm -rf", 5, false).error().code,
             std::string("provider.company"));
  }

  // 429 with Retry-After: 2 is waited for (2 s on the client's clock), then the answer comes;
  // a Retry-After longer than the client waits is reported at once.
  void waitsWhenRateLimited() {
    std::atomic<int> calls{0};
    LocalHttpServer server(edgarServer([&] {
      return ++calls == 1 ? Reply{429, "{}", {{"Retry-After", "2"}}, 0, false} : ok(exampleFacts());
    }));
    TestTime time;
    ProviderClient client(settingsFor(), curlHttp(), nullptr, time.clock(), time.sleep());
    auto fetched =
        fetchEdgarStatement(client, edgarEndpointsAt(server.baseUrl()), "1234567", 5, false);
    QVERIFY2(fetched.ok(), fetched.ok() ? "" : fetched.error().message.c_str());
    QCOMPARE(time.slept(), std::int64_t(2000));

    server.setHandler(edgarServer([] {
      return Reply{429, "{}", {{"Retry-After", "600"}}, 0, false};
    }));
    auto refused =
        fetchEdgarStatement(client, edgarEndpointsAt(server.baseUrl()), "1234567", 5, false);
    QCOMPARE(refused.error().code, std::string("provider.rate_limited"));
    QVERIFY2(refused.error().message.find("retry after 600 seconds") != std::string::npos,
             refused.error().message.c_str());
    // A hostile Retry-After is bounded (a week), never an overflow into "retry at once".
    server.setHandler(edgarServer([] {
      return Reply{503, "{}", {{"Retry-After", "9223372036854775807"}}, 0, false};
    }));
    const int before = server.requests();
    auto storm =
        fetchEdgarStatement(client, edgarEndpointsAt(server.baseUrl()), "1234567", 5, false);
    QCOMPARE(storm.error().code, std::string("provider.unavailable"));
    QCOMPARE(server.requests(), before + 1);  // not retried at once
  }

  // A storm of 503s: each fetch tries 3 times with growing waits; after 5 failures in a row the
  // circuit opens and the next fetch fails at once without a request; 60 s later one probe goes
  // out and, answered, closes the circuit.
  void aStormOf503sOpensTheCircuit() {
    std::atomic<bool> down{true};
    LocalHttpServer server(edgarServer([&] {
      return down ? Reply{503, "busy", {}, 0, false} : ok(exampleFacts());
    }));
    TestTime time;
    ProviderClient client(settingsFor(), curlHttp(), nullptr, time.clock(), time.sleep());
    const EdgarEndpoints at = edgarEndpointsAt(server.baseUrl());
    auto first = fetchEdgarStatement(client, at, "1234567", 5, false);
    QCOMPARE(first.error().code, std::string("provider.unavailable"));
    QVERIFY(first.error().message.find("HTTP 503") != std::string::npos);
    QCOMPARE(server.requests(), 3);
    // backoff: 500 ms then 1 s, each with up to half taken off as jitter
    QVERIFY(time.slept() >= 250 + 500 && time.slept() <= 500 + 1000 + 200);
    auto second = fetchEdgarStatement(client, at, "1234567", 5, false);
    QCOMPARE(second.error().code, std::string("provider.circuit_open"));
    QCOMPARE(server.requests(), 5);  // the 5th failure opened it
    auto third = fetchEdgarStatement(client, at, "1234567", 5, false);
    QCOMPARE(third.error().code, std::string("provider.circuit_open"));
    QVERIFY2(third.error().message.find("failed 5 times in a row") != std::string::npos,
             third.error().message.c_str());
    QCOMPARE(server.requests(), 5);
    down = false;
    time.now += 60'000;
    auto probe = fetchEdgarStatement(client, at, "1234567", 5, false);
    QVERIFY2(probe.ok(), probe.ok() ? "" : probe.error().message.c_str());
    QVERIFY(client.breaker().state(time.now) == CircuitBreaker::State::Closed);
  }

  // An answer that is not readable JSON — malformed, or a document cut short — is never cached
  // over the good copy: the last known good is served with the reason.
  void aBrokenAnswerLeavesTheGoodCopy() {
    std::atomic<int> mode{0};
    const std::string good = exampleFacts();
    LocalHttpServer server(edgarServer([&] {
      switch (mode.load()) {
        case 0:
          return ok(good);
        case 1:
          return ok(good.substr(0, good.size() / 2));  // valid HTTP, half the JSON
        case 2:
          return ok("<html>Service notice</html>");  // not JSON at all
        default:
          return Reply{200, good, {}, 0, true};  // the connection drops
      }
    }));
    QTemporaryDir dir;
    auto cache = ProviderCache::open(dir.filePath(QStringLiteral("cache.sqlite")).toStdString());
    TestTime time;
    ProviderSettings once = settingsFor();
    once.attempts = 1;  // three failures in all: the circuit stays closed
    ProviderClient client(once, curlHttp(), &cache.value(), time.clock(), time.sleep());
    const EdgarEndpoints at = edgarEndpointsAt(server.baseUrl());
    QVERIFY(fetchEdgarStatement(client, at, "1234567", 5, false).ok());
    for (int m = 1; m <= 3; ++m) {
      mode = m;
      time.now += 2 * kDay;
      auto served = fetchEdgarStatement(client, at, "1234567", 5, false);
      QVERIFY2(served.ok(), served.ok() ? "" : served.error().message.c_str());
      QVERIFY(served.value().fromCache);
      QCOMPARE(served.value().fetchedMs, kStart);
      QVERIFY(served.value().staleBecause);
      QCOMPARE(served.value().staleBecause->code,
               std::string(m < 3 ? "provider.malformed" : "provider.unavailable"));
      QCOMPARE(lineOf(served.value().statement.statement, "revenue")->values.at(2023), 121e9);
    }
  }

  // A server slower than the time limit is a timeout, retried, then reported.
  void aSlowServerTimesOut() {
    LocalHttpServer server(edgarServer([] { return Reply{200, exampleFacts(), {}, 1500, false}; }));
    TestTime time;
    ProviderSettings settings = settingsFor(300);
    settings.attempts = 2;
    ProviderClient client(settings, curlHttp(), nullptr, time.clock(), time.sleep());
    auto slow =
        fetchEdgarStatement(client, edgarEndpointsAt(server.baseUrl()), "1234567", 5, false);
    QCOMPARE(slow.error().code, std::string("provider.timeout"));
    QVERIFY2(slow.error().message.find("did not answer within 0.3 s") != std::string::npos,
             slow.error().message.c_str());
  }

  // With the server gone, a two-day-old copy is served with its age and the reason; offline,
  // only the cache is asked; with no copy, offline says what to do.
  void worksOfflineFromTheCache() {
    QTemporaryDir dir;
    auto cache = ProviderCache::open(dir.filePath(QStringLiteral("cache.sqlite")).toStdString());
    TestTime time;
    std::string base;
    {
      LocalHttpServer server(edgarServer([] { return ok(exampleFacts()); }));
      base = server.baseUrl();
      ProviderClient client(settingsFor(), curlHttp(), &cache.value(), time.clock(), time.sleep());
      QVERIFY(fetchEdgarStatement(client, edgarEndpointsAt(base), "EXMP", 5, false).ok());
    }
    time.now += 2 * kDay;
    ProviderClient client(settingsFor(), curlHttp(), &cache.value(), time.clock(), time.sleep());
    auto stale = fetchEdgarStatement(client, edgarEndpointsAt(base), "EXMP", 5, false);
    QVERIFY2(stale.ok(), stale.ok() ? "" : stale.error().message.c_str());
    QVERIFY(stale.value().fromCache && stale.value().staleBecause);
    QCOMPARE(stale.value().staleBecause->code, std::string("provider.offline"));
    QCOMPARE(ageText(time.now - stale.value().fetchedMs), std::string("2 days"));
    auto offline = fetchEdgarStatement(client, edgarEndpointsAt(base), "EXMP", 5, true);
    QVERIFY(offline.ok() && offline.value().fromCache && !offline.value().staleBecause);
    auto never = fetchEdgarStatement(client, edgarEndpointsAt(base), "NOPE", 5, true);
    QCOMPARE(never.error().code, std::string("provider.company_not_found"));
    auto noCopy = fetchEdgarStatement(client, edgarEndpointsAt(base), "OTHR", 5, true);
    QCOMPARE(noCopy.error().code, std::string("provider.not_cached"));
  }

  // Alpha Vantage, a keyed provider: the price from GLOBAL_QUOTE, name, currency and shares
  // from OVERVIEW; an unknown ticker, a quota note and a refused key said as such, never
  // cached; the key never in a message, the cache or the request's cache key.
  void quotesFromAKeyedProvider() {
    std::atomic<int> mode{0};
    const auto ibm = alphaVantageServer();
    LocalHttpServer server([&](const std::string& target) {
      if (mode == 1)
        return ok(
            R"({"Note": "Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day."})");
      return ibm(target);
    });
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    auto cache = ProviderCache::open(cachePath.toStdString());
    TestTime time;
    ProviderClient client(alphaVantageSettings("Valor IVX/test"), curlHttp(), &cache.value(),
                          time.clock(), time.sleep());
    AlphaVantageProvider provider(client, server.baseUrl());
    QVERIFY(provider.info().needsKey);

    QCOMPARE(provider.quote("IBM", "", false, {}).error().code, std::string("provider.key"));
    QCOMPARE(server.requests(), 0);
    auto refused = provider.quote("IBM", "WRONG", false, {});
    QCOMPARE(refused.error().code, std::string("provider.refused"));
    QVERIFY2(refused.error().context.find("apikey=***") != std::string::npos &&
                 refused.error().context.find("WRONG") == std::string::npos,
             refused.error().context.c_str());

    auto quote = provider.quote("ibm", "K3Y", false, {});
    QVERIFY2(quote.ok(), quote.ok() ? "" : quote.error().message.c_str());
    QCOMPARE(quote.value().price, 168.97);
    QCOMPARE(quote.value().currency, std::string("USD"));
    QCOMPARE(quote.value().asOf, std::string("2024-05-10"));
    QCOMPARE(*quote.value().sharesOutstanding, 918738000.0);
    QCOMPARE(quote.value().name, std::string("International Business Machines"));
    QCOMPARE(provider.quote("NOPE", "K3Y", false, {}).error().code,
             std::string("provider.company_not_found"));

    // A quota note: rate limited, not cached; the hour-old copy of IBM still serves offline.
    mode = 1;
    time.now += 2 * 3600 * 1000;
    auto limited = provider.quote("MSFT", "K3Y", false, {});
    QCOMPARE(limited.error().code, std::string("provider.rate_limited"));
    QVERIFY(limited.error().message.find("25 requests per day") != std::string::npos);
    const int asked = server.requests();
    QVERIFY(provider.quote("MSFT", "K3Y", false, {}).error().code == "provider.rate_limited");
    QCOMPARE(server.requests(), asked + 1);  // asked again: the note was not kept
    auto offline = provider.quote("IBM", "", true, {});
    QVERIFY(offline.ok() && offline.value().fromCache);
    QCOMPARE(offline.value().price, 168.97);

    QFile file(cachePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("K3Y"));
  }

  // A quote into an M&A target (the price as is, 918,738,000 shares as 918.738 millions) and a
  // DCF's share count; a price in another currency, or in none stated, is refused.
  void aQuoteFillsTheScenariosFields() {
    MarketQuote q;
    q.symbol = "IBM";
    q.price = 168.97;
    q.currency = "USD";
    q.sharesOutstanding = 918738000.0;
    const ScenarioDocument deal = valor::testing::documentOf(maTemplate());
    auto ops = quoteOps(deal, q, "target");
    QVERIFY2(ops.ok(), ops.ok() ? "" : ops.error().message.c_str());
    Mutation m;
    m.ops = ops.value();
    const ScenarioDocument after = applyMutation(deal, m).value();
    const Entity* ma = after.child(after.root(), "ma");
    QCOMPARE(*ma->number("target.share_price"), 168.97);
    QCOMPARE(*ma->number("target.shares"), 918738000.0 / 1e6);
    QCOMPARE(*ma->number("acquirer.share_price"), 50.0);  // the other side untouched

    MarketQuote euros = q;
    euros.currency = "EUR";
    QCOMPARE(quoteOps(deal, euros, "acquirer").error().code, std::string("market.currency"));
    MarketQuote unstated = q;
    unstated.currency.clear();
    QCOMPARE(quoteOps(deal, unstated, "acquirer").error().code, std::string("market.currency"));

    const ScenarioDocument dcf = valor::testing::documentOf(dcfTemplate());
    QCOMPARE(quoteTargets(dcf).size(), std::size_t(1));
    auto shares = quoteOps(dcf, unstated, "shares");  // a count needs no currency
    QVERIFY(shares.ok());
    QCOMPARE(shares.value().size(), std::size_t(1));
    QVERIFY(std::get<double>(*shares.value().front().value) == 918738000.0 / 1e6);
    QCOMPARE(quoteOps(dcf, q, "target").error().code, std::string("market.target"));
  }

  // valor-cli fetch-actuals, as an analyst runs it: the figures land in the scenario as one
  // change, in its millions (99,500,000 dollars is 99.5); without a contact it refuses.
  void fetchesFromTheCommandLine() {
    Json gaap = Json::object();
    put(gaap, "Revenues",
        {fact("2024-01-01", "2024-12-31", 90e6, "0000000001-25-000001", "10-K", "2025-02-01"),
         fact("2025-01-01", "2025-12-31", 99.5e6, "0000000001-26-000001", "10-K", "2026-02-01")});
    const std::string facts =
        Json{{"cik", 1234567}, {"entityName", "Example Corp"}, {"facts", {{"us-gaap", gaap}}}}
            .dump();
    LocalHttpServer server(edgarServer([facts] { return ok(facts); }));
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.valor"));
    using valor::testing::runCli;
    QVERIFY(handCaseWorkspace(ws));
    const QStringList env{
        QStringLiteral("VALOR_EDGAR_URL=") + QString::fromStdString(server.baseUrl()),
        QStringLiteral("XDG_CACHE_HOME=") + dir.filePath(QStringLiteral("cache"))};
    const QStringList noContact{QStringLiteral("fetch-actuals"), ws,
                                QStringLiteral("Hand-checkable DCF"), QStringLiteral("--ticker"),
                                QStringLiteral("EXMP")};
    const auto refused = runCli(noContact, {}, env);
    QVERIFY2(refused.exitedWith(2) && refused.err.contains("e-mail address"),
             refused.describe(noContact).constData());
    QCOMPARE(server.requests(), 0);

    const QStringList args =
        noContact +
        QStringList{QStringLiteral("--contact"), QStringLiteral("Dana Analyst dana@example.com")};
    const auto run = runCli(args, {}, env);
    QVERIFY2(run.exitedWith(0), run.describe(args).constData());
    QVERIFY2(
        run.out.contains("imported 2 figures of 1 lines from SEC EDGAR (Example Corp) (in units)"),
        run.out.constData());
    QVERIFY(run.out.contains("not in the filings: ebitda ebit"));
    const auto shown = runCli({QStringLiteral("workspace"), QStringLiteral("show"), ws,
                               QStringLiteral("Hand-checkable DCF")});
    QVERIFY(shown.exitedWith(0));
    const Json scenario = Json::parse(shown.out.toStdString(), nullptr, true, true);
    QCOMPARE(scenario["actuals"]["revenue"]["values"]["2025"].get<double>(), 99.5);
    QCOMPARE(scenario["actuals"]["revenue"]["values"]["2024"].get<double>(), 90.0);

    // Offline, from the cache the first run filled.
    const auto offline = runCli(args + QStringList{QStringLiteral("--offline")}, {}, env);
    QVERIFY2(offline.exitedWith(0) && offline.out.contains("from the cache on this machine"),
             offline.describe(args).constData());
  }

  // valor-cli market-data: the quote as JSON, then into the hand case's basic shares (a DCF in
  // millions: 918,738,000 shares are 918.738); the key comes from the environment only.
  void marketDataFromTheCommandLine() {
    LocalHttpServer server(alphaVantageServer());
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.valor"));
    using valor::testing::runCli;
    QVERIFY(handCaseWorkspace(ws));
    QStringList env{
        QStringLiteral("VALOR_ALPHAVANTAGE_URL=") + QString::fromStdString(server.baseUrl()),
        QStringLiteral("XDG_CACHE_HOME=") + dir.filePath(QStringLiteral("cache"))};
    const QStringList print{QStringLiteral("market-data"), QStringLiteral("--ticker"),
                            QStringLiteral("IBM")};
    const auto noKey = runCli(print, {}, env);
    QVERIFY2(noKey.exitedWith(2) && noKey.err.contains("needs your API key"),
             noKey.describe(print).constData());
    env << QStringLiteral("VALOR_ALPHAVANTAGE_KEY=K3Y");
    const auto printed = runCli(print, {}, env);
    QVERIFY2(printed.exitedWith(0), printed.describe(print).constData());
    const Json quote = Json::parse(printed.out.toStdString());
    QCOMPARE(quote["price"].get<double>(), 168.97);
    QCOMPARE(quote["shares_outstanding"].get<double>(), 918738000.0);
    QVERIFY(!printed.out.contains("K3Y") && !printed.err.contains("K3Y"));

    const QStringList into{QStringLiteral("market-data"),
                           ws,
                           QStringLiteral("Hand-checkable DCF"),
                           QStringLiteral("--ticker"),
                           QStringLiteral("IBM"),
                           QStringLiteral("--use"),
                           QStringLiteral("shares")};
    const auto used = runCli(into, {}, env);
    QVERIFY2(used.exitedWith(0), used.describe(into).constData());
    const auto shown = runCli({QStringLiteral("workspace"), QStringLiteral("show"), ws,
                               QStringLiteral("Hand-checkable DCF")});
    const Json scenario = Json::parse(shown.out.toStdString(), nullptr, true, true);
    QCOMPARE(scenario["dcf"]["equity_bridge"]["basic_shares"].get<double>(), 918.738);
    const auto wrongSide =
        runCli({QStringLiteral("market-data"), ws, QStringLiteral("Hand-checkable DCF"),
                QStringLiteral("--ticker"), QStringLiteral("IBM"), QStringLiteral("--use"),
                QStringLiteral("target")},
               {}, env);
    QVERIFY2(wrongSide.exitedWith(2) && wrongSide.err.contains("no place for target"),
             wrongSide.err.constData());
  }
};

QTEST_GUILESS_MAIN(ProvidersTest)
#include "test_providers.moc"
