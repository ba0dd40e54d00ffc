// Credit analysis: the engines (core/finance/credit.h) against J. C. Hull's worked examples —
// Altman's Z-score (Risk Management and Financial Institutions: Z = 5.46) and Merton's model
// (Options, Futures, and Other Derivatives §24.6: E = 3, σE = 80 %, D = 10, r = 5 %, T = 1 give
// V = 12.40, σV = 21.23 %, a PD of 12.7 %, debt worth 9.40) — a Merton round trip from a firm
// chosen here, every score by its published coefficients written out in the test; then the
// credit model kind: its template, its rules, its JSON, and analytics through the seam.
#include <QtTest>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/actuals/baseyear.h"
#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/finance/credit.h"
#include "core/jobs/threadpool.h"
#include "core/models/credit/credittemplate.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
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
using valor::testing::gotVersusWant;
using valor::testing::normalCdfByErfc;
using valor::testing::normalInput;
using valor::testing::outputValue;

namespace {

ScenarioDocument templateWith(const std::string& edits) {
  return valor::testing::editedTemplate(std::string(creditTemplate()), edits);
}

// Hull's Altman example: working capital 170, retained earnings 300, EBIT 60, sales 2,200,
// total assets 670, market value of equity 380, total liabilities 240 (thousands).
const AltmanInputs kHullAltman{170, 300, 60, 2200, 670, 240, 380};

}  // namespace

class TestCredit : public QObject {
  Q_OBJECT

 private slots:
  void altmanHull() {
    const AltmanScore z = altmanScore(AltmanModel::Z, kHullAltman);
    VERIFY_PUBLISHED(z.x[0], 0.254, 3);
    VERIFY_PUBLISHED(z.x[1], 0.448, 3);
    VERIFY_PUBLISHED(z.x[2], 0.0896, 4);
    VERIFY_PUBLISHED(z.x[3], 1.583, 3);
    VERIFY_PUBLISHED(z.x[4], 3.284, 3);
    VERIFY_PUBLISHED(z.score, 5.46, 2);
    QCOMPARE(z.zone, AltmanZone::Safe);
  }

  // Each score by Altman's published coefficients and bounds, written out here.
  void altmanCoefficients() {
    const AltmanInputs in{50, -20, 10, 400, 500, 420, 60};
    const double x1 = 50.0 / 500, x2 = -20.0 / 500, x3 = 10.0 / 500, x4 = 60.0 / 420,
                 x5 = 400.0 / 500;
    const AltmanScore z = altmanScore(AltmanModel::Z, in);
    QVERIFY(std::fabs(z.score - (1.2 * x1 + 1.4 * x2 + 3.3 * x3 + 0.6 * x4 + 1.0 * x5)) < 1e-15);
    QCOMPARE(z.zone, AltmanZone::Distress);  // 0.97 < 1.81
    const AltmanScore zp = altmanScore(AltmanModel::ZPrime, in);
    QVERIFY(std::fabs(zp.score - (0.717 * x1 + 0.847 * x2 + 3.107 * x3 + 0.420 * x4 + 0.998 * x5)) <
            1e-15);
    QCOMPARE(zp.distressBelow, 1.23);
    QCOMPARE(zp.safeAbove, 2.90);
    const AltmanScore zpp = altmanScore(AltmanModel::ZDoublePrime, in);
    QVERIFY(std::fabs(zpp.score - (6.56 * x1 + 3.26 * x2 + 6.72 * x3 + 1.05 * x4)) < 1e-15);
    QCOMPARE(zpp.x[4], 0.0);  // no sales term
    // 0.656 − 0.1304 + 0.1344 + 0.15 = 0.81, below 1.10.
    QCOMPARE(zpp.zone, AltmanZone::Distress);
    // The bounds themselves: at 2.99 a Z is still grey, above it safe.
    AltmanInputs edge{0, 0, 0, 2.99, 1, 1, 0};  // Z = 1.0 × 2.99
    QCOMPARE(altmanScore(AltmanModel::Z, edge).zone, AltmanZone::Grey);
    edge.sales = 3.0;
    QCOMPARE(altmanScore(AltmanModel::Z, edge).zone, AltmanZone::Safe);
  }

  // Hull §24.6: V = 12.40, σV = 0.2123, N(−d2) = 12.7 %, the debt worth 9.40 against a present
  // value of the promised 10 of 9.51.
  void mertonHull() {
    const MertonSolution m = solveMerton({3, 0.8, 10, 1, 0.05});
    QVERIFY(m.ok);
    QVERIFY(!m.fixedPoint);
    VERIFY_PUBLISHED(m.assets, 12.40, 2);
    VERIFY_PUBLISHED(m.assetVolatility, 0.2123, 4);
    VERIFY_PUBLISHED(m.defaultProbability, 0.127, 3);
    VERIFY_PUBLISHED(m.debtValue, 9.40, 2);
    QVERIFY(m.equityResidual <= 1e-10 && m.volatilityResidual <= 1e-10);
    // The spread from its definition: −ln(B / (D·e^(−rT))) / T, with B = V − E.
    const double spread = -std::log((m.assets - 3) / (10 * std::exp(-0.05))) / 1;
    QVERIFY2(std::fabs(m.creditSpread - spread) < 1e-10, gotVersusWant(m.creditSpread, spread));
  }

  // A firm chosen here: its equity and equity volatility by Black–Scholes written out, and the
  // solver gives back its assets and their volatility.
  void mertonRoundTrip() {
    struct Firm {
      double v, sigma, d, t, r;
    };
    for (const Firm f : {Firm{100, 0.25, 80, 1, 0.05}, Firm{500, 0.1, 450, 3, 0.02},
                         Firm{60, 0.6, 70, 5, 0.03}, Firm{1000, 0.15, 200, 0.5, 0.04}}) {
      const double d1 =
          (std::log(f.v / f.d) + (f.r + f.sigma * f.sigma / 2) * f.t) / (f.sigma * std::sqrt(f.t));
      const double d2 = d1 - f.sigma * std::sqrt(f.t);
      const double equity =
          f.v * normalCdfByErfc(d1) - f.d * std::exp(-f.r * f.t) * normalCdfByErfc(d2);
      const double equityVolatility = normalCdfByErfc(d1) * f.sigma * f.v / equity;
      const MertonSolution m = solveMerton({equity, equityVolatility, f.d, f.t, f.r});
      QVERIFY(m.ok);
      QVERIFY2(std::fabs(m.assets - f.v) <= 1e-8 * f.v, gotVersusWant(m.assets, f.v));
      QVERIFY2(std::fabs(m.assetVolatility - f.sigma) <= 1e-8,
               gotVersusWant(m.assetVolatility, f.sigma));
      QVERIFY2(std::fabs(m.defaultProbability - normalCdfByErfc(-d2)) <= 1e-9,
               gotVersusWant(m.defaultProbability, normalCdfByErfc(-d2)));
      QVERIFY(m.creditSpread >= 0);
    }
    // Almost riskless debt: a spread of zero or more, never below.
    const MertonSolution safe = solveMerton({1000, 0.2, 10, 1, 0.05});
    QVERIFY(safe.ok);
    QVERIFY(safe.creditSpread >= 0 && safe.creditSpread < 1e-12);
    // Highly levered and volatile: still solved, to the tolerance.
    const MertonSolution risky = solveMerton({1, 1.5, 100, 5, 0.03});
    QVERIFY(risky.ok);
    QVERIFY(risky.equityResidual <= 1e-10 && risky.volatilityResidual <= 1e-10);
  }

  // The template is Hull's two examples; the expected loss is PD × LGD × EAD.
  void templateAnalysesTheExamples() {
    const Evaluation e = evaluateScenario(templateWith(""));
    QVERIFY2(e.valued && e.issues.empty(), describe(e.issues).c_str());
    VERIFY_PUBLISHED(*outputValue(e, "altman_score"), 5.46, 2);
    VERIFY_PUBLISHED(*outputValue(e, "asset_value"), 12.40, 2);
    const double pd = *outputValue(e, "default_probability");
    QCOMPARE(bits(*outputValue(e, "expected_loss")), bits(pd * 0.45 * 10.0));
    QCOMPARE(*outputValue(e, "exposure_at_default"), 10.0);
    const nlohmann::json json = findModelKind("credit")->evaluationJson(templateWith(""), e);
    QCOMPARE(json["altman"]["zone"].get<std::string>(), std::string("safe"));
    QCOMPARE(json["merton"]["method"].get<std::string>(), std::string("newton"));
    // Without an exposure, the debt's face value; without Merton, no PD and no expected loss.
    const Evaluation noEad =
        evaluateScenario(templateWith("/credit/loss/ead=delete;/credit/merton/debt_face_value=12"));
    QCOMPARE(*outputValue(noEad, "exposure_at_default"), 12.0);
    const Evaluation altmanOnly = evaluateScenario(templateWith("/credit/merton=delete"));
    QVERIFY2(altmanOnly.valued, describe(altmanOnly.issues).c_str());
    QVERIFY(!outputValue(altmanOnly, "default_probability"));
    QVERIFY(!outputValue(altmanOnly, "expected_loss"));
    // Z″ needs no sales.
    const Evaluation zpp = evaluateScenario(
        templateWith("/credit/altman/model=\"z_double_prime\";/credit/altman/sales=delete"));
    QVERIFY2(zpp.valued, describe(zpp.issues).c_str());
    QVERIFY(!outputValue(zpp, "sales_to_assets"));
  }

  // The statement lines from the scenario's actuals: the last year with revenue becomes the
  // statements' year and its figures the lines; the equity stays typed (Z wants its market value).
  void statementLinesFromTheActuals() {
    const ScenarioDocument doc = templateWith(
        "/actuals={\"revenue\": {\"values\": {\"2023\": 2.0, \"2024\": 2.4}},"
        "\"ebit\": {\"values\": {\"2024\": 0.09}},"
        "\"working_capital\": {\"values\": {\"2024\": 0.2}},"
        "\"retained_earnings\": {\"values\": {\"2024\": -0.1}},"
        "\"total_assets\": {\"values\": {\"2024\": 0.8}}}");
    auto change = baseYearFromActuals(doc);
    QVERIFY2(change, errorText(change).c_str());
    QCOMPARE(change.value().year, 2024);
    Mutation m;
    m.ops = change.value().ops;
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied, errorText(applied).c_str());
    const Entity& credit = *applied.value().child(applied.value().root(), "credit");
    QCOMPARE(*credit.number("base_year"), 2024.0);
    QCOMPARE(*credit.number("altman.sales"), 2.4);
    QCOMPARE(*credit.number("altman.retained_earnings"), -0.1);
    QCOMPARE(*credit.number("altman.total_assets"), 0.8);
    // No 2024 total liabilities: kept as typed, and said so.
    QCOMPARE(*credit.number("altman.total_liabilities"), 0.24);
    QCOMPARE(change.value().kept, std::vector<std::string>{"altman.total_liabilities"});
    QCOMPARE(*credit.number("altman.equity"), 0.38);
    // The score follows: X1 = 0.2/0.8, X2 = −0.1/0.8, X3 = 0.09/0.8, X4 = 0.38/0.24, X5 = 3.
    const Evaluation e = evaluateScenario(applied.value());
    QVERIFY2(e.valued, describe(e.issues).c_str());
    const double hand =
        1.2 * 0.25 + 1.4 * (-0.125) + 3.3 * 0.1125 + 0.6 * (0.38 / 0.24) + 1.0 * (2.4 / 0.8);
    QVERIFY2(std::fabs(*outputValue(e, "altman_score") - hand) < 1e-14,
             gotVersusWant(*outputValue(e, "altman_score"), hand));
  }

  void rulesNameTheField() {
    struct Case {
      const char* edits;
      const char* path;
      const char* rule;
    };
    const Case cases[] = {
        {"/credit/altman/total_assets=delete", "credit.altman.total_assets", "required"},
        {"/credit/altman/total_assets=0", "credit.altman.total_assets", "out_of_range"},
        {"/credit/altman/sales=delete", "credit.altman.sales", "required"},
        {"/credit/merton/equity_volatility=delete", "credit.merton.equity_volatility", "required"},
        {"/credit/altman=delete;/credit/merton=delete", "credit.altman.model",
         "nothing_to_analyse"},
        {"/credit/loss/lgd=1.5", "credit.loss.lgd", "out_of_range"},
    };
    for (const Case& c : cases) {
      const Evaluation e = evaluateScenario(templateWith(c.edits));
      QVERIFY2(!e.valued, c.edits);
      QVERIFY2(findIssue(e.issues, c.path, c.rule),
               (std::string(c.edits) + "\n" + describe(e.issues)).c_str());
    }
  }

  // Analytics through the seam: a grid of the PD over the equity volatility and the debt, each
  // cell what the edited scenario gives; Monte Carlo the same bits on one thread and two.
  void analyticsThroughTheSeam() {
    const ScenarioDocument doc = templateWith("");
    auto model = prepareValuationModel(
        doc, {"credit.merton.equity_volatility", "credit.merton.debt_face_value"});
    QVERIFY2(model, errorText(model).c_str());
    const ValuationModel& m = *model.value();
    QCOMPARE(m.outputs().size(), std::size_t{8});
    const OutputIndex pd = *m.outputIndex("default_probability");
    const std::vector<double> vols = {0.6, 0.8, 1.0};
    const std::vector<double> debts = {8, 10, 12};
    const SensitivityGrid grid = evaluateGrid(m, pd, vols, debts);
    QCOMPARE(grid.unvalued, std::size_t{0});
    for (std::size_t row = 0; row < debts.size(); ++row)
      for (std::size_t col = 0; col < vols.size(); ++col) {
        const Evaluation edited = evaluateScenario(
            templateWith("/credit/merton/equity_volatility=" + std::to_string(vols[col]) +
                         ";/credit/merton/debt_face_value=" + std::to_string(debts[row])));
        QCOMPARE(bits(*grid.cells[row * vols.size() + col]),
                 bits(*outputValue(edited, "default_probability")));
      }
    // More volatility or more debt: a higher PD.
    QVERIFY(*grid.cells[2] > *grid.cells[0]);
    QVERIFY(*grid.cells[6] > *grid.cells[0]);

    MonteCarloSettings s;
    s.paths = 3000;
    s.seed = 7;
    s.output = "expected_loss";
    s.inputs = {normalInput("credit.merton.equity_volatility", 0.8, 0.1)};
    auto prepared = prepareMonteCarlo(doc, s);
    QVERIFY2(prepared, errorText(prepared).c_str());
    jobs::ThreadPool pool(2);
    auto one = runMonteCarlo(prepared.value(), pool, 1);
    auto two = runMonteCarlo(prepared.value(), pool, 2);
    QVERIFY(one && two);
    QCOMPARE(bits(one.value().mean), bits(two.value().mean));
    QCOMPARE(bits(one.value().percentiles[4].value), bits(two.value().percentiles[4].value));
    // A scenario without Merton offers the Altman score only: the list analytics choose from is
    // the prepared model's, so a position in it is the model's output index.
    const std::vector<OutputSpec> offered = valuationOutputs(templateWith("/credit/merton=delete"));
    QCOMPARE(offered.size(), std::size_t{1});
    QCOMPARE(offered[0].key, std::string("altman_score"));
    QCOMPARE(valuationOutputs(templateWith("/credit/altman=delete")).size(), std::size_t{7});
    auto altman =
        prepareValuationModel(templateWith("/credit/merton=delete"), {"credit.altman.ebit"});
    QVERIFY2(altman, errorText(altman).c_str());
    QCOMPARE(altman.value()->outputs().size(), std::size_t{1});
    QCOMPARE(altman.value()->outputs()[0].key, std::string("altman_score"));
  }
};

QTEST_APPLESS_MAIN(TestCredit)
#include "test_credit.moc"
