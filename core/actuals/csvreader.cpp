#include "core/actuals/csvreader.h"

namespace valor {
namespace {

char detectDelimiter(std::string_view text) {
  int commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
    if (c == '\n' && commas + semicolons > 0) break;
  }
  return semicolons > commas ? ';' : ',';
}

Error csvError(std::string code, std::string message, int line) {
  return Error{std::move(code), std::move(message) + " (line " + std::to_string(line) + ")", ""};
}

}  // namespace

Result<CsvRows> readCsv(std::string_view text) {
  if (text.size() > kMaxCsvBytes)
    return Error{"csv.too_large",
                 "the file is larger than " + std::to_string(kMaxCsvBytes / (1024 * 1024)) +
                     " MiB, far beyond a financial statement",
                 ""};
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find('\0') != std::string_view::npos)
    return Error{"csv.binary", "the file holds binary data, not text", ""};
  const char delimiter = detectDelimiter(text);
  CsvRows rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;     // inside a quoted field
  bool wasQuoted = false;  // the current field was quoted (only the delimiter or a line may follow)
  int line = 1;
  int quoteOpened = 0;  // the line a quoted field started on
  std::size_t cells = 0;
  const auto endField = [&] {
    ++cells;
    row.push_back(std::move(field));
    field.clear();
    wasQuoted = false;
  };
  const auto endRow = [&] {
    endField();
    rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
          wasQuoted = true;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (cells > kMaxCsvCells)
      return csvError(
          "csv.too_many_cells",
          "more than " + std::to_string(kMaxCsvCells) + " cells, far beyond a statement", line);
    if (c == delimiter) {
      endField();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      // CRLF: the LF ends the row.
    } else if (c == '\n') {
      endRow();
      ++line;
    } else if (wasQuoted) {
      return csvError("csv.after_quote", "text after a closing quote in a field", line);
    } else if (c == '"') {
      if (!field.empty())
        return csvError("csv.stray_quote", "a quote inside an unquoted field", line);
      quoted = true;
      quoteOpened = line;
    } else {
      field += c;
    }
  }
  if (quoted) return csvError("csv.open_quote", "a quoted field is never closed", quoteOpened);
  if (!field.empty() || !row.empty() || wasQuoted) endRow();
  return rows;
}

}  // namespace valor
