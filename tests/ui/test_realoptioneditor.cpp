// The real option's tab, driven offscreen with the bundled patent (Damodaran's option to delay):
// the key figures and the value-against-underlying chart show what an independent
// Black–Scholes–Merton written here says; typing the volatility moves them and undo brings them
// back; the underlying is taken from the Northwind DCF in the same workspace as one undoable
// change, and a source without an enterprise value is refused with a message.
// Set VALOR_SCREENSHOT_DIR to save pictures.
#include <QtTest>

#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>

#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "core/store/workspace.h"
#include "tests/support/closedform.h"
#include "tests/ui/keyfigures.h"
#include "tests/ui/screenshot.h"
#include "tests/ui/templateworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/models/realoption/payoffchart.h"
#include "ui/models/realoption/realoptioneditor.h"
#include "ui/models/realoption/realoptionpresentation.h"
#include "ui/models/realoption/realoptionresults.h"
#include "ui/results/outputspanel.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::keyFigureText;
using valor::testing::screenshot;

namespace {

ScenarioDocument sample(const char* name, std::uint64_t seed) {
  auto text =
      readTextFile(std::string(VALOR_TEST_DATA_DIR "/../../resources/samples/") + name, 1 << 20);
  if (!text) qFatal("%s", text.error().message.c_str());
  auto parsed = parseScenarioJson(text.value(), seededIdGenerator(seed));
  if (!parsed.ok()) qFatal("%s", parsed.error().message.c_str());
  return parsed.value();
}

// The patent's call (Black–Scholes–Merton with a yield): K = 2,875, T = 17, r = 6.7 %, q = 5.88 %.
double patentCall(double s, double sigma = 0.4733) {
  return valor::testing::blackScholesByHand(true, s, 2875, 17, sigma, 0.067, 0.0588);
}

bool near(double a, double b, double tol = 1e-9) {
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

}  // namespace

class TestRealOptionEditor : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }

  void resultsShowTheOption() {
    const ScenarioDocument doc = sample("patent.valor.json", 1);
    const Evaluation evaluation = evaluateScenario(doc);
    QVERIFY(evaluation.valued);
    RealOptionResults results(realOptionPresentation());
    results.resize(900, 1400);
    results.setDecimals(1);
    results.showEvaluation(doc, evaluation);
    QVERIFY(results.outputs()->showsResult());
    const double value = patentCall(3422);
    QCOMPARE(keyFigureText(*results.outputs(), QStringLiteral("Option value")),
             QLocale().toString(value, 'f', 1));
    QCOMPARE(keyFigureText(*results.outputs(), QStringLiteral("Net value of exercising today")),
             QStringLiteral("547.0"));
    // Delta to four significant digits, however small.
    QVERIFY(keyFigureText(*results.outputs(), QStringLiteral("Delta"))
                .startsWith(QStringLiteral("0.32")));
    QCOMPARE(
        keyFigureText(*results.outputs(), QStringLiteral("European value (Black–Scholes–Merton)")),
        QStringLiteral("—"));

    // The chart: the value and the payoff at 41 underlyings up to 2 × 3,422, today marked.
    PayoffChart* chart = results.payoff();
    QCOMPARE(chart->valueCurve()->count(), PayoffChart::kPoints);
    QCOMPARE(chart->payoffLine()->count(), PayoffChart::kPoints);
    for (int i = 0; i < PayoffChart::kPoints; ++i) {
      const double s = 2 * 3422.0 * (i + 1) / PayoffChart::kPoints;
      QVERIFY(near(chart->payoffLine()->at(i).x(), s));
      QCOMPARE(chart->payoffLine()->at(i).y(), std::max(s - 2875, 0.0));
      QVERIFY(near(chart->valueCurve()->at(i).y(), patentCall(s)));
    }
    QCOMPARE(chart->today()->count(), 1);
    QVERIFY(near(chart->today()->at(0).y(), value));
    QVERIFY(!chart->chart()->title().contains(QStringLiteral("steps")));

    // American with a fine tree: the curve uses at most 1,000 steps, and says so.
    const ScenarioDocument american = documentWith(doc, "exercise", Value(std::string("american")));
    const ScenarioDocument fine = documentWith(american, "steps", Value(2000.0));
    results.showEvaluation(fine, evaluateScenario(fine));
    QVERIFY(chart->chart()->title().contains(QStringLiteral("1,000 steps")));
    QCOMPARE(chart->valueCurve()->count(), PayoffChart::kPoints);
  }

  void editorEditsAndTakesTheUnderlying() {
    const QString path = dir_.filePath(QStringLiteral("options.valor"));
    const ScenarioDocument patent = sample("patent.valor.json", 2);
    const ScenarioDocument northwind = sample("northwind.valor.json", 3);
    {
      auto ws = Workspace::create(path.toStdString(), {systemClock(), randomIdGenerator()});
      QVERIFY(ws);
      QVERIFY(ws.value()->addScenarios({patent, northwind}, "test", "Create"));
    }
    auto* document = valor::testing::openDocument(path, patent.root().id);
    QVERIFY(document);
    RealOptionEditor editor(document);
    document->setParent(&editor);
    editor.resize(1400, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    screenshot(&editor, "real-option");

    const auto optionValue = [&] { return *document->evaluation().output("option_value")->value; };
    QVERIFY(near(optionValue(), patentCall(3422)));
    // The volatility typed as a user types it: 30 %, then undo.
    FieldEdit* volatility = editor.fieldEdit(QStringLiteral("real_option.volatility"));
    QVERIFY(volatility);
    QCOMPARE(volatility->text(), QStringLiteral("47.33 %"));
    volatility->setFocus();
    volatility->selectAll();
    QTest::keyClicks(volatility, QStringLiteral("30"));
    QTest::keyClick(volatility, Qt::Key_Return);
    QVERIFY(near(optionValue(), patentCall(3422, 0.30)));
    document->undoStack()->undo();
    QVERIFY(near(optionValue(), patentCall(3422)));

    // The underlying from Northwind's enterprise value: one change, named, undone whole.
    QPushButton* from = editor.underlyingFromButton();
    QVERIFY(from && from->isVisible());
    QCOMPARE(from->accessibleName(), QStringLiteral("Take the underlying from a scenario"));
    const double ev = *evaluateScenario(northwind).output("enterprise_value")->value;
    QCOMPARE(editor.takeUnderlyingFrom(northwind.root().id), QString());
    QCOMPARE(*document->modelBlock()->number("underlying.value"), ev);
    QVERIFY(near(optionValue(), patentCall(ev)));
    QCOMPARE(document->undoStack()->undoText(),
             QStringLiteral("Take the underlying from Northwind Instruments — base case"));
    QVERIFY(editor.fieldEdit(QStringLiteral("real_option.underlying.value"))->text() !=
            QStringLiteral("3,422"));
    document->undoStack()->undo();
    QCOMPARE(*document->modelBlock()->number("underlying.value"), 3422.0);

    // The option itself has no enterprise value: a message, and nothing changes.
    QString warned;
    messages::setHook([&](messages::Kind, const QString&, const QString& text) {
      warned = text;
      return false;
    });
    const QString refused = editor.takeUnderlyingFrom(patent.root().id);
    messages::setHook({});
    QVERIFY(!refused.isEmpty());
    QCOMPARE(warned, refused);
    QVERIFY2(refused.contains(QStringLiteral("reports no enterprise value")), qPrintable(refused));
    QCOMPARE(*document->modelBlock()->number("underlying.value"), 3422.0);
  }

 private:
  static ScenarioDocument documentWith(const ScenarioDocument& doc, const std::string& field,
                                       Value value) {
    ScenarioDocument out = doc;
    for (Entity& e : out.entities)
      if (e.type == "real_option") e.fields[field] = std::move(value);
    return out;
  }

  QTemporaryDir dir_;
};

QTEST_MAIN(TestRealOptionEditor)
#include "test_realoptioneditor.moc"
