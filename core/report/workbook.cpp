#include "core/report/workbook.h"

#include "core/compare/inputdiff.h"
#include "core/models/registry.h"
#include "core/report/valued.h"
#include "core/report/xlsxbook.h"

namespace valor {
namespace {

// "value_per_share" → "Value per share": the Results sheet names figures by their keys.
std::string keyCaption(const std::string& key) {
  std::string text = key;
  for (char& c : text)
    if (c == '_') c = ' ';
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

void writeInputValues(XlsxBook& book, const ScenarioDocument& doc) {
  XlsxSheet& sheet = book.addSheet("Inputs");
  sheet.columnWidth(0, 0, 48);
  sheet.columnWidth(1, 1, 16);
  sheet.text(0, 0, "Inputs (as values: this scenario's model could not be written as formulas)",
             CellStyle::Title);
  sheet.text(2, 0, "Field", CellStyle::Header);
  sheet.text(2, 1, "Value", CellStyle::Header);
  int row = 3;
  for (const InputLeaf& leaf : flattenInputs(doc)) {
    sheet.text(row, 0, leaf.path);
    if (const auto* d = std::get_if<double>(&leaf.value))
      sheet.number(row, 1, *d, leaf.unit, CellStyle::Input);
    else
      sheet.text(row, 1, inputValueText(leaf.value), CellStyle::Input);
    ++row;
  }
}

void writeResults(XlsxBook& book, const Evaluation& evaluation) {
  XlsxSheet& sheet = book.addSheet("Results");
  sheet.columnWidth(0, 0, 34);
  sheet.columnWidth(1, 40, 14);
  sheet.text(0, 0, "Results as the engine computed them", CellStyle::Title);
  sheet.text(1, 0, "Values, not formulas: what the model sheets should agree with.",
             CellStyle::Note);
  int row = 3;
  sheet.text(row++, 0, "Outputs", CellStyle::Header);
  for (const NamedOutput& out : evaluation.outputs) {
    if (!out.value) continue;
    sheet.text(row, 0, keyCaption(out.key));
    sheet.number(row, 1, *out.value, out.unit);
    ++row;
  }
  for (const NamedTable& table : evaluation.tables) {
    row += 1;
    sheet.text(row, 0, keyCaption(table.key), CellStyle::Header);
    for (std::size_t y = 0; y < table.years.size(); ++y)
      sheet.number(row, static_cast<int>(y) + 1, table.years[y], "year", CellStyle::Header);
    ++row;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      sheet.text(row, 0, keyCaption(table.columns[c].key));
      for (std::size_t y = 0; y < table.rows.size(); ++y)
        if (const auto& cell = table.rows[y][c])
          sheet.number(row, static_cast<int>(y) + 1, *cell, table.columns[c].unit);
      ++row;
    }
  }
}

}  // namespace

Status exportWorkbook(const ScenarioDocument& doc, const std::string& path) {
  auto valued = valuedEvaluation(doc);
  if (!valued) return valued.error();
  const Evaluation& evaluation = valued.value();
  const ModelKind* kind = modelKindOf(doc);
  auto book = XlsxBook::create(path);
  if (!book) return book.error();
  if (!kind->writeWorkbookModel(*book.value(), doc, evaluation))
    writeInputValues(*book.value(), doc);
  writeResults(*book.value(), evaluation);
  return book.value()->close();
}

}  // namespace valor
