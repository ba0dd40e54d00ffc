// The desktop side of the model-kind seam: a kind that exists only in this test (the toy of
// tests/support/toymodel.h) with a presentation table and no view of its own gets, as a user
// sees it, a form whose typing previews and saves, results, history, undo, Monte Carlo and a
// sensitivity grid — from the generic code alone.
#include <QtTest>

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "core/store/workspace.h"
#include "tests/support/checks.h"
#include "tests/support/toymodel.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/analytics/montecarlopage.h"
#include "ui/analytics/sensitivitypages.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/jobs/jobrunner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/modelview.h"
#include "ui/models/presentation.h"
#include "ui/models/viewregistry.h"
#include "ui/results/outputspanel.h"
#include "ui/settings/settings.h"

using namespace valor;
using valor::testing::problemsOf;
using namespace valor::ui;

namespace {

const ModelPresentation& toyPresentation() {
  static const ModelPresentation p = [] {
    ModelPresentation t;
    t.model = "toy";
    t.context = "ToyPresentation";
    auto number = [](std::string name, const char* caption, QString unit) {
      FieldPresentation f;
      f.field = std::move(name);
      f.caption = caption;
      f.group = "Toy";
      f.unit = std::move(unit);
      return f;
    };
    t.fields = {number("numerator", "Numerator", QStringLiteral("money")),
                number("denominator", "Denominator", QStringLiteral("money")),
                number("growth", "Growth", QStringLiteral("rate"))};
    t.outputs = {{"value", "Value"}, {"doubled", "Doubled value"}};
    return t;
  }();
  return p;
}

// The toy scenario with Monte Carlo settings: growth ~ uniform(0, 0.1).
std::string toyWithSimulation() {
  std::string json = testing::toyJson(120, 40, 0.05);
  json.pop_back();  // the closing brace
  return json + R"(, "monte_carlo": {"paths": 5000, "seed": 3, "output": "value",
    "inputs": [{"field": "toy.growth", "distribution": "uniform", "min": 0, "max": 0.1}]}})";
}

double valueOf(const Document* doc) {
  const NamedOutput* v = doc->evaluation().output("value");
  return v && v->value ? *v->value : std::nan("");
}

}  // namespace

class TestModelView : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString workspacePath_;
  Id toyId_;
  std::unique_ptr<QSettings> storage_;
  std::unique_ptr<Settings> settings_;

 private slots:
  void initTestCase() {
    registerModelKind(testing::makeToyKind());
    ScenarioViewKind view;
    view.model = "toy";
    view.title = [] { return QStringLiteral("Toy"); };
    view.presentation = &toyPresentation();
    registerScenarioViewKind(std::move(view));

    QVERIFY(dir_.isValid());
    storage_ = std::make_unique<QSettings>(dir_.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    settings_ = std::make_unique<Settings>(storage_.get());
    workspacePath_ = dir_.filePath(QStringLiteral("toy.valor"));
    auto parse = parseScenarioJson(toyWithSimulation(), randomIdGenerator());
    QVERIFY2(parse.ok(), problemsOf(parse).empty() ? "" : problemsOf(parse)[0].message.c_str());
    toyId_ = parse.value().root().id;
    auto ws = Workspace::create(workspacePath_.toStdString(), {systemClock(), randomIdGenerator()});
    QVERIFY(ws);
    QVERIFY(ws.value()->addScenarios({parse.value()}, "test", "Create"));
  }

  void toyScenarioIsEditedUndoneAndAnalysed() {
    MainWindow window(settings_.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(workspacePath_));
    QVERIFY(window.openScenario(toyId_));
    auto* view = qobject_cast<ModelView*>(window.currentEditor());
    QVERIFY(view);  // the generic tab: the toy brings no view of its own
    Document* doc = view->document();
    QCOMPARE(valueOf(doc), 3.15);  // 120 / 40 × 1.05

    // The results panel shows the named outputs with the presentation's captions.
    OutputsPanel* outputs = view->outputsPanel();
    QVERIFY(outputs->showsResult());
    QCOMPARE(outputs->keyFigures()->item(0, 0)->text(), QStringLiteral("Value"));
    view->setDecimals(3);  // as the Preferences set it
    QCOMPARE(outputs->keyFigures()->item(0, 1)->text(), QStringLiteral("3.150"));

    // Type a growth of 10 % and press Enter: saved, valued anew, in the history, undoable.
    FieldEdit* growth = view->fieldEdit(QStringLiteral("toy.growth"));
    QVERIFY(growth);
    const int historyBefore = window.historyPanel()->historyModel()->rowCount();
    growth->setFocus();
    growth->selectAll();
    QTest::keyClicks(growth, QStringLiteral("10"));
    QTest::keyClick(growth, Qt::Key_Return);
    QCOMPARE(valueOf(doc), 3.0 * 1.10);
    QCOMPARE(outputs->keyFigures()->item(0, 1)->text(), QStringLiteral("3.300"));
    QTRY_VERIFY(window.historyPanel()->historyModel()->rowCount() > historyBefore);
    doc->undoStack()->undo();
    QCOMPARE(valueOf(doc), 3.15);

    // A growth of 150 % is kept as typed (nothing is lost) but named as the problem: no result,
    // the rule at the field; undo brings the valuation back.
    growth->setFocus();
    growth->selectAll();
    QTest::keyClicks(growth, QStringLiteral("150"));
    QTest::keyClick(growth, Qt::Key_Return);
    QVERIFY(!doc->evaluation().valued);
    QVERIFY(!outputs->showsResult());
    const Issues& issues = doc->evaluation().issues;
    QVERIFY(std::any_of(issues.begin(), issues.end(), [](const Issue& i) {
      return i.path == "toy.growth" && i.rule == "out_of_range";
    }));
    // Under the field, in the reader's words and units (growth lies in (−1, 1): ±100 %).
    auto* message = growth->parentWidget()->findChild<QLabel*>();
    QVERIFY(message && message->isVisibleTo(&window));
    QCOMPARE(message->text(), QStringLiteral("Must be between -100 % and 100 %, not 150 %."));
    doc->undoStack()->undo();
    QCOMPARE(valueOf(doc), 3.15);

    // Monte Carlo from the saved settings, in the background.
    view->showPage(1);
    MonteCarloPage* page = view->analyticsPanel()->monteCarlo();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("runSimulation")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value(), 30000);
    const MonteCarloResult& r = *page->result();
    QCOMPARE(r.valued, std::uint64_t{5000});
    // value = 3 (1 + g), g ~ U(0, 0.1): every path between 3 and 3.3, mean near 3.15
    // (standard error 3 · 0.1 / √12 / √5000 ≈ 0.0012).
    QVERIFY(r.min >= 3.0 && r.max <= 3.3);
    QVERIFY2(std::abs(r.mean - 3.15) < 0.005, qPrintable(QString::number(r.mean)));

    // The sensitivity grid over the toy's inputs.
    SensitivityPage* grid = view->analyticsPanel()->sensitivity();
    grid->compute();
    QTRY_VERIFY(!grid->computing());
    QVERIFY2(grid->table()->model()->rowCount() > 0 && grid->table()->model()->columnCount() > 0,
             qPrintable(grid->message()));
  }

  // Closing a tab's window while a field is being typed in saves the typed value and does not
  // crash (the field saves on losing focus, which happens as the window goes).
  void closingWhileTypingSavesTheValue() {
    auto ws = Workspace::open(workspacePath_.toStdString(), {systemClock(), randomIdGenerator()});
    QVERIFY(ws);
    std::shared_ptr<Workspace> workspace(std::move(ws).value());
    auto* doc = new Document(workspace, toyId_, workspace->loadScenario(toyId_).value(),
                             QStringLiteral("test"));
    const std::int64_t before = doc->revision();
    auto* view = ModelView::create(doc, toyPresentation());
    doc->setParent(view);
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view));
    FieldEdit* numerator = view->fieldEdit(QStringLiteral("toy.numerator"));
    numerator->setFocus();
    numerator->selectAll();
    QTest::keyClicks(numerator, QStringLiteral("150"));
    delete view;
    auto stored = workspace->loadScenario(toyId_);
    QVERIFY(stored);
    QVERIFY(stored.value().revision > before);
    const Entity* toy = stored.value().document.child(stored.value().document.root(), "toy");
    QCOMPARE(*toy->number("numerator"), 150.0);
  }
};

QTEST_MAIN(TestModelView)
#include "test_modelview.moc"
