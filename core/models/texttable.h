#pragma once
// Pieces of the terminal tables every model kind prints (`valor-cli evaluate --format table`):
// numbers at a fixed precision, right-aligned columns that count characters, labelled lines and
// the warnings at the end.
#include <iosfwd>
#include <optional>
#include <string>

#include "core/common/issue.h"
#include "core/model/document.h"

namespace valor::texttable {

std::string fixed(double v, int decimals);
std::string pct(double rate);    // 0.082 → "8.2%"
std::string money(double v);     // one decimal
std::string multiple(double v);  // "7.50x"
std::string orDash(const std::optional<double>& v, std::string (*format)(double));
// Right-aligns `s` in `width` characters (not bytes, so "—" and "Δ" line up).
std::string pad(const std::string& s, std::size_t width);
// Left-aligns `s` in `width` characters.
std::string padRight(const std::string& s, std::size_t width);
// "<name> — <kind> (<currency> <unit>)" and a blank line: the first line of every table.
void title(std::ostream& out, const ScenarioDocument& doc, const std::string& kind);
// "  label ....... value" with the value starting at column 36.
void line(std::ostream& out, const std::string& label, const std::string& value);
// "Warnings:" and one line each, when there are any.
void warnings(std::ostream& out, const Issues& issues);

}  // namespace valor::texttable
