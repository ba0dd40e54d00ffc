#pragma once
// A financial statement laid out as analysts keep one (a row per line item, a column per fiscal
// year), read into the scenario's actuals lines. Rows are matched by their labels ("Revenue",
// "Net sales", "Umsatzerlöse" …); years come from the first row with year headings ("2023",
// "FY2023", "2023A"). The unit is never guessed: the file states it ("in thousands", "in Mio.")
// or the analyst does, and when both do they must agree.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals/csvreader.h"
#include "core/common/result.h"
#include "core/common/types.h"

namespace valor {

struct StatementOptions {
  std::optional<std::string> unit;  // "units", "thousands", "millions", "billions"
  bool decimalComma = false;        // "1.234,5" (German) instead of "1,234.5"
  std::string fileName;             // for the source of each line ("statements.csv")
  std::string sheet;                // a workbook's sheet, named in each line's source
  // The analyst's own labels, before the built-in ones: a label → its line ("revenue"), or ""
  // to leave the row out. Labels are compared as actualsLineOfLabel compares them.
  std::map<std::string, std::string> labelLines;
  // The analyst's reading of the year headings: a heading's year → the fiscal year its column
  // holds (a heading naming the year a fiscal year starts in), or nullopt to leave the column
  // out. Headings not named are read as they are.
  std::map<Year, std::optional<Year>> yearsAs;
};

struct StatementLine {
  std::string key;                // the actuals line ("revenue")
  std::string label;              // the row's label in the file ("Net sales")
  std::map<Year, double> values;  // as the file gives them, in the file's unit
  std::string source;             // "statements.csv, row 4, in thousands"
};

struct Statement {
  std::string unit;      // the file's unit
  std::string currency;  // ISO 4217 when the source states it ("USD"); else empty
  std::vector<StatementLine> lines;
  std::vector<std::string> skippedLabels;  // rows with figures but no known label
  std::vector<std::string> unknownLabels;  // those rows' labels, whole, to map by hand
  std::vector<Year> headingYears;          // the year headings as read, left to right
};

Result<Statement> readStatement(const CsvRows& rows, const StatementOptions& options);

// A name from outside (a file, a sheet, a company) as a line's source names it: printable, at
// most 60 bytes, cut on a character boundary ("…" marks the cut).
std::string shortSourceName(const std::string& name);

// The actuals line a statement label means ("Net sales" → "revenue"), if any.
std::optional<std::string> actualsLineOfLabel(const std::string& label);

// A reusable mapping of labels to lines, as a JSON file keeps it:
//   {"lines": {"Umsatz Inland": "revenue", "Sonstige Erträge": null}}
// (null leaves the row out). Refused whole when a line is not one of the actuals' lines.
Result<std::map<std::string, std::string>> readStatementMapping(std::string_view json);
std::string statementMappingJson(const std::map<std::string, std::string>& labelLines);
// A figure as statements print it: "1,234.5", "(1,234.5)" for a negative, "-1234.5"; with the
// decimal comma "1.234,5". Empty, "-", "—" and "n/a" mean no figure (nullopt with ok = true).
struct ParsedFigure {
  bool ok = true;
  std::optional<double> value;
};
ParsedFigure parseFigure(const std::string& text, bool decimalComma);

}  // namespace valor
