#pragma once
// Data read from CSV files into a portfolio scenario, each as one change (the desktop's Import
// buttons and valor-cli portfolio-data share them).
//
// A price or return history (portfolio.history.data) is checked first: it must give each
// asset's returns (core/models/portfolio/portfoliohistory.h).
//
// A correlation or covariance matrix: the header row names the assets (its first cell is free),
// then one row per asset, its name first, in the same order. A matrix whose diagonal is all 1 is a
// correlation matrix: it replaces the listed correlations. Otherwise it is an annual covariance
// matrix: each asset's volatility becomes √Σ_ii and the correlations Σ_ij / (σ_i·σ_j). Every asset
// of the portfolio must be in it (others are left out); it must be square and symmetric, its
// correlations within [−1, 1]. Pairs with correlation 0 are not listed (a pair not listed is
// uncorrelated).
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/model/document.h"
#include "core/model/id.h"
#include "core/ops/mutation.h"

namespace valor {

struct HistoryImport {
  std::size_t returns = 0;  // per asset
  std::vector<Op> ops;
  LabelCode label;        // "import_portfolio_history" {file name}
  std::string labelText;  // its English words
};

Result<HistoryImport> importPortfolioHistory(const ScenarioDocument& doc, std::string_view csv,
                                             const std::string& fileName);

struct MatrixImport {
  bool covariance = false;  // else a correlation matrix
  std::size_t pairs = 0;    // correlations listed
  std::vector<Op> ops;
  LabelCode label;        // "import_portfolio_matrix" {file name}
  std::string labelText;  // its English words
};

Result<MatrixImport> importPortfolioMatrix(const ScenarioDocument& doc, std::string_view csv,
                                           const std::string& fileName, const IdGenerator& newId);

}  // namespace valor
