// Fetching a company's figures from SEC EDGAR in the desktop, as an analyst does it, offscreen
// in the real main window against a local server that serves company facts: the Actuals page's
// button, the contact asked for, the fetch off the GUI thread, the preview in the scenario's
// millions with the filings as sources, the import as one undoable change; then with the server
// gone, the same company from this machine's copy, with its age.
#include <QtTest>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <memory>

#include "core/model/scenariojson.h"
#include "core/models/dcf/dcftemplate.h"
#include "core/store/workspace.h"
#include "tests/core/edgarfixtures.h"
#include "tests/ui/templateworkspace.h"
#include "tests/ui/whenmodal.h"
#include "ui/actuals/actualsmodel.h"
#include "ui/actuals/actualspanel.h"
#include "ui/actuals/edgarimportdialog.h"
#include "ui/document/document.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/modelview.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::whenModal;

namespace {

QString statusOf(EdgarImportDialog* dialog) {
  QString longest;
  for (QLabel* label : dialog->findChildren<QLabel*>())
    if (label->wordWrap() && label->text().size() > longest.size() &&
        !label->text().startsWith(QStringLiteral("The annual")))
      longest = label->text();
  return longest;
}

QPushButton* buttonOf(QWidget* parent, const QString& text) {
  for (QPushButton* b : parent->findChildren<QPushButton*>())
    if (b->text() == text) return b;
  return nullptr;
}

// Fills the dialog as the analyst does and presses Fetch; waits for the answer.
void fetchIn(EdgarImportDialog* dialog, const QString& company, const QString& contact) {
  auto edits = dialog->findChildren<QLineEdit*>();
  for (QLineEdit* edit : edits) {
    if (edit->accessibleName() == QStringLiteral("Company")) edit->setText(company);
    if (edit->accessibleName() == QStringLiteral("Your name and e-mail address"))
      edit->setText(contact);
  }
  QSignalSpy done(dialog, &EdgarImportDialog::fetchFinished);
  buttonOf(dialog, QStringLiteral("&Fetch"))->click();
  if (!dialog->fetching()) return;  // refused at once
  QVERIFY(done.wait(10'000));
}

}  // namespace

class TestEdgarFetch : public QObject {
  Q_OBJECT

 private:
  valor::testing::TemplateSession session_;

 private slots:
  void initTestCase() {
    // The DCF template: USD millions.
    const QString problem = session_.start(QStringLiteral("edgar.valor"), dcfTemplate());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void fetchPreviewImportThenOfflineFromTheCache() {
    auto server = std::make_unique<LocalHttpServer>(valor::testing::edgarServer(
        [] { return valor::testing::ok(valor::testing::exampleFacts()); }));
    qputenv("VALOR_EDGAR_URL", QByteArray::fromStdString(server->baseUrl()));
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
    QPushButton* fetchButton = buttonOf(panel, QStringLiteral("Fetch from SEC EDGA&R…"));
    QVERIFY(fetchButton && fetchButton->isVisible());

    bool checked = false;
    whenModal<EdgarImportDialog>([&](EdgarImportDialog* dialog) {
      // No contact: the SEC's rule is said and nothing is asked.
      fetchIn(dialog, QStringLiteral("EXMP"), QString());
      QVERIFY2(statusOf(dialog).contains(QStringLiteral("e-mail address")),
               qPrintable(statusOf(dialog)));
      QCOMPARE(server->requests(), 0);

      fetchIn(dialog, QStringLiteral("EXMP"), QStringLiteral("Dana Analyst dana@example.com"));
      const QString status = statusOf(dialog);
      QVERIFY2(status.contains(QStringLiteral("Example Corp (CIK 1234567): fetched from SEC "
                                              "EDGAR just now")),
               qPrintable(status));
      QVERIFY(status.contains(QStringLiteral("USD millions")));
      QVERIFY(status.contains(QStringLiteral("Not in the filings: Capex, Shareholders' equity")));
      auto* preview = dialog->findChild<QTableWidget*>();
      QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("Revenue"));
      // 2021–2023; 121 bn dollars is 121,000 millions; the FY2023 10-K is named as the source.
      QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("2023"));
      QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("121,000"));
      QVERIFY(preview->item(0, 2)->toolTip().contains(QStringLiteral("0000000001-23-000001")));
      buttonOf(dialog, QStringLiteral("&Import"))->click();
      checked = true;
    });
    fetchButton->click();
    QVERIFY(checked);
    QCOMPARE(session_.settings->secContact(), QStringLiteral("Dana Analyst dana@example.com"));
    QCOMPARE(doc->undoStack()->undoText(),
             QStringLiteral("Import actuals from SEC EDGAR (Example Corp)"));
    ActualsModel* model = panel->model();
    const auto& years = model->years();
    const int y2023 = static_cast<int>(std::find(years.begin(), years.end(), 2023) - years.begin());
    QCOMPARE(model->data(model->index(model->rowOf("revenue"), y2023), Qt::DisplayRole).toString(),
             QStringLiteral("121,000.0"));
    doc->undoStack()->undo();
    QCOMPARE(model->data(model->index(model->rowOf("revenue"), y2023), Qt::DisplayRole).toString(),
             QString());

    // The server gone: the copy on this machine (less than a day old) is used without asking.
    server.reset();
    checked = false;
    whenModal<EdgarImportDialog>([&](EdgarImportDialog* dialog) {
      fetchIn(dialog, QStringLiteral("1234567"), QStringLiteral("Dana Analyst dana@example.com"));
      const QString status = statusOf(dialog);
      QVERIFY2(status.contains(QStringLiteral("this machine's copy, fetched")), qPrintable(status));
      QVERIFY(buttonOf(dialog, QStringLiteral("&Import"))->isEnabled());
      dialog->reject();
      checked = true;
    });
    window.findChild<QAction*>(QStringLiteral("fetchActuals"))->trigger();
    QVERIFY(checked);
  }
};

QTEST_MAIN(TestEdgarFetch)
#include "test_edgarfetch.moc"
