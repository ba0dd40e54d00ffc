#include "cliio.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "core/model/textrules.h"
#include "core/store/workspace.h"

namespace valor::cli {

std::string Options::value(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

Options parseOptions(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags, Streams io) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() < 3 || a.rfind("--", 0) != 0) {
      o.positional.push_back(a);
      continue;
    }
    const std::size_t eq = a.find('=');
    const std::string name = a.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    if (valued.count(name)) {
      if (eq != std::string::npos) {
        o.values[name] = a.substr(eq + 1);
      } else if (i + 1 < args.size()) {
        o.values[name] = args[++i];
      } else {
        io.err << "valor-cli: --" << name << " needs a value\n";
        o.ok = false;
      }
    } else if (flags.count(name) && eq == std::string::npos) {
      o.flags.insert(name);
    } else {
      io.err << "valor-cli: unknown option '" << a << "'\n";
      o.ok = false;
    }
  }
  return o;
}

std::optional<std::string> formatOption(const Options& o,
                                        std::initializer_list<const char*> allowed, Streams io) {
  const std::string format = o.value("format", *allowed.begin());
  for (const char* f : allowed)
    if (format == f) return format;
  io.err << "valor-cli: unknown format '" << format << "'\n";
  return std::nullopt;
}

std::string authorName(const Options& o) {
  if (o.values.count("author")) return o.value("author");
  for (const char* variable : {"VALOR_AUTHOR", "USER", "USERNAME"})
    if (const char* v = std::getenv(variable); v && *v) return v;
  return "unknown";
}

std::optional<std::string> readInput(const std::string& path, std::size_t maxBytes, Streams io) {
  if (path == "-") {
    std::string text;
    char buffer[65536];
    while (io.in.read(buffer, sizeof buffer) || io.in.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(io.in.gcount()));
      if (text.size() > maxBytes) {
        io.err << "valor-cli: standard input: more than " << maxBytes << " bytes\n";
        return std::nullopt;
      }
    }
    return text;
  }
  auto file = readTextFile(path, maxBytes);
  if (!file) {
    io.err << "valor-cli: " << file.error().context << ": " << file.error().message << "\n";
    return std::nullopt;
  }
  return std::move(file).value();
}

void printIssues(const Issues& issues, std::ostream& out) {
  for (const Issue& i : issues) {
    out << severityName(i.severity) << ": ";
    // Most messages start with their field's path; others get it in front.
    // Paths and messages may quote a hostile file's keys: control characters are escaped.
    if (!i.path.empty() && i.message.rfind(i.path, 0) != 0) out << printableText(i.path) << ": ";
    out << printableText(i.message) << " [" << i.rule << "]\n";
  }
}

std::string jsonOutput(const nlohmann::ordered_json& json) {
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string formatTime(std::int64_t ms) {
  const std::tm utc = utcTime(ms);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buffer;
}

static Loaded loadScenarioFile(const std::string& path, Streams io) {
  const ScenarioReadLimits limits;
  auto text = readInput(path, limits.maxBytes, io);
  if (!text) return {std::nullopt, kBadInput};
  auto parse = parseScenarioJson(*text, randomIdGenerator(), limits);
  if (!parse) {
    io.err << "valor-cli: " << path << ": not a readable scenario file\n";
    printIssues(parse.error().issues, io.err);
    return {std::nullopt, kBadInput};
  }
  return {std::move(parse).value(), kOk};
}

Loaded loadScenario(const std::vector<std::string>& positional, Streams io) {
  if (positional.size() == 1) return loadScenarioFile(positional[0], io);
  auto ws = Workspace::open(positional[0], {systemClock(), randomIdGenerator(), true});
  if (!ws) {
    io.err << "valor-cli: " << positional[0] << ": " << ws.error().message << "\n";
    return {std::nullopt, kBadInput};
  }
  auto id = ws.value()->findScenario(positional[1]);
  auto stored = id ? ws.value()->loadScenario(id.value()) : Result<StoredScenario>(id.error());
  if (!stored) {
    io.err << "valor-cli: " << positional[1] << ": " << stored.error().message << "\n";
    return {std::nullopt, kBadInput};
  }
  return {std::move(stored.value().document), kOk};
}

std::optional<double> parseNumber(const std::string& text) {
  double v = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || text.empty() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<std::uint64_t> wholeOption(const Options& o, const std::string& name,
                                         std::uint64_t min, std::uint64_t max, Streams io) {
  const auto v = parseNumber(o.value(name));
  if (!v || *v != std::floor(*v) || *v < static_cast<double>(min) ||
      *v > static_cast<double>(max)) {
    io.err << "valor-cli: --" << name << " must be a whole number from " << min << " to " << max
           << ", not '" << o.value(name) << "'\n";
    return std::nullopt;
  }
  return static_cast<std::uint64_t>(*v);
}

std::vector<std::string> splitList(const std::string& list) {
  std::vector<std::string> items;
  std::string item;
  int depth = 0;
  for (char c : list) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      if (!item.empty()) items.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) items.push_back(item);
  return items;
}

std::optional<Opened> openWorkspace(const std::string& path, bool readOnly,
                                    const std::string* scenario, Streams io) {
  WorkspaceOptions options{systemClock(), randomIdGenerator(), readOnly};
  auto ws = Workspace::open(path, options);
  if (!ws) {
    io.err << "valor-cli: " << path << ": " << ws.error().message << "\n";
    return std::nullopt;
  }
  Opened opened{std::move(ws).value(), std::nullopt};
  if (scenario) {
    auto id = opened.workspace->findScenario(*scenario);
    if (!id) {
      io.err << "valor-cli: " << *scenario << ": " << id.error().message << "\n";
      return std::nullopt;
    }
    opened.scenario = id.value();
  }
  return opened;
}

int fail(const Error& e, Streams io, const std::string& workspace) {
  const std::string& where = e.context.empty() ? workspace : e.context;
  io.err << "valor-cli: " << (where.empty() ? "" : where + ": ") << e.message << "\n";
  return kBadInput;
}

}  // namespace valor::cli
