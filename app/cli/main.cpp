// valor-cli: evaluate and check Valor IVX scenarios from the command line.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "core/common/log.h"

namespace {

constexpr const char* kUsage = R"(usage: valor-cli <command> [arguments]

commands:
  new KIND                        print a complete, commented scenario of a model kind
                                  (dcf, lbo, ma, real_option, credit, portfolio) to start from
  validate FILE                   check a scenario; prints every issue with its field path
  evaluate FILE [--format json|table]
                                  value a scenario (default format: json)
  schema                          print the reference of every scenario field (Markdown)
  workspace <command> WS ...      create, list, show, history, diff, versions, restore,
                                  export, import (valor-cli workspace --help)
  apply WS SCENARIO CHANGE.json   apply a patch or mutation to a scenario in a workspace
  import-actuals WS SCENARIO STATEMENT.csv [--unit UNIT] [--decimal-comma] [--confirm-unit]
                                  historical figures (a row per line item, a column per
                                  fiscal year) into the scenario's actuals, as one change
  fetch-actuals WS SCENARIO --ticker TICKER [--years N] [--contact "NAME EMAIL"] [--offline]
                                  a US filer's annual figures from SEC EDGAR (cached on
                                  this machine) into the scenario's actuals, as one change
  market-data [WS SCENARIO --use acquirer|target|shares] --ticker TICKER [--offline]
                                  a share's latest price and shares outstanding from Alpha
                                  Vantage (key in $VALOR_ALPHAVANTAGE_KEY): JSON, or into
                                  an M&A side or a DCF's shares as one change
  forecast FILE|WS SCENARIO --line LINE [--models ets,arima,trend] [--horizon 10]
           [--backtest K] [--use MODEL [--percentile P]]
  forecast --series CSV [--models ...]
                                  trend, ETS and ARIMA fits to an actuals line or a
                                  series, forecasts with intervals and a backtest (JSON);
                                  --use writes a forecast into the driver, as one change
  underlying WS SCENARIO --from SOURCE
                                  a real option's underlying value from the enterprise
                                  value of another scenario (a DCF), as one change
  portfolio-data WS SCENARIO (--history FILE.csv | --matrix FILE.csv)
                                  a price or return history, or a correlation or
                                  covariance matrix, into a portfolio, as one change
  montecarlo FILE [--paths N] [--seed S] [--threads T]
                                  simulate the value with the scenario's saved distributions
  sensitivity FILE [--x FIELD=from:to:steps [--y FIELD=from:to:steps]] [--output NAME]
                                  one-way sweep or two-way grid of an output
  tornado FILE [--change 0.1]     every input moved ±10 %, sorted by swing; spider lines
  goalseek FILE --set FIELD --target OUTPUT=VALUE
                                  solve an input for a target output (e.g. implied WACC)
  compare WS A B [C ...] [--bridge sequential|shapley|none] [--output KEY]
          [--order GROUP,...] [--all-inputs] [--format json|table]
                                  scenarios or states (NAME@12, NAME@v3) side by side, and
                                  the value bridge from A to B by input group
  report FILE [--xlsx F.xlsx] [--csv DIR]
  report WS --all [--xlsx DIR] [--csv DIR]
                                  an Excel workbook whose model recalculates (formulas over
                                  the inputs), and CSV files of the outputs and tables
  football WS [--set SETTINGS.json] [--format json|table]
                                  the workspace's football field: each saved value-per-share
                                  range valued on the scenarios as they are now
  sync <command> ...              scenarios shared through a valor-server: login, logout,
                                  list, share, open, push, pull, status, conflicts
                                  (valor-cli sync --help)
  audit verify EXPORT.json [--key KEY]
                                  check an audit export of valor-server: nothing changed,
                                  removed, added or reordered; checkpoints signed by the key

FILE may be - for standard input. validate and evaluate also take WS SCENARIO: a scenario in a
workspace (WS is a .valor file; SCENARIO its ID or name).
exit codes: 0 ok, 1 validation issues, 2 unreadable or invalid file, or bad usage
)";

// With VALOR_LOG_LEVEL set, valor-cli writes to the desktop's log (in the user's data
// directory), never to its standard streams.
void startLog(const std::string& command) {
  const char* level = std::getenv("VALOR_LOG_LEVEL");
  if (!level) return;
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  if ((!xdg || !*xdg) && !home) return;
  const std::string data = xdg && *xdg ? xdg : std::string(home) + "/.local/share";
  if (valor::startLogging(data + "/Valor IVX/Valor/logs", level).empty())
    valor::logInfo("valor-cli " VALOR_VERSION " " + command);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace valor::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  Streams io{std::cin, std::cout, std::cerr};
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? kBadInput : kOk;
  }
  if (args[0] == "--version") {
    std::cout << "valor-cli " << VALOR_VERSION << "\n";
    return kOk;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  startLog(command);
  try {
    if (command == "new") return runNew(args, io);
    if (command == "validate") return runValidate(args, io);
    if (command == "audit") return runAudit(args, io);
    if (command == "sync") return runSync(args, io);
    if (command == "evaluate") return runEvaluate(args, io);
    if (command == "schema") return runSchema(args, io);
    if (command == "workspace") return runWorkspace(args, io);
    if (command == "apply") return runApply(args, io);
    if (command == "import-actuals") return runImportActuals(args, io);
    if (command == "fetch-actuals") return runFetchActuals(args, io);
    if (command == "market-data") return runMarketData(args, io);
    if (command == "forecast") return runForecast(args, io);
    if (command == "underlying") return runUnderlying(args, io);
    if (command == "portfolio-data") return runPortfolioData(args, io);
    if (command == "montecarlo") return runMonteCarlo(args, io);
    if (command == "sensitivity") return runSensitivity(args, io);
    if (command == "tornado") return runTornado(args, io);
    if (command == "goalseek") return runGoalSeek(args, io);
    if (command == "compare") return runCompare(args, io);
    if (command == "report") return runReport(args, io);
    if (command == "football") return runFootball(args, io);
  } catch (const std::exception& e) {
    // A broken internal precondition: say so plainly rather than abort.
    std::cerr << "valor-cli: internal error: " << e.what() << "\n";
    return kBadInput;
  }
  std::cerr << "valor-cli: unknown command '" << command << "'\n\n" << kUsage;
  return kBadInput;
}
