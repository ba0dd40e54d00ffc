#include "core/actuals/xlsxreader.h"

#include <zip.h>

#include <charconv>
#include <cstdlib>
#include <map>
#include <memory>
#include <pugixml.hpp>

namespace valor {
namespace {

Error xlsxError(const std::string& code, const std::string& message) {
  return Error{"xlsx." + code, message, ""};
}

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Result<Archive> openArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return xlsxError("not_a_workbook", "the file is not an Excel workbook (.xlsx)");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    return xlsxError("not_a_workbook", "the file is not an Excel workbook (.xlsx): not a zip");
  }
  return Archive(archive, &zip_discard);
}

// One part's bytes; nothing when the workbook has no such part.
Result<std::optional<std::string>> readPart(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return std::optional<std::string>();
  if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxXlsxPartBytes)
    return xlsxError("too_large", name + " is larger than a statement can be");
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), 0),
                                                          &zip_fclose);
  if (!file) return xlsxError("unreadable", name + " cannot be read from the workbook");
  std::string text(static_cast<std::size_t>(stat.size), '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const zip_int64_t n = zip_fread(file.get(), text.data() + done, text.size() - done);
    if (n <= 0) return xlsxError("unreadable", name + " is damaged in the workbook");
    done += static_cast<std::size_t>(n);
  }
  return std::optional<std::string>(std::move(text));
}

Result<pugi::xml_document> parsePart(zip_t* archive, const std::string& name, bool required) {
  auto text = readPart(archive, name);
  if (!text) return text.error();
  pugi::xml_document doc;
  if (!text.value()) {
    if (required) return xlsxError("missing_part", "the workbook has no " + name);
    return doc;
  }
  // No DOCTYPE or entity expansion: pugixml never resolves external entities.
  const pugi::xml_parse_result parsed =
      doc.load_buffer(text.value()->data(), text.value()->size(), pugi::parse_default);
  if (!parsed)
    return xlsxError("bad_xml", name + " is not well-formed XML: " + parsed.description());
  return doc;
}

// The text of a shared string or an inline string: its own <t>, or its runs' <t>s (phonetic
// guides left out).
std::string stringItemText(const pugi::xml_node& item) {
  std::string text = item.child("t").text().get();
  for (const pugi::xml_node& run : item.children("r")) text += run.child("t").text().get();
  return text;
}

struct SheetRef {
  std::string name;
  std::string part;  // "xl/worksheets/sheet1.xml"
};

Result<std::vector<SheetRef>> sheetsOf(zip_t* archive) {
  auto workbook = parsePart(archive, "xl/workbook.xml", true);
  if (!workbook) return workbook.error();
  auto rels = parsePart(archive, "xl/_rels/workbook.xml.rels", true);
  if (!rels) return rels.error();
  std::map<std::string, std::string> targets;
  for (const pugi::xml_node& r : rels.value().child("Relationships").children("Relationship")) {
    std::string target = r.attribute("Target").value();
    // Targets are relative to xl/, or absolute within the package.
    target = target.rfind('/', 0) == 0 ? target.substr(1) : "xl/" + target;
    targets[r.attribute("Id").value()] = target;
  }
  std::vector<SheetRef> sheets;
  for (const pugi::xml_node& s :
       workbook.value().child("workbook").child("sheets").children("sheet")) {
    auto target = targets.find(s.attribute("r:id").value());
    if (target == targets.end()) continue;  // a chart sheet or a broken link: no cells
    sheets.push_back({s.attribute("name").value(), target->second});
  }
  if (sheets.empty()) return xlsxError("no_sheets", "the workbook has no worksheet");
  return sheets;
}

// "BC12" → column 54 (0-based) and row 12 (1-based); nothing for anything else.
std::optional<std::pair<std::size_t, std::size_t>> cellPosition(std::string_view ref) {
  std::size_t column = 0, i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3)
    column = column * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  if (i == 0 || column > 16384) return std::nullopt;
  std::size_t row = 0;
  const auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (ec != std::errc() || end != ref.data() + ref.size() || row == 0 || row > 1048576)
    return std::nullopt;
  return std::make_pair(column - 1, row);
}

// A number as the shortest decimal that reads back to it, without an exponent ("1210",
// "0.001", "1234.5"), the form statements print.
std::string plainNumber(double value) {
  char buffer[400];  // enough for the longest, a denormal's 326 digits
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return result.ec == std::errc() ? std::string(buffer, result.ptr) : std::string("?");
}

}  // namespace

bool looksLikeXlsx(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

Result<std::vector<std::string>> xlsxSheetNames(std::string_view bytes) {
  auto archive = openArchive(bytes);
  if (!archive) return archive.error();
  auto sheets = sheetsOf(archive.value().get());
  if (!sheets) return sheets.error();
  std::vector<std::string> names;
  for (const SheetRef& s : sheets.value()) names.push_back(s.name);
  return names;
}

Result<CsvRows> readXlsxSheet(std::string_view bytes, const std::optional<std::string>& sheet) {
  auto archive = openArchive(bytes);
  if (!archive) return archive.error();
  zip_t* zip = archive.value().get();
  auto sheets = sheetsOf(zip);
  if (!sheets) return sheets.error();
  const SheetRef* chosen = &sheets.value().front();
  if (sheet) {
    chosen = nullptr;
    std::string names;
    for (const SheetRef& s : sheets.value()) {
      if (s.name == *sheet) chosen = &s;
      names += (names.empty() ? "" : ", ") + s.name;
    }
    if (!chosen)
      return xlsxError("no_such_sheet",
                       "the workbook has no sheet \"" + *sheet + "\" (it has " + names + ")");
  }

  auto shared = parsePart(zip, "xl/sharedStrings.xml", false);
  if (!shared) return shared.error();
  std::vector<std::string> strings;
  for (const pugi::xml_node& item : shared.value().child("sst").children("si"))
    strings.push_back(stringItemText(item));

  auto part = parsePart(zip, chosen->part, true);
  if (!part) return part.error();
  const pugi::xml_node data = part.value().child("worksheet").child("sheetData");
  // Cells by position first: rows and cells may skip (empty ones are not written).
  std::map<std::size_t, std::map<std::size_t, std::string>> cells;
  std::size_t count = 0, width = 0, nextRow = 1;
  for (const pugi::xml_node& row : data.children("row")) {
    std::size_t rowNumber = row.attribute("r").as_ullong(nextRow);
    // Rows count from 1 to 1,048,576 (ECMA-376 and every spreadsheet's limit).
    if (rowNumber == 0 || rowNumber > 1048576)
      return xlsxError("bad_cell", "row number " + std::string(row.attribute("r").value()) +
                                       " is not one a sheet can have");
    nextRow = rowNumber + 1;
    std::size_t nextColumn = 0;
    for (const pugi::xml_node& c : row.children("c")) {
      std::size_t column = nextColumn;
      if (const pugi::xml_attribute ref = c.attribute("r")) {
        auto position = cellPosition(ref.value());
        if (!position || position->second != rowNumber)
          return xlsxError("bad_cell", std::string("cell reference \"") + ref.value() +
                                           "\" is not one of row " + std::to_string(rowNumber));
        column = position->first;
      }
      nextColumn = column + 1;
      if (++count > kMaxCsvCells)
        return xlsxError("too_many_cells", "the sheet has more than a million cells");
      const std::string type = c.attribute("t").value();
      const pugi::xml_node value = c.child("v");
      std::string text;
      if (type == "s") {
        const std::size_t index = value.text().as_ullong(strings.size());
        if (index >= strings.size())
          return xlsxError("bad_cell", std::string("cell ") + c.attribute("r").value() +
                                           " names a text the workbook does not have");
        text = strings[index];
      } else if (type == "inlineStr") {
        text = stringItemText(c.child("is"));
      } else if (!value) {
        if (c.child("f"))
          return xlsxError("uncalculated",
                           std::string("cell ") + c.attribute("r").value() +
                               " is a formula the file holds no value for: open the workbook in "
                               "a spreadsheet, let it calculate and save it");
        continue;  // a styled empty cell
      } else if (type == "n" || type.empty()) {
        char* end = nullptr;
        const std::string raw = value.text().get();
        const double number = std::strtod(raw.c_str(), &end);
        if (raw.empty() || end != raw.c_str() + raw.size())
          return xlsxError("bad_cell", std::string("cell ") + c.attribute("r").value() +
                                           " holds \"" + raw.substr(0, 40) + "\", not a number");
        text = plainNumber(number);
      } else {
        text = value.text().get();  // "str" (a formula's text), "b" (0/1), "e" (#N/A …)
      }
      cells[rowNumber][column] = std::move(text);
      width = std::max(width, column + 1);
    }
  }
  if (cells.empty()) return xlsxError("empty", "the sheet \"" + chosen->name + "\" is empty");
  const std::size_t height = cells.rbegin()->first;
  if (height * width > 4 * kMaxCsvCells)
    return xlsxError("too_many_cells", "the sheet spans more cells than a statement can");
  CsvRows rows(height, std::vector<std::string>(width));
  for (auto& [row, columns] : cells)
    for (auto& [column, text] : columns) rows[row - 1][column] = std::move(text);
  return rows;
}

}  // namespace valor
