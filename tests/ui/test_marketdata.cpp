// A share's market data into an M&A deal, as an analyst does it, offscreen in the real main
// window against a local server answering as Alpha Vantage: Scenario ▸ Market Data…, the key
// typed (this machine has no keychain: the dialog says the key is kept for the session), the
// fetch off the GUI thread, the price and count shown, the target's fields set as one undoable
// change; the key never reaches the settings or the workspace file.
#include <QtTest>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include "core/model/scenariojson.h"
#include "core/models/ma/matemplate.h"
#include "core/store/workspace.h"
#include "tests/core/edgarfixtures.h"
#include "tests/ui/templateworkspace.h"
#include "tests/ui/whenmodal.h"
#include "ui/document/document.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/scenarioview.h"
#include "ui/providers/marketdatadialog.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::whenModal;

namespace {

QPushButton* buttonOf(QWidget* parent, const QString& text) {
  for (QPushButton* b : parent->findChildren<QPushButton*>())
    if (b->text() == text) return b;
  return nullptr;
}

QLineEdit* editOf(QWidget* parent, const QString& name) {
  for (QLineEdit* e : parent->findChildren<QLineEdit*>())
    if (e->accessibleName() == name) return e;
  return nullptr;
}

QString visibleText(QWidget* parent) {
  QString all;
  for (QLabel* label : parent->findChildren<QLabel*>())
    if (label->isVisible()) all += label->text() + QLatin1Char('\n');
  return all;
}

}  // namespace

class TestMarketData : public QObject {
  Q_OBJECT

 private:
  valor::testing::TemplateSession session_;

 private slots:
  void initTestCase() {
    // The M&A template: USD millions; the target at 30.00 a share, 100 million shares.
    const QString problem = session_.start(QStringLiteral("deal.valor"), maTemplate());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void priceAndSharesIntoTheTarget() {
    LocalHttpServer server(valor::testing::alphaVantageServer());
    qputenv("VALOR_ALPHAVANTAGE_URL", QByteArray::fromStdString(server.baseUrl()));
    MainWindow window(session_.settings.get());
    window.show();
    QVERIFY(window.openWorkspace(session_.workspacePath));
    QVERIFY(window.openScenario(session_.scenarioId));
    Document* doc = window.currentEditor()->document();
    auto* action = window.findChild<QAction*>(QStringLiteral("marketData"));
    QVERIFY(action && action->isEnabled());

    bool checked = false;
    whenModal<MarketDataDialog>([&](MarketDataDialog* dialog) {
      // The keychain answers at once or soon; here it has no secret service.
      QTRY_VERIFY2(visibleText(dialog).contains(QStringLiteral("system keychain is not available")),
                   qPrintable(visibleText(dialog)));
      QVERIFY(buttonOf(dialog, QStringLiteral("Use for the &Acquirer")));
      QPushButton* useTarget = buttonOf(dialog, QStringLiteral("Use for the Tar&get"));
      QVERIFY(useTarget && !useTarget->isEnabled());
      editOf(dialog, QStringLiteral("Ticker"))->setText(QStringLiteral("ibm"));
      editOf(dialog, QStringLiteral("API key"))->setText(QStringLiteral("K3Y"));
      QSignalSpy done(dialog, &MarketDataDialog::fetchFinished);
      buttonOf(dialog, QStringLiteral("&Fetch"))->click();
      QVERIFY(done.wait(10'000));
      const QString text = visibleText(dialog);
      QVERIFY2(text.contains(QStringLiteral("International Business Machines (IBM): 168.97 USD per "
                                            "share on 2024-05-10")),
               qPrintable(text));
      QVERIFY(text.contains(QStringLiteral("918,738,000 shares outstanding (918.738")));
      QVERIFY(text.contains(QStringLiteral("Fetched from Alpha Vantage just now")));
      QVERIFY(useTarget->isEnabled());
      useTarget->click();
      checked = true;
    });
    action->trigger();
    QVERIFY(checked);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Market data of IBM from Alpha Vantage"));
    const Entity* ma = doc->scenario().child(doc->scenario().root(), "ma");
    QCOMPARE(*ma->number("target.share_price"), 168.97);
    QCOMPARE(*ma->number("target.shares"), 918.738);
    QCOMPARE(*ma->number("acquirer.share_price"), 50.0);
    doc->undoStack()->undo();
    QCOMPARE(*doc->scenario().child(doc->scenario().root(), "ma")->number("target.share_price"),
             30.0);

    // The key is the keychain's business: not in the settings, not in the workspace.
    session_.storage->sync();
    for (const QString& path : {session_.settingsPath, session_.workspacePath}) {
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadOnly));
      QVERIFY2(!file.readAll().contains("K3Y"), qPrintable(path));
    }
  }
};

QTEST_MAIN(TestMarketData)
#include "test_marketdata.moc"
