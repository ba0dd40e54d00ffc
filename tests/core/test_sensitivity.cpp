// The valuation model's fast levers against the real binding, and the sensitivity engines built
// on them. The reference for every number is the slow path: set the field in the document
// through a mutation (as an edit would), then bind and value the whole scenario with
// evaluateDcfScenario. Hand-solved cases (goal seek on a one-year DCF) are worked out in the
// comments.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/analytics/sensitivity.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/models/dcf/dcfanalytics.h"
#include "core/models/dcf/dcfbinding.h"
#include "core/models/registry.h"
#include "core/models/valuationmodel.h"
#include "core/ops/mutation.h"
#include "core/ops/patch.h"
#include "scenariofixtures.h"

using namespace valor;
using valor::testing::documentOf;
using valor::testing::oneYearScenario;

namespace {

QString samplesDir() {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR "/../../resources/samples/");
}
QString dataDir() {
  return QString::fromUtf8(VALOR_TEST_DATA_DIR "/");
}

std::string fileText(const QString& path) {
  auto text = readTextFile(path.toStdString(), 8 << 20);
  if (!text) qFatal("%s: %s", qPrintable(path), text.error().message.c_str());
  return text.value();
}

ScenarioDocument fileDocument(const QString& path) {
  return documentOf(fileText(path), 21);
}

// The one-year exit-multiple case: FCFF_1 = 110·0.2·0.75 = 16.5 (D&A = capex, no NWC),
// EBITDA_1 = 22 + 5.5 = 27.5, WACC 10 %, cash 20, debt 50, one share:
//   VPS(M) = (16.5 + 27.5·M)/1.1 − 50 + 20.
ScenarioDocument exitMultipleCase() {
  return documentOf(
      oneYearScenario(R"({"method": "exit_multiple", "multiple": 10, "metric": "ev_ebitda"})"), 21);
}

// Scenarios for the lever equivalence: the three bundled samples, plus fixtures and variants
// that reach the levers the samples do not (options in the money, a staged driver with a step
// fade, per-year values, a base NWC derived from the NWC driver, sales-to-capital).
struct NamedScenario {
  const char* name;
  ScenarioDocument doc;
};
std::vector<NamedScenario> leverScenarios() {
  std::vector<NamedScenario> out;
  for (const char* file : {"northwind.valor.json", "crescent.valor.json", "helios.valor.json"})
    out.push_back({file, fileDocument(samplesDir() + QLatin1String(file))});
  out.push_back(
      {"hand_case.valor.json", fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"))});
  out.push_back({"sample_full.valor.json",
                 fileDocument(dataDir() + QStringLiteral("sample_full.valor.json"))});
  // Northwind with no base NWC (it then follows nwc_pct_revenue × base revenue), a staged
  // growth with a step fade and a per-year tax rate.
  auto json = nlohmann::ordered_json::parse(
      fileText(samplesDir() + QStringLiteral("northwind.valor.json")), nullptr, true, true);
  json["dcf"]["base"].erase("nwc");
  json["dcf"]["revenue_growth"] = {{"mode", "staged"},  {"stage1_years", 3}, {"stage1", 0.08},
                                   {"stage2_years", 3}, {"stage2", 0.05},    {"stage3", 0.025},
                                   {"fade", "step"}};
  json["dcf"]["tax_rate"] = {{"mode", "per_year"}, {"values", nlohmann::ordered_json::object()}};
  for (int y = 2026; y <= 2035; ++y)
    json["dcf"]["tax_rate"]["values"][std::to_string(y)] = 0.22 + 0.002 * (y - 2026);
  json["dcf"]["nwc_pct_revenue"] = {{"mode", "staged"},
                                    {"stage1_years", 2},
                                    {"stage1", 0.16},
                                    {"stage2_years", 2},
                                    {"stage3", 0.18}};
  out.push_back({"northwind variant", documentOf(json.dump(), 21)});
  out.push_back({"one-year exit multiple", exitMultipleCase()});
  return out;
}

struct SlowValue {
  bool valued = false;
  OutputValues outputs{};
  QString problem;  // why not valued
};

// Sets every (path, value) in the document with one mutation and values the whole scenario.
SlowValue slowPath(const ScenarioDocument& doc,
                   const std::vector<std::pair<std::string, double>>& values) {
  SlowValue out;
  Mutation m;
  m.id = seededIdGenerator(5)();
  m.author = "test";
  m.label = "sensitivity reference";
  ScenarioDocument scratch = doc;
  for (const auto& [path, value] : values) {
    auto address = resolveFieldPath(scratch, path);
    if (!address) {
      out.problem = QString::fromStdString(path + ": " + address.error().message);
      return out;
    }
    const FieldAddress& a = address.value();
    Mutation one = m;
    one.ops = {setFieldOp(scratch, a.entity, a.field, Value(value), a.year)};
    auto applied = applyMutation(scratch, one);
    if (!applied) {
      out.problem = QString::fromStdString(applied.error().message);
      return out;
    }
    scratch = std::move(applied).value();
  }
  const DcfEvaluation e = evaluateDcfScenario(scratch);
  if (!e.result) {
    for (const Issue& i : e.issues)
      if (i.severity == Severity::Error)
        out.problem += QString::fromStdString(i.path + " [" + i.rule + "] " + i.message + "; ");
    return out;
  }
  out.valued = true;
  out.outputs = {e.result->valuePerShare, e.result->enterpriseValue, e.result->equityValue,
                 e.result->pvTerminal};
  return out;
}

bool closeRelative(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max({std::fabs(a), std::fabs(b), 1e-300});
}

std::unique_ptr<ValuationModel> modelOf(const ScenarioDocument& doc,
                                        const std::vector<std::string>& paths) {
  auto model = prepareValuationModel(doc, paths);
  if (!model) {
    qWarning("prepareValuationModel: %s [%s]", model.error().message.c_str(),
             model.error().context.c_str());
    return nullptr;
  }
  return std::move(model).value();
}

}  // namespace

class TestSensitivity : public QObject {
  Q_OBJECT

 private slots:
  // (a) Every lever against the slow path: one input moved by 5 % (or by 0.01 from 0).
  void everyLeverMatchesTheBinding() {
    int checked = 0;
    for (const NamedScenario& scenario : leverScenarios()) {
      const std::vector<std::string> paths = valuationInputPaths(scenario.doc);
      QVERIFY2(!paths.empty(), scenario.name);
      for (const std::string& path : paths) {
        const QString where = QString::fromLatin1(scenario.name) + QStringLiteral(", ") +
                              QString::fromStdString(path);
        auto model = modelOf(scenario.doc, {path});
        QVERIFY2(model, qPrintable(where));
        QCOMPARE(model->inputs().size(), std::size_t{1});
        QCOMPARE(model->inputs()[0].path, path);
        const double base = model->inputs()[0].baseValue;
        const double moved = base != 0 ? base * 1.05 : base + 0.01;
        auto evaluator = model->evaluator();
        OutputValues fast{};
        const std::vector<double> values = {moved};
        const PathOutcome outcome = evaluator->evaluate(values, fast);
        const SlowValue slow = slowPath(scenario.doc, {{path, moved}});
        const QString context =
            where + QStringLiteral(": base %1 → %2").arg(base, 0, 'g', 17).arg(moved, 0, 'g', 17);
        QVERIFY2(
            outcome.ok() == slow.valued,
            qPrintable(
                context +
                QStringLiteral(": fast %1 (%2), slow %3 (%4)")
                    .arg(outcome.ok() ? QStringLiteral("valued") : QStringLiteral("not valued"))
                    .arg(QLatin1String(
                        model->failureReasons()[static_cast<std::size_t>(outcome.failure)].c_str()))
                    .arg(slow.valued ? QStringLiteral("valued") : QStringLiteral("not valued"))
                    .arg(slow.problem)));
        if (!slow.valued) continue;
        for (std::size_t k = 0; k < DcfOutput::Count; ++k)
          QVERIFY2(closeRelative(fast[k], slow.outputs[k], 1e-12),
                   qPrintable(context + QStringLiteral(": %1 fast %2, slow %3")
                                            .arg(QLatin1String(model->outputs()[k].key.c_str()))
                                            .arg(fast[k], 0, 'g', 17)
                                            .arg(slow.outputs[k], 0, 'g', 17)));
        // The evaluator holds no state from one evaluation to the next: back at the base
        // value it gives the base outputs again, bit for bit.
        OutputValues again{};
        const std::vector<double> baseValues = {base};
        QVERIFY(evaluator->evaluate(baseValues, again).ok());
        for (std::size_t k = 0; k < DcfOutput::Count; ++k)
          QVERIFY2(again[k] == model->baseOutputs()[k], qPrintable(context));
        ++checked;
      }
    }
    QVERIFY(checked > 100);
  }

  void sampleInputLists() {
    // The paths offered are the ones the valuation uses, in file order.
    const ScenarioDocument helios =
        fileDocument(samplesDir() + QStringLiteral("helios.valor.json"));
    const std::vector<std::string> paths = valuationInputPaths(helios);
    auto has = [&](const char* p) {
      return std::find(paths.begin(), paths.end(), p) != paths.end();
    };
    // Helios: direct WACC with a risk-free rate, exit multiple, constant drivers, no options.
    // The risk-free rate only feeds a warning there, so it is not offered.
    QVERIFY(has("dcf.discount_rate.wacc"));
    QVERIFY(!has("dcf.discount_rate.risk_free_rate"));
    QVERIFY(has("dcf.terminal_value.multiple"));
    QVERIFY(has("dcf.revenue_growth.value"));
    QVERIFY(has("dcf.base.nwc"));
    QVERIFY(!has("dcf.terminal_value.growth"));
    QVERIFY(!has("dcf.discount_rate.beta"));
    QVERIFY(!has("dcf.revenue_growth.values.2026"));
    QVERIFY(!has("dcf.sales_to_capital.value"));
    QCOMPARE(paths.front(), std::string("dcf.base.revenue"));
    // Northwind: build-up WACC (no direct WACC lever), per-year growth for each of its years,
    // the stage-3 margin but not stage 2 (linear fade), and each option tranche.
    const ScenarioDocument northwind =
        fileDocument(samplesDir() + QStringLiteral("northwind.valor.json"));
    const std::vector<std::string> n = valuationInputPaths(northwind);
    auto hasN = [&](const char* p) { return std::find(n.begin(), n.end(), p) != n.end(); };
    QVERIFY(!hasN("dcf.discount_rate.wacc"));
    QVERIFY(hasN("dcf.discount_rate.beta"));
    QVERIFY(hasN("dcf.revenue_growth.values.2026"));
    QVERIFY(hasN("dcf.revenue_growth.values.2035"));
    QVERIFY(!hasN("dcf.revenue_growth.values.2036"));
    QVERIFY(hasN("dcf.ebit_margin.stage3"));
    QVERIFY(!hasN("dcf.ebit_margin.stage2"));
    QVERIFY(hasN("dcf.equity_bridge.options[2].strike"));
    QVERIFY(!hasN("dcf.equity_bridge.options[3].strike"));
  }

  // (a) A model over every input at once, at the base values, is the scenario itself.
  void allInputsAtBaseReproduceTheScenario() {
    for (const NamedScenario& scenario : leverScenarios()) {
      const std::vector<std::string> paths = valuationInputPaths(scenario.doc);
      auto model = modelOf(scenario.doc, paths);
      QVERIFY2(model, scenario.name);
      QCOMPARE(model->inputs().size(), paths.size());
      const DcfEvaluation e = evaluateDcfScenario(scenario.doc);
      QVERIFY(e.result);
      const OutputValues expected = {e.result->valuePerShare, e.result->enterpriseValue,
                                     e.result->equityValue, e.result->pvTerminal};
      QVERIFY2(model->baseOutputs() == expected, scenario.name);
      OutputValues out{};
      QVERIFY(model->evaluator()->evaluate(model->baseValues(), out).ok());
      for (std::size_t k = 0; k < DcfOutput::Count; ++k)
        QVERIFY2(out[k] == expected[k],
                 qPrintable(QStringLiteral("%1, %2: %3 vs %4")
                                .arg(QLatin1String(scenario.name))
                                .arg(QLatin1String(model->outputs()[k].key.c_str()))
                                .arg(out[k], 0, 'g', 17)
                                .arg(expected[k], 0, 'g', 17)));
    }
  }

  void severalLeversAtOnceMatchTheBinding() {
    // Every input of Northwind moved at once (alternately up and down 3 %).
    const ScenarioDocument doc =
        fileDocument(samplesDir() + QStringLiteral("northwind.valor.json"));
    const std::vector<std::string> paths = valuationInputPaths(doc);
    auto model = modelOf(doc, paths);
    QVERIFY(model);
    std::vector<double> values = model->baseValues();
    std::vector<std::pair<std::string, double>> edits;
    for (std::size_t i = 0; i < values.size(); ++i) {
      values[i] = values[i] != 0 ? values[i] * (i % 2 ? 0.97 : 1.03) : 0.005;
      edits.emplace_back(paths[i], values[i]);
    }
    OutputValues fast{};
    QVERIFY(model->evaluator()->evaluate(values, fast).ok());
    const SlowValue slow = slowPath(doc, edits);
    QVERIFY2(slow.valued, qPrintable(slow.problem));
    for (std::size_t k = 0; k < DcfOutput::Count; ++k)
      QVERIFY2(closeRelative(fast[k], slow.outputs[k], 1e-12),
               qPrintable(QStringLiteral("%1: %2 vs %3")
                              .arg(k)
                              .arg(fast[k], 0, 'g', 17)
                              .arg(slow.outputs[k], 0, 'g', 17)));
  }

  void outOfRangeAndFailureReasons() {
    const ScenarioDocument hand = fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"));
    auto model = modelOf(hand, {"dcf.tax_rate.value", "dcf.terminal_value.growth"});
    QVERIFY(model);
    auto evaluator = model->evaluator();
    OutputValues out{};
    // Tax rate on [0, 1): 1 is out of range (input 0).
    PathOutcome o = evaluator->evaluate(std::vector<double>{1.0, 0.02}, out);
    QCOMPARE(o.failure, kPathOutOfRange);
    QCOMPARE(o.input, 0);
    o = evaluator->evaluate(std::vector<double>{std::nan(""), 0.02}, out);
    QCOMPARE(o.failure, kPathOutOfRange);
    // g = WACC = 0.10: no Gordon value.
    o = evaluator->evaluate(std::vector<double>{0.25, 0.10}, out);
    QCOMPARE(o.failure, DcfPathFailure::GrowthNotBelowWacc);
    QCOMPARE(o.input, -1);
    QVERIFY(evaluator->evaluate(std::vector<double>{0.25, 0.02}, out).ok());
    // A built-up WACC at or below zero: Northwind with a risk-free rate of −5 % and no equity
    // risk premium, beta or debt cost left.
    const ScenarioDocument northwind =
        fileDocument(samplesDir() + QStringLiteral("northwind.valor.json"));
    auto wacc = modelOf(
        northwind, {"dcf.discount_rate.risk_free_rate", "dcf.discount_rate.equity_risk_premium",
                    "dcf.discount_rate.pre_tax_cost_of_debt"});
    QVERIFY(wacc);
    o = wacc->evaluator()->evaluate(std::vector<double>{-0.05, 0.0, 0.0}, out);
    QCOMPARE(o.failure, DcfPathFailure::WaccNotPositive);
    QCOMPARE(QByteArray(wacc->failureReasons()[DcfPathFailure::WaccNotPositive].c_str()),
             QByteArray("wacc_not_positive"));
  }

  // (b) A WACC × g grid on a direct-WACC Gordon scenario, cell by cell against the slow path.
  void gridMatchesTheSlowPath() {
    const ScenarioDocument hand = fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"));
    auto model = modelOf(hand, {"dcf.discount_rate.wacc", "dcf.terminal_value.growth"});
    QVERIFY(model);
    // WACC 6.5 % … 12.5 % in 1 pp steps (columns), g 0 … 12 % in 3 pp steps (rows).
    const std::vector<double> waccs = linearSteps(0.065, 0.125, 7);
    const std::vector<double> growths = linearSteps(0.0, 0.12, 5);
    QCOMPARE(waccs.size(), std::size_t{7});
    QCOMPARE(waccs.front(), 0.065);
    QCOMPARE(waccs.back(), 0.125);
    const SensitivityGrid grid = evaluateGrid(*model, DcfOutput::ValuePerShare, waccs, growths);
    QCOMPARE(grid.xs, waccs);
    QCOMPARE(grid.ys, growths);
    QCOMPARE(grid.cells.size(), waccs.size() * growths.size());
    // g ≥ WACC: g = 9 % against WACC 6.5, 7.5, 8.5 % and g = 12 % against all but 12.5 %:
    // 3 + 6 = 9 cells have no value.
    QCOMPARE(grid.unvalued, std::size_t{9});
    std::size_t empty = 0;
    for (std::size_t row = 0; row < growths.size(); ++row)
      for (std::size_t column = 0; column < waccs.size(); ++column) {
        const std::optional<double>& cell = grid.cells[row * waccs.size() + column];
        const SlowValue slow = slowPath(hand, {{"dcf.discount_rate.wacc", waccs[column]},
                                               {"dcf.terminal_value.growth", growths[row]}});
        const QString where = QStringLiteral("WACC %1, g %2").arg(waccs[column]).arg(growths[row]);
        QCOMPARE(cell.has_value(), growths[row] < waccs[column]);
        QVERIFY2(cell.has_value() == slow.valued,
                 qPrintable(where + QLatin1Char(' ') + slow.problem));
        if (!cell) {
          ++empty;
          continue;
        }
        QVERIFY2(closeRelative(*cell, slow.outputs[0], 1e-12),
                 qPrintable(where + QStringLiteral(": %1 vs %2")
                                        .arg(*cell, 0, 'g', 17)
                                        .arg(slow.outputs[0], 0, 'g', 17)));
      }
    QCOMPARE(empty, grid.unvalued);
    // At the scenario's own WACC 10 % and g 2 % (hand case of test_cli: 220/12 per share).
    auto onBase = modelOf(hand, {"dcf.discount_rate.wacc", "dcf.terminal_value.growth"});
    const std::vector<double> w = {0.10}, g = {0.02};
    const SensitivityGrid one = evaluateGrid(*onBase, DcfOutput::ValuePerShare, w, g);
    QVERIFY(one.cells[0] && closeRelative(*one.cells[0], 220.0 / 12.0, 1e-12));
  }

  void oneWaySweep() {
    // A model over one input: one row over xs. VPS = 25·M − 15 in the one-year case.
    auto model = modelOf(exitMultipleCase(), {"dcf.terminal_value.multiple"});
    QVERIFY(model);
    const std::vector<double> multiples = linearSteps(5, 15, 11);
    const SensitivityGrid grid = evaluateGrid(*model, DcfOutput::ValuePerShare, multiples);
    QVERIFY(grid.ys.empty());
    QCOMPARE(grid.cells.size(), std::size_t{11});
    QCOMPARE(grid.unvalued, std::size_t{0});
    for (std::size_t i = 0; i < multiples.size(); ++i)
      QVERIFY(grid.cells[i] && closeRelative(*grid.cells[i], 25 * multiples[i] - 15, 1e-12));
    // A multiple of 0 is outside (0, 1000]: no value, counted.
    const std::vector<double> zero = {0.0, 10.0};
    const SensitivityGrid z = evaluateGrid(*model, DcfOutput::EnterpriseValue, zero);
    QVERIFY(!z.cells[0]);
    QVERIFY(z.cells[1] && closeRelative(*z.cells[1], (16.5 + 275) / 1.1, 1e-12));
    QCOMPARE(z.unvalued, std::size_t{1});
  }

  void linearStepsEnds() {
    QCOMPARE(linearSteps(1, 2, 0), std::vector<double>{});
    QCOMPARE(linearSteps(1, 2, 1), std::vector<double>{1});
    QCOMPARE(linearSteps(1, 2, 2), (std::vector<double>{1, 2}));
    QCOMPARE(linearSteps(0, 1, 5), (std::vector<double>{0, 0.25, 0.5, 0.75, 1}));
    const std::vector<double> s = linearSteps(0.07, 0.11, 9);
    QCOMPARE(s.front(), 0.07);
    QCOMPARE(s.back(), 0.11);  // exactly the end asked for
    // A range wider than the largest double: -1e308·(1 − t) + 1e308·t, t = 0, ¼, ½, ¾, 1.
    QCOMPARE(linearSteps(-1e308, 1e308, 5), (std::vector<double>{-1e308, -5e307, 0, 5e307, 1e308}));
  }

  // (c) Tornado bars: widest swing first, each swing the slow path's |f(high) − f(low)|.
  void tornadoMatchesTheSlowPath_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("northwind") << samplesDir() + QStringLiteral("northwind.valor.json");
    QTest::newRow("helios") << samplesDir() + QStringLiteral("helios.valor.json");
    QTest::newRow("hand case") << dataDir() + QStringLiteral("hand_case.valor.json");
  }
  void tornadoMatchesTheSlowPath() {
    QFETCH(QString, file);
    const ScenarioDocument doc = fileDocument(file);
    const std::vector<std::string> paths = valuationInputPaths(doc);
    auto model = modelOf(doc, paths);
    QVERIFY(model);
    const auto ranges = relativeRanges(*model, 0.1);
    QCOMPARE(ranges.size(), paths.size());
    const Tornado t = evaluateTornado(*model, DcfOutput::ValuePerShare, ranges);
    QCOMPARE(t.baseOutput, model->baseOutputs()[0]);
    QCOMPARE(t.bars.size(), paths.size());
    bool seenUnvalued = false;
    double previousSwing = std::numeric_limits<double>::infinity();
    std::set<std::string> seen;
    for (const TornadoBar& bar : t.bars) {
      const QString where = QString::fromStdString(bar.path);
      QVERIFY2(seen.insert(bar.path).second, qPrintable(where));
      // ±10 % of the base value.
      QVERIFY(closeRelative(bar.low, bar.baseValue * 0.9, 1e-15) || bar.baseValue == 0);
      QVERIFY(closeRelative(bar.high, bar.baseValue * 1.1, 1e-15) || bar.baseValue == 0);
      const bool valued = bar.outputAtLow && bar.outputAtHigh;
      if (valued) {
        QVERIFY2(!seenUnvalued, qPrintable(where + QStringLiteral(" after a bar with no value")));
        QVERIFY2(bar.swing <= previousSwing, qPrintable(where + QStringLiteral(" out of order")));
        previousSwing = bar.swing;
      } else {
        seenUnvalued = true;
        QCOMPARE(bar.swing, 0.0);
      }
      const SlowValue low = slowPath(doc, {{bar.path, bar.low}});
      const SlowValue high = slowPath(doc, {{bar.path, bar.high}});
      QCOMPARE(bar.outputAtLow.has_value(), low.valued);
      QCOMPARE(bar.outputAtHigh.has_value(), high.valued);
      if (low.valued)
        QVERIFY2(closeRelative(*bar.outputAtLow, low.outputs[0], 1e-12), qPrintable(where));
      if (high.valued)
        QVERIFY2(closeRelative(*bar.outputAtHigh, high.outputs[0], 1e-12), qPrintable(where));
      if (valued) {
        const double swing = std::fabs(high.outputs[0] - low.outputs[0]);
        QVERIFY2(std::fabs(bar.swing - swing) <= 1e-12 * std::fabs(t.baseOutput),
                 qPrintable(where + QStringLiteral(": swing %1, slow path %2")
                                        .arg(bar.swing, 0, 'g', 17)
                                        .arg(swing, 0, 'g', 17)));
      }
    }
    QVERIFY(t.bars.front().swing > 0);
  }

  void spiderMatchesTheSlowPath() {
    const ScenarioDocument doc = fileDocument(samplesDir() + QStringLiteral("helios.valor.json"));
    const std::vector<std::string> paths = {"dcf.terminal_value.multiple",
                                            "dcf.discount_rate.wacc"};
    auto model = modelOf(doc, paths);
    QVERIFY(model);
    const std::vector<double> changes = {-0.2, 0.0, 0.2};
    const auto lines = evaluateSpider(*model, DcfOutput::EnterpriseValue, changes);
    QCOMPARE(lines.size(), std::size_t{2});
    for (std::size_t i = 0; i < lines.size(); ++i) {
      QCOMPARE(lines[i].path, paths[i]);
      QCOMPARE(lines[i].outputs.size(), changes.size());
      for (std::size_t k = 0; k < changes.size(); ++k) {
        const double v = model->inputs()[i].baseValue * (1 + changes[k]);
        const SlowValue slow = slowPath(doc, {{paths[i], v}});
        QVERIFY(slow.valued && lines[i].outputs[k]);
        QVERIFY(closeRelative(*lines[i].outputs[k], slow.outputs[1], 1e-12));
      }
    }
  }

  // (d) Goal seek.
  void goalSeekSolvesTheHandCase_data() {
    QTest::addColumn<double>("target");
    QTest::newRow("300") << 300.0;
    QTest::newRow("235 (the base)") << 235.0;
    QTest::newRow("100") << 100.0;
    QTest::newRow("1000") << 1000.0;
  }
  void goalSeekSolvesTheHandCase() {
    QFETCH(double, target);
    // VPS = (FCFF_1 + M·EBITDA_1)/(1 + WACC) − debt + cash, so
    //   M = ((target + debt − cash)·(1 + WACC) − FCFF_1)/EBITDA_1;  target 300 → 12.6.
    const double expected = ((target + 50 - 20) * 1.1 - 16.5) / 27.5;
    auto model = modelOf(exitMultipleCase(), {"dcf.terminal_value.multiple"});
    QVERIFY(model);
    auto r = goalSeek(*model, DcfOutput::ValuePerShare, target);
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    QVERIFY2(std::fabs(r.value().value - expected) <= 1e-9 * expected,
             qPrintable(QStringLiteral("target %1: multiple %2, expected %3")
                            .arg(target)
                            .arg(r.value().value, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
    QVERIFY(std::fabs(r.value().achieved - target) <= 1e-9 * target);
    QVERIFY(r.value().evaluations >= 1);
  }

  void impliedWaccHitsTheTarget_data() {
    QTest::addColumn<double>("target");
    QTest::newRow("25") << 25.0;
    QTest::newRow("15") << 15.0;
    QTest::newRow("18.333 (the base)") << 220.0 / 12.0;
  }
  void impliedWaccHitsTheTarget() {
    QFETCH(double, target);
    const ScenarioDocument hand = fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"));
    auto model = modelOf(hand, {"dcf.discount_rate.wacc"});
    QVERIFY(model);
    auto r = goalSeek(*model, DcfOutput::ValuePerShare, target);
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    QVERIFY2(std::fabs(r.value().achieved - target) <= 1e-9,
             qPrintable(QString::number(r.value().achieved, 'g', 17)));
    // The WACC found, put in the scenario, gives the target through the slow path too; a
    // higher target needs a lower WACC.
    const SlowValue slow = slowPath(hand, {{"dcf.discount_rate.wacc", r.value().value}});
    QVERIFY2(slow.valued, qPrintable(slow.problem));
    QVERIFY(std::fabs(slow.outputs[0] - target) <= 1e-9);
    QVERIFY((r.value().value < 0.10) == (target > 220.0 / 12.0) || target == 220.0 / 12.0);
    QVERIFY(r.value().value > 0.02);  // above g
  }

  void unreachableTargetsAreExplained_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("output");
    // The multiple is at most 1000: VPS at most 25·1000 − 15 = 24985.
    QTest::newRow("multiple, VPS 1e6")
        << QStringLiteral("dcf.terminal_value.multiple") << 1e6 << int(DcfOutput::ValuePerShare);
    // The EV is positive at every multiple.
    QTest::newRow("multiple, EV -10") << QStringLiteral("dcf.terminal_value.multiple") << -10.0
                                      << int(DcfOutput::EnterpriseValue);
    // Cash adds one for one but is never negative: equity at cash 0 is EV − 50 = 215.
    QTest::newRow("cash, equity 100")
        << QStringLiteral("dcf.equity_bridge.cash") << 100.0 << int(DcfOutput::EquityValue);
  }
  void unreachableTargetsAreExplained() {
    QFETCH(QString, path);
    QFETCH(double, target);
    QFETCH(int, output);
    auto model = modelOf(exitMultipleCase(), {path.toStdString()});
    QVERIFY(model);
    auto r = goalSeek(*model, static_cast<OutputIndex>(output), target);
    QVERIFY(!r);
    const QString message = QString::fromStdString(r.error().message);
    QVERIFY2(message.contains(QLatin1String("no value of")), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(QString::fromStdString(r.error().context), path);
  }

  void goalSeekOnCash() {
    // Equity = EV − debt + cash = 265 − 50 + cash: equity 300 needs cash 85.
    auto model = modelOf(exitMultipleCase(), {"dcf.equity_bridge.cash"});
    QVERIFY(model);
    auto r = goalSeek(*model, DcfOutput::EquityValue, 300);
    QVERIFY2(r, r ? "" : r.error().message.c_str());
    QVERIFY(std::fabs(r.value().value - 85) <= 1e-9 * 85);
    auto bad = goalSeek(*model, DcfOutput::EquityValue, std::nan(""));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, std::string("goalseek.bad_target"));
  }

  // (e) Inputs a model refuses, each error naming the path.
  void refusedInputs_data() {
    QTest::addColumn<QString>("scenario");  // "hand" (Gordon, direct) or "northwind"
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("code");
    auto row = [](const char* name, const char* scenario, QStringList paths, const char* named,
                  const char* code) {
      QTest::newRow(name) << QString::fromLatin1(scenario) << paths << QString::fromLatin1(named)
                          << QString::fromLatin1(code);
    };
    row("unknown path", "hand", {QStringLiteral("dcf.no_such_field")}, "dcf.no_such_field",
        "analytics.bad_input");
    row("unknown entity", "hand", {QStringLiteral("lbo.entry_multiple")}, "lbo.entry_multiple",
        "analytics.bad_input");
    row("tranche index past the list", "hand",
        {QStringLiteral("dcf.equity_bridge.options[5].strike")},
        "dcf.equity_bridge.options[5].strike", "analytics.bad_input");
    row("integer field", "hand", {QStringLiteral("dcf.years")}, "dcf.years", "analytics.bad_input");
    row("text field", "hand", {QStringLiteral("dcf.terminal_value.method")},
        "dcf.terminal_value.method", "analytics.bad_input");
    row("root text field", "hand", {QStringLiteral("name")}, "name", "analytics.bad_input");
    row("multiple with Gordon", "hand", {QStringLiteral("dcf.terminal_value.multiple")},
        "dcf.terminal_value.multiple", "analytics.bad_input");
    row("cost of capital part with a direct WACC", "hand",
        {QStringLiteral("dcf.discount_rate.beta")}, "dcf.discount_rate.beta",
        "analytics.bad_input");
    row("per-year value of a constant driver", "hand",
        {QStringLiteral("dcf.ebit_margin.values.2026")}, "dcf.ebit_margin.values.2026",
        "analytics.bad_input");
    row("year outside the projection", "northwind",
        {QStringLiteral("dcf.revenue_growth.values.2040")}, "dcf.revenue_growth.values.2040",
        "analytics.bad_input");
    row("stage 2 with a linear fade", "northwind", {QStringLiteral("dcf.ebit_margin.stage2")},
        "dcf.ebit_margin.stage2", "analytics.bad_input");
    row("sales to capital with percent of revenue", "hand",
        {QStringLiteral("dcf.sales_to_capital.value")}, "dcf.sales_to_capital.value",
        "analytics.bad_input");
    row("same path twice", "hand",
        {QStringLiteral("dcf.discount_rate.wacc"), QStringLiteral("dcf.terminal_value.growth"),
         QStringLiteral("dcf.discount_rate.wacc")},
        "dcf.discount_rate.wacc", "analytics.duplicate_input");
    row("WACC with its parts", "northwind",
        {QStringLiteral("dcf.discount_rate.beta"), QStringLiteral("dcf.discount_rate.wacc")},
        "dcf.discount_rate.wacc", "analytics.conflicting_inputs");
  }
  void refusedInputs() {
    QFETCH(QString, scenario);
    QFETCH(QStringList, paths);
    QFETCH(QString, named);
    QFETCH(QString, code);
    const ScenarioDocument doc =
        scenario == QLatin1String("hand")
            ? fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"))
            : fileDocument(samplesDir() + QStringLiteral("northwind.valor.json"));
    std::vector<std::string> list;
    for (const QString& p : paths) list.push_back(p.toStdString());
    auto model = prepareValuationModel(doc, list);
    QVERIFY2(!model, qPrintable(paths.join(QStringLiteral(", ")) + QStringLiteral(" accepted")));
    const QString message = QString::fromStdString(model.error().message);
    QCOMPARE(QString::fromStdString(model.error().code), code);
    QVERIFY2(message.contains(named),
             qPrintable(QStringLiteral("\"%1\" does not name %2").arg(message, named)));
    QCOMPARE(QString::fromStdString(model.error().context), named);
  }

  void goalSeekReachesTowardsWhereTheScenarioStopsBeingValued() {
    // Northwind: value per share 1000 needs a WACC just above g = 2.5 %, next to the region where
    // the Gordon model has no value. The search must look right up to that edge.
    const ScenarioDocument northwind =
        fileDocument(samplesDir() + QStringLiteral("northwind.valor.json"));
    auto model = prepareValuationModel(northwind, {"dcf.discount_rate.wacc"});
    QVERIFY(model);
    auto solved = goalSeek(*model.value(), DcfOutput::ValuePerShare, 1000);
    QVERIFY2(solved, solved ? "" : solved.error().message.c_str());
    QVERIFY(std::fabs(solved.value().achieved - 1000) <= 1e-6);
    QVERIFY(solved.value().value > 0.025 && solved.value().value < 0.035);
  }

  void tornadoRangesAreOrdered() {
    // A negative base (a negative EBIT margin) still gives low < high.
    std::string json = oneYearScenario(R"({"method": "exit_multiple", "multiple": 10})");
    const auto at = json.find(R"("value": 0.20)");
    json.replace(at, 13, R"("value": -0.20)");
    auto model = prepareValuationModel(documentOf(json, 21), {"dcf.ebit_margin.value"});
    QVERIFY2(model, model ? "" : model.error().message.c_str());
    const auto ranges = relativeRanges(*model.value(), 0.1);
    QVERIFY(std::fabs(ranges[0].first - -0.22) <= 1e-12);
    QVERIFY(std::fabs(ranges[0].second - -0.18) <= 1e-12);
  }

  void scenarioThatCannotBeValued() {
    const ScenarioDocument doc =
        fileDocument(dataDir() + QStringLiteral("invalid_growth.valor.json"));
    auto model = prepareValuationModel(doc, {"dcf.discount_rate.wacc"});
    QVERIFY(!model);
    QCOMPARE(model.error().code, std::string("analytics.scenario_invalid"));
    QVERIFY(valuationInputPaths(doc).empty());
  }

  void outputNames() {
    const ScenarioDocument hand = fileDocument(dataDir() + QStringLiteral("hand_case.valor.json"));
    auto model = modelOf(hand, {"dcf.discount_rate.wacc"});
    QVERIFY(model);
    const char* keys[] = {"value_per_share", "enterprise_value", "equity_value", "pv_terminal"};
    QCOMPARE(model->outputs().size(), DcfOutput::Count);
    for (std::size_t k = 0; k < DcfOutput::Count; ++k) {
      QCOMPARE(model->outputs()[k].key, std::string(keys[k]));
      const auto back = model->outputIndex(keys[k]);
      QVERIFY(back && *back == k);
    }
    QVERIFY(!model->outputIndex("price"));
  }
};

QTEST_APPLESS_MAIN(TestSensitivity)
#include "test_sensitivity.moc"
