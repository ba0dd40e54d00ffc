// The forecasting engine (core/analytics/forecast) against independent answers, so a wrong
// likelihood, a wrong parameter count or an optimiser that stops short shows up as a number
// that disagrees with one we did not compute with the engine:
//   * SARIMA, ARIMA and ETS fits against statsmodels 0.13.5 (tests/data/forecast_reference.json,
//     made by forecast_reference.py from tests/data/airline.csv; notes on what each reference
//     likelihood means are in that script), and the airline model against R's published fit.
//     The engine's likelihoods are exact, so its maximum must reach the reference's:
//     equal within 1e-6 relative where the reference is the best maximum known, at least as high
//     where the reference optimiser may have stopped short.
//   * Closed forms worked out by hand: a straight line, constant growth, a constant series, the
//     naive and seasonal-naive forecasts and their MASE, the unit-root and ARMA helpers.
//   * What a user meets: model and series text, refusals that name the period or line at fault
//     (never a NaN), the backtest's ranking, and a forecast turned into a scenario's drivers.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/analytics/forecast/accuracy.h"
#include "core/analytics/forecast/armastate.h"
#include "core/analytics/forecast/model.h"
#include "core/analytics/forecast/scenarioforecast.h"
#include "core/analytics/forecast/series.h"
#include "core/analytics/forecast/seriestext.h"
#include "core/analytics/forecast/unitroot.h"
#include "core/model/id.h"
#include "core/ops/mutation.h"
#include "logseries.h"
#include "northwindtrend.h"
#include "scenariofixtures.h"

using namespace valor;
using namespace valor::forecast;
using valor::testing::documentOf;
using valor::testing::kNorthwindRevenue;
using valor::testing::northwindTrendAt;
using valor::testing::sampleText;

namespace {

constexpr double kZ975 = 1.959963984540054;  // Φ⁻¹(0.975): the 95 % two-sided normal quantile
constexpr double kNotCompared = 0;           // a tolerance that leaves a comparison out

const nlohmann::json& reference() {
  static const nlohmann::json json = [] {
    std::ifstream file(VALOR_TEST_DATA_DIR "/forecast_reference.json");
    if (!file) qFatal("cannot read forecast_reference.json");
    return nlohmann::json::parse(file);
  }();
  return json;
}

std::string airlineCsvText() {
  std::ifstream file(VALOR_TEST_DATA_DIR "/airline.csv");
  if (!file) qFatal("cannot read airline.csv");
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// Box & Jenkins Series G from airline.csv: a "month,passengers" header, then 1949-01,112 ...
const std::vector<double>& airlinePassengers() {
  static const std::vector<double> values = [] {
    std::istringstream lines(airlineCsvText());
    std::string line;
    std::getline(lines, line);  // the header
    std::vector<double> out;
    while (std::getline(lines, line))
      if (!line.empty()) out.push_back(std::stod(line.substr(line.find(',') + 1)));
    return out;
  }();
  return values;
}

Series airline() {
  return {"passengers", Frequency::Monthly, 1949, 1, airlinePassengers()};
}

Series logAirline() {
  return valor::testing::inLogs(airline(), "log passengers");
}

// The 12 annual revenues of the reference script; the years are ours (the fits do not use them).
Series referenceRevenue() {
  return {"revenue", Frequency::Annual, 2014, 1,
          reference().at("data").at("revenue").at("values").get<std::vector<double>>()};
}

Series annual(const std::string& name, int firstYear, std::vector<double> values) {
  return {name, Frequency::Annual, firstYear, 1, std::move(values)};
}

Series quarterly(const std::string& name, int firstYear, std::vector<double> values) {
  return {name, Frequency::Quarterly, firstYear, 1, std::move(values)};
}

// Two years and a season of quarters whose seasonal changes are not constant.
const std::vector<double> kQuarters{10, 20, 30, 40, 12, 21, 33, 41, 15, 22, 31, 45};

ModelSpec spec(const std::string& key) {
  auto parsed = parseModelSpec(key);
  if (!parsed) qFatal("model %s: %s", key.c_str(), parsed.error().message.c_str());
  return parsed.value();
}

ForecastOptions stepsWith95(int horizon) {
  ForecastOptions options;
  options.horizon = horizon;
  options.levels = {0.95};
  return options;
}

template <typename T>
const char* messageOf(const Result<T>& result) {
  return result.ok() ? "" : result.error().message.c_str();
}

bool mentions(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The fitted value of a named parameter; NaN (which fails every comparison) when there is none.
double parameter(const Fit& fit, const std::string& name) {
  for (const Parameter& p : fit.parameters)
    if (p.name == name) return p.value;
  return std::numeric_limits<double>::quiet_NaN();
}

// |actual − expected| ≤ tolerance; a NaN fails.
void verifyWithin(double actual, double expected, double tolerance, const std::string& what) {
  QVERIFY2(std::abs(actual - expected) <= tolerance,
           qPrintable(QStringLiteral("%1: %2, expected %3 within %4")
                          .arg(QString::fromStdString(what))
                          .arg(actual, 0, 'g', 17)
                          .arg(expected, 0, 'g', 17)
                          .arg(tolerance, 0, 'g', 3)));
}

// Relative: |actual − expected| ≤ relative · max(|expected|, leastScale). The least scale is
// the size an error is judged against where the expected value passes near zero.
void verifyNear(double actual, double expected, double relative, const std::string& what,
                double leastScale = 0) {
  verifyWithin(actual, expected, relative * std::max(std::abs(expected), leastScale), what);
}

// An ARMA(1,1) fit against statsmodels' estimates ("ar.L1", "ma.L1", "sigma2").
void verifyArma11(const Fit& fit, const nlohmann::json& params) {
  verifyWithin(parameter(fit, "ar1"), params.at("ar.L1").get<double>(), 1e-3, "ar1");
  verifyWithin(parameter(fit, "ma1"), params.at("ma.L1").get<double>(), 1e-3, "ma1");
  verifyNear(fit.sigma2, params.at("sigma2").get<double>(), 1e-3, "sigma2");
}

// The engine's maximum equals the reference's within 1e-6 relative: neither below it (a search
// that stopped short) nor above it (a different likelihood).
void verifyLikelihood(double logLikelihood, double referenceMaximum) {
  verifyNear(logLikelihood, referenceMaximum, 1e-6, "log-likelihood");
}

// AICc = −2 log L + 2k + 2k(k + 1)/(n − k − 1) (Hurvich & Tsai 1989).
double aiccByHand(double logLikelihood, int k, int n) {
  return -2 * logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
}

// The steps against a reference forecast ({"mean", "lower95", "upper95"[, "se"]}): points within
// `pointTolerance` and 95 % bounds within `boundTolerance`, relative (kNotCompared leaves either
// out). With `pointsAgainstStandardError` a point's error is judged against at least its
// forecast standard error, for points that pass near zero.
void verifyForecast(const ModelForecast& forecast, const nlohmann::json& expected,
                    double pointTolerance, double boundTolerance,
                    bool pointsAgainstStandardError = false) {
  const auto mean = expected.at("mean").get<std::vector<double>>();
  const auto lower = expected.at("lower95").get<std::vector<double>>();
  const auto upper = expected.at("upper95").get<std::vector<double>>();
  QCOMPARE(forecast.steps.size(), mean.size());
  for (std::size_t h = 0; h < mean.size(); ++h) {
    const ForecastStep& step = forecast.steps[h];
    const std::string at = "h = " + std::to_string(h + 1);
    if (pointTolerance != kNotCompared) {
      const double leastScale =
          pointsAgainstStandardError ? expected.at("se").at(h).get<double>() : 0.0;
      verifyNear(step.point, mean[h], pointTolerance, at + " point", leastScale);
    }
    if (boundTolerance != kNotCompared) {
      QCOMPARE(step.intervals.size(), std::size_t(1));
      verifyNear(step.intervals[0].lower, lower[h], boundTolerance, at + " lower 95 % bound");
      verifyNear(step.intervals[0].upper, upper[h], boundTolerance, at + " upper 95 % bound");
    }
  }
}

// A random walk y_t = y_{t−1} + u_t, u_t uniform on (−½, ½) from a fixed linear congruential
// sequence x ← 1664525·x + 1013904223 mod 2³² (Numerical Recipes).
std::vector<double> randomWalk(std::size_t length) {
  std::uint32_t state = 12345;
  double level = 0;
  std::vector<double> walk;
  for (std::size_t t = 0; t < length; ++t) {
    state = 1664525u * state + 1013904223u;
    level += state / 4294967296.0 - 0.5;
    walk.push_back(level);
  }
  return walk;
}

ScenarioDocument northwind() {
  return documentOf(sampleText("northwind.valor.json"));
}

// Northwind with its revenue growth a constant 5 %, so a forecast must switch it to per_year.
ScenarioDocument northwindWithConstantGrowth() {
  ScenarioDocument doc = northwind();
  for (Entity& e : doc.entities)
    if (e.type == "dcf") {
      e.fields.erase("revenue_growth.values");
      e.fields["revenue_growth.mode"] = std::string("constant");
      e.fields["revenue_growth.value"] = 0.05;
    }
  return doc;
}

ScenarioDocument applied(const ScenarioDocument& doc, const DriversFromForecast& drivers) {
  Mutation m;
  m.id = seededIdGenerator(7)();
  m.author = "test";
  m.label = drivers.labelText;
  m.labelCode = drivers.label;
  m.ops = drivers.ops;
  auto result = applyMutation(doc, m);
  if (!result) qFatal("apply: %s", result.error().message.c_str());
  return result.value();
}

const Entity& dcfBlock(const ScenarioDocument& doc) {
  const Entity* block = doc.child(doc.root(), "dcf");
  if (!block) qFatal("the scenario has no dcf block");
  return *block;
}

}  // namespace

class TestForecast : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    // The CSV and the JSON hold the same 144 values; Series G sums to 40,363.
    const std::vector<double>& passengers = airlinePassengers();
    QCOMPARE(passengers.size(), std::size_t(144));
    QCOMPARE(std::accumulate(passengers.begin(), passengers.end(), 0.0), 40363.0);
    QVERIFY(passengers ==
            reference().at("data").at("airline").at("values").get<std::vector<double>>());
  }

  // --- Reference fits -------------------------------------------------------------------------

  void airlineModelMatchesPublishedFits() {
    // SARIMA(0,1,1)(0,1,1)12 on log passengers. The engine's likelihood is the exact one of the
    // differenced series, as statsmodels' simple_differencing fit.
    const nlohmann::json& airlineModel = reference().at("sarima_airline");
    const nlohmann::json& simple = airlineModel.at("simple_differencing");
    const nlohmann::json& r = airlineModel.at("published").at("R_arima");
    auto result = forecastWith(logAirline(), spec("arima(0,1,1)(0,1,1)"), stepsWith95(12));
    QVERIFY2(result.ok(), messageOf(result));
    const Fit& fit = result.value().fit;
    QCOMPARE(fit.observations, 131);  // 144 − 1 − 12 differenced values
    QVERIFY(fit.logLikelihood && fit.aicc);
    verifyLikelihood(*fit.logLikelihood, simple.at("llf").get<double>());
    verifyWithin(parameter(fit, "ma1"), r.at("ma1").get<double>(), 1e-3, "ma1");
    verifyWithin(parameter(fit, "sma1"), r.at("sma1").get<double>(), 1e-3, "sma1");
    verifyNear(fit.sigma2, r.at("sigma2").get<double>(), 1e-3, "sigma2");
    // k = 3: θ, Θ and σ².
    verifyNear(*fit.aicc, aiccByHand(*fit.logLikelihood, 3, 131), 1e-12, "AICc");
    // The log-scale forecasts of the same fit, from statsmodels at its estimates.
    verifyForecast(result.value(), simple.at("forecast_log_level_at_these_params"), 1e-4, 1e-4);
  }

  void arima111OnLogAirlineMatchesStatsmodels() {
    // statsmodels' llf here treats the first value as (approximately) diffuse; at its estimates
    // it equals the exact likelihood of the differences to 1.2e-10.
    const nlohmann::json& expected = reference().at("arima111_logair");
    auto result = forecastWith(logAirline(), spec("arima(1,1,1)"), stepsWith95(12));
    QVERIFY2(result.ok(), messageOf(result));
    const Fit& fit = result.value().fit;
    QVERIFY(fit.logLikelihood);
    verifyLikelihood(*fit.logLikelihood, expected.at("llf").get<double>());
    verifyArma11(fit, expected.at("params"));
    verifyForecast(result.value(), expected.at("forecast"), 1e-3, 1e-3);
  }

  void armaWithMeanOnDifferencesMatchesStatsmodels() {
    // ARMA(1,1) with a mean on the monthly changes of log passengers (from 1949-02);
    // statsmodels' trend 'c' in ARIMA is that mean.
    const std::vector<double> logs = logAirline().values;
    std::vector<double> changes;
    for (std::size_t t = 1; t < logs.size(); ++t) changes.push_back(logs[t] - logs[t - 1]);
    const Series differenced{"change in log passengers", Frequency::Monthly, 1949, 2, changes};
    const nlohmann::json& expected = reference().at("arma11_const");
    auto result = forecastWith(differenced, spec("arima(1,0,1)+mean"), stepsWith95(12));
    QVERIFY2(result.ok(), messageOf(result));
    const Fit& fit = result.value().fit;
    QVERIFY(fit.logLikelihood);
    verifyLikelihood(*fit.logLikelihood, expected.at("llf").get<double>());
    const nlohmann::json& params = expected.at("params");
    verifyArma11(fit, params);
    verifyWithin(parameter(fit, "mean"), params.at("const").get<double>(), 1e-3, "mean");
    // The points pass near zero (−0.0036 at h = 4): judged against their standard error there.
    verifyForecast(result.value(), expected.at("forecast"), 1e-3, 1e-3, true);
  }

  void arimaOnShortRevenueReachesTheReferenceMaximum() {
    // statsmodels' exact likelihood of the differenced revenues (simple_differencing), every
    // order p, q ≤ 2 with d = 1 (and an intercept) or d = 2. Its optimiser may stop short on
    // these flat surfaces, so ours must be at least as high. An intercept c in the AR recursion
    // is a mean c/(1 − Σφ): the same likelihood as our drift.
    int compared = 0;
    for (const nlohmann::json& fit : reference().at("arima_fits_simple").at("fits")) {
      if (!fit.at("converged").get<bool>()) continue;
      const auto order = fit.at("order").get<std::vector<int>>();
      const std::string key = "arima(" + std::to_string(order[0]) + "," + std::to_string(order[1]) +
                              "," + std::to_string(order[2]) + ")" +
                              (order[1] == 1 ? "+drift" : "");
      auto result = forecastWith(referenceRevenue(), spec(key), stepsWith95(1));
      QVERIFY2(result.ok(), qPrintable(QString::fromStdString(key + ": " + messageOf(result))));
      const std::optional<double>& ours = result.value().fit.logLikelihood;
      const double theirs = fit.at("llf").get<double>();
      QVERIFY2(ours && *ours >= theirs - 1e-6 * std::abs(theirs),
               qPrintable(QStringLiteral("%1: log-likelihood %2, reference %3")
                              .arg(QString::fromStdString(key))
                              .arg(ours ? *ours : std::nan(""), 0, 'g', 12)
                              .arg(theirs, 0, 'g', 12)));
      ++compared;
    }
    QCOMPARE(compared, 15);  // 18 orders, three of which statsmodels did not converge on
  }

  void etsMatchesTheBestReferenceFit_data() {
    QTest::addColumn<QString>("series");        // "airline" (raw) or "revenue"
    QTest::addColumn<QString>("referenceKey");  // the key under "ets"
    QTest::addColumn<QString>("model");
    // AICc's k as R's forecast package counts it: smoothing parameters, the initial level and
    // trend, m − 1 free initial seasonal states, and σ².
    QTest::addColumn<int>("parameters");
    QTest::addColumn<double>("pointTolerance");
    QTest::addColumn<double>("boundTolerance");
    QTest::addRow("airline AAA") << "airline"
                                 << "airline_AAA"
                                 << "ets(A,A,A)" << 3 + 2 + 11 + 1 << 1e-4 << 1e-3;
    QTest::addRow("airline AAdA") << "airline"
                                  << "airline_AAdA"
                                  << "ets(A,Ad,A)" << 4 + 2 + 11 + 1 << 1e-4 << 1e-3;
    // Simulated intervals: not compared.
    QTest::addRow("airline AAM") << "airline"
                                 << "airline_AAM"
                                 << "ets(A,A,M)" << 3 + 2 + 11 + 1 << 1e-3 << kNotCompared;
    QTest::addRow("airline ANN") << "airline"
                                 << "airline_ANN"
                                 << "ets(A,N,N)" << 1 + 1 + 1 << kNotCompared << kNotCompared;
    QTest::addRow("revenue ANN") << "revenue"
                                 << "revenue_ANN"
                                 << "ets(A,N,N)" << 1 + 1 + 1 << 1e-4 << 1e-3;
    QTest::addRow("revenue AAN") << "revenue"
                                 << "revenue_AAN"
                                 << "ets(A,A,N)" << 2 + 2 + 1 << 1e-4 << 1e-3;
    QTest::addRow("revenue AAdN") << "revenue"
                                  << "revenue_AAdN"
                                  << "ets(A,Ad,N)" << 3 + 2 + 1 << 1e-4 << 1e-3;
  }

  void etsMatchesTheBestReferenceFit() {
    QFETCH(QString, series);
    QFETCH(QString, referenceKey);
    QFETCH(QString, model);
    QFETCH(int, parameters);
    QFETCH(double, pointTolerance);
    QFETCH(double, boundTolerance);
    // best_fit: the highest maximum found from many starts in statsmodels' own bounds.
    const nlohmann::json& best =
        reference().at("ets").at(referenceKey.toStdString()).at("best_fit");
    const Series values = series == QStringLiteral("airline") ? airline() : referenceRevenue();
    auto result = forecastWith(values, spec(model.toStdString()), stepsWith95(12));
    QVERIFY2(result.ok(), messageOf(result));
    const Fit& fit = result.value().fit;
    QVERIFY(fit.logLikelihood && fit.aicc);
    verifyLikelihood(*fit.logLikelihood, best.at("llf").get<double>());
    verifyNear(*fit.aicc,
               aiccByHand(*fit.logLikelihood, parameters, static_cast<int>(values.values.size())),
               1e-12, "AICc");
    verifyForecast(result.value(), best.at("forecast"), pointTolerance, boundTolerance);
  }

  // --- Closed forms ---------------------------------------------------------------------------

  void linearTrendOfAStraightLineIsExact() {
    // y_t = 5 + 2t on t = 1..6 (7, 9, ..., 17), the engine's time index: intercept 5, slope 2,
    // no residual, so forecasts 5 + 2(6 + h) with intervals of no width and no likelihood.
    auto result =
        forecastWith(annual("line", 2020, {7, 9, 11, 13, 15, 17}), spec("trend"), stepsWith95(3));
    QVERIFY2(result.ok(), messageOf(result));
    const ModelForecast& forecast = result.value();
    QCOMPARE(parameter(forecast.fit, "intercept"), 5.0);
    QCOMPARE(parameter(forecast.fit, "slope"), 2.0);
    QVERIFY(!forecast.fit.logLikelihood);
    QCOMPARE(forecast.steps.size(), std::size_t(3));
    for (int h = 1; h <= 3; ++h) {
      const ForecastStep& step = forecast.steps[static_cast<std::size_t>(h - 1)];
      QCOMPARE(step.point, 5.0 + 2.0 * (6 + h));
      QCOMPARE(step.intervals[0].lower, step.point);
      QCOMPARE(step.intervals[0].upper, step.point);
    }
  }

  void constantSeriesHasZeroWidthEtsIntervals() {
    auto result = forecastWith(annual("flat", 2016, std::vector<double>(10, 50.0)),
                               spec("ets(A,N,N)"), stepsWith95(5));
    QVERIFY2(result.ok(), messageOf(result));
    QCOMPARE(result.value().steps.size(), std::size_t(5));
    for (const ForecastStep& step : result.value().steps) {
      verifyNear(step.point, 50, 1e-9, "point");
      verifyWithin(step.intervals[0].upper - step.intervals[0].lower, 0, 1e-9 * 50,
                   "interval width");
    }
  }

  void logTrendRecoversConstantGrowth() {
    // y_t = 100 · 1.05^t, t = 1..8: log y = log 100 + t · log 1.05, so the growth e^b − 1 is
    // 5 % and the forecasts continue the curve.
    std::vector<double> values;
    for (int t = 1; t <= 8; ++t) values.push_back(100 * std::pow(1.05, t));
    auto result =
        forecastWith(annual("compounding", 2018, values), spec("logtrend"), stepsWith95(3));
    QVERIFY2(result.ok(), messageOf(result));
    const ModelForecast& forecast = result.value();
    verifyWithin(std::exp(parameter(forecast.fit, "slope")) - 1, 0.05, 1e-12, "growth");
    verifyNear(std::exp(parameter(forecast.fit, "intercept")), 100, 1e-12, "e^intercept");
    QCOMPARE(forecast.steps.size(), std::size_t(3));
    for (int h = 1; h <= 3; ++h)
      verifyNear(forecast.steps[static_cast<std::size_t>(h - 1)].point, 100 * std::pow(1.05, 8 + h),
                 1e-10, "h = " + std::to_string(h));
  }

  void naiveIntervalsWidenWithTheSquareRootOfTheHorizon() {
    // 10, 12, 11, 15, 14: one-step changes 2, −1, 4, −1, so σ² = (4 + 1 + 16 + 1)/4 = 5.5; the
    // forecast is the last value, 14, with 95 % bounds 14 ± z·σ·√h.
    auto result =
        forecastWith(annual("orders", 2020, {10, 12, 11, 15, 14}), spec("naive"), stepsWith95(3));
    QVERIFY2(result.ok(), messageOf(result));
    const ModelForecast& forecast = result.value();
    verifyNear(forecast.fit.sigma2, 5.5, 1e-15, "sigma2");
    QCOMPARE(forecast.steps.size(), std::size_t(3));
    for (int h = 1; h <= 3; ++h) {
      const ForecastStep& step = forecast.steps[static_cast<std::size_t>(h - 1)];
      const double halfWidth = kZ975 * std::sqrt(5.5) * std::sqrt(static_cast<double>(h));
      QCOMPARE(step.point, 14.0);
      verifyNear(step.intervals[0].lower, 14 - halfWidth, 1e-12, "lower");
      verifyNear(step.intervals[0].upper, 14 + halfWidth, 1e-12, "upper");
    }
  }

  void seasonalNaiveRepeatsTheLastSeason() {
    const Series series = quarterly("sales", 2019, kQuarters);
    auto result = forecastWith(series, spec("snaive"), stepsWith95(8));
    QVERIFY2(result.ok(), messageOf(result));
    const ModelForecast& forecast = result.value();
    const std::vector<double> lastSeason{15, 22, 31, 45};
    QCOMPARE(forecast.steps.size(), std::size_t(8));
    for (std::size_t h = 0; h < 8; ++h) QCOMPARE(forecast.steps[h].point, lastSeason[h % 4]);
    // In sample each fitted value is y_{t−4}: its mean absolute error is the MASE scale itself.
    const Accuracy accuracy = inSampleAccuracy(series, forecast.fit);
    QVERIFY(accuracy.mase);
    verifyNear(*accuracy.mase, 1, 1e-12, "in-sample MASE");
  }

  void seasonalNaiveBacktestOfConstantSeasonalChangeHasMaseOne() {
    // y_t = (10, 20, 30, 40)[t mod 4] + 3 · ⌊t/4⌋: every change over a season is 3, so every
    // seasonal-naive error up to a season ahead is 3, and so is the scale.
    std::vector<double> values;
    for (int t = 0; t < 16; ++t) values.push_back(10.0 * (t % 4 + 1) + 3.0 * (t / 4));
    auto result = backtest(quarterly("sales", 2019, values), {spec("snaive")}, {4, 4, {}});
    QVERIFY2(result.ok(), messageOf(result));
    const ModelBacktest& snaive = result.value().models.front();
    QVERIFY(snaive.failure.empty());
    QVERIFY(snaive.oneStep.mase && snaive.allSteps.mase);
    QCOMPARE(*snaive.oneStep.mase, 1.0);
    QCOMPARE(*snaive.allSteps.mase, 1.0);
  }

  void quantilesOfAStep() {
    StepDistribution normal;
    normal.center = 3;
    normal.scale = 2;
    verifyNear(stepQuantile(normal, 0.5), 3, 1e-12, "median");
    verifyNear(stepQuantile(normal, 0.975), 3 + 2 * kZ975, 1e-12, "97.5th percentile");
  }

  // --- Unit roots and ARMA helpers ------------------------------------------------------------

  void kpssTellsARandomWalkFromNoise() {
    QVERIFY(kpssStatistic(randomWalk(200)) > kKpssCritical5);
    std::vector<double> alternating;
    for (int t = 0; t < 100; ++t) alternating.push_back(t % 2 == 0 ? 0.1 : -0.1);
    QVERIFY(kpssStatistic(alternating) < kKpssCritical5);
  }

  void integrationWeightsExpandTheDifferences() {
    // (1 − B)(1 − B¹²) = 1 − B − B¹² + B¹³ = 1 − Σ δ_i B^i: δ₁ = 1, δ₁₂ = 1, δ₁₃ = −1.
    const std::vector<double> delta = integrationWeights(1, 1, 12);
    QCOMPARE(delta.size(), std::size_t(13));
    for (std::size_t lag = 1; lag <= 13; ++lag) {
      const double expected = lag == 1 || lag == 12 ? 1.0 : lag == 13 ? -1.0 : 0.0;
      QCOMPARE(delta[lag - 1], expected);
    }
  }

  void armaHelpersByHand() {
    // One partial autocorrelation is the AR(1) coefficient itself.
    verifyNear(coefficientsFromPartials({0.6}).at(0), 0.6, 1e-15, "r = 0.6");
    // Two partials r₁ = r₂ = 0.6, Durbin–Levinson: φ₂ = r₂, φ₁ = r₁ − r₂ r₁ = 0.24.
    const std::vector<double> two = coefficientsFromPartials({0.6, 0.6});
    QCOMPARE(two.size(), std::size_t(2));
    verifyNear(two[0], 0.24, 1e-15, "phi1");
    verifyNear(two[1], 0.6, 1e-15, "phi2");
    // (1 + θB)(1 + ΘB¹²) = 1 + θB + ΘB¹² + θΘB¹³.
    const double theta = 0.3, seasonalTheta = 0.5;
    const std::vector<double> c = multiplySeasonal({theta}, {seasonalTheta}, 12);
    QCOMPARE(c.size(), std::size_t(13));
    for (std::size_t lag = 1; lag <= 13; ++lag) {
      const double expected = lag == 1    ? theta
                              : lag == 12 ? seasonalTheta
                              : lag == 13 ? theta * seasonalTheta
                                          : 0.0;
      QCOMPARE(c[lag - 1], expected);
    }
  }

  // --- Model and series text ------------------------------------------------------------------

  void parsesModelSpecs() {
    const ModelSpec ets = spec("ets(A,Ad,M)");
    QCOMPARE(ets.family, Family::Ets);
    QVERIFY(!ets.automatic);
    QCOMPARE(ets.trend, EtsTrend::Damped);
    QCOMPARE(ets.season, EtsSeason::Multiplicative);
    const ModelSpec airlineModel = spec("arima(0,1,1)(0,1,1)");
    QCOMPARE(airlineModel.family, Family::Arima);
    QVERIFY((airlineModel.order == ArimaOrder{.p = 0, .d = 1, .q = 1, .P = 0, .D = 1, .Q = 1}));
    const ModelSpec ar1 = spec("arima(1,0,0)+mean");
    QVERIFY((ar1.order == ArimaOrder{.p = 1, .d = 0, .q = 0, .mean = true}));
  }

  void refusesUnknownModelSpecs() {
    auto twoDifferences = parseModelSpec("arima(1,2,1)+drift");
    QVERIFY(!twoDifferences.ok());
    QVERIFY2(mentions(twoDifferences.error().message, "at most one difference"),
             twoDifferences.error().message.c_str());
    auto unknown = parseModelSpec("foo");
    QVERIFY(!unknown.ok());
    QVERIFY2(mentions(unknown.error().message, "unknown model \"foo\""),
             unknown.error().message.c_str());
  }

  void modelKeysRoundTrip() {
    for (const char* key : {"naive", "snaive", "trend", "logtrend", "ets", "arima", "ets(A,N,N)",
                            "ets(A,Ad,M)", "arima(1,1,1)", "arima(0,1,1)(0,1,1)",
                            "arima(1,0,0)+mean", "arima(0,1,1)+drift", "arima(2,0,1)(1,0,1)+mean"})
      QCOMPARE(modelKey(spec(key)), std::string(key));
  }

  void readsSeriesText() {
    auto years = parseSeriesText("period,value\n2019,10\n2020,11.5\n2021,12\n", "sales");
    QVERIFY2(years.ok(), messageOf(years));
    QCOMPARE(years.value().frequency, Frequency::Annual);
    QCOMPARE(years.value().firstYear, 2019);
    QVERIFY((years.value().values == std::vector<double>{10, 11.5, 12}));

    auto quarters = parseSeriesText("2019Q3,1\n2019Q4,2\n2020Q1,3\n", "sales");
    QVERIFY2(quarters.ok(), messageOf(quarters));
    QCOMPARE(quarters.value().frequency, Frequency::Quarterly);
    QCOMPARE(quarters.value().firstYear, 2019);
    QCOMPARE(quarters.value().firstPeriod, 3);
    QCOMPARE(quarters.value().values.size(), std::size_t(3));

    // Pasted from a spreadsheet: tab-separated, with a header.
    auto months = parseSeriesText("month\tsales\n2019-11\t5\n2019-12\t6\n2020-01\t7\n", "sales");
    QVERIFY2(months.ok(), messageOf(months));
    QCOMPARE(months.value().frequency, Frequency::Monthly);
    QCOMPARE(months.value().firstPeriod, 11);
    QCOMPARE(months.value().periodLabel(2), std::string("2020-01"));

    auto passengers = parseSeriesText(airlineCsvText(), "passengers");
    QVERIFY2(passengers.ok(), messageOf(passengers));
    QCOMPARE(passengers.value().frequency, Frequency::Monthly);
    QCOMPARE(passengers.value().firstYear, 1949);
    QCOMPARE(passengers.value().firstPeriod, 1);
    QVERIFY(passengers.value().values == airlinePassengers());
  }

  void refusesBrokenSeriesText() {
    auto skipped = parseSeriesText("2019,1\n2021,2\n", "sales");
    QVERIFY(!skipped.ok());
    QVERIFY2(mentions(skipped.error().message, "2021") &&
                 mentions(skipped.error().message, "the next period is 2020"),
             skipped.error().message.c_str());
    auto notANumber = parseSeriesText("2019,1\n2020,abc\n", "sales");
    QVERIFY(!notANumber.ok());
    QVERIFY2(mentions(notANumber.error().message, "line 2"), notANumber.error().message.c_str());
    QVERIFY(!parseSeriesText("", "sales").ok());
  }

  void annualSeriesNamesMissingYears() {
    auto gap = annualSeries("revenue", YearMap{{2018, 1.0}, {2019, 2.0}, {2022, 4.0}}, 2);
    QVERIFY(!gap.ok());
    QVERIFY2(mentions(gap.error().message, "2020, 2021"), gap.error().message.c_str());
  }

  // --- Refusals -------------------------------------------------------------------------------

  void refusesRatherThanReturningNaN() {
    const double missing = std::numeric_limits<double>::quiet_NaN();
    const Series withGap = annual("orders", 2019, {5, 6, missing, 8, 9, 10, 11, 12});
    for (const char* key : {"naive", "snaive", "trend", "logtrend", "ets", "arima"}) {
      auto result = forecastWith(withGap, spec(key), stepsWith95(3));
      QVERIFY2(!result.ok(), key);
      QVERIFY2(mentions(result.error().message, "2021"), result.error().message.c_str());
    }
    auto zero =
        forecastWith(annual("orders", 2019, {5, 6, 0, 8, 9}), spec("logtrend"), stepsWith95(3));
    QVERIFY(!zero.ok());
    QVERIFY2(mentions(zero.error().message, "2021"), zero.error().message.c_str());
    auto noHorizon =
        forecastWith(annual("orders", 2019, {5, 6, 7, 8, 9}), spec("naive"), stepsWith95(0));
    QVERIFY(!noHorizon.ok());
    QVERIFY2(mentions(noHorizon.error().message, "horizon"), noHorizon.error().message.c_str());
  }

  // --- Backtest -------------------------------------------------------------------------------

  void backtestRefusesTooManyOrigins() {
    // 6 origins leave under three values of 8 to fit to.
    auto result =
        backtest(annual("orders", 2018, {1, 2, 3, 4, 5, 6, 7, 8}), {spec("naive")}, {6, 1, {}});
    QVERIFY(!result.ok());
    QVERIFY2(mentions(result.error().message, "at least 9 values"), result.error().message.c_str());
  }

  void backtestRanksByMaseAndListsFailuresLast() {
    // The seasonal ARIMA needs 1 + 4 + 2 + 3 = 10 values; the first origin leaves 8 (2019Q1 to
    // 2020Q4), so it cannot be backtested and says from where.
    auto result = backtest(
        quarterly("sales", 2019, kQuarters),
        {spec("arima(0,1,1)(0,1,1)"), spec("naive"), spec("trend"), spec("snaive")}, {4, 2, {}});
    QVERIFY2(result.ok(), messageOf(result));
    const std::vector<ModelBacktest>& models = result.value().models;
    QCOMPARE(models.size(), std::size_t(4));
    QCOMPARE(models.back().key, std::string("arima(0,1,1)(0,1,1)"));
    QVERIFY2(mentions(models.back().failure, "from 2020Q4"), models.back().failure.c_str());
    for (std::size_t i = 0; i + 1 < models.size(); ++i) {
      QVERIFY2(models[i].failure.empty(), models[i].failure.c_str());
      QVERIFY(models[i].allSteps.mase);
    }
    for (std::size_t i = 0; i + 2 < models.size(); ++i)
      QVERIFY(*models[i].allSteps.mase <= *models[i + 1].allSteps.mase);
  }

  // --- Forecasts on a scenario ----------------------------------------------------------------

  void scenarioLinesNameTheDriversTheyInform() {
    const ScenarioDocument doc = northwind();
    const std::vector<ScenarioLine> lines = scenarioLines(doc);
    auto line = [&lines](const std::string& key) -> const ScenarioLine* {
      for (const ScenarioLine& l : lines)
        if (l.key == key) return &l;
      return nullptr;
    };
    QVERIFY(line("revenue") && !line("revenue")->ratio);
    QCOMPARE(line("revenue")->driver, std::string("revenue_growth"));
    QVERIFY(line("ebit_margin") && line("ebit_margin")->ratio);
    QCOMPARE(line("ebit_margin")->driver, std::string("ebit_margin"));
    QVERIFY(line("ebitda") && line("ebitda")->driver.empty());

    auto series = scenarioSeries(doc, "revenue");
    QVERIFY2(series.ok(), messageOf(series));
    QCOMPARE(series.value().firstYear, 2016);
    QCOMPARE(series.value().values.size(), std::size_t(10));
    QCOMPARE(series.value().values.back(), 2450.0);
  }

  void revenueTrendBecomesGrowthDrivers() {
    const ScenarioDocument doc = northwindWithConstantGrowth();
    const Series revenue = scenarioSeries(doc, "revenue").value();
    auto forecast = forecastWith(revenue, spec("trend"), stepsWith95(10));
    QVERIFY2(forecast.ok(), messageOf(forecast));
    auto result = driversFromForecast(doc, "revenue", revenue, forecast.value(), std::nullopt);
    QVERIFY2(result.ok(), messageOf(result));
    const DriversFromForecast& drivers = result.value();
    QCOMPARE(drivers.driver, std::string("revenue_growth"));

    // F_t on the OLS line through 2016..2025 (t = 1..10, northwindtrend.h). Growth
    // g_y = F_y / F_{y−1} − 1, the first year's F_{y−1} the 2025 actual.
    QCOMPARE(revenue.values, kNorthwindRevenue);
    QCOMPARE(drivers.values.size(), std::size_t(10));
    double previous = 2450;
    for (Year year = 2026; year <= 2035; ++year) {
      const double f = northwindTrendAt(year - 2015);
      QVERIFY(drivers.values.count(year));
      verifyWithin(drivers.values.at(year), f / previous - 1, 1e-12,
                   "growth " + std::to_string(year));
      previous = f;
    }
    QVERIFY2(
        mentions(drivers.source, "Linear trend") && mentions(drivers.source, "revenue 2016–2025"),
        drivers.source.c_str());
    QVERIFY(!drivers.ops.empty());

    const ScenarioDocument after = applied(doc, drivers);
    const Entity& block = dcfBlock(after);
    QVERIFY(block.text("revenue_growth.mode"));
    QCOMPARE(*block.text("revenue_growth.mode"), std::string("per_year"));
    QVERIFY(block.years("revenue_growth.values"));
    QVERIFY(*block.years("revenue_growth.values") == drivers.values);
    QVERIFY(!block.field("revenue_growth.value"));  // the old constant is gone
    QVERIFY(block.text("revenue_growth.source"));
    QCOMPARE(*block.text("revenue_growth.source"), drivers.source);
  }

  void horizonReachesTheProjectionsLastYear() {
    // Actuals to 2025, base year 2025 and 10 projection years: 2026–2035 is 10 periods on.
    const ScenarioDocument doc = northwind();
    const Series revenue = scenarioSeries(doc, "revenue").value();
    QCOMPARE(horizonToProjectionEnd(doc, revenue), std::optional<int>(10));
    Series longer = revenue;
    longer.values.resize(longer.values.size() + 10, 1.0);  // actuals to 2035: nothing to reach
    QCOMPARE(horizonToProjectionEnd(doc, longer), std::optional<int>());
  }

  void constantSeriesIsRefusedByArimaAndForecastByEts() {
    const Series flat = annual("shares", 2016, std::vector<double>(10, 120.0));
    for (const char* model : {"ets", "ets(A,A,N)"}) {
      auto result = forecastWith(flat, spec(model), stepsWith95(3));
      QVERIFY2(result.ok(), messageOf(result));
      QCOMPARE(result.value().steps[2].point, 120.0);
      QCOMPARE(result.value().steps[2].intervals[0].lower, 120.0);
      QVERIFY(!result.value().fit.logLikelihood);
    }
    for (const char* model : {"arima", "arima(1,0,0)+mean"}) {
      auto result = forecastWith(flat, spec(model), stepsWith95(3));
      QVERIFY2(!result.ok(), model);
      QCOMPARE(result.error().code, std::string("forecast.constant"));
      QVERIFY2(mentions(result.error().message, "shares"), result.error().message.c_str());
    }
    // The naive forecast of a constant is that constant, with no spread.
    auto naive = forecastWith(flat, spec("naive"), stepsWith95(3));
    QVERIFY2(naive.ok(), messageOf(naive));
    QCOMPARE(naive.value().steps[2].point, 120.0);
    QCOMPARE(naive.value().steps[2].intervals[0].upper, 120.0);
  }

  void aStopRequestCancelsTheFitAndTheBacktest() {
    std::stop_source source;
    source.request_stop();
    ForecastOptions options = stepsWith95(3);
    options.stop = source.get_token();
    auto fit = forecastWith(airline(), spec("ets(A,A,M)"), options);
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, std::string("forecast.cancelled"));
    BacktestOptions backtestOptions{4, 1, source.get_token()};
    auto tested = backtest(airline(), {spec("arima")}, backtestOptions);
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().code, std::string("forecast.cancelled"));
  }

  void driversRefuseAShortHorizonAndALineWithoutADriver() {
    const ScenarioDocument doc = northwind();
    const Series revenue = scenarioSeries(doc, "revenue").value();
    auto fiveYears = forecastWith(revenue, spec("trend"), stepsWith95(5));
    QVERIFY2(fiveYears.ok(), messageOf(fiveYears));
    auto shortOfTheProjection =
        driversFromForecast(doc, "revenue", revenue, fiveYears.value(), std::nullopt);
    QVERIFY(!shortOfTheProjection.ok());
    QVERIFY2(mentions(shortOfTheProjection.error().message, "10 years"),
             shortOfTheProjection.error().message.c_str());

    const Series ebitda = scenarioSeries(doc, "ebitda").value();
    auto ebitdaForecast = forecastWith(ebitda, spec("trend"), stepsWith95(10));
    QVERIFY2(ebitdaForecast.ok(), messageOf(ebitdaForecast));
    auto noDriver =
        driversFromForecast(doc, "ebitda", ebitda, ebitdaForecast.value(), std::nullopt);
    QVERIFY(!noDriver.ok());
    QVERIFY2(mentions(noDriver.error().message, "ebitda"), noDriver.error().message.c_str());
  }

  void medianPathOfASymmetricForecastIsItsPointPath() {
    // A linear trend's steps are Student t, symmetric about the point: the 50th percentile path
    // gives the same growth as the point path.
    const ScenarioDocument doc = northwind();
    const Series revenue = scenarioSeries(doc, "revenue").value();
    auto forecast = forecastWith(revenue, spec("trend"), stepsWith95(10));
    QVERIFY2(forecast.ok(), messageOf(forecast));
    auto point = driversFromForecast(doc, "revenue", revenue, forecast.value(), std::nullopt);
    auto median = driversFromForecast(doc, "revenue", revenue, forecast.value(), 0.5);
    QVERIFY2(point.ok(), messageOf(point));
    QVERIFY2(median.ok(), messageOf(median));
    QCOMPARE(median.value().values.size(), point.value().values.size());
    for (const auto& [year, growth] : point.value().values)
      verifyWithin(median.value().values.at(year), growth, 1e-12, "growth " + std::to_string(year));
  }
};

QTEST_APPLESS_MAIN(TestForecast)
#include "test_forecast.moc"
