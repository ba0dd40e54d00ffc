// Scenario comparison: inputs and outputs side by side, and the value bridge. Bridge values are
// checked against the hand formula of the one-year DCF, and on the samples against the kind's
// own valuation of A and B: the steps must add up to v(B) − v(A).
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/compare/bridge.h"
#include "core/compare/bridgehistory.h"
#include "core/compare/inputdiff.h"
#include "core/compare/outputdiff.h"
#include "core/compare/scenarioref.h"
#include "core/jobs/threadpool.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
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

std::string exitCase(double multiple, double wacc) {
  std::string json = oneYearScenario(R"({"method": "exit_multiple", "metric": "ev_ebitda",
                                         "multiple": )" +
                                     std::to_string(multiple) + "}");
  return editedJson(json, "/dcf/discount_rate/wacc=" + std::to_string(wacc));
}

double valueOf(const ScenarioDocument& doc, const std::string& output) {
  const Evaluation e = evaluateScenario(doc);
  const NamedOutput* out = e.output(output);
  if (!e.valued || !out || !out->value) qFatal("%s not valued", output.c_str());
  return *out->value;
}

const BridgeStep* stepOf(const ValueBridge& bridge, const std::string& group) {
  for (const BridgeStep& s : bridge.steps)
    if (s.group == group) return &s;
  return nullptr;
}

double sumOfSteps(const ValueBridge& bridge) {
  double sum = 0;
  for (const BridgeStep& s : bridge.steps) sum += s.change;
  return sum;
}

// The steps add up to v(B) − v(A), and from/to are the kind's own values of A and B.
void checkAddsUp(const ScenarioDocument& a, const ScenarioDocument& b, const ValueBridge& bridge) {
  QCOMPARE(bridge.from, valueOf(a, bridge.output));
  QCOMPARE(bridge.to, valueOf(b, bridge.output));
  const double total = bridge.to - bridge.from;
  QVERIFY2(std::abs(sumOfSteps(bridge) - total) <= 1e-9 * std::max(1.0, std::abs(total)),
           qPrintable(QStringLiteral("steps %1, total %2")
                          .arg(sumOfSteps(bridge), 0, 'g', 17)
                          .arg(total, 0, 'g', 17)));
}

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT

 private slots:
  void aFieldAtItsDefaultIsNoDifference() {
    // "conventions.terminal_timing" defaults to "consistent": leaving it out or writing it out
    // is the same scenario.
    const std::string json = exitCase(10, 0.10);
    const auto a = documentOf(json);
    const auto b = documentOf(editedJson(json, R"(/dcf/conventions/terminal_timing="consistent")"));
    for (const InputRow& row : compareInputs({&a, &b})) QVERIFY2(!row.changed, row.path.c_str());
  }

  void perYearValuesAndListMembersCompareOneByOne() {
    const std::string text = sampleText("northwind.valor.json");
    const auto a = documentOf(text);
    const auto b = documentOf(editedJson(
        text, "/dcf/revenue_growth/values/2027=0.09;/dcf/equity_bridge/options/2=delete"));
    std::vector<std::string> changed;
    for (const InputRow& row : compareInputs({&a, &b}))
      if (row.changed) changed.push_back(row.path);
    const std::vector<std::string> expected = {
        "dcf.revenue_growth.values.2027", "dcf.equity_bridge.options[2].label",
        "dcf.equity_bridge.options[2].count", "dcf.equity_bridge.options[2].strike"};
    QCOMPARE(changed, expected);
    const auto rows = compareInputs({&a, &b});
    const auto strike = std::find_if(rows.begin(), rows.end(), [](const InputRow& r) {
      return r.path == "dcf.equity_bridge.options[2].strike";
    });
    QCOMPARE(std::get<double>(*strike->values[0]), 45.0);
    QVERIFY(!strike->values[1]);
  }

  void threeScenariosKeepFileOrder() {
    const std::string json = exitCase(10, 0.10);
    const auto a = documentOf(json);
    const auto b = documentOf(editedJson(json, "/dcf/equity_bridge/preferred=5"));
    const auto c = documentOf(editedJson(json, "/dcf/discount_rate/wacc=0.11"));
    const auto rows = compareInputs({&a, &b, &c});
    std::vector<std::string> changed;
    for (const InputRow& row : rows)
      if (row.changed) changed.push_back(row.path);
    // preferred defaults to 0, so A and C have it too: one row, in the block's order.
    const std::vector<std::string> expected = {"dcf.discount_rate.wacc",
                                               "dcf.equity_bridge.preferred"};
    QCOMPARE(changed, expected);
  }

  void outputsOfDifferentKindsShareValueFirst() {
    const auto dcf = documentOf(sampleText("northwind.valor.json"));
    const auto lbo = documentOf(sampleText("valueco.valor.json"));
    const Evaluation a = evaluateScenario(dcf);
    const Evaluation b = evaluateScenario(lbo);
    const auto rows = compareOutputs({&a, &b});
    QVERIFY(!rows.empty());
    std::size_t shared = 0;
    while (shared < rows.size() && rows[shared].shared) ++shared;
    for (std::size_t i = shared; i < rows.size(); ++i) QVERIFY(!rows[i].shared);
    for (std::size_t i = 0; i < shared; ++i) {
      QVERIFY(a.output(rows[i].key) && b.output(rows[i].key));
      const double va = *a.output(rows[i].key)->value, vb = *b.output(rows[i].key)->value;
      QCOMPARE(*rows[i].change(1), vb - va);
      if (va != 0) QCOMPARE(*rows[i].relativeChange(1), (vb - va) / std::abs(va));
    }
    QVERIFY(std::any_of(rows.begin(), rows.end(),
                        [](const OutputRow& r) { return r.key == "value_per_share"; }));
  }

  void shapleyOfTwoGroupsByHand() {
    // A: multiple 10, WACC 10 %; B: multiple 8, WACC 12 %.
    const auto a = documentOf(exitCase(10, 0.10));
    const auto b = documentOf(exitCase(8, 0.12));
    const double none = handValue(10, 0.10), tv = handValue(8, 0.10), dr = handValue(10, 0.12),
                 both = handValue(8, 0.12);
    // φ_TV = ½[(v(TV) − v(∅)) + (v(TV,DR) − v(DR))], φ_DR likewise.
    const double shapleyTv = 0.5 * ((tv - none) + (both - dr));
    const double shapleyDr = 0.5 * ((dr - none) + (both - tv));
    BridgeOptions options;
    options.method = BridgeMethod::Shapley;
    auto bridge = valueBridge(a, b, options);
    QVERIFY2(bridge, errorText(bridge).c_str());
    QCOMPARE(bridge.value().output, std::string("value_per_share"));
    QCOMPARE(bridge.value().steps.size(), std::size_t{2});
    QVERIFY(std::abs(stepOf(bridge.value(), "terminal_value")->change - shapleyTv) < 1e-12);
    QVERIFY(std::abs(stepOf(bridge.value(), "discount_rate")->change - shapleyDr) < 1e-12);
    QVERIFY(bridge.value().exact);
    QCOMPARE(bridge.value().evaluations, std::size_t{4});
    checkAddsUp(a, b, bridge.value());
  }

  void sequentialFollowsTheStatedOrder() {
    const auto a = documentOf(exitCase(10, 0.10));
    const auto b = documentOf(exitCase(8, 0.12));
    // The kind's order puts the discount rate before the terminal value.
    auto byKind = valueBridge(a, b, {});
    QVERIFY2(byKind, errorText(byKind).c_str());
    QCOMPARE(byKind.value().steps[0].group, std::string("discount_rate"));
    QVERIFY(std::abs(byKind.value().steps[0].change - (handValue(10, 0.12) - handValue(10, 0.10))) <
            1e-12);
    QVERIFY(std::abs(byKind.value().steps[1].change - (handValue(8, 0.12) - handValue(10, 0.12))) <
            1e-12);
    BridgeOptions reordered;
    reordered.order = {"terminal_value"};
    auto byUser = valueBridge(a, b, reordered);
    QVERIFY2(byUser, errorText(byUser).c_str());
    QCOMPARE(byUser.value().steps[0].group, std::string("terminal_value"));
    QVERIFY(std::abs(byUser.value().steps[0].change - (handValue(8, 0.10) - handValue(10, 0.10))) <
            1e-12);
    checkAddsUp(a, b, byUser.value());
    reordered.order = {"terminal_value", "terminal_value"};
    auto twice = valueBridge(a, b, reordered);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, std::string("compare.bad_order"));
  }

  void sampledShapleyAddsUpAndStatesItsError() {
    const auto a = documentOf(exitCase(10, 0.10));
    const auto b = documentOf(exitCase(8, 0.12));
    BridgeOptions options;
    options.method = BridgeMethod::Shapley;
    options.maxExactGroups = 1;
    options.sampledOrders = 400;
    auto bridge = valueBridge(a, b, options);
    QVERIFY2(bridge, errorText(bridge).c_str());
    QVERIFY(!bridge.value().exact);
    QCOMPARE(bridge.value().sampledOrders, std::size_t{400});
    checkAddsUp(a, b, bridge.value());
    // Two groups: each order is one of two, so the estimate lies within a few standard errors
    // of the exact value, and the error is stated.
    const double exactTv = 0.5 * ((handValue(8, 0.10) - handValue(10, 0.10)) +
                                  (handValue(8, 0.12) - handValue(10, 0.12)));
    const BridgeStep* tv = stepOf(bridge.value(), "terminal_value");
    QVERIFY(tv->standardError > 0);
    QVERIFY(std::abs(tv->change - exactTv) <= 5 * tv->standardError);
  }

  void samplesOfEveryKindAddUp_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("edits");
    QTest::addColumn<int>("groups");
    QTest::newRow("dcf") << QStringLiteral("northwind.valor.json")
                         << QStringLiteral(
                                "/dcf/discount_rate/beta=1.0;/dcf/terminal_value/growth=0.02;"
                                "/dcf/ebit_margin/stage3=0.15;/dcf/equity_bridge/options/0=delete;"
                                "/dcf/revenue_growth/values/2026=0.05;/dcf/tax_rate/value=0.26;"
                                "/dcf/conventions/discounting=\"end_of_year\";"
                                "/dcf/capex_pct_revenue/value=0.05;/name=\"Downside\"")
                         << 8;
    QTest::newRow("lbo") << QStringLiteral("valueco.valor.json")
                         << QStringLiteral(
                                "/lbo/exit/multiple=6.5;/lbo/tranches/1/spread=0.05;"
                                "/lbo/ebitda_margin/value=0.2;/lbo/entry/price=800")
                         << 4;
    QTest::newRow("ma") << QStringLiteral("pioneer.valor.json")
                        << QStringLiteral(
                               "/ma/synergies/cost=1500;/ma/offer/exchange_ratio=2.2;"
                               "/ma/ppa/ppe_write_up=40000;/ma/target/shares=240")
                        << 4;
  }
  void samplesOfEveryKindAddUp() {
    QFETCH(QString, sample);
    QFETCH(QString, edits);
    QFETCH(int, groups);
    const std::string text = sampleText(sample.toUtf8().constData());
    const auto a = documentOf(text);
    const auto b = documentOf(editedJson(text, edits.toStdString()));
    for (BridgeMethod method : {BridgeMethod::Sequential, BridgeMethod::Shapley}) {
      BridgeOptions options;
      options.method = method;
      auto bridge = valueBridge(a, b, options);
      QVERIFY2(bridge, errorText(bridge).c_str());
      QCOMPARE(int(bridge.value().steps.size()), groups);
      checkAddsUp(a, b, bridge.value());
      for (const BridgeStep& step : bridge.value().steps) QVERIFY(!step.fields.empty());
      // On a pool the states are valued in parallel: the same values, bit for bit.
      jobs::ThreadPool pool(2);
      options.pool = &pool;
      auto parallel = valueBridge(a, b, options);
      QVERIFY2(parallel, errorText(parallel).c_str());
      for (std::size_t i = 0; i < bridge.value().steps.size(); ++i)
        QCOMPARE(valor::testing::bits(parallel.value().steps[i].change),
                 valor::testing::bits(bridge.value().steps[i].change));
    }
  }

  void anyNamedOutputCanBeBridged() {
    const std::string text = sampleText("northwind.valor.json");
    const auto a = documentOf(text);
    const auto b = documentOf(editedJson(text, "/dcf/terminal_value/growth=0.02"));
    BridgeOptions options;
    options.output = "enterprise_value";
    auto bridge = valueBridge(a, b, options);
    QVERIFY2(bridge, errorText(bridge).c_str());
    QCOMPARE(bridge.value().unit, std::string("money"));
    checkAddsUp(a, b, bridge.value());
    options.output = "irr";
    auto unknown = valueBridge(a, b, options);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, std::string("compare.unknown_output"));
    QVERIFY(unknown.error().message.find("value_per_share") != std::string::npos);
  }

  void pairsABridgeCannotExplainAreRefused() {
    const auto dcf = documentOf(sampleText("northwind.valor.json"));
    const auto lbo = documentOf(sampleText("valueco.valor.json"));
    auto kinds = valueBridge(dcf, lbo, {});
    QVERIFY(!kinds);
    QCOMPARE(kinds.error().code, std::string("compare.kinds_differ"));

    const std::string text = sampleText("northwind.valor.json");
    auto units = valueBridge(dcf, documentOf(editedJson(text, R"(/unit="thousands")")), {});
    QVERIFY(!units);
    QCOMPARE(units.error().code, std::string("compare.units_differ"));
    // Left out, the currency is the default USD: the same as writing it.
    auto implicit = valueBridge(dcf, documentOf(editedJson(text, "/currency=delete")), {});
    QVERIFY2(implicit, errorText(implicit).c_str());
  }

  void aStateThatCannotBeValuedIsNamed() {
    // B's terminal growth (9 %) is valid only with B's WACC (12 %): A's WACC of 8 % with B's
    // terminal value breaks g < WACC.
    const std::string base = oneYearScenario(R"({"method": "gordon", "growth": 0.02})");
    const auto a = documentOf(editedJson(base, "/dcf/discount_rate/wacc=0.08"));
    const auto b = documentOf(
        editedJson(base, "/dcf/discount_rate/wacc=0.12;/dcf/terminal_value/growth=0.09"));
    BridgeOptions options;
    options.order = {"terminal_value"};
    auto bridge = valueBridge(a, b, options);
    QVERIFY(!bridge);
    QCOMPARE(bridge.error().code, std::string("compare.state_not_valued"));
    QVERIFY2(bridge.error().message.find("with B's Terminal value") != std::string::npos,
             bridge.error().message.c_str());
    // The other order never passes through that state.
    options.order = {"discount_rate"};
    auto other = valueBridge(a, b, options);
    QVERIFY2(other, errorText(other).c_str());
    checkAddsUp(a, b, other.value());
  }

  void aBridgeBetweenRevisionsNamesItsAuthors() {
    QTemporaryDir dir;
    std::int64_t now = 1'700'000'000'000;
    WorkspaceOptions wo;
    wo.clock = [&now] { return now += 1000; };
    wo.newId = seededIdGenerator(5);
    wo.backupIntervalMs = 0;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("w.valor")).toStdString(), wo);
    QVERIFY2(ws, errorText(ws).c_str());
    const std::string text = sampleText("northwind.valor.json");
    const auto start = documentOf(text);
    QVERIFY(ws.value()->addScenarios({start}, "ana", "Create").ok());
    const Id id = start.root().id;

    IdGenerator mutationIds = seededIdGenerator(9);
    auto edit = [&](const std::string& author, const std::string& label, const std::string& e) {
      auto current = ws.value()->loadScenario(id);
      QVERIFY(current.ok());
      const auto edited =
          documentOf(editedJson(scenarioToJson(current.value().document).dump(), e));
      Mutation m{mutationIds(),
                 author,
                 now,
                 current.value().revision,
                 label,
                 {},
                 diffDocuments(current.value().document, edited)};
      QVERIFY2(ws.value()->commit(id, m).ok(), label.c_str());
    };
    edit("ben", "Raise beta", "/dcf/discount_rate/beta=1.1");
    edit("cleo", "Lower terminal growth", "/dcf/terminal_value/growth=0.02");
    edit("ben", "Beta again", "/dcf/discount_rate/beta=1.05");

    auto from = scenarioStateOf(*ws.value(), "Northwind Instruments — base case@1");
    auto to = scenarioStateOf(*ws.value(), id.toString());
    QVERIFY2(from && to, (errorText(from) + errorText(to)).c_str());
    QCOMPARE(to.value().revision, std::int64_t{4});
    auto bridge = valueBridge(from.value().document, to.value().document, {});
    QVERIFY2(bridge, errorText(bridge).c_str());
    QVERIFY(attributeHistory(*ws.value(), id, 1, 4, bridge.value()).ok());
    const BridgeStep* rate = stepOf(bridge.value(), "discount_rate");
    const BridgeStep* terminal = stepOf(bridge.value(), "terminal_value");
    QVERIFY(rate && terminal);
    QCOMPARE(rate->history.size(), std::size_t{2});
    QCOMPARE(rate->history[0].revision, std::int64_t{2});
    QCOMPARE(rate->history[0].author, std::string("ben"));
    QCOMPARE(rate->history[1].label, std::string("Beta again"));
    QCOMPARE(terminal->history.size(), std::size_t{1});
    QCOMPARE(terminal->history[0].author, std::string("cleo"));
    QCOMPARE(terminal->history[0].revision, std::int64_t{3});

    auto missing = scenarioStateOf(*ws.value(), id.toString() + "@v7");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, std::string("compare.no_such_version"));
    auto beyond = scenarioStateOf(*ws.value(), id.toString() + "@9");
    QVERIFY(!beyond);
  }
};

QTEST_APPLESS_MAIN(TestCompare)
#include "test_compare.moc"
