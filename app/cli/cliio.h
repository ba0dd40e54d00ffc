#pragma once
// What every valor-cli command shares: option parsing, input reading, issue printing, and the
// author name recorded with changes.
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "commands.h"
#include "core/common/clock.h"
#include "core/common/issue.h"
#include "core/common/result.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/store/workspace.h"

namespace valor::cli {

struct Options {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // --name VALUE / --name=VALUE
  std::set<std::string> flags;                // --name
  bool ok = true;

  std::string value(const std::string& name, const std::string& fallback = "") const;
  bool has(const std::string& name) const { return flags.count(name) || values.count(name); }
};

// `valued` options take an argument; `flags` do not. Anything else starting with "--" is an
// error, printed to io.err.
Options parseOptions(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags, Streams io);

// Checks --format against the allowed ones (first = default) and returns it, or nothing.
std::optional<std::string> formatOption(const Options& o,
                                        std::initializer_list<const char*> allowed, Streams io);

// --author, else $VALOR_AUTHOR, else $USER, else "unknown".
std::string authorName(const Options& o);

// A file's text, or "-" for standard input, bounded in size; errors are printed.
std::optional<std::string> readInput(const std::string& path, std::size_t maxBytes, Streams io);

struct Loaded {
  std::optional<ScenarioDocument> document;
  int exitCode = kOk;
};
// A scenario from FILE (or - for standard input), or with two arguments WS SCENARIO, from a
// workspace opened read-only. Errors are printed.
Loaded loadScenario(const std::vector<std::string>& positional, Streams io);

// A number written in full ("0.085", "-3", "1e6"), or nothing.
std::optional<double> parseNumber(const std::string& text);

// --NAME as a whole number in [min, max], or nothing (the error printed).
std::optional<std::uint64_t> wholeOption(const Options& o, const std::string& name,
                                         std::uint64_t min, std::uint64_t max, Streams io);

// "a,b,c" → {"a", "b", "c"}: empty entries are dropped, and commas inside parentheses do not
// split ("ets,arima(1,1,1)" is two entries).
std::vector<std::string> splitList(const std::string& list);

void printIssues(const Issues& issues, std::ostream& out);

// JSON output, indented: text from a workspace written before today's text rules (bytes that are
// not UTF-8) is shown as U+FFFD instead of stopping the command.
std::string jsonOutput(const nlohmann::ordered_json& json);
std::string formatTime(std::int64_t ms);

struct Opened {
  std::unique_ptr<Workspace> workspace;
  std::optional<Id> scenario;
};
// A workspace file, and the scenario named (an ID or a name) when `scenario` is given; errors
// are printed.
std::optional<Opened> openWorkspace(const std::string& path, bool readOnly,
                                    const std::string* scenario, Streams io);
// Prints the error with its own context (a field, a revision, a file), else the workspace it
// happened in; returns kBadInput.
int fail(const Error& e, Streams io, const std::string& workspace = {});

}  // namespace valor::cli
