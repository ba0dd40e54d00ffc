#pragma once
// A workbook being written with libxlsxwriter, in the styles an analyst expects of a model:
// inputs in blue, formulas in black, totals in bold, money with thousands separators, rates as
// percentages, multiples with "x". Formulas carry their cached value, so a reader that does not
// recalculate still shows the numbers. The file is written under a temporary name beside the
// target and moved into place only when complete: a failed export never leaves half a file.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace valor {

enum class CellStyle { Title, Header, Label, Note, Input, Formula, Total, Plain };

class XlsxBook;

class XlsxSheet {
 public:
  const std::string& name() const { return name_; }
  void text(int row, int col, const std::string& text, CellStyle style = CellStyle::Label);
  // A number in the unit's format ("money", "rate", "price", "shares", "multiple", "ratio", ...).
  void number(int row, int col, double value, const std::string& unit,
              CellStyle style = CellStyle::Plain);
  // `formula` without the leading "="; `cached` is the value the engine computed.
  void formula(int row, int col, const std::string& formula, double cached, const std::string& unit,
               CellStyle style = CellStyle::Formula);
  // The same for a figure the engine may not have (a maximum price that does not exist): the
  // formula then caches an empty text, never a made-up number.
  void optionalFormula(int row, int col, const std::string& formula, std::optional<double> cached,
                       const std::string& unit, CellStyle style = CellStyle::Formula);
  void columnWidth(int first, int last, double width);
  void freeze(int row, int col);

  // "B5", or "$B$5" when absolute.
  static std::string cell(int row, int col, bool absolute = false);
  // "Inputs!$B$5": a cell of this sheet from another.
  std::string ref(int row, int col) const;

 private:
  friend class XlsxBook;
  XlsxSheet(XlsxBook& book, lxw_worksheet* sheet, std::string name)
      : book_(book), sheet_(sheet), name_(std::move(name)) {}
  XlsxBook& book_;
  lxw_worksheet* sheet_;
  std::string name_;
};

class XlsxBook {
 public:
  // Starts a workbook that close() writes to `path`.
  static Result<std::unique_ptr<XlsxBook>> create(const std::string& path);
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  XlsxSheet& addSheet(const std::string& name);
  // A defined name for one cell or a row range of a sheet ("wacc" → Inputs!$B$12).
  void defineName(const std::string& name, const XlsxSheet& sheet, int row, int col,
                  int lastCol = -1);
  // Excel's "Enable iterative calculation", which a model with a deliberate circular reference
  // needs (the LBO's interest on average balances): at most `maxIterations` passes, stopping
  // when no cell changes by more than `maxChange`.
  void iterativeCalculation(int maxIterations, double maxChange);
  // Writes the file and moves it into place; the first error of any step, else success.
  Status close();

 private:
  friend class XlsxSheet;
  XlsxBook(std::string path, std::string temporary, lxw_workbook* book);
  lxw_format* format(CellStyle style, const std::string& unit);
  void note(int error);

  std::string path_;
  std::string temporary_;
  lxw_workbook* book_;
  std::vector<std::unique_ptr<XlsxSheet>> sheets_;
  std::map<std::pair<int, std::string>, lxw_format*> formats_;
  int firstError_ = 0;
  bool closed_ = false;
  std::optional<std::pair<int, double>> iteration_;
};

}  // namespace valor
