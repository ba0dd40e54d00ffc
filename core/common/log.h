#pragma once
// The application log: a rotating file (valor.log, 1 MiB × 3) in the user's data directory, so
// a problem can be traced after the fact. The level comes from VALOR_LOG_LEVEL (trace, debug,
// info, warn, error, off; default info). Until startLogging() is called nothing is written
// anywhere — valor-cli's standard output stays pure JSON. Never log secrets or scenario
// contents: paths, counts, timings and error messages only.
#include <string>

namespace valor {

// Starts writing to `directory`/valor.log (created if missing). `level` is VALOR_LOG_LEVEL's
// value (empty: info). Returns an error message when the log cannot be started; the program
// runs on without one.
std::string startLogging(const std::string& directory, const std::string& level);

void logInfo(const std::string& message);
void logWarning(const std::string& message);
void logError(const std::string& message);

}  // namespace valor
