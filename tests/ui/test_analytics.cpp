// The analytics area driven like a user would: run the sample's Monte Carlo in the background,
// see the statistics, edit the scenario and see the result marked stale, add a varying input
// and undo it, reopen and find the settings kept; the sensitivity grid, tornado and goal seek.
// Set VALOR_SCREENSHOT_DIR to save pictures of the pages for a look.
#include <QtTest>

#include <QFile>
#include <QProcess>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QValueAxis>

#include "core/analytics/montecarlosettings.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/lbo/lbokind.h"
#include "core/models/ma/makind.h"
#include "tests/ui/samplesession.h"
#include "tests/ui/screenshot.h"
#include "ui/analytics/analyticschart.h"
#include "ui/analytics/analyticspanel.h"
#include "ui/analytics/inputcaption.h"
#include "ui/analytics/montecarlopage.h"
#include "ui/analytics/sensitivitygridmodel.h"
#include "ui/analytics/sensitivitypages.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/models/dcf/dcfeditor.h"
#include "ui/settings/appearance.h"
#include "ui/settings/settings.h"

using namespace valor;
using namespace valor::ui;

using valor::testing::screenshot;

namespace {
const QString kNorthwind = QStringLiteral("Northwind Instruments — base case");

// The text of a PDF as poppler's pdftotext reads it (make test installs poppler-utils).
QString pdfText(const QString& path) {
  QProcess process;
  process.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
  if (!process.waitForFinished(30000) || process.exitCode() != 0) return {};
  return QString::fromUtf8(process.readAllStandardOutput());
}

QString statistic(QTableWidget* table, const QString& name) {
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, 0)->text() == name) return table->item(r, 1)->text();
  return {};
}
}  // namespace

class TestAnalytics : public QObject {
  Q_OBJECT

 private:
  valor::testing::SampleSession session_;

  std::unique_ptr<MainWindow> openNorthwind() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->resize(1400, 900);
    window->show();
    if (!window->openWorkspace(session_.workspacePath)) return nullptr;
    auto id = window->workspace()->findScenario(kNorthwind.toStdString());
    if (!id || !window->openScenario(id.value())) return nullptr;
    window->currentEditor()->showPage(1);
    return window;
  }

 private slots:
  void initTestCase() {
    const QString problem = session_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void monteCarloRunsInTheBackgroundAndGoesStale() {
    auto window = openNorthwind();
    QVERIFY(window);
    MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
    // The sample's saved settings are shown.
    QCOMPARE(page->findChild<QSpinBox*>()->value(), 100000);  // the paths
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("runSimulation")),
                      Qt::LeftButton);
    // The GUI thread is free while it runs; the result arrives by itself.
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value(), 30000);
    QVERIFY(!page->runner()->running());
    const MonteCarloResult& r = *page->result();
    QCOMPARE(r.paths, std::uint64_t{100000});
    QCOMPARE(r.valued + r.failures[1] + r.failures[2] + r.failures[3] + r.failures[4], r.paths);
    // The sample's distributions are centred near the base case: the mean is within 10 %.
    QVERIFY2(std::fabs(r.mean / r.baseOutput - 1) < 0.1, qPrintable(QString::number(r.mean)));
    auto* stats = page->findChild<QTableWidget*>(QStringLiteral("monteCarloStatistics"));
    QVERIFY(!statistic(stats, QStringLiteral("Mean")).isEmpty());
    QVERIFY(!statistic(stats, QStringLiteral("P95")).isEmpty());
    QVERIFY(!page->resultIsStale());
    screenshot(page, "analytics-montecarlo", true);
    // A report made now carries the simulation's charts; once the scenario changes, not.
    const auto pdfPages = [&](const QString& name) {
      const QString path = session_.dir.filePath(name);
      if (!window->exportPdfTo(path)) return -1;
      QFile file(path);
      if (!file.open(QIODevice::ReadOnly)) return -1;
      return static_cast<int>(file.readAll().count("/Type /Page\n"));
    };
    const int withSimulation = pdfPages(QStringLiteral("with-simulation.pdf"));
    // Its summary too, with the figures as the statistics table shows them.
    const QString text = pdfText(session_.dir.filePath(QStringLiteral("with-simulation.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Monte Carlo summary")), qPrintable(text.left(400)));
    QVERIFY(text.contains(statistic(stats, QStringLiteral("Median"))));
    QVERIFY(text.contains(QStringLiteral("Paths simulated")));

    // Change an input: the result now belongs to an older state of the scenario.
    Document* doc = window->currentEditor()->document();
    QVERIFY(doc->setField(doc->modelBlock()->id, "terminal_value.growth", Value(0.02)).isEmpty());
    QVERIFY(page->resultIsStale());
    QVERIFY(page->lastMessage().contains(QStringLiteral("stale")));
    const int stale = pdfPages(QStringLiteral("stale-simulation.pdf"));
    QVERIFY2(stale > 0 && withSimulation > stale,
             qPrintable(QStringLiteral("%1 pages, then %2").arg(withSimulation).arg(stale)));
    QVERIFY(!pdfText(session_.dir.filePath(QStringLiteral("stale-simulation.pdf")))
                 .contains(QStringLiteral("Monte Carlo summary")));
  }

  void cancelStopsTheRun() {
    auto window = openNorthwind();
    QVERIFY(window);
    MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
    page->findChild<QSpinBox*>()->setValue(5000000);
    emit page->findChild<QSpinBox*>()->editingFinished();
    page->run();
    QVERIFY(page->runner()->running());
    page->runner()->cancel();
    QVERIFY(!page->runner()->running());
    QVERIFY(!page->result().has_value());
    // The setting was saved as an edit and is undoable.
    QUndoStack* undo = window->currentEditor()->document()->undoStack();
    QVERIFY(undo->canUndo());
    undo->undo();
    QCOMPARE(page->findChild<QSpinBox*>()->value(), 100000);  // the paths
  }

  // Cancel keeps the previous result, with the progress gone back to it, and says the result
  // is the earlier run's, which no longer matches the settings (the paths were changed).
  void cancelKeepsThePreviousResultAndSaysSo() {
    auto window = openNorthwind();
    QVERIFY(window);
    MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
    auto* paths = page->findChild<QSpinBox*>();
    paths->setValue(2000);
    emit paths->editingFinished();
    page->run();
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value(), 30000);
    const double mean = page->result()->mean;
    paths->setValue(5000000);
    emit paths->editingFinished();
    page->run();
    QVERIFY(page->runner()->running());
    page->runner()->cancel();
    QVERIFY(page->result().has_value());
    QCOMPARE(page->result()->mean, mean);
    QVERIFY(page->settingsChangedSinceResult());
    QVERIFY2(page->lastMessage().contains(QStringLiteral("previous run, which no longer matches")),
             qPrintable(page->lastMessage()));
    auto* bar = page->findChild<QProgressBar*>();
    QVERIFY(bar);
    QCOMPARE(bar->format(), QStringLiteral("Done"));
    QUndoStack* undo = window->currentEditor()->document()->undoStack();
    undo->undo();
    undo->undo();
  }

  void addedInputIsSavedAndUndoable() {
    {
      auto window = openNorthwind();
      QVERIFY(window);
      MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
      Document* doc = window->currentEditor()->document();
      QVERIFY(page->addInput(QStringLiteral("dcf.tax_rate.value")).isEmpty());
      const Entity* mc = doc->scenario().child(doc->scenario().root(), "monte_carlo");
      const auto inputs = doc->scenario().listMembers(*mc, "inputs");
      QCOMPARE(inputs.size(), std::size_t{4});
      QCOMPARE(*inputs.back()->text("distribution"), std::string("normal"));
      QCOMPARE(*inputs.back()->number("mean"), 0.24);  // the sample's tax rate
      // A field the valuation does not use is refused with its path named.
      QVERIFY(page->addInput(QStringLiteral("dcf.years")).contains(QStringLiteral("dcf.years")));
    }
    // Reopened: the added input is still there (saved at once).
    auto window = openNorthwind();
    QVERIFY(window);
    Document* doc = window->currentEditor()->document();
    const Entity* mc = doc->scenario().child(doc->scenario().root(), "monte_carlo");
    QCOMPARE(doc->scenario().listMembers(*mc, "inputs").size(), std::size_t{4});
  }

  void sensitivityGridTornadoAndGoalSeek() {
    auto window = openNorthwind();
    QVERIFY(window);
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    panel->setCurrentIndex(1);
    SensitivityPage* grid = panel->sensitivity();
    grid->compute();  // valued on a worker: the table fills when it is done
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(grid->table()->model()->rowCount(), 9);
    QCOMPARE(grid->table()->model()->columnCount(), 9);
    // The classic WACC × terminal growth table, though Northwind builds its WACC up from CAPM:
    // the WACC is offered as a what-if over the built-up one.
    QCOMPARE(grid->findChildren<QComboBox*>().at(0)->currentData().toString(),
             QStringLiteral("dcf.discount_rate.wacc"));
    QCOMPARE(grid->findChildren<QComboBox*>().at(1)->currentData().toString(),
             QStringLiteral("dcf.terminal_value.growth"));
    // In round steps about the scenario's own values, which sit in the middle of the table: the
    // round step of 0.1, 0.25, 0.5, 1 … pp nearest above 5 % of the value (WACC 8.475 %: 0.5 pp;
    // growth 2 %: 0.1 pp, 2.5 %: 0.25 pp, as earlier tests may have left it).
    const auto* shaded = qobject_cast<const SensitivityGridModel*>(grid->table()->model());
    QVERIFY(shaded);
    QCOMPARE(shaded->baseCell(), std::make_optional(std::make_pair(4, 4)));
    QVERIFY(std::fabs(shaded->grid().xs[1] - shaded->grid().xs[0] - 0.005) < 1e-12);
    const double growth = shaded->grid().ys[4];
    const double growthStep = growth * 0.05 <= 0.001 ? 0.001 : 0.0025;
    QVERIFY(growth >= 0.01 && growth <= 0.05);  // where the two steps above are the rule's
    QVERIFY(std::fabs(shaded->grid().ys[1] - shaded->grid().ys[0] - growthStep) < 1e-12);
    // The CSV says what it is (title, scenario, output with its unit, inputs), then the grid as
    // shown: captions and values at display precision, never paths or raw decimals.
    const QStringList lines = grid->csv().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5 + 1 + 10 + 1);  // the header, a blank line, 10 rows, the end
    QCOMPARE(lines[0], grid->gridTitle());
    QVERIFY2(lines[1].startsWith(QStringLiteral("Scenario,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("Output,Value per share (")), qPrintable(lines[2]));
    QCOMPARE(lines[3], QStringLiteral("Across,WACC"));
    QCOMPARE(lines[4], QStringLiteral("Down,Terminal growth"));
    QCOMPARE(lines[5], QString());
    QCOMPARE(lines[6].section(QLatin1Char(','), 1, 1),
             shaded->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString());
    QVERIFY(lines[6].section(QLatin1Char(','), 1, 1).endsWith(QStringLiteral(" %")));
    QVERIFY(lines[11].contains(shaded->data(shaded->index(4, 4), Qt::DisplayRole).toString()));
    QVERIFY(!grid->csv().contains(QStringLiteral("dcf.")));
    screenshot(grid, "analytics-sensitivity", true);
    // The report prints the grid as shown: its title, and the scenario's own cell in it.
    QVERIFY(grid->gridIsCurrent());
    QVERIFY(grid->gridTitle().startsWith(QStringLiteral("Value per share as ")));
    const QString pdf = session_.dir.filePath(QStringLiteral("with-grid.pdf"));
    QVERIFY(window->exportPdfTo(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Sensitivity")), qPrintable(text.left(400)));
    const QAbstractItemModel* cells = grid->table()->model();
    QVERIFY(text.contains(cells->data(cells->index(4, 4)).toString()));
    QVERIFY(text.contains(cells->headerData(0, Qt::Horizontal).toString()));
    // Down: none gives a one-way sweep, one row of the output.
    auto* down = grid->findChildren<QComboBox*>().at(1);
    QCOMPARE(down->itemData(0).toString(), QString());
    down->setCurrentIndex(0);
    grid->compute();
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(grid->table()->model()->rowCount(), 1);
    QCOMPARE(grid->table()->model()->columnCount(), 9);
    QVERIFY(grid->gridTitle().endsWith(QStringLiteral(" as WACC varies")));
    QVERIFY(grid->csv().contains(QStringLiteral("\r\nAcross,WACC\r\n")));
    QVERIFY(!grid->csv().contains(QStringLiteral("\r\nDown,")));
    screenshot(grid, "analytics-sweep", true);

    panel->setCurrentIndex(2);
    panel->tornado()->compute();
    QTRY_VERIFY(!panel->tornado()->computing());
    const Tornado& t = panel->tornado()->tornado();
    QVERIFY(t.bars.size() > 5);
    for (std::size_t i = 1; i < t.bars.size(); ++i)
      if (t.bars[i].outputAtLow && t.bars[i].outputAtHigh)
        QVERIFY(t.bars[i - 1].swing >= t.bars[i].swing);
    screenshot(panel->tornado(), "analytics-tornado", true);

    panel->setCurrentIndex(3);
    GoalSeekPage* seek = panel->goalSeek();
    seek->field()->setCurrentIndex(
        seek->field()->findData(QStringLiteral("dcf.discount_rate.beta")));
    seek->target()->setText(QStringLiteral("40"));
    seek->solve();
    QVERIFY2(seek->resultText().startsWith(QStringLiteral("Beta = ")),
             qPrintable(seek->resultText()));
    // No tax rate from 0 to 100 % gives 40,000 a share.
    seek->field()->setCurrentIndex(seek->field()->findData(QStringLiteral("dcf.tax_rate.value")));
    seek->target()->setText(QStringLiteral("40000"));
    seek->solve();
    QVERIFY2(seek->resultText().contains(QStringLiteral("no value of")),
             qPrintable(seek->resultText()));
    screenshot(seek, "analytics-goalseek", true);
  }

  // The buyout sample through the same pages: its saved simulation of the sponsor IRR, the
  // returns table (entry price across, exit multiple down) and goal seek on the exit multiple.
  void buyoutAnalytics() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->resize(1400, 900);
    window->show();
    QVERIFY(window->openWorkspace(session_.workspacePath));
    auto id = window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)");
    QVERIFY(id && window->openScenario(id.value()));
    window->currentEditor()->showPage(1);
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    MonteCarloPage* page = panel->monteCarlo();
    page->run();
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value(), 30000);
    const MonteCarloResult& r = *page->result();
    QCOMPARE(r.paths, std::uint64_t{100000});
    QCOMPARE(r.valued, r.paths);  // margins of 13.5–16 % always cover the debt service
    QVERIFY2(std::fabs(r.mean - r.baseOutput) < 0.03, qPrintable(QString::number(r.mean)));
    screenshot(page, "analytics-lbo-montecarlo", true);

    panel->setCurrentIndex(1);
    SensitivityPage* grid = panel->sensitivity();
    const auto axes = grid->findChildren<QComboBox*>();
    QCOMPARE(axes.at(0)->currentData().toString(), QStringLiteral("lbo.entry.price"));
    QCOMPARE(axes.at(1)->currentData().toString(), QStringLiteral("lbo.exit.multiple"));
    grid->compute();
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(grid->table()->model()->rowCount(), 9);
    screenshot(grid, "analytics-lbo-sensitivity", true);

    panel->setCurrentIndex(3);
    GoalSeekPage* seek = panel->goalSeek();
    seek->field()->setCurrentIndex(seek->field()->findData(QStringLiteral("lbo.exit.multiple")));
    seek->target()->setText(QStringLiteral("25"));  // a 25 % IRR, typed as a percentage
    seek->solve();
    QVERIFY2(seek->resultText().contains(QStringLiteral("gives Sponsor IRR = 25")),
             qPrintable(seek->resultText()));
    // The IRR at the exit multiple it found is 25 % (the slow path: set it and value).
    Document* doc = window->currentEditor()->document();
    seek->findChild<QPushButton*>(QStringLiteral("useGoalSeekResult"))->click();
    QVERIFY(std::fabs(*lboEvaluationOf(doc->evaluation()).result->irr - 0.25) < 1e-9);
    screenshot(seek, "analytics-lbo-goalseek", true);
  }

  // The merger's analytics: its saved simulation, the accretion grid (the offer across, the
  // share paid in stock down) and the exchange ratio at which year-1 EPS breaks even — which is
  // the engine's maximum EPS-neutral offer price over the acquirer's share price.
  void mergerAnalytics() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->resize(1400, 900);
    window->show();
    QVERIFY(window->openWorkspace(session_.workspacePath));
    auto id = window->workspace()->findScenario("ExxonMobil / Pioneer — all-stock merger (2023)");
    QVERIFY(id && window->openScenario(id.value()));
    window->currentEditor()->showPage(1);
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    MonteCarloPage* page = panel->monteCarlo();
    page->run();
    QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value(), 30000);
    const MonteCarloResult& r = *page->result();
    QCOMPARE(r.paths, std::uint64_t{100000});
    QCOMPARE(r.valued, r.paths);
    // The histogram counts from 0 in whole paths; P5, P50 and P95 and the paths beyond the
    // plotted range (P0.5–P99.5: 500 each side of 100,000) are written under its title.
    auto* histogram = page->findChild<AnalyticsChart*>(QStringLiteral("histogram"));
    QVERIFY(histogram && histogram->valueAxis());
    QCOMPARE(histogram->valueAxis()->min(), 0.0);
    QCOMPARE(histogram->valueAxis()->labelFormat(), QStringLiteral("%.0f"));
    const QString title = histogram->chart()->title();
    QVERIFY2(title.contains(QStringLiteral("P50 = ")), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("500 below, 500 above")), qPrintable(title));
    screenshot(page, "analytics-ma-montecarlo", true);

    panel->setCurrentIndex(1);
    SensitivityPage* grid = panel->sensitivity();
    const auto axes = grid->findChildren<QComboBox*>();
    QCOMPARE(axes.at(0)->currentData().toString(), QStringLiteral("ma.offer.exchange_ratio"));
    QCOMPARE(axes.at(1)->currentData().toString(), QStringLiteral("ma.consideration.stock"));
    grid->compute();
    QTRY_VERIFY(!grid->computing());
    // The share paid in stock is suggested within 0–100 %: from 80 % up to the 100 % of the deal,
    // so every cell is valued.
    QAbstractItemModel* cells = grid->table()->model();
    QCOMPARE(cells->headerData(0, Qt::Vertical).toString(), QStringLiteral("80 %"));
    QCOMPARE(cells->headerData(cells->rowCount() - 1, Qt::Vertical).toString(),
             QStringLiteral("100 %"));
    for (int row = 0; row < cells->rowCount(); ++row)
      for (int column = 0; column < cells->columnCount(); ++column)
        QVERIFY(cells->data(cells->index(row, column)).toString() != QStringLiteral("n/a"));
    // Shaded around the scenario's own value: its cell (the 2.3234 ratio, 100 % stock: the last
    // row, the middle column) is bold and white; a better (less dilutive) cell is green, a worse
    // one red.
    auto* heat = qobject_cast<SensitivityGridModel*>(cells);
    QVERIFY(heat && heat->baseCell());
    const int baseRow = heat->baseCell()->first, baseColumn = heat->baseCell()->second;
    QCOMPARE(baseRow, cells->rowCount() - 1);
    QCOMPARE(baseColumn, cells->columnCount() / 2);
    const QModelIndex baseIndex = cells->index(baseRow, baseColumn);
    QVERIFY(cells->data(baseIndex, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cells->data(baseIndex, Qt::BackgroundRole).value<QColor>(), QColor(Qt::white));
    // A higher exchange ratio pays more in shares: more dilutive, below the base, red.
    const QColor worse =
        cells->data(cells->index(baseRow, baseColumn + 1), Qt::BackgroundRole).value<QColor>();
    QVERIFY(worse.red() > worse.green());
    const QColor better =
        cells->data(cells->index(baseRow, baseColumn - 1), Qt::BackgroundRole).value<QColor>();
    QVERIFY(better.green() > better.red());
    screenshot(grid, "analytics-ma-sensitivity", true);

    panel->setCurrentIndex(3);
    GoalSeekPage* seek = panel->goalSeek();
    seek->field()->setCurrentIndex(
        seek->field()->findData(QStringLiteral("ma.offer.exchange_ratio")));
    seek->target()->setText(QStringLiteral("0"));  // neither accretive nor dilutive in year 1
    seek->solve();
    QVERIFY2(seek->resultText().contains(QStringLiteral("Accretion / dilution, year 1")),
             qPrintable(seek->resultText()));
    Document* doc = window->currentEditor()->document();
    const double maxPrice = *maEvaluationOf(doc->evaluation()).result->rows[0].maxOfferPrice;
    seek->findChild<QPushButton*>(QStringLiteral("useGoalSeekResult"))->click();
    const MaResult& after = *maEvaluationOf(doc->evaluation()).result;
    QVERIFY(std::fabs(after.rows[0].accretion) < 1e-9);
    QVERIFY(std::fabs(after.offerPrice / maxPrice - 1) < 1e-9);
    screenshot(seek, "analytics-ma-goalseek", true);
  }

  void discreteInputGetsItsOutcomes() {
    auto window = openNorthwind();
    QVERIFY(window);
    MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
    Document* doc = window->currentEditor()->document();
    QTableView* inputsView = nullptr;
    for (auto* view : page->findChildren<QTableView*>())
      if (view->accessibleName() == QStringLiteral("Inputs that vary")) inputsView = view;
    QVERIFY(inputsView);
    QAbstractItemModel* inputs = inputsView->model();
    const int rows = inputs->rowCount();
    QVERIFY(page->addInput(QStringLiteral("dcf.equity_bridge.cash")).isEmpty());
    QCOMPARE(inputs->rowCount(), rows + 1);
    // Choose discrete for it, as the distribution chooser does, and select its row.
    QVERIFY(inputs->setData(inputs->index(rows, 1), QStringLiteral("discrete"), Qt::EditRole));
    // A discrete input without outcomes is a settings problem; the other settings still show
    // as saved (the sample's 100,000 paths), not as defaults that could be saved over them.
    QCOMPARE(page->findChild<QSpinBox*>()->value(), 100000);
    inputsView->setCurrentIndex(inputs->index(rows, 0));
    QTableView* outcomesView = nullptr;
    for (auto* view : page->findChildren<QTableView*>())
      if (view->accessibleName() == QStringLiteral("Outcomes")) outcomesView = view;
    QVERIFY(outcomesView);
    QTRY_VERIFY(outcomesView->isVisibleTo(page));
    for (auto* b : page->findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Add O&utcome")) {
        QTest::mouseClick(b, Qt::LeftButton);
        QTest::mouseClick(b, Qt::LeftButton);
      }
    QAbstractItemModel* outcomes = outcomesView->model();
    QCOMPARE(outcomes->rowCount(), 2);
    QVERIFY(outcomes->setData(outcomes->index(0, 0), QStringLiteral("100"), Qt::EditRole));
    QVERIFY(outcomes->setData(outcomes->index(0, 1), QStringLiteral("0.25"), Qt::EditRole));
    QVERIFY(outcomes->setData(outcomes->index(1, 0), QStringLiteral("300"), Qt::EditRole));
    QVERIFY(outcomes->setData(outcomes->index(1, 1), QStringLiteral("0.75"), Qt::EditRole));
    auto settings = monteCarloSettings(doc->scenario());
    QVERIFY(settings);
    const DistributionSpec& d = settings.value().inputs.back().distribution;
    QCOMPARE(d.kind, DistributionKind::Discrete);
    QCOMPARE(d.outcomes.size(), std::size_t{2});
    QCOMPARE(d.outcomes[1].value, 300.0);
    // Removing the input removes its outcomes with it, as one undoable step.
    const auto before = doc->scenario().entities.size();
    inputsView->setCurrentIndex(inputs->index(rows, 0));
    for (auto* b : page->findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Remove Input")) QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(doc->scenario().entities.size(), before - 3);
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().entities.size(), before);
  }

  void inputNamesNeverFailOnOddPaths() {
    QCOMPARE(InputCaption::of("dcf.revenue_growth.values.2027"),
             QStringLiteral("Revenue growth 2027"));
    QCOMPARE(InputCaption::of("dcf.equity_bridge.options[1].strike"),
             QStringLiteral("Option tranche 2: strike"));
    QCOMPARE(InputCaption::of("dcf.equity_bridge.options[1]"), QStringLiteral("Option tranche 2"));
    // Paths a hand-edited file may hold show as themselves rather than failing.
    for (const char* odd : {"dcf.equity_bridge.options[", "dcf.equity_bridge.options[x].count",
                            "dcf.equity_bridge.options[1]x", "dcf.equity_bridge.options[1].x",
                            "dcf.equity_bridge.options[99999999999].count", "nonsense"})
      QCOMPARE(InputCaption::of(odd), QString::fromLatin1(odd));
  }

  void largeSeedsAreShownAndKept() {
    auto window = openNorthwind();
    QVERIFY(window);
    MonteCarloPage* page = window->currentEditor()->analyticsPanel()->monteCarlo();
    Document* doc = window->currentEditor()->document();
    const Entity* mc = doc->scenario().child(doc->scenario().root(), "monte_carlo");
    QVERIFY(doc->setField(mc->id, "seed", Value(9007199254740991.0)).isEmpty());
    QLineEdit* seed = nullptr;
    for (auto* edit : page->findChildren<QLineEdit*>())
      if (edit->accessibleName() == QStringLiteral("Seed")) seed = edit;
    QVERIFY(seed);
    QCOMPARE(seed->text(), QStringLiteral("9007199254740991"));
    // Leaving the field without a change saves nothing.
    const auto revision = doc->revision();
    emit seed->editingFinished();
    QCOMPARE(doc->revision(), revision);
    seed->setText(QStringLiteral("12x"));
    emit seed->editingFinished();
    QCOMPARE(doc->revision(), revision);
    QVERIFY(page->lastMessage().contains(QStringLiteral("Seed")));
  }

  void languageSwitchReachesTheAnalytics() {
    auto window = openNorthwind();
    QVERIFY(window);
    Appearance appearance(session_.settings.get());
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    auto runButton = [&] {
      return panel->monteCarlo()->findChild<QPushButton*>(QStringLiteral("runSimulation"));
    };
    QVERIFY(runButton());
    QCOMPARE(runButton()->text(), QStringLiteral("&Run Simulation"));
    session_.settings->setLanguage(QStringLiteral("de"));
    QCOMPARE(runButton()->text(), QStringLiteral("Simulation sta&rten"));
    QVERIFY(panel->tabText(3) != QStringLiteral("&Goal Seek"));
    // Numbers follow the app's language, whatever the machine's locale.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(parseFieldValue(QStringLiteral("2,5 %"), QStringLiteral("rate")).value,
             std::optional<double>(0.025));
    session_.settings->setLanguage(QStringLiteral("en"));
    QCOMPARE(runButton()->text(), QStringLiteral("&Run Simulation"));
    QCOMPARE(panel->tabText(3), QStringLiteral("&Goal Seek"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
    QLocale::setDefault(QLocale::c());  // as the other tests expect
  }

  // A typed step size keeps "from", fits as many whole steps as "to" allows and ends there;
  // the step shown follows from, to and the count; a step that makes no grid is refused.
  void stepSizeGivesRoundValues() {
    auto window = openNorthwind();
    QVERIFY(window);
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    panel->setCurrentIndex(1);
    SensitivityPage* grid = panel->sensitivity();
    QLineEdit *from = nullptr, *to = nullptr, *step = nullptr;
    QSpinBox* steps = nullptr;
    for (auto* e : grid->findChildren<QLineEdit*>()) {
      if (e->accessibleName() == QStringLiteral("Across (x) from")) from = e;
      if (e->accessibleName() == QStringLiteral("Across (x) to")) to = e;
      if (e->accessibleName() == QStringLiteral("Across (x) step size")) step = e;
    }
    for (auto* e : grid->findChildren<QSpinBox*>())
      if (e->accessibleName() == QStringLiteral("Across (x) steps")) steps = e;
    QVERIFY(from && to && step && steps);
    auto* across = grid->findChildren<QComboBox*>().at(0);
    QCOMPARE(across->currentData().toString(), QStringLiteral("dcf.discount_rate.wacc"));
    // The suggested range moves in round steps already (WACC by 0.5 point).
    QCOMPARE(step->text(), QStringLiteral("0.5 %"));

    from->setText(QStringLiteral("7"));
    to->setText(QStringLiteral("9.2 %"));
    step->setText(QStringLiteral("0.5"));  // percent fields read 0.5 as 0.5 %
    emit step->editingFinished();
    QCOMPARE(steps->value(), 5);  // 7, 7.5, 8, 8.5, 9
    QCOMPARE(to->text(), QStringLiteral("9 %"));
    QCOMPARE(step->text(), QStringLiteral("0.5 %"));
    grid->compute();
    QTRY_VERIFY(!grid->computing());
    const auto* cells = qobject_cast<const SensitivityGridModel*>(grid->table()->model());
    QCOMPARE(cells->grid().xs.size(), std::size_t{5});
    for (std::size_t i = 0; i < 5; ++i)
      QVERIFY(std::fabs(cells->grid().xs[i] - (0.07 + 0.005 * static_cast<double>(i))) < 1e-15);

    steps->setValue(3);  // (9 % − 7 %) / 2
    QCOMPARE(step->text(), QStringLiteral("1 %"));
    step->setText(QStringLiteral("0"));
    emit step->editingFinished();
    QVERIFY(grid->message().contains(QStringLiteral("Step size")));
    QCOMPARE(step->text(), QStringLiteral("1 %"));
    QCOMPARE(steps->value(), 3);
    step->setText(QStringLiteral("0.001"));  // 2,001 values
    emit step->editingFinished();
    QVERIFY(grid->message().contains(QStringLiteral("2001")));
    QCOMPARE(steps->value(), 3);
  }

  // The grid and tornado an analyst set up are saved with the scenario when computed (one
  // undoable change each) and are there again when the scenario is next opened.
  void sensitivityChoicesAreSavedWithTheScenario() {
    auto window = openNorthwind();
    QVERIFY(window);
    AnalyticsPanel* panel = window->currentEditor()->analyticsPanel();
    panel->setCurrentIndex(1);
    SensitivityPage* grid = panel->sensitivity();
    const auto edit = [](QWidget* page, const QString& name) {
      for (auto* e : page->findChildren<QLineEdit*>())
        if (e->accessibleName() == name) return e;
      return static_cast<QLineEdit*>(nullptr);
    };
    const auto spin = [](QWidget* page, const QString& name) {
      for (auto* e : page->findChildren<QSpinBox*>())
        if (e->accessibleName() == name) return e;
      return static_cast<QSpinBox*>(nullptr);
    };
    const auto button = [](QWidget* page, const QString& text) {
      for (auto* b : page->findChildren<QPushButton*>())
        if (b->text() == text) return b;
      return static_cast<QPushButton*>(nullptr);
    };
    auto* across = grid->findChildren<QComboBox*>().at(0);
    auto* down = grid->findChildren<QComboBox*>().at(1);
    auto* output = grid->findChildren<QComboBox*>().at(2);
    across->setCurrentIndex(across->findData(QStringLiteral("dcf.discount_rate.beta")));
    edit(grid, QStringLiteral("Across (x) from"))->setText(QStringLiteral("0.7"));
    edit(grid, QStringLiteral("Across (x) to"))->setText(QStringLiteral("1.1"));
    spin(grid, QStringLiteral("Across (x) steps"))->setValue(5);
    down->setCurrentIndex(down->findData(QStringLiteral("dcf.terminal_value.growth")));
    spin(grid, QStringLiteral("Down (y) steps"))->setValue(4);
    edit(grid, QStringLiteral("Down (y) from"))->setText(QStringLiteral("1.5"));
    edit(grid, QStringLiteral("Down (y) to"))->setText(QStringLiteral("3 %"));
    output->setCurrentIndex(output->findData(QStringLiteral("enterprise_value")));
    Document* doc = window->currentEditor()->document();
    const std::int64_t before = doc->revision();
    button(grid, QStringLiteral("&Compute Grid"))->click();
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(grid->table()->model()->columnCount(), 5);
    QCOMPARE(grid->table()->model()->rowCount(), 4);
    QCOMPARE(doc->revision(), before + 1);
    const Entity* saved = doc->scenario().child(doc->scenario().root(), "sensitivity");
    QVERIFY(saved);
    QCOMPARE(*saved->text("across"), std::string("dcf.discount_rate.beta"));
    QCOMPARE(*saved->number("across_from"), 0.7);
    QCOMPARE(*saved->number("across_to"), 1.1);
    QCOMPARE(*saved->number("across_steps"), 5.0);
    QCOMPARE(*saved->text("down"), std::string("dcf.terminal_value.growth"));
    QCOMPARE(*saved->number("down_from"), 0.015);
    QCOMPARE(*saved->number("down_to"), 0.03);
    QCOMPARE(*saved->number("down_steps"), 4.0);
    QCOMPARE(*saved->text("output"), std::string("enterprise_value"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Save sensitivity grid settings"));
    // Computing again without a change saves nothing.
    button(grid, QStringLiteral("&Compute Grid"))->click();
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(doc->revision(), before + 1);
    // A second choice, undone: the page shows the first again.
    spin(grid, QStringLiteral("Across (x) steps"))->setValue(7);
    button(grid, QStringLiteral("&Compute Grid"))->click();
    QTRY_VERIFY(!grid->computing());
    QCOMPARE(doc->revision(), before + 2);
    doc->undoStack()->undo();
    QCOMPARE(spin(grid, QStringLiteral("Across (x) steps"))->value(), 5);

    panel->setCurrentIndex(2);
    TornadoPage* tornado = panel->tornado();
    auto* change = tornado->findChild<QDoubleSpinBox*>();
    change->setValue(20);
    auto* tornadoOutput = tornado->findChild<QComboBox*>();
    tornadoOutput->setCurrentIndex(tornadoOutput->findData(QStringLiteral("equity_value")));
    button(tornado, QStringLiteral("&Compute Tornado"))->click();
    QTRY_VERIFY(!tornado->computing());
    saved = doc->scenario().child(doc->scenario().root(), "sensitivity");
    QCOMPARE(*saved->number("tornado_change"), 0.2);
    QCOMPARE(*saved->text("tornado_output"), std::string("equity_value"));

    // Next time the scenario opens, the pages start from what was saved.
    window.reset();
    window = openNorthwind();
    QVERIFY(window);
    panel = window->currentEditor()->analyticsPanel();
    grid = panel->sensitivity();
    QCOMPARE(grid->findChildren<QComboBox*>().at(0)->currentData().toString(),
             QStringLiteral("dcf.discount_rate.beta"));
    QCOMPARE(edit(grid, QStringLiteral("Across (x) from"))->text(), QStringLiteral("0.7"));
    QCOMPARE(edit(grid, QStringLiteral("Across (x) to"))->text(), QStringLiteral("1.1"));
    QCOMPARE(spin(grid, QStringLiteral("Across (x) steps"))->value(), 5);
    QCOMPARE(grid->findChildren<QComboBox*>().at(1)->currentData().toString(),
             QStringLiteral("dcf.terminal_value.growth"));
    QCOMPARE(edit(grid, QStringLiteral("Down (y) from"))->text(), QStringLiteral("1.5 %"));
    QCOMPARE(spin(grid, QStringLiteral("Down (y) steps"))->value(), 4);
    QCOMPARE(grid->findChildren<QComboBox*>().at(2)->currentData().toString(),
             QStringLiteral("enterprise_value"));
    QCOMPARE(panel->tornado()->findChild<QDoubleSpinBox*>()->value(), 20.0);
    QCOMPARE(panel->tornado()->findChild<QComboBox*>()->currentData().toString(),
             QStringLiteral("equity_value"));
  }
};

QTEST_MAIN(TestAnalytics)
#include "test_analytics.moc"
