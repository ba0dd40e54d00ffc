// The M&A as a model kind: its template, the rules of its binding (each an issue naming the
// field and the rule), its JSON, and its analytics adapter (against the kind's own evaluation of
// an edited document), goal seek, a sensitivity grid and Monte Carlo. Expected numbers are worked
// by hand from the template and the formulas of core/finance/ma.h in the comments; none is copied
// from the program's output.
//
// The template, by hand. Offer 30 × (1 + 30 %) = 39 a share → purchase equity 39 × 100 = 3,900.
// Half in stock, issued at the acquirer's price 50 (no discount): 1,950 / 50 = 39 new shares, so
// 400 + 39 = 439 pro-forma shares. Cash need before financing fees C₀ = 1,950 + fees 40 = 1,990,
// all new debt (s = 1) with a 2 % financing fee that the debt funds too:
// D = 1,990 / (1 − 0.02) = 2,030.6122448979592; fees 0.02·D = 40.612244897959184, amortised over
// 7 years = 5.8017492711370262 a year; interest 6.5 %·D = 131.98979591836735; no cash used.
// New D&A 200 / 10 + 500 / 8 = 82.5 a year. PPA: DTL (200 + 500) × 25 % = 175 (the target's
// rate defaults to the acquirer's), goodwill 3,900 − (1,500 − 300) − 200 − 500 + 175 = 2,175.
// Acquirer NI 1,600 × 1.05^t = 1,680, 1,764, 1,852.2; target NI 210, 225, 240; synergies
// (120 + 150 × 20 %) = 150 run rate × 25/75/100 % = 37.5, 112.5, 150; integration 80, 40, 0.
// Year 1: adjustments (37.5 − 80 − 131.9898 − 5.8017 − 82.5) × 0.75 = −197.0936588921283,
// PF NI 1,680 + 210 − 197.0937 = 1,692.9063411078716, PF EPS / 439 = 3.8562786813391154,
// standalone 1,680 / 400 = 4.2, accretion 3.85628 / 4.2 − 1 = −8.1838 %. Year 2: −2.9873 %;
// year 3: +0.3292 %.
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/jobs/threadpool.h"
#include "core/model/scenariojson.h"
#include "core/models/ma/maanalytics.h"
#include "core/models/ma/mabinding.h"
#include "core/models/ma/makind.h"
#include "core/models/ma/matemplate.h"
#include "core/models/registry.h"
#include "core/ops/mutation.h"
#include "core/ops/patch.h"
#include "scenariofixtures.h"
#include "tests/support/checks.h"
#include "tests/support/jsonedits.h"

using namespace valor;
using valor::testing::bits;
using valor::testing::describe;
using valor::testing::documentOf;
using valor::testing::editedJson;
using valor::testing::errorText;
using valor::testing::findIssue;
using valor::testing::oneYearScenario;
using valor::testing::triangularInput;
using Json = nlohmann::ordered_json;

namespace {

// The template by hand (see the top of the file).
constexpr double kTax = 0.25;
constexpr double kKeep = 1 - kTax;
constexpr double kOfferPrice = 30 * (1 + 0.30);                          // 39
constexpr double kEquity = kOfferPrice * 100;                            // 3,900
constexpr double kNewShares = 0.5 * kEquity / 50;                        // 39
constexpr double kProFormaShares = 400 + kNewShares;                     // 439
constexpr double kFixedNeed = 40;                                        // F: transaction fees
constexpr double kNeedBeforeFees = 0.5 * kEquity + kFixedNeed;           // C₀ = 1,990
constexpr double kNewDebt = kNeedBeforeFees / (1 - 1.0 * 0.02);          // 2,030.6122448979592
constexpr double kFinancingFees = 0.02 * kNewDebt;                       // 40.612244897959184
constexpr double kInterest = 0.065 * kNewDebt;                           // 131.98979591836735
constexpr double kFeeAmortisation = kFinancingFees / 7;                  // 5.8017492711370262
constexpr double kNewDepreciation = 200.0 / 10 + 500.0 / 8;              // 82.5
constexpr double kDtl = (200 + 500) * 0.25;                              // 175
constexpr double kGoodwill = kEquity - (1500 - 300) - 200 - 500 + kDtl;  // 2,175
constexpr std::array<double, 3> kAcquirerNi = {1680, 1764, 1852.2};      // 1,600 × 1.05^t
constexpr std::array<double, 3> kTargetNi = {210, 225, 240};
constexpr std::array<double, 3> kSynergies = {37.5, 112.5, 150};  // 150 × 25 / 75 / 100 %
constexpr std::array<double, 3> kIntegration = {80, 40, 0};
// The after-tax cost of one unit of C₀ (ma.h, maximum offer price): all debt, so
// k = (1 − τ)/(1 − f)·(r_d + f / fee years) = 0.75 / 0.98 × (0.065 + 0.02 / 7) = 0.0519314869.
constexpr double kCostPerUnitNeed = kKeep / (1 - 0.02) * (0.065 + 0.02 / 7);

// One pro-forma year of the template, by hand.
struct HandYear {
  double adjustments, proFormaNi, proFormaEps, standaloneEps, accretion, breakeven, maxOffer;
};
HandYear handYear(std::size_t i) {
  HandYear y{};
  y.adjustments =
      (kSynergies[i] - kIntegration[i] - kInterest - kFeeAmortisation - 0 - kNewDepreciation + 0) *
      kKeep;
  y.proFormaNi = kAcquirerNi[i] + kTargetNi[i] + y.adjustments;
  y.proFormaEps = y.proFormaNi / kProFormaShares;
  y.standaloneEps = kAcquirerNi[i] / 400;
  y.accretion = y.proFormaEps / y.standaloneEps - 1;
  // B_t = (EPS_sa·PF shares − (PF NI − S_t·(1 − τ))) / (1 − τ): 238.69, 189.61, 141.08.
  y.breakeven =
      (y.standaloneEps * kProFormaShares - (y.proFormaNi - kSynergies[i] * kKeep)) / kKeep;
  // P*: Q − k·(0.5·P·100 + 40) = EPS·(400 + 0.5·P·100 / 50), so
  // P* = (Q − 40k − 400·EPS) / (50k + EPS): 16.7986, 30.7458, 39.9259.
  const double q =
      kAcquirerNi[i] + kTargetNi[i] + (kSynergies[i] - kIntegration[i] - kNewDepreciation) * kKeep;
  y.maxOffer = (q - kCostPerUnitNeed * kFixedNeed - y.standaloneEps * 400) /
               (kCostPerUnitNeed * 0.5 * 100 + y.standaloneEps * 0.5 * 100 / 50);
  return y;
}

// Year-1 accretion of the template by hand for any premium and stock share (everything else as
// in the template): E = 30·(1 + premium)·100; n = σE / 50; C₀ = (1 − σ)E + 40; D = C₀ / 0.98.
double handAccretionYear1(double premium, double stock) {
  const double equity = 30 * (1 + premium) * 100;
  const double newShares = stock * equity / 50;
  const double debt = ((1 - stock) * equity + kFixedNeed) / (1 - 0.02);
  const double adjustments =
      (kSynergies[0] - kIntegration[0] - 0.065 * debt - 0.02 * debt / 7 - kNewDepreciation) * kKeep;
  const double proFormaEps = (kAcquirerNi[0] + kTargetNi[0] + adjustments) / (400 + newShares);
  return proFormaEps / (kAcquirerNi[0] / 400) - 1;
}

bool closeRelative(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max({std::fabs(a), std::fabs(b), 1e-300});
}
// Relative, but absolute near zero (accretion crosses 0).
bool closeTo(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

QByteArray numbers(double actual, double expected) {
  return QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17).toUtf8();
}

ScenarioDocument templateDocument() {
  return documentOf(maTemplate());
}
ScenarioDocument editedTemplate(const QString& edits) {
  return documentOf(editedJson(maTemplate(), edits.toStdString()));
}
ScenarioDocument editedTemplate(const char* edits) {
  return editedTemplate(QString::fromUtf8(edits));
}

// The scenario with fields set through a patch (the one write path), valued from scratch.
struct Slow {
  std::optional<MaResult> result;
  QByteArray problem;
};
Slow slowPath(const ScenarioDocument& doc, const Json& set) {
  Slow out;
  Json patch;
  patch["set"] = set;
  auto ops = patchOps(doc, patch);
  if (!ops) {
    out.problem = QByteArray::fromStdString(errorText(ops.error()));
    return out;
  }
  Mutation m;
  m.ops = ops.value();
  auto edited = applyMutation(doc, m);
  if (!edited) {
    out.problem = QByteArray::fromStdString(errorText(edited.error()));
    return out;
  }
  const MaEvaluation e = evaluateMaScenario(edited.value());
  if (!e.result) out.problem = QByteArray::fromStdString(describe(e.issues));
  out.result = e.result;
  return out;
}
Slow slowPath(const ScenarioDocument& doc, const std::string& path, double value) {
  Json set;
  set[path] = value;
  return slowPath(doc, set);
}

// What the adapter's output `key` is in an evaluation's result.
double outputOfResult(const MaResult& r, const std::string& key) {
  for (std::size_t t = 0; t < 5; ++t)
    if (key == "accretion_year_" + std::to_string(t + 1)) return r.rows[t].accretion;
  if (key == "pro_forma_eps_year_1") return r.rows[0].proFormaEps;
  if (key == "breakeven_synergies_year_1") return r.rows[0].breakevenSynergies;
  if (key == "goodwill") return r.ppa.goodwill;
  qFatal("no output %s", key.c_str());
  return 0;
}

std::unique_ptr<ValuationModel> modelOf(const ScenarioDocument& doc,
                                        const std::vector<std::string>& paths) {
  auto model = prepareValuationModel(doc, paths);
  if (!model) {
    qWarning("prepareValuationModel: %s", errorText(model.error()).c_str());
    return nullptr;
  }
  return std::move(model).value();
}

OutputIndex indexOf(const ValuationModel& model, const char* key) {
  const auto index = model.outputIndex(key);
  if (!index) qFatal("the model has no output %s", key);
  return *index;
}

}  // namespace

// QVERIFY2 with a message of any text type (QByteArray, const char*), built only on failure.
#define MA_VERIFY(statement, message) QVERIFY2(statement, QByteArray(message).constData())
// Doubles compared bit for bit (QCOMPARE on doubles is fuzzy).
#define QCOMPARE_BITS(actual, expected)     \
  MA_VERIFY(bits(actual) == bits(expected), \
            QByteArray(#actual ": ") + numbers((actual), (expected)))
// Doubles within a relative tolerance (absolute below 1), with both numbers on failure.
#define QCLOSE(actual, expected, tol)             \
  MA_VERIFY(closeTo((actual), (expected), (tol)), \
            QByteArray(#actual ": ") + numbers((actual), (expected)))

class TestMaBinding : public QObject {
  Q_OBJECT

 private slots:
  // 1. The template is complete and valid, and values as worked by hand above.
  void templateValues() {
    const ModelKind* kind = findModelKind("ma");
    QVERIFY(kind);
    QCOMPARE(kind->scenarioTemplate(), std::string(maTemplate()));
    const ScenarioDocument doc = documentOf(kind->scenarioTemplate());
    const Evaluation e = evaluateScenario(doc);
    QCOMPARE(e.model, std::string("ma"));
    MA_VERIFY(e.issues.empty(), describe(e.issues).c_str());
    QVERIFY(e.valued);

    const MaEvaluation& ma = maEvaluationOf(e);
    QVERIFY(ma.binding.inputs);
    QVERIFY(ma.result);
    const MaResult& r = *ma.result;
    QCOMPARE(r.failure, MaFailure::None);
    QCOMPARE(r.years, 3);
    QCOMPARE(ma.binding.acquirerName, std::string("Example Acquirer"));
    QCOMPARE(ma.binding.targetName, std::string("Example Target"));

    // Offer and consideration: 30 × 1.30 = 39; 39 × 100 = 3,900; premium 39 / 30 − 1 = 30 %;
    // exchange ratio 39 / 50 = 0.78; half each: 1,950 in stock at 50 → 39 new shares.
    QCLOSE(r.offerPrice, 39.0, 1e-12);
    QCLOSE(r.purchaseEquity, 3900.0, 1e-12);
    QCLOSE(r.impliedPremium, 0.30, 1e-12);
    QCLOSE(r.impliedExchangeRatio, 0.78, 1e-12);
    QCLOSE(r.issuePrice, 50.0, 1e-12);
    QCLOSE(r.stockConsideration, 1950.0, 1e-12);
    QCLOSE(r.cashConsideration, 1950.0, 1e-12);
    QCLOSE(r.newShares, 39.0, 1e-12);
    QCLOSE(r.newShares, kNewShares, 1e-12);
    // EV = 3,900 + target debt 600 − target cash 200 = 4,300.
    QCLOSE(r.enterpriseValue, 4300.0, 1e-12);

    // Funding: C₀ = 1,950 + 40 = 1,990 all in debt, D = 1,990 / 0.98; the cash need is C₀ plus
    // the financing fees = D itself (s = 1); nothing from the acquirer's cash.
    QCLOSE(r.transactionFees, 40.0, 1e-12);
    QCOMPARE(r.refinancedDebt, 0.0);
    QCLOSE(r.newDebt, kNewDebt, 1e-12);
    QCLOSE(r.financingFees, kFinancingFees, 1e-12);
    QCLOSE(r.cashNeed, 1990.0 + kFinancingFees, 1e-12);
    QCLOSE(r.cashNeed, kNewDebt, 1e-12);
    QCLOSE(r.cashUsed, 0.0, 1e-12);

    // PPA: goodwill = 3,900 − (1,500 − 300) − 200 − 500 + 700 × 0.25 = 2,175.
    QCLOSE(r.ppa.purchaseEquity, 3900.0, 1e-12);
    QCOMPARE(r.ppa.bookEquity, 1500.0);
    QCOMPARE(r.ppa.existingGoodwill, 300.0);
    QCOMPARE(r.ppa.ppeWriteUp, 200.0);
    QCOMPARE(r.ppa.intangiblesWriteUp, 500.0);
    QCLOSE(r.ppa.deferredTaxLiability, 175.0, 1e-12);
    QCLOSE(r.ppa.goodwill, 2175.0, 1e-12);
    QCLOSE(r.ppa.goodwill, kGoodwill, 1e-12);

    // Ownership 400 / 439 and 39 / 439. P/E rule: the acquirer's 50 / 4.2, the offer's
    // 39 / (210 / 100) = 18.571.
    QCLOSE(r.acquirerOwnership, 400.0 / 439, 1e-12);
    QCLOSE(r.targetOwnership, 39.0 / 439, 1e-12);
    QVERIFY(r.acquirerPe && r.offerPe);
    QCLOSE(*r.acquirerPe, 50 / 4.2, 1e-12);
    QCLOSE(*r.offerPe, 39 / 2.1, 1e-12);

    // Year by year.
    const std::array<double, 3> revenueShare = {3000.0 / 15600, 3150.0 / 16380, 3300.0 / 17190};
    const std::array<double, 3> ebitdaShare = {520.0 / 3320, 550.0 / 3490, 580.0 / 3670};
    const std::array<double, 3> acquirerEbitda = {2800, 2940, 3090};
    const std::array<double, 3> targetEbitda = {520, 550, 580};
    for (std::size_t i = 0; i < 3; ++i) {
      const MaYearRow& row = r.rows[i];
      const HandYear y = handYear(i);
      const QByteArray year = QByteArray("year ") + QByteArray::number(2026 + static_cast<int>(i));
      QCOMPARE(row.year, 2026 + static_cast<int>(i));
      QCLOSE(row.acquirerNetIncome, kAcquirerNi[i], 1e-12);
      QCLOSE(row.targetNetIncome, kTargetNi[i], 1e-12);
      QCLOSE(row.synergies, kSynergies[i], 1e-12);
      QCLOSE(row.integrationCosts, kIntegration[i], 1e-12);
      QCLOSE(row.newDebtInterest, kInterest, 1e-12);
      QCLOSE(row.financingFeeAmortisation, kFeeAmortisation, 1e-12);
      QCLOSE(row.foregoneInterest, 0.0, 1e-12);
      QCLOSE(row.newDepreciation, 82.5, 1e-12);
      QCOMPARE(row.refinancingSaving, 0.0);
      QCLOSE(row.adjustmentsAfterTax, y.adjustments, 1e-12);
      QCLOSE(row.proFormaNetIncome, y.proFormaNi, 1e-12);
      QCLOSE(row.proFormaShares, 439.0, 1e-12);
      QCLOSE(row.standaloneEps, y.standaloneEps, 1e-12);
      QCLOSE(row.proFormaEps, y.proFormaEps, 1e-12);
      QCLOSE(row.accretionPerShare, y.proFormaEps - y.standaloneEps, 1e-12);
      QCLOSE(row.accretion, y.accretion, 1e-12);
      QCLOSE(row.breakevenSynergies, y.breakeven, 1e-10);
      MA_VERIFY(row.maxOfferPrice, year);
      QCLOSE(*row.maxOfferPrice, y.maxOffer, 1e-10);
      // The EPS bridge sums to PF − standalone EPS.
      const MaEpsBridge& b = row.bridge;
      const double bridge = b.targetEarnings + b.synergies + b.integrationCosts +
                            b.newDebtInterest + b.financingFees + b.foregoneInterest +
                            b.newDepreciation + b.refinancing + b.newShares;
      QCLOSE(bridge, row.accretionPerShare, 1e-12);
      // The new shares' part: NI_acq / 439 − NI_acq / 400.
      QCLOSE(b.newShares, kAcquirerNi[i] / 439 - kAcquirerNi[i] / 400, 1e-12);
      // Contribution: target / (acquirer + target).
      QVERIFY(row.targetContribution.revenue && row.targetContribution.ebitda &&
              row.targetContribution.netIncome);
      QCLOSE(*row.targetContribution.revenue, revenueShare[i], 1e-12);
      QCLOSE(*row.targetContribution.ebitda, ebitdaShare[i], 1e-12);
      QCLOSE(*row.targetContribution.netIncome, kTargetNi[i] / (kTargetNi[i] + kAcquirerNi[i]),
             1e-12);
      // Credit: EBITDA with realised synergies; debt 4,000 + 600 (assumed) + D; cash
      // 2,500 − 0 + 200; interest 4,000 × 5 % + 600 × 6 % + 6.5 % × D = 236 + 131.99.
      // Year 1: (1,900 + D) / 3,357.5 = 1.1707; 3,357.5 / 367.99 = 9.1239.
      const double ebitda = acquirerEbitda[i] + targetEbitda[i] + kSynergies[i];
      QVERIFY(row.netDebtToEbitda && row.interestCover);
      QCLOSE(*row.netDebtToEbitda, (4000 + 600 + kNewDebt - 2700) / ebitda, 1e-12);
      QCLOSE(*row.interestCover, ebitda / (200 + 36 + kInterest), 1e-12);
    }
    // The hand figures themselves (independent of handYear's algebra): −8.1838 %, −2.9873 %,
    // +0.3292 %; P*_1 = (1,796.25 − 40k − 1,680) / (50k + 4.2) = 16.7986.
    QCLOSE(r.rows[0].accretion, -0.08183840920497254, 1e-9);
    QCLOSE(r.rows[1].accretion, -0.029872911994446416, 1e-9);
    QCLOSE(r.rows[2].accretion, 0.003291949858984955, 1e-9);
    QCLOSE(*r.rows[0].maxOfferPrice, 16.79857156645112, 1e-9);
    QVERIFY(!r.rows[0].maxOfferPrice || *r.rows[0].maxOfferPrice < 39);  // dilutive at 39
    QVERIFY(*r.rows[2].maxOfferPrice > 39);                              // accretive at 39

    // The named outputs.
    for (const char* key :
         {"accretion_year_1", "pro_forma_eps_year_1", "standalone_eps_year_1",
          "offer_price_per_share", "offer_premium", "purchase_equity", "enterprise_value",
          "new_shares", "new_debt", "cash_used", "goodwill", "target_ownership"})
      MA_VERIFY(e.output(key) && e.output(key)->value, key);
    QCOMPARE_BITS(*e.output("accretion_year_1")->value, r.rows[0].accretion);
    QCLOSE(*e.output("offer_price_per_share")->value, 39.0, 1e-12);
    QCLOSE(*e.output("purchase_equity")->value, 3900.0, 1e-12);
    QCLOSE(*e.output("new_shares")->value, 39.0, 1e-12);
    QCLOSE(*e.output("goodwill")->value, 2175.0, 1e-12);
    QCLOSE(*e.output("standalone_eps_year_1")->value, 4.2, 1e-12);
    for (const char* table : {"accretion", "adjustments", "contribution", "drivers"})
      MA_VERIFY(e.table(table), table);
  }

  // 2–11, 13. Every rule of the binding (and the engine's failures) as an error naming the field
  // and the rule.
  void rejectedInputs_data() {
    QTest::addColumn<QString>("edits");  // "pointer=json;..." on the template; `delete` removes
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mention");  // a text the message must contain, or empty
    // 2. The mix must sum to 100 %.
    QTest::newRow("mix 60 + 50") << "/ma/consideration/cash=0.6"
                                 << "ma.consideration.stock"
                                 << "mix_not_100"
                                 << "0.6";
    QTest::newRow("mix 50 + 40") << "/ma/consideration/stock=0.4"
                                 << "ma.consideration.stock"
                                 << "mix_not_100"
                                 << "0.4";
    QTest::newRow("stock share missing") << "/ma/consideration/stock=delete"
                                         << "ma.consideration.stock"
                                         << "required"
                                         << "";
    // 3. Share counts above 0 (the generic schema check's out_of_range).
    QTest::newRow("zero acquirer shares") << "/ma/acquirer/shares=0"
                                          << "ma.acquirer.shares"
                                          << "out_of_range"
                                          << "not 0";
    QTest::newRow("negative acquirer shares") << "/ma/acquirer/shares=-5"
                                              << "ma.acquirer.shares"
                                              << "out_of_range"
                                              << "-5";
    QTest::newRow("negative target shares") << "/ma/target/shares=-1"
                                            << "ma.target.shares"
                                            << "out_of_range"
                                            << "-1";
    // 4. A zero standalone EPS, named by the field that gives it.
    QTest::newRow("zero net income in 2027 (per year)")
        << R"(/ma/acquirer/net_income={"mode": "per_year", "values": {"2026": 1680, "2027": 0, "2028": 1852.2}})"
        << "ma.acquirer.net_income.values.2027"
        << "zero_standalone_eps"
        << "2027";
    QTest::newRow("zero net income (constant)")
        << R"(/ma/acquirer/net_income={"mode": "constant", "value": 0})"
        << "ma.acquirer.net_income.value"
        << "zero_standalone_eps"
        << "2026";
    QTest::newRow("zero net income (growth from 0)")
        << R"(/ma/acquirer/net_income={"mode": "growth", "base": 0, "growth": 0.05})"
        << "ma.acquirer.net_income.base"
        << "zero_standalone_eps"
        << "2026";
    // 5. The offer's number for its method.
    QTest::newRow("premium method without premium") << "/ma/offer/premium=delete"
                                                    << "ma.offer.premium"
                                                    << "required"
                                                    << "ma.offer.method is premium";
    QTest::newRow("price method without price") << "/ma/offer/method=\"price\""
                                                << "ma.offer.price"
                                                << "required"
                                                << "ma.offer.method is price";
    QTest::newRow("exchange ratio method without ratio") << "/ma/offer/method=\"exchange_ratio\""
                                                         << "ma.offer.exchange_ratio"
                                                         << "required"
                                                         << "exchange_ratio";
    // 6. New debt needs a rate.
    QTest::newRow("debt without rate") << "/ma/funding/debt_rate=delete"
                                       << "ma.funding.debt_rate"
                                       << "required"
                                       << "debt_share";
    // 7. A refinanced target debt (600) needs the rate it saves.
    QTest::newRow("refinanced without target rate")
        << "/ma/funding/target_debt=\"refinanced\";/ma/target/interest_rate=delete"
        << "ma.target.interest_rate"
        << "required"
        << "refinanced";
    // 8. The template gives issue_discount (0): a stated price as well is twice.
    QTest::newRow("issue price and discount") << "/ma/consideration/issue_price=48"
                                              << "ma.consideration.issue_price"
                                              << "issue_price_given_twice"
                                              << "";
    // 9. Write-ups above 0 need their lives.
    QTest::newRow("PP&E write-up without life") << "/ma/ppa/ppe_life=delete"
                                                << "ma.ppa.ppe_life"
                                                << "required"
                                                << "ppe_write_up";
    QTest::newRow("intangibles without life") << "/ma/ppa/intangibles_life=delete"
                                              << "ma.ppa.intangibles_life"
                                              << "required"
                                              << "intangibles_write_up";
    // 10. Synergies need a phase-in; revenue synergies a margin.
    QTest::newRow("synergies without phase-in") << "/ma/synergies/phase_in=delete"
                                                << "ma.synergies.phase_in.mode"
                                                << "required"
                                                << "phase-in";
    QTest::newRow("revenue synergies without margin") << "/ma/synergies/revenue_margin=delete"
                                                      << "ma.synergies.revenue_margin"
                                                      << "required"
                                                      << "ma.synergies.revenue";
    // 11. No new debt: the cash need 1,950 + 40 = 1,990 (no financing fees without debt) is
    // above the acquirer's 100 of cash.
    QTest::newRow("cash above balance") << "/ma/funding/debt_share=0;/ma/acquirer/cash=100"
                                        << "ma.funding.debt_share"
                                        << "cash_above_balance"
                                        << "1990";
    // 13. Per-year fields must cover 2026–2028.
    QTest::newRow("acquirer revenue missing 2027") << "/ma/acquirer/revenue/2027=delete"
                                                   << "ma.acquirer.revenue.2027"
                                                   << "missing_year"
                                                   << "2027";
    QTest::newRow("target net income missing 2028") << "/ma/target/net_income/values/2028=delete"
                                                    << "ma.target.net_income.values.2028"
                                                    << "missing_year"
                                                    << "2028";
    QTest::newRow("phase-in missing 2026") << "/ma/synergies/phase_in/values/2026=delete"
                                           << "ma.synergies.phase_in.values.2026"
                                           << "missing_year"
                                           << "2026";
  }
  void rejectedInputs() {
    QFETCH(QString, edits);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(QString, mention);
    const ScenarioDocument doc = editedTemplate(edits);
    const MaEvaluation e = evaluateMaScenario(doc);
    QVERIFY(!e.result);
    const Issue* issue = findIssue(e.issues, path.toStdString(), rule.toStdString());
    MA_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Error);
    QVERIFY(!issue->message.empty());
    if (!mention.isEmpty())
      MA_VERIFY(issue->message.find(mention.toStdString()) != std::string::npos,
                issue->message.c_str());
    // The registry says the same, and nothing invalid reaches the analytics.
    const Evaluation viaRegistry = evaluateScenario(doc);
    QVERIFY(!viaRegistry.valued);
    QVERIFY(findIssue(viaRegistry.issues, path.toStdString(), rule.toStdString()));
    QVERIFY(maInputPaths(doc).empty());
    auto model = prepareMaModel(doc, {"ma.offer.premium"});
    QVERIFY(!model);
    QCOMPARE(model.error().code, std::string("analytics.scenario_invalid"));
  }

  // 11. The cash shortfall quotes both numbers: used 1,990, held 100.
  void cashAboveBalanceQuotesTheNumbers() {
    const MaEvaluation e =
        evaluateMaScenario(editedTemplate("/ma/funding/debt_share=0;/ma/acquirer/cash=100"));
    QVERIFY(e.binding.inputs);  // the binding accepts it: the engine finds the shortfall
    QVERIFY(!e.result);
    const Issue* issue = findIssue(e.issues, "ma.funding.debt_share", "cash_above_balance");
    MA_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->params.at("cash_used"), std::string("1990"));
    QCOMPARE(issue->params.at("cash"), std::string("100"));
    // The debt's terms are then unused, and said so.
    for (const char* field :
         {"ma.funding.debt_rate", "ma.funding.financing_fee", "ma.funding.fee_years"}) {
      const Issue* unused = findIssue(e.issues, field, "unused_without_debt");
      MA_VERIFY(unused, describe(e.issues).c_str());
      QCOMPARE(unused->severity, Severity::Warning);
    }
    // With 2,000 of cash the same deal is paid from cash: no debt, 1,990 used.
    const MaEvaluation enough =
        evaluateMaScenario(editedTemplate("/ma/funding/debt_share=0;/ma/acquirer/cash=2000"));
    MA_VERIFY(enough.result, describe(enough.issues).c_str());
    QCLOSE(enough.result->cashUsed, 1990.0, 1e-12);
    QCOMPARE(enough.result->newDebt, 0.0);
    // Foregone interest 3 % × 1,990 = 59.7 a year.
    QCLOSE(enough.result->rows[0].foregoneInterest, 59.7, 1e-12);
  }

  // 4. A negative standalone EPS warns (accretion is measured against the size of the loss)
  // and the scenario is still valued. NI 2026 = −100: standalone EPS −0.25; PF NI
  // −100 + 210 − 197.0937 = −87.0937; accretion (PF EPS + 0.25) / 0.25.
  void negativeStandaloneEpsWarns() {
    const MaEvaluation e = evaluateMaScenario(editedTemplate(
        R"(/ma/acquirer/net_income={"mode": "per_year", "values": {"2026": -100, "2027": 1764, "2028": 1852.2}})"));
    MA_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(!hasErrors(e.issues));
    const Issue* issue =
        findIssue(e.issues, "ma.acquirer.net_income.values.2026", "negative_standalone_eps");
    MA_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Warning);
    QCOMPARE(issue->params.at("year"), std::string("2026"));
    const MaYearRow& row = e.result->rows[0];
    QCLOSE(row.standaloneEps, -0.25, 1e-12);
    const double pfNi = -100 + 210 + handYear(0).adjustments;
    QCLOSE(row.proFormaNetIncome, pfNi, 1e-12);
    const double accretion = (pfNi / 439 - (-0.25)) / 0.25;  // ≈ +20.6 %: the loss narrows
    QCLOSE(row.accretion, accretion, 1e-12);
    QVERIFY(row.accretion > 0);
    QVERIFY(!e.result->acquirerPe);  // no P/E on a loss
  }

  // 5. An offer field the method does not read is a warning; the method's own number is used.
  void unusedOfferFieldWarns() {
    const MaEvaluation e = evaluateMaScenario(editedTemplate("/ma/offer/price=45"));
    MA_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(!hasErrors(e.issues));
    const Issue* issue = findIssue(e.issues, "ma.offer.price", "unused_for_method");
    MA_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Warning);
    QCOMPARE(issue->params.at("method"), std::string("premium"));
    QCLOSE(e.result->offerPrice, 39.0, 1e-12);  // 30 × 1.30, not 45
    // The price method reads the price and warns about the premium instead: 45 × 100 = 4,500.
    const MaEvaluation byPrice =
        evaluateMaScenario(editedTemplate("/ma/offer/method=\"price\";/ma/offer/price=45"));
    MA_VERIFY(byPrice.result, describe(byPrice.issues).c_str());
    QVERIFY(findIssue(byPrice.issues, "ma.offer.premium", "unused_for_method"));
    QCLOSE(byPrice.result->purchaseEquity, 4500.0, 1e-12);
    QCLOSE(byPrice.result->impliedPremium, 0.5, 1e-12);  // 45 / 30 − 1
    // Exchange ratio 0.9 × the acquirer's 50 = 45 a share.
    const MaEvaluation byRatio =
        evaluateMaScenario(editedTemplate("/ma/offer/method=\"exchange_ratio\";/ma/offer/"
                                          "exchange_ratio=0.9;/ma/offer/premium=delete"));
    MA_VERIFY(byRatio.result, describe(byRatio.issues).c_str());
    QVERIFY(byRatio.issues.empty());
    QCLOSE(byRatio.result->offerPrice, 45.0, 1e-12);
  }

  // 7. Refinanced with the rate: the target's 600 is repaid from the new debt and its 6 %
  // interest saved. C₀ = 1,950 + 40 + 600 = 2,590, D = 2,590 / 0.98; saving 36 a year.
  void refinancedTargetDebtIsFundedAndSaved() {
    const MaEvaluation e =
        evaluateMaScenario(editedTemplate("/ma/funding/target_debt=\"refinanced\""));
    MA_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(e.issues.empty());
    QCLOSE(e.result->refinancedDebt, 600.0, 1e-12);
    QCLOSE(e.result->newDebt, 2590 / 0.98, 1e-12);
    QCLOSE(e.result->rows[0].refinancingSaving, 36.0, 1e-12);
  }

  // 8. A stated issue price alone is used: 1,950 / 48 = 40.625 new shares.
  void statedIssuePrice() {
    const MaEvaluation e = evaluateMaScenario(
        editedTemplate("/ma/consideration/issue_discount=delete;/ma/consideration/issue_price=48"));
    MA_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(e.issues.empty());
    QCLOSE(e.result->issuePrice, 48.0, 1e-12);
    QCLOSE(e.result->newShares, 40.625, 1e-12);
  }

  // 12. Negative goodwill warns (a bargain purchase) and is still valued. Book equity 5,000:
  // goodwill = 3,900 − (5,000 − 300) − 200 − 500 + 175 = −800 − 700 + 175 = −1,325.
  void bargainPurchaseWarns() {
    const MaEvaluation e = evaluateMaScenario(editedTemplate("/ma/target/book_equity=5000"));
    MA_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(!hasErrors(e.issues));
    const Issue* issue = findIssue(e.issues, "ma.ppa", "bargain_purchase");
    MA_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Warning);
    QCOMPARE(issue->params.at("goodwill"), std::string("-1325"));
    QCLOSE(e.result->ppa.goodwill, -1325.0, 1e-12);
    // An asset deal has no DTL: 3,900 − 1,200 − 700 = 2,000 on the template.
    const MaEvaluation asset = evaluateMaScenario(editedTemplate("/ma/ppa/deal_type=\"asset\""));
    MA_VERIFY(asset.result, describe(asset.issues).c_str());
    QCOMPARE(asset.result->ppa.deferredTaxLiability, 0.0);
    QCLOSE(asset.result->ppa.goodwill, 2000.0, 1e-12);
    // A target tax rate of its own: DTL 700 × 30 % = 210, goodwill 2,000 + 210 = 2,210.
    const MaEvaluation ownRate = evaluateMaScenario(editedTemplate("/ma/target/tax_rate=0.30"));
    MA_VERIFY(ownRate.result, describe(ownRate.issues).c_str());
    QCLOSE(ownRate.result->ppa.deferredTaxLiability, 210.0, 1e-12);
    QCLOSE(ownRate.result->ppa.goodwill, 2210.0, 1e-12);
  }

  // 13. Net income in growth mode: NI_t = base·(1 + g)^t, t = 1 for the first pro-forma year.
  void netIncomeGrowthMode() {
    // The template: 1,600 × 1.05 = 1,680; × 1.05 = 1,764; × 1.05 = 1,852.2.
    const MaEvaluation e = evaluateMaScenario(templateDocument());
    QVERIFY(e.result);
    QVERIFY(e.binding.growth[0]);
    QVERIFY(!e.binding.growth[1]);  // the target's is per year
    QCOMPARE(e.binding.growth[0]->base, 1600.0);
    QCOMPARE(e.binding.growth[0]->growth, 0.05);
    QCLOSE(e.result->rows[0].acquirerNetIncome, 1680.0, 1e-12);
    QCLOSE(e.result->rows[1].acquirerNetIncome, 1764.0, 1e-12);
    QCLOSE(e.result->rows[2].acquirerNetIncome, 1852.2, 1e-12);
    // The target's from a base too: 200 × 1.10 = 220, 242, 266.2.
    const MaEvaluation target = evaluateMaScenario(
        editedTemplate(R"(/ma/target/net_income={"mode": "growth", "base": 200, "growth": 0.10})"));
    MA_VERIFY(target.result, describe(target.issues).c_str());
    QCLOSE(target.result->rows[0].targetNetIncome, 220.0, 1e-12);
    QCLOSE(target.result->rows[1].targetNetIncome, 242.0, 1e-12);
    QCLOSE(target.result->rows[2].targetNetIncome, 266.2, 1e-12);
    // A shrinking one: 1,000 × 0.9 = 900, 810, 729.
    const MaEvaluation shrinking = evaluateMaScenario(editedTemplate(
        R"(/ma/acquirer/net_income={"mode": "growth", "base": 1000, "growth": -0.10})"));
    MA_VERIFY(shrinking.result, describe(shrinking.issues).c_str());
    QCLOSE(shrinking.result->rows[0].acquirerNetIncome, 900.0, 1e-12);
    QCLOSE(shrinking.result->rows[1].acquirerNetIncome, 810.0, 1e-12);
    QCLOSE(shrinking.result->rows[2].acquirerNetIncome, 729.0, 1e-12);
    QCLOSE(shrinking.result->rows[2].standaloneEps, 729.0 / 400, 1e-12);
    // fillGrowth itself.
    MaYears out{};
    fillGrowth({100, 0.2}, 3, out);
    QCLOSE(out[0], 120.0, 1e-12);
    QCLOSE(out[1], 144.0, 1e-12);
    QCLOSE(out[2], 172.8, 1e-12);
    QCOMPARE(out[3], 0.0);
    // Growth mode without its growth.
    const MaEvaluation noGrowth = evaluateMaScenario(
        editedTemplate(R"(/ma/acquirer/net_income={"mode": "growth", "base": 1600})"));
    QVERIFY(!noGrowth.result);
    MA_VERIFY(findIssue(noGrowth.issues, "ma.acquirer.net_income.growth", "required"),
              describe(noGrowth.issues).c_str());
  }

  // 14. The JSON of `valor-cli evaluate` (the kind's evaluationJson via the registry): the
  // published keys.
  void evaluationJsonHasTheStableKeys() {
    const ScenarioDocument doc = templateDocument();
    const ModelKind* kind = findModelKind("ma");
    QVERIFY(kind);
    const Evaluation e = evaluateScenario(doc);
    QVERIFY(e.valued);
    const Json json = kind->evaluationJson(doc, e);
    for (const char* key : {"scenario",
                            "currency",
                            "unit",
                            "acquirer",
                            "target",
                            "offer_price_per_share",
                            "offer_premium",
                            "exchange_ratio",
                            "purchase_equity",
                            "enterprise_value",
                            "cash_consideration",
                            "stock_consideration",
                            "issue_price",
                            "new_shares",
                            "cash_need",
                            "new_debt",
                            "cash_used",
                            "transaction_fees",
                            "financing_fees",
                            "refinanced_debt",
                            "goodwill",
                            "ppa",
                            "years",
                            "ownership",
                            "contribution",
                            "credit_stats",
                            "pe_rule",
                            "warnings",
                            "issues"})
      MA_VERIFY(json.contains(key), key);
    QCOMPARE(json["unit"].get<std::string>(), std::string("millions"));
    QCOMPARE(json["acquirer"].get<std::string>(), std::string("Example Acquirer"));
    QCLOSE(json["offer_price_per_share"].get<double>(), 39.0, 1e-12);
    QCLOSE(json["purchase_equity"].get<double>(), 3900.0, 1e-12);
    QCLOSE(json["new_shares"].get<double>(), 39.0, 1e-12);
    QCLOSE(json["new_debt"].get<double>(), kNewDebt, 1e-12);
    QCLOSE(json["cash_used"].get<double>(), 0.0, 1e-12);
    QCLOSE(json["goodwill"].get<double>(), 2175.0, 1e-12);

    const Json& ppa = json["ppa"];
    for (const char* key :
         {"purchase_equity", "book_equity", "existing_goodwill_written_off", "ppe_write_up",
          "intangibles_write_up", "deferred_tax_liability", "goodwill"})
      MA_VERIFY(ppa.contains(key), key);
    QCLOSE(ppa["deferred_tax_liability"].get<double>(), 175.0, 1e-12);
    QCLOSE(ppa["goodwill"].get<double>(), 2175.0, 1e-12);

    const MaResult& r = *maEvaluationOf(e).result;
    QVERIFY(json["years"].is_array());
    QCOMPARE(json["years"].size(), std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) {
      const Json& year = json["years"][i];
      for (const char* key :
           {"year", "pro_forma_net_income", "pro_forma_shares", "pro_forma_eps", "standalone_eps",
            "accretion", "accretion_per_share", "breakeven_synergies", "max_offer_price",
            "eps_bridge", "synergies", "integration_costs", "new_debt_interest",
            "financing_fee_amortisation", "foregone_interest_on_cash", "new_depreciation",
            "refinancing_saving", "adjustments_after_tax"})
        MA_VERIFY(year.contains(key), key);
      for (const char* key : {"target_earnings", "synergies", "integration_costs",
                              "new_debt_interest", "financing_fees", "foregone_interest_on_cash",
                              "new_depreciation", "refinancing", "new_shares"})
        MA_VERIFY(year["eps_bridge"].contains(key), key);
      QCOMPARE(year["year"].get<int>(), 2026 + static_cast<int>(i));
      QCOMPARE_BITS(year["accretion"].get<double>(), r.rows[i].accretion);
      QCLOSE(year["accretion"].get<double>(), handYear(i).accretion, 1e-12);
      QCLOSE(year["pro_forma_shares"].get<double>(), 439.0, 1e-12);
      QVERIFY(year["max_offer_price"].is_number());
      QCLOSE(year["max_offer_price"].get<double>(), handYear(i).maxOffer, 1e-10);
    }
    QCLOSE(json["ownership"]["acquirer"].get<double>(), 400.0 / 439, 1e-12);
    QCLOSE(json["ownership"]["target"].get<double>(), 39.0 / 439, 1e-12);
    QCOMPARE(json["contribution"].size(), std::size_t{3});
    for (const char* key : {"year", "target_revenue_share", "target_ebitda_share",
                            "target_net_income_share", "target_ownership"})
      MA_VERIFY(json["contribution"][0].contains(key), key);
    QCLOSE(json["contribution"][0]["target_revenue_share"].get<double>(), 3000.0 / 15600, 1e-12);
    QCOMPARE(json["credit_stats"].size(), std::size_t{3});
    for (const char* key : {"year", "net_debt_to_ebitda", "interest_cover"})
      MA_VERIFY(json["credit_stats"][0].contains(key), key);
    // Half stock: the P/E rule does not apply (it is for all-stock deals).
    QCOMPARE(json["pe_rule"]["applies"].get<bool>(), false);
    QVERIFY(json["warnings"].is_array() && json["warnings"].empty());
    QVERIFY(json["issues"].is_array() && json["issues"].empty());

    // A scenario that is not valued: no figures, the error with its path and rule.
    const ScenarioDocument bad = editedTemplate("/ma/consideration/cash=0.6");
    const Json badJson = kind->evaluationJson(bad, evaluateScenario(bad));
    QVERIFY(!badJson.contains("years"));
    QVERIFY(!badJson.contains("offer_price_per_share"));
    QCOMPARE(badJson["issues"].size(), std::size_t{1});
    QCOMPARE(badJson["issues"][0]["path"].get<std::string>(),
             std::string("ma.consideration.stock"));
    QCOMPARE(badJson["issues"][0]["rule"].get<std::string>(), std::string("mix_not_100"));
    QCOMPARE(badJson["issues"][0]["params"]["cash"].get<std::string>(), std::string("0.6"));
    // A warning goes to "warnings", with its params.
    const ScenarioDocument bargain = editedTemplate("/ma/target/book_equity=5000");
    const Json bargainJson = kind->evaluationJson(bargain, evaluateScenario(bargain));
    QVERIFY(bargainJson["issues"].empty());
    QCOMPARE(bargainJson["warnings"].size(), std::size_t{1});
    QCOMPARE(bargainJson["warnings"][0]["rule"].get<std::string>(),
             std::string("bargain_purchase"));
    QCOMPARE(bargainJson["warnings"][0]["path"].get<std::string>(), std::string("ma.ppa"));
    QCLOSE(bargainJson["goodwill"].get<double>(), -1325.0, 1e-12);
  }

  // 15. The analytics adapter: base outputs, a lever moved against the kind's own evaluation,
  // the outputs a 3-year scenario offers.
  void analyticsAdapter() {
    const ScenarioDocument doc = templateDocument();
    const MaEvaluation base = evaluateMaScenario(doc);
    QVERIFY(base.result);
    const MaResult& r = *base.result;

    auto model = modelOf(doc, {"ma.offer.premium", "ma.consideration.stock"});
    QVERIFY(model);
    QCOMPARE(model->inputs().size(), std::size_t{2});
    const ModelInput& premium = model->inputs()[0];
    QCOMPARE(premium.path, std::string("ma.offer.premium"));
    QCOMPARE(premium.baseValue, 0.30);
    QCOMPARE(premium.unit, std::string("rate"));
    QCOMPARE(premium.bounds.min, -0.9);
    QCOMPARE(premium.bounds.max, 10.0);
    QCOMPARE(model->inputs()[1].path, std::string("ma.consideration.stock"));
    QCOMPARE(model->inputs()[1].baseValue, 0.5);

    // A 3-year scenario offers the accretion of years 1–3, not 4 or 5, and the other three.
    std::vector<std::string> keys;
    for (const OutputSpec& o : model->outputs()) keys.push_back(o.key);
    QCOMPARE(keys, (std::vector<std::string>{"accretion_year_1", "accretion_year_2",
                                             "accretion_year_3", "pro_forma_eps_year_1",
                                             "breakeven_synergies_year_1", "goodwill"}));
    QVERIFY(model->outputIndex("accretion_year_3"));
    QVERIFY(!model->outputIndex("accretion_year_4"));
    QVERIFY(!model->outputIndex("accretion_year_5"));
    QCOMPARE(findModelKind("ma")->analyticsOutputs().size(), std::size_t{8});
    // What analytics choose from is the model's list, so a position in it is an OutputIndex.
    std::vector<std::string> offered;
    for (const OutputSpec& o : valuationOutputs(doc)) offered.push_back(o.key);
    QCOMPARE(offered, keys);
    QCOMPARE(model->failureReasons(),
             (std::vector<std::string>{"none", "out_of_range", "cash_above_balance",
                                       "zero_standalone_eps", "not_finite"}));

    // At the base values: the evaluation's figures, bit for bit.
    auto evaluator = model->evaluator();
    OutputValues out{};
    std::vector<double> values = model->baseValues();
    QVERIFY(evaluator->evaluate(values, out).ok());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const double expected = outputOfResult(r, keys[k]);
      MA_VERIFY(
          bits(model->baseOutputs()[k]) == bits(expected),
          QByteArray::fromStdString(keys[k]) + ": " + numbers(model->baseOutputs()[k], expected));
      MA_VERIFY(bits(out[k]) == bits(expected),
                QByteArray::fromStdString(keys[k]) + ": " + numbers(out[k], expected));
    }
    QCLOSE(out[indexOf(*model, "accretion_year_1")], -0.08183840920497254, 1e-9);
    QCLOSE(out[indexOf(*model, "goodwill")], 2175.0, 1e-12);

    // All stock through the evaluator. By hand: 3,900 / 50 = 78 new shares, 478 in all; the
    // need is the fees only, D = 40 / 0.98 = 40.8163: adjustments (37.5 − 80 − 2.6531 − 0.1166
    // − 82.5) × 0.75 = −95.8273, PF NI 1,794.1727, PF EPS 3.75350, accretion −10.631 %.
    values = {0.30, 1.0};
    QVERIFY(evaluator->evaluate(values, out).ok());
    const OutputIndex y1 = indexOf(*model, "accretion_year_1");
    QCLOSE(out[y1], handAccretionYear1(0.30, 1.0), 1e-12);
    QCLOSE(out[y1], -0.1063096530559966, 1e-9);
    // And against the kind's own evaluation of the edited document (the slow path): this tests
    // the adapter against the binding and engine, so comparing with them is the point here.
    const Slow allStock =
        slowPath(doc, Json{{"ma.consideration.cash", 0.0}, {"ma.consideration.stock", 1.0}});
    MA_VERIFY(allStock.result, allStock.problem);
    for (std::size_t k = 0; k < keys.size(); ++k)
      MA_VERIFY(closeTo(out[k], outputOfResult(*allStock.result, keys[k]), 1e-12),
                QByteArray::fromStdString(keys[k]) + ": " +
                    numbers(out[k], outputOfResult(*allStock.result, keys[k])));
    // The cash share moves the stock share the other way: cash 0 is the same all-stock deal.
    auto viaCash = modelOf(doc, {"ma.consideration.cash"});
    QVERIFY(viaCash);
    QCOMPARE(viaCash->inputs()[0].baseValue, 0.5);
    OutputValues cashOut{};
    const std::vector<double> noCash = {0.0};
    QVERIFY(viaCash->evaluator()->evaluate(noCash, cashOut).ok());
    QCOMPARE_BITS(cashOut[y1], out[y1]);
    // No state carries over: back at the base values, the base figures.
    values = model->baseValues();
    QVERIFY(evaluator->evaluate(values, out).ok());
    QCOMPARE_BITS(out[y1], r.rows[0].accretion);
    // Outside a field's range: refused, naming the input.
    values = {-0.95, 0.5};
    const PathOutcome outside = evaluator->evaluate(values, out);
    QCOMPARE(outside.failure, kPathOutOfRange);
    QCOMPARE(outside.input, 0);
    values = {0.30, 1.2};
    QCOMPARE(evaluator->evaluate(values, out).input, 1);

    // A 1-year scenario offers the first year's accretion only.
    const ScenarioDocument oneYear = editedTemplate("/ma/years=1");
    auto short1 = modelOf(oneYear, {"ma.offer.premium"});
    QVERIFY(short1);
    QVERIFY(short1->outputIndex("accretion_year_1"));
    QVERIFY(!short1->outputIndex("accretion_year_2"));
    QCOMPARE(short1->outputs().size(), std::size_t{4});

    // The registry hands out the same paths as the kind, in file order.
    const std::vector<std::string> paths = maInputPaths(doc);
    QCOMPARE(paths, valuationInputPaths(doc));
    for (const char* expected :
         {"ma.acquirer.net_income.base", "ma.acquirer.net_income.growth",
          "ma.target.net_income.values.2027", "ma.offer.premium", "ma.consideration.stock",
          "ma.funding.debt_rate", "ma.synergies.cost", "ma.synergies.phase_in.values.2028",
          "ma.synergies.integration_costs.2026"})
      MA_VERIFY(std::find(paths.begin(), paths.end(), expected) != paths.end(), expected);
    // The mix is one input (its stock share; the cash share follows it), so a tornado over every
    // input never moves both.
    for (const char* absent : {"ma.consideration.cash", "ma.funding.fee_years", "ma.ppa.ppe_life",
                               "ma.years", "ma.base_year", "ma.offer.price"})
      MA_VERIFY(std::find(paths.begin(), paths.end(), absent) == paths.end(), absent);
  }

  // 15. Every lever of the template, moved alone, against the kind's own evaluation of the edited
  // document (a patch, then the binding and engine from scratch).
  void everyLeverMatchesTheSlowPath() {
    const ScenarioDocument doc = templateDocument();
    const std::vector<std::string> paths = maInputPaths(doc);
    QVERIFY(paths.size() > 30);
    for (const std::string& path : paths) {
      const QByteArray where = QByteArray::fromStdString(path);
      auto model = modelOf(doc, {path});
      MA_VERIFY(model, where);
      const ModelInput& input = model->inputs()[0];
      QCOMPARE(input.path, path);
      // +1 % of the value (a zero moves by 0.01); −1 % where +1 % leaves the field's range.
      double moved = input.baseValue != 0 ? input.baseValue * 1.01 : 0.01;
      if (!input.bounds.contains(moved))
        moved = input.baseValue != 0 ? input.baseValue * 0.99 : -0.01;
      MA_VERIFY(input.bounds.contains(moved), where);
      OutputValues out{};
      const std::vector<double> values = {moved};
      MA_VERIFY(model->evaluator()->evaluate(values, out).ok(), where);
      // The mix sums to 100 %: the document gets both shares.
      Json set;
      set[path] = moved;
      if (path == "ma.consideration.cash") set["ma.consideration.stock"] = 1 - moved;
      if (path == "ma.consideration.stock") set["ma.consideration.cash"] = 1 - moved;
      const Slow slow = slowPath(doc, set);
      MA_VERIFY(slow.result, where + ": " + slow.problem);
      for (std::size_t k = 0; k < model->outputs().size(); ++k) {
        const std::string& key = model->outputs()[k].key;
        const double expected = outputOfResult(*slow.result, key);
        MA_VERIFY(closeTo(out[k], expected, 1e-12),
                  where + " " + QByteArray::fromStdString(key) + ": " + numbers(out[k], expected));
      }
    }
  }

  // The target's tax rate defaults to the acquirer's (schema: "Default: the acquirer's"), so
  // moving ma.acquirer.tax_rate to 30 % in the document moves the DTL to 700 × 30 % = 210 and
  // goodwill to 2,000 + 210 = 2,210; the analytics lever must move both rates alike.
  void acquirerTaxRateLeverMovesTheDeferredTax() {
    const ScenarioDocument doc = templateDocument();
    const Slow slow = slowPath(doc, "ma.acquirer.tax_rate", 0.30);
    MA_VERIFY(slow.result, slow.problem);
    QCLOSE(slow.result->ppa.goodwill, 2210.0, 1e-12);
    auto model = modelOf(doc, {"ma.acquirer.tax_rate"});
    QVERIFY(model);
    OutputValues out{};
    const std::vector<double> values = {0.30};
    QVERIFY(model->evaluator()->evaluate(values, out).ok());
    QCLOSE(out[indexOf(*model, "goodwill")], 2210.0, 1e-12);
  }

  // 15. What the adapter refuses, and why.
  void refusals_data() {
    QTest::addColumn<QString>("paths");  // separated by |
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("mention");
    QTest::newRow("both shares of the mix") << "ma.consideration.cash|ma.consideration.stock"
                                            << "analytics.bad_input"
                                            << "ma.consideration.stock"
                                            << "100 %";
    QTest::newRow("both shares, stock first") << "ma.consideration.stock|ma.consideration.cash"
                                              << "analytics.bad_input"
                                              << "ma.consideration.cash"
                                              << "100 %";
    QTest::newRow("fee years") << "ma.funding.fee_years"
                               << "analytics.bad_input"
                               << "ma.funding.fee_years"
                               << "whole-number";
    QTest::newRow("PP&E life") << "ma.ppa.ppe_life"
                               << "analytics.bad_input"
                               << "ma.ppa.ppe_life"
                               << "whole-number";
    QTest::newRow("projection years") << "ma.years"
                                      << "analytics.bad_input"
                                      << "ma.years"
                                      << "whole-number";
    QTest::newRow("duplicate") << "ma.offer.premium|ma.synergies.cost|ma.offer.premium"
                               << "analytics.duplicate_input"
                               << "ma.offer.premium"
                               << "twice";
    // offer.method is premium: the price is not read.
    QTest::newRow("price with the premium method") << "ma.offer.price"
                                                   << "analytics.bad_input"
                                                   << "ma.offer.price"
                                                   << "not used";
    QTest::newRow("a choice") << "ma.funding.target_debt"
                              << "analytics.bad_input"
                              << "ma.funding.target_debt"
                              << "not a number";
    QTest::newRow("an LBO field") << "lbo.exit.multiple"
                                  << "analytics.bad_input"
                                  << "lbo.exit.multiple"
                                  << "";
  }
  void refusals() {
    QFETCH(QString, paths);
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, mention);
    std::vector<std::string> list;
    for (const QString& p : paths.split(QLatin1Char('|'))) list.push_back(p.toStdString());
    const ScenarioDocument doc = templateDocument();
    auto model = prepareMaModel(doc, list);
    QVERIFY(!model);
    QCOMPARE(model.error().code, code.toStdString());
    QCOMPARE(model.error().context, context.toStdString());
    if (!mention.isEmpty())
      MA_VERIFY(model.error().message.find(mention.toStdString()) != std::string::npos,
                model.error().message.c_str());
    // The registry's entry point (the kind's prepareAnalytics) says the same.
    auto viaRegistry = prepareValuationModel(doc, list);
    QVERIFY(!viaRegistry);
    QCOMPARE(viaRegistry.error().code, code.toStdString());
    QCOMPARE(viaRegistry.error().context, context.toStdString());
  }

  // What the review of the kind asked for: the exchange ratio fixes the shares (an issue price
  // of its own is refused by name); a maximum price the acquirer's cash cannot fund, a one-sided
  // contribution and an interest cover without a rate are said, not left blank.
  void gapsAreSaid() {
    for (const char* field : {"issue_price", "issue_discount"}) {
      const std::string edits = std::string(
                                    "/ma/offer/method=\"exchange_ratio\";"
                                    "/ma/offer/exchange_ratio=0.78;/ma/offer/premium=delete;"
                                    "/ma/consideration/issue_discount=delete;"
                                    "/ma/consideration/") +
                                field + "=" + (std::string(field) == "issue_price" ? "40" : "0.2");
      const MaEvaluation e = evaluateMaScenario(editedTemplate(edits.c_str()));
      QVERIFY(!e.result);
      const Issue* issue = findIssue(e.issues, std::string("ma.consideration.") + field,
                                     "issue_price_with_exchange_ratio");
      MA_VERIFY(issue, describe(e.issues).c_str());
    }
    // All cash from 4,000 of cash at 1 %: at the year-1 maximum price the cash consideration
    // alone (price × 100 shares) is far above 4,000.
    const MaEvaluation unfunded = evaluateMaScenario(
        editedTemplate("/ma/consideration/cash=1;/ma/consideration/stock=0;"
                       "/ma/funding/debt_share=0;/ma/funding/debt_rate=delete;"
                       "/ma/funding/financing_fee=delete;/ma/funding/fee_years=delete;"
                       "/ma/funding/cash_yield=0.01;/ma/acquirer/cash=4000"));
    MA_VERIFY(unfunded.result, describe(unfunded.issues).c_str());
    QVERIFY(unfunded.result->rows[0].maxOfferPrice);
    QVERIFY(*unfunded.result->rows[0].maxOfferPrice * 100 > 4000);
    MA_VERIFY(findIssue(unfunded.issues, "ma.funding.debt_share", "max_offer_price_unfunded"),
              describe(unfunded.issues).c_str());
    // Revenue for the acquirer only; the acquirer's debt without a rate.
    const MaEvaluation gaps = evaluateMaScenario(
        editedTemplate("/ma/target/revenue=delete;/ma/acquirer/interest_rate=delete"));
    MA_VERIFY(gaps.result, describe(gaps.issues).c_str());
    QVERIFY(findIssue(gaps.issues, "ma.target.revenue", "needs_both_sides"));
    QVERIFY(findIssue(gaps.issues, "ma.acquirer.interest_rate", "interest_cover_needs_rate"));
    QVERIFY(!gaps.result->rows[0].targetContribution.revenue);
    QVERIFY(!gaps.result->rows[0].interestCover);
    QVERIFY(gaps.result->rows[0].netDebtToEbitda);
  }

  // An input varies only where moving it off its value needs nothing the file leaves out: a
  // write-up without a life, new debt without a rate, synergies without a phase-in are refused;
  // the target's rate varies where its debt is refinanced (its interest is the saving).
  void leversNeedWhatTheyDependOn() {
    const std::pair<const char*, const char*> refused[] = {
        {"/ma/ppa/ppe_write_up=delete;/ma/ppa/ppe_life=delete", "ma.ppa.ppe_write_up"},
        {"/ma/funding/debt_share=0;/ma/funding/debt_rate=delete;/ma/funding/financing_fee=delete;"
         "/ma/funding/fee_years=delete",
         "ma.funding.debt_share"},
        {"/ma/synergies/cost=0;/ma/synergies/revenue=0;/ma/synergies/phase_in=delete",
         "ma.synergies.cost"},
        {"", "ma.target.interest_rate"},  // the template assumes the target's debt
    };
    for (const auto& [edits, path] : refused) {
      const ScenarioDocument doc = *edits ? editedTemplate(edits) : templateDocument();
      QVERIFY(evaluateMaScenario(doc).result);
      auto model = prepareMaModel(doc, {path});
      MA_VERIFY(!model, path);
      QCOMPARE(model.error().code, std::string("analytics.bad_input"));
    }
    // Refinanced: 7 % instead of 6 % on the 600 repaid saves 6 more a year before tax, 4.5 after:
    // year-1 PF NI rises by 4.5 (as the edited document says).
    const ScenarioDocument doc = editedTemplate("/ma/funding/target_debt=\"refinanced\"");
    auto model = modelOf(doc, {"ma.target.interest_rate"});
    QVERIFY(model);
    OutputValues out{};
    const std::vector<double> values = {0.07};
    QVERIFY(model->evaluator()->evaluate(values, out).ok());
    const Slow slow = slowPath(doc, "ma.target.interest_rate", 0.07);
    MA_VERIFY(slow.result, slow.problem);
    const MaEvaluation base = evaluateMaScenario(doc);
    QCLOSE(slow.result->rows[0].proFormaNetIncome - base.result->rows[0].proFormaNetIncome, 4.5,
           1e-9);
    QCLOSE(out[indexOf(*model, "pro_forma_eps_year_1")], slow.result->rows[0].proFormaEps, 1e-12);
  }

  // The engine's failures on a drawn path are counted by reason, not valued.
  void analyticsCountsTheEngineFailures() {
    // Acquirer cash 1,000: with no debt the need of 1,990 is above it.
    const ScenarioDocument doc = editedTemplate("/ma/acquirer/cash=1000");
    auto model = modelOf(doc, {"ma.funding.debt_share", "ma.acquirer.net_income.base"});
    QVERIFY(model);
    auto evaluator = model->evaluator();
    OutputValues out{};
    std::vector<double> values = {0.0, 1600};
    QCOMPARE(evaluator->evaluate(values, out).failure, MaPathFailure::CashAboveBalance);
    QCOMPARE(model->failureReasons()[static_cast<std::size_t>(MaPathFailure::CashAboveBalance)],
             std::string("cash_above_balance"));
    // Half debt: 1,990 × 0.5 / (1 − 0.5 × 0.02) = 1,005.05 > 1,000, still above.
    values = {0.5, 1600};
    QCOMPARE(evaluator->evaluate(values, out).failure, MaPathFailure::CashAboveBalance);
    // 60 % debt: 1,990 × 0.4 / 0.988 = 805.67, within the cash.
    values = {0.6, 1600};
    QVERIFY(evaluator->evaluate(values, out).ok());
    values = {1.0, 0.0};  // a base of 0: no standalone EPS
    QCOMPARE(evaluator->evaluate(values, out).failure, MaPathFailure::ZeroStandaloneEps);
    values = {1.0, 1600};
    QVERIFY(evaluator->evaluate(values, out).ok());
    QCOMPARE_BITS(out[0], evaluateMaScenario(doc).result->rows[0].accretion);
  }

  // 16. The premium at which year 1 breaks even: the maximum offer price of year 1.
  void goalSeekBreakEvenPremium() {
    const ScenarioDocument doc = templateDocument();
    const MaEvaluation base = evaluateMaScenario(doc);
    QVERIFY(base.result && base.result->rows[0].maxOfferPrice);
    auto model = modelOf(doc, {"ma.offer.premium"});
    QVERIFY(model);
    const OutputIndex y1 = indexOf(*model, "accretion_year_1");
    auto solved = goalSeek(*model, y1, 0.0);
    MA_VERIFY(solved, errorText(solved).c_str());
    const double premium = solved.value().value;
    MA_VERIFY(std::fabs(solved.value().achieved) <= 1e-9, numbers(solved.value().achieved, 0));
    // By hand: P* = (116.25 − 40k) / (50k + 4.2) = 16.7986, a premium of 16.7986 / 30 − 1
    // = −44.005 %: year 1 is dilutive at any premium above that.
    const double handPremium = handYear(0).maxOffer / 30 - 1;
    MA_VERIFY(std::fabs(premium - handPremium) <= 1e-9, numbers(premium, handPremium));
    QCLOSE(premium, -0.4400476144516293, 1e-9);
    // The premium found, put in the scenario, breaks even through the slow path too.
    const Slow at = slowPath(doc, "ma.offer.premium", premium);
    MA_VERIFY(at.result, at.problem);
    MA_VERIFY(std::fabs(at.result->rows[0].accretion) <= 1e-9,
              numbers(at.result->rows[0].accretion, 0));
    // And it is the engine's maximum offer price: 30 × (1 + premium) = P*_1.
    const double price = 30 * (1 + premium);
    MA_VERIFY(closeRelative(price, *base.result->rows[0].maxOfferPrice, 1e-6),
              numbers(price, *base.result->rows[0].maxOfferPrice));
    QCLOSE(at.result->offerPrice, price, 1e-12);
    // The maximum offer price does not depend on the offer: the same at the new premium.
    QVERIFY(at.result->rows[0].maxOfferPrice);
    QCLOSE(*at.result->rows[0].maxOfferPrice, *base.result->rows[0].maxOfferPrice, 1e-9);
    // Monotone around it: a point more of premium is dilutive, a point less accretive.
    const Slow above = slowPath(doc, "ma.offer.premium", premium + 0.01);
    MA_VERIFY(above.result, above.problem);
    QVERIFY(above.result->rows[0].accretion < 0);
    const Slow below = slowPath(doc, "ma.offer.premium", premium - 0.01);
    MA_VERIFY(below.result, below.problem);
    QVERIFY(below.result->rows[0].accretion > 0);
  }

  // 17. Premium × stock share: every cell valued, each the hand formula.
  void sensitivityGridPremiumByStock() {
    const ScenarioDocument doc = templateDocument();
    auto model = modelOf(doc, {"ma.offer.premium", "ma.consideration.stock"});
    QVERIFY(model);
    const OutputIndex y1 = indexOf(*model, "accretion_year_1");
    const std::vector<double> premiums = {0.10, 0.20, 0.30, 0.40, 0.50};
    const std::vector<double> stocks = {0.0, 0.25, 0.5, 0.75, 1.0};
    const SensitivityGrid grid = evaluateGrid(*model, y1, premiums, stocks);
    QCOMPARE(grid.xs, premiums);
    QCOMPARE(grid.ys, stocks);
    QCOMPARE(grid.cells.size(), std::size_t{25});
    QCOMPARE(grid.unvalued, std::size_t{0});
    for (std::size_t row = 0; row < stocks.size(); ++row) {
      for (std::size_t col = 0; col < premiums.size(); ++col) {
        const std::optional<double>& cell = grid.cells[row * premiums.size() + col];
        const QByteArray where = QByteArray("premium ") + QByteArray::number(premiums[col]) +
                                 ", stock " + QByteArray::number(stocks[row]);
        MA_VERIFY(cell, where);
        const double hand = handAccretionYear1(premiums[col], stocks[row]);
        MA_VERIFY(closeTo(*cell, hand, 1e-12), where + ": " + numbers(*cell, hand));
        // A higher premium is always more dilutive (PF EPS falls as the price rises).
        if (col > 0) MA_VERIFY(*cell < *grid.cells[row * premiums.size() + col - 1], where);
      }
    }
    // The template's own cell (30 %, 50 %) is the evaluation's figure.
    QCOMPARE_BITS(*grid.cells[2 * premiums.size() + 2],
                  evaluateMaScenario(doc).result->rows[0].accretion);
  }

  // 18. Monte Carlo on the cost synergies, a fixed seed. Year-1 accretion is linear in the cost
  // run rate c: d accretion / dc = 25 % phase-in × 0.75 / 439 / 4.2 = 1.01692e-4. With
  // c ~ triangular(60, 120, 180): mean 120, variance (60² + 180² + 120² − 60·180 − 60·120 −
  // 120·180) / 18 = 600, so the output's mean is the base accretion and its sd
  // √600 × 1.01692e-4 = 2.49094e-3.
  void monteCarloOnSynergies() {
    const ScenarioDocument doc = templateDocument();
    const MaEvaluation base = evaluateMaScenario(doc);
    QVERIFY(base.result);
    const double baseAccretion = base.result->rows[0].accretion;
    MonteCarloSettings s;
    s.paths = 20000;
    s.seed = 20260101;
    s.output = "accretion_year_1";
    s.inputs = {triangularInput("ma.synergies.cost", 60, 120, 180)};
    auto prepared = prepareMonteCarlo(doc, s);
    MA_VERIFY(prepared, errorText(prepared).c_str());
    QCOMPARE(prepared.value().output, indexOf(*prepared.value().model, "accretion_year_1"));
    jobs::ThreadPool pool(2);
    auto oneRun = runMonteCarlo(prepared.value(), pool, 1);
    MA_VERIFY(oneRun, errorText(oneRun).c_str());
    auto twoRun = runMonteCarlo(prepared.value(), pool, 2);
    MA_VERIFY(twoRun, errorText(twoRun).c_str());
    const MonteCarloResult& a = oneRun.value();
    const MonteCarloResult& b = twoRun.value();

    QCOMPARE(a.paths, std::uint64_t{20000});
    // Every path values: the cost stays in [60, 180], inside its range, and the debt funds all.
    QCOMPARE(a.valued, std::uint64_t{20000});
    QCOMPARE(a.failures.size(), std::size_t{5});  // none, out_of_range and the M&A's three
    for (std::size_t k = 1; k < a.failures.size(); ++k) QCOMPARE(a.failures[k], std::uint64_t{0});
    QCOMPARE_BITS(a.baseOutput, baseAccretion);

    // The statistics against the hand distribution.
    const double slope = 0.25 * kKeep / 439 / 4.2;
    const double sd = std::sqrt(600.0) * slope;
    const double se = sd / std::sqrt(20000.0);
    MA_VERIFY(std::fabs(a.mean - baseAccretion) <= 5 * se, numbers(a.mean, baseAccretion));
    MA_VERIFY(closeRelative(a.standardDeviation, sd, 0.03), numbers(a.standardDeviation, sd));
    MA_VERIFY(closeRelative(a.standardError, a.standardDeviation / std::sqrt(20000.0), 1e-9),
              numbers(a.standardError, se));
    const double lowest = baseAccretion - 60 * slope, highest = baseAccretion + 60 * slope;
    MA_VERIFY(a.min >= lowest - 1e-12, numbers(a.min, lowest));
    MA_VERIFY(a.max <= highest + 1e-12, numbers(a.max, highest));
    QVERIFY(a.min <= a.median && a.median <= a.max);
    QVERIFY(a.min <= a.mean && a.mean <= a.max);
    // The median of a symmetric triangle is its mode: the base, within a few standard errors
    // (the median's is about 1.25 × the mean's for this shape).
    MA_VERIFY(std::fabs(a.median - baseAccretion) <= 8 * se, numbers(a.median, baseAccretion));
    QVERIFY(!a.percentiles.empty());
    for (std::size_t i = 1; i < a.percentiles.size(); ++i)
      QVERIFY(a.percentiles[i - 1].value <= a.percentiles[i].value);
    // The output rises with the input, one for one in rank.
    QCOMPARE(a.rankCorrelations.size(), std::size_t{1});
    QCOMPARE(a.rankCorrelations[0].path, std::string("ma.synergies.cost"));
    QVERIFY(a.rankCorrelations[0].rho);
    MA_VERIFY(*a.rankCorrelations[0].rho > 0.999, numbers(*a.rankCorrelations[0].rho, 1));

    // The same seed gives the same run on one thread or two.
    QCOMPARE(a.valued, b.valued);
    QCOMPARE(a.failures, b.failures);
    QCOMPARE_BITS(a.mean, b.mean);
    QCOMPARE_BITS(a.median, b.median);
    QCOMPARE_BITS(a.standardDeviation, b.standardDeviation);
    QCOMPARE_BITS(a.min, b.min);
    QCOMPARE_BITS(a.max, b.max);
    QCOMPARE(a.histogram, b.histogram);

    // An output the 3-year scenario does not have is refused.
    s.output = "accretion_year_4";
    auto refused = prepareMonteCarlo(doc, s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, std::string("montecarlo.output"));
  }

  // Deleting a required share of the mix is reported once, by the schema.
  void missingMixShareIsReportedOnce() {
    const MaEvaluation e = evaluateMaScenario(editedTemplate("/ma/consideration/stock=delete"));
    QVERIFY(!e.result);
    const auto count = std::count_if(e.issues.begin(), e.issues.end(), [](const Issue& issue) {
      return issue.path == "ma.consideration.stock" && issue.rule == "required";
    });
    QVERIFY(count >= 1);
    QCOMPARE(count, std::ptrdiff_t{1});
  }

  void dcfScenarioIsNotAnMa() {
    const ScenarioDocument dcf =
        documentOf(oneYearScenario(R"({"method": "gordon", "growth": 0.02})"));
    const MaBinding b = bindMa(dcf);
    QVERIFY(!b.inputs);
    const Issue* issue = findIssue(b.issues, "model", "not_ma");
    MA_VERIFY(issue, describe(b.issues).c_str());
    QCOMPARE(issue->severity, Severity::Error);
    QVERIFY(!evaluateMaScenario(dcf).result);
    QVERIFY(maInputPaths(dcf).empty());
    auto model = prepareMaModel(dcf, {"ma.offer.premium"});
    QVERIFY(!model);
    QCOMPARE(model.error().code, std::string("analytics.scenario_invalid"));
  }
};

QTEST_APPLESS_MAIN(TestMaBinding)
#include "test_mabinding.moc"
