// The real option as a model kind: its template, the rules of its binding (each an issue naming
// the field and the rule), the framings, its JSON, its analytics adapter (sensitivity and Monte
// Carlo through the seam, bit-identical across thread counts) and the underlying taken from a
// DCF scenario. Expected values come from an independent Black–Scholes–Merton written here with
// the C library's erfc and exp (N(x) = erfc(−x/√2)/2), not from the engine.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/jobs/threadpool.h"
#include "core/models/realoption/realoptionkind.h"
#include "core/models/realoption/realoptiontemplate.h"
#include "core/models/realoption/underlyingfrom.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"
#include "tests/support/closedform.h"
#include "tests/support/jsonedits.h"

using namespace valor;
using valor::testing::bits;
using valor::testing::blackScholesByHand;
using valor::testing::describe;
using valor::testing::documentOf;
using valor::testing::editedJson;
using valor::testing::errorText;
using valor::testing::findIssue;
using valor::testing::gotVersusWant;
using valor::testing::outputValue;
using valor::testing::sampleText;
using valor::testing::triangularInput;

namespace {

// The template's inputs: Damodaran's patent with σ = 47.33 %, q = 5.88 %.
constexpr double kS = 3422, kK = 2875, kT = 17, kSigma = 0.4733, kR = 0.067, kQ = 0.0588;

ScenarioDocument templateWith(const std::string& edits) {
  return valor::testing::editedTemplate(std::string(realOptionTemplate()), edits);
}

bool closeRelative(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

#define VERIFY_CLOSE(got, want, tolerance) \
  QVERIFY2(closeRelative((got), (want), (tolerance)), gotVersusWant((got), (want)).constData())

}  // namespace

class TestRealOption : public QObject {
  Q_OBJECT

 private slots:
  // The template is Damodaran's patent: worth about 907 as a call on the product's value.
  void templateValuesThePatent() {
    const Evaluation e = evaluateScenario(templateWith(""));
    QVERIFY2(e.valued, describe(e.issues).c_str());
    QVERIFY2(e.issues.empty(), describe(e.issues).c_str());
    const double hand = blackScholesByHand(true, kS, kK, kT, kSigma, kR, kQ);
    VERIFY_CLOSE(*outputValue(e, "option_value"), hand, 1e-12);
    QVERIFY(std::fabs(hand - 907) < 1.5);
    QCOMPARE(*outputValue(e, "underlying_value"), kS);
    // Investing today is worth S − K = 547; waiting is worth more.
    QCOMPARE(*outputValue(e, "exercise_now_value"), kS - kK);
    QCOMPARE(*outputValue(e, "intrinsic_value"), kS - kK);
    VERIFY_CLOSE(*outputValue(e, "time_value"), hand - (kS - kK), 1e-11);
    // European: no tree figures, and the American comparison does not exist.
    QVERIFY(!outputValue(e, "up_probability"));
    QVERIFY(!outputValue(e, "european_value"));
    QVERIFY(!outputValue(e, "implied_volatility"));
    // Vega per point of volatility: the value's change for σ + 1 point, to first order.
    const double vegaPoint = (blackScholesByHand(true, kS, kK, kT, kSigma + 1e-4, kR, kQ) -
                              blackScholesByHand(true, kS, kK, kT, kSigma - 1e-4, kR, kQ)) /
                             2e-4 / 100;
    VERIFY_CLOSE(*outputValue(e, "vega_per_point"), vegaPoint, 1e-6);
  }

  // Each framing is the option it names: abandon a put at the salvage value, expand a call on
  // the expansion (scale × value).
  void framings() {
    const Evaluation abandon =
        evaluateScenario(templateWith("/real_option/framing=\"abandon\";/real_option/strike=3000"));
    QVERIFY2(abandon.valued, describe(abandon.issues).c_str());
    VERIFY_CLOSE(*outputValue(abandon, "option_value"),
                 blackScholesByHand(false, kS, 3000, kT, kSigma, kR, kQ), 1e-12);
    QCOMPARE(*outputValue(abandon, "exercise_now_value"), 3000 - kS);  // abandoning today loses 422
    QCOMPARE(*outputValue(abandon, "intrinsic_value"), 0.0);
    const Evaluation expand = evaluateScenario(templateWith(
        "/real_option/framing=\"expand\";/real_option/underlying/scale=0.3;/real_option/"
        "strike=1200"));
    QVERIFY2(expand.valued, describe(expand.issues).c_str());
    QCOMPARE(*outputValue(expand, "underlying_value"), 0.3 * kS);
    VERIFY_CLOSE(*outputValue(expand, "option_value"),
                 blackScholesByHand(true, 0.3 * kS, 1200, kT, kSigma, kR, kQ), 1e-12);
    const Evaluation put = evaluateScenario(templateWith("/real_option/framing=\"put\""));
    VERIFY_CLOSE(*outputValue(put, "option_value"),
                 blackScholesByHand(false, kS, kK, kT, kSigma, kR, kQ), 1e-12);
  }

  // Deep in the money with a yield, a European call is worth less than exercising today: said,
  // with both figures.
  void exercisingNowCanBeWorthMore() {
    QVERIFY(evaluateScenario(templateWith("")).issues.empty());
    const Evaluation deep = evaluateScenario(templateWith("/real_option/underlying/value=8000"));
    QVERIFY(deep.valued);
    const double european = blackScholesByHand(true, 8000, kK, kT, kSigma, kR, kQ);
    QVERIFY(european < 8000 - kK);
    const Issue* issue = findIssue(deep.issues, "real_option.exercise", "exercise_now_worth_more");
    QVERIFY2(issue && issue->severity == Severity::Warning, describe(deep.issues).c_str());
    QCOMPARE(std::stod(issue->params.at("now")), 8000 - kK);
    // An American option is exercised then: no warning, and worth the exercise value at least.
    const Evaluation american = evaluateScenario(
        templateWith("/real_option/underlying/value=8000;/real_option/exercise=\"american\""));
    QVERIFY(!findIssue(american.issues, "real_option.exercise", "exercise_now_worth_more"));
    QVERIFY(*outputValue(american, "option_value") >= 8000 - kK);
  }

  // American exercise by the tree: at least the European value, which is shown beside it.
  void americanExercise() {
    const Evaluation e =
        evaluateScenario(templateWith("/real_option/exercise=\"american\";/real_option/steps=400"));
    QVERIFY2(e.valued, describe(e.issues).c_str());
    const double european = blackScholesByHand(true, kS, kK, kT, kSigma, kR, kQ);
    VERIFY_CLOSE(*outputValue(e, "european_value"), european, 1e-12);
    QVERIFY(*outputValue(e, "option_value") > european);
    VERIFY_CLOSE(*outputValue(e, "early_exercise_premium"),
                 *outputValue(e, "option_value") - european, 1e-12);
    QVERIFY(!outputValue(e, "exercise_probability"));
    QVERIFY(!outputValue(e, "d1"));
    // CRR's p = (e^((r−q)Δt) − d)/(u − d) with Δt = 17/400, by hand.
    const double dt = kT / 400, u = std::exp(kSigma * std::sqrt(dt));
    const double p = (std::exp((kR - kQ) * dt) - 1 / u) / (u - 1 / u);
    VERIFY_CLOSE(*outputValue(e, "up_probability"), p, 1e-12);
    const nlohmann::json json = findModelKind("real_option")->evaluationJson(templateWith(""), e);
    QCOMPARE(json["option"]["method"].get<std::string>(), std::string("crr_binomial"));
    QCOMPARE(json["option"]["steps"].get<int>(), 400);
    QCOMPARE(json["option"]["type"].get<std::string>(), std::string("call"));
  }

  // Bad input: an issue naming the field and the rule, and no value.
  void rulesNameTheField() {
    struct Case {
      const char* edits;
      const char* path;
      const char* rule;
    };
    const Case cases[] = {
        {"/real_option/strike=delete", "real_option.strike", "required"},
        {"/real_option/volatility=0", "real_option.volatility", "out_of_range"},
        {"/real_option/years=0", "real_option.years", "out_of_range"},
        {"/real_option/framing=\"swap\"", "real_option.framing", "not_a_choice"},
        // |r − q| = 0.5 over 17 years at σ = 5 %: a tree of 10 steps has p > 1.
        {"/real_option/exercise=\"american\";/real_option/steps=10;/real_option/volatility=0.05;"
         "/real_option/risk_free_rate=0.55",
         "real_option.steps", "tree_probability"},
    };
    for (const Case& c : cases) {
      const Evaluation e = evaluateScenario(templateWith(c.edits));
      QVERIFY2(!e.valued, c.edits);
      QVERIFY2(findIssue(e.issues, c.path, c.rule),
               (std::string(c.edits) + "\n" + describe(e.issues)).c_str());
    }
    // A required field that is missing is reported once (by the schema), not again by the
    // binding.
    const Evaluation noStrike = evaluateScenario(templateWith(cases[0].edits));
    QCOMPARE(std::count_if(noStrike.issues.begin(), noStrike.issues.end(),
                           [](const Issue& i) { return i.path == "real_option.strike"; }),
             std::ptrdiff_t{1});
    // The steps rule names the minimum, and the minimum values.
    const Evaluation few = evaluateScenario(templateWith(cases[4].edits));
    const Issue* issue = findIssue(few.issues, "real_option.steps", "tree_probability");
    const int minimum = std::stoi(issue->params.at("minimum"));
    // n > T·(|r − q| + 0.0001)² / (σ − 0.01)² = 17·0.4913² / 0.04² = 2,564.6 (the Greeks' bumped
    // trees too), with a margin of 1 %.
    QVERIFY2(minimum > 17 * 0.4913 * 0.4913 / (0.04 * 0.04) && minimum < 2600,
             issue->message.c_str());
    const Evaluation enough = evaluateScenario(templateWith(
        std::string(cases[4].edits) + ";/real_option/steps=" + std::to_string(minimum)));
    QVERIFY2(enough.valued, describe(enough.issues).c_str());
  }

  // A market price gives the implied volatility; an impossible one a warning, not a guess.
  void impliedVolatility() {
    const double price = blackScholesByHand(true, kS, kK, kT, 0.35, kR, kQ);
    const Evaluation e = evaluateScenario(templateWith(
        "/real_option/market_price=" + QByteArray::number(price, 'g', 17).toStdString()));
    QVERIFY2(e.valued && e.issues.empty(), describe(e.issues).c_str());
    VERIFY_CLOSE(*outputValue(e, "implied_volatility"), 0.35, 1e-9);
    // Below S·e^(−qT) − K·e^(−rT) no volatility gives a call's price.
    const Evaluation low = evaluateScenario(templateWith("/real_option/market_price=1"));
    QVERIFY(low.valued);
    QVERIFY2(findIssue(low.issues, "real_option.market_price", "implied_volatility.below_range"),
             describe(low.issues).c_str());
    QVERIFY(!outputValue(low, "implied_volatility"));
    const Evaluation high = evaluateScenario(templateWith("/real_option/market_price=5000"));
    QVERIFY(findIssue(high.issues, "real_option.market_price", "implied_volatility.above_range"));
  }

  // The analytics adapter: the base outputs are the evaluation's; a varied input gives what
  // the edited scenario gives; the grid through the product's path; refused paths say why.
  void analyticsThroughTheSeam() {
    const ScenarioDocument doc = templateWith("");
    const std::vector<std::string> paths = valuationInputPaths(doc);
    const std::vector<std::string> expected = {"real_option.underlying.value",
                                               "real_option.underlying.scale",
                                               "real_option.strike",
                                               "real_option.years",
                                               "real_option.volatility",
                                               "real_option.risk_free_rate",
                                               "real_option.yield"};
    QCOMPARE(paths, expected);
    auto model = prepareValuationModel(doc, {"real_option.volatility", "real_option.strike"});
    QVERIFY2(model, errorText(model).c_str());
    const ValuationModel& m = *model.value();
    const OutputIndex value = *m.outputIndex("option_value");
    QCOMPARE(bits(m.baseOutputs()[value]),
             bits(*outputValue(evaluateScenario(doc), "option_value")));
    auto evaluator = m.evaluator();
    OutputValues out{};
    const std::vector<double> at = {0.30, 2500};
    QVERIFY(evaluator->evaluate(at, out).ok());
    const Evaluation edited =
        evaluateScenario(templateWith("/real_option/volatility=0.3;/real_option/strike=2500"));
    QCOMPARE(bits(out[value]), bits(*outputValue(edited, "option_value")));
    VERIFY_CLOSE(out[value], blackScholesByHand(true, kS, 2500, kT, 0.30, kR, kQ), 1e-12);
    const std::vector<double> outside = {0.0, 2500};
    QCOMPARE(evaluator->evaluate(outside, out).failure, kPathOutOfRange);

    const std::vector<double> vols = {0.2, 0.3, 0.4, 0.5};
    const std::vector<double> strikes = {2500, 2875, 3250};
    const SensitivityGrid grid = evaluateGrid(m, value, vols, strikes);
    QCOMPARE(grid.unvalued, std::size_t{0});
    for (std::size_t row = 0; row < strikes.size(); ++row)
      for (std::size_t col = 0; col < vols.size(); ++col)
        VERIFY_CLOSE(*grid.cells[row * vols.size() + col],
                     blackScholesByHand(true, kS, strikes[row], kT, vols[col], kR, kQ), 1e-12);

    auto bad = prepareValuationModel(doc, {"real_option.market_price"});
    QVERIFY(!bad);
    auto twice = prepareValuationModel(doc, {"real_option.strike", "real_option.strike"});
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, std::string("analytics.duplicate_input"));
  }

  // Monte Carlo on the volatility and the underlying: the same bits on one thread and two, and
  // every path valued; an American tree whose paths leave p in (0, 1) counts them by reason.
  void monteCarloIsBitIdenticalAcrossThreads() {
    const ScenarioDocument doc = templateWith("");
    MonteCarloSettings s;
    s.paths = 4000;
    s.seed = 20261205;
    s.output = "option_value";
    s.inputs = {triangularInput("real_option.volatility", 0.3, 0.4733, 0.6),
                triangularInput("real_option.underlying.value", 2500, 3422, 4300)};
    auto prepared = prepareMonteCarlo(doc, s);
    QVERIFY2(prepared, errorText(prepared).c_str());
    jobs::ThreadPool pool(2);
    auto one = runMonteCarlo(prepared.value(), pool, 1);
    auto two = runMonteCarlo(prepared.value(), pool, 2);
    QVERIFY(one && two);
    QCOMPARE(one.value().valued, std::uint64_t{4000});
    QCOMPARE(bits(one.value().mean), bits(two.value().mean));
    QCOMPARE(bits(one.value().standardDeviation), bits(two.value().standardDeviation));
    for (std::size_t i = 0; i < one.value().percentiles.size(); ++i)
      QCOMPARE(bits(one.value().percentiles[i].value), bits(two.value().percentiles[i].value));
    // The option's value rises with the volatility and the underlying: every path lies between
    // the corners of the box.
    QVERIFY(one.value().min >= blackScholesByHand(true, 2500, kK, kT, 0.3, kR, kQ) - 1e-9);
    QVERIFY(one.value().max <= blackScholesByHand(true, 4300, kK, kT, 0.6, kR, kQ) + 1e-9);
  }

  // The underlying from a DCF scenario: its enterprise value, with where it came from, as one
  // change that the option then values.
  void underlyingFromADcf() {
    const ScenarioDocument option = templateWith("");
    const ScenarioDocument dcf = documentOf(sampleText("northwind.valor.json"), 12);
    const Evaluation dcfValue = evaluateScenario(dcf);
    QVERIFY(dcfValue.valued);
    const double ev = *dcfValue.output("enterprise_value")->value;
    auto taken = underlyingFromScenario(option, dcf, 7);
    QVERIFY2(taken, errorText(taken).c_str());
    QCOMPARE(bits(taken.value().value), bits(ev));
    QVERIFY2(taken.value().source.find("Enterprise value of Northwind") == 0 &&
                 taken.value().source.find("revision 7") != std::string::npos,
             taken.value().source.c_str());
    QCOMPARE(taken.value().label.code, std::string("underlying_from_scenario"));
    Mutation m;
    m.ops = taken.value().ops;
    auto applied = applyMutation(option, m);
    QVERIFY2(applied, errorText(applied).c_str());
    const Evaluation after = evaluateScenario(applied.value());
    QVERIFY2(after.valued, describe(after.issues).c_str());
    QCOMPARE(bits(*outputValue(after, "underlying_value")), bits(ev));
    const std::string* source =
        applied.value().child(applied.value().root(), "real_option")->text("underlying.source");
    QVERIFY(source && *source == taken.value().source);

    // The same value in thousands when the option is kept in thousands (1 million = 1,000
    // thousands); another currency is refused; so is a source that cannot be valued, or an
    // option scenario that is not one.
    const ScenarioDocument thousands = templateWith("/unit=\"thousands\"");
    auto inThousands = underlyingFromScenario(thousands, dcf, 7);
    QVERIFY(inThousands);
    QCOMPARE(inThousands.value().value, ev * 1000);
    auto euro = underlyingFromScenario(templateWith("/currency=\"EUR\""), dcf, 7);
    QVERIFY(!euro);
    QCOMPARE(euro.error().code, std::string("underlying.currency"));
    const ScenarioDocument broken =
        documentOf(editedJson(sampleText("northwind.valor.json"), "/dcf/base_year=delete"), 12);
    auto invalid = underlyingFromScenario(option, broken, 3);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, std::string("underlying.source_invalid"));
    auto notOption = underlyingFromScenario(dcf, dcf, 3);
    QCOMPARE(notOption.error().code, std::string("underlying.not_real_option"));
    auto optionSource = underlyingFromScenario(option, option, 3);
    QCOMPARE(optionSource.error().code, std::string("underlying.no_enterprise_value"));
  }
};

QTEST_APPLESS_MAIN(TestRealOption)
#include "test_realoption.moc"
