// The football field as an analyst uses it: open it from the Scenario menu, add a scenario's
// sensitivity range, an LBO's price at target IRRs, an M&A's maximum price and a range typed
// in, set the current price, reorder and remove — every change saved in the workspace and
// shown on the chart. Set VALOR_SCREENSHOT_DIR to save a picture.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTableWidget>

#include <cmath>

#include "core/compare/footballstore.h"
#include "core/jobs/threadpool.h"
#include "core/store/workspace.h"
#include "tests/ui/samplesession.h"
#include "tests/ui/screenshot.h"
#include "ui/compare/footballbardialog.h"
#include "ui/compare/footballchart.h"
#include "ui/compare/footballfieldwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/results/tableactions.h"

using namespace valor;
using namespace valor::ui;

using valor::testing::screenshot;

namespace {

const std::string kNorthwind = "Northwind Instruments — base case";

QStringList itemsOf(const QComboBox* box) {
  QStringList items;
  for (int i = 0; i < box->count(); ++i) items << box->itemText(i);
  return items;
}

QString cell(const QTableWidget* table, int row, int column) {
  return table->item(row, column) ? table->item(row, column)->text() : QString();
}

// The range the core gives for a bar of the saved field, for the table to show as is.
FootballRange coreRange(Workspace& ws, const FootballBar& bar) {
  jobs::ThreadPool pool(1);
  FootballField field;
  field.bars = {bar};
  auto valued = valueFootballField(ws, field, pool);
  if (!valued || !valued.value()[0].range) qFatal("the core cannot value the bar");
  return valued.value()[0].range.value();
}

}  // namespace

class TestFootballWindow : public QObject {
  Q_OBJECT

 private:
  valor::testing::SampleSession session_;

 private slots:
  void initTestCase() {
    const QString problem = session_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void anAnalystLinesUpTheRanges() {
    MainWindow window(session_.settings.get());
    window.show();
    QVERIFY(window.openWorkspace(session_.workspacePath));
    auto* action = window.findChild<QAction*>(QStringLiteral("footballField"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action->trigger();
    FootballFieldWindow* football = window.findChild<FootballFieldWindow*>();
    QVERIFY(football && football->isVisible());
    QCOMPARE(football->table()->rowCount(), 0);
    QVERIFY(football->status()->text().contains(QStringLiteral("Add Range")));
    Workspace& ws = *window.workspace();

    // A sensitivity range: only the DCF scenarios can give one. The classic WACC × growth
    // comes first — the WACC as a what-if over Northwind's built-up one — ± 1 pp and ± 0.5 pp.
    FootballBar start;
    start.method = FootballMethod::Sensitivity;
    {
      FootballBarDialog dialog(ws, start);
      QVERIFY(itemsOf(dialog.scenarioBox()).contains(QString::fromStdString(kNorthwind)));
      QVERIFY(!itemsOf(dialog.scenarioBox())
                   .join(QLatin1Char(' '))
                   .contains(QStringLiteral("ValueCo")));
      dialog.scenarioBox()->setCurrentText(QString::fromStdString(kNorthwind));
      QCOMPARE(dialog.inputBox(0)->currentData().toString(),
               QStringLiteral("dcf.discount_rate.wacc"));
      QCOMPARE(dialog.spreadEdit(0)->text(), QStringLiteral("1 %"));
      QCOMPARE(dialog.inputBox(1)->currentData().toString(),
               QStringLiteral("dcf.terminal_value.growth"));
      dialog.spreadEdit(1)->setText(QStringLiteral("0"));
      dialog.accept();
      QVERIFY(dialog.result() != QDialog::Accepted);
      QVERIFY(dialog.message()->text().contains(QStringLiteral("second input's spread")));
      dialog.spreadEdit(1)->setText(QStringLiteral("0.5"));  // percent: 0.5 pp
      dialog.accept();
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
      QCOMPARE(dialog.bar().spreads.size(), std::size_t{2});
      QCOMPARE(dialog.bar().spreads[1].spread, 0.005);
      QVERIFY(football->addBar(dialog.bar()));
    }
    // A price at target IRRs: only the LBO is listed; 20–25 % is the usual hurdle.
    start.method = FootballMethod::TargetIrr;
    {
      FootballBarDialog dialog(ws, start);
      QCOMPARE(dialog.scenarioBox()->count(), 1);
      QVERIFY(dialog.scenarioBox()->currentText().contains(QStringLiteral("ValueCo")));
      QCOMPARE(dialog.irrLowEdit()->text(), QStringLiteral("20 %"));
      dialog.accept();
      QVERIFY(dialog.message()->text().contains(QStringLiteral("required")));
      dialog.netDebtEdit()->setText(QStringLiteral("275"));
      dialog.sharesEdit()->setText(QStringLiteral("100"));
      dialog.accept();
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
      QCOMPARE(dialog.bar().lever, std::string("lbo.entry.price"));  // ValueCo's entry is an EV
      QVERIFY(football->addBar(dialog.bar()));
    }
    start.method = FootballMethod::MaxOfferPrice;
    {
      FootballBarDialog dialog(ws, start);
      QCOMPARE(dialog.scenarioBox()->count(), 1);
      dialog.accept();
      QVERIFY(football->addBar(dialog.bar()));
    }
    // A typed range needs its name and a high not below its low.
    start.method = FootballMethod::Typed;
    {
      FootballBarDialog dialog(ws, start);
      QVERIFY(!dialog.scenarioBox()->isVisibleTo(&dialog));
      dialog.lowEdit()->setText(QStringLiteral("45"));
      dialog.highEdit()->setText(QStringLiteral("40"));
      dialog.accept();
      QVERIFY(dialog.message()->text().contains(QStringLiteral("below low")));
      dialog.highEdit()->setText(QStringLiteral("65.5"));
      dialog.accept();
      QVERIFY(dialog.message()->text().contains(QStringLiteral("Name the range")));
      dialog.labelEdit()->setText(QStringLiteral("Trading comparables"));
      dialog.accept();
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
      QVERIFY(football->addBar(dialog.bar()));
    }
    football->setCurrentPriceText(QStringLiteral("58.4"));
    football->valueNow();

    // The table shows what the core gives, in the editor's format; every range is valued.
    QTableWidget* table = football->table();
    QCOMPARE(table->rowCount(), 4);
    const FootballField& field = football->field();
    for (int row = 0; row < 3; ++row) {
      const FootballRange r = coreRange(ws, field.bars[static_cast<std::size_t>(row)]);
      QCOMPARE(cell(table, row, FootballFieldWindow::LowColumn), QString::number(r.low, 'f', 2));
      QCOMPARE(cell(table, row, FootballFieldWindow::HighColumn), QString::number(r.high, 'f', 2));
      QVERIFY(r.low < r.high);
    }
    QVERIFY(cell(table, 0, FootballFieldWindow::RangeColumn)
                .startsWith(QString::fromStdString(kNorthwind)));
    QCOMPARE(cell(table, 3, FootballFieldWindow::LowColumn), QStringLiteral("45.00"));
    QVERIFY(football->status()->text().contains(QStringLiteral("Every range")));

    // The chart: a bar per range, the first at the top; dots where the scenarios lie; the
    // price line at 58.40 across every row.
    FootballChart* chart = football->chart();
    QCOMPARE(chart->categories().size(), 4);
    // The top bar is Northwind's; its long label is shortened in the middle, its method kept.
    QVERIFY(chart->categories().last().contains(QStringLiteral("Northwind Instrum")));
    QVERIFY(chart->categories().last().contains(QStringLiteral("Sensitivity")));
    QCOMPARE(chart->rangeSet()->at(0), 65.5 - 45);  // the typed range, at the bottom
    QCOMPARE(chart->baseSet()->at(0), 45.0);
    QCOMPARE(chart->pointSeries()->count(), 3);
    QVERIFY(chart->priceLine()->isVisible());
    QCOMPARE(chart->priceLine()->at(0).x(), 58.4);
    QCOMPARE(chart->priceLine()->at(1).y(), 3.5);
    screenshot(football, "football-field");

    // The table's context menu copies it for a spreadsheet and saves it as CSV.
    const QString csv = tableAsCsv(*table);
    QVERIFY(csv.startsWith(QStringLiteral("Range,Method,Low,Point,High,Note\r\n")));
    QVERIFY(csv.contains(QStringLiteral("Trading comparables,Typed,45.00,,65.50,")));
    const QString csvPath = session_.dir.filePath(QStringLiteral("football.csv"));
    QVERIFY(saveTableCsv(*table, csvPath).isEmpty());
    QFile written(csvPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), csv);
    auto* copy = table->findChild<QAction*>(QStringLiteral("copyTable"));
    QVERIFY(copy && table->findChild<QAction*>(QStringLiteral("saveTableCsv")));
    table->clearSelection();
    copy->trigger();
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Range\tMethod\tLow")));

    // Move the typed range to the top, remove the M&A range: saved as it is shown.
    table->selectRow(3);
    for (QPushButton* b : football->findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Move &Up")) {
        b->click();
        b->click();
        b->click();
      }
    QCOMPARE(football->field().bars.front().label, std::string("Trading comparables"));
    table->selectRow(3);
    QCOMPARE(football->field().bars[3].method, FootballMethod::MaxOfferPrice);
    football->removeButton()->click();
    auto saved = loadFootballField(ws);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().bars.size(), std::size_t{3});
    QCOMPARE(saved.value().bars.front().label, std::string("Trading comparables"));
    QCOMPARE(*saved.value().currentPrice, 58.4);

    // A bad price is refused with a message and the saved one stays.
    football->setCurrentPriceText(QStringLiteral("-3"));
    QVERIFY(football->status()->text().contains(QStringLiteral("above 0")));
    QCOMPARE(*loadFootballField(ws).value().currentPrice, 58.4);
  }
};

QTEST_MAIN(TestFootballWindow)
#include "test_football.moc"
