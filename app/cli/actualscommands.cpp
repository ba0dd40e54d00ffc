// valor-cli import-actuals, fetch-actuals and market-data: a company's reported figures into a
// scenario's actuals (from a statement file or SEC EDGAR), and a share's market data into the
// fields that take it — one change each.
#include <filesystem>
#include <iostream>

#include "cliio.h"
#include "commands.h"
#include "core/actuals/actualsimport.h"
#include "core/actuals/csvreader.h"
#include "core/actuals/xlsxreader.h"
#include "core/common/numbertext.h"
#include "core/providers/alphavantage.h"
#include "core/providers/edgar.h"
#include "core/providers/providercache.h"
#include "core/providers/quoteuse.h"

namespace valor::cli {
namespace {

// A statement into the actuals of WS SCENARIO (the first two positional arguments) as one
// change, "Import actuals from <from>"; prints what was imported.
int commitActualsImport(const Options& o, const Statement& statement, const std::string& from,
                        Streams io) {
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto stored = opened->workspace->loadScenario(*opened->scenario);
  if (!stored) return fail(stored.error(), io, o.positional[0]);
  auto imported = actualsImportOps(stored.value().document, statement, randomIdGenerator(),
                                   o.flags.count("confirm-unit") > 0);
  if (!imported) return fail(imported.error(), io, o.positional[0]);

  Mutation m;
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  m.label = "Import actuals from " + from;
  m.labelCode = {"import_actuals", {from}};  // the desktop shows it translated
  m.ops = std::move(imported.value().ops);
  if (m.ops.empty()) {
    io.out << "nothing to import: the scenario already has these actuals\n";
    return kOk;
  }
  auto revision = opened->workspace->commit(*opened->scenario, m);
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  io.out << "imported " << imported.value().figures << " figures of "
         << imported.value().lines.size() << " lines from " << from << " (in " << statement.unit
         << "); the scenario is now at revision " << revision.value() << "\n";
  for (const StatementLine& line : statement.lines) {
    io.out << "  " << line.key << ": " << line.values.begin()->first;
    if (line.values.size() > 1) io.out << "–" << line.values.rbegin()->first;
    io.out << " (" << line.source << ")\n";
  }
  return kOk;
}

}  // namespace

int runImportActuals(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"author", "unit", "sheet", "mapping"},
                                 {"decimal-comma", "confirm-unit"}, io);
  if (!o.ok || o.positional.size() != 3) {
    io.err << "usage: valor-cli import-actuals WORKSPACE.valor SCENARIO STATEMENT.csv|.xlsx\n"
              "         [--sheet NAME] [--mapping MAPPING.json]\n"
              "         [--unit units|thousands|millions|billions] [--decimal-comma]\n"
              "         [--confirm-unit] [--author NAME]\n"
              "The statement has a row per line item (Revenue, EBITDA, EBIT, D&A, Capex, NWC,\n"
              "Taxes, Net income, Equity, Debt, Cash, Shares) and a column per fiscal year; its\n"
              "unit is read from the headings (\"in thousands\") or given with --unit. In a\n"
              "workbook, the first sheet unless --sheet names another. MAPPING.json names rows\n"
              "the built-in labels do not know: {\"lines\": {\"Umsatz Inland\": \"revenue\",\n"
              "\"Sonstiges\": null}} (null leaves a row out).\n";
    return kBadInput;
  }
  const std::string& file = o.positional[2];
  StatementOptions options;
  if (o.values.count("unit")) options.unit = o.value("unit");
  options.decimalComma = o.flags.count("decimal-comma") > 0;
  options.fileName = std::filesystem::path(file).filename().string();
  if (options.unit && *options.unit != "units" && *options.unit != "thousands" &&
      *options.unit != "millions" && *options.unit != "billions") {
    io.err << "valor-cli: --unit must be units, thousands, millions or billions\n";
    return kBadInput;
  }
  if (o.values.count("mapping")) {
    auto mappingText = readInput(o.value("mapping"), 1024 * 1024, io);
    if (!mappingText) return kBadInput;
    auto mapping = readStatementMapping(*mappingText);
    if (!mapping)
      return fail(Error{mapping.error().code, mapping.error().message, o.value("mapping")}, io);
    options.labelLines = std::move(mapping).value();
  }
  auto text = readInput(file, kMaxWorkbookBytes, io);
  if (!text) return kBadInput;
  const bool workbook = looksLikeXlsx(*text);
  if (!workbook && o.values.count("sheet")) {
    io.err << "valor-cli: --sheet is for a workbook (.xlsx); " << file << " is text\n";
    return kBadInput;
  }
  if (workbook) {
    auto names = xlsxSheetNames(*text);
    if (!names) return fail(Error{names.error().code, names.error().message, file}, io);
    options.sheet = o.values.count("sheet") ? o.value("sheet") : names.value().front();
  }
  auto rows = workbook ? readXlsxSheet(*text, options.sheet) : readCsv(*text);
  if (!rows) return fail(Error{rows.error().code, rows.error().message, file}, io);
  auto statement = readStatement(rows.value(), options);
  if (!statement) return fail(statement.error(), io);

  const int done = commitActualsImport(o, statement.value(), options.fileName, io);
  if (done != kOk) return done;
  for (const std::string& label : statement.value().skippedLabels)
    io.out << "  not imported, no such line: " << label << "\n";
  return kOk;
}

int runFetchActuals(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"author", "ticker", "years", "contact", "cache"},
                                 {"offline", "confirm-unit"}, io);
  if (!o.ok || o.positional.size() != 2 || !o.values.count("ticker")) {
    io.err << "usage: valor-cli fetch-actuals WORKSPACE.valor SCENARIO --ticker TICKER|CIK\n"
              "         [--years N] [--contact \"NAME EMAIL\"] [--offline] [--confirm-unit]\n"
              "         [--cache FILE] [--author NAME]\n"
              "The company's annual (10-K) figures from SEC EDGAR company facts, the last N\n"
              "fiscal years (default 5), into the scenario's actuals. The SEC asks every client\n"
              "to identify itself: --contact, or $VALOR_SEC_CONTACT (\"Jane Doe jane@firm.com\").\n"
              "Answers are cached on this machine (a day; the ticker list a week); --offline\n"
              "uses the cache only. $VALOR_EDGAR_URL points at a mirror instead of sec.gov.\n";
    return kBadInput;
  }
  int years = 5;
  if (o.values.count("years")) {
    const auto n = parseNumber(o.value("years"));
    if (!n || *n < 1 || *n > 30 || *n != static_cast<int>(*n)) {
      io.err << "valor-cli: --years must be a whole number from 1 to 30\n";
      return kBadInput;
    }
    years = static_cast<int>(*n);
  }
  const char* envContact = std::getenv("VALOR_SEC_CONTACT");
  const std::string contact = o.values.count("contact") ? o.value("contact")
                              : envContact              ? std::string(envContact)
                                                        : std::string();
  auto settings = edgarSettings("Valor IVX/" VALOR_VERSION, contact);
  if (!settings) return fail(Error{"", settings.error().message, "--contact"}, io);
  const char* mirror = std::getenv("VALOR_EDGAR_URL");
  const EdgarEndpoints endpoints = mirror && *mirror ? edgarEndpointsAt(mirror) : EdgarEndpoints{};

  const std::string cachePath =
      o.values.count("cache") ? o.value("cache") : defaultProviderCachePath();
  auto cache = ProviderCache::open(cachePath);
  if (!cache) io.err << "valor-cli: working without a cache: " << cache.error().message << "\n";
  ProviderClient client(settings.value(), curlHttp(), cache ? &cache.value() : nullptr,
                        systemClock(), threadSleep());
  auto fetched = fetchEdgarStatement(client, endpoints, o.value("ticker"), years,
                                     o.flags.count("offline") > 0);
  if (!fetched) return fail(fetched.error(), io);
  const EdgarFetch& got = fetched.value();
  if (got.fromCache)
    io.out << "from the cache on this machine, fetched " << ageText(systemClock()() - got.fetchedMs)
           << " ago" << (got.staleBecause ? " (" + got.staleBecause->message + ")" : std::string())
           << "\n";
  const std::string from = "SEC EDGAR (" + got.statement.company.name + ")";
  const int done = commitActualsImport(o, got.statement.statement, from, io);
  if (done != kOk) return done;
  if (!got.statement.missingLines.empty()) {
    io.out << "  not in the filings:";
    for (const std::string& line : got.statement.missingLines) io.out << " " << line;
    io.out << "\n";
  }
  return kOk;
}

int runMarketData(const std::vector<std::string>& args, Streams io) {
  const Options o = parseOptions(args, {"author", "ticker", "use", "cache"}, {"offline"}, io);
  const bool into = o.positional.size() == 2;
  if (!o.ok || (!o.positional.empty() && !into) || !o.values.count("ticker") ||
      into != (o.values.count("use") > 0)) {
    io.err << "usage: valor-cli market-data --ticker TICKER [--offline]\n"
              "       valor-cli market-data WORKSPACE.valor SCENARIO --ticker TICKER\n"
              "         --use acquirer|target|shares [--offline] [--author NAME]\n"
              "A share's latest price and shares outstanding from Alpha Vantage: printed as\n"
              "JSON, or put into an M&A scenario's acquirer or target (share price and shares)\n"
              "or a DCF's basic shares as one change. The API key is read from\n"
              "$VALOR_ALPHAVANTAGE_KEY (never an argument: other users can see those).\n"
              "Answers are cached on this machine (the price an hour, the rest a day);\n"
              "--offline uses the cache only.\n";
    return kBadInput;
  }
  const char* key = std::getenv("VALOR_ALPHAVANTAGE_KEY");
  const char* mirror = std::getenv("VALOR_ALPHAVANTAGE_URL");
  const std::string cachePath =
      o.values.count("cache") ? o.value("cache") : defaultProviderCachePath();
  auto cache = ProviderCache::open(cachePath);
  if (!cache) io.err << "valor-cli: working without a cache: " << cache.error().message << "\n";
  ProviderClient client(alphaVantageSettings("Valor IVX/" VALOR_VERSION), curlHttp(),
                        cache ? &cache.value() : nullptr, systemClock(), threadSleep());
  AlphaVantageProvider provider(
      client, mirror && *mirror ? std::string(mirror) : std::string("https://www.alphavantage.co"));
  auto quote = provider.quote(o.value("ticker"), key ? key : "", o.flags.count("offline") > 0, {});
  if (!quote) return fail(quote.error(), io);
  const MarketQuote& q = quote.value();
  if (q.fromCache)
    io.err << "valor-cli: from the cache on this machine, fetched "
           << ageText(systemClock()() - q.fetchedMs) << " ago"
           << (q.staleBecause ? " (" + q.staleBecause->message + ")" : std::string()) << "\n";
  if (!into) {
    nlohmann::ordered_json json{{"symbol", q.symbol},     {"name", q.name},  {"price", q.price},
                                {"currency", q.currency}, {"as_of", q.asOf}, {"source", q.source}};
    json["shares_outstanding"] =
        q.sharesOutstanding ? nlohmann::ordered_json(*q.sharesOutstanding) : nullptr;
    io.out << jsonOutput(json) << "\n";
    return kOk;
  }
  auto opened = openWorkspace(o.positional[0], false, &o.positional[1], io);
  if (!opened) return kBadInput;
  auto stored = opened->workspace->loadScenario(*opened->scenario);
  if (!stored) return fail(stored.error(), io, o.positional[0]);
  auto ops = quoteOps(stored.value().document, q, o.value("use"));
  if (!ops) return fail(ops.error(), io, o.positional[0]);
  Mutation m;
  m.id = randomIdGenerator()();
  m.author = authorName(o);
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  m.label = "Market data of " + q.symbol + " from Alpha Vantage";
  m.labelCode = {"market_data", {q.symbol}};  // the desktop shows it translated
  m.ops = std::move(ops).value();
  if (m.ops.empty()) {
    io.out << "nothing to change: the scenario already has these figures\n";
    return kOk;
  }
  auto revision = opened->workspace->commit(*opened->scenario, m);
  if (!revision) return fail(revision.error(), io, o.positional[0]);
  io.out << q.symbol << " at " << generalText(q.price, 10) << " " << q.currency
         << (q.asOf.empty() ? std::string() : " (" + q.asOf + ")") << " into the scenario's "
         << o.value("use") << "; it is now at revision " << revision.value() << "\n";
  return kOk;
}

}  // namespace valor::cli
