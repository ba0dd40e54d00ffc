#include "core/models/texttable.h"

#include <ostream>

#include "core/common/numbertext.h"
#include "core/model/textrules.h"

namespace valor::texttable {

std::string fixed(double v, int decimals) {
  return fixedText(v, decimals);
}

std::string pct(double rate) {
  return fixed(rate * 100, 1) + "%";
}

std::string money(double v) {
  return fixed(v, 1);
}

std::string multiple(double v) {
  return fixed(v, 2) + "x";
}

std::string orDash(const std::optional<double>& v, std::string (*format)(double)) {
  return v ? format(*v) : std::string("—");
}

std::string pad(const std::string& s, std::size_t width) {
  std::size_t chars = 0;
  for (const char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars >= width ? s : std::string(width - chars, ' ') + s;
}

std::string padRight(const std::string& s, std::size_t width) {
  std::size_t chars = 0;
  for (const char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars >= width ? s : s + std::string(width - chars, ' ');
}

void title(std::ostream& out, const ScenarioDocument& doc, const std::string& kind) {
  const Entity& root = doc.root();
  const std::string currency = root.text("currency") ? *root.text("currency") : "USD";
  const std::string unit = root.text("unit") ? *root.text("unit") : "millions";
  out << printableText(root.text("name") ? *root.text("name") : std::string("(unnamed)")) << " — "
      << kind << " (" << printableText(currency) << " " << unit << ")\n\n";
}

void line(std::ostream& out, const std::string& label, const std::string& value) {
  out << "  " << label << std::string(label.size() < 34 ? 34 - label.size() : 1, ' ') << value
      << "\n";
}

void warnings(std::ostream& out, const Issues& issues) {
  bool first = true;
  for (const Issue& i : issues) {
    if (i.severity != Severity::Warning) continue;
    if (first) out << "\nWarnings:\n";
    first = false;
    out << "  - " << i.message << "\n";
  }
}

}  // namespace valor::texttable
