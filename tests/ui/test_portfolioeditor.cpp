// The portfolio's tab, driven offscreen with the template: the key figures and the weights (the
// maximum Sharpe ratio that SciPy's SLSQP also finds: 0.3756, 40 % in government bonds), the
// frontier chart, a price history imported from a CSV file as one undoable change (with the
// historical VaR and Kupiec's backtest appearing), a file without an asset's column refused with
// nothing changed, and risk parity's equal shares of risk. Set VALOR_SCREENSHOT_DIR to save
// pictures.
#include <QtTest>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>

#include <cmath>

#include "core/models/portfolio/portfoliobinding.h"
#include "core/models/portfolio/portfoliotemplate.h"
#include "core/models/registry.h"
#include "tests/support/checks.h"
#include "tests/ui/keyfigures.h"
#include "tests/ui/screenshot.h"
#include "tests/ui/templateworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/document/document.h"
#include "ui/editors/choicebox.h"
#include "ui/models/listmembers.h"
#include "ui/models/portfolio/allocationchart.h"
#include "ui/models/portfolio/frontierchart.h"
#include "ui/models/portfolio/portfolioeditor.h"
#include "ui/models/portfolio/portfolioresults.h"
#include "ui/results/outputspanel.h"

using namespace valor;
using namespace valor::ui;
using valor::testing::describe;
using valor::testing::keyFigureText;
using valor::testing::screenshot;

namespace {

const char* const kAssets[] = {"US equities",      "International equities", "Emerging markets",
                               "Government bonds", "Corporate bonds",        "Real estate",
                               "Commodities"};

// 40 monthly prices of the seven assets, each on its own deterministic zig-zag.
QString writePrices(const QString& dir, bool withoutCommodities) {
  QString csv = QStringLiteral("date");
  const int n = withoutCommodities ? 6 : 7;
  for (int i = 0; i < n; ++i) csv += QLatin1Char(',') + QString::fromUtf8(kAssets[i]);
  csv += QLatin1Char('\n');
  for (int t = 0; t < 40; ++t) {
    csv += QStringLiteral("2023-%1").arg(t);
    for (int i = 0; i < n; ++i)
      csv += QLatin1Char(',') +
             QString::number(100 * (1 + 0.01 * t * (i + 1) / 7) + std::sin(t * (i + 2)) * (i + 1),
                             'f', 4);
    csv += QLatin1Char('\n');
  }
  const QString path =
      dir + (withoutCommodities ? QStringLiteral("/six.csv") : QStringLiteral("/prices.csv"));
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return {};
  file.write(csv.toUtf8());
  return path;
}

}  // namespace

class TestPortfolioEditor : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    // English plural forms, as the program loads them ("10 trading days").
    QVERIFY(english_.load(QStringLiteral(":/i18n/valor_en.qm")));
    QCoreApplication::installTranslator(&english_);
    const QString problem = session_.start(QStringLiteral("portfolio.valor"), portfolioTemplate());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
  }

  void editorShowsTheOptimumAndImportsAHistory() {
    auto* document = valor::testing::openDocument(session_.workspacePath, session_.scenarioId);
    QVERIFY(document);
    PortfolioEditor editor(document);
    document->setParent(&editor);
    editor.resize(1400, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    screenshot(&editor, "portfolio");

    PortfolioResults* results = editor.results();
    QCOMPARE(keyFigureText(*results->outputs(), QStringLiteral("Sharpe ratio")),
             QStringLiteral("0.3756"));
    QCOMPARE(keyFigureText(*results->outputs(), QStringLiteral("VaR (historical)")),
             QStringLiteral("—"));
    QTableWidget* weights = results->weights();
    QCOMPARE(weights->rowCount(), 7);
    QCOMPARE(weights->item(3, 0)->text(), QStringLiteral("Government bonds"));
    QCOMPARE(weights->item(3, 1)->text(), QStringLiteral("40.00 %"));
    QCOMPARE(results->frontierChart()->frontier()->count(), 25);
    QCOMPARE(results->frontierChart()->assets()->count(), 7);
    QCOMPARE(results->frontierChart()->chosen()->count(), 1);
    // The bars: each asset's weight beside its share of the risk, bonds at their 40 % cap.
    QCOMPARE(results->allocationChart()->weights()->count(), 7);
    // (Bars run from the bottom up: the fourth asset of seven is the fourth bar either way.)
    QCOMPARE(results->allocationChart()->assets()->at(6), QStringLiteral("US equities"));
    QCOMPARE(results->allocationChart()->weights()->at(3), 40.0);
    QVERIFY(results->allocationChart()->riskShares()->at(3) < 20.0);
    QVERIFY(!results->backtest()->isVisibleTo(&editor));
    QVERIFY(!editor.clearHistoryButton()->isEnabled());
    QCOMPARE(results->riskConvention()->text(),
             QStringLiteral("VaR and expected shortfall are losses over 10 trading days at 99.00 % "
                            "confidence, as a share of the portfolio's value (and as amounts with "
                            "its value given): VaR the loss exceeded with probability 1 − "
                            "confidence, expected shortfall the mean loss beyond it."));

    QTemporaryDir dir;
    QStringList warnings;
    messages::setHook([&](messages::Kind, const QString&, const QString& text) {
      warnings << text;
      return false;
    });
    // A file without the commodities' column is refused, naming it; nothing changes.
    const int before = document->undoStack()->count();
    const QString refused = editor.importHistory(writePrices(dir.path(), true));
    QVERIFY2(refused.contains(QStringLiteral("Commodities")), qPrintable(refused));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(document->undoStack()->count(), before);

    QCOMPARE(editor.importHistory(writePrices(dir.path(), false)), QString());
    QCOMPARE(document->undoStack()->count(), before + 1);
    QCOMPARE(document->undoStack()->text(before),
             QStringLiteral("Import the history from prices.csv"));
    // Monthly rows: with the rows per year given, the history's figures appear.
    QVERIFY(!document->evaluation().valued);
    QVERIFY(document->setField(document->modelBlock()->id, "history.periods_per_year", Value(12.0))
                .isEmpty());
    QVERIFY(document->evaluation().valued);
    QVERIFY(keyFigureText(*results->outputs(), QStringLiteral("VaR (historical)")) !=
            QStringLiteral("—"));
    QVERIFY(results->backtest()->isVisibleTo(&editor));
    QVERIFY(results->backtest()->text().contains(QStringLiteral("39 periods")));
    QCOMPARE(editor.historyStatus()->text(), QStringLiteral("History: 39 returns of each asset."));
    // Estimated by Ledoit–Wolf, the status names the shrinkage intensity the JSON reports.
    QVERIFY(
        document
            ->setField(document->modelBlock()->id, "covariance", Value(std::string("ledoit_wolf")))
            .isEmpty());
    QVERIFY2(document->evaluation().valued,
             qPrintable(QString::fromStdString(describe(document->evaluation().issues))));
    const auto* detail = document->evaluation().detail<PortfolioEvaluation>();
    QVERIFY(detail && detail->binding.inputs);
    QCOMPARE(
        editor.historyStatus()->text(),
        QStringLiteral("History: 39 returns of each asset; Ledoit–Wolf shrinkage intensity %1.")
            .arg(detail->binding.inputs->shrinkage, 0, 'f', 3));
    document->undoStack()->undo();
    QVERIFY(editor.clearHistoryButton()->isEnabled());
    screenshot(&editor, "portfolio-history");
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(!document->modelBlock()->text("history.data"));
    QVERIFY(!results->backtest()->isVisibleTo(&editor));
    messages::setHook({});

    // Add asset, as the button does: a new asset in the table, valued with the rest.
    ListMembersEditor* assetsTable = nullptr;
    for (ListMembersEditor* list : editor.findChildren<ListMembersEditor*>())
      if (list->model()->rowCount() == 7) assetsTable = list;
    QVERIFY(assetsTable);
    QCOMPARE(assetsTable->model()->addMember(), QString());
    QCOMPARE(assetsTable->model()->rowCount(), 8);
    QVERIFY2(document->evaluation().valued,
             qPrintable(QString::fromStdString(describe(document->evaluation().issues))));
    QCOMPARE(weights->rowCount(), 8);
    document->undoStack()->undo();
    QCOMPARE(weights->rowCount(), 7);

    // Import Matrix… with the identity as correlations: the listed pairs go, in one step.
    messages::setHook([&](messages::Kind, const QString&, const QString& text) {
      warnings << text;
      return false;
    });
    QString identity;
    for (const char* name : kAssets)
      identity += QStringLiteral(",\"%1\"").arg(QString::fromUtf8(name));
    identity += QLatin1Char('\n');
    for (int i = 0; i < 7; ++i) {
      identity += QStringLiteral("\"%1\"").arg(QString::fromUtf8(kAssets[i]));
      for (int j = 0; j < 7; ++j) identity += i == j ? QStringLiteral(",1") : QStringLiteral(",0");
      identity += QLatin1Char('\n');
    }
    const QString matrixPath = dir.filePath(QStringLiteral("identity.csv"));
    QFile matrixFile(matrixPath);
    QVERIFY(matrixFile.open(QIODevice::WriteOnly));
    matrixFile.write(identity.toUtf8());
    matrixFile.close();
    QVERIFY(editor.importMatrixButton());
    const auto pairsBefore =
        document->scenario().listMembers(*document->modelBlock(), "correlations").size();
    QCOMPARE(pairsBefore, std::size_t{18});
    QCOMPARE(editor.importMatrix(matrixPath), QString());
    QVERIFY(document->scenario().listMembers(*document->modelBlock(), "correlations").empty());
    QVERIFY(document->evaluation().valued);
    document->undoStack()->undo();
    QCOMPARE(document->scenario().listMembers(*document->modelBlock(), "correlations").size(),
             std::size_t{18});
    messages::setHook({});

    // Risk parity: each of the seven assets carries a seventh of the risk.
    ChoiceBox* objective = nullptr;
    for (ChoiceBox* box : editor.findChildren<ChoiceBox*>())
      if (box->accessibleName() == QStringLiteral("Objective")) objective = box;
    QVERIFY(objective);
    emit objective->activated(4);
    QCOMPARE(*document->modelBlock()->text("objective"), std::string("risk_parity"));
    for (int row = 0; row < 7; ++row)
      QCOMPARE(weights->item(row, 2)->text(), QStringLiteral("14.29 %"));
  }

 private:
  QTranslator english_;
  valor::testing::TemplateSession session_;
};

QTEST_MAIN(TestPortfolioEditor)
#include "test_portfolioeditor.moc"
