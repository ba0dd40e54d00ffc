#pragma once
// The Inputs sheet of a model workbook, written top to bottom: section headers, blue input
// cells and black derived cells in column B, each with a defined name the Model sheet's
// formulas use ("wacc", "offer_price"), and a note in column C. Every kind's workbook model
// writes its inputs through this, so they all look alike.
#include <optional>
#include <string>

#include "core/report/xlsxbook.h"

namespace valor {

class InputsSheet {
 public:
  static constexpr int kLabelColumn = 0;
  static constexpr int kValueColumn = 1;
  static constexpr int kNoteColumn = 2;

  InputsSheet(XlsxBook& book, XlsxSheet& sheet) : book_(book), sheet_(sheet) {}

  void section(const std::string& title);
  // A blue input cell with a defined name.
  void input(const std::string& label, const std::string& name, double value,
             const std::string& unit, const std::string& note = {});
  // A black formula cell with a defined name.
  void derived(const std::string& label, const std::string& name, const std::string& formula,
               double cached, const std::string& unit, const std::string& note = {});
  // A section whose rows run across the years: its title, then a header row of the years
  // from column B on. Returns that row; the next row written is the one under it.
  int yearSection(const std::string& title, int firstYear, int years);
  int row() const { return row_; }
  void skip(int rows) { row_ += rows; }

 private:
  XlsxBook& book_;
  XlsxSheet& sheet_;
  int row_ = 2;
};

// Lines of a Model sheet down column B: a label in A, a formula caching the engine's value
// and, when named, a defined name. `row` is the caller's, so other parts of the sheet can be
// written around the lines.
class FormulaColumn {
 public:
  FormulaColumn(XlsxBook& book, XlsxSheet& sheet, int& row)
      : book_(book), sheet_(sheet), row_(row) {}
  // Returns the cell's address ("B14") for later formulas.
  std::string line(const std::string& label, const std::string& definedName,
                   const std::string& formula, double cached, const std::string& unit,
                   CellStyle style = CellStyle::Formula);
  // The same for a figure the engine may not have (an IRR when nothing comes back): the
  // formula caches an empty text instead of a number.
  std::string optionalLine(const std::string& label, const std::string& definedName,
                           const std::string& formula, std::optional<double> cached,
                           const std::string& unit, CellStyle style = CellStyle::Formula);

 private:
  XlsxBook& book_;
  XlsxSheet& sheet_;
  int& row_;
};

}  // namespace valor
