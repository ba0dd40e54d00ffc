// The portfolio model kind: its template against a general-purpose optimiser (SciPy's SLSQP on
// the same problem: Sharpe 0.375575, 40 % in government bonds), every rule naming its field, a
// history read and estimated as written out here, market risk from that history, the fallback
// when no portfolio beats the risk-free rate, and analytics through the seam.
#include <QtTest>

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/finance/marketrisk.h"
#include "core/jobs/threadpool.h"
#include "core/models/portfolio/portfoliobinding.h"
#include "core/models/portfolio/portfoliotemplate.h"
#include "core/models/registry.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"
#include "tests/support/closedform.h"
#include "tests/support/jsonedits.h"

using namespace valor;
using valor::testing::bits;
using valor::testing::describe;
using valor::testing::documentOf;
using valor::testing::errorText;
using valor::testing::findIssue;
using valor::testing::normalInput;
using valor::testing::outputValue;

namespace {

ScenarioDocument templateWith(const std::string& edits) {
  return valor::testing::editedTemplate(std::string(portfolioTemplate()), edits);
}

// Three assets and eight monthly returns each (rows oldest first).
const double kReturns[8][3] = {{0.02, 0.01, -0.01}, {-0.03, 0.00, 0.02},  {0.04, 0.02, 0.01},
                               {0.01, -0.01, 0.00}, {-0.05, -0.02, 0.03}, {0.03, 0.01, -0.02},
                               {0.02, 0.03, 0.01},  {-0.01, 0.00, 0.02}};

// `rows` of kReturns; with `constantC`, asset C's return is 1 % every month.
std::string historyScenario(const std::string& covariance, const std::string& objective,
                            int rows = 8, bool constantC = false, const std::string& lead = "") {
  std::string csv = lead + "month,A,B,C\\n";
  for (int t = 0; t < rows; ++t) {
    csv += "2026-0" + std::to_string(t + 1);
    for (int i = 0; i < 3; ++i)
      csv += "," + std::to_string(constantC && i == 2 ? 0.01 : kReturns[t][i]);
    csv += "\\n";
  }
  return R"({"schema": "valor.scenario/1", "name": "History", "currency": "EUR", "unit": "millions",
    "model": "portfolio", "portfolio": {"objective": ")" +
         objective + R"(", "covariance": ")" + covariance + R"(",
    "history": {"type": "returns", "periods_per_year": 12, "data": ")" +
         csv + R"("},
    "risk": {"confidence": 0.8, "horizon_days": 21},
    "assets": [{"name": "A"}, {"name": "B"}, {"name": "C"}]}})";
}

}  // namespace

class TestPortfolioKind : public QObject {
  Q_OBJECT

 private slots:
  void templateMatchesAGeneralOptimiser() {
    const ScenarioDocument doc = templateWith("");
    const Evaluation e = evaluateScenario(doc);
    QVERIFY2(e.valued && e.issues.empty(), describe(e.issues).c_str());
    QVERIFY(std::abs(*outputValue(e, "sharpe_ratio") - 0.375575) <= 5e-7);
    const nlohmann::json json = findModelKind("portfolio")->evaluationJson(doc, e);
    QCOMPARE(json["weights"][3]["asset"].get<std::string>(), std::string("Government bonds"));
    QVERIFY(std::abs(json["weights"][3]["weight"].get<double>() - 0.4) <= 1e-15);
    QVERIFY(json["optimality"]["residual"].get<double>() <= 1e-10);
    QCOMPARE(json["frontier"].size(), std::size_t{25});
    // Equities at most 70 %, bonds at least 20 %: the groups hold.
    double equities = 0;
    for (int i = 0; i < 3; ++i) equities += json["weights"][i]["weight"].get<double>();
    QVERIFY(equities <= 0.7 + 1e-15);
    // The amounts are the shares of the value (100): VaR = z·σ·√h − μ·h, h = 10/252.
    const double h = 10.0 / 252;
    const double var = 2.3263478740408408 * *outputValue(e, "volatility") * std::sqrt(h) -
                       *outputValue(e, "expected_return") * h;
    QVERIFY(std::abs(*outputValue(e, "value_at_risk") - var) <= 1e-15);
    QVERIFY(std::abs(*outputValue(e, "value_at_risk_amount") - 100 * var) <= 1e-13);
    // No history: no historical or Cornish–Fisher figures.
    QVERIFY(!outputValue(e, "value_at_risk_historical"));
  }

  void rulesNameTheField() {
    struct Case {
      const char* edits;
      const char* path;
      const char* rule;
    };
    const Case cases[] = {
        {"/portfolio/assets/1/name=\"US equities\"", "portfolio.assets[1].name", "duplicate_name"},
        {"/portfolio/correlations/0/first=\"Gold\"", "portfolio.correlations[0].first",
         "unknown_asset"},
        {"/portfolio/correlations/0/second=\"US equities\"", "portfolio.correlations[0].second",
         "same_asset"},
        {"/portfolio/correlations/1/second=\"International equities\"",
         "portfolio.correlations[1].second", "duplicate_pair"},
        {"/portfolio/assets/0/group=\"Tech\"", "portfolio.assets[0].group", "unknown_group"},
        {"/portfolio/assets/2/volatility=delete", "portfolio.assets[2].volatility", "required"},
        {"/portfolio/assets/2/expected_return=delete", "portfolio.assets[2].expected_return",
         "required"},
        {"/portfolio/covariance=\"ledoit_wolf\"", "portfolio.history.data", "required"},
        {"/portfolio/objective=\"target_return\"", "portfolio.target_return", "required"},
        {"/portfolio/objective=\"target_return\";/portfolio/target_return=0.2",
         "portfolio.target_return", "portfolio.target_out_of_range"},
        {"/portfolio/groups/1/min_weight=0.9", "portfolio.groups[1]", "portfolio.infeasible"},
        {"/portfolio/correlations/0/value=-0.9", "portfolio.correlations",
         "portfolio.covariance_not_positive_definite"},
        {"/portfolio/assets/1/min_weight=0.5;/portfolio/assets/1/max_weight=0.2",
         "portfolio.assets[1].max_weight", "below_min_weight"},
    };
    for (const Case& c : cases) {
      const Evaluation e = evaluateScenario(templateWith(c.edits));
      QVERIFY2(!e.valued, c.edits);
      QVERIFY2(findIssue(e.issues, c.path, c.rule),
               (std::string(c.edits) + "\n" + describe(e.issues)).c_str());
    }
  }

  // Every expected return below the risk-free rate: the maximum Sharpe ratio has no solution,
  // so the minimum-variance portfolio is shown, with a warning saying so.
  void noPortfolioBeatsTheRiskFreeRate() {
    const Evaluation e = evaluateScenario(templateWith("/portfolio/risk_free_rate=0.2"));
    QVERIFY(e.valued);
    QVERIFY(findIssue(e.issues, "portfolio.objective", "portfolio.no_positive_excess_return"));
    const Evaluation mv = evaluateScenario(templateWith("/portfolio/objective=\"min_variance\""));
    QCOMPARE(bits(*outputValue(e, "volatility")), bits(*outputValue(mv, "volatility")));
  }

  // Risk parity: every asset carries a seventh of the risk; the caps are not applied, and the
  // asset that breaks one is named.
  void riskParityIgnoresTheLimits() {
    const ScenarioDocument doc = templateWith("/portfolio/objective=\"risk_parity\"");
    const Evaluation e = evaluateScenario(doc);
    QVERIFY(e.valued);
    const nlohmann::json json = findModelKind("portfolio")->evaluationJson(doc, e);
    for (const auto& row : json["weights"])
      QVERIFY(std::abs(row["risk_share"].get<double>() - 1.0 / 7) <= 1e-12);
    QVERIFY(findIssue(e.issues, "portfolio.assets[3]", "portfolio.risk_parity_ignores_limits"));
    // A group over its limit is named too: equities capped at 10 % hold more under risk parity.
    const Evaluation capped = evaluateScenario(
        templateWith("/portfolio/objective=\"risk_parity\";/portfolio/groups/0/max_weight=0.1"));
    QVERIFY(capped.valued);
    QVERIFY(
        findIssue(capped.issues, "portfolio.groups[0]", "portfolio.risk_parity_ignores_limits"));
  }

  // A history of returns: the sample covariance annualised (× 12, divisor T − 1), the means as
  // expected returns; then the historical VaR of the portfolio's monthly returns at 80 %
  // (w = ⌊0.2·8⌋ = 1: the second-largest loss), scaled by √(21·12/252) = 1.
  void historyEstimatesAndBacktests() {
    const ScenarioDocument doc = documentOf(historyScenario("sample", "min_variance"));
    const PortfolioEvaluation pe = evaluatePortfolioScenario(doc);
    QVERIFY2(pe.result, describe(pe.issues).c_str());
    const PortfolioInputs& in = *pe.binding.inputs;
    double mean[3] = {0, 0, 0};
    for (const auto& row : kReturns)
      for (int i = 0; i < 3; ++i) mean[i] += row[i] / 8;
    for (int i = 0; i < 3; ++i) {
      QVERIFY(std::abs(in.expectedReturns[static_cast<std::size_t>(i)] - 12 * mean[i]) <= 1e-15);
      for (int j = 0; j < 3; ++j) {
        double s = 0;
        for (const auto& row : kReturns) s += (row[i] - mean[i]) * (row[j] - mean[j]) / 7;
        QVERIFY(std::abs(in.estimatedCovariance[static_cast<std::size_t>(i * 3 + j)] - 12 * s) <=
                1e-16);
      }
    }
    const std::vector<double>& w = pe.result->allocation.weights;
    std::vector<double> portfolio;
    for (const auto& row : kReturns)
      portfolio.push_back(w[0] * row[0] + w[1] * row[1] + w[2] * row[2]);
    std::vector<double> sorted = portfolio;
    std::sort(sorted.begin(), sorted.end());
    const Evaluation e = evaluateScenario(doc);
    QVERIFY(std::abs(*outputValue(e, "value_at_risk_historical") - (-sorted[1])) <= 1e-16);
    QVERIFY(std::abs(*outputValue(e, "expected_shortfall_historical") - (-sorted[0])) <= 1e-16);
    // Eight returns have little tail: their excess kurtosis m4/m2² − 3 is below −1/3, where the
    // Cornish–Fisher expansion stops being a quantile function — so it is left out, and said.
    double pm = 0, m2 = 0, m4 = 0;
    for (double r : portfolio) pm += r / 8;
    for (double r : portfolio) m2 += std::pow(r - pm, 2) / 8, m4 += std::pow(r - pm, 4) / 8;
    QVERIFY(m4 / (m2 * m2) - 3 < -1.0 / 3);
    QVERIFY(!outputValue(e, "value_at_risk_cornish_fisher"));
    QVERIFY(
        findIssue(e.issues, "portfolio.history.data", "portfolio.cornish_fisher_outside_domain"));
    const nlohmann::json json = findModelKind("portfolio")->evaluationJson(doc, e);
    QCOMPARE(json["risk"]["kupiec"]["observations"].get<int>(), 8);
    const SampleMoments m = sampleMoments(portfolio);
    const KupiecTest k = kupiecTest(portfolio, normalRisk(m.mean, m.sd, 0.8).valueAtRisk, 0.8);
    QCOMPARE(json["risk"]["kupiec"]["exceptions"].get<int>(), k.exceptions);

    // Ledoit–Wolf reports its shrinkage; prices must be positive, a gap is named by line.
    const ScenarioDocument lw = documentOf(historyScenario("ledoit_wolf", "min_variance"));
    const Evaluation lwe = evaluateScenario(lw);
    QVERIFY2(lwe.valued, describe(lwe.issues).c_str());
    const double delta = findModelKind("portfolio")
                             ->evaluationJson(lw, lwe)["covariance"]["shrinkage"]
                             .get<double>();
    QVERIFY(delta >= 0 && delta <= 1);
    std::string gap = historyScenario("sample", "min_variance");
    gap.replace(gap.find(",0.010000,"), 10, ",,");
    const Evaluation gapped = evaluateScenario(documentOf(gap));
    QVERIFY(!gapped.valued);
    const Issue* issue = findIssue(gapped.issues, "portfolio.history.data", "history.gap");
    QVERIFY2(issue, describe(gapped.issues).c_str());
    QVERIFY(issue->message.find("line 2, column B") != std::string::npos);

    // Blank lines before the header are skipped; an asset whose return never changes, or fewer
    // returns than assets for the sample estimate, are refused by name (Ledoit–Wolf's shrunk
    // estimate stays positive definite with few returns).
    QVERIFY(
        evaluateScenario(documentOf(historyScenario("sample", "min_variance", 8, false, "\\n\\n")))
            .valued);
    const Evaluation constant =
        evaluateScenario(documentOf(historyScenario("sample", "min_variance", 8, true)));
    QVERIFY(findIssue(constant.issues, "portfolio.history.data", "history.constant_column"));
    const Evaluation few = evaluateScenario(documentOf(historyScenario("ewma", "min_variance", 3)));
    QVERIFY(findIssue(few.issues, "portfolio.history.data", "history.fewer_returns_than_assets"));
    QVERIFY(evaluateScenario(documentOf(historyScenario("ledoit_wolf", "min_variance", 3))).valued);
  }

  // Analytics through the seam: a sweep of the Sharpe ratio over the risk-free rate, each value
  // what the edited scenario gives; Monte Carlo on an expected return the same bits on one
  // thread and two.
  void analyticsThroughTheSeam() {
    const ScenarioDocument doc = templateWith("");
    auto model = prepareValuationModel(
        doc, {"portfolio.risk_free_rate", "portfolio.assets[0].expected_return"});
    QVERIFY2(model, errorText(model).c_str());
    const ValuationModel& m = *model.value();
    const OutputIndex sharpe = *m.outputIndex("sharpe_ratio");
    const std::vector<double> rates = {0.0, 0.02, 0.03};
    const std::vector<double> returns = {0.06, 0.07, 0.08};
    const SensitivityGrid grid = evaluateGrid(m, sharpe, rates, returns);
    QCOMPARE(grid.unvalued, std::size_t{0});
    for (std::size_t row = 0; row < returns.size(); ++row)
      for (std::size_t col = 0; col < rates.size(); ++col) {
        const Evaluation edited = evaluateScenario(
            templateWith("/portfolio/risk_free_rate=" + std::to_string(rates[col]) +
                         ";/portfolio/assets/0/expected_return=" + std::to_string(returns[row])));
        QCOMPARE(bits(*grid.cells[row * rates.size() + col]),
                 bits(*outputValue(edited, "sharpe_ratio")));
      }
    MonteCarloSettings s;
    s.paths = 2000;
    s.seed = 3;
    s.output = "expected_return";
    s.inputs = {normalInput("portfolio.assets[2].expected_return", 0.085, 0.02),
                normalInput("portfolio.correlations[0].value", 0.8, 0.05)};
    auto prepared = prepareMonteCarlo(doc, s);
    QVERIFY2(prepared, errorText(prepared).c_str());
    jobs::ThreadPool pool(2);
    auto one = runMonteCarlo(prepared.value(), pool, 1);
    auto two = runMonteCarlo(prepared.value(), pool, 2);
    QVERIFY(one && two);
    QCOMPARE(bits(one.value().mean), bits(two.value().mean));
  }
};

QTEST_APPLESS_MAIN(TestPortfolioKind)
#include "test_portfoliokind.moc"
