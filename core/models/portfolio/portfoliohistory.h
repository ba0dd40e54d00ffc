#pragma once
// The return history of a portfolio scenario, read from its CSV text (portfolio.history.data):
// a header row naming the columns — the period, then assets by name — and one row per period,
// oldest first. Prices become simple returns P_t / P_{t−1} − 1. Every asset needs its column;
// columns of other names are left out (and listed). A gap, a cell that is not a number, or a
// price that is not positive is refused with its line and column: nothing is filled in.
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/common/types.h"

namespace valor {

struct PortfolioHistory {
  std::vector<std::string> periods;  // the first column of each return's row
  std::vector<Real> returns;         // periods × assets, row-major, in the assets' order
  std::vector<std::string> ignoredColumns;
  std::size_t observations() const { return periods.size(); }
};

// `prices` says whether the rows hold prices (else returns). At least 3 returns are needed.
Result<PortfolioHistory> readPortfolioHistory(std::string_view csv, bool prices,
                                              const std::vector<std::string>& assets);

}  // namespace valor
