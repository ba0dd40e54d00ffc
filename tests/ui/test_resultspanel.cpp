// The results panel of the DCF editor, driven offscreen with the hand case of test_dcf:
// revenue 100 growing 10 % a year for 3 years, FCFF = revenue × 0.15, WACC 10 %, g 2 %.
//   PV explicit = 16.5/1.1 + 18.15/1.1² + 19.965/1.1³ = 15 + 15 + 15 = 45
//   TV = 19.965 × 1.02 / 0.08 = 254.55375, PV = 254.55375 / 1.331 = 191.25, EV = 236.25
//   equity = 236.25 − 50 − 6.25 + 20 = 200; TSM with 2 options at 10 (the one at 25 is out of
//   the money): (200 + 2 × 10) / (10 + 2) = 18.33 per share; TV share 191.25 / 236.25 = 81.0 %.
#include <QtTest>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFrame>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QPieSlice>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QValueAxis>

#include <string>

#include "core/model/scenariojson.h"
#include "core/models/dcf/dcfbinding.h"
#include "tests/support/checks.h"
#include "ui/models/dcf/charts.h"
#include "ui/models/dcf/resultspanel.h"
#include "ui/models/dcf/yeartablemodel.h"

using namespace valor;
using valor::testing::describe;
using namespace valor::ui;

namespace {

std::string readFixture(const QString& path) {
  const Result<std::string> text = readTextFile(path.toStdString(), 1 << 20);
  if (!text) qFatal("cannot read %s: %s", qPrintable(path), text.error().message.c_str());
  return text.value();
}

std::string fixture(const char* name) {
  return readFixture(QStringLiteral(VALOR_TEST_DATA_DIR "/") + QString::fromLatin1(name));
}

ScenarioDocument parse(const std::string& text) {
  auto parsed = parseScenarioJson(text, seededIdGenerator(1));
  if (!parsed.ok()) qFatal("fixture does not parse: %s", parsed.error().message.c_str());
  return parsed.value();
}

// One of the bundled sample companies ("northwind", "crescent", "helios").
ScenarioDocument sample(const char* name) {
  return parse(readFixture(QStringLiteral(VALOR_TEST_DATA_DIR "/../../resources/samples/") +
                           QString::fromLatin1(name) + QStringLiteral(".valor.json")));
}

void replaceOnce(std::string& text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) qFatal("fixture text not found: %s", from.c_str());
  text.replace(at, from.size(), to);
}

QString labelText(const QWidget& panel, const char* name) {
  const auto* label = panel.findChild<QLabel*>(QString::fromLatin1(name));
  if (!label) return QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
  return label->text();
}

QList<qreal> values(const QBarSet* set) {
  QList<qreal> out;
  for (int i = 0; i < set->count(); ++i) out.append(set->at(i));
  return out;
}

bool near(double a, double b) {
  return std::abs(a - b) < 1e-9 * std::max(1.0, std::abs(b));
}

// Counts the layout requests `widget` receives.
class LayoutRequests : public QObject {
 public:
  explicit LayoutRequests(QWidget* widget) : widget_(widget) {}
  int count = 0;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == widget_ && event->type() == QEvent::LayoutRequest) ++count;
    return QObject::eventFilter(watched, event);
  }

 private:
  QWidget* widget_;
};

}  // namespace

class TestResultsPanel : public QObject {
  Q_OBJECT

 private:
  ScenarioDocument hand_;
  DcfEvaluation handEvaluation_;

 private slots:
  void initTestCase() {
    QLocale::setDefault(QLocale::c());
    hand_ = parse(fixture("hand_case.valor.json"));
    handEvaluation_ = evaluateDcfScenario(hand_);
    QVERIFY2(handEvaluation_.result, describe(handEvaluation_.issues).c_str());
  }

  void keyFigures() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    QVERIFY(panel.showsResult());
    QCOMPARE(labelText(panel, "enterpriseValue"), QStringLiteral("236.3"));
    QCOMPARE(labelText(panel, "equityValue"), QStringLiteral("200.0"));
    QCOMPARE(labelText(panel, "valuePerShare"), QStringLiteral("18.33"));
    QCOMPARE(labelText(panel, "pvExplicit"), QStringLiteral("45.0"));
    QCOMPARE(labelText(panel, "pvTerminal"), QStringLiteral("191.3"));
    QCOMPARE(labelText(panel, "terminalShare"), QStringLiteral("81.0 %"));
    QCOMPARE(labelText(panel, "impliedGrowth"), QStringLiteral("2.00 %"));
    QCOMPARE(labelText(panel, "wacc"), QStringLiteral("10.00 %"));
    // 254.55375 / final-year EBITDA (133.1 × 25 % = 33.275) = 7.65, a rounding tie; the
    // EV/EBIT case below checks the digits.
    QVERIFY(labelText(panel, "impliedMultiple").endsWith(QStringLiteral("\u00d7")));

    // The unit once above the figures, short captions under it; read aloud with the unit.
    QCOMPARE(labelText(panel, "keyFiguresUnit"), QStringLiteral("Amounts in USD millions"));
    QCOMPARE(labelText(panel, "enterpriseValueCaption"), QStringLiteral("Enterprise value"));
    QCOMPARE(labelText(panel, "valuePerShareCaption"), QStringLiteral("Value per share (USD)"));
    QVERIFY(labelText(panel, "impliedMultipleCaption").contains(QStringLiteral("EV/EBITDA")));
    const auto* ev = panel.findChild<QLabel*>(QStringLiteral("enterpriseValue"));
    QCOMPARE(ev->accessibleName(), QStringLiteral("Enterprise value (USD millions)"));
  }

  void decimalsAreConfigurable() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    panel.setDecimals(2);
    QCOMPARE(labelText(panel, "enterpriseValue"), QStringLiteral("236.25"));
    QCOMPARE(labelText(panel, "valuePerShare"), QStringLiteral("18.33"));
    QCOMPARE(panel.yearTableModel()->text(YearTableModel::Revenue, 2), QStringLiteral("133.10"));
    panel.setDecimals(0);
    QCOMPARE(labelText(panel, "equityValue"), QStringLiteral("200"));
  }

  void evEbitCaption() {
    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"metric\": \"ev_ebitda\"", "\"metric\": \"ev_ebit\"");
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    ResultsPanel panel;
    panel.showEvaluation(doc, e);
    QVERIFY(labelText(panel, "impliedMultipleCaption").contains(QStringLiteral("EV/EBIT)")));
    // 254.55375 / final-year EBIT (133.1 × 20 % = 26.62) = 9.5625
    QCOMPARE(labelText(panel, "impliedMultiple"), QStringLiteral("9.6\u00d7"));
  }

  void warningsAreListed() {
    // The TV is 81 % of EV: over the 75 % warning level.
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    const auto* frame = panel.findChild<QWidget*>(QStringLiteral("warnings"));
    QVERIFY(frame);
    QVERIFY(!frame->isHidden());
    const auto* first = panel.findChild<QLabel*>(QStringLiteral("warning0"));
    QVERIFY(first);
    QVERIFY2(first->text().startsWith(QStringLiteral("\u26a0 The terminal value is 80.95 %")),
             qPrintable(first->text()));
    // The warning reaches the desktop as a rule with parameters: a German reader sees it in
    // German with German digits.
    {
      QTranslator german;
      QVERIFY(german.load(QStringLiteral(":/i18n/valor_de.qm")));
      QCoreApplication::installTranslator(&german);
      QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
      panel.retranslate();
      QVERIFY2(first->text().startsWith(
                   QStringLiteral("\u26a0 Der Endwert macht 80,95 % des Unternehmenswerts aus")),
               qPrintable(first->text()));
      QCoreApplication::removeTranslator(&german);
      QLocale::setDefault(QLocale::c());
      panel.retranslate();
      QVERIFY2(first->text().startsWith(QStringLiteral("\u26a0 The terminal value is 80.95 %")),
               qPrintable(first->text()));
    }

    // A lower growth keeps the share under 75 %: no warnings, the list hides.
    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"growth\": 0.02", "\"growth\": -0.05");
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    bool anyWarning = false;
    for (const Issue& i : e.issues) anyWarning |= i.severity == Severity::Warning;
    QVERIFY2(!anyWarning, describe(e.issues).c_str());
    panel.showEvaluation(doc, e);
    QVERIFY(frame->isHidden());
  }

  void yearTable() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    const QAbstractItemModel* model = panel.yearTableView()->model();
    QCOMPARE(model->rowCount(), int(YearTableModel::MetricCount));
    QCOMPARE(model->columnCount(), 4);  // three years and the terminal value
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("2026"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2028"));
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Terminal value"));
    QCOMPARE(model->headerData(YearTableModel::Revenue, Qt::Vertical).toString(),
             QStringLiteral("Revenue"));
    QVERIFY(!model->headerData(YearTableModel::Fcff, Qt::Vertical, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());

    const auto cell = [&](int metric, int column) {
      return model->data(model->index(metric, column)).toString();
    };
    QCOMPARE(cell(YearTableModel::Revenue, 0), QStringLiteral("110.0"));
    QCOMPARE(cell(YearTableModel::Revenue, 1), QStringLiteral("121.0"));
    QCOMPARE(cell(YearTableModel::Revenue, 2), QStringLiteral("133.1"));
    QCOMPARE(cell(YearTableModel::Growth, 0), QStringLiteral("10.0 %"));
    QCOMPARE(cell(YearTableModel::Ebitda, 0), QStringLiteral("27.5"));
    QCOMPARE(cell(YearTableModel::Ebit, 0), QStringLiteral("22.0"));
    QCOMPARE(cell(YearTableModel::Taxes, 0), QStringLiteral("5.5"));
    QCOMPARE(cell(YearTableModel::Nopat, 0), QStringLiteral("16.5"));
    QCOMPARE(cell(YearTableModel::Depreciation, 0), QStringLiteral("5.5"));
    QCOMPARE(cell(YearTableModel::Capex, 0), QStringLiteral("5.5"));
    QCOMPARE(cell(YearTableModel::DeltaNwc, 0), QStringLiteral("0.0"));
    QCOMPARE(cell(YearTableModel::Reinvestment, 0), QStringLiteral("0.0"));
    QCOMPARE(cell(YearTableModel::Fcff, 2), QStringLiteral("20.0"));  // 19.965
    QCOMPARE(cell(YearTableModel::DiscountPeriod, 1), QStringLiteral("2.00"));
    QCOMPARE(cell(YearTableModel::DiscountFactor, 0), QStringLiteral("0.9091"));
    QCOMPARE(cell(YearTableModel::PresentValue, 0), QStringLiteral("15.0"));
    QCOMPARE(cell(YearTableModel::YearFraction, 0), QStringLiteral("1.00"));  // no stub

    // The terminal column (Gordon growth, end of year): TV = FCFF 2028 × (1 + g) ÷ (WACC − g)
    // = 19.965 × 1.02 ÷ 0.08 = 254.55375, three years out, factor 1.1^−3 = 0.7513, PV =
    // 254.55375 ÷ 1.331 = 191.25. The operating rows have no value there.
    const auto raw = [&](int metric) {
      return model->data(model->index(metric, 3), YearTableModel::RawValueRole);
    };
    QVERIFY(qFuzzyCompare(raw(YearTableModel::Fcff).toDouble(), 254.55375));
    QCOMPARE(cell(YearTableModel::Fcff, 3), QStringLiteral("254.6"));
    QCOMPARE(cell(YearTableModel::DiscountPeriod, 3), QStringLiteral("3.00"));
    QCOMPARE(cell(YearTableModel::DiscountFactor, 3), QStringLiteral("0.7513"));
    QVERIFY(qFuzzyCompare(raw(YearTableModel::PresentValue).toDouble(), 191.25));
    QVERIFY(!raw(YearTableModel::Revenue).isValid());
    QVERIFY(!raw(YearTableModel::YearFraction).isValid());
    QCOMPARE(cell(YearTableModel::Revenue, 3), QStringLiteral("\u2014"));
    QCOMPARE(model->data(model->index(YearTableModel::Revenue, 2), YearTableModel::RawValueRole)
                 .toDouble(),
             133.1);
    const int alignment =
        model->data(model->index(YearTableModel::Revenue, 0), Qt::TextAlignmentRole).toInt();
    QVERIFY(alignment & Qt::AlignRight);
  }

  void methodWithoutCapexShowsDashes() {
    // Sales-to-capital without D&A: capex, ΔNWC, D&A and EBITDA are not modelled.
    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"reinvestment\": \"percent_of_revenue\",",
                "\"reinvestment\": \"sales_to_capital\", \"sales_to_capital\": "
                "{ \"mode\": \"constant\", \"value\": 2.0 },");
    replaceOnce(text, "\"da_pct_revenue\": { \"mode\": \"constant\", \"value\": 0.05 },", "");
    replaceOnce(text, "\"capex_pct_revenue\": { \"mode\": \"constant\", \"value\": 0.05 },", "");
    replaceOnce(text, "\"nwc_pct_revenue\": { \"mode\": \"constant\", \"value\": 0.0 },", "");
    replaceOnce(text, "\"metric\": \"ev_ebitda\"", "\"metric\": \"ev_ebit\"");  // needs no D&A
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    ResultsPanel panel;
    panel.showEvaluation(doc, e);
    const YearTableModel* model = panel.yearTableModel();
    const QString dash = QStringLiteral("\u2014");
    for (int metric : {YearTableModel::Capex, YearTableModel::DeltaNwc,
                       YearTableModel::Depreciation, YearTableModel::Ebitda}) {
      QCOMPARE(model->text(metric, 0), dash);
      QVERIFY(!model->data(model->index(metric, 0), YearTableModel::RawValueRole).isValid());
    }
    // Reinvestment = ΔRevenue / 2 = 10 / 2 = 5 in the first year.
    QCOMPARE(model->text(YearTableModel::Reinvestment, 0), QStringLiteral("5.0"));
    QCOMPARE(model->text(YearTableModel::Revenue, 0), QStringLiteral("110.0"));
  }

  void charts() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);

    const RevenueFcffChart* bars = panel.revenueFcffChart();
    QCOMPARE(bars->yearAxis()->categories(),
             (QStringList{QStringLiteral("2026"), QStringLiteral("2027"), QStringLiteral("2028")}));
    const QList<qreal> revenue = values(bars->revenueSet());
    QCOMPARE(revenue.size(), 3);
    QVERIFY(near(revenue[0], 110) && near(revenue[1], 121) && near(revenue[2], 133.1));
    const QList<qreal> fcff = values(bars->fcffSet());
    QVERIFY(near(fcff[0], 16.5) && near(fcff[1], 18.15) && near(fcff[2], 19.965));
    QVERIFY(bars->valueAxis()->min() <= 0);
    QVERIFY(bars->valueAxis()->max() >= 133.1);

    // EV 236.25 − debt 50 − minority 6.25 + cash 20 = 200; preferred and non-operating
    // assets are zero and left out.
    const EquityBridgeChart* bridge = panel.equityBridgeChart();
    const auto& steps = bridge->steps();
    QCOMPARE(int(steps.size()), 5);
    QCOMPARE(bridge->categories().size(), 5);
    using Kind = EquityBridgeChart::StepKind;
    QVERIFY(steps[0].kind == Kind::Total && near(steps[0].to, 236.25));
    QVERIFY(steps[1].kind == Kind::Decrease && near(steps[1].from, 236.25) &&
            near(steps[1].to, 186.25));
    QVERIFY(steps[2].kind == Kind::Decrease && near(steps[2].to, 180));
    QVERIFY(steps[3].kind == Kind::Increase && near(steps[3].from, 180) && near(steps[3].to, 200));
    QVERIFY(steps[4].kind == Kind::Total && near(steps[4].to, 200));
    QCOMPARE(steps[0].label, QStringLiteral("EV"));
    QCOMPARE(steps[1].label, QStringLiteral("\u2212 Debt"));
    QCOMPARE(steps[4].label, QStringLiteral("= Equity"));
    // Each category shows its amount under its name.
    QVERIFY2(bridge->categories()[0].contains(QStringLiteral("236.3")),
             qPrintable(bridge->categories()[0]));
    QVERIFY(bridge->categories()[2].contains(QStringLiteral("6.3")));
    // Bars: a transparent base carries each step to where the previous one ended.
    const QList<qreal> base = values(bridge->baseSet());
    const QList<qreal> total = values(bridge->totalSet());
    const QList<qreal> up = values(bridge->increaseSet());
    const QList<qreal> down = values(bridge->decreaseSet());
    QVERIFY(near(total[0], 236.25) && near(total[4], 200));
    QVERIFY(near(base[1], 186.25) && near(down[1], 50));
    QVERIFY(near(base[2], 180) && near(down[2], 6.25));
    QVERIFY(near(base[3], 180) && near(up[3], 20));
    QVERIFY(near(base[0], 0) && near(base[4], 0));
    // The legend names the three visible kinds, not the transparent base.
    panel.resize(1280, 800);
    panel.show();
    panel.findChild<QTabWidget*>(QStringLiteral("resultsTabs"))->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    int visibleMarkers = 0;
    for (const QLegendMarker* marker : bridge->chart()->legend()->markers())
      visibleMarkers += marker->isVisible() ? 1 : 0;
    QCOMPARE(visibleMarkers, 3);

    const TerminalShareChart* pie = panel.terminalShareChart();
    QVERIFY(pie->meaningful());
    QVERIFY(near(pie->explicitSlice()->value(), 45));
    QVERIFY(near(pie->terminalSlice()->value(), 191.25));
    QVERIFY2(pie->terminalSlice()->label().contains(QStringLiteral("81.0 %")),
             qPrintable(pie->terminalSlice()->label()));
  }

  void bridgeCrossingZero() {
    // Debt 300: EV 236.25 → −63.75 (the step crosses zero) → −70 → −50 = equity.
    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"debt\": 50", "\"debt\": 300");
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    ResultsPanel panel;
    panel.showEvaluation(doc, e);
    QCOMPARE(labelText(panel, "equityValue"), QStringLiteral("-50.0"));
    const EquityBridgeChart* bridge = panel.equityBridgeChart();
    QCOMPARE(int(bridge->steps().size()), 5);
    const QList<qreal> base = values(bridge->baseSet());
    const QList<qreal> total = values(bridge->totalSet());
    const QList<qreal> up = values(bridge->increaseSet());
    const QList<qreal> down = values(bridge->decreaseSet());
    // Across zero: the part above zero here, the part below in a set of the same colour.
    QVERIFY(near(base[1], 0) && near(down[1], 236.25));
    // Below zero, bars stack downwards: the base reaches the upper end, the step goes on.
    QVERIFY(near(base[2], -63.75) && near(down[2], -6.25));
    QVERIFY(near(base[3], -50) && near(up[3], -20));
    QVERIFY(near(total[4], -50));
    QVERIFY(bridge->valueAxis()->min() <= -63.75);
    // Both PVs are still positive, so the TV share stays meaningful.
    QVERIFY(panel.terminalShareChart()->meaningful());
  }

  void updatesInPlace() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    QBarSet* revenue = panel.revenueFcffChart()->revenueSet();
    QPieSlice* terminal = panel.terminalShareChart()->terminalSlice();
    QSignalSpy resets(panel.yearTableModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(panel.yearTableModel(), &QAbstractItemModel::dataChanged);

    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"value\": 0.10", "\"value\": 0.20");  // revenue growth
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    panel.showEvaluation(doc, e);

    QCOMPARE(panel.revenueFcffChart()->revenueSet(), revenue);
    QCOMPARE(panel.terminalShareChart()->terminalSlice(), terminal);
    QVERIFY(near(revenue->at(0), 120));
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() >= 1);
    QCOMPARE(panel.yearTableModel()->text(YearTableModel::Revenue, 0), QStringLiteral("120.0"));
  }

  // A new value of the same width repaints only its label: the key figures ask the layouts above
  // them for no new size, so a QTabWidget holding the panel (the editor's, the main window's) is
  // not laid out and repainted whole on every keystroke. Each value shows its whole text.
  void sameWidthValuesStayInTheirLabels() {
    QTabWidget tabs;
    auto* panel = new ResultsPanel;
    tabs.addTab(panel, QStringLiteral("Results"));
    tabs.resize(1280, 800);
    tabs.show();
    panel->showEvaluation(hand_, handEvaluation_);
    QApplication::processEvents();

    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, "\"cash\": 20", "\"cash\": 25");  // equity 200 → 205: same width
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    LayoutRequests requests(panel->findChild<QFrame*>(QStringLiteral("keyFigures")));
    qApp->installEventFilter(&requests);
    panel->showEvaluation(doc, e);
    QApplication::processEvents();
    QCOMPARE(labelText(*panel, "equityValue"), QStringLiteral("205.0"));
    QCOMPARE(requests.count, 0);
    for (const char* name : {"enterpriseValue", "equityValue", "valuePerShare", "wacc"}) {
      const auto* label = panel->findChild<QLabel*>(QString::fromLatin1(name));
      QCOMPARE(label->size(), label->sizeHint());
    }
  }

  // A warning about the whole model (not one field) reads as a sentence with its years and no
  // field in its tooltip.
  void wholeModelWarning() {
    const ScenarioDocument doc = sample("crescent");
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    // The years whose free cash flow is below zero, read off the projection.
    QStringList negative;
    for (int t = 0; t < e.result->projection.yearCount; ++t)
      if (e.result->projection.rows[static_cast<std::size_t>(t)].fcff < 0)
        negative << QString::number(e.result->projection.rows[static_cast<std::size_t>(t)].year);
    QVERIFY(!negative.isEmpty());
    ResultsPanel panel;
    panel.showEvaluation(doc, e);
    bool shown = false;
    for (const QLabel* label : panel.findChildren<QLabel*>())
      if (label->objectName().startsWith(QStringLiteral("warning")) &&
          label->text() == QStringLiteral("\u26a0 Free cash flow is negative in %1.")
                               .arg(negative.join(QStringLiteral(", ")))) {
        shown = true;
        QCOMPARE(label->toolTip(), QString());
      }
    QVERIFY(shown);
  }

  void tenYearSample() {
    const ScenarioDocument doc = sample("northwind");
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY2(e.result, describe(e.issues).c_str());
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    panel.showEvaluation(doc, e);  // 3 years → 10 years: columns are inserted
    QCOMPARE(panel.yearTableModel()->yearCount(), 10);
    QCOMPARE(panel.yearTableModel()->columnCount(), 11);
    // The sample's actuals put its five most recent reported years (2021A–2025A) before them.
    QCOMPARE(panel.revenueFcffChart()->revenueSet()->count(), 15);
    QCOMPARE(panel.revenueFcffChart()->yearAxis()->count(), 15);
    QCOMPARE(panel.revenueFcffChart()->yearAxis()->at(0), QStringLiteral("2021A"));
    // Mid-year with a half-year stub: the first cash flow arrives a quarter-year out.
    QCOMPARE(panel.yearTableModel()->text(YearTableModel::DiscountPeriod, 0),
             QStringLiteral("0.25"));
    QCOMPARE(panel.yearTableModel()->text(YearTableModel::YearFraction, 0), QStringLiteral("0.50"));
    QCOMPARE(panel.yearTableModel()->text(YearTableModel::YearFraction, 1), QStringLiteral("1.00"));
    // Non-operating assets appear in the bridge: EV, debt, minority, cash, non-op, equity.
    QCOMPARE(int(panel.equityBridgeChart()->steps().size()), 6);
    panel.showEvaluation(hand_, handEvaluation_);  // and back: columns are removed
    QCOMPARE(panel.yearTableModel()->columnCount(), 4);
    QCOMPARE(panel.yearTableModel()->headerData(3, Qt::Horizontal).toString(),
             QStringLiteral("Terminal value"));
    QCOMPARE(panel.revenueFcffChart()->revenueSet()->count(), 3);
  }

  void invalidScenarioIsExplained() {
    const ScenarioDocument doc = parse(fixture("invalid_growth.valor.json"));
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY(!e.result);

    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    panel.showEvaluation(doc, e);
    QVERIFY(!panel.showsResult());
    const auto* stack = panel.findChild<QStackedWidget*>(QStringLiteral("resultsStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("explanationPage"));
    QCOMPARE(labelText(panel, "explanationTitle"),
             QStringLiteral("This scenario cannot be valued yet"));
    const auto* errors = panel.findChild<QListWidget*>(QStringLiteral("errorList"));
    QVERIFY(errors->count() >= 1);
    bool listed = false;
    for (int i = 0; i < errors->count(); ++i)
      // Named by its caption, never by its path in the file (the path is kept for navigation).
      listed |= errors->item(i)->text() ==
                    QStringLiteral(
                        "Terminal growth (12 %) must be below the WACC (10 %): the "
                        "Gordon growth model has no finite value otherwise.") &&
                errors->item(i)->data(Qt::UserRole).toString() ==
                    QStringLiteral("dcf.terminal_value.growth");
    QVERIFY2(listed, qPrintable(errors->item(0)->text()));
    // No stale numbers anywhere.
    QCOMPARE(labelText(panel, "enterpriseValue"), QStringLiteral("\u2014"));
    QCOMPARE(panel.yearTableModel()->columnCount(), 0);

    // Fixing the input brings the results back.
    panel.showEvaluation(hand_, handEvaluation_);
    QVERIFY(panel.showsResult());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("resultsPage"));
    QCOMPARE(labelText(panel, "enterpriseValue"), QStringLiteral("236.3"));
    QCOMPARE(panel.yearTableModel()->columnCount(), 4);
  }

  // A problem with a part of a field (a staged driver's stage length) is named by the field it
  // belongs to, never by its path.
  void partOfAFieldIsNamedByItsField() {
    std::string text = fixture("hand_case.valor.json");
    replaceOnce(text, R"("revenue_growth": { "mode": "constant", "value": 0.10 })",
                R"("revenue_growth": { "mode": "staged", "stage1": 0.1, "stage3": 0.02 })");
    const ScenarioDocument doc = parse(text);
    const DcfEvaluation e = evaluateDcfScenario(doc);
    QVERIFY(!e.result);
    ResultsPanel panel;
    panel.showEvaluation(doc, e);
    const auto* errors = panel.findChild<QListWidget*>(QStringLiteral("errorList"));
    QVERIFY(errors->count() >= 1);
    bool named = false;
    for (int i = 0; i < errors->count(); ++i) {
      const QString line = errors->item(i)->text();
      QVERIFY2(!line.contains(QStringLiteral("dcf.")), qPrintable(line));
      named |= line.startsWith(QStringLiteral("Revenue growth, years in stage 1: "));
    }
    QVERIFY2(named, qPrintable(errors->item(0)->text()));
  }

  void retranslateKeepsContent() {
    ResultsPanel panel;
    panel.showEvaluation(hand_, handEvaluation_);
    panel.retranslate();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    QCOMPARE(labelText(panel, "enterpriseValue"), QStringLiteral("236.3"));
    const auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("resultsTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Per year"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Charts"));
  }
};

QTEST_MAIN(TestResultsPanel)
#include "test_resultspanel.moc"
