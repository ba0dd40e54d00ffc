#pragma once
// The portfolio block of a scenario file ("portfolio"): the assets with their expected returns,
// risks, weight limits and groups; correlations typed pair by pair, or a return history that
// the covariance is estimated from; the objective; and the market-risk settings.
#include <vector>

#include "core/model/schema.h"

namespace valor {

std::vector<EntitySchema> portfolioEntitySchemas();

// The longest history text kept in a scenario (a CSV of prices or returns).
inline constexpr std::size_t kMaxPortfolioHistoryChars = 4'000'000;

}  // namespace valor
