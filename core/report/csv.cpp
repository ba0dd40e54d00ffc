#include "core/report/csv.h"

#include <charconv>
#include <filesystem>
#include <fstream>

#include "core/report/valued.h"

namespace valor {
namespace {

std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string exact(double v) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  return std::string(buffer, end);
}

Status writeWhole(const std::filesystem::path& path, const std::string& text) {
  const std::filesystem::path part = path.string() + ".part";
  {
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(part, ignored);
      return Error{"report.cannot_write", "the file could not be written", path.string()};
    }
  }
  std::error_code error;
  std::filesystem::rename(part, path, error);
  if (error) {
    std::filesystem::remove(part, error);
    return Error{"report.cannot_write", "the file could not be moved into place", path.string()};
  }
  return std::monostate{};
}

}  // namespace

std::string outputsCsv(const Evaluation& evaluation) {
  std::string text = "key,unit,value\r\n";
  for (const NamedOutput& out : evaluation.outputs)
    text += field(out.key) + "," + field(out.unit) + "," + (out.value ? exact(*out.value) : "") +
            "\r\n";
  return text;
}

std::string tableCsv(const NamedTable& table) {
  std::string text = "year";
  for (const TableColumn& c : table.columns) text += "," + field(c.key);
  text += "\r\n";
  for (std::size_t y = 0; y < table.years.size(); ++y) {
    text += std::to_string(table.years[y]);
    for (const auto& cell : table.rows[y]) text += "," + (cell ? exact(*cell) : std::string());
    text += "\r\n";
  }
  return text;
}

Status exportCsv(const ScenarioDocument& doc, const std::string& directory) {
  auto valued = valuedEvaluation(doc);
  if (!valued) return valued.error();
  const Evaluation& evaluation = valued.value();
  const std::filesystem::path dir(directory);
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error))
    return Error{"report.no_directory", "not a directory", directory};
  if (auto s = writeWhole(dir / "outputs.csv", outputsCsv(evaluation)); !s) return s;
  for (const NamedTable& table : evaluation.tables)
    if (auto s = writeWhole(dir / (table.key + ".csv"), tableCsv(table)); !s) return s;
  return std::monostate{};
}

}  // namespace valor
