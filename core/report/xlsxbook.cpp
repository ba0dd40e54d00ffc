#include "core/report/xlsxbook.h"

#include "core/report/xlsxcalcsettings.h"

#include <xlsxwriter.h>

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <system_error>

namespace valor {
namespace {

const char* numberFormat(const std::string& unit) {
  if (unit == "money") return "#,##0.0;-#,##0.0";
  if (unit == "rate") return "0.00%";
  if (unit == "price") return "#,##0.00";
  if (unit == "shares") return "#,##0.000";
  if (unit == "multiple") return "0.00\"x\"";
  if (unit == "ratio" || unit == "years") return "0.0000";
  if (unit == "number") return "0.0000E+00";  // a sensitivity far below one (an option's gamma)
  if (unit == "year" || unit == "count") return "0";
  if (unit == "date") return "yyyy-mm-dd";
  return "General";
}

}  // namespace

std::string XlsxSheet::cell(int row, int col, bool absolute) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  const std::string dollar = absolute ? "$" : "";
  return dollar + letters + dollar + std::to_string(row + 1);
}

std::string XlsxSheet::ref(int row, int col) const {
  return "'" + name_ + "'!" + cell(row, col, true);
}

void XlsxSheet::text(int row, int col, const std::string& text, CellStyle style) {
  book_.note(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row),
                                    static_cast<lxw_col_t>(col), text.c_str(),
                                    book_.format(style, "")));
}

void XlsxSheet::number(int row, int col, double value, const std::string& unit, CellStyle style) {
  book_.note(worksheet_write_number(sheet_, static_cast<lxw_row_t>(row),
                                    static_cast<lxw_col_t>(col), value, book_.format(style, unit)));
}

void XlsxSheet::formula(int row, int col, const std::string& formula, double cached,
                        const std::string& unit, CellStyle style) {
  const std::string text = "=" + formula;
  book_.note(worksheet_write_formula_num(sheet_, static_cast<lxw_row_t>(row),
                                         static_cast<lxw_col_t>(col), text.c_str(),
                                         book_.format(style, unit), cached));
}

void XlsxSheet::optionalFormula(int row, int col, const std::string& formula,
                                std::optional<double> cached, const std::string& unit,
                                CellStyle style) {
  if (cached) return this->formula(row, col, formula, *cached, unit, style);
  const std::string text = "=" + formula;
  book_.note(worksheet_write_formula_str(sheet_, static_cast<lxw_row_t>(row),
                                         static_cast<lxw_col_t>(col), text.c_str(),
                                         book_.format(style, unit), ""));
}

void XlsxSheet::columnWidth(int first, int last, double width) {
  book_.note(worksheet_set_column(sheet_, static_cast<lxw_col_t>(first),
                                  static_cast<lxw_col_t>(last), width, nullptr));
}

void XlsxSheet::freeze(int row, int col) {
  worksheet_freeze_panes(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col));
}

Result<std::unique_ptr<XlsxBook>> XlsxBook::create(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code error;
  if (!parent.empty() && !std::filesystem::is_directory(parent, error))
    return Error{"report.cannot_write", "the folder does not exist", parent.string()};
  static std::atomic<int> counter{0};
  const std::string temporary =
      path + ".part-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  lxw_workbook* book = workbook_new(temporary.c_str());
  if (!book) return Error{"report.cannot_write", "cannot start the workbook", path};
  return std::unique_ptr<XlsxBook>(new XlsxBook(path, temporary, book));
}

XlsxBook::XlsxBook(std::string path, std::string temporary, lxw_workbook* book)
    : path_(std::move(path)), temporary_(std::move(temporary)), book_(book) {}

XlsxBook::~XlsxBook() {
  if (closed_) return;
  workbook_close(book_);  // frees it; the file is not wanted
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void XlsxBook::note(int error) {
  if (error != LXW_NO_ERROR && firstError_ == LXW_NO_ERROR) firstError_ = error;
}

XlsxSheet& XlsxBook::addSheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
  if (!sheet) note(LXW_ERROR_SHEETNAME_ALREADY_USED);
  sheets_.push_back(std::unique_ptr<XlsxSheet>(new XlsxSheet(*this, sheet, name)));
  return *sheets_.back();
}

void XlsxBook::defineName(const std::string& name, const XlsxSheet& sheet, int row, int col,
                          int lastCol) {
  std::string target = "=" + sheet.ref(row, col);
  if (lastCol > col) target += ":" + XlsxSheet::cell(row, lastCol, true);
  note(workbook_define_name(book_, name.c_str(), target.c_str()));
}

lxw_format* XlsxBook::format(CellStyle style, const std::string& unit) {
  const auto key = std::make_pair(static_cast<int>(style), unit);
  if (auto found = formats_.find(key); found != formats_.end()) return found->second;
  lxw_format* f = workbook_add_format(book_);
  format_set_num_format(f, numberFormat(unit));
  switch (style) {
    case CellStyle::Title:
      format_set_bold(f);
      format_set_font_size(f, 14);
      break;
    case CellStyle::Header:
      format_set_bold(f);
      format_set_bottom(f, LXW_BORDER_THIN);
      break;
    case CellStyle::Note:
      format_set_italic(f);
      format_set_font_color(f, LXW_COLOR_GRAY);
      break;
    case CellStyle::Input:
      format_set_font_color(f, LXW_COLOR_BLUE);  // the convention for hard-coded inputs
      break;
    case CellStyle::Total:
      format_set_bold(f);
      format_set_top(f, LXW_BORDER_THIN);
      break;
    case CellStyle::Label:
    case CellStyle::Formula:
    case CellStyle::Plain:
      break;
  }
  formats_.emplace(key, f);
  return f;
}

void XlsxBook::iterativeCalculation(int maxIterations, double maxChange) {
  iteration_ = std::make_pair(maxIterations, maxChange);
}

Status XlsxBook::close() {
  closed_ = true;
  const lxw_error written = workbook_close(book_);
  note(written);
  std::error_code error;
  if (firstError_ != LXW_NO_ERROR) {
    std::filesystem::remove(temporary_, error);
    return Error{"report.cannot_write",
                 std::string("the workbook was not written: ") +
                     lxw_strerror(static_cast<lxw_error>(firstError_)),
                 path_};
  }
  if (iteration_) {
    Status set = setIterativeCalculation(temporary_, iteration_->first, iteration_->second);
    if (!set) {
      std::filesystem::remove(temporary_, error);
      return Error{"report.cannot_write", set.error().message, path_};
    }
  }
  std::filesystem::rename(temporary_, path_, error);
  if (error) {
    std::filesystem::remove(temporary_, error);
    return Error{"report.cannot_write", "the workbook could not be moved into place", path_};
  }
  return std::monostate{};
}

}  // namespace valor
