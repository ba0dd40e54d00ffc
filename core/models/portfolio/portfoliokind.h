#pragma once
// Portfolio optimisation and market risk as a model kind (`model: "portfolio"`): mean–variance
// allocation under limits, the efficient frontier, risk contributions, and VaR / ES of the
// chosen portfolio by four methods with Kupiec's backtest.
#include <memory>

#include "core/models/modelkind.h"

namespace valor {

std::unique_ptr<ModelKind> makePortfolioKind();

}  // namespace valor
