// The football field: its saved settings (every bad field named), and each method's range
// checked by hand — the one-year DCF's sensitivity corners by its closed form, a Monte Carlo
// range against the quantiles of its uniform input, the LBO's prices by re-valuing the deal at
// them (the IRR must be the target), and the M&A's maximum prices by putting them back as the
// offer (accretion must be zero that year).
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/compare/footballstore.h"
#include "core/jobs/threadpool.h"
#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"
#include "tests/support/jsonedits.h"

using namespace valor;
using valor::testing::documentOf;
using valor::testing::editedJson;
using valor::testing::errorText;
using valor::testing::handValue;
using valor::testing::oneYearScenario;
using valor::testing::sampleText;

namespace {

std::string exitCase() {
  return oneYearScenario(R"({"method": "exit_multiple", "metric": "ev_ebitda", "multiple": 8})");
}

FootballBar barOf(FootballMethod method, const ScenarioDocument& doc) {
  FootballBar bar;
  bar.method = method;
  bar.scenario = doc.root().id;
  return bar;
}

Result<FootballRange> rangeOf(const FootballBar& bar, const ScenarioDocument& doc) {
  jobs::ThreadPool pool(2);
  return footballRange(bar, &doc, pool);
}

std::optional<double> outputOf(const ScenarioDocument& doc, const char* key) {
  const Evaluation e = evaluateScenario(doc);
  const NamedOutput* out = e.output(key);
  return e.valued && out ? out->value : std::nullopt;
}

}  // namespace

class TestFootball : public QObject {
  Q_OBJECT

 private slots:
  void aSensitivityRangeSpansTheGridCorners() {
    const auto doc = documentOf(exitCase());
    FootballBar bar = barOf(FootballMethod::Sensitivity, doc);
    bar.spreads = {{"dcf.discount_rate.wacc", 0.01}, {"dcf.terminal_value.multiple", 1.0}};
    const auto range = rangeOf(bar, doc);
    QVERIFY2(range, errorText(range).c_str());
    // The value falls with WACC and rises with the multiple: the corners are the extremes.
    QVERIFY(std::abs(range.value().low - handValue(7, 0.11)) < 1e-9);
    QVERIFY(std::abs(range.value().high - handValue(9, 0.09)) < 1e-9);
    QVERIFY(std::abs(*range.value().point - handValue(8, 0.10)) < 1e-9);
    QCOMPARE(range.value().unvalued, std::size_t{0});

    bar.spreads.pop_back();  // one input: a sweep of WACC alone
    const auto sweep = rangeOf(bar, doc);
    QVERIFY2(sweep, errorText(sweep).c_str());
    QVERIFY(std::abs(sweep.value().low - handValue(8, 0.11)) < 1e-9);
    QVERIFY(std::abs(sweep.value().high - handValue(8, 0.09)) < 1e-9);
  }

  void cellsThatCannotBeValuedAreLeftOutAndCounted() {
    // Gordon growth 2 % at WACC 10 %: a WACC spread of 9 pp reaches WACC ≤ g in the first
    // column of five (1 %), which cannot be valued.
    const auto doc = documentOf(oneYearScenario(R"({"method": "gordon", "growth": 0.02})"));
    FootballBar bar = barOf(FootballMethod::Sensitivity, doc);
    bar.spreads = {{"dcf.discount_rate.wacc", 0.09}};
    const auto range = rangeOf(bar, doc);
    QVERIFY2(range, errorText(range).c_str());
    QCOMPARE(range.value().unvalued, std::size_t{1});
    // Highest valued point: WACC 5.5 %; TV = FCFF₁·(1+g)/(w − g) at year 1, end-year discount.
    const double w = 0.055;
    const double tv = 16.5 * 1.02 / (w - 0.02);
    QVERIFY(std::abs(range.value().high - ((16.5 + tv) / (1 + w) - 30)) < 1e-9);
  }

  void aMonteCarloRangeIsItsPercentiles() {
    // WACC uniform on [8 %, 12 %] alone: the value falls with WACC, so its P10 is the value at
    // WACC's P90 (11.6 %) and its P90 the value at WACC's P10 (8.4 %), up to sampling error
    // (10,000 paths: a quantile's standard error is √(0.09/10⁴)·4 pp = 0.012 pp, about 0.02
    // per share here).
    std::string json = editedJson(exitCase(), "");
    json.insert(json.rfind('}'), R"(, "monte_carlo": {"paths": 10000, "seed": 7, "inputs": [
        {"field": "dcf.discount_rate.wacc", "distribution": "uniform", "min": 0.08,
         "max": 0.12}]})");
    const auto doc = documentOf(json);
    FootballBar bar = barOf(FootballMethod::MonteCarlo, doc);
    const auto range = rangeOf(bar, doc);
    QVERIFY2(range, errorText(range).c_str());
    QCOMPARE(range.value().paths, std::uint64_t{10000});
    QVERIFY(std::abs(range.value().low - handValue(8, 0.116)) < 0.1);
    QVERIFY(std::abs(range.value().high - handValue(8, 0.084)) < 0.1);
    QVERIFY(std::abs(*range.value().point - handValue(8, 0.10)) < 0.1);
    // The same settings give the same range, bit for bit.
    const auto again = rangeOf(bar, doc);
    QCOMPARE(again.value().low, range.value().low);

    bar.lowPercentile = 25;
    bar.highPercentile = 75;
    const auto narrower = rangeOf(bar, doc);
    QVERIFY(std::abs(narrower.value().low - handValue(8, 0.11)) < 0.1);
    QVERIFY(std::abs(narrower.value().high - handValue(8, 0.09)) < 0.1);
  }

  void anLboPriceIsTheEntryThatEarnsTheTargetIrr() {
    // ValueCo's entry is given as an enterprise value (1,100); with net debt 275 and 100 shares
    // (for the test), a price p per share is an entry EV of 100·p + 275.
    const auto doc = documentOf(sampleText("valueco.valor.json"));
    FootballBar bar = barOf(FootballMethod::TargetIrr, doc);
    bar.lever = "lbo.entry.price";
    bar.irrLow = 0.18;
    bar.irrHigh = 0.22;
    bar.netDebt = 275;
    bar.shares = 100;
    const auto range = rangeOf(bar, doc);
    QVERIFY2(range, errorText(range).c_str());
    QVERIFY(range.value().low < range.value().high);
    auto irrAtPrice = [&](double price) {
      char edit[64];
      std::snprintf(edit, sizeof edit, "/lbo/entry/price=%.17g", 100 * price + 275);
      return outputOf(documentOf(editedJson(sampleText("valueco.valor.json"), edit)), "irr");
    };
    QVERIFY(std::abs(*irrAtPrice(range.value().low) - 0.22) < 1e-9);
    QVERIFY(std::abs(*irrAtPrice(range.value().high) - 0.18) < 1e-9);
    // The point: the deal as modelled, (1,100 − 275) / 100.
    QVERIFY(std::abs(*range.value().point - 8.25) < 1e-12);
  }

  void anMaRangeIsTheMaximumEpsNeutralPrices() {
    const std::string text = sampleText("pioneer.valor.json");
    const auto doc = documentOf(text);
    const auto range = rangeOf(barOf(FootballMethod::MaxOfferPrice, doc), doc);
    QVERIFY2(range, errorText(range).c_str());
    QCOMPARE(*range.value().point, *outputOf(doc, "offer_price_per_share"));
    // Offered at either end of the range, some pro-forma year breaks even exactly.
    for (const double price : {range.value().low, range.value().high}) {
      char edit[128];
      std::snprintf(edit, sizeof edit, "/ma/offer/method=\"price\";/ma/offer/price=%.17g", price);
      const Evaluation e = evaluateScenario(documentOf(editedJson(text, edit)));
      QVERIFY(e.valued);
      const NamedTable* accretion = e.table("accretion");
      std::size_t column = 0;
      while (accretion->columns[column].key != "accretion") ++column;
      double nearest = 1;
      for (const auto& row : accretion->rows) nearest = std::min(nearest, std::abs(*row[column]));
      QVERIFY2(nearest < 1e-9, qPrintable(QString::number(nearest)));
    }
  }

  void aTypedRangeIsAsTyped() {
    FootballBar bar;
    bar.label = "52-week range";
    bar.low = 41.5;
    bar.high = 63.25;
    jobs::ThreadPool pool(1);
    const auto range = footballRange(bar, nullptr, pool);
    QCOMPARE(range.value().low, 41.5);
    QCOMPARE(range.value().high, 63.25);
    QVERIFY(!range.value().point);
  }

  void aMethodTheScenarioCannotServeSaysWhy() {
    const auto lbo = documentOf(sampleText("valueco.valor.json"));
    FootballBar sensitivity = barOf(FootballMethod::Sensitivity, lbo);
    sensitivity.spreads = {{"lbo.exit.multiple", 1}};
    QCOMPARE(rangeOf(sensitivity, lbo).error().code, std::string("football.no_value_per_share"));

    const auto dcf = documentOf(exitCase());
    FootballBar irr = barOf(FootballMethod::TargetIrr, dcf);
    irr.lever = "dcf.discount_rate.wacc";
    irr.shares = 1;
    QCOMPARE(rangeOf(irr, dcf).error().code, std::string("football.not_lbo"));
    QCOMPARE(rangeOf(barOf(FootballMethod::MaxOfferPrice, dcf), dcf).error().code,
             std::string("football.not_ma"));
    QCOMPARE(rangeOf(barOf(FootballMethod::MonteCarlo, dcf), dcf).error().code,
             std::string("football.no_monte_carlo"));
    jobs::ThreadPool pool(1);
    QCOMPARE(footballRange(irr, nullptr, pool).error().code, std::string("football.no_scenario"));
  }

  void settingsRoundTripAndEveryBadFieldIsNamed() {
    const auto doc = documentOf(exitCase());
    FootballField field;
    field.currentPrice = 58.4;
    FootballBar s = barOf(FootballMethod::Sensitivity, doc);
    s.spreads = {{"dcf.discount_rate.wacc", 0.01}};
    FootballBar t;
    t.label = "Trading comparables";
    t.low = 40;
    t.high = 70;
    field.bars = {s, t};
    const auto back = footballFieldFromJson(footballFieldToJson(field));
    QVERIFY2(back, errorText(back).c_str());
    QCOMPARE(footballFieldToJson(back.value()), footballFieldToJson(field));
    QCOMPARE(back.value().bars[0].scenario, doc.root().id);

    const auto bad = footballFieldFromJson(R"({"current_price": -1, "bars": [
        {"method": "typed", "label": "Comps", "low": 70, "high": 40},
        {"method": "guess", "scenario": "x"},
        {"method": "sensitivity", "scenario": "not-an-id", "inputs": []},
        {"method": "monte_carlo", "scenario": "00000000-0000-4000-8000-000000000001",
         "low_percentile": 90, "high_percentile": 10},
        {"method": "target_irr", "scenario": "00000000-0000-4000-8000-000000000001",
         "lever": "lbo.entry.multiple", "net_debt": 1, "shares": 0}]})");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, std::string("football.invalid"));
    std::vector<std::string> paths;
    for (const Issue& issue : bad.error().issues) paths.push_back(issue.path);
    const std::vector<std::string> expected{
        "current_price",  "bars[0].high",           "bars[1].method", "bars[2].scenario",
        "bars[2].inputs", "bars[3].low_percentile", "bars[4].shares"};
    QCOMPARE(paths, expected);
    QVERIFY(!footballFieldFromJson("[1, 2]"));
    QVERIFY(!footballFieldFromJson("{\"bars\": 3}"));
  }

  void aWorkspaceKeepsItsFootballFieldAndValuesEveryBar() {
    QTemporaryDir dir;
    WorkspaceOptions wo;
    wo.clock = [] { return std::int64_t{1'700'000'000'000}; };
    wo.newId = seededIdGenerator(5);
    wo.backupIntervalMs = 0;
    const std::string path = dir.filePath(QStringLiteral("w.valor")).toStdString();
    auto ws = Workspace::create(path, wo);
    QVERIFY2(ws, errorText(ws).c_str());
    QVERIFY(loadFootballField(*ws.value()).value().bars.empty());
    const auto doc = documentOf(exitCase());
    QVERIFY(ws.value()->addScenarios({doc}, "ana", "Create").ok());

    FootballField field;
    FootballBar s = barOf(FootballMethod::Sensitivity, doc);
    s.spreads = {{"dcf.discount_rate.wacc", 0.01}};
    FootballBar typed;
    typed.label = "52-week range";
    typed.low = 40;
    typed.high = 60;
    field.bars = {s, typed};
    field.currentPrice = 50;
    QVERIFY(saveFootballField(*ws.value(), field).ok());
    ws.value().reset();

    wo.readOnly = true;
    auto reopened = Workspace::open(path, wo);
    QVERIFY2(reopened, errorText(reopened).c_str());
    const auto loaded = loadFootballField(*reopened.value());
    QVERIFY2(loaded, errorText(loaded).c_str());
    QCOMPARE(*loaded.value().currentPrice, 50.0);
    QVERIFY(!saveFootballField(*reopened.value(), loaded.value()).ok());  // read-only
    jobs::ThreadPool pool(1);
    const auto bars = valueFootballField(*reopened.value(), loaded.value(), pool);
    QVERIFY2(bars, errorText(bars).c_str());
    QCOMPARE(bars.value().size(), std::size_t{2});
    QCOMPARE(bars.value()[0].label, std::string("One year: sensitivity"));
    QVERIFY(std::abs(bars.value()[0].range.value().high - handValue(8, 0.09)) < 1e-9);
    QCOMPARE(bars.value()[1].range.value().high, 60.0);
  }
};

QTEST_APPLESS_MAIN(TestFootball)
#include "test_football.moc"
