// The Actuals page as an analyst uses it, offscreen in the real main window: a statement CSV
// (written by the test) previewed and imported, the figures and ratios in the grid, a figure
// typed over, a unit mistake asked about and declined, history used as drivers, and the last
// actual year made the base year — each one undoable step in the history. Expected figures are
// worked out by hand from the statement below.
#include <QtTest>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <functional>

#include <xlsxwriter.h>

#include "core/model/scenariojson.h"
#include "core/models/dcf/dcftemplate.h"
#include "core/store/workspace.h"
#include "tests/ui/templateworkspace.h"
#include "tests/ui/whenmodal.h"
#include "ui/actuals/actualsmodel.h"
#include "ui/actuals/actualspanel.h"
#include "ui/actuals/historydriversdialog.h"
#include "ui/actuals/statementimportdialog.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/peryearmodel.h"
#include "ui/editors/peryearview.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/dcf/charts.h"
#include "ui/models/modelview.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::whenModal;

namespace {

// Three years in thousands: revenue grows 10 % a year; EBIT margins 15 %, 15 %, 15 %; taxes
// printed as outflows, 25 % of pre-tax income (net income + taxes).
const char* kStatement =
    "Acme Corp. (USD in thousands),FY2022,FY2023,FY2024\n"
    "Net sales,\"1,000,000\",\"1,100,000\",\"1,210,000\"\n"
    "Operating income,\"150,000\",\"165,000\",\"181,500\"\n"
    "Income taxes,\"(30,000)\",\"(33,000)\",\"(36,300)\"\n"
    "Net income,\"90,000\",\"99,000\",\"108,900\"\n"
    "Capital expenditures,\"(80,000)\",\"(88,000)\",\"(121,000)\"\n"
    "Goodwill impairment,0,0,\"5,000\"\n";

QString cell(const QAbstractItemModel* model, int row, int column) {
  return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

int columnOfYear(const ActualsModel* model, int year) {
  const auto& years = model->years();
  for (std::size_t c = 0; c < years.size(); ++c)
    if (years[c] == year) return static_cast<int>(c);
  return -1;
}

const Entity* dcfBlock(const Document* doc) {
  return doc->modelBlock();
}

}  // namespace

class TestActualsPage : public QObject {
  Q_OBJECT

 private:
  valor::testing::TemplateSession session_;
  QString statementPath_;

 private slots:
  void initTestCase() {
    // The DCF template (USD millions, base year 2025, revenue 1,200, valuation date 2026-03-31).
    const QString problem = session_.start(QStringLiteral("acme.valor"), dcfTemplate());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    statementPath_ = session_.dir.filePath(QStringLiteral("acme-statements.csv"));
    QFile file(statementPath_);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kStatement);
  }

  void importTypeUseAsDriversAndRollTheBaseYear() {
    MainWindow window(session_.settings.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(session_.workspacePath));
    QVERIFY(window.openScenario(session_.scenarioId));
    auto* view = qobject_cast<ModelView*>(window.currentEditor());
    QVERIFY(view);
    Document* doc = view->document();
    view->showPage(2);
    ActualsPanel* panel = view->actualsPanel();
    QVERIFY(panel->isVisible());
    ActualsModel* model = panel->model();
    // No actuals yet: the three years up to the base year are there to type into.
    QCOMPARE(model->years(), (std::vector<Year>{2023, 2024, 2025}));

    // Import: the preview shows every line and figure in the file's unit before anything
    // changes; the unknown row is named, not imported.
    const int historyBefore = window.historyPanel()->historyModel()->rowCount();
    whenModal<StatementImportDialog>([this](StatementImportDialog* dialog) {
      dialog->setFile(statementPath_);
      auto* preview = dialog->findChild<QTableWidget*>();
      // Five lines read, then the row no line is known for; each with its line to choose.
      QCOMPARE(preview->rowCount(), 6);
      QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("Net sales"));
      QCOMPARE(qobject_cast<QComboBox*>(preview->cellWidget(0, 0))->currentText(),
               QStringLiteral("Revenue"));
      QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("1,210,000"));
      // Taxes and capex printed as outflows are a cost and a size.
      QCOMPARE(preview->item(2, 1)->text(), QStringLiteral("30,000"));
      QCOMPARE(preview->item(4, 3)->text(), QStringLiteral("121,000"));
      QCOMPARE(preview->verticalHeaderItem(5)->text(), QStringLiteral("Goodwill impairment"));
      QCOMPARE(qobject_cast<QComboBox*>(preview->cellWidget(5, 0))->currentText(),
               QStringLiteral("Not imported"));
      QString summary;
      for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("Not imported"))) summary = label->text();
      QVERIFY2(summary.contains(QStringLiteral("Goodwill impairment")), qPrintable(summary));
      QVERIFY(summary.contains(QStringLiteral("in thousands")));
      QVERIFY(summary.contains(QStringLiteral("USD millions")));
      for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Import")) b->click();
    });
    auto* fromMenu = window.findChild<QAction*>(QStringLiteral("importActuals"));
    QVERIFY(fromMenu && fromMenu->isEnabled());
    fromMenu->trigger();  // File ▸ Import Statement into Actuals…
    QCOMPARE(window.historyPanel()->historyModel()->rowCount(), historyBefore + 1);
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Import actuals from acme-statements.csv"));

    // The grid: thousands ÷ 1,000 into millions; ratios under the figures.
    QCOMPARE(model->years(), (std::vector<Year>{2022, 2023, 2024, 2025}));
    const int y2022 = columnOfYear(model, 2022), y2024 = columnOfYear(model, 2024);
    QCOMPARE(model->headerData(y2024, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("2024A"));
    QCOMPARE(cell(model, model->rowOf("revenue"), y2024), QStringLiteral("1,210.0"));
    QCOMPARE(cell(model, model->rowOf("taxes"), y2022), QStringLiteral("30.0"));
    QVERIFY(model->data(model->index(model->rowOf("revenue"), y2024), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("acme-statements.csv, row 2, in thousands")));
    // Growth 2024 = 1,210 / 1,100 − 1 = 10 %; none for 2022 (no 2021). Tax 30 / 120 = 25 %.
    QCOMPARE(cell(model, model->rowOf("revenue_growth"), y2024), QStringLiteral("10.0 %"));
    QCOMPARE(cell(model, model->rowOf("revenue_growth"), y2022), QString());
    QCOMPARE(cell(model, model->rowOf("tax_rate"), y2022), QStringLiteral("25.0 %"));
    // Capex % of revenue: 80 / 1,000, 88 / 1,100, 121 / 1,210.
    QCOMPARE(cell(model, model->rowOf("capex_pct_revenue"), y2024), QStringLiteral("10.0 %"));

    // The revenue chart puts the reported revenue before the projection, on years marked A.
    auto* chart = view->findChild<RevenueFcffChart*>();
    QVERIFY(chart);
    QCOMPARE(chart->yearAxis()->at(0), QStringLiteral("2022A"));
    QCOMPARE(chart->yearAxis()->at(3), QStringLiteral("2026"));
    QCOMPARE(chart->actualRevenueSet()->at(2), 1210.0);
    QCOMPARE(chart->revenueSet()->at(2), 0.0);
    QCOMPARE(chart->actualRevenueSet()->at(3), 0.0);

    // Type a figure as in a spreadsheet: EBIT 2024 over, then a refused one.
    QTableView* table = panel->table();
    table->setFocus();
    table->setCurrentIndex(model->index(model->rowOf("ebit"), y2024));
    QTest::keyClick(table, Qt::Key_2);  // a key starts editing, as in a spreadsheet
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("42"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(model, model->rowOf("ebit"), y2024), QStringLiteral("242.0"));  // queued
    QCOMPARE(cell(model, model->rowOf("ebit_margin"), y2024), QStringLiteral("20.0 %"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Set EBIT, actual 2024"));
    QVERIFY(!model->setData(model->index(model->rowOf("revenue"), y2024), QStringLiteral("-5"),
                            Qt::EditRole));
    QString shown;
    for (QLabel* label : panel->findChildren<QLabel*>())
      if (label->isVisible() && label->text().startsWith(QStringLiteral("Revenue, actual 2024")))
        shown = label->text();
    QVERIFY2(!shown.isEmpty(), "the refusal names the figure");
    doc->undoStack()->undo();
    QCOMPARE(cell(model, model->rowOf("ebit"), y2024), QStringLiteral("181.5"));

    // A label no statement uses, mapped by hand in the preview: its figures come in, and the
    // choice is the dialog's mapping (saved for the next statement, or valor-cli --mapping).
    QFile bank(session_.dir.filePath(QStringLiteral("bank.csv")));
    QVERIFY(bank.open(QIODevice::WriteOnly));
    bank.write("in thousands,2023,2024\nBankguthaben,\"50,000\",\"60,000\"\n");
    bank.close();
    whenModal<StatementImportDialog>([&](StatementImportDialog* dialog) {
      dialog->setFile(bank.fileName());
      auto* preview = dialog->findChild<QTableWidget*>();
      auto* line = qobject_cast<QComboBox*>(preview->cellWidget(0, 0));
      QCOMPARE(line->currentText(), QStringLiteral("Not imported"));
      line->setCurrentIndex(line->findText(QStringLiteral("Cash")));
      emit line->activated(line->currentIndex());
      QTRY_VERIFY(preview->item(0, 2) && preview->item(0, 2)->text() == QStringLiteral("60,000"));
      QCOMPARE(dialog->mapping().at("Bankguthaben"), std::string("cash"));
      // The column headed 2023 left out: only 2024 comes in.
      QComboBox* year2023 = nullptr;
      for (QComboBox* box : dialog->findChildren<QComboBox*>())
        if (box->accessibleName() == QStringLiteral("Year of the column headed 2023"))
          year2023 = box;
      QVERIFY(year2023 && year2023->isVisible());
      QCOMPARE(year2023->currentText(), QStringLiteral("2023 (as headed)"));
      year2023->setCurrentIndex(year2023->findText(QStringLiteral("Not imported")));
      emit year2023->activated(year2023->currentIndex());
      QTRY_COMPARE(preview->columnCount(), 3);  // the line, 2024, where from
      QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("2024"));
      QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("60,000"));
      // A mapping file that names no line is refused with the reason, the choice kept.
      QFile bad(session_.dir.filePath(QStringLiteral("bad-mapping.json")));
      QVERIFY(bad.open(QIODevice::WriteOnly));
      bad.write(R"({"lines": {"Bankguthaben": "liquidity"}})");
      bad.close();
      QVERIFY(!dialog->setMappingFile(bad.fileName()));
      QCOMPARE(dialog->mapping().at("Bankguthaben"), std::string("cash"));
      QVERIFY(dialog->importStatement());
      dialog->accept();
    });
    panel->importStatement();
    QCOMPARE(cell(model, model->rowOf("cash"), y2024), QStringLiteral("60.0"));
    QCOMPARE(cell(model, model->rowOf("cash"), columnOfYear(model, 2023)), QString());

    // A workbook: its sheets offered, the first (a cover) holding no statement, the balance sheet
    // chosen and imported.
    const QString bookPath = session_.dir.filePath(QStringLiteral("acme-report.xlsx"));
    lxw_workbook* book = workbook_new(bookPath.toStdString().c_str());
    worksheet_write_string(workbook_add_worksheet(book, "Cover"), 0, 0, "Acme Corp.", nullptr);
    lxw_worksheet* balance = workbook_add_worksheet(book, "Balance");
    worksheet_write_string(balance, 0, 0, "in millions", nullptr);
    worksheet_write_number(balance, 0, 1, 2024, nullptr);
    worksheet_write_string(balance, 1, 0, "Total equity", nullptr);
    worksheet_write_formula_num(balance, 1, 1, "=550+50", nullptr, 600);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    whenModal<StatementImportDialog>([&](StatementImportDialog* dialog) {
      dialog->setFile(bookPath);
      auto* sheet = dialog->findChild<QComboBox*>(QStringLiteral("statementSheet"));
      QVERIFY(sheet->isVisible());
      QCOMPARE(sheet->count(), 2);
      QCOMPARE(sheet->currentText(), QStringLiteral("Cover"));
      QVERIFY(!dialog->importStatement());
      sheet->setCurrentIndex(1);
      emit sheet->activated(1);
      auto* preview = dialog->findChild<QTableWidget*>();
      QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("600"));
      QVERIFY(preview->item(0, 2)->text().contains(QStringLiteral("sheet Balance, row 2")));
      QVERIFY(dialog->importStatement());
      dialog->accept();
    });
    panel->importStatement();
    QCOMPARE(cell(model, model->rowOf("equity"), y2024), QStringLiteral("600.0"));

    // A unit mistake is asked about; declined, nothing changes.
    QFile wrong(session_.dir.filePath(QStringLiteral("wrong-unit.csv")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("in millions,2024\nRevenue,\"1,210,000\"\n");
    wrong.close();
    QString asked;
    messages::setHook([&asked](messages::Kind, const QString&, const QString& text) {
      asked = text;
      return false;
    });
    const int steps = doc->undoStack()->count();
    whenModal<StatementImportDialog>([&](StatementImportDialog* dialog) {
      dialog->setFile(wrong.fileName());
      QVERIFY(!dialog->importStatement());
      dialog->reject();
    });
    panel->importStatement();
    messages::setHook({});
    QVERIFY2(asked.contains(QStringLiteral("revenue 2024: 1.21e+06 against 1210")),
             qPrintable(asked));
    QCOMPARE(doc->undoStack()->count(), steps);

    // History as drivers: the median over all years; revenue growth left as it is.
    auto* drivers = qobject_cast<PerYearModel*>(view->perYearView()->model());
    QVERIFY(drivers);
    whenModal<HistoryDriversDialog>([](HistoryDriversDialog* dialog) {
      auto* statistic = dialog->findChild<QComboBox*>(QStringLiteral("historyStatistic"));
      statistic->setCurrentIndex(statistic->findText(QStringLiteral("Median")));
      auto* offered = dialog->findChild<QTableWidget*>(QStringLiteral("historyDrivers"));
      QCOMPARE(offered->item(0, 0)->text(), QStringLiteral("Revenue growth"));
      offered->item(0, 0)->setCheckState(Qt::Unchecked);
      for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Use as Drivers")) b->click();
    });
    panel->useHistoryAsDrivers();
    const Entity* dcf = dcfBlock(doc);
    // EBIT margins 15 %, 15 %, 15 %: the median is 165 / 1,100 (the middle one of three).
    QCOMPARE(*dcf->text("ebit_margin.mode"), std::string("constant"));
    QCOMPARE(*dcf->number("ebit_margin.value"), 165.0 / 1100);
    // Capex % of revenue 8 %, 8 %, 10 %: the median is 88 / 1,100.
    QCOMPARE(*dcf->number("capex_pct_revenue.value"), 88.0 / 1100);
    // Tax rate 25 % each year: 33 / (99 + 33).
    QCOMPARE(*dcf->number("tax_rate.value"), 33.0 / 132);
    QCOMPARE(*dcf->text("revenue_growth.mode"), std::string("staged"));  // unchecked: kept
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Use history as drivers"));
    // The driver grid shows the new constants after the actual years, 2022A–2024A (the
    // projection starts in 2026), which show each driver's history and cannot be typed over.
    QCOMPARE(drivers->historyColumns(), 3);
    QCOMPARE(drivers->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("2022A"));
    QCOMPARE(drivers->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("2026"));
    QCOMPARE(cell(drivers, drivers->rowOf("capex_pct_revenue"), 2), QStringLiteral("10 %"));
    QCOMPARE(cell(drivers, drivers->rowOf("revenue_growth"), 0), QString());  // no 2021
    QCOMPARE(cell(drivers, drivers->rowOf("ebit_margin"), 3), QStringLiteral("15 %"));
    QVERIFY(!(drivers->flags(drivers->index(0, 2)) & Qt::ItemIsEditable));
    QVERIFY(!drivers
                 ->setCells({{drivers->rowOf("ebit_margin"), 2, QStringLiteral("20")}},
                            {"paste_values", {"1"}})
                 .isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(*dcfBlock(doc)->text("ebit_margin.mode"), std::string("per_year"));
    doc->undoStack()->redo();

    // The last actual year as the base year: refused while the valuation date (2026-03-31) is
    // after 2025's end, with the reason; accepted once the date is cleared.
    panel->makeBaseYear();
    QCOMPARE(*dcfBlock(doc)->number("base_year"), 2025.0);
    QString reason;
    for (QLabel* label : panel->findChildren<QLabel*>())
      if (label->isVisible() && label->text().startsWith(QStringLiteral("Valuation date")))
        reason = label->text();
    QVERIFY2(!reason.isEmpty(), "the refusal names the valuation date");
    QVERIFY(doc->setField(dcfBlock(doc)->id, "valuation_date", std::nullopt).isEmpty());
    panel->makeBaseYear();
    dcf = dcfBlock(doc);
    QCOMPARE(*dcf->number("base_year"), 2024.0);
    QCOMPARE(*dcf->number("base.revenue"), 1210.0);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Make 2024 the base year"));
    QVERIFY(doc->evaluation().issues.empty() || !hasErrors(doc->evaluation().issues));
    doc->undoStack()->undo();
    QCOMPARE(*dcfBlock(doc)->number("base_year"), 2025.0);
  }
};

QTEST_MAIN(TestActualsPage)
#include "test_actualspage.moc"
