// The LBO as a model kind: its template, the rules of its binding (each an issue naming the field
// and the rule), its analytics adapter against the slow path (edit the document, value it
// again), goal seek, Monte Carlo reproducibility and properties of the valued template.
// Expected numbers are worked by hand from the template and the formulas of core/finance/lbo.h
// in the comments; none is copied from the program's output.
//
// The template, by hand: base revenue 1,000, LTM EBITDA 150, entry 7.5× → EV 1,125; transaction
// fees 1.5 % × 1,125 = 16.875; financing fees 2 % × 100 (the revolver's commitment) + 2 % × 450
// + 2.25 % × 300 + 0 = 2 + 9 + 6.75 = 17.75; OID 1 % × 450 = 4.5; minimum cash 25; uses
// 1,125 + 16.875 + 17.75 + 4.5 + 25 = 1,189.125. Debt 0 + 450 + 300 + 50 = 800, no rollover, so
// the sponsor's equity is 389.125. Revenue 2030 = 1,000 × 1.08 × 1.06 × 1.04 × 1.03 × 1.03
// = 1,263.0990528, EBITDA 2030 (15 %) = 189.46485792, exit EV 7.5× = 1,420.9864344.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analytics/montecarlo.h"
#include "core/analytics/sensitivity.h"
#include "core/jobs/threadpool.h"
#include "core/model/scenariojson.h"
#include "core/models/lbo/lboanalytics.h"
#include "core/models/lbo/lbobinding.h"
#include "core/models/lbo/lbokind.h"
#include "core/models/lbo/lbotemplate.h"
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
using valor::testing::normalInput;
using valor::testing::oneYearScenario;
using valor::testing::triangularInput;
using Json = nlohmann::ordered_json;

namespace {

constexpr double kEntryEv = 7.5 * 150;                                     // 1,125
constexpr double kTransactionFees = 0.015 * kEntryEv;                      // 16.875
constexpr double kFinancingFees = 0.02 * 100 + 0.02 * 450 + 0.0225 * 300;  // 17.75
constexpr double kOid = 0.01 * 450;                                        // 4.5
constexpr double kMinimumCash = 25;
constexpr double kUses = kEntryEv + kTransactionFees + kFinancingFees + kOid + kMinimumCash;
constexpr double kDebt = 0 + 450 + 300 + 50;                                    // 800
constexpr double kSponsorEquity = kUses - kDebt;                                // 389.125
constexpr double kExitEbitda = 1000 * 1.08 * 1.06 * 1.04 * 1.03 * 1.03 * 0.15;  // 189.46485792
// An IRR is a root finder's answer (Brent, 1e-12 in x), so it is held a little looser than the
// accounting (as in test_lbo).
constexpr double kIrrTol = 1e-10;

bool closeRelative(double a, double b, double tolerance) {
  return std::fabs(a - b) <= tolerance * std::max({std::fabs(a), std::fabs(b), 1e-300});
}

QByteArray numbers(double actual, double expected) {
  return QStringLiteral("%1 vs %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17).toUtf8();
}

ScenarioDocument templateDocument() {
  return documentOf(lboTemplate());
}
ScenarioDocument editedTemplate(const QString& edits) {
  return documentOf(editedJson(lboTemplate(), edits.toStdString()));
}
ScenarioDocument editedTemplate(const char* edits) {
  return editedTemplate(QString::fromUtf8(edits));
}

// The scenario with one field set through a patch (the one write path), valued from scratch.
struct Slow {
  bool valued = false;
  double irr = 0, moic = 0, exitEquity = 0;
  QByteArray problem;
};
Slow slowPath(const ScenarioDocument& doc, const std::string& path, double value) {
  Slow out;
  Json patch;
  patch["set"][path] = value;
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
  const LboEvaluation e = evaluateLboScenario(edited.value());
  if (!e.result) {
    out.problem = QByteArray::fromStdString(describe(e.issues));
    return out;
  }
  out.valued = true;
  out.irr = *e.result->irr;
  out.moic = *e.result->moic;
  out.exitEquity = e.result->exitEquity;
  return out;
}

std::unique_ptr<ValuationModel> modelOf(const ScenarioDocument& doc,
                                        const std::vector<std::string>& paths) {
  auto model = prepareLboModel(doc, paths);
  if (!model) {
    qWarning("prepareLboModel: %s", errorText(model.error()).c_str());
    return nullptr;
  }
  return std::move(model).value();
}

}  // namespace

// QVERIFY2 with a message of any text type (QByteArray, const char*), built only on failure.
#define LBO_VERIFY(statement, message) QVERIFY2(statement, QByteArray(message).constData())
// Doubles compared bit for bit (QCOMPARE on doubles is fuzzy).
#define QCOMPARE_BITS(actual, expected)      \
  LBO_VERIFY(bits(actual) == bits(expected), \
             QByteArray(#actual ": ") + numbers((actual), (expected)))

class TestLboBinding : public QObject {
  Q_OBJECT

 private slots:
  // The bundled sample is the buyout of ValueCo in Rosenbaum & Pearl, Investment Banking (2009),
  // ch. 5. The book's figures: sponsor equity 385 (= 1,100 EV + 15 fees + 20 financing fees −
  // 450 term loan − 300 notes), 2009 interest 58.5, taxes 30.2 and free cash flow 43.7, an IRR
  // of about 20 % and a cash return of about 2.5x. The book's LIBOR curve and a few terms are
  // not in the excerpt (the sample states its assumptions), so the yearly figures are held to
  // the book's rounding and half a unit, the returns to about a percentage point.
  void textbookBuyoutMatchesTheBook() {
    auto text =
        readTextFile(VALOR_TEST_DATA_DIR "/../../resources/samples/valueco.valor.json", 1 << 20);
    QVERIFY(text);
    const LboEvaluation e = evaluateLboScenario(documentOf(text.value()));
    QVERIFY(e.result);
    QVERIFY(!hasErrors(e.issues));
    const LboResult& r = *e.result;
    QCOMPARE(r.sourcesUses.sponsorEquity, 385.0);
    QCOMPARE(r.sourcesUses.total, 1135.0);
    QVERIFY(std::abs(r.rows[0].interestCash - 58.5) < 0.5);
    QVERIFY(std::abs(r.rows[0].taxes - 30.2) < 0.5);
    QVERIFY(std::abs(r.rows[0].cashFlowForDebt - 43.7) < 0.5);
    QVERIFY(std::abs(*r.irr - 0.20) < 0.01);
    QVERIFY(std::abs(*r.moic - 2.5) < 0.05);
  }

  // 1. The template is complete and valid, and values as worked by hand above.
  void templateValues() {
    const ModelKind* kind = findModelKind("lbo");
    QVERIFY(kind);
    QCOMPARE(kind->scenarioTemplate(), std::string(lboTemplate()));
    const ScenarioDocument doc = documentOf(kind->scenarioTemplate());
    const Evaluation e = evaluateScenario(doc);
    QCOMPARE(e.model, std::string("lbo"));
    LBO_VERIFY(e.issues.empty(), describe(e.issues).c_str());
    QVERIFY(e.valued);
    for (const char* key : {"irr", "xirr", "moic", "sponsor_equity", "exit_equity"})
      LBO_VERIFY(e.output(key) && e.output(key)->value, key);

    const LboEvaluation& lbo = lboEvaluationOf(e);
    QVERIFY(lbo.result);
    const LboResult& r = *lbo.result;
    const LboSourcesUses& su = r.sourcesUses;
    const double sources = su.debt + su.rolloverEquity + su.sponsorEquity;
    const double uses =
        su.entryEnterpriseValue + su.transactionFees + su.financingFees + su.oid + su.minimumCash;
    LBO_VERIFY(closeRelative(sources, uses, 1e-12), numbers(sources, uses));
    LBO_VERIFY(closeRelative(su.total, uses, 1e-12), numbers(su.total, uses));
    LBO_VERIFY(closeRelative(su.entryEnterpriseValue, kEntryEv, 1e-12),
               numbers(su.entryEnterpriseValue, kEntryEv));
    LBO_VERIFY(closeRelative(su.transactionFees, kTransactionFees, 1e-12),
               numbers(su.transactionFees, kTransactionFees));
    LBO_VERIFY(closeRelative(su.financingFees, kFinancingFees, 1e-12),
               numbers(su.financingFees, kFinancingFees));
    LBO_VERIFY(closeRelative(su.oid, kOid, 1e-12), numbers(su.oid, kOid));
    LBO_VERIFY(closeRelative(su.total, kUses, 1e-12), numbers(su.total, kUses));
    LBO_VERIFY(closeRelative(su.sponsorEquity, kSponsorEquity, 1e-12),
               numbers(su.sponsorEquity, kSponsorEquity));
    LBO_VERIFY(closeRelative(r.exitEbitda, kExitEbitda, 1e-12), numbers(r.exitEbitda, kExitEbitda));
    LBO_VERIFY(closeRelative(r.exitEnterpriseValue, 7.5 * kExitEbitda, 1e-12),
               numbers(r.exitEnterpriseValue, 7.5 * kExitEbitda));

    // No dividends and no rollover: the sponsor holds everything and is paid once, at the end
    // of year 5 (2030): MOIC = exit equity / equity, (1 + IRR)^5 = MOIC.
    QCOMPARE(r.sponsorShare, 1.0);
    QVERIFY(r.irr && r.moic);
    LBO_VERIFY(closeRelative(*r.moic, r.exitEquity / kSponsorEquity, 1e-12),
               numbers(*r.moic, r.exitEquity / kSponsorEquity));
    const double irrByHand = std::pow(*r.moic, 1.0 / 5) - 1;
    LBO_VERIFY(std::fabs(*r.irr - irrByHand) <= kIrrTol, numbers(*r.irr, irrByHand));
    QCOMPARE(*e.output("irr")->value, *r.irr);
    // The XIRR on 2025-12-31 → 2030-12-31: 5 × 365 + 1 (29 Feb 2028) = 1,826 days, Act/365:
    //   (1 + XIRR)^(1826/365) = MOIC.
    QVERIFY(lbo.xirr);
    const double xirrByHand = std::pow(*r.moic, 365.0 / 1826.0) - 1;
    LBO_VERIFY(std::fabs(lbo.xirr->rate - xirrByHand) <= 1e-9, numbers(lbo.xirr->rate, xirrByHand));
    QVERIFY(lbo.xirr->rate < *r.irr);  // the same multiple over a slightly longer time
  }

  // 2. Every rule of the binding (and the engine's failures) as an issue naming field and rule.
  void rejectedInputs_data() {
    QTest::addColumn<QString>("edits");  // "pointer=json;..." on the template; `delete` removes
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mention");  // a text the message must contain, or empty
    QTest::newRow("negative tranche amount") << "/lbo/tranches/0/amount=-5"
                                             << "lbo.tranches[0].amount"
                                             << "out_of_range"
                                             << "-5";
    QTest::newRow("sweep 150 %") << "/lbo/financing/sweep=1.5"
                                 << "lbo.financing.sweep"
                                 << "out_of_range"
                                 << "1.5";
    // base_year 2025 and 7 years: the projection runs 2026–2032.
    QTest::newRow("exit after the projection") << "/lbo/exit/year=2033"
                                               << "lbo.exit.year"
                                               << "exit_year_outside_projection"
                                               << "2033";
    QTest::newRow("exit in the base year") << "/lbo/exit/year=2025"
                                           << "lbo.exit.year"
                                           << "exit_year_outside_projection"
                                           << "2025";
    // Entry EV 7.5 × 150 = 1,125: fees of 1,125 leave nothing to buy.
    QTest::newRow("fees equal to EV")
        << "/lbo/entry/transaction_fee_rate=delete;/lbo/entry/transaction_fee_amount=1125"
        << "lbo.entry.transaction_fee_amount"
        << "fees_exceed_enterprise_value"
        << "1125";
    QTest::newRow("fees above EV")
        << "/lbo/entry/transaction_fee_rate=delete;/lbo/entry/transaction_fee_amount=2000"
        << "lbo.entry.transaction_fee_amount"
        << "fees_exceed_enterprise_value"
        << "2000";
    QTest::newRow("fee rate and amount") << "/lbo/entry/transaction_fee_amount=10"
                                         << "lbo.entry.transaction_fee_amount"
                                         << "transaction_fee_given_twice"
                                         << "";
    // The first floating tranche in the list is the revolver.
    QTest::newRow("floating without base rate") << "/lbo/base_rate=delete"
                                                << "lbo.base_rate.mode"
                                                << "required"
                                                << "Revolver";
    QTest::newRow("revolver without commitment") << "/lbo/tranches/0/commitment=delete"
                                                 << "lbo.tranches[0].commitment"
                                                 << "required"
                                                 << "revolver";
    QTest::newRow("revolver drawn above commitment") << "/lbo/tranches/0/amount=150"
                                                     << "lbo.tranches[0].amount"
                                                     << "drawn_above_commitment"
                                                     << "150";
    QTest::newRow("PIK on a revolver") << "/lbo/tranches/0/pik_rate=0.05"
                                       << "lbo.tranches[0].pik_rate"
                                       << "not_for_revolver"
                                       << "";
    QTest::newRow("amortising revolver") << "/lbo/tranches/0/amortisation=0.05"
                                         << "lbo.tranches[0].amortisation"
                                         << "not_for_revolver"
                                         << "";
    QTest::newRow("per-year driver missing a year") << "/lbo/revenue_growth/values/2028=delete"
                                                    << "lbo.revenue_growth.values.2028"
                                                    << "missing_year"
                                                    << "2028";
    // Term loan 1,100: debt 0 + 1,100 + 300 + 50 = 1,450, while the uses are at most
    // 1,125 + 16.875 + (2 + 22 + 6.75) + 11 + 25 = 1,208.625: no sponsor equity.
    QTest::newRow("no sponsor equity") << "/lbo/tranches/1/amount=1100"
                                       << "lbo.tranches"
                                       << "no_sponsor_equity"
                                       << "Term loan B";
    // No revolver capacity (commitment 0) and the whole term loan (450) due in 2026, while the
    // year's cash flow is below EBITDA 1,000 × 1.08 × 15 % = 162 (+ 0.5 interest on the 25 of
    // cash): a shortfall in 2026.
    QTest::newRow("cash shortfall")
        << "/lbo/tranches/0/commitment=0;/lbo/tranches/1/amortisation=1;"
           "/lbo/financing/interest_basis=\"opening\""
        << "lbo.tranches"
        << "cash_shortfall"
        << "2026";
    QTest::newRow("exit before close") << "/lbo/exit/date=\"2025-06-30\""
                                       << "lbo.exit.date"
                                       << "exit_before_close"
                                       << "2025-06-30";
    QTest::newRow("exit on the close date") << "/lbo/exit/date=\"2025-12-31\""
                                            << "lbo.exit.date"
                                            << "exit_before_close"
                                            << "";
  }
  void rejectedInputs() {
    QFETCH(QString, edits);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(QString, mention);
    const LboEvaluation e = evaluateLboScenario(editedTemplate(edits));
    QVERIFY(!e.result);
    const Issue* issue = findIssue(e.issues, path.toStdString(), rule.toStdString());
    LBO_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Error);
    QVERIFY(!issue->message.empty());
    if (!mention.isEmpty())
      LBO_VERIFY(issue->message.find(mention.toStdString()) != std::string::npos,
                 issue->message.c_str());
    // Nothing invalid reaches the analytics either.
    QVERIFY(lboInputPaths(editedTemplate(edits)).empty());
  }

  void noSponsorEquityNamesTheTranches() {
    const LboEvaluation e = evaluateLboScenario(editedTemplate("/lbo/tranches/1/amount=1100"));
    const Issue* issue = findIssue(e.issues, "lbo.tranches", "no_sponsor_equity");
    LBO_VERIFY(issue, describe(e.issues).c_str());
    for (const char* label : {"Revolver", "Term loan B", "Senior notes", "Holdco PIK"})
      LBO_VERIFY(issue->message.find(label) != std::string::npos, issue->message.c_str());
    // Debt 1,450; uses 1,208.625 (above); sponsor equity 1,208.625 − 1,450 = −241.375.
    QCOMPARE(issue->params.at("debt"), std::string("1450"));
    QCOMPARE(issue->params.at("sponsor_equity"), std::string("-241.375"));
  }

  void cashShortfallNamesTheYear() {
    const LboEvaluation e = evaluateLboScenario(
        editedTemplate("/lbo/tranches/0/commitment=0;/lbo/tranches/1/amortisation=1;"
                       "/lbo/financing/interest_basis=\"opening\""));
    QVERIFY(e.binding.inputs);  // the binding accepts it: the engine finds the shortfall
    QVERIFY(!e.result);
    const Issue* issue = findIssue(e.issues, "lbo.tranches", "cash_shortfall");
    LBO_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->params.at("year"), std::string("2026"));
    QVERIFY(std::stod(issue->params.at("shortfall")) > 0);
  }

  void oneDateWarnsAndGivesNoXirr_data() {
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("path");  // the date that is given
    QTest::newRow("no exit date") << "/lbo/exit/date=delete"
                                  << "lbo.exit.date";
    QTest::newRow("no close date") << "/lbo/entry/close_date=delete"
                                   << "lbo.entry.close_date";
  }
  void oneDateWarnsAndGivesNoXirr() {
    QFETCH(QString, edits);
    QFETCH(QString, path);
    const LboEvaluation e = evaluateLboScenario(editedTemplate(edits));
    LBO_VERIFY(e.result, describe(e.issues).c_str());
    QVERIFY(!hasErrors(e.issues));
    const Issue* issue = findIssue(e.issues, path.toStdString(), "xirr_needs_both_dates");
    LBO_VERIFY(issue, describe(e.issues).c_str());
    QCOMPARE(issue->severity, Severity::Warning);
    QVERIFY(!e.xirr);
    QVERIFY(!e.binding.closeDate && !e.binding.exitDate);
    QVERIFY(e.result->irr);
  }

  // Warnings for what is given but not used or does not fit: a floor on a fixed tranche, a base
  // rate with no floating tranche, dates that span another holding period than the exit year.
  void unusedAndInconsistentInputsWarn() {
    const LboEvaluation fixed = evaluateLboScenario(editedTemplate(
        "/lbo/tranches/1/rate_type=\"fixed\";/lbo/tranches/1/rate=0.07;"
        "/lbo/tranches/1/spread=delete;/lbo/tranches/0/rate_type=\"fixed\";"
        "/lbo/tranches/0/rate=0.06;/lbo/tranches/0/spread=delete;/lbo/tranches/0/floor=delete"));
    LBO_VERIFY(fixed.result, describe(fixed.issues).c_str());
    QVERIFY(findIssue(fixed.issues, "lbo.tranches[1].floor", "unused_for_type"));
    QVERIFY(findIssue(fixed.issues, "lbo.base_rate", "unused_without_floating"));
    // Closing 2025-12-31, exit 2026-12-31 is one year; the exit year 2030 holds five.
    const LboEvaluation dates =
        evaluateLboScenario(editedTemplate("/lbo/exit/date=\"2026-12-31\""));
    LBO_VERIFY(dates.result, describe(dates.issues).c_str());
    const Issue* differ = findIssue(dates.issues, "lbo.exit.date", "dates_differ_from_exit_year");
    LBO_VERIFY(differ, describe(dates.issues).c_str());
    QCOMPARE(differ->severity, Severity::Warning);
  }

  // IRR by exit year: the exit year is a lever of whole years inside the projection. At 2030
  // it is the template's IRR; a year earlier it is the IRR of the same scenario exiting in 2029
  // (the slow path); half a year or a year outside the projection is out of range.
  void exitYearIsAWholeYearLever() {
    const ScenarioDocument doc = templateDocument();
    auto model = prepareLboModel(doc, {"lbo.exit.year"});
    LBO_VERIFY(model, errorText(model).c_str());
    const ModelInput& input = model.value()->inputs().front();
    QCOMPARE(input.baseValue, 2030.0);
    QCOMPARE(input.bounds.min, 2026.0);
    QCOMPARE(input.bounds.max, 2032.0);
    auto evaluator = model.value()->evaluator();
    OutputValues out{};
    const double earlier[] = {2029};
    QVERIFY(evaluator->evaluate(earlier, out).ok());
    const LboEvaluation exit2029 = evaluateLboScenario(editedTemplate("/lbo/exit/year=2029"));
    QCOMPARE(out[LboOutput::Irr], *exit2029.result->irr);
    const double half[] = {2029.5};
    QCOMPARE(evaluator->evaluate(half, out).failure, kPathOutOfRange);
    const double beyond[] = {2033};
    QCOMPARE(evaluator->evaluate(beyond, out).failure, kPathOutOfRange);
    // The tornado moves it a year either way.
    const auto ranges = relativeRanges(*model.value(), 0.1);
    QCOMPARE(ranges.front().first, 2029.0);
    QCOMPARE(ranges.front().second, 2031.0);
  }

  // A drawn set that breaks a rule across fields is not valued: a revolver drawn above its
  // commitment, or transaction fees at or above the entry EV (1,125 on the template).
  void analyticsRefusesDrawsThatBreakARule() {
    const ScenarioDocument doc = editedTemplate(
        "/lbo/tranches/0/amount=60;/lbo/entry/transaction_fee_rate=delete;"
        "/lbo/entry/transaction_fee_amount=10");
    auto model =
        prepareLboModel(doc, {"lbo.tranches[0].commitment", "lbo.entry.transaction_fee_amount"});
    LBO_VERIFY(model, errorText(model).c_str());
    auto evaluator = model.value()->evaluator();
    OutputValues out{};
    const double belowDrawn[] = {50, 10};
    QCOMPARE(evaluator->evaluate(belowDrawn, out).failure, LboPathFailure::BreaksRule);
    const double feesAtEv[] = {100, 1125};
    QCOMPARE(evaluator->evaluate(feesAtEv, out).failure, LboPathFailure::BreaksRule);
    const double fine[] = {100, 10};
    QVERIFY(evaluator->evaluate(fine, out).ok());
  }

  void dcfScenarioIsNotAnLbo() {
    const ScenarioDocument dcf =
        documentOf(oneYearScenario(R"({"method": "gordon", "growth": 0.02})"));
    const LboBinding b = bindLbo(dcf);
    QVERIFY(!b.inputs);
    const Issue* issue = findIssue(b.issues, "model", "not_lbo");
    LBO_VERIFY(issue, describe(b.issues).c_str());
    QCOMPARE(issue->severity, Severity::Error);
    QVERIFY(!evaluateLboScenario(dcf).result);
    QVERIFY(lboInputPaths(dcf).empty());
    auto model = prepareLboModel(dcf, {"lbo.exit.multiple"});
    QVERIFY(!model);
    QCOMPARE(model.error().code, std::string("analytics.scenario_invalid"));
  }

  // 3. The adapter against the slow path, lever by lever.
  void everyLeverMatchesTheSlowPath() {
    const ScenarioDocument doc = templateDocument();
    const LboEvaluation base = evaluateLboScenario(doc);
    QVERIFY(base.result && base.result->irr);
    const std::vector<std::string> paths = lboInputPaths(doc);
    QVERIFY(paths.size() > 20);
    QCOMPARE(paths, valuationInputPaths(doc));  // the registry hands out the same list
    for (const char* expected :
         {"lbo.exit.multiple", "lbo.entry.multiple", "lbo.ebitda_margin.value",
          "lbo.revenue_growth.values.2026", "lbo.tranches[1].spread", "lbo.base_rate.value"})
      LBO_VERIFY(std::find(paths.begin(), paths.end(), expected) != paths.end(), expected);

    // All at once, at their base values: the evaluation's outputs.
    {
      auto all = modelOf(doc, paths);
      QVERIFY(all);
      QCOMPARE(all->inputs().size(), paths.size());
      OutputValues out{};
      const std::vector<double> values = all->baseValues();
      QVERIFY(all->evaluator()->evaluate(values, out).ok());
      QCOMPARE_BITS(out[LboOutput::Irr], *base.result->irr);
      QCOMPARE_BITS(all->baseOutputs()[LboOutput::Irr], *base.result->irr);
      QCOMPARE_BITS(out[LboOutput::Moic], *base.result->moic);
    }

    for (const std::string& path : paths) {
      const QByteArray where = QByteArray::fromStdString(path);
      auto model = modelOf(doc, {path});
      LBO_VERIFY(model, where);
      QCOMPARE(model->inputs().size(), std::size_t{1});
      const ModelInput& input = model->inputs()[0];
      QCOMPARE(input.path, path);
      auto evaluator = model->evaluator();
      OutputValues out{};
      std::vector<double> values = {input.baseValue};
      LBO_VERIFY(evaluator->evaluate(values, out).ok(), where);
      LBO_VERIFY(out[LboOutput::Irr] == *base.result->irr,
                 where + ": " + numbers(out[LboOutput::Irr], *base.result->irr));

      // +1 % of the value (a zero moves by 0.01, so the lever is exercised); −1 % where +1 %
      // leaves the field's range (a sweep of 100 %).
      double moved = input.baseValue != 0 ? input.baseValue * 1.01 : 0.01;
      if (input.unit == "year") moved = input.baseValue - 1;  // whole years: a year earlier
      if (!input.bounds.contains(moved))
        moved = input.baseValue != 0 ? input.baseValue * 0.99 : -0.01;
      LBO_VERIFY(input.bounds.contains(moved), where);
      values[0] = moved;
      const PathOutcome outcome = evaluator->evaluate(values, out);
      const Slow slow = slowPath(doc, path, moved);
      LBO_VERIFY(slow.valued, where + ": " + slow.problem);
      LBO_VERIFY(outcome.ok(), where);
      LBO_VERIFY(closeRelative(out[LboOutput::Irr], slow.irr, 1e-12),
                 where + " irr: " + numbers(out[LboOutput::Irr], slow.irr));
      LBO_VERIFY(closeRelative(out[LboOutput::Moic], slow.moic, 1e-12),
                 where + " moic: " + numbers(out[LboOutput::Moic], slow.moic));
      LBO_VERIFY(closeRelative(out[LboOutput::ExitEquity], slow.exitEquity, 1e-12),
                 where + " exit equity: " + numbers(out[LboOutput::ExitEquity], slow.exitEquity));
      // No state carries over: back at the base value, the base IRR again.
      values[0] = input.baseValue;
      QVERIFY(evaluator->evaluate(values, out).ok());
      LBO_VERIFY(out[LboOutput::Irr] == *base.result->irr, where);
    }
  }

  // 4. What the adapter refuses, and why.
  void refusals_data() {
    QTest::addColumn<QString>("paths");  // separated by |
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("mention");
    QTest::newRow("projection years") << "lbo.years"
                                      << "analytics.bad_input"
                                      << "lbo.years"
                                      << "whole-number";
    QTest::newRow("maturity") << "lbo.tranches[1].maturity_years"
                              << "analytics.bad_input"
                              << "lbo.tranches[1].maturity_years"
                              << "whole-number";
    QTest::newRow("duplicate") << "lbo.exit.multiple|lbo.ebitda_margin.value|lbo.exit.multiple"
                               << "analytics.duplicate_input"
                               << "lbo.exit.multiple"
                               << "twice";
    // entry.method is multiple: the price is not read.
    QTest::newRow("price with the multiple method") << "lbo.entry.price"
                                                    << "analytics.bad_input"
                                                    << "lbo.entry.price"
                                                    << "not used";
    // The term loan floats: its fixed rate is not read.
    QTest::newRow("fixed rate of a floating tranche") << "lbo.tranches[1].rate"
                                                      << "analytics.bad_input"
                                                      << "lbo.tranches[1].rate"
                                                      << "not used";
    QTest::newRow("PIK of a revolver") << "lbo.tranches[0].pik_rate"
                                       << "analytics.bad_input"
                                       << "lbo.tranches[0].pik_rate"
                                       << "";
    QTest::newRow("a DCF field") << "dcf.discount_rate.wacc"
                                 << "analytics.bad_input"
                                 << "dcf.discount_rate.wacc"
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
    auto model = prepareLboModel(doc, list);
    QVERIFY(!model);
    QCOMPARE(model.error().code, code.toStdString());
    QCOMPARE(model.error().context, context.toStdString());
    if (!mention.isEmpty())
      LBO_VERIFY(model.error().message.find(mention.toStdString()) != std::string::npos,
                 model.error().message.c_str());
    // The registry's entry point says the same.
    auto viaRegistry = prepareValuationModel(doc, list);
    QVERIFY(!viaRegistry);
    QCOMPARE(viaRegistry.error().code, code.toStdString());
  }

  // 5. The highest entry multiple that still earns a 20 % IRR. The IRR falls as the multiple
  // rises (the debt is fixed, so the sponsor pays every extra turn), so it is the one root.
  void goalSeekEntryMultipleForTwentyPercent() {
    const ScenarioDocument doc = templateDocument();
    auto model = modelOf(doc, {"lbo.entry.multiple"});
    QVERIFY(model);
    auto solved = goalSeek(*model, LboOutput::Irr, 0.20);
    LBO_VERIFY(solved, errorText(solved).c_str());
    const double multiple = solved.value().value;
    LBO_VERIFY(std::fabs(solved.value().achieved - 0.20) <= 1e-9,
               numbers(solved.value().achieved, 0.20));
    // The multiple found, put in the scenario, gives 20 % through the slow path too.
    const Slow at = slowPath(doc, "lbo.entry.multiple", multiple);
    LBO_VERIFY(at.valued, at.problem);
    LBO_VERIFY(std::fabs(at.irr - 0.20) <= 1e-9, numbers(at.irr, 0.20));
    // Monotone around it: a hundredth of a turn more earns less than 20 %, less earns more.
    const Slow above = slowPath(doc, "lbo.entry.multiple", multiple + 0.01);
    LBO_VERIFY(above.valued, above.problem);
    LBO_VERIFY(above.irr < 0.20, numbers(above.irr, 0.20));
    const Slow below = slowPath(doc, "lbo.entry.multiple", multiple - 0.01);
    LBO_VERIFY(below.valued, below.problem);
    LBO_VERIFY(below.irr > 0.20, numbers(below.irr, 0.20));
  }

  // 6. The same seed gives the same simulation, bit for bit, on one thread or two.
  void monteCarloIsReproducibleAcrossThreads() {
    const ScenarioDocument doc = templateDocument();
    MonteCarloSettings s;
    s.paths = 20000;
    s.seed = 20260101;
    s.output = "irr";
    s.inputs = {normalInput("lbo.exit.multiple", 7.5, 0.5),
                triangularInput("lbo.ebitda_margin.value", 0.13, 0.15, 0.17)};
    auto prepared = prepareMonteCarlo(doc, s);
    LBO_VERIFY(prepared, errorText(prepared).c_str());
    QCOMPARE(prepared.value().output, LboOutput::Irr);
    jobs::ThreadPool pool(2);
    auto oneRun = runMonteCarlo(prepared.value(), pool, 1);
    LBO_VERIFY(oneRun, errorText(oneRun).c_str());
    auto twoRun = runMonteCarlo(prepared.value(), pool, 2);
    LBO_VERIFY(twoRun, errorText(twoRun).c_str());
    const MonteCarloResult& a = oneRun.value();
    const MonteCarloResult& b = twoRun.value();

    QCOMPARE(a.paths, std::uint64_t{20000});
    // Every path values: a margin of at least 13 % keeps the cash flow well above the 4.5 of
    // mandatory repayments, and an exit multiple 15 sd below its mean would still be positive.
    QCOMPARE(a.valued, std::uint64_t{20000});
    QCOMPARE(a.valued, b.valued);
    QCOMPARE(a.failures, b.failures);
    QCOMPARE(a.outOfRangeByInput, b.outOfRangeByInput);
    QCOMPARE(a.output, b.output);
    const LboEvaluation base = evaluateLboScenario(doc);
    QCOMPARE_BITS(a.baseOutput, *base.result->irr);
    QCOMPARE_BITS(a.baseOutput, b.baseOutput);
    QCOMPARE_BITS(a.mean, b.mean);
    QCOMPARE_BITS(a.median, b.median);
    QCOMPARE_BITS(a.standardDeviation, b.standardDeviation);
    QCOMPARE_BITS(a.standardError, b.standardError);
    QCOMPARE_BITS(a.min, b.min);
    QCOMPARE_BITS(a.max, b.max);
    QCOMPARE(a.percentiles.size(), b.percentiles.size());
    QVERIFY(!a.percentiles.empty());
    for (std::size_t i = 0; i < a.percentiles.size(); ++i) {
      QCOMPARE_BITS(a.percentiles[i].level, b.percentiles[i].level);
      QCOMPARE_BITS(a.percentiles[i].value, b.percentiles[i].value);
    }
    QCOMPARE_BITS(a.histogramStart, b.histogramStart);
    QCOMPARE_BITS(a.binWidth, b.binWidth);
    QCOMPARE(a.histogram, b.histogram);
    QCOMPARE(a.below, b.below);
    QCOMPARE(a.above, b.above);
    QCOMPARE(a.cdf.size(), b.cdf.size());
    for (std::size_t i = 0; i < a.cdf.size(); ++i) QCOMPARE_BITS(a.cdf[i].value, b.cdf[i].value);
    QCOMPARE(a.rankCorrelations.size(), b.rankCorrelations.size());
    for (std::size_t i = 0; i < a.rankCorrelations.size(); ++i) {
      QCOMPARE(a.rankCorrelations[i].path, b.rankCorrelations[i].path);
      QCOMPARE(a.rankCorrelations[i].rho.has_value(), b.rankCorrelations[i].rho.has_value());
      if (a.rankCorrelations[i].rho)
        QCOMPARE_BITS(*a.rankCorrelations[i].rho, *b.rankCorrelations[i].rho);
    }
    // And it is a distribution of IRRs: ordered statistics, the mean inside the range.
    QVERIFY(a.min <= a.median && a.median <= a.max);
    QVERIFY(a.min <= a.mean && a.mean <= a.max);
    QVERIFY(a.standardDeviation > 0);
  }

  // 7. Properties of the valued template.
  void higherExitMultipleNeverLowersIrr() {
    const ScenarioDocument doc = templateDocument();
    auto model = modelOf(doc, {"lbo.exit.multiple"});
    QVERIFY(model);
    auto evaluator = model->evaluator();
    // Net debt at exit does not depend on the exit multiple, and is at most term loan 450 +
    // notes 300 + PIK 50 × 1.12^5 ≈ 88.1 + revolver 100 − minimum cash 25 ≈ 913.1 < 5 × 189.46:
    // from 5× on the equity is positive, so the IRR rises strictly.
    double previous = -2;
    for (const double m : {3.0, 4.0, 5.0, 6.0, 7.0, 7.5, 8.0, 9.0, 10.0, 12.0}) {
      OutputValues out{};
      const std::vector<double> values = {m};
      QVERIFY(evaluator->evaluate(values, out).ok());
      const double irr = out[LboOutput::Irr];
      LBO_VERIFY(irr >= previous, numbers(irr, previous));
      if (m > 5.0) LBO_VERIFY(irr > previous, numbers(irr, previous));
      previous = irr;
    }
  }

  void withoutSweepTheTermLoanOnlyAmortises() {
    const LboEvaluation e = evaluateLboScenario(editedTemplate("/lbo/financing/sweep=0"));
    LBO_VERIFY(e.result, describe(e.issues).c_str());
    const LboResult& r = *e.result;
    QCOMPARE(r.years, 7);
    for (int t = 1; t <= 7; ++t) {
      const auto y = static_cast<std::size_t>(t - 1);
      // The premise: nothing is drawn on the revolver and nothing is swept.
      QCOMPARE(r.rows[y].revolverDrawn, 0.0);
      QCOMPARE(r.schedule[0][y].drawn, 0.0);
      QCOMPARE(r.rows[y].sweep, 0.0);
      // Term loan B: 450 less 1 % × 450 = 4.5 a year, no PIK; the rest at maturity (year 7).
      const LboTrancheYear& tlb = r.schedule[1][y];
      QCOMPARE(tlb.interestPik, 0.0);
      const double expected = t < 7 ? 450 - 0.01 * 450 * t : 0.0;
      LBO_VERIFY(
          std::fabs(tlb.closing - expected) <= 1e-9 * 450,
          QByteArray("year ") + QByteArray::number(t) + ": " + numbers(tlb.closing, expected));
      // The notes are a bullet beyond the projection (8 years): 300 throughout.
      LBO_VERIFY(std::fabs(r.schedule[2][y].closing - 300) <= 1e-9 * 300,
                 numbers(r.schedule[2][y].closing, 300));
      // The holdco PIK compounds at 12 % on the opening balance: 50 × 1.12^t.
      const double pik = 50 * std::pow(1.12, t);
      LBO_VERIFY(closeRelative(r.schedule[3][y].closing, pik, 1e-12),
                 numbers(r.schedule[3][y].closing, pik));
    }
  }

  void attributionSumsToTheEquityGain_data() {
    QTest::addColumn<double>("exitMultiple");
    QTest::newRow("7.5 (the template)") << 7.5;
    QTest::newRow("8.5") << 8.5;
    QTest::newRow("6") << 6.0;
  }
  void attributionSumsToTheEquityGain() {
    QFETCH(double, exitMultiple);
    const LboEvaluation e = evaluateLboScenario(
        editedTemplate(QStringLiteral("/lbo/exit/multiple=%1").arg(exitMultiple, 0, 'g', 17)));
    LBO_VERIFY(e.result, describe(e.issues).c_str());
    const LboResult& r = *e.result;
    const LboAttribution& a = r.attribution;
    const double sum = a.ebitdaGrowth + a.multipleExpansion + a.debtPaydown + a.feesAndLeakage;
    LBO_VERIFY(closeRelative(sum, a.equityGain, 1e-9), numbers(sum, a.equityGain));
    // G = exit equity + Σ dividends (none) − (sponsor + rollover (none)).
    const double gain = r.exitEquity - kSponsorEquity;
    LBO_VERIFY(closeRelative(a.equityGain, gain, 1e-9), numbers(a.equityGain, gain));
    // The parts by hand: EBITDA growth (EBITDA_X − 150) × 7.5; expansion (m_X − 7.5) × EBITDA_X;
    // fees −(16.875 + 17.75 + 4.5) = −39.125; paydown ND_0 − ND_X with ND_0 = 800 − 25.
    const double growth = (kExitEbitda - 150) * 7.5;
    LBO_VERIFY(closeRelative(a.ebitdaGrowth, growth, 1e-9), numbers(a.ebitdaGrowth, growth));
    const double expansion = (exitMultiple - 7.5) * kExitEbitda;
    LBO_VERIFY(std::fabs(a.multipleExpansion - expansion) <= 1e-9 * kExitEbitda,
               numbers(a.multipleExpansion, expansion));
    const double fees = -(kTransactionFees + kFinancingFees + kOid);
    LBO_VERIFY(closeRelative(a.feesAndLeakage, fees, 1e-12), numbers(a.feesAndLeakage, fees));
    const double paydown = (kDebt - kMinimumCash) - r.netDebtAtExit;
    LBO_VERIFY(closeRelative(a.debtPaydown, paydown, 1e-9), numbers(a.debtPaydown, paydown));
  }
};

QTEST_APPLESS_MAIN(TestLboBinding)
#include "test_lbobinding.moc"
