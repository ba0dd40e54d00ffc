// The Forecast page as an analyst uses it, offscreen in the real main window on the bundled
// sample: Northwind's ten years of reported revenue fitted with a linear trend (run with F5, off
// the GUI thread), the fit in the table, the fan chart and the residual autocorrelations drawn,
// the forecast used as the revenue-growth drivers in one undoable step (point path and a
// percentile), a line no driver takes and a pasted series refused by name. The expected
// growth rates are worked out in the test from the OLS formulas.
#include <QtTest>

#include <QChart>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <cmath>
#include <vector>

#include "core/ops/mutation.h"
#include "tests/core/northwindtrend.h"
#include "tests/ui/samplesession.h"
#include "ui/analytics/analyticschart.h"
#include "ui/document/document.h"
#include "ui/forecast/fanchart.h"
#include "ui/forecast/forecastpanel.h"
#include "ui/jobs/jobrunner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/modelview.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::northwindTrendAt;

namespace {

const QString kNorthwind = QStringLiteral("Northwind Instruments — base case");

}  // namespace

class TestForecastPage : public QObject {
  Q_OBJECT

 private:
  valor::testing::SampleSession session_;
  std::unique_ptr<MainWindow> window_;

  ForecastPanel* openForecastPage() {
    window_ = std::make_unique<MainWindow>(session_.settings.get());
    window_->show();
    if (!window_->openWorkspace(session_.workspacePath)) return nullptr;
    auto id = window_->workspace()->findScenario(kNorthwind.toStdString());
    if (!id || !window_->openScenario(id.value())) return nullptr;
    auto* view = qobject_cast<ModelView*>(window_->currentEditor());
    if (!view) return nullptr;
    view->showPage(3);
    return view->forecastPanel();
  }

  static void onlyModels(ForecastPanel* panel, const QStringList& keys) {
    for (const char* key : {"ets", "arima", "trend", "logtrend", "naive", "snaive"})
      panel->setModelChosen(QLatin1String(key), keys.contains(QLatin1String(key)));
  }

  // F5 in the page, as the Run button's tooltip says; the button when the window cannot be
  // made active (a shortcut needs the focus in the page).
  static bool runAndWait(ForecastPanel* panel) {
    QApplication::setActiveWindow(panel->window());
    panel->modelTable()->setFocus();
    QTest::keyClick(panel->modelTable(), Qt::Key_F5);
    if (!panel->runner()->running())
      QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("forecastRun")),
                        Qt::LeftButton);
    return QTest::qWaitFor([panel] { return !panel->runner()->running(); }, 30000);
  }

  Document* document() const { return window_->currentEditor()->document(); }

  double growth(Year year) const {
    const Entity* dcf = document()->modelBlock();
    const YearMap* values = dcf->years("revenue_growth.values");
    return values && values->count(year) ? values->at(year) : std::nan("");
  }

 private slots:
  void initTestCase() {
    const QString problem = session_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void trendForecastBecomesTheGrowthDrivers() {
    ForecastPanel* panel = openForecastPage();
    QVERIFY(panel);
    QVERIFY(panel->chooseSeries(QStringLiteral("revenue")));
    onlyModels(panel, {QStringLiteral("trend"), QStringLiteral("naive")});
    panel->setHorizon(10);
    panel->setBacktestOrigins(3);
    QVERIFY(runAndWait(panel));
    QCOMPARE(static_cast<int>(panel->runs().size()), 2);
    QTableWidget* table = panel->modelTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Linear trend"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Naive"));
    QVERIFY(!panel->chart()->chart()->series().isEmpty());
    QVERIFY(!panel->residualChart()->chart()->series().isEmpty());

    panel->selectModel(0);
    QVERIFY2(panel->details().contains(QStringLiteral("slope")), qPrintable(panel->details()));
    QVERIFY(panel->useButton()->isEnabled());
    const int changesBefore = document()->undoStack()->count();
    QTest::mouseClick(panel->useButton(), Qt::LeftButton);
    QCOMPARE(document()->undoStack()->count(), changesBefore + 1);
    QVERIFY2(document()
                 ->undoStack()
                 ->text(document()->undoStack()->index() - 1)
                 .contains(QStringLiteral("Linear trend")),
             qPrintable(document()->undoStack()->undoText()));
    // g_2026 = F(11) / 2450 − 1, then g_y = F(t) / F(t − 1) − 1 on the line.
    QVERIFY(std::abs(growth(2026) - (northwindTrendAt(11) / 2450 - 1)) < 1e-12);
    for (Year year = 2027; year <= 2035; ++year) {
      const double t = 11 + (year - 2026);
      QVERIFY(std::abs(growth(year) - (northwindTrendAt(t) / northwindTrendAt(t - 1) - 1)) < 1e-12);
    }
    const Entity* dcf = document()->modelBlock();
    QCOMPARE(*dcf->text("revenue_growth.mode"), std::string("per_year"));
    const std::string source = *dcf->text("revenue_growth.source");
    QVERIFY2(source.find("Linear trend") != std::string::npos &&
                 source.find("revenue 2016–2025") != std::string::npos,
             source.c_str());

    // The 10th percentile path grows more slowly than the point path in the first year.
    const double pointGrowth = growth(2026);
    panel->choosePath(1);
    QVERIFY2(panel->useAsDrivers().isEmpty(), qPrintable(panel->message()));
    QVERIFY(growth(2026) < pointGrowth);

    // Undo twice: the sample's own growth path is back (8 % in 2026), without a source.
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(growth(2026), 0.08);
    QVERIFY(!document()->modelBlock()->text("revenue_growth.source"));
  }

  void lineWithoutDriverAndPastedSeriesAreRefusedByName() {
    ForecastPanel* panel = openForecastPage();
    QVERIFY(panel);
    QVERIFY(panel->chooseSeries(QStringLiteral("ebitda")));
    onlyModels(panel, {QStringLiteral("trend")});
    panel->setBacktestOrigins(0);
    QVERIFY(runAndWait(panel));
    QVERIFY(!panel->useButton()->isEnabled());
    QVERIFY2(panel->useAsDrivers().contains(QStringLiteral("EBITDA")),
             qPrintable(panel->message()));

    // A pasted series with a skipped quarter is refused, naming where.
    const QString skipped =
        panel->usePastedSeries(QStringLiteral("period,value\n2019Q1,10\n2019Q3,12\n"));
    QVERIFY2(
        skipped.contains(QStringLiteral("2019Q3")) && skipped.contains(QStringLiteral("2019Q2")),
        qPrintable(skipped));
    QString quarters = QStringLiteral("period\tvalue\n");
    for (int i = 0; i < 12; ++i)
      quarters +=
          QStringLiteral("%1Q%2\t%3\n").arg(2021 + i / 4).arg(i % 4 + 1).arg(100 + i + (i % 4) * 5);
    QVERIFY(panel->usePastedSeries(quarters).isEmpty());
    onlyModels(panel, {QStringLiteral("snaive"), QStringLiteral("trend")});
    QVERIFY(runAndWait(panel));
    QCOMPARE(static_cast<int>(panel->runs().size()), 2);
    QVERIFY(!panel->useButton()->isEnabled());
    QVERIFY(panel->useAsDrivers().contains(QStringLiteral("pasted")));
  }

  void editedActualsMakeTheForecastStale() {
    ForecastPanel* panel = openForecastPage();
    QVERIFY(panel);
    QVERIFY(panel->chooseSeries(QStringLiteral("revenue")));
    onlyModels(panel, {QStringLiteral("trend")});
    panel->setBacktestOrigins(0);
    QVERIFY(runAndWait(panel));
    QVERIFY(panel->useButton()->isEnabled());
    // A restated 2025 revenue: the forecast no longer describes the actuals.
    const ScenarioDocument& doc = document()->scenario();
    const Entity* actuals = doc.child(doc.root(), "actuals");
    QVERIFY(actuals);
    const QString refused =
        document()->edit({setFieldOp(doc, actuals->id, "revenue.values", Value(2500.0), 2025)},
                         LabelCode{"import_actuals", {"a restatement"}});
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QVERIFY(!panel->useButton()->isEnabled());
    QVERIFY2(panel->message().contains(QStringLiteral("changed")), qPrintable(panel->message()));
  }

  void cancelStopsALongRunPromptly() {
    ForecastPanel* panel = openForecastPage();
    QVERIFY(panel);
    // Twenty years of a monthly series with a trend and a season: automatic seasonal ARIMA and
    // ETS refitted at 60 backtest origins is a long job.
    QString rows;
    for (int i = 0; i < 240; ++i)
      rows += QStringLiteral("%1-%2,%3\n")
                  .arg(2000 + i / 12)
                  .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                  .arg(100 + i + 10 * std::sin(i * 0.5236) + (i * 7919 % 13));
    QVERIFY(panel->usePastedSeries(rows).isEmpty());
    onlyModels(panel, {QStringLiteral("arima"), QStringLiteral("ets")});
    panel->setBacktestOrigins(60);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("forecastRun")),
                      Qt::LeftButton);
    QVERIFY(panel->runner()->running());
    panel->runner()->cancel();
    QVERIFY(QTest::qWaitFor([panel] { return !panel->runner()->running(); }, 10000));
    QVERIFY2(panel->message().contains(QStringLiteral("Cancelled")), qPrintable(panel->message()));
    QVERIFY(panel->runs().empty());
  }

  void cleanupTestCase() { window_.reset(); }
};

QTEST_MAIN(TestForecastPage)
#include "test_forecastpage.moc"
