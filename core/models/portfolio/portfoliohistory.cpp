#include "core/models/portfolio/portfoliohistory.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>

#include "core/actuals/csvreader.h"
#include "core/finance/covariance.h"

namespace valor {
namespace {

constexpr const char* kField = "portfolio.history.data";

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::optional<double> numberIn(const std::string& cell) {
  double v = 0;
  const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (ec != std::errc() || end != cell.data() + cell.size() || !std::isfinite(v) ||
      std::abs(v) > 1e15)
    return std::nullopt;
  return v;
}

// The error carries its issue (rule "history.<code>", with parameters for a translated text).
Error historyError(const std::string& code, const std::string& message,
                   std::map<std::string, std::string> params = {}) {
  const std::string text = std::string(kField) + ": " + message;
  return {"portfolio.history." + code,
          text,
          kField,
          {{Severity::Error, kField, "history." + code, text, std::move(params)}}};
}

}  // namespace

Result<PortfolioHistory> readPortfolioHistory(std::string_view csv, bool prices,
                                              const std::vector<std::string>& assets) {
  auto rows = readCsv(csv);
  if (!rows) return historyError("not_csv", rows.error().message);
  const CsvRows& table = rows.value();
  const auto blank = [](const std::vector<std::string>& row) {
    return std::all_of(row.begin(), row.end(),
                       [](const std::string& c) { return trimmed(c).empty(); });
  };
  std::size_t headerRow = 0;
  while (headerRow < table.size() && blank(table[headerRow])) ++headerRow;
  if (headerRow == table.size()) return historyError("empty", "there is no header row");
  std::vector<std::string> header;
  for (const std::string& cell : table[headerRow]) header.push_back(trimmed(cell));
  std::vector<std::size_t> column(assets.size());
  for (std::size_t i = 0; i < assets.size(); ++i) {
    const auto first = std::find(header.begin() + 1, header.end(), assets[i]);
    if (header.size() < 2 || first == header.end())
      return historyError("missing_asset", "no column for the asset " + assets[i],
                          {{"asset", assets[i]}});
    if (std::find(first + 1, header.end(), assets[i]) != header.end())
      return historyError("duplicate_column", "two columns are named " + assets[i],
                          {{"asset", assets[i]}});
    column[i] = static_cast<std::size_t>(first - header.begin());
  }
  PortfolioHistory out;
  for (std::size_t c = 1; c < header.size(); ++c)
    if (std::find(assets.begin(), assets.end(), header[c]) == assets.end())
      out.ignoredColumns.push_back(header[c]);

  std::vector<Real> values;
  std::vector<std::string> periods;
  for (std::size_t r = headerRow + 1; r < table.size(); ++r) {
    const std::vector<std::string>& row = table[r];
    if (blank(row)) continue;
    const std::string lineNumber = std::to_string(r + 1);
    const std::string line = "line " + lineNumber;
    for (std::size_t i = 0; i < assets.size(); ++i) {
      const std::string cell = column[i] < row.size() ? trimmed(row[column[i]]) : std::string();
      const std::string where = line + ", column " + assets[i];
      const std::map<std::string, std::string> at{{"line", lineNumber}, {"asset", assets[i]}};
      if (cell.empty())
        return historyError("gap", where + " has no value (gaps are not filled)", at);
      const auto v = numberIn(cell);
      if (!v) {
        auto params = at;
        params["value"] = cell;
        return historyError("not_a_number", where + ": \"" + cell + "\" is not a number", params);
      }
      if (prices && *v <= 0)
        return historyError("price_not_positive", where + ": a price must be above 0", at);
      if (!prices && *v <= -1)
        return historyError("return_below_minus_one",
                            where + ": a return must be above −1 (a loss of everything)", at);
      values.push_back(*v);
    }
    periods.push_back(row.empty() ? std::string() : trimmed(row.front()));
  }
  if (prices) {
    out.returns = returnsFromPrices(values, assets.size());
    if (!periods.empty()) periods.erase(periods.begin());
  } else {
    out.returns = std::move(values);
  }
  out.periods = std::move(periods);
  if (out.periods.size() < 3)
    return historyError(
        "too_short",
        "it gives " + std::to_string(out.periods.size()) + " returns; at least 3 are needed",
        {{"returns", std::to_string(out.periods.size())}});
  return out;
}

}  // namespace valor
