// Rebasing a mutation onto a newer document (core/ops/rebase.h): the server's last-writer-wins
// rule. Expected values follow from the fixture's text and the rule itself: an op on a field
// someone else changed applies with `previous` set to that newer value and is reported; an op
// on an entity that is gone refuses the whole mutation.
#include "core/model/scenariojson.h"
#include "core/ops/accept.h"
#include "core/ops/mutation.h"
#include "core/ops/rebase.h"
#include "tests/support/checks.h"

#include <string>
#include <vector>

#include <QtTest>

using namespace valor;
using valor::testing::errorText;

namespace {

// IDs written in tests/data/sample_full.valor.json.
constexpr const char* kDcfId = "1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d";
constexpr const char* kOption2019 = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

Id idOf(const char* text) {
  return *Id::parse(text);
}

ScenarioDocument sample() {
  auto text = readTextFile(std::string(VALOR_TEST_DATA_DIR) + "/sample_full.valor.json", 1 << 20);
  if (!text) qFatal("fixture: %s", text.error().message.c_str());
  auto doc = parseScenarioJson(text.value(), seededIdGenerator(7));
  if (!doc) qFatal("fixture: %s", doc.error().message.c_str());
  return doc.value();
}

Mutation mutationOf(std::vector<Op> ops) {
  static IdGenerator ids = seededIdGenerator(99);
  Mutation m;
  m.id = ids();
  m.author = "tester";
  m.baseRevision = 1;
  m.label = "test edit";
  m.ops = std::move(ops);
  return m;
}

double number(const ScenarioDocument& doc, const char* entity, const std::string& field) {
  const Value* v = doc.find(idOf(entity))->field(field);
  return v ? std::get<double>(*v) : -1;
}

}  // namespace

class TestRebase : public QObject {
  Q_OBJECT

 private slots:
  // Nothing changed since the author's base: the mutation is unchanged, nothing overwritten.
  void unchangedBaseKeepsTheMutation() {
    const ScenarioDocument base = sample();
    const Mutation mine =
        mutationOf({setFieldOp(base, idOf(kDcfId), "terminal_value.growth", 0.025)});
    auto rebased = rebaseMutation(base, mine);
    QVERIFY2(rebased.ok(), errorText(rebased).c_str());
    QCOMPARE(rebased.value().mutation, mine);
    QVERIFY(rebased.value().overwritten.empty());
  }

  // Someone set growth 0.02 → 0.03 first; my edit (made on 0.02) still lands, replacing 0.03.
  void concurrentSetIsLastWriterWins() {
    const ScenarioDocument base = sample();
    const Id dcf = idOf(kDcfId);
    const Mutation theirs = mutationOf({setFieldOp(base, dcf, "terminal_value.growth", 0.03)});
    const Mutation mine = mutationOf({setFieldOp(base, dcf, "terminal_value.growth", 0.025)});
    auto server = applyMutation(base, theirs);
    QVERIFY(server.ok());
    auto rebased = rebaseMutation(server.value(), mine);
    QVERIFY2(rebased.ok(), errorText(rebased).c_str());
    QCOMPARE(rebased.value().overwritten, std::vector<std::size_t>{0});
    QCOMPARE(std::get<double>(*rebased.value().mutation.ops[0].previous), 0.03);
    auto after = acceptMutation(server.value(), rebased.value().mutation);
    QVERIFY2(after.ok(), errorText(after).c_str());
    QCOMPARE(number(after.value(), kDcfId, "terminal_value.growth"), 0.025);
    // Undoing my rebased edit brings back their value, not the one I saw.
    auto undone = applyMutation(after.value(),
                                invertMutation(rebased.value().mutation, Id(), "tester", 0, 3));
    QVERIFY(undone.ok());
    QCOMPARE(number(undone.value(), kDcfId, "terminal_value.growth"), 0.03);
  }

  // A later op of the same mutation builds on an earlier one: it is not a conflict.
  void opsOfOneMutationBuildOnEachOther() {
    const ScenarioDocument base = sample();
    const Id dcf = idOf(kDcfId);
    Op first = setFieldOp(base, dcf, "terminal_value.growth", 0.021);
    Op second = first;
    second.previous = 0.021;
    second.value = 0.022;
    auto rebased = rebaseMutation(base, mutationOf({first, second}));
    QVERIFY2(rebased.ok(), errorText(rebased).c_str());
    QVERIFY(rebased.value().overwritten.empty());
  }

  // Someone deleted the option tranche; my edit to its strike cannot apply: refused, whole.
  void editOfADeletedEntityIsRefused() {
    const ScenarioDocument base = sample();
    const Id option = idOf(kOption2019);
    Op remove;
    remove.kind = OpKind::Delete;
    remove.entity = option;
    remove.snapshot = *base.find(option);
    auto server = applyMutation(base, mutationOf({remove}));
    QVERIFY2(server.ok(), errorText(server).c_str());
    const Mutation mine =
        mutationOf({setFieldOp(base, idOf(kDcfId), "terminal_value.growth", 0.025),
                    setFieldOp(base, option, "strike", 13.0)});
    auto rebased = rebaseMutation(server.value(), mine);
    QVERIFY(!rebased.ok());
    QCOMPARE(rebased.error().code, std::string("mutation.rejected"));
    QVERIFY2(rebased.error().message.find("op 2") != std::string::npos,
             rebased.error().message.c_str());
    QVERIFY(rebased.error().message.find("deleted") != std::string::npos);
  }

  // A delete of an entity someone edited meanwhile deletes it as it is now (and says so).
  void deleteAfterAnEditTakesTheCurrentSnapshot() {
    const ScenarioDocument base = sample();
    const Id option = idOf(kOption2019);
    auto server = applyMutation(base, mutationOf({setFieldOp(base, option, "strike", 14.0)}));
    QVERIFY(server.ok());
    Op remove;
    remove.kind = OpKind::Delete;
    remove.entity = option;
    remove.snapshot = *base.find(option);  // strike 12.5, as I saw it
    auto rebased = rebaseMutation(server.value(), mutationOf({remove}));
    QVERIFY2(rebased.ok(), errorText(rebased).c_str());
    QCOMPARE(rebased.value().overwritten, std::vector<std::size_t>{0});
    QCOMPARE(std::get<double>(*rebased.value().mutation.ops[0].snapshot->field("strike")), 14.0);
    auto after = acceptMutation(server.value(), rebased.value().mutation);
    QVERIFY2(after.ok(), errorText(after).c_str());
    QVERIFY(after.value().find(option) == nullptr);
  }

  // Creating an entity whose ID exists already is refused, not merged.
  void createOfAnExistingEntityIsRefused() {
    const ScenarioDocument base = sample();
    Op create;
    create.kind = OpKind::Create;
    create.entity = idOf(kOption2019);
    create.snapshot = *base.find(create.entity);
    auto rebased = rebaseMutation(base, mutationOf({create}));
    QVERIFY(!rebased.ok());
    QVERIFY(rebased.error().message.find("exists already") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestRebase)
#include "test_rebase.moc"
