#include "core/actuals/statement.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/common/issue.h"
#include "core/model/actualsschema.h"
#include "core/model/textrules.h"

namespace valor {
namespace {

// Lower-case ASCII, whitespace collapsed, without a trailing colon or footnote mark.
std::string normalised(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == '*'))
    out.pop_back();
  return out;
}

// Labels statements use for each line (English and German), normalised.
const std::vector<std::pair<std::string, std::vector<std::string>>>& labelTable() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
      {"revenue",
       {"revenue", "revenues", "total revenue", "total revenues", "net revenue", "net revenues",
        "sales", "net sales", "turnover", "umsatz", "umsatzerlöse", "umsatzerloese", "erlöse"}},
      {"ebitda", {"ebitda", "adjusted ebitda"}},
      {"ebit",
       {"ebit", "operating income", "operating profit", "income from operations",
        "betriebsergebnis"}},
      {"depreciation",
       {"d&a", "depreciation", "depreciation and amortization", "depreciation & amortization",
        "depreciation and amortisation", "depreciation & amortisation", "abschreibungen"}},
      {"capex",
       {"capex", "capital expenditure", "capital expenditures",
        "purchases of property, plant and equipment", "purchase of property, plant and equipment",
        "investitionen", "investitionen in sachanlagen"}},
      {"nwc",
       {"nwc", "net working capital", "working capital", "nettoumlaufvermögen",
        "net operating working capital"}},
      {"taxes",
       {"taxes", "tax", "income taxes", "income tax", "income tax expense",
        "provision for income taxes", "steuern", "ertragsteuern",
        "steuern vom einkommen und ertrag"}},
      {"net_income",
       {"net income", "net profit", "net earnings", "profit for the year", "net income (loss)",
        "jahresüberschuss", "konzernergebnis", "periodenergebnis"}},
      {"equity",
       {"equity", "total equity", "shareholders' equity", "stockholders' equity",
        "total shareholders' equity", "total stockholders' equity", "book equity", "eigenkapital",
        "summe eigenkapital"}},
      {"debt",
       {"debt", "total debt", "gross debt", "borrowings", "total borrowings",
        "finanzverbindlichkeiten"}},
      {"cash",
       {"cash", "cash and cash equivalents", "cash & cash equivalents", "cash and equivalents",
        "zahlungsmittel", "liquide mittel", "zahlungsmittel und zahlungsmitteläquivalente"}},
      {"shares",
       {"shares", "shares outstanding", "diluted shares", "diluted shares outstanding",
        "weighted average diluted shares", "weighted average shares outstanding - diluted",
        "aktien", "anzahl aktien", "aktienanzahl"}},
      // "Working capital" alone reads as net working capital (above): statements that give
      // current assets less current liabilities name it so.
      {"working_capital",
       {"net current assets", "current assets less current liabilities",
        "current assets minus current liabilities",
        "working capital (current assets less "
        "current liabilities)"}},
      {"retained_earnings",
       {"retained earnings", "retained earnings (accumulated deficit)", "gewinnrücklagen"}},
      {"total_assets", {"total assets", "assets", "bilanzsumme", "summe aktiva", "aktiva"}},
      {"total_liabilities",
       {"total liabilities", "liabilities", "fremdkapital", "summe fremdkapital"}},
  };
  return table;
}

// The words of a heading, split at spaces and punctuation ("USD in thousands" → usd, in,
// thousands); "'", "$" and "€" stay in their word ("$000", "t€").
std::vector<std::string> wordsOf(const std::string& cell) {
  std::vector<std::string> words;
  std::string word;
  for (char c : normalised(cell)) {
    if (std::string_view(" ,;:()[]/.-").find(c) != std::string_view::npos) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// A unit named in a heading ("in thousands", "EUR in Mio.", "($000s)", "TEUR"), by whole words
// only, so "Berichtsdatum" is not "Tsd". "ambiguous" when it names two.
std::optional<std::string> unitNamedIn(const std::string& cell) {
  static const std::array<std::pair<const char*, const char*>, 27> words = {{
      {"thousand", "thousands"}, {"thousands", "thousands"}, {"tausend", "thousands"},
      {"tsd", "thousands"},      {"'000", "thousands"},      {"000", "thousands"},
      {"000s", "thousands"},     {"$000", "thousands"},      {"$000s", "thousands"},
      {"teur", "thousands"},     {"t€", "thousands"},        {"keur", "thousands"},
      {"tusd", "thousands"},     {"million", "millions"},    {"millions", "millions"},
      {"millionen", "millions"}, {"mio", "millions"},        {"mn", "millions"},
      {"€m", "millions"},        {"eurm", "millions"},       {"usdm", "millions"},
      {"$m", "millions"},        {"billion", "billions"},    {"billions", "billions"},
      {"mrd", "billions"},       {"milliarden", "billions"}, {"bn", "billions"},
  }};
  std::optional<std::string> found;
  for (const std::string& w : wordsOf(cell))
    for (const auto& [word, unit] : words)
      if (w == word) {
        if (found && *found != unit) return std::string("ambiguous");
        found = unit;
      }
  return found;
}

// "(in thousands, except share data)": share counts are in another unit than the amounts.
bool sharesExcepted(const std::string& cell) {
  const std::string t = normalised(cell);
  return t.find("except") != std::string::npos && t.find("share") != std::string::npos;
}

// A cell's text in a message: one line, at most 40 characters.
std::string shown(const std::string& text) {
  std::string out;
  for (unsigned char c : text.substr(0, 40)) out += c < 0x20 || c == 0x7f ? '?' : char(c);
  return text.size() > 40 ? out + "…" : out;
}

// A fiscal year heading: "2023", "FY2023", "FY 2023", "2023A" head actuals; "2026E", "2026F",
// "2026P" head estimates, which are not imported.
struct YearHeading {
  Year year = 0;
  bool estimate = false;
};

std::optional<YearHeading> yearOfHeading(const std::string& cell) {
  std::string t = normalised(cell);
  if (t.rfind("fy", 0) == 0) t = t.substr(t.size() > 2 && t[2] == ' ' ? 3 : 2);
  bool estimate = false;
  if (!t.empty() && (t.back() == 'e' || t.back() == 'f' || t.back() == 'p')) {
    estimate = true;
    t.pop_back();
  } else if (!t.empty() && t.back() == 'a') {
    t.pop_back();
  }
  if (t.size() != 4 ||
      !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const Year year = std::stoi(t);
  if (year < 1900 || year > 2100) return std::nullopt;
  return YearHeading{year, estimate};
}

const std::array<const char*, 7> kNoFigure = {"",    "-", "--", "\xE2\x80\x94", "\xE2\x80\x93",
                                              "n/a", "na"};

}  // namespace

std::optional<std::string> actualsLineOfLabel(const std::string& label) {
  const std::string t = normalised(label);
  for (const auto& [key, labels] : labelTable())
    if (std::find(labels.begin(), labels.end(), t) != labels.end()) return key;
  return std::nullopt;
}

namespace {

// The analyst's mapping first, then the built-in labels.
std::optional<std::string> lineOfLabel(const std::string& label, const StatementOptions& options) {
  const std::string t = normalised(label);
  for (const auto& [mapped, key] : options.labelLines)
    if (normalised(mapped) == t) return key.empty() ? std::nullopt : std::optional(key);
  return actualsLineOfLabel(label);
}

}  // namespace

Result<std::map<std::string, std::string>> readStatementMapping(std::string_view json) {
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("lines") ||
      !parsed["lines"].is_object())
    return Error{"mapping.invalid",
                 "a mapping is a JSON object {\"lines\": {\"label\": \"revenue\" or null}}", ""};
  std::map<std::string, std::string> lines;
  for (const auto& [label, key] : parsed["lines"].items()) {
    if (key.is_null()) {
      lines[label] = "";
    } else if (key.is_string() && findActualsLine(key.get<std::string>())) {
      lines[label] = key.get<std::string>();
    } else {
      return Error{"mapping.unknown_line",
                   "\"" + shown(label) + "\" maps to " + shown(key.dump()) +
                       ", which is not a line (revenue, ebitda, ebit, depreciation, capex, nwc, "
                       "taxes, net_income, equity, debt, cash, shares) or null",
                   ""};
    }
  }
  return lines;
}

std::string statementMappingJson(const std::map<std::string, std::string>& labelLines) {
  nlohmann::ordered_json lines = nlohmann::ordered_json::object();
  for (const auto& [label, key] : labelLines)
    lines[label] = key.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(key);
  return nlohmann::ordered_json{{"lines", lines}}.dump(2) + "\n";
}

ParsedFigure parseFigure(const std::string& text, bool decimalComma) {
  std::string t = normalised(text);
  if (std::find(kNoFigure.begin(), kNoFigure.end(), t) != kNoFigure.end()) return {true, {}};
  bool negative = false;
  if (t.size() >= 2 && t.front() == '(' && t.back() == ')') {
    negative = true;
    t = t.substr(1, t.size() - 2);
  }
  if (!t.empty() && t.front() == '-') {
    if (negative) return {false, {}};  // "(-5)" says it twice
    negative = true;
    t.erase(0, 1);
  }
  // Digits, grouped in threes by the group mark (or a space or apostrophe) before the decimal
  // point only: "1,234.5" but never "12,5" or "1,2,3", which are other conventions misread.
  const char group = decimalComma ? '.' : ',';
  const char point = decimalComma ? ',' : '.';
  const std::size_t at = t.find(point);
  const std::string whole = t.substr(0, at);
  const std::string fraction = at == std::string::npos ? std::string() : t.substr(at + 1);
  const auto digitsOnly = [](const std::string& x) {
    return std::all_of(x.begin(), x.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (at != std::string::npos && (fraction.empty() || !digitsOnly(fraction))) return {false, {}};
  std::string digits;
  std::size_t groupDigits = 0;
  bool grouped = false;
  for (std::size_t k = 0; k < whole.size(); ++k) {
    const char c = whole[k];
    if (c >= '0' && c <= '9') {
      digits += c;
      ++groupDigits;
    } else if (c == group || c == ' ' || c == '\'') {
      // A mark needs 1–3 digits before it (3 after the first) and exactly 3 after it.
      if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3)) return {false, {}};
      grouped = true;
      groupDigits = 0;
    } else {
      return {false, {}};
    }
  }
  if (digits.empty() || (grouped && groupDigits != 3)) return {false, {}};
  const std::string plain = digits + (fraction.empty() ? std::string() : "." + fraction);
  double value = 0;
  const char* end = plain.data() + plain.size();
  const auto [ptr, ec] = std::from_chars(plain.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return {false, {}};
  return {true, negative ? -value : value};
}

std::string shortSourceName(const std::string& name) {
  std::string text = printableText(name);
  if (text.size() <= 60) return text;
  return cutUtf8(text, 60) + "…";
}

Result<Statement> readStatement(const CsvRows& rows, const StatementOptions& options) {
  // The year headings: among the rows before the first labelled line, those whose cells after a
  // caption are all years (actuals or estimates); the one with the most years, the later on a
  // tie — so a title row "Annual report, 2024" above the real headings is not taken for them.
  std::size_t headerRow = rows.size();
  std::map<std::size_t, Year> yearColumns;
  std::set<std::size_t> estimateColumns;
  std::size_t bestCount = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::map<std::size_t, Year> years;
    std::set<std::size_t> estimates;
    std::set<Year> seen;
    std::optional<Year> repeated;
    bool onlyYears = true;
    bool captionSeen = false;
    bool lineLabel = false;
    for (std::size_t c = 0; c < rows[r].size() && onlyYears; ++c) {
      if (normalised(rows[r][c]).empty()) continue;
      if (const auto heading = yearOfHeading(rows[r][c])) {
        if (heading->estimate) {
          estimates.insert(c);
          continue;
        }
        if (!seen.insert(heading->year).second && !repeated) repeated = heading->year;
        years[c] = heading->year;
      } else if (!captionSeen && years.empty() && estimates.empty()) {
        captionSeen = true;  // the row's caption, e.g. "EUR in thousands"
        lineLabel = lineOfLabel(rows[r][c], options).has_value();
      } else {
        onlyYears = false;
      }
    }
    if (lineLabel && !yearColumns.empty()) break;  // the first line: the headings are above
    if (lineLabel || !onlyYears || years.empty()) continue;
    if (repeated)
      return Error{"statement.duplicate_year",
                   "the year " + std::to_string(*repeated) + " heads two columns (row " +
                       std::to_string(r + 1) + ")",
                   options.fileName};
    if (years.size() >= bestCount) {
      bestCount = years.size();
      yearColumns = std::move(years);
      estimateColumns = std::move(estimates);
      headerRow = r;
    }
  }
  if (yearColumns.empty())
    return Error{"statement.no_years",
                 "no row has fiscal years as headings (\"2023\", \"FY2023\" or \"2023A\")",
                 options.fileName};

  // The unit: as stated in the headings (up to the year row), or as given; never guessed. When
  // the headings name two, the unit given settles it.
  std::optional<std::string> stated;
  bool ambiguous = false;
  bool sharesInOtherUnit = false;
  for (std::size_t r = 0; r <= headerRow; ++r)
    for (const std::string& cell : rows[r]) {
      sharesInOtherUnit = sharesInOtherUnit || sharesExcepted(cell);
      if (const auto unit = unitNamedIn(cell)) {
        if (*unit == "ambiguous" || (stated && *stated != *unit))
          ambiguous = true;
        else
          stated = unit;
      }
    }
  if (ambiguous && !options.unit)
    return Error{"statement.ambiguous_unit",
                 "the headings name more than one unit; give the figures' unit with --unit",
                 options.fileName};
  if (!ambiguous && stated && options.unit && *stated != *options.unit)
    return Error{
        "statement.unit_conflict",
        "the file says its figures are in " + *stated + ", but the unit given is " + *options.unit,
        options.fileName};
  if (!stated && !options.unit)
    return Error{"statement.no_unit",
                 "the file does not say its unit (e.g. \"in thousands\" above the years); give "
                 "it: --unit units|thousands|millions|billions",
                 options.fileName};
  Statement statement;
  statement.unit = options.unit ? *options.unit : *stated;

  const std::size_t firstYearColumn = yearColumns.begin()->first;
  for (const auto& [column, year] : yearColumns) statement.headingYears.push_back(year);
  // The analyst's reading of the headings: a column's year changed, or the column left out.
  if (!options.yearsAs.empty()) {
    std::map<Year, std::size_t> columnOfYear;
    for (auto it = yearColumns.begin(); it != yearColumns.end();) {
      const auto as = options.yearsAs.find(it->second);
      if (as != options.yearsAs.end() && !as->second) {
        estimateColumns.insert(it->first);  // ignored like an estimate column
        it = yearColumns.erase(it);
        continue;
      }
      if (as != options.yearsAs.end()) it->second = *as->second;
      if (const auto [seen, fresh] = columnOfYear.emplace(it->second, it->first); !fresh)
        return Error{"statement.duplicate_year",
                     "two columns would hold the year " + std::to_string(it->second) +
                         ": read one of them as another year, or leave it out",
                     options.fileName};
      ++it;
    }
    if (yearColumns.empty())
      return Error{"statement.no_years", "every year column is left out", options.fileName};
  }
  constexpr std::size_t kMaxProblems = 50;
  Issues problems;
  const auto problem = [&](std::string path, std::string rule, std::string message) {
    if (problems.size() < kMaxProblems)
      problems.push_back(
          Issue{Severity::Error, std::move(path), std::move(rule), std::move(message), {}});
  };
  std::map<std::string, std::size_t> rowOfLine;
  for (std::size_t r = headerRow + 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    std::string label;
    for (std::size_t c = 0; c < std::min(firstYearColumn, row.size()) && label.empty(); ++c)
      if (!normalised(row[c]).empty()) label = row[c];
    bool hasFigures = false;
    for (const auto& [column, year] : yearColumns)
      if (column < row.size() && parseFigure(row[column], options.decimalComma).value)
        hasFigures = true;
    const std::optional<std::string> key = lineOfLabel(label, options);
    if (!key) {
      if (hasFigures && !label.empty()) {
        statement.skippedLabels.push_back(shown(label));
        statement.unknownLabels.push_back(label);
      }
      continue;
    }
    const std::string where = "row " + std::to_string(r + 1);
    // A figure beside the year columns (an unquoted "1,234" split in two) would shift them.
    bool stray = false;
    for (std::size_t c = firstYearColumn; c < row.size() && !stray; ++c)
      if (!yearColumns.count(c) && !estimateColumns.count(c) && !normalised(row[c]).empty())
        stray = true;
    if (stray) {
      problem(where, "stray_cell",
              "\"" + shown(label) +
                  "\" has more cells than there are year columns (a figure with a thousands "
                  "separator that is not quoted?)");
      continue;
    }
    if (const auto seen = rowOfLine.find(*key); seen != rowOfLine.end()) {
      problem(
          where, "duplicate_line",
          "\"" + shown(label) + "\" is the same line as row " + std::to_string(seen->second + 1));
      continue;
    }
    rowOfLine[*key] = r;
    if (*key == "shares" && sharesInOtherUnit) {
      statement.skippedLabels.push_back(shown(label) +
                                        " (the headings put share data in another unit)");
      continue;
    }
    const std::string file =
        options.sheet.empty()
            ? shortSourceName(options.fileName)
            : shortSourceName(options.fileName) + ", sheet " + shortSourceName(options.sheet);
    StatementLine line{*key, label, {}, file + ", " + where + ", in " + statement.unit};
    for (const auto& [column, year] : yearColumns) {
      if (column >= row.size()) continue;
      const ParsedFigure figure = parseFigure(row[column], options.decimalComma);
      if (!figure.ok)
        problem(where + ", " + std::to_string(year), "not_a_number",
                "\"" + shown(label) + "\" " + std::to_string(year) + ": \"" + shown(row[column]) +
                    "\" is not a number" +
                    (!options.decimalComma && row[column].find(',') != std::string::npos
                         ? " (a decimal comma? give --decimal-comma)"
                         : ""));
      else if (figure.value)
        line.values[year] = *figure.value;
    }
    if (line.values.empty()) continue;
    // Outflows printed as negatives (capex "(250)" in a cash-flow statement, income taxes
    // "(68.9)" in an income statement) are the size of a size line and the cost of an expense
    // line. A size with both signs is a question only the analyst can answer; an expense with
    // both (a tax credit in one year) is taken as printed.
    const ActualsLine* spec = findActualsLine(*key);
    if (spec && (!spec->signedAmount || spec->expense)) {
      const bool anyNegative = std::any_of(line.values.begin(), line.values.end(),
                                           [](const auto& v) { return v.second < 0; });
      const bool allNonPositive = std::all_of(line.values.begin(), line.values.end(),
                                              [](const auto& v) { return v.second <= 0; });
      if (anyNegative && allNonPositive) {
        for (auto& [year, value] : line.values) value = -value;
        line.source += ", printed as outflows";
      } else if (anyNegative && !spec->signedAmount) {
        problem(where, "mixed_signs",
                "\"" + shown(label) + "\" has negative and positive figures; " + spec->label +
                    " is a size, so give it with one sign");
        continue;
      }
    }
    statement.lines.push_back(std::move(line));
  }
  if (!problems.empty()) {
    Error error = errorOfIssues("statement.invalid", std::move(problems));
    error.context = options.fileName + ", " + error.context;
    return error;
  }
  if (statement.lines.empty()) {
    // The rows that have figures are named (and kept whole in the issues) so they can be
    // mapped to lines by hand.
    std::string known;
    for (const std::string& label : statement.skippedLabels)
      known += (known.empty() ? "; rows with figures: " : ", ") + label;
    Error error{"statement.no_lines",
                "no row is labelled with a statement line the scenario keeps (Revenue, EBITDA, "
                "EBIT, D&A, Capex, NWC, Taxes, Net income, Equity, Debt, Cash, Shares)" +
                    known,
                options.fileName};
    for (const std::string& label : statement.unknownLabels)
      error.issues.push_back(Issue{Severity::Error, "", "unknown_label", label, {}});
    return error;
  }
  return statement;
}

}  // namespace valor
