#include "core/report/inputsheet.h"

namespace valor {

void InputsSheet::section(const std::string& title) {
  row_ += 1;
  sheet_.text(row_++, kLabelColumn, title, CellStyle::Header);
}

int InputsSheet::yearSection(const std::string& title, int firstYear, int years) {
  section(title);
  const int yearRow = row_++;
  sheet_.text(yearRow, kLabelColumn, "Year", CellStyle::Header);
  for (int t = 0; t < years; ++t)
    sheet_.number(yearRow, kValueColumn + t, firstYear + t, "year", CellStyle::Header);
  return yearRow;
}

void InputsSheet::input(const std::string& label, const std::string& name, double value,
                        const std::string& unit, const std::string& note) {
  sheet_.text(row_, kLabelColumn, label);
  sheet_.number(row_, kValueColumn, value, unit, CellStyle::Input);
  if (!note.empty()) sheet_.text(row_, kNoteColumn, note, CellStyle::Note);
  book_.defineName(name, sheet_, row_, kValueColumn);
  ++row_;
}

void InputsSheet::derived(const std::string& label, const std::string& name,
                          const std::string& formula, double cached, const std::string& unit,
                          const std::string& note) {
  sheet_.text(row_, kLabelColumn, label);
  sheet_.formula(row_, kValueColumn, formula, cached, unit);
  if (!note.empty()) sheet_.text(row_, kNoteColumn, note, CellStyle::Note);
  book_.defineName(name, sheet_, row_, kValueColumn);
  ++row_;
}

std::string FormulaColumn::line(const std::string& label, const std::string& definedName,
                                const std::string& formula, double cached, const std::string& unit,
                                CellStyle style) {
  return optionalLine(label, definedName, formula, cached, unit, style);
}

std::string FormulaColumn::optionalLine(const std::string& label, const std::string& definedName,
                                        const std::string& formula, std::optional<double> cached,
                                        const std::string& unit, CellStyle style) {
  sheet_.text(row_, InputsSheet::kLabelColumn, label,
              style == CellStyle::Total ? CellStyle::Total : CellStyle::Label);
  sheet_.optionalFormula(row_, InputsSheet::kValueColumn, formula, cached, unit, style);
  if (!definedName.empty()) book_.defineName(definedName, sheet_, row_, InputsSheet::kValueColumn);
  return XlsxSheet::cell(row_++, InputsSheet::kValueColumn);
}

}  // namespace valor
