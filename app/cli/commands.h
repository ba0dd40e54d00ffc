#pragma once
// The valor-cli commands. Each returns the process exit code:
//   0 ok, 1 validation issues, 2 unreadable or invalid file / bad usage.
#include <iosfwd>
#include <string>
#include <vector>

namespace valor::cli {

enum ExitCode { kOk = 0, kValidationIssues = 1, kBadInput = 2 };

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

int runNew(const std::vector<std::string>& args, Streams io);
int runValidate(const std::vector<std::string>& args, Streams io);
int runEvaluate(const std::vector<std::string>& args, Streams io);
int runSchema(const std::vector<std::string>& args, Streams io);
int runWorkspace(const std::vector<std::string>& args, Streams io);
int runApply(const std::vector<std::string>& args, Streams io);
int runImportActuals(const std::vector<std::string>& args, Streams io);
int runFetchActuals(const std::vector<std::string>& args, Streams io);
int runMarketData(const std::vector<std::string>& args, Streams io);
int runMonteCarlo(const std::vector<std::string>& args, Streams io);
int runSensitivity(const std::vector<std::string>& args, Streams io);
int runTornado(const std::vector<std::string>& args, Streams io);
int runGoalSeek(const std::vector<std::string>& args, Streams io);
int runCompare(const std::vector<std::string>& args, Streams io);
int runReport(const std::vector<std::string>& args, Streams io);
int runFootball(const std::vector<std::string>& args, Streams io);
int runForecast(const std::vector<std::string>& args, Streams io);
int runUnderlying(const std::vector<std::string>& args, Streams io);
int runPortfolioData(const std::vector<std::string>& args, Streams io);
int runAudit(const std::vector<std::string>& args, Streams io);
int runSync(const std::vector<std::string>& args, Streams io);

}  // namespace valor::cli
