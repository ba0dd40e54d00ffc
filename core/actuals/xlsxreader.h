#pragma once
// Reads one sheet of an Excel workbook (.xlsx: a zip of XML parts, read with libzip and
// pugixml) into the same rows of cell texts a CSV gives, so a statement reads the same from
// either. Text cells give their text; numbers their shortest exact decimal, never an exponent;
// a formula its value as last calculated — and a formula never calculated is refused, not read
// as empty. A merged cell's value stays in its first cell, as the file holds it. Hostile files
// (not a zip, parts too large, a sheet past the cell limit, broken XML) are refused by name.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actuals/csvreader.h"
#include "core/common/result.h"

namespace valor {

// A workbook file larger than this is not a statement (a CSV has its own, smaller limit).
inline constexpr std::size_t kMaxWorkbookBytes = 32 * 1024 * 1024;
// Any part larger than this is refused before it is unpacked (a zip bomb expands ~1000×).
inline constexpr std::size_t kMaxXlsxPartBytes = 64 * 1024 * 1024;

// The workbook's sheet names, in its order.
Result<std::vector<std::string>> xlsxSheetNames(std::string_view bytes);

// The named sheet, or the first when `sheet` is empty.
Result<CsvRows> readXlsxSheet(std::string_view bytes, const std::optional<std::string>& sheet);

// True when the bytes start as a zip archive does (an .xlsx), not as text.
bool looksLikeXlsx(std::string_view bytes);

}  // namespace valor
