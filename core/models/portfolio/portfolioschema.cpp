#include "core/models/portfolio/portfolioschema.h"

#include "core/model/schemabuilders.h"

namespace valor {

using namespace schema;

namespace {

FieldSpec minWeight(const char* what) {
  return number("min_weight", "rate", closed(-10, 10),
                std::string("The smallest weight of the ") + what +
                    " (a negative weight is a short position).",
                0.0);
}
FieldSpec maxWeight(const char* what) {
  return number("max_weight", "rate", closed(-10, 10),
                std::string("The largest weight of the ") + what + ".", 1.0);
}

}  // namespace

std::vector<EntitySchema> portfolioEntitySchemas() {
  EntitySchema block{"portfolio", "Portfolio (\"portfolio\")", {}, {}};
  auto& f = block.fields;
  f.push_back(text("name", "The portfolio's name, for captions."));
  f.push_back(
      choice("objective",
             {"min_variance", "max_sharpe", "target_return", "target_volatility", "risk_parity"},
             "min_variance: the least volatile portfolio. max_sharpe: the highest "
             "(return − risk-free rate) / volatility. target_return: the least volatile "
             "at target_return. target_volatility: the highest return at "
             "target_volatility. risk_parity: every asset contributes the same risk "
             "(long-only, fully invested; the weight limits are not applied).",
             std::nullopt, true));
  f.push_back(number("risk_free_rate", "rate", closed(-0.1, 1),
                     "Annual risk-free rate, for the Sharpe ratio.", 0.0));
  f.push_back(number("target_return", "rate", closed(-1, 10),
                     "Annual expected return to reach (objective target_return)."));
  f.push_back(number("target_volatility", "rate", openLow(0, 10),
                     "Annual volatility to take (objective target_volatility)."));
  f.push_back(integer("frontier_points", "count", closed(2, 200),
                      "Points on the efficient frontier, from minimum variance to the highest "
                      "return the limits allow.",
                      false, 25));
  f.push_back(choice("covariance", {"typed", "sample", "ewma", "ledoit_wolf"},
                     "typed: each asset's volatility and the correlations listed. sample, ewma "
                     "(RiskMetrics) or ledoit_wolf (shrunk towards constant correlation): "
                     "estimated from history.data.",
                     std::string("typed")));
  f.push_back(number("ewma_lambda", "ratio", closed(0.5, 0.9999),
                     "Decay of the EWMA estimate per period (RiskMetrics: 0.94 for daily "
                     "data, 0.97 for monthly).",
                     0.94));
  f.push_back(choice("history.type", {"prices", "returns"},
                     "prices: each row holds the assets' prices (simple returns are taken). "
                     "returns: each row holds the period's returns as decimals.",
                     std::string("prices")));
  f.push_back(integer("history.periods_per_year", "count", closed(1, 366),
                      "Rows per year of the history (252 daily, 52 weekly, 12 monthly): "
                      "annualises its means and covariances."));
  f.push_back(longText("history.data",
                       "The history as CSV: a header row \"date,<asset name>,…\", then one row "
                       "per period, oldest first. Its returns give the historical and "
                       "Cornish–Fisher VaR and Kupiec's backtest, and the covariance unless "
                       "covariance is typed; an asset without an expected_return takes the "
                       "history's mean.",
                       kMaxPortfolioHistoryChars));
  f.push_back(number("risk.confidence", "rate", closed(0.5, 0.9999),
                     "Confidence of the value at risk and expected shortfall.", 0.99));
  f.push_back(integer("risk.horizon_days", "days", closed(1, 252),
                      "Horizon of the value at risk in trading days (252 a year).", false, 10));
  f.push_back(number("risk.value", "money", openLow(0, kMaxMoney),
                     "The portfolio's value, to state the losses as amounts (optional)."));
  f.push_back(integer("risk.simulations", "count", closed(1000, 1000000),
                      "Monte Carlo paths of the assets' returns over the horizon.", false, 10000));
  f.push_back(integer("risk.seed", "seed", closed(0, 9007199254740991.0),
                      "Seed of the Monte Carlo draws: the same seed, the same figures.", false, 1));
  block.childSlots = {
      {"assets", "portfolio_asset", true, true, 1000, "The assets (2 to 1,000)."},
      {"correlations", "portfolio_correlation", true, false, 20000,
       "Correlations between pairs of assets (covariance typed); a pair not listed is "
       "uncorrelated."},
      {"groups", "portfolio_group", true, false, 100,
       "Groups of assets (sectors, regions) with limits on their total weight."}};

  EntitySchema asset{"portfolio_asset", "Asset (\"portfolio.assets[]\")", {}, {}};
  asset.fields.push_back(
      text("name", "The asset's name (unique; the history's column).", std::nullopt, true));
  asset.fields.push_back(number("expected_return", "rate", closed(-1, 10),
                                "Annual expected return. Default: the history's mean."));
  asset.fields.push_back(
      number("volatility", "rate", openLow(0, 10), "Annual volatility (covariance typed)."));
  asset.fields.push_back(minWeight("asset"));
  asset.fields.push_back(maxWeight("asset"));
  asset.fields.push_back(text("group", "The name of the group the asset belongs to (optional)."));

  EntitySchema correlation{
      "portfolio_correlation", "Correlation (\"portfolio.correlations[]\")", {}, {}};
  correlation.fields.push_back(text("first", "One asset's name.", std::nullopt, true));
  correlation.fields.push_back(text("second", "The other asset's name.", std::nullopt, true));
  correlation.fields.push_back(number("value", "ratio", closed(-1, 1),
                                      "Their correlation, from −1 to 1.", std::nullopt, true));

  EntitySchema group{"portfolio_group", "Group of assets (\"portfolio.groups[]\")", {}, {}};
  group.fields.push_back(text("name", "The group's name (unique).", std::nullopt, true));
  group.fields.push_back(minWeight("group's assets together"));
  group.fields.push_back(maxWeight("group's assets together"));
  return {block, asset, correlation, group};
}

}  // namespace valor
