#include "core/models/portfolio/portfoliobinding.h"

#include <cmath>
#include <map>
#include <set>

#include "core/models/blockreader.h"
#include "core/models/portfolio/portfoliohistory.h"

namespace valor {
namespace {

constexpr double kTradingDaysPerYear = 252;

#define VALOR_PORTFOLIO_FIELD(expr) \
  +[](PortfolioInputs& in, std::size_t) -> Real& { return in.expr; }
Real& expectedReturnOf(PortfolioInputs& in, std::size_t asset) {
  return in.expectedReturns[asset];
}
Real& volatilityOf(PortfolioInputs& in, std::size_t asset) {
  return in.volatilities[asset];
}
Real& correlationOf(PortfolioInputs& in, std::size_t pair) {
  return in.correlations[pair].value;
}

class Binder {
 public:
  Binder(const ScenarioDocument& doc, const Entity& block, PortfolioBinding& out)
      : doc_(doc), r_(block, "portfolio", out.issues), out_(out), in_(out.resolved) {}

  void bind() {
    const std::string* name = r_.entity().text("name");
    in_.name = name && !name->empty() ? *name : std::string("Portfolio");
    bindAssets();
    bindGroups();
    bindObjective();
    bindRiskSettings();
    if (in_.assetNames.size() < 2) return;  // reported; nothing below can be checked
    bindHistory();
    bindCovariance();
  }

 private:
  void record(const BlockReader& reader, const std::string& field, const std::string& type,
              Real& (*target)(PortfolioInputs&, std::size_t), std::size_t index, double value) {
    const FieldSpec* spec = entitySchema(type)->field(field);
    out_.levers.push_back({reader.path(field), value, *spec->bounds, spec->unit, target, index});
  }

  void bindAssets() {
    const auto members = doc_.listMembers(r_.entity(), "assets");
    for (std::size_t i = 0; i < members.size(); ++i) {
      const Entity& member = *members[i];
      BlockReader a(member, entityPath(doc_, member), out_.issues);
      const std::string* name = member.text("name");
      const std::string assetName = name ? *name : std::string();
      if (!assetName.empty() && !names_.emplace(assetName, i).second)
        a.error("name", "duplicate_name",
                a.path("name") + ": another asset is already named " + assetName,
                {{"name", assetName}});
      in_.assetNames.push_back(assetName);
      in_.expectedReturns.push_back(a.numberOf("expected_return").value_or(0.0));
      in_.volatilities.push_back(a.numberOf("volatility").value_or(0.0));
      in_.minWeights.push_back(a.need("min_weight", "").value_or(0.0));
      in_.maxWeights.push_back(a.need("max_weight", "").value_or(1.0));
      if (in_.minWeights.back() > in_.maxWeights.back())
        a.error("max_weight", "below_min_weight",
                a.path("max_weight") + " must not be below " + a.path("min_weight"));
      assetReaders_.push_back(std::move(a));
      const std::string* group = member.text("group");
      assetGroups_.push_back(group ? *group : std::string());
    }
    if (members.size() < 2)
      r_.error("assets", "too_few_assets",
               "portfolio.assets needs at least two assets (it has " +
                   std::to_string(members.size()) + ")");
  }

  void bindGroups() {
    std::map<std::string, std::size_t> groupIndex;
    for (const Entity* member : doc_.listMembers(r_.entity(), "groups")) {
      BlockReader g(*member, entityPath(doc_, *member), out_.issues);
      const std::string* name = member->text("name");
      if (!name || name->empty()) continue;  // the schema reported it
      if (!groupIndex.emplace(*name, in_.groups.size()).second) {
        g.error("name", "duplicate_name", g.path("name") + ": another group is named " + *name,
                {{"name", *name}});
        continue;
      }
      WeightGroup group{*name,
                        {},
                        g.need("min_weight", "").value_or(0.0),
                        g.need("max_weight", "").value_or(1.0)};
      if (group.minWeight > group.maxWeight)
        g.error("max_weight", "below_min_weight",
                g.path("max_weight") + " must not be below " + g.path("min_weight"));
      in_.groups.push_back(std::move(group));
      out_.groupPaths.push_back(entityPath(doc_, *member));
    }
    for (std::size_t i = 0; i < assetGroups_.size(); ++i) {
      if (assetGroups_[i].empty()) continue;
      const auto g = groupIndex.find(assetGroups_[i]);
      if (g == groupIndex.end())
        assetReaders_[i].error("group", "unknown_group",
                               assetReaders_[i].path("group") + ": there is no group named " +
                                   assetGroups_[i] + " in portfolio.groups",
                               {{"group", assetGroups_[i]}});
      else
        in_.groups[g->second].members.push_back(i);
    }
  }

  void bindObjective() {
    const std::string objective = r_.choiceOf("objective");
    in_.objective = objective == "max_sharpe"          ? PortfolioObjective::MaxSharpe
                    : objective == "target_return"     ? PortfolioObjective::TargetReturn
                    : objective == "target_volatility" ? PortfolioObjective::TargetVolatility
                    : objective == "risk_parity"       ? PortfolioObjective::RiskParity
                                                       : PortfolioObjective::MinVariance;
    in_.riskFree = r_.need("risk_free_rate", "").value_or(0.0);
    record(r_, "risk_free_rate", "portfolio", VALOR_PORTFOLIO_FIELD(riskFree), 0, in_.riskFree);
    const std::string because = "when portfolio.objective is " + objective;
    if (in_.objective == PortfolioObjective::TargetReturn) {
      if (const auto v = r_.need("target_return", because)) {
        in_.targetReturn = *v;
        record(r_, "target_return", "portfolio", VALOR_PORTFOLIO_FIELD(targetReturn), 0, *v);
      }
    }
    if (in_.objective == PortfolioObjective::TargetVolatility) {
      if (const auto v = r_.need("target_volatility", because)) {
        in_.targetVolatility = *v;
        record(r_, "target_volatility", "portfolio", VALOR_PORTFOLIO_FIELD(targetVolatility), 0,
               *v);
      }
    }
    in_.frontierPoints = r_.integerOf("frontier_points").value_or(25);
  }

  void bindRiskSettings() {
    in_.confidence = r_.need("risk.confidence", "").value_or(0.99);
    in_.horizonDays = r_.integerOf("risk.horizon_days").value_or(10);
    in_.value = r_.numberOf("risk.value");
    in_.simulations = static_cast<std::size_t>(r_.integerOf("risk.simulations").value_or(10000));
    const auto seed = r_.numberOf("risk.seed");
    in_.seed = static_cast<std::uint64_t>(seed.value_or(1));
  }

  void bindHistory() {
    const std::string* data = r_.entity().text("history.data");
    if (!data || data->empty() || r_.schemaRejected("history.data")) return;
    const auto periods = r_.integerOf("history.periods_per_year");
    if (!periods) {
      if (!r_.schemaRejected("history.periods_per_year"))
        r_.error("history.periods_per_year", "required",
                 "portfolio.history.periods_per_year is required with a history (252 for daily "
                 "rows, 12 for monthly)");
      return;
    }
    in_.periodsPerYear = *periods;
    auto history =
        readPortfolioHistory(*data, r_.choiceOf("history.type") == "prices", in_.assetNames);
    if (!history) {
      const Issue& issue = history.error().issues.front();
      r_.error("history.data", issue.rule, issue.message, issue.params);
      return;
    }
    if (!history.value().ignoredColumns.empty()) {
      std::string names;
      for (const std::string& c : history.value().ignoredColumns)
        names += (names.empty() ? "" : ", ") + c;
      r_.warning("history.data", "columns_ignored",
                 "portfolio.history.data: the columns " + names +
                     " are not assets of the portfolio and are left out",
                 {{"columns", names}});
    }
    in_.historyReturns = std::move(history.value().returns);
  }

  void bindCovariance() {
    const std::string method = r_.choiceOf("covariance");
    in_.typedCovariance = method == "typed";
    const bool hasHistory = !in_.historyReturns.empty();
    if (!in_.typedCovariance) {
      if (!hasHistory) {
        if (!r_.schemaRejected("history.data") && !r_.entity().text("history.data"))
          r_.error("history.data", "required",
                   "portfolio.history.data is required when portfolio.covariance is " + method);
        return;
      }
      in_.estimator = method == "ewma"          ? CovarianceEstimator::Ewma
                      : method == "ledoit_wolf" ? CovarianceEstimator::LedoitWolf
                                                : CovarianceEstimator::Sample;
      if (!historyEstimable(method)) return;
      const CovarianceEstimate estimate =
          estimateCovariance(in_.historyReturns, in_.assetNames.size(), in_.estimator,
                             r_.need("ewma_lambda", "").value_or(0.94), in_.periodsPerYear);
      in_.estimatedCovariance = estimate.covariance;
      in_.shrinkage = estimate.shrinkage;
      historyMeans_ = estimate.means;
    } else if (hasHistory) {
      historyMeans_ = estimateCovariance(in_.historyReturns, in_.assetNames.size(),
                                         CovarianceEstimator::Sample, 0, in_.periodsPerYear)
                          .means;
    }
    for (std::size_t i = 0; i < in_.assetNames.size(); ++i) {
      BlockReader& a = assetReaders_[i];
      if (const auto mu = a.numberOf("expected_return")) {
        record(a, "expected_return", "portfolio_asset", &expectedReturnOf, i, *mu);
      } else if (!historyMeans_.empty()) {
        in_.expectedReturns[i] = historyMeans_[i];
      } else if (!a.schemaRejected("expected_return")) {
        a.error("expected_return", "required",
                a.path("expected_return") + " is required without a history to take it from");
      }
      if (!in_.typedCovariance) {
        if (a.entity().field("volatility"))
          a.warning(
              "volatility", "unused_when_estimated",
              a.path("volatility") + " is not used: the covariance is estimated (" + method + ")");
        continue;
      }
      if (const auto vol = a.need("volatility", "when portfolio.covariance is typed"))
        record(a, "volatility", "portfolio_asset", &volatilityOf, i, *vol);
    }
    bindCorrelations();
  }

  // An asset whose return never changes has no risk to estimate; the sample and EWMA estimates
  // of n assets need more than n returns to be positive definite (Ledoit–Wolf's shrinkage does
  // not).
  bool historyEstimable(const std::string& method) {
    const std::size_t n = in_.assetNames.size();
    const std::size_t t = in_.historyReturns.size() / n;
    for (std::size_t i = 0; i < n; ++i) {
      bool varies = false;
      for (std::size_t k = 1; k < t && !varies; ++k)
        varies = in_.historyReturns[k * n + i] != in_.historyReturns[i];
      if (!varies) {
        r_.error("history.data", "history.constant_column",
                 "portfolio.history.data: the returns of " + in_.assetNames[i] +
                     " never change, so its risk cannot be estimated",
                 {{"asset", in_.assetNames[i]}});
        return false;
      }
    }
    if (in_.estimator != CovarianceEstimator::LedoitWolf && t <= n) {
      r_.error("history.data", "history.fewer_returns_than_assets",
               "portfolio.history.data: " + std::to_string(t) + " returns of " + std::to_string(n) +
                   " assets give a singular " + method +
                   " covariance; give more returns than assets, or use ledoit_wolf",
               {{"returns", std::to_string(t)}, {"assets", std::to_string(n)}});
      return false;
    }
    return true;
  }

  void bindCorrelations() {
    const auto members = doc_.listMembers(r_.entity(), "correlations");
    if (!in_.typedCovariance) {
      if (!members.empty())
        r_.warning("correlations", "unused_when_estimated",
                   "portfolio.correlations are not used: the covariance is estimated");
      return;
    }
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const Entity* member : members) {
      BlockReader c(*member, entityPath(doc_, *member), out_.issues);
      const auto first = assetNamed(c, "first");
      const auto second = assetNamed(c, "second");
      const auto value = c.numberOf("value");
      if (!first || !second || !value) continue;
      if (*first == *second) {
        c.error("second", "same_asset",
                c.path("second") + " names the same asset as " + c.path("first") +
                    " (its correlation is 1)");
        continue;
      }
      if (!seen.insert(std::minmax(*first, *second)).second) {
        c.error("second", "duplicate_pair",
                c.path("first") + " and " + c.path("second") + ": the pair " +
                    in_.assetNames[*first] + " / " + in_.assetNames[*second] + " is listed twice",
                {{"first", in_.assetNames[*first]}, {"second", in_.assetNames[*second]}});
        continue;
      }
      const std::size_t k = in_.correlations.size();
      in_.correlations.push_back({*first, *second, *value});
      record(c, "value", "portfolio_correlation", &correlationOf, k, *value);
    }
  }

  std::optional<std::size_t> assetNamed(BlockReader& c, const std::string& field) {
    const std::string* name = c.entity().text(field);
    if (!name || name->empty()) return std::nullopt;
    const auto it = names_.find(*name);
    if (it == names_.end()) {
      c.error(field, "unknown_asset",
              c.path(field) + ": there is no asset named " + *name + " in portfolio.assets",
              {{"name", *name}});
      return std::nullopt;
    }
    return it->second;
  }

  const ScenarioDocument& doc_;
  BlockReader r_;
  PortfolioBinding& out_;
  PortfolioInputs& in_;
  std::map<std::string, std::size_t> names_;
  std::vector<BlockReader> assetReaders_;
  std::vector<std::string> assetGroups_;
  std::vector<Rate> historyMeans_;
};

#undef VALOR_PORTFOLIO_FIELD

// The field a failure of the optimiser points at.
std::string fieldOfFailure(const PortfolioInputs& in, const PortfolioBinding* binding,
                           const Error& error) {
  using namespace portfoliofailure;
  if (error.code == kNotPositiveDefinite)
    return in.typedCovariance ? "portfolio.correlations" : "portfolio.history.data";
  if (error.code == kTargetOutOfRange)
    return in.objective == PortfolioObjective::TargetReturn ? "portfolio.target_return"
                                                            : "portfolio.target_volatility";
  if (error.code == kInfeasible && binding && !error.context.empty())
    for (std::size_t g = 0; g < in.groups.size(); ++g)
      if (in.groups[g].name == error.context) return binding->groupPaths[g];
  return error.code == kInfeasible ? "portfolio.assets" : "portfolio.objective";
}

Result<Allocation> chosenAllocation(const PortfolioInputs& in, const PortfolioProblem& p,
                                    bool& minimumVarianceInstead) {
  switch (in.objective) {
    case PortfolioObjective::MinVariance:
      return minimumVariance(p);
    case PortfolioObjective::MaxSharpe: {
      auto best = maximumSharpe(p, in.riskFree);
      if (!best && best.error().code == portfoliofailure::kNoPositiveExcess) {
        minimumVarianceInstead = true;
        return minimumVariance(p);
      }
      return best;
    }
    case PortfolioObjective::TargetReturn:
      return targetReturn(p, in.targetReturn);
    case PortfolioObjective::TargetVolatility:
      return targetVolatility(p, in.targetVolatility);
    case PortfolioObjective::RiskParity:
      return riskParity(p);
  }
  return minimumVariance(p);
}

PortfolioRisk riskOf(const PortfolioInputs& in, const PortfolioProblem& p, const Allocation& a) {
  PortfolioRisk risk;
  risk.normal = normalPortfolioRisk(in, a);
  const double h = in.horizonDays / kTradingDaysPerYear;
  std::vector<Real> mean(p.size()), cov(p.covariance.size());
  for (std::size_t i = 0; i < p.size(); ++i) mean[i] = p.expectedReturns[i] * h;
  for (std::size_t k = 0; k < cov.size(); ++k) cov[k] = p.covariance[k] * h;
  risk.monteCarlo = monteCarloRisk(mean, cov, a.weights, in.confidence, in.simulations, in.seed);
  if (in.historyReturns.empty()) return risk;
  // The portfolio's return in each period of the history, at today's weights.
  const std::size_t n = p.size();
  std::vector<Real> returns(in.historyReturns.size() / n, 0.0);
  for (std::size_t t = 0; t < returns.size(); ++t)
    for (std::size_t i = 0; i < n; ++i) returns[t] += a.weights[i] * in.historyReturns[t * n + i];
  const SampleMoments m = sampleMoments(returns);
  risk.moments = m;
  // Periods in the horizon: one period lasts 252 / periods-per-year trading days. Historical
  // figures scale by √m (the square-root-of-time rule); the moments as for a sum of m i.i.d.
  // returns (mean × m, sd × √m, skewness / √m, excess kurtosis / m).
  const double periods = in.horizonDays * in.periodsPerYear / kTradingDaysPerYear;
  const double root = std::sqrt(periods);
  const RiskMeasures oneHistorical = historicalRisk(returns, in.confidence);
  risk.historical =
      RiskMeasures{oneHistorical.valueAtRisk * root, oneHistorical.expectedShortfall * root};
  const double skewness = m.skewness / root;
  const double kurtosis = m.excessKurtosis / periods;
  if (cornishFisherIsQuantile(skewness, kurtosis))
    risk.cornishFisher =
        cornishFisherRisk(m.mean * periods, m.sd * root, skewness, kurtosis, in.confidence);
  else
    risk.cornishFisherOutsideItsDomain = true;
  // Backtest: the normal one-period VaR of the history's own mean and volatility.
  risk.kupiec =
      kupiecTest(returns, normalRisk(m.mean, m.sd, in.confidence).valueAtRisk, in.confidence);
  return risk;
}

// Risk parity does not apply the weight limits: each asset and group outside its own is named.
void riskParityLimits(const ScenarioDocument& doc, const PortfolioBinding& binding,
                      const PortfolioResult& r, Issues& issues) {
  const PortfolioInputs& in = *binding.inputs;
  const auto outside = [](double w, double lo, double hi) {
    return w < lo - 1e-12 || w > hi + 1e-12;
  };
  const auto warn = [&](const std::string& path, const std::string& what, double w) {
    issues.push_back({Severity::Warning,
                      path,
                      "portfolio.risk_parity_ignores_limits",
                      "risk parity does not apply the weight limits: " + what + "'s weight " +
                          formatNumber(w * 100) + " % is outside its limits",
                      {{"weight", formatNumber(w)}}});
  };
  const Entity& block = *doc.child(doc.root(), "portfolio");
  const auto assets = doc.listMembers(block, "assets");
  for (std::size_t i = 0; i < assets.size(); ++i)
    if (outside(r.allocation.weights[i], in.minWeights[i], in.maxWeights[i]))
      warn(entityPath(doc, *assets[i]), in.assetNames[i], r.allocation.weights[i]);
  for (std::size_t g = 0; g < in.groups.size(); ++g) {
    double total = 0;
    for (std::size_t i : in.groups[g].members) total += r.allocation.weights[i];
    if (outside(total, in.groups[g].minWeight, in.groups[g].maxWeight))
      warn(binding.groupPaths[g], "group " + in.groups[g].name, total);
  }
}

}  // namespace

PortfolioProblem PortfolioInputs::problem() const {
  PortfolioProblem p;
  const std::size_t n = assetNames.size();
  p.expectedReturns = expectedReturns;
  p.minWeights = minWeights;
  p.maxWeights = maxWeights;
  p.groups = groups;
  if (!typedCovariance) {
    p.covariance = estimatedCovariance;
    return p;
  }
  p.covariance.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) p.covariance[i * n + i] = volatilities[i] * volatilities[i];
  for (const CorrelationPair& c : correlations) {
    const double v = c.value * volatilities[c.first] * volatilities[c.second];
    p.covariance[c.first * n + c.second] = v;
    p.covariance[c.second * n + c.first] = v;
  }
  return p;
}

RiskMeasures normalPortfolioRisk(const PortfolioInputs& in, const Allocation& a) {
  const double h = in.horizonDays / kTradingDaysPerYear;
  return normalRisk(a.expectedReturn * h, a.volatility * std::sqrt(h), in.confidence);
}

Result<PortfolioResult> analysePortfolio(const PortfolioInputs& in, bool full) {
  const PortfolioProblem p = in.problem();
  PortfolioResult r;
  auto allocation = chosenAllocation(in, p, r.minimumVarianceInstead);
  if (!allocation) {
    Error e = allocation.error();
    e.context = fieldOfFailure(in, nullptr, e);
    return e;
  }
  r.allocation = std::move(allocation).value();
  r.sharpe = (r.allocation.expectedReturn - in.riskFree) / r.allocation.volatility;
  if (!full) return r;
  r.riskShares = riskContributions(p, r.allocation.weights);
  auto frontier = efficientFrontier(p, in.frontierPoints);
  if (frontier)
    r.frontier = std::move(frontier).value();
  else
    r.frontierProblem = frontier.error().message;
  r.risk = riskOf(in, p, r.allocation);
  return r;
}

PortfolioBinding bindPortfolio(const ScenarioDocument& doc) {
  PortfolioBinding binding;
  binding.issues = valuationSchemaIssues(doc);
  const std::string* model = doc.root().text("model");
  if (!model || *model != "portfolio") {
    if (model && !hasErrors(binding.issues))
      binding.issues.push_back({Severity::Error,
                                "model",
                                "not_portfolio",
                                "model is \"" + *model + "\"; this needs a portfolio scenario",
                                {}});
    return binding;
  }
  const Entity* block = doc.child(doc.root(), "portfolio");
  if (!block) {
    binding.issues.push_back({Severity::Error,
                              "portfolio",
                              "required",
                              "portfolio is required when model is portfolio",
                              {}});
    return binding;
  }
  Binder(doc, *block, binding).bind();
  if (!hasErrors(binding.issues)) binding.inputs = binding.resolved;
  return binding;
}

PortfolioEvaluation evaluatePortfolioScenario(const ScenarioDocument& doc) {
  PortfolioEvaluation evaluation;
  evaluation.binding = bindPortfolio(doc);
  evaluation.issues = evaluation.binding.issues;
  if (!evaluation.binding.inputs) return evaluation;
  const PortfolioInputs& in = *evaluation.binding.inputs;
  if (auto problem = weightLimitsProblem(in.problem())) {
    evaluation.issues.push_back({Severity::Error,
                                 fieldOfFailure(in, &evaluation.binding, *problem),
                                 "portfolio.infeasible",
                                 problem->message,
                                 {}});
    return evaluation;
  }
  auto result = analysePortfolio(in, true);
  if (!result) {
    const Error& e = result.error();
    evaluation.issues.push_back({Severity::Error, e.context, e.code, e.message, {}});
    return evaluation;
  }
  PortfolioResult& r = result.value();
  if (r.minimumVarianceInstead)
    evaluation.issues.push_back(
        {Severity::Warning,
         "portfolio.objective",
         portfoliofailure::kNoPositiveExcess,
         "no allowed portfolio's expected return is above the risk-free rate, so the maximum "
         "Sharpe ratio has no solution: the minimum-variance portfolio is shown instead",
         {}});
  if (!r.frontierProblem.empty())
    evaluation.issues.push_back({Severity::Warning,
                                 "portfolio.frontier_points",
                                 "portfolio.frontier_not_drawn",
                                 "the efficient frontier could not be drawn: " + r.frontierProblem,
                                 {}});
  if (r.risk->cornishFisherOutsideItsDomain)
    evaluation.issues.push_back(
        {Severity::Warning,
         "portfolio.history.data",
         "portfolio.cornish_fisher_outside_domain",
         "the history's skewness and excess kurtosis over the horizon are outside the range where "
         "the Cornish–Fisher expansion is a quantile function: its VaR and expected shortfall "
         "are not shown",
         {}});
  if (in.objective == PortfolioObjective::RiskParity)
    riskParityLimits(doc, evaluation.binding, r, evaluation.issues);
  evaluation.result = std::move(r);
  return evaluation;
}

}  // namespace valor
