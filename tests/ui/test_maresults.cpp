// The M&A's tab, driven offscreen with the bundled ExxonMobil / Pioneer merger: the charts show
// what the evaluation says, checked by hand where the arithmetic is short; the form puts the
// acquirer beside the target when there is room; the EPS bridge follows the chosen year; the
// grid edits a net income like any driver. Set VALOR_SCREENSHOT_DIR to save pictures.
#include <QtTest>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>

#include "core/model/scenariojson.h"
#include "core/models/ma/makind.h"
#include "core/models/registry.h"
#include "core/store/workspace.h"
#include "tests/ui/screenshot.h"
#include "tests/ui/templateworkspace.h"
#include "ui/document/document.h"
#include "ui/editors/fieldedit.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "ui/models/ma/macharts.h"
#include "ui/models/ma/maeditor.h"
#include "ui/models/ma/mapresentation.h"
#include "ui/models/ma/maresults.h"
#include "ui/models/presentation.h"
#include "ui/results/outputspanel.h"

using namespace valor;
using namespace valor::ui;

using valor::testing::screenshot;

namespace {

ScenarioDocument pioneer() {
  auto text =
      readTextFile(VALOR_TEST_DATA_DIR "/../../resources/samples/pioneer.valor.json", 1 << 20);
  if (!text) qFatal("%s", text.error().message.c_str());
  auto parsed = parseScenarioJson(text.value(), seededIdGenerator(1));
  if (!parsed.ok()) qFatal("%s", parsed.error().message.c_str());
  return parsed.value();
}

bool near(double a, double b, double tol = 1e-9) {
  return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

// The sample by hand (core/finance/ma.h):
//   new shares n = 2.3234 × 235.2 = 546.46368; PF shares = 4,000 + n = 4,546.46368
//   year 1: PF NI = 36,000 + 4,900 + (0.5 × 2,000 − 0.04 × 100) × 0.75 − 46,700 / 15 × 0.77
//          (the new D&A at the write-ups' 23 %) = 40,900 + 747 − 2,397.27 = 39,249.73
//   standalone EPS = 36,000 / 4,000 = 9
constexpr double kNewShares = 2.3234 * 235.2;
constexpr double kProFormaShares = 4000 + kNewShares;
constexpr double kYear1ProFormaNi = 36000 + 4900 + (1000 - 4) * 0.75 - 46700.0 / 15 * 0.77;
constexpr double kYear2ProFormaNi = 36000 + 4900 + (2000 - 4) * 0.75 - 46700.0 / 15 * 0.77;

}  // namespace

class TestMaResults : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void chartsShowTheDeal() {
    const ScenarioDocument doc = pioneer();
    const Evaluation evaluation = evaluateScenario(doc);
    QVERIFY(evaluation.valued);
    MaResults results(maPresentation());
    results.resize(900, 2000);
    results.setDecimals(1);
    results.showEvaluation(doc, evaluation);
    QVERIFY(results.outputs()->showsResult());

    // Accretion per year in percent: year 1 dilutes by 1 − (39,249.73 / 4,546.46…) / 9.
    const double year1 = (kYear1ProFormaNi / kProFormaShares / 9 - 1) * 100;
    QVERIFY(year1 < 0);
    QCOMPARE(results.accretion()->accretive()->count(), 3);
    QVERIFY(near(results.accretion()->dilutive()->at(0), year1));
    QCOMPARE(results.accretion()->accretive()->at(0), 0.0);

    // The EPS bridge of the first year runs from 9 to the pro-forma EPS, each step from where the
    // one before ended.
    const auto& steps = results.epsBridge()->steps();
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.front().to, 9.0);
    QVERIFY(near(steps.back().to, kYear1ProFormaNi / kProFormaShares));
    for (std::size_t i = 2; i + 1 < steps.size(); ++i)
      QVERIFY(near(steps[i].from, steps[i - 1].to));
    QVERIFY(near(steps[steps.size() - 2].to, steps.back().to));
    // Another year: the bridge follows the choice.
    QCOMPARE(results.bridgeYear()->count(), 3);
    results.bridgeYear()->setCurrentIndex(1);
    QVERIFY(near(results.epsBridge()->steps().back().to, kYear2ProFormaNi / kProFormaShares));
    QVERIFY(results.epsBridge()->chart()->title().contains(QStringLiteral("2025")));

    // Goodwill: 2.3234 × 108.89 × 235.2 − 23,500 − 46,700 + 23 % × 46,700.
    const double purchase = 2.3234 * 108.89 * 235.2;
    const auto& goodwill = results.goodwillBridge()->steps();
    QVERIFY(near(goodwill.front().to, purchase));
    QVERIFY(near(goodwill.back().to, purchase - 23500 - 46700 + 0.23 * 46700));

    // Contribution: no EBITDA in the sample, so revenue, net income and ownership only.
    QCOMPARE(results.contribution()->categories(),
             (QStringList{QStringLiteral("Revenue"), QStringLiteral("Net income"),
                          QStringLiteral("Ownership")}));
    QVERIFY(near(results.contribution()->targetSet()->at(0), 100 * 19400.0 / (19400 + 344600)));
    QVERIFY(near(results.contribution()->targetSet()->at(1), 100 * 4900.0 / (4900 + 36000)));
    QVERIFY(near(results.contribution()->targetSet()->at(2), 100 * kNewShares / kProFormaShares));
    QVERIFY(near(results.contribution()->acquirerSet()->at(2), 100 * 4000 / kProFormaShares));
  }

  // Every chart copies itself and saves as PNG or SVG from its context menu (here the accretion
  // chart; the menu's actions call these).
  void chartsCopyAndSave() {
    const ScenarioDocument doc = pioneer();
    const Evaluation evaluation = evaluateScenario(doc);
    MaResults results(maPresentation());
    results.resize(900, 2000);
    results.showEvaluation(doc, evaluation);
    results.show();
    QVERIFY(QTest::qWaitForWindowExposed(&results));
    AccretionChart* chart = results.accretion();
    const QString png = dir_.filePath(QStringLiteral("accretion.png"));
    QCOMPARE(chart->writeImage(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    if (const QByteArray shots = qgetenv("VALOR_SCREENSHOT_DIR"); !shots.isEmpty())
      image.save(QString::fromUtf8(shots + "/chart-export.png"));
    QCOMPARE(image.width(), 2 * chart->viewport()->width());  // twice the screen's resolution
    const QString svg = dir_.filePath(QStringLiteral("accretion.svg"));
    QCOMPARE(chart->writeImage(svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("EPS accretion / dilution"));
    // A folder that does not exist: a reason, and no file.
    const QString nowhere = dir_.filePath(QStringLiteral("missing/accretion.png"));
    QVERIFY(!chart->writeImage(nowhere).isEmpty());
    QVERIFY(!QFile::exists(nowhere));
    chart->copyToClipboard();
    const QMimeData* copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied && copied->hasImage());
    QVERIFY(copied->hasFormat(QStringLiteral("image/svg+xml")));
  }

  // The tab as a user meets it: acquirer beside target when wide, one above the other when
  // narrow; typing a net income in the grid is an undoable edit that moves the accretion.
  void editorLaysOutAndEdits() {
    const QString path = dir_.filePath(QStringLiteral("ma.valor"));
    const ScenarioDocument doc = pioneer();
    {
      auto ws = Workspace::create(path.toStdString(), {systemClock(), randomIdGenerator()});
      QVERIFY(ws);
      QVERIFY(ws.value()->addScenarios({doc}, "test", "Create"));
    }
    auto* document = valor::testing::openDocument(path, doc.root().id);
    QVERIFY(document);
    MaEditor editor(document);
    document->setParent(&editor);
    editor.resize(2200, 1100);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QGroupBox* acquirer = nullptr;
    QGroupBox* target = nullptr;
    for (QGroupBox* box : editor.findChildren<QGroupBox*>()) {
      if (box->title() == QStringLiteral("Acquirer")) acquirer = box;
      if (box->title() == QStringLiteral("Target")) target = box;
    }
    QVERIFY(acquirer && target);
    // The user widens the form by its splitter.
    QSplitter* split = nullptr;
    for (QSplitter* s : editor.findChildren<QSplitter*>())
      if (s->orientation() == Qt::Horizontal) split = s;
    QVERIFY(split);
    split->setSizes({1200, 1000});
    QTRY_COMPARE(target->y(), acquirer->y());
    QVERIFY(target->x() > acquirer->x());
    screenshot(&editor, "ma-wide");
    split->setSizes({450, 1750});
    QTRY_VERIFY(target->y() > acquirer->y());
    QCOMPARE(target->x(), acquirer->x());
    screenshot(&editor, "ma-narrow");

    // Under the fixed exchange ratio the issue discount is hidden; set (an error: the ratio sets
    // the shares) it shows, so it can be cleared; cleared, it goes again.
    FieldEdit* discount = editor.fieldEdit(QStringLiteral("ma.consideration.issue_discount"));
    QVERIFY(discount);
    QVERIFY(!discount->isVisibleTo(&editor));
    const Id block = document->modelBlock()->id;
    QVERIFY(document->setField(block, "consideration.issue_discount", Value(0.1)).isEmpty());
    QVERIFY(discount->isVisibleTo(&editor));
    QVERIFY(!maEvaluationOf(document->evaluation()).result);
    QVERIFY(document->setField(block, "consideration.issue_discount", std::nullopt).isEmpty());
    QVERIFY(!discount->isVisibleTo(&editor));
    QVERIFY(maEvaluationOf(document->evaluation()).result);

    // Pioneer's net income 2024 from 4,900 to 6,900: a constant driver becomes per-year values,
    // and year-1 PF NI rises by 2,000.
    PerYearModel* grid = editor.findChild<PerYearModel*>();
    QVERIFY(grid);
    int row = -1;
    for (int r = 0; r < grid->rowCount(); ++r)
      if (grid->driverOf(r) == "target.net_income") row = r;
    QVERIFY(row >= 0);
    const double before = maEvaluationOf(document->evaluation()).result->rows[0].proFormaNetIncome;
    QVERIFY(grid->setData(grid->index(row, 0), QStringLiteral("6900"), Qt::EditRole));
    const MaEvaluation& after = maEvaluationOf(document->evaluation());
    QVERIFY(after.result);
    QVERIFY(near(after.result->rows[0].proFormaNetIncome, before + 2000));
    QVERIFY(near(after.result->rows[1].proFormaNetIncome, kYear2ProFormaNi));
    document->undoStack()->undo();
    QVERIFY(near(maEvaluationOf(document->evaluation()).result->rows[0].proFormaNetIncome, before));

    // Net income grown from a base year: the row says so in the kind's words, and its menu
    // offers only the forms an M&A net income has (no stages). Made constant, the growth
    // fields go with it.
    QVERIFY(document->setField(block, "target.net_income.mode", Value(std::string("growth")))
                .isEmpty());
    QVERIFY(document->setField(block, "target.net_income.base", Value(4900.0)).isEmpty());
    QVERIFY(document->setField(block, "target.net_income.growth", Value(0.05)).isEmpty());
    QCOMPARE(grid->headerData(row, Qt::Vertical, Qt::DisplayRole).toString(),
             QStringLiteral("Target net income · Base year and growth"));
    QCOMPARE(grid->kindsOffered(row), (std::vector<std::string>{"constant", "per_year"}));
    std::unique_ptr<QMenu> menu(editor.findChild<PerYearView*>()->kindMenu(row, nullptr));
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("makeConstant")));
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("makeStaged")));
    auto kind = grid->kindOf(row);
    QVERIFY(kind);
    kind->mode = "constant";
    kind->constant = 5000;
    QCOMPARE(grid->setKind(row, *kind), QString());
    const Entity* ma = document->modelBlock();
    QCOMPARE(*ma->text("target.net_income.mode"), std::string("constant"));
    QCOMPARE(*ma->number("target.net_income.value"), 5000.0);
    QVERIFY(!ma->field("target.net_income.base") && !ma->field("target.net_income.growth"));
    QCOMPARE(QLocale().toDouble(grid->index(row, 1).data().toString()), 5000.0);
    // The history names a plain per-year field's year and a kind's own choice in its words.
    const ModelPresentation* p = presentationOf(document->scenario());
    QCOMPARE(p->captionOfPath("ma.target.revenue.2024").value_or(QString()),
             QStringLiteral("Target revenue 2024"));
    QCOMPARE(p->choiceCaption("ma.target.net_income.mode", "growth").value_or(QString()),
             QStringLiteral("Base year and growth"));
  }

 private:
  QTemporaryDir dir_;
};

QTEST_MAIN(TestMaResults)
#include "test_maresults.moc"
