#include "core/models/portfolio/portfolioimport.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "core/actuals/csvreader.h"
#include "core/model/orderkey.h"
#include "core/models/portfolio/portfoliohistory.h"
#include "core/models/portfolio/portfolioschema.h"

namespace valor {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

Error matrixError(const std::string& code, const std::string& message) {
  return {"portfolio.matrix." + code, "the matrix file: " + message, ""};
}

}  // namespace

Result<HistoryImport> importPortfolioHistory(const ScenarioDocument& doc, std::string_view csv,
                                             const std::string& fileName) {
  const Entity* block = doc.child(doc.root(), "portfolio");
  if (!block)
    return Error{"portfolio.history.not_portfolio", "the scenario has no portfolio block", ""};
  if (csv.size() > kMaxPortfolioHistoryChars)
    return Error{"portfolio.history.too_large",
                 fileName + " is larger than a history may be (4 MB)", fileName};
  std::vector<std::string> assets;
  for (const Entity* asset : doc.listMembers(*block, "assets"))
    if (const std::string* name = asset->text("name")) assets.push_back(*name);
  const std::string* type = block->text("history.type");
  auto read = readPortfolioHistory(csv, !type || *type != "returns", assets);
  if (!read) return read.error();
  HistoryImport out;
  out.returns = read.value().observations();
  out.ops = {setFieldOp(doc, block->id, "history.data", Value(std::string(csv)))};
  out.label = {"import_portfolio_history", {fileName}};
  out.labelText = "Import the history from " + fileName;
  return out;
}

Result<MatrixImport> importPortfolioMatrix(const ScenarioDocument& doc, std::string_view csv,
                                           const std::string& fileName, const IdGenerator& newId) {
  const Entity* block = doc.child(doc.root(), "portfolio");
  if (!block) return matrixError("not_portfolio", "the scenario has no portfolio block");
  auto read = readCsv(csv);
  if (!read) return matrixError("not_csv", read.error().message);
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : read.value()) {
    std::vector<std::string> cells;
    for (const std::string& c : row) cells.push_back(trimmed(c));
    bool blank = true;
    for (const std::string& c : cells) blank = blank && c.empty();
    if (!blank) rows.push_back(std::move(cells));
  }
  if (rows.size() < 3) return matrixError("too_small", "it needs a header row and two rows");
  const std::size_t n = rows.size() - 1;
  if (rows[0].size() != n + 1)
    return matrixError("not_square", "the header names " + std::to_string(rows[0].size() - 1) +
                                         " assets and " + std::to_string(n) + " rows follow");
  std::vector<double> m(n * n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& row = rows[i + 1];
    if (row.size() != n + 1 || row[0] != rows[0][i + 1])
      return matrixError("row_order", "row " + std::to_string(i + 2) + " must name " +
                                          rows[0][i + 1] + " and hold " + std::to_string(n) +
                                          " values");
    for (std::size_t j = 0; j < n; ++j) {
      const std::string& cell = row[j + 1];
      double v = 0;
      const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
      if (ec != std::errc() || end != cell.data() + cell.size() || !std::isfinite(v))
        return matrixError("not_a_number", "row " + row[0] + ", column " + rows[0][j + 1] + ": \"" +
                                               cell + "\" is not a number");
      m[i * n + j] = v;
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (std::abs(m[i * n + j] - m[j * n + i]) > 1e-12 * std::max(1.0, std::abs(m[i * n + j])))
        return matrixError("not_symmetric", rows[0][i + 1] + " / " + rows[0][j + 1] +
                                                " differs from " + rows[0][j + 1] + " / " +
                                                rows[0][i + 1]);
  bool correlation = true;
  for (std::size_t i = 0; i < n; ++i) correlation = correlation && m[i * n + i] == 1.0;
  for (std::size_t i = 0; i < n && !correlation; ++i)
    if (!(m[i * n + i] > 0))
      return matrixError("variance_not_positive",
                         "the variance of " + rows[0][i + 1] + " must be above 0");

  // The portfolio's assets, each found in the matrix.
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < n; ++i) column[rows[0][i + 1]] = i;
  const auto assets = doc.listMembers(*block, "assets");
  std::vector<std::size_t> at;
  std::vector<std::string> names;
  for (const Entity* asset : assets) {
    const std::string* name = asset->text("name");
    const auto it = name ? column.find(*name) : column.end();
    if (it == column.end())
      return matrixError("missing_asset",
                         "no row and column for the asset " + (name ? *name : std::string("?")));
    at.push_back(it->second);
    names.push_back(*name);
  }
  const std::size_t k = assets.size();
  if (k * (k - 1) / 2 > 20000)
    return matrixError("too_many_assets",
                       std::to_string(k) +
                           " assets have more pairs than a scenario lists (20,000); "
                           "estimate the covariance from a history instead");

  MatrixImport out;
  out.covariance = !correlation;
  for (const Entity* old : doc.listMembers(*block, "correlations")) {
    Op remove;
    remove.kind = OpKind::Delete;
    remove.entity = old->id;
    remove.snapshot = *old;
    out.ops.push_back(std::move(remove));
  }
  std::vector<double> sd(k, 1.0);
  for (std::size_t a = 0; a < k; ++a) {
    const std::size_t i = at[a];
    if (!correlation) {
      sd[a] = std::sqrt(m[i * n + i]);
      out.ops.push_back(setFieldOp(doc, assets[a]->id, "volatility", Value(sd[a])));
    }
  }
  std::string order;
  for (std::size_t a = 0; a < k; ++a)
    for (std::size_t b = a + 1; b < k; ++b) {
      const double rho = m[at[a] * n + at[b]] / (sd[a] * sd[b]);
      if (!(std::abs(rho) <= 1 + 1e-12))
        return matrixError("correlation_out_of_range",
                           names[a] + " / " + names[b] + " gives a correlation of " +
                               std::to_string(rho) + ", outside −1 to 1");
      if (rho == 0) continue;
      Entity pair;
      pair.id = newId();
      pair.type = "portfolio_correlation";
      pair.parent = block->id;
      pair.slot = "correlations";
      order = order.empty() ? initialOrderKey(0)
                            : orderKeyBetween(order, "").value_or(initialOrderKey(out.pairs));
      pair.order = order;
      pair.fields = {{"first", Value(names[a])},
                     {"second", Value(names[b])},
                     {"value", Value(std::clamp(rho, -1.0, 1.0))}};
      Op create;
      create.kind = OpKind::Create;
      create.entity = pair.id;
      create.snapshot = std::move(pair);
      out.ops.push_back(std::move(create));
      ++out.pairs;
    }
  const std::string* covariance = block->text("covariance");
  if (covariance && *covariance != "typed")
    out.ops.push_back(setFieldOp(doc, block->id, "covariance", Value(std::string("typed"))));
  out.label = {"import_portfolio_matrix", {fileName}};
  out.labelText = "Import the matrix from " + fileName;
  return out;
}

}  // namespace valor
