#pragma once
// Reads a CSV file as spreadsheets and accounting systems export it (RFC 4180): fields split by
// a comma — or a semicolon, as German spreadsheets write — quotes around fields holding the
// delimiter, a line break or a doubled quote, CRLF or LF lines, an optional UTF-8 byte order
// mark. A quote left open or a stray quote inside a field is refused with its line number,
// never guessed around.
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"

namespace valor {

using CsvRows = std::vector<std::vector<std::string>>;

inline constexpr std::size_t kMaxCsvBytes = 8 * 1024 * 1024;  // far beyond any statement
inline constexpr std::size_t kMaxCsvCells = 1'000'000;

// The delimiter is the one of ',' and ';' that occurs more often outside quotes in the first
// line with either (a comma, when neither does).
Result<CsvRows> readCsv(std::string_view text);

}  // namespace valor
