// Compare Scenarios as an analyst uses it: tick two scenarios, read the outputs and the inputs
// that differ, and the value bridge between them; reorder the steps from the keyboard; and from
// the history, explain the change from a saved version with who made it. Set
// VALOR_SCREENSHOT_DIR to save pictures.
#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <cmath>

#include "core/model/scenariojson.h"
#include "core/models/registry.h"
#include "core/store/transfer.h"
#include "core/store/workspace.h"
#include "tests/support/jsonedits.h"
#include "tests/ui/samplesession.h"
#include "tests/ui/screenshot.h"
#include "ui/common/messagebox.h"
#include "ui/compare/bridgepage.h"
#include "ui/compare/comparewindow.h"
#include "ui/editors/fieldedit.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sampleworkspace.h"
#include "ui/models/scenarioview.h"
#include "ui/results/waterfallchart.h"
#include "ui/settings/settings.h"

using namespace valor;
using namespace valor::ui;

using valor::testing::screenshot;

namespace {

const QString kNorthwind = QStringLiteral("Northwind Instruments — base case");
const QString kDownside = QStringLiteral("Northwind Instruments — downside");

double valueOf(const ScenarioDocument& doc) {
  return *evaluateScenario(doc).output("value_per_share")->value;
}

int rowOf(const QTableWidget* table, const QString& caption) {
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, 0) && table->item(r, 0)->text() == caption) return r;
  return -1;
}

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT

 private:
  valor::testing::SampleSession session_;
  ScenarioDocument base_, downside_;

  std::unique_ptr<MainWindow> openWorkspace() {
    auto window = std::make_unique<MainWindow>(session_.settings.get());
    window->show();
    if (!window->openWorkspace(session_.workspacePath)) return nullptr;
    return window;
  }

 private slots:
  void initTestCase() {
    const QString problem = session_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    session_.settings->setAuthorName(QStringLiteral("dana"));
    // A downside case beside the sample: a higher beta and a lower terminal growth.
    WorkspaceOptions options{systemClock(), randomIdGenerator()};
    auto ws = Workspace::open(session_.workspacePath.toStdString(), options);
    QVERIFY(ws.ok());
    auto id = ws.value()->findScenario(kNorthwind.toStdString());
    QVERIFY(id.ok());
    base_ = ws.value()->loadScenario(id.value()).value().document;
    const std::string edited = valor::testing::editedJson(
        scenarioToJson(base_).dump(),
        "/name=\"" + kDownside.toStdString() +
            "\";/dcf/discount_rate/beta=1.0;/dcf/terminal_value/growth=0.02");
    auto parsed = parseScenarioJson(edited, randomIdGenerator());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    downside_ = copyWithNewIds(parsed.value(), randomIdGenerator());
    QVERIFY(ws.value()->addScenarios({downside_}, "erik", "Downside").ok());
  }

  void twoScenariosSideBySideAndTheirBridge() {
    auto window = openWorkspace();
    QVERIFY(window);
    auto* compare = window->findChild<QAction*>(QStringLiteral("compareScenarios"));
    QVERIFY(compare && compare->isEnabled());
    QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->trigger();
    CompareWindow* cw = window->compareWindow();
    QVERIFY(cw && cw->isVisible());
    cw->check(window->workspace()->findScenario(kNorthwind.toStdString()).value());
    cw->check(window->workspace()->findScenario(kDownside.toStdString()).value());
    QCOMPARE(cw->comparedStates().size(), std::size_t{2});

    // Outputs: the value per share of each, and the change.
    QTableWidget* outputs = cw->outputTable();
    const int value = rowOf(outputs, QStringLiteral("Value per share"));
    QVERIFY(value >= 0);
    QCOMPARE(outputs->columnCount(), 4);  // output, A, B, change
    const double a = valueOf(base_), b = valueOf(downside_);
    QVERIFY(b < a);
    QCOMPARE(outputs->item(value, 1)->text(), QString::number(a, 'f', 2));
    QCOMPARE(outputs->item(value, 2)->text(), QString::number(b, 'f', 2));
    QVERIFY2(outputs->item(value, 3)->text().startsWith(QString::number(b - a, 'f', 2)),
             qPrintable(outputs->item(value, 3)->text()));
    QVERIFY(outputs->item(value, 3)->font().bold());

    // Inputs: only what differs (the name, the beta, the terminal growth), marked.
    cw->showPage(CompareWindow::InputsPage);
    QTableWidget* inputs = cw->inputTable();
    QCOMPARE(inputs->rowCount(), 3);
    for (int r = 0; r < inputs->rowCount(); ++r) QVERIFY(inputs->item(r, 2)->font().bold());
    screenshot(cw, "compare-inputs");

    // The bridge: two steps that add up to the change, drawn as a waterfall.
    cw->showPage(CompareWindow::BridgeTab);
    BridgePage* bridge = cw->bridgePage();
    QVERIFY(bridge->bridge());
    QCOMPARE(bridge->stepTable()->rowCount(), 2);
    QCOMPARE(bridge->stepTable()->item(0, BridgePage::GroupColumn)->text(),
             QStringLiteral("Discount rate"));
    QVERIFY(bridge->stepTable()
                ->item(0, BridgePage::FieldsColumn)
                ->text()
                .contains(QStringLiteral("0.9 → 1")));
    double sum = 0;
    for (const BridgeStep& step : bridge->bridge()->steps) sum += step.change;
    QVERIFY(std::abs(sum - (b - a)) < 1e-9);
    QCOMPARE(bridge->chart()->categories().size(), 4);
    screenshot(cw, "compare-bridge");

    // Alt+Down moves the discount rate after the terminal value: the first step changes.
    bridge->orderList()->setFocus();
    bridge->orderList()->setCurrentRow(0);
    QTest::keyClick(bridge->orderList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(bridge->bridge()->steps.front().group, std::string("terminal_value"));
    QCOMPARE(bridge->orderList()->item(1)->text(), QStringLiteral("Discount rate"));

    // Shapley: the order no longer matters, and the list says so by being disabled.
    bridge->methodBox()->setCurrentIndex(1);
    QCOMPARE(bridge->bridge()->method, BridgeMethod::Shapley);
    QVERIFY(!bridge->orderList()->isEnabled());
    QVERIFY(bridge->summary()->text().contains(QStringLiteral("exact over 4 states")));

    // The comparison as a PDF, whole.
    const QString pdf = session_.dir.filePath(QStringLiteral("comparison.pdf"));
    QVERIFY2(cw->exportPdfTo(pdf), qPrintable(cw->status()->text()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    if (const QByteArray dir = qgetenv("VALOR_SCREENSHOT_DIR"); !dir.isEmpty())
      QFile::copy(pdf, QString::fromUtf8(dir + "/comparison.pdf"));
  }

  // Scenarios entered in different units: as entered, their amounts have no change to show (a
  // dash that says why); in a display unit, every amount is in it and the change is real. The
  // same Northwind entered in thousands has 1/1,000 of its enterprise value in USD.
  void amountsInDifferentUnitsAreShownInOne() {
    const QString kThousands = QStringLiteral("Northwind Instruments — in thousands");
    {
      WorkspaceOptions options{systemClock(), randomIdGenerator()};
      auto ws = Workspace::open(session_.workspacePath.toStdString(), options);
      QVERIFY(ws.ok());
      const std::string edited = valor::testing::editedJson(
          scenarioToJson(base_).dump(),
          "/name=\"" + kThousands.toStdString() + "\";/unit=\"thousands\"");
      auto parsed = parseScenarioJson(edited, randomIdGenerator());
      QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
      QVERIFY(ws.value()
                  ->addScenarios({copyWithNewIds(parsed.value(), randomIdGenerator())}, "erik",
                                 "In thousands")
                  .ok());
    }
    auto window = openWorkspace();
    QVERIFY(window);
    window->findChild<QAction*>(QStringLiteral("compareScenarios"))->trigger();
    CompareWindow* cw = window->compareWindow();
    cw->check(window->workspace()->findScenario(kNorthwind.toStdString()).value());
    cw->check(window->workspace()->findScenario(kThousands.toStdString()).value());
    QTableWidget* outputs = cw->outputTable();
    const double ev = *evaluateScenario(base_).output("enterprise_value")->value;  // USD millions

    int row = rowOf(outputs, QStringLiteral("Enterprise value"));
    QVERIFY(row >= 0);
    QCOMPARE(outputs->item(row, 3)->text(), QStringLiteral("—"));
    QCOMPARE(outputs->item(row, 3)->toolTip(),
             QStringLiteral("In another unit: USD millions and USD thousands"));

    session_.settings->setDisplayUnit(QStringLiteral("millions"));
    const auto restore = qScopeGuard([&] {
      session_.settings->setDisplayUnit(QStringLiteral("as_entered"));
      if (auto added = window->workspace()->findScenario(kThousands.toStdString()); added.ok())
        (void)window->workspace()->deleteScenario(added.value(), "alice");
    });
    QEvent activate(QEvent::WindowActivate);  // the user comes back to the window: it refills
    QCoreApplication::sendEvent(cw, &activate);
    row = rowOf(outputs, QStringLiteral("Enterprise value (USD millions)"));
    QVERIFY(row >= 0);
    QCOMPARE(QLocale().toDouble(outputs->item(row, 1)->text()),
             QLocale().toDouble(QLocale().toString(ev, 'f', 1)));
    QCOMPARE(QLocale().toDouble(outputs->item(row, 2)->text()),
             QLocale().toDouble(QLocale().toString(ev / 1000, 'f', 1)));
    QVERIFY2(outputs->item(row, 3)->text().startsWith(QLocale().toString(ev / 1000 - ev, 'f', 1)),
             qPrintable(outputs->item(row, 3)->text()));
  }

  void aBridgeNeedsTwoScenariosOfOneKind() {
    auto window = openWorkspace();
    QVERIFY(window);
    window->findChild<QAction*>(QStringLiteral("compareScenarios"))->trigger();
    CompareWindow* cw = window->compareWindow();
    cw->check(window->workspace()->findScenario(kNorthwind.toStdString()).value());
    cw->check(
        window->workspace()->findScenario("ValueCo — leveraged buyout (textbook case)").value());
    QCOMPARE(cw->comparedStates().size(), std::size_t{2});
    QVERIFY(!cw->bridgePage()->bridge());
    QVERIFY(cw->bridgePage()->summary()->text().contains(QStringLiteral("same model kind")));
    // The outputs they share still sit side by side, the value per share first.
    QCOMPARE(cw->outputTable()->item(0, 0)->text(), QStringLiteral("Value per share"));
  }

  void explainingAVersionNamesWhoChangedWhat() {
    auto window = openWorkspace();
    QVERIFY(window);
    const Id id = window->workspace()->findScenario(kNorthwind.toStdString()).value();
    QVERIFY(window->openScenario(id));
    HistoryPanel* history = window->historyPanel();
    QVERIFY(history->saveVersion(QStringLiteral("Before review")) > 0);
    const std::int64_t before = window->workspace()->loadScenario(id).value().revision;
    FieldEdit* beta = window->currentEditor()->fieldEdit(QStringLiteral("dcf.discount_rate.beta"));
    QVERIFY(beta);
    beta->setFocus();
    beta->selectAll();
    QTest::keyClicks(beta, QStringLiteral("1.1"));
    QTest::keyClick(beta, Qt::Key_Return);

    auto* explain = history->findChild<QPushButton*>(QStringLiteral("explainVersionButton"));
    QVERIFY(explain && explain->isEnabled());
    explain->click();
    CompareWindow* cw = window->compareWindow();
    QVERIFY(cw && cw->isVisible());
    QCOMPARE(cw->tabs()->currentIndex(), int(CompareWindow::BridgeTab));
    BridgePage* bridge = cw->bridgePage();
    QVERIFY(bridge->bridge());
    QCOMPARE(bridge->bridge()->steps.size(), std::size_t{1});
    const BridgeStep& step = bridge->bridge()->steps.front();
    QCOMPARE(step.group, std::string("discount_rate"));
    QCOMPARE(step.history.size(), std::size_t{1});
    QCOMPARE(step.history.front().author, std::string("dana"));
    QVERIFY(bridge->stepTable()
                ->item(0, BridgePage::AuthorsColumn)
                ->text()
                .contains(QStringLiteral("dana")));
    QVERIFY(bridge->bridge()->to < bridge->bridge()->from);  // a higher beta, a lower value

    // The Changes list offers the same for any revision: side by side, or explained.
    history->compareRevision(before, false);
    CompareWindow* byRevision = window->compareWindow();
    QVERIFY(byRevision && byRevision != cw && byRevision->isVisible());
    QCOMPARE(byRevision->comparedStates().size(), std::size_t{2});
    QCOMPARE(byRevision->tabs()->currentIndex(), int(CompareWindow::OutputsPage));
    QCOMPARE(byRevision->comparedStates()[1]->which, std::to_string(before));
    QVERIFY(
        byRevision->comparedStates()[1]->title.contains(QStringLiteral("Revision %1").arg(before)));
    history->compareRevision(before, true);
    QCOMPARE(window->compareWindow()->tabs()->currentIndex(), int(CompareWindow::BridgeTab));
    QCOMPARE(window->compareWindow()->bridgePage()->bridge()->steps.front().group,
             std::string("discount_rate"));
  }
};

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
