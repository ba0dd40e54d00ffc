// The LBO's results beside its form, driven offscreen with the bundled ValueCo buyout: every
// figure a chart or table shows is checked against the evaluation it came from, and the
// charts' own arithmetic (a bridge that ends where the equity ends) by hand.
#include <QtTest>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTableWidget>

#include "core/model/scenariojson.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/registry.h"
#include "ui/models/lbo/lbocharts.h"
#include "ui/models/lbo/lbopresentation.h"
#include "ui/models/lbo/lboresults.h"
#include "ui/results/outputspanel.h"

using namespace valor;
using namespace valor::ui;

namespace {

ScenarioDocument valueco() {
  auto text =
      readTextFile(VALOR_TEST_DATA_DIR "/../../resources/samples/valueco.valor.json", 1 << 20);
  if (!text) qFatal("%s", text.error().message.c_str());
  auto parsed = parseScenarioJson(text.value(), seededIdGenerator(1));
  if (!parsed.ok()) qFatal("%s", parsed.error().message.c_str());
  return parsed.value();
}

}  // namespace

class TestLboResults : public QObject {
  Q_OBJECT

 private slots:
  void chartsAndTablesShowTheEvaluation() {
    const ScenarioDocument doc = valueco();
    const Evaluation evaluation = evaluateScenario(doc);
    const LboResult& r = *evaluation.detail<LboEvaluation>()->result;
    LboResults results(lboPresentation());
    results.resize(900, 1800);
    results.setDecimals(1);
    results.showEvaluation(doc, evaluation);
    QVERIFY(results.outputs()->showsResult());

    // The bridge: equity in (385 + 0 rollover), four steps, equity out = exit equity + Σ
    // dividends (none here), i.e. the running total ends where the last total stands.
    const auto& steps = results.returnsBridge()->steps();
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.front().to, 385.0);
    QCOMPARE(steps.back().to, 385.0 + r.attribution.equityGain);
    QVERIFY(std::abs(steps.back().to - r.exitEquity) < 1e-9);
    QVERIFY(std::abs(steps[steps.size() - 2].to - steps.back().to) < 1e-9);

    // Debt by tranche: one stacked set per tranche, each year's bar its closing balance.
    QStackedBarSeries* paydown = results.debtPaydown()->series();
    QCOMPARE(paydown->count(), 3);
    QCOMPARE(paydown->barSets()[1]->label(), QStringLiteral("Term loan B"));
    for (int t = 0; t < r.years; ++t)
      QCOMPARE(paydown->barSets()[1]->at(t), r.schedule[1][static_cast<std::size_t>(t)].closing);

    // Leverage: closing debt / EBITDA per year; 2009's 4.4x-ish is debt 713 over EBITDA 162.
    QLineSeries* leverage = results.credit()->leverage();
    QCOMPARE(leverage->count(), r.years);
    QCOMPARE(leverage->at(0).x(), 0.0);  // the first category, 2009
    QCOMPARE(leverage->at(0).y(), r.rows[0].debtClosing / r.rows[0].ebitda);

    // Debt schedule: seven lines per tranche; the term loan's first closing as the schedule.
    QTableWidget* schedule = results.debtSchedule();
    QCOMPARE(schedule->rowCount(), 3 * 7);
    QCOMPARE(schedule->columnCount(), r.years);
    QCOMPARE(QLocale().toDouble(schedule->item(7 + 6, 0)->text()),
             std::round(r.schedule[1][0].closing * 10) / 10);
  }

  // A scenario that cannot be valued hides every LBO section and says why.
  void unvaluedScenarioHidesTheSections() {
    ScenarioDocument doc = valueco();
    for (Entity& e : doc.entities)
      if (e.type == "lbo") e.fields["exit.year"] = Value(2030.0);
    const Evaluation evaluation = evaluateScenario(doc);
    QVERIFY(!evaluation.valued);
    LboResults results(lboPresentation());
    results.showEvaluation(doc, evaluation);
    QVERIFY(!results.outputs()->showsResult());
    QVERIFY(results.sourcesUses()->isHidden() || !results.sourcesUses()->isVisibleTo(&results));
  }
};

QTEST_MAIN(TestLboResults)
#include "test_lboresults.moc"
