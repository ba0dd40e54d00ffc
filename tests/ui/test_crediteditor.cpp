// The credit analysis's tab, driven offscreen with the template (Hull's Altman and Merton
// examples): the zone of the Altman score in words, the key figures, choosing no score hides its
// lines and leaves Merton's figures, and choosing one again asks for them at their fields.
// Set VALOR_SCREENSHOT_DIR to save pictures.
#include <QtTest>

#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/models/credit/credittemplate.h"
#include "core/models/registry.h"
#include "tests/ui/keyfigures.h"
#include "tests/ui/screenshot.h"
#include "tests/ui/templateworkspace.h"
#include "ui/document/document.h"
#include "ui/editors/choicebox.h"
#include "ui/editors/fieldedit.h"
#include "ui/models/credit/crediteditor.h"
#include "ui/models/credit/creditresults.h"
#include "ui/results/outputspanel.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::keyFigureText;
using valor::testing::screenshot;

class TestCreditEditor : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    const QString problem = session_.start(QStringLiteral("credit.valor"), creditTemplate());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void editorShowsTheZoneAndFigures() {
    auto* document = valor::testing::openDocument(session_.workspacePath, session_.scenarioId);
    QVERIFY(document);
    CreditEditor editor(document);
    document->setParent(&editor);
    editor.resize(1400, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    screenshot(&editor, "credit");

    // Hull's firm: Z = 5.46, safe above 2.99; V = 12.40, a PD of 12.7 %.
    CreditResults* results = editor.results();
    QCOMPARE(results->zone()->text(), QStringLiteral("Altman score 5.46: safe zone (above 2.99)."));
    QVERIFY(results->zone()->isVisible());
    QCOMPARE(keyFigureText(*results->outputs(), QStringLiteral("Asset value")),
             QStringLiteral("12.40"));
    QCOMPARE(
        keyFigureText(*results->outputs(), QStringLiteral("Probability of default (risk-neutral)")),
        QStringLiteral("12.70 %"));

    // No score: its lines go from the form and from the results; Merton's figures stay.
    ChoiceBox* score = nullptr;
    for (ChoiceBox* box : editor.findChildren<ChoiceBox*>())
      if (box->accessibleName() == QStringLiteral("Score")) score = box;
    QVERIFY(score);
    QCOMPARE(score->currentText(), QStringLiteral("Z (public manufacturer)"));
    FieldEdit* ebit = editor.fieldEdit(QStringLiteral("credit.altman.ebit"));
    QVERIFY(ebit && ebit->isVisibleTo(&editor));
    emit score->activated(0);  // what choosing "None" sends
    QVERIFY(!document->modelBlock()->field("altman.model"));
    QVERIFY(!ebit->isVisibleTo(&editor));
    QVERIFY(!results->zone()->isVisibleTo(&editor));
    QVERIFY(document->evaluation().valued);
    QCOMPARE(keyFigureText(*results->outputs(), QStringLiteral("Altman score")),
             QStringLiteral("—"));
    document->undoStack()->undo();
    QCOMPARE(*document->modelBlock()->text("altman.model"), std::string("z"));
    QCOMPARE(score->currentText(), QStringLiteral("Z (public manufacturer)"));

    // Z″ leaves sales out; with no Merton inputs and no score there is nothing to analyse.
    emit score->activated(3);
    QVERIFY(!editor.fieldEdit(QStringLiteral("credit.altman.sales"))->isVisibleTo(&editor));
    QVERIFY(results->zone()->text().startsWith(QStringLiteral("Altman score")));
  }

 private:
  valor::testing::TemplateSession session_;
};

QTEST_MAIN(TestCreditEditor)
#include "test_crediteditor.moc"
