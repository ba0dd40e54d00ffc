// From scenario documents to DCF inputs: the rules of the DCF binding and its issues.
// Expected numbers are worked by hand in the comments.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "core/model/scenariojson.h"
#include "core/models/dcf/dcfbinding.h"
#include "tests/support/checks.h"

using namespace valor;
using valor::testing::describe;
using valor::testing::findIssue;
using Json = nlohmann::ordered_json;

namespace {

// The hand case of test_dcf as a scenario: EV 236.25, equity 200, 20 per share.
Json handScenario() {
  return Json::parse(R"({
    "schema": "valor.scenario/1", "name": "Hand case", "model": "dcf",
    "dcf": {
      "base_year": 2025, "years": 3,
      "base": {"revenue": 100, "nwc": 0},
      "revenue_growth": {"mode": "constant", "value": 0.10},
      "ebit_margin": {"mode": "constant", "value": 0.20},
      "tax_rate": {"mode": "constant", "value": 0.25},
      "da_pct_revenue": {"mode": "constant", "value": 0.05},
      "capex_pct_revenue": {"mode": "constant", "value": 0.05},
      "nwc_pct_revenue": {"mode": "constant", "value": 0.0},
      "discount_rate": {"method": "direct", "wacc": 0.10},
      "terminal_value": {"method": "gordon", "growth": 0.02},
      "equity_bridge": {"cash": 20, "debt": 50, "minority_interest": 6.25, "basic_shares": 10}
    }})");
}

ScenarioDocument documentOf(const Json& json) {
  auto parse = parseScenario(json, seededIdGenerator(1));
  if (!parse.ok()) qFatal("test scenario does not parse: %s", parse.error().message.c_str());
  return parse.value();
}

}  // namespace

class TestDcfBinding : public QObject {
  Q_OBJECT

 private slots:
  void handScenarioValues() {
    const DcfEvaluation e = evaluateDcfScenario(documentOf(handScenario()));
    QVERIFY2(e.result, describe(e.issues).c_str());
    QCOMPARE_LE(std::abs(e.result->enterpriseValue - 236.25), 1e-9);
    QCOMPARE_LE(std::abs(e.result->valuePerShare - 20.0), 1e-12);
    QCOMPARE(e.binding.inputs->stubFraction, 1.0);  // no valuation date: no stub
  }

  void rejectedInputs_data() {
    QTest::addColumn<QString>("pointer");  // JSON pointer of the field to set
    QTest::addColumn<QString>("value");    // its new value, as JSON
    QTest::addColumn<QString>("path");     // the issue's expected path
    QTest::addColumn<QString>("rule");
    QTest::newRow("g equal to WACC") << "/dcf/terminal_value/growth"
                                     << "0.10"
                                     << "dcf.terminal_value.growth"
                                     << "growth_not_below_wacc";
    QTest::newRow("g above WACC") << "/dcf/terminal_value/growth"
                                  << "0.15"
                                  << "dcf.terminal_value.growth"
                                  << "growth_not_below_wacc";
    QTest::newRow("negative shares") << "/dcf/equity_bridge/basic_shares"
                                     << "-5"
                                     << "dcf.equity_bridge.basic_shares"
                                     << "out_of_range";
    QTest::newRow("zero shares") << "/dcf/equity_bridge/basic_shares"
                                 << "0"
                                 << "dcf.equity_bridge.basic_shares"
                                 << "out_of_range";
    QTest::newRow("31 years") << "/dcf/years"
                              << "31"
                              << "dcf.years"
                              << "out_of_range";
    QTest::newRow("0 years") << "/dcf/years"
                             << "0"
                             << "dcf.years"
                             << "out_of_range";
    QTest::newRow("fractional years") << "/dcf/years"
                                      << "2.5"
                                      << "dcf.years"
                                      << "not_whole";
    QTest::newRow("absurd revenue") << "/dcf/base/revenue"
                                    << "1e20"
                                    << "dcf.base.revenue"
                                    << "out_of_range";
    QTest::newRow("tax rate 100 %") << "/dcf/tax_rate/value"
                                    << "1.0"
                                    << "dcf.tax_rate.value"
                                    << "out_of_range";
    QTest::newRow("margin above 100 %") << "/dcf/ebit_margin/value"
                                        << "1.5"
                                        << "dcf.ebit_margin.value"
                                        << "out_of_range";
    QTest::newRow("unknown mode") << "/dcf/ebit_margin/mode"
                                  << "\"fixed\""
                                  << "dcf.ebit_margin.mode"
                                  << "not_a_choice";
    QTest::newRow("missing WACC") << "/dcf/discount_rate/wacc"
                                  << "null"
                                  << "dcf.discount_rate.wacc"
                                  << "required";
    QTest::newRow("zero WACC") << "/dcf/discount_rate/wacc"
                               << "0"
                               << "dcf.discount_rate.wacc"
                               << "out_of_range";
    QTest::newRow("bad date") << "/dcf/valuation_date"
                              << "\"2026-02-30\""
                              << "dcf.valuation_date"
                              << "bad_date";
    QTest::newRow("date before base year end") << "/dcf/valuation_date"
                                               << "\"2025-06-30\""
                                               << "dcf.valuation_date"
                                               << "valuation_date_outside_first_year";
    QTest::newRow("date at first year end") << "/dcf/valuation_date"
                                            << "\"2026-12-31\""
                                            << "dcf.valuation_date"
                                            << "valuation_date_outside_first_year";
    QTest::newRow("negative strike") << "/dcf/equity_bridge/options"
                                     << "[{\"count\": 1, \"strike\": -3}]"
                                     << "dcf.equity_bridge.options[0].strike"
                                     << "out_of_range";
    QTest::newRow("missing name") << "/name"
                                  << "null"
                                  << "name"
                                  << "required";
  }
  void rejectedInputs() {
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    Json json = handScenario();
    json[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    QVERIFY(!e.result);
    const Issue* issue = findIssue(e.issues, path.toStdString(), rule.toStdString());
    QVERIFY2(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Error);
    QVERIFY(!issue->message.empty());
  }

  void growthMessageNamesBothRates() {
    Json json = handScenario();
    json["dcf"]["terminal_value"]["growth"] = 0.12;
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    const Issue* issue = findIssue(e.issues, "dcf.terminal_value.growth", "growth_not_below_wacc");
    QVERIFY(issue);
    QVERIFY2(issue->message.find("12 %") != std::string::npos &&
                 issue->message.find("10 %") != std::string::npos,
             issue->message.c_str());
  }

  void everyMissingYearIsReported() {
    Json json = handScenario();
    json["dcf"]["ebit_margin"] = {{"mode", "per_year"}, {"values", {{"2026", 0.2}, {"2030", 0.2}}}};
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    QVERIFY(!e.result);
    QVERIFY(findIssue(e.issues, "dcf.ebit_margin.values.2027", "missing_year"));
    QVERIFY(findIssue(e.issues, "dcf.ebit_margin.values.2028", "missing_year"));
    // 2030 lies outside 2026–2028: a warning, not an error.
    const Issue* outside =
        findIssue(e.issues, "dcf.ebit_margin.values.2030", "year_outside_projection");
    QVERIFY(outside);
    QCOMPARE(outside->severity, Severity::Warning);
  }

  void stagedDrivers_data() {
    QTest::addColumn<QString>("fade");
    QTest::addColumn<QVector<double>>("expected");
    // 8 years: stage 1 = 12 % for 2 years, stage 2 for 3 years, stage 3 = 4 %.
    // linear: stage 2 steps (4 − 12)/4 = −2 points a year: 10, 8, 6.
    QTest::newRow("linear") << "linear"
                            << QVector<double>{0.12, 0.12, 0.10, 0.08, 0.06, 0.04, 0.04, 0.04};
    // step: stage 2 holds its own 7 %.
    QTest::newRow("step") << "step"
                          << QVector<double>{0.12, 0.12, 0.07, 0.07, 0.07, 0.04, 0.04, 0.04};
  }
  void stagedDrivers() {
    QFETCH(QString, fade);
    QFETCH(QVector<double>, expected);
    Json json = handScenario();
    json["dcf"]["years"] = 8;
    json["dcf"]["revenue_growth"] = {{"mode", "staged"}, {"stage1_years", 2},
                                     {"stage1", 0.12},   {"stage2_years", 3},
                                     {"stage3", 0.04},   {"fade", fade.toStdString()}};
    if (fade == QLatin1String("step")) json["dcf"]["revenue_growth"]["stage2"] = 0.07;
    const DcfBinding b = bindDcf(documentOf(json));
    QVERIFY2(b.inputs, describe(b.issues).c_str());
    for (int t = 0; t < 8; ++t)
      QCOMPARE_LE(std::abs(b.inputs->revenueGrowth[t] - expected[t]), 1e-15);
  }

  void stepFadeNeedsStage2() {
    Json json = handScenario();
    json["dcf"]["revenue_growth"] = {{"mode", "staged"},  {"stage1_years", 1}, {"stage1", 0.1},
                                     {"stage2_years", 1}, {"stage3", 0.03},    {"fade", "step"}};
    const DcfBinding b = bindDcf(documentOf(json));
    QVERIFY(findIssue(b.issues, "dcf.revenue_growth.stage2", "required"));
  }

  void stubFromValuationDate() {
    Json json = handScenario();
    json["dcf"]["valuation_date"] = "2026-07-02";
    const DcfBinding b = bindDcf(documentOf(json));
    QVERIFY(b.inputs);
    // 2026-07-02 → 2026-12-31 is 182 days of the 365 in 2026.
    QCOMPARE(b.inputs->stubFraction, 182.0 / 365.0);
    json["dcf"]["fiscal_year_end"] = "06-30";
    json["dcf"]["valuation_date"] = "2025-12-31";
    // Fiscal 2026 runs 2025-07-01 … 2026-06-30 (365 days); 181 days remain after 2025-12-31.
    const DcfBinding b2 = bindDcf(documentOf(json));
    QVERIFY2(b2.inputs, describe(b2.issues).c_str());
    QCOMPARE(b2.inputs->stubFraction, 181.0 / 365.0);
  }

  void buildUpWacc() {
    Json json = handScenario();
    json["dcf"]["discount_rate"] = Json::parse(R"({"method": "build_up", "risk_free_rate": 0.04,
        "equity_risk_premium": 0.05, "country_risk_premium": 0.01, "beta_type": "unlevered",
        "beta": 0.8, "target_debt_to_equity": 0.5, "pre_tax_cost_of_debt": 0.06,
        "marginal_tax_rate": 0.25})");
    const DcfBinding b = bindDcf(documentOf(json));
    QVERIFY2(b.inputs, describe(b.issues).c_str());
    // As in test_wacc: βL 1.1, Re 10.5 %, WACC 8.5 %.
    QCOMPARE_LE(std::abs(b.inputs->wacc - 0.085), 1e-15);
    QCOMPARE(*b.inputs->riskFreeRate, 0.04);
    json["dcf"]["discount_rate"].erase("beta");
    const DcfBinding missing = bindDcf(documentOf(json));
    QVERIFY(findIssue(missing.issues, "dcf.discount_rate.beta", "required"));
  }

  void salesToCapitalWithoutDepreciationReportsEvEbit() {
    Json json = handScenario();
    json["dcf"]["reinvestment"] = "sales_to_capital";
    json["dcf"].erase("da_pct_revenue");
    json["dcf"]["sales_to_capital"] = {{"mode", "constant"}, {"value", 2.0}};
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    QVERIFY2(e.result, describe(e.issues).c_str());
    QCOMPARE(e.binding.inputs->terminalMetric, TerminalMetric::EvEbit);
    // An EV/EBITDA exit multiple needs D&A.
    json["dcf"]["terminal_value"] = {{"method", "exit_multiple"}, {"multiple", 9}};
    const DcfEvaluation exit = evaluateDcfScenario(documentOf(json));
    QVERIFY(findIssue(exit.issues, "dcf.terminal_value.metric", "ebitda_needs_depreciation"));
  }

  void resultWarningsBecomeIssues() {
    Json json = handScenario();
    json["dcf"]["discount_rate"]["risk_free_rate"] = 0.015;
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    QVERIFY(e.result);
    const Issue* growth =
        findIssue(e.issues, "dcf.terminal_value.growth", "growth_above_risk_free");
    QVERIFY(growth);
    const Issue* share = findIssue(e.issues, "dcf.terminal_value", "terminal_share_high");  // 81 %
    QVERIFY(share);
    QVERIFY(!hasErrors(e.issues));
    // Each carries its numbers as parameters (locale-free text) for the desktop's own words;
    // valor-cli's JSON keeps its shape without them.
    QCOMPARE(growth->params.at("growth"), std::string("0.02"));  // Gordon: the input growth
    QCOMPARE(growth->params.at("risk_free"), std::string("0.015"));
    QCOMPARE(std::stod(share->params.at("share")), 0.809524);  // 6 significant digits
    QVERIFY(!growth->paramsInJson && !share->paramsInJson);
  }

  void extremeButAllowedInputsStayFinite() {
    Json json = handScenario();
    json["dcf"]["years"] = 30;
    json["dcf"]["base"]["revenue"] = 1e15;
    json["dcf"]["revenue_growth"]["value"] = 10;  // × 11 a year for 30 years → ~1e46: finite
    const DcfEvaluation e = evaluateDcfScenario(documentOf(json));
    QVERIFY(e.result);
    QVERIFY(std::isfinite(e.result->enterpriseValue));
  }
};

QTEST_APPLESS_MAIN(TestDcfBinding)
#include "test_dcfbinding.moc"
