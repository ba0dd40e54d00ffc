// Mutations (core/ops/mutation.h): apply, invert, reject, diff, and their JSON form.
//
// Documents come from the fixture scenarios in tests/data, read with parseScenarioJson. Every
// expected value is taken from the fixture text or worked out from the contract in mutation.h
// (all-or-nothing, exact inverses, previous values checked, structure kept), never copied from
// the program's output.
//
// The core headers come before <QtTest>: schema.h has a member named `slots`, which Qt's
// `slots` keyword macro would otherwise erase. No raw strings: moc 6.4 misreads them.
#include "core/model/flatjson.h"
#include "core/model/orderkey.h"
#include "core/model/scenariojson.h"
#include "core/model/schema.h"
#include "core/ops/mutation.h"
#include "core/ops/mutationjson.h"
#include "tests/support/checks.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <QtTest>

using namespace valor;
using valor::testing::bits;
using valor::testing::dcfOf;
using valor::testing::errorText;
using valor::testing::findIssue;
using valor::testing::problemsOf;
using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kOptions = "equity_bridge.options";
// IDs written in tests/data/sample_full.valor.json.
constexpr const char* kSampleRootId = "0f1e2d3c-4b5a-4968-8776-655443322110";
constexpr const char* kSampleDcfId = "1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d";
constexpr const char* kSample2019 = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";  // options[0]
constexpr const char* kSample2022 = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";  // options[1]
constexpr const char* kSample2024 = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";  // options[2]

QByteArray q(const std::string& s) {
  return QByteArray::fromStdString(s);
}

Id idOf(const char* text) {
  const auto id = Id::parse(text);
  VALOR_REQUIRE(id.has_value(), std::string("bad ID in the test: ") + text);
  return *id;
}

std::string fixtureText(const std::string& name) {
  auto text = readTextFile(std::string(VALOR_TEST_DATA_DIR) + "/" + name, 1 << 20);
  if (!text) qFatal("cannot read fixture %s: %s", name.c_str(), text.error().message.c_str());
  return text.value();
}

ScenarioDocument documentFromText(const std::string& text) {
  auto parse = parseScenarioJson(text, seededIdGenerator(7));
  if (!parse.ok())
    qFatal("test scenario does not parse: %s",
           problemsOf(parse).empty() ? "?" : problemsOf(parse).front().message.c_str());
  return parse.value();
}

ScenarioDocument handCase() {
  return documentFromText(fixtureText("hand_case.valor.json"));
}
ScenarioDocument sampleFull() {
  return documentFromText(fixtureText("sample_full.valor.json"));
}

const Entity& entityOf(const ScenarioDocument& doc, const Id& id) {
  const Entity* e = doc.find(id);
  VALOR_REQUIRE(e != nullptr, "no entity " + id.toString());
  return *e;
}

QByteArray dump(const ScenarioDocument& doc) {
  return q(documentToFlatJson(doc).dump());
}

// For a failed comparison: what differs first (as the ops that would turn `want` into `got`;
// QtTest cuts long messages), then both documents.
QByteArray twoDocs(const ScenarioDocument& got, const ScenarioDocument& want) {
  return "\n  differs by: " + q(opsToJson(diffDocuments(want, got)).dump()) +
         "\n  got:  " + dump(got) + "\n  want: " + dump(want);
}

Mutation mutationOf(std::vector<Op> ops, std::string label = "test edit") {
  static IdGenerator ids = seededIdGenerator(1234);
  Mutation m;
  m.id = ids();
  m.author = "tester";
  m.clientTimeMs = 1767225600000;  // 2026-01-01T00:00:00Z
  m.baseRevision = 1;
  m.label = std::move(label);
  m.ops = std::move(ops);
  return m;
}

Mutation undoOf(const Mutation& m) {
  static IdGenerator ids = seededIdGenerator(4321);
  return invertMutation(m, ids(), "tester", m.clientTimeMs + 1, m.baseRevision + 1);
}

Op deleteOp(const Entity& e) {
  Op op;
  op.kind = OpKind::Delete;
  op.entity = e.id;
  op.snapshot = e;
  return op;
}

Op createOp(const Entity& e) {
  Op op;
  op.kind = OpKind::Create;
  op.entity = e.id;
  op.snapshot = e;
  return op;
}

Op moveOp(const Entity& e, std::string order) {
  Op op;
  op.kind = OpKind::Move;
  op.entity = e.id;
  op.order = std::move(order);
  op.previousOrder = e.order;
  return op;
}

Entity newTranche(const Entity& dcf, const Id& id, std::string order, double count, double strike,
                  std::string label) {
  Entity e;
  e.id = id;
  e.type = "option_tranche";
  e.parent = dcf.id;
  e.slot = kOptions;
  e.order = std::move(order);
  e.fields["count"] = count;
  e.fields["strike"] = strike;
  e.fields["label"] = std::move(label);
  return e;
}

std::vector<Entity> tranchesOf(const ScenarioDocument& doc) {
  std::vector<Entity> out;
  for (const Entity* e : doc.listMembers(dcfOf(doc), kOptions)) out.push_back(*e);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Random valid edits for the property and diff tests. The generator builds each op against a
// scratch copy of the document (applying it there at once), so `previous` values, snapshots and
// order keys always describe the state the op will meet, also inside one multi-op mutation.

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  // Numbers of every kind a field may meet: ordinary rates, whole numbers, big and tiny
  // magnitudes, negatives, exact zero and values far outside any plausible range.
  double number() {
    switch (below(8)) {
      case 0:
        return static_cast<double>(below(31));
      case 1:
        return 0.1;
      case 2:
        return 1e-300;
      case 3:
        return -unit() * 1e6;
      case 4:
        return 0.0;
      case 5:
        return unit() * 1e12;
      case 6:
        return 5.0;
      default:
        return unit();
    }
  }

 private:
  std::mt19937_64 engine_;
};

struct FieldLists {
  std::vector<const FieldSpec*> numbers;  // Number and Integer
  std::vector<const FieldSpec*> texts;    // Text, Choice, Date, MonthDay
  std::vector<const FieldSpec*> years;    // YearValues
};

FieldLists fieldsOf(const std::string& type) {
  FieldLists lists;
  for (const FieldSpec& f : entitySchema(type)->fields) {
    if (f.type == FieldType::Number || f.type == FieldType::Integer)
      lists.numbers.push_back(&f);
    else if (f.type == FieldType::YearValues)
      lists.years.push_back(&f);
    else
      lists.texts.push_back(&f);
  }
  return lists;
}

std::string randomText(Rng& rng, const FieldSpec& spec) {
  if (!spec.choices.empty() && rng.chance(80)) return spec.choices[rng.below(spec.choices.size())];
  return "text " + std::to_string(rng.below(1000));
}

// A non-empty per-year map (an empty one is covered on its own, see emptyYearMapUndo).
YearMap randomYears(Rng& rng) {
  YearMap years;
  const std::size_t n = 1 + rng.below(4);
  for (std::size_t i = 0; i < n; ++i) years[static_cast<Year>(2020 + rng.below(16))] = rng.number();
  return years;
}

std::optional<std::string> orderAt(const std::vector<Entity>& members, std::size_t pos) {
  const std::string before = pos > 0 ? members[pos - 1].order : std::string();
  const std::string after = pos < members.size() ? members[pos].order : std::string();
  return orderKeyBetween(before, after);
}

// One random valid op against `doc`; nullopt only when the order-key algorithm gives nothing
// (itself a failure the caller reports).
std::optional<Op> randomOp(const ScenarioDocument& doc, Rng& rng, const IdGenerator& ids) {
  static const FieldLists dcfFields = fieldsOf("dcf");
  static const FieldLists rootFields = fieldsOf("scenario");
  const Entity& dcf = dcfOf(doc);
  const std::vector<Entity> members = tranchesOf(doc);
  switch (rng.below(12)) {
    case 0:
    case 1: {  // a dcf number: a new value, or removed
      const FieldSpec& f = *dcfFields.numbers[rng.below(dcfFields.numbers.size())];
      std::optional<Value> v;
      if (rng.chance(80)) v = rng.number();
      return setFieldOp(doc, dcf.id, f.name, v);
    }
    case 2: {  // a dcf text or choice, or a scenario text
      const bool root = rng.chance(30);
      const FieldLists& lists = root ? rootFields : dcfFields;
      const FieldSpec& f = *lists.texts[rng.below(lists.texts.size())];
      std::optional<Value> v;
      if (rng.chance(85)) v = randomText(rng, f);
      return setFieldOp(doc, root ? doc.root().id : dcf.id, f.name, v);
    }
    case 3:
    case 4:
    case 5: {  // one year of a per-year field: set or removed
      const FieldSpec& f = *dcfFields.years[rng.below(dcfFields.years.size())];
      const Year year = static_cast<Year>(2020 + rng.below(16));
      std::optional<Value> v;
      if (rng.chance(75)) v = rng.number();
      return setFieldOp(doc, dcf.id, f.name, v, year);
    }
    case 6: {  // a whole per-year field
      const FieldSpec& f = *dcfFields.years[rng.below(dcfFields.years.size())];
      std::optional<Value> v;
      if (rng.chance(70)) v = randomYears(rng);
      return setFieldOp(doc, dcf.id, f.name, v);
    }
    default:
      break;
  }
  // Option tranches: create, move, delete or edit one.
  const std::size_t action = members.empty() ? 0 : rng.below(5);
  if (action == 0 || action == 1) {
    auto order = orderAt(members, rng.below(members.size() + 1));
    if (!order) return std::nullopt;
    Entity e = newTranche(dcf, ids(), *order, static_cast<double>(rng.below(5000)),
                          rng.unit() * 100, "tranche " + std::to_string(rng.below(100)));
    if (rng.chance(30)) e.fields.erase("label");
    return createOp(e);
  }
  const Entity& member = members[rng.below(members.size())];
  if (action == 2) {
    std::vector<Entity> others;
    for (const Entity& m : members)
      if (m.id != member.id) others.push_back(m);
    auto order = orderAt(others, rng.below(others.size() + 1));
    if (!order) return std::nullopt;
    return moveOp(member, *order);
  }
  if (action == 3) return deleteOp(member);
  static const char* const kTrancheFields[] = {"count", "strike", "label"};
  const std::string field = kTrancheFields[rng.below(3)];
  std::optional<Value> v;
  if (rng.chance(85)) v = field == "label" ? Value(std::string("renamed")) : Value(rng.number());
  return setFieldOp(doc, member.id, field, v);
}

// A mutation of 1-3 random ops valid against `doc`; an error text when the core refused one of
// its own generated ops (a bug) or gave no order key.
std::variant<Mutation, std::string> randomMutation(const ScenarioDocument& doc, Rng& rng,
                                                   const IdGenerator& ids) {
  ScenarioDocument scratch = doc;
  std::vector<Op> ops;
  const std::size_t n = 1 + rng.below(3);
  for (std::size_t i = 0; i < n; ++i) {
    auto op = randomOp(scratch, rng, ids);
    if (!op) return std::string("orderKeyBetween gave no key");
    auto next = applyMutation(scratch, mutationOf({*op}));
    if (!next) return "a valid op was refused: " + next.error().message;
    scratch = std::move(next).value();
    ops.push_back(std::move(*op));
  }
  return mutationOf(std::move(ops), "random edit");
}

}  // namespace

class TestMutation : public QObject {
  Q_OBJECT

 private slots:
  void fixturesLoad() {
    const ScenarioDocument hand = handCase();
    const ScenarioDocument sample = sampleFull();
    // hand case: scenario, dcf and two option tranches; sample: the same shape with 3 tranches.
    QCOMPARE(hand.entities.size(), std::size_t{4});
    QCOMPARE(sample.entities.size(), std::size_t{5});
    QCOMPARE(sample.root().id, idOf(kSampleRootId));
    QCOMPARE(dcfOf(sample).id, idOf(kSampleDcfId));
    const std::vector<Entity> t = tranchesOf(sample);
    QCOMPARE(t.size(), std::size_t{3});
    QCOMPARE(t[0].id, idOf(kSample2019));
    QCOMPARE(t[1].id, idOf(kSample2022));
    QCOMPARE(t[2].id, idOf(kSample2024));
  }

  // --- edits that apply and undo exactly ---------------------------------------------------

  // New text must follow the text rules; history stored before them still replays. A name with
  // a tab (once accepted) applies, and is refused as a new change; so is one of 201 characters.
  void newTextFollowsTheRulesOldHistoryReplays() {
    const ScenarioDocument doc = handCase();
    const Id root = doc.root().id;
    const Mutation tab =
        mutationOf({setFieldOp(doc, root, "name", Value(std::string("a\tb")))}, "Name");
    QVERIFY(applyMutation(doc, tab).ok());
    const auto why = newTextProblem(doc, tab);
    QVERIFY(why && why->find("control character U+0009") != std::string::npos);
    const Mutation longName =
        mutationOf({setFieldOp(doc, root, "name", Value(std::string(201, 'n')))}, "Name");
    QVERIFY(newTextProblem(doc, longName));
    const Mutation fine =
        mutationOf({setFieldOp(doc, root, "name", Value(std::string(200, 'n')))}, "Name");
    QVERIFY(!newTextProblem(doc, fine));
    // A multi-line description keeps its line breaks.
    const Mutation lines = mutationOf(
        {setFieldOp(doc, root, "description", Value(std::string("one\n\ttwo")))}, "Describe");
    QVERIFY(!newTextProblem(doc, lines));
  }

  void setNumberField() {
    const ScenarioDocument doc = handCase();
    const Entity& dcf = dcfOf(doc);
    const Op op = setFieldOp(doc, dcf.id, "discount_rate.wacc", Value(0.12));
    // The fixture says "wacc": 0.10.
    QCOMPARE(op.kind, OpKind::Set);
    QCOMPARE(op.entity, dcf.id);
    QCOMPARE(op.field, std::string("discount_rate.wacc"));
    QVERIFY(!op.year.has_value());
    QCOMPARE(op.previous, std::optional<Value>(0.10));
    QCOMPARE(op.value, std::optional<Value>(0.12));

    const Mutation m = mutationOf({op}, "Set WACC");
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const ScenarioDocument& after = applied.value();
    QCOMPARE(*dcfOf(after).number("discount_rate.wacc"), 0.12);
    // Nothing else changed: the same entities, and the dcf differs in that field alone.
    Entity expectedDcf = dcf;
    expectedDcf.fields["discount_rate.wacc"] = 0.12;
    QVERIFY(dcfOf(after) == expectedDcf);
    QCOMPARE(after.entities.size(), doc.entities.size());
    QVERIFY(!(after == doc));

    auto undone = applyMutation(after, undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void setAbsentField() {
    // The hand case gives no risk-free rate: previous is "absent", and undo removes it again.
    const ScenarioDocument doc = handCase();
    const Entity& dcf = dcfOf(doc);
    QVERIFY(dcf.field("discount_rate.risk_free_rate") == nullptr);
    const Op op = setFieldOp(doc, dcf.id, "discount_rate.risk_free_rate", Value(0.04));
    QVERIFY(!op.previous.has_value());
    const Mutation m = mutationOf({op});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    QCOMPARE(*dcfOf(applied.value()).number("discount_rate.risk_free_rate"), 0.04);
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY(dcfOf(undone.value()).field("discount_rate.risk_free_rate") == nullptr);
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void setOneYear() {
    // The sample's ebit_margin.values: 2026 0.1, 2027 1e-300, 2028 0.15, 2029 0.175, 2030 0.2.
    const ScenarioDocument doc = sampleFull();
    const Entity& dcf = dcfOf(doc);
    const Op op = setFieldOp(doc, dcf.id, "ebit_margin.values", Value(0.125), 2027);
    QCOMPARE(op.year, std::optional<Year>(2027));
    QCOMPARE(op.previous, std::optional<Value>(1e-300));
    const Mutation m = mutationOf({op});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const YearMap expected{{2026, 0.1}, {2027, 0.125}, {2028, 0.15}, {2029, 0.175}, {2030, 0.2}};
    const YearMap* years = dcfOf(applied.value()).years("ebit_margin.values");
    QVERIFY(years != nullptr);
    QVERIFY(*years == expected);
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
    QCOMPARE(bits(dcfOf(undone.value()).years("ebit_margin.values")->at(2027)), bits(1e-300));
  }

  void addAndRemoveYears() {
    const ScenarioDocument doc = sampleFull();
    const Entity& dcf = dcfOf(doc);
    // A new year (no previous value) and a removed year (no new value) in one mutation.
    const Op add = setFieldOp(doc, dcf.id, "ebit_margin.values", Value(0.21), 2031);
    const Op remove = setFieldOp(doc, dcf.id, "ebit_margin.values", std::nullopt, 2026);
    QVERIFY(!add.previous.has_value());
    QCOMPARE(remove.previous, std::optional<Value>(0.1));
    const Mutation m = mutationOf({add, remove});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const YearMap expected{{2027, 1e-300}, {2028, 0.15}, {2029, 0.175}, {2030, 0.2}, {2031, 0.21}};
    QVERIFY(*dcfOf(applied.value()).years("ebit_margin.values") == expected);
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());

    // A year of a per-year field the entity does not have yet (hand case: constant margin).
    const ScenarioDocument hand = handCase();
    const Op first = setFieldOp(hand, dcfOf(hand).id, "ebit_margin.values", Value(0.3), 2027);
    QVERIFY(!first.previous.has_value());
    const Mutation m2 = mutationOf({first});
    auto applied2 = applyMutation(hand, m2);
    QVERIFY2(applied2.ok(), errorText(applied2).c_str());
    QVERIFY(*dcfOf(applied2.value()).years("ebit_margin.values") == YearMap({{2027, 0.3}}));
    auto undone2 = applyMutation(applied2.value(), undoOf(m2));
    QVERIFY2(undone2.ok(), errorText(undone2).c_str());
    QVERIFY2(undone2.value() == hand, twoDocs(undone2.value(), hand).constData());
  }

  void removeField() {
    const ScenarioDocument doc = handCase();
    const Entity& dcf = dcfOf(doc);
    const Op op = setFieldOp(doc, dcf.id, "terminal_value.growth", std::nullopt);
    QCOMPARE(op.previous, std::optional<Value>(0.02));  // "growth": 0.02 in the fixture
    QVERIFY(!op.value.has_value());
    const Mutation m = mutationOf({op});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    QVERIFY(dcfOf(applied.value()).field("terminal_value.growth") == nullptr);
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void createTranche() {
    const ScenarioDocument doc = sampleFull();
    const Entity& dcf = dcfOf(doc);
    const std::vector<Entity> before = tranchesOf(doc);
    // Between the first (2019 plan) and the second (2022 plan).
    const auto order = orderKeyBetween(before[0].order, before[1].order);
    QVERIFY(order.has_value());
    const Id newId = seededIdGenerator(99)();
    const Entity e = newTranche(dcf, newId, *order, 400, 18.5, "2021 grant");
    const Mutation m = mutationOf({createOp(e)}, "Add option tranche");
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const std::vector<Entity> after = tranchesOf(applied.value());
    QCOMPARE(after.size(), std::size_t{4});
    QCOMPARE(after[0].id, idOf(kSample2019));
    QVERIFY(after[1] == e);
    QCOMPARE(after[2].id, idOf(kSample2022));
    QCOMPARE(after[3].id, idOf(kSample2024));

    const Mutation undo = undoOf(m);
    QCOMPARE(undo.ops.size(), std::size_t{1});
    QCOMPARE(undo.ops[0].kind, OpKind::Delete);
    auto undone = applyMutation(applied.value(), undo);
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void moveTranche() {
    const ScenarioDocument doc = sampleFull();
    const std::vector<Entity> before = tranchesOf(doc);
    // The first member (2019 plan) goes to the end of the list.
    const auto order = orderKeyBetween(before[2].order, "");
    QVERIFY(order.has_value());
    const Op op = moveOp(before[0], *order);
    QCOMPARE(op.previousOrder, before[0].order);
    const Mutation m = mutationOf({op}, "Move tranche");
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const std::vector<Entity> after = tranchesOf(applied.value());
    QCOMPARE(after.size(), std::size_t{3});
    QCOMPARE(after[0].id, idOf(kSample2022));
    QCOMPARE(after[1].id, idOf(kSample2024));
    QCOMPARE(after[2].id, idOf(kSample2019));
    QCOMPARE(after[2].order, *order);
    // A move changes the order key and nothing else.
    Entity moved = before[0];
    moved.order = *order;
    QVERIFY(after[2] == moved);

    const Mutation undo = undoOf(m);
    QCOMPARE(undo.ops[0].order, before[0].order);
    QCOMPARE(undo.ops[0].previousOrder, *order);
    auto undone = applyMutation(applied.value(), undo);
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void deleteTranche() {
    const ScenarioDocument doc = sampleFull();
    const Entity& middle = entityOf(doc, idOf(kSample2022));
    const Mutation m = mutationOf({deleteOp(middle)}, "Delete tranche");
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    const std::vector<Entity> after = tranchesOf(applied.value());
    QCOMPARE(after.size(), std::size_t{2});
    QCOMPARE(after[0].id, idOf(kSample2019));
    QCOMPARE(after[1].id, idOf(kSample2024));
    QVERIFY(applied.value().find(middle.id) == nullptr);

    const Mutation undo = undoOf(m);
    QCOMPARE(undo.ops[0].kind, OpKind::Create);
    auto undone = applyMutation(applied.value(), undo);
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  // Deleting the dcf together with its tranches (children first) is a valid mutation; undo
  // brings the whole subtree back.
  void deleteSubtree() {
    const ScenarioDocument doc = sampleFull();
    std::vector<Op> ops;
    for (const Entity& t : tranchesOf(doc)) ops.push_back(deleteOp(t));
    ops.push_back(deleteOp(dcfOf(doc)));
    const Mutation m = mutationOf(ops);
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    QCOMPARE(applied.value().entities.size(), std::size_t{1});
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());
  }

  void invertReversesAndSwaps() {
    const ScenarioDocument doc = sampleFull();
    const Entity& dcf = dcfOf(doc);
    const Entity& t = entityOf(doc, idOf(kSample2024));
    Mutation m = mutationOf({setFieldOp(doc, dcf.id, "terminal_value.growth", Value(0.025)),
                             moveOp(t, "z"), deleteOp(t)});
    const Id undoId = seededIdGenerator(5)();
    const Mutation inv = invertMutation(m, undoId, "someone else", 77, 9);
    QCOMPARE(inv.id, undoId);
    QCOMPARE(inv.author, std::string("someone else"));
    QCOMPARE(inv.clientTimeMs, std::int64_t{77});
    QCOMPARE(inv.baseRevision, std::int64_t{9});
    QCOMPARE(inv.ops.size(), std::size_t{3});
    QCOMPARE(inv.ops[0].kind, OpKind::Create);
    QVERIFY(inv.ops[0].snapshot == std::optional<Entity>(t));
    QCOMPARE(inv.ops[1].kind, OpKind::Move);
    QCOMPARE(inv.ops[1].order, t.order);
    QCOMPARE(inv.ops[1].previousOrder, std::string("z"));
    QCOMPARE(inv.ops[2].kind, OpKind::Set);
    QCOMPARE(inv.ops[2].value, std::optional<Value>(0.02));
    QCOMPARE(inv.ops[2].previous, std::optional<Value>(0.025));
    // Inverting twice gives the original ops back.
    QVERIFY(invertMutation(inv, m.id, m.author, m.clientTimeMs, m.baseRevision).ops == m.ops);
  }

  // --- rejections --------------------------------------------------------------------------

  void rejections_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown entity") << QStringLiteral("unknown entity");
    QTest::newRow("unknown field") << QStringLiteral("unknown field");
    QTest::newRow("unknown field of tranche") << QStringLiteral("unknown field of tranche");
    QTest::newRow("text into a number") << QStringLiteral("text into a number");
    QTest::newRow("number into a choice") << QStringLiteral("number into a choice");
    QTest::newRow("flag into a number") << QStringLiteral("flag into a number");
    QTest::newRow("year map into a number") << QStringLiteral("year map into a number");
    QTest::newRow("text into one year") << QStringLiteral("text into one year");
    QTest::newRow("year of a plain field") << QStringLiteral("year of a plain field");
    QTest::newRow("stale previous") << QStringLiteral("stale previous");
    QTest::newRow("stale absent previous") << QStringLiteral("stale absent previous");
    QTest::newRow("stale previous of a year") << QStringLiteral("stale previous of a year");
    QTest::newRow("duplicate ID on create") << QStringLiteral("duplicate ID on create");
    QTest::newRow("create under a missing parent")
        << QStringLiteral("create under a missing parent");
    QTest::newRow("second dcf") << QStringLiteral("second dcf");
    QTest::newRow("tranche in the dcf slot") << QStringLiteral("tranche in the dcf slot");
    QTest::newRow("unknown entity type") << QStringLiteral("unknown entity type");
    QTest::newRow("create with a bad field") << QStringLiteral("create with a bad field");
    QTest::newRow("list member without order key")
        << QStringLiteral("list member without order key");
    QTest::newRow("list member with bad order key")
        << QStringLiteral("list member with bad order key");
    QTest::newRow("create without snapshot") << QStringLiteral("create without snapshot");
    QTest::newRow("second scenario root") << QStringLiteral("second scenario root");
    QTest::newRow("delete with stale snapshot") << QStringLiteral("delete with stale snapshot");
    QTest::newRow("delete unknown entity") << QStringLiteral("delete unknown entity");
    QTest::newRow("move with stale order") << QStringLiteral("move with stale order");
    QTest::newRow("move to a bad key") << QStringLiteral("move to a bad key");
    QTest::newRow("move a non-member") << QStringLiteral("move a non-member");
    QTest::newRow("orphaned tranches") << QStringLiteral("orphaned tranches");
    QTest::newRow("second op bad") << QStringLiteral("second op bad");
    QTest::newRow("third op bad after create") << QStringLiteral("third op bad after create");
  }
  void rejections() {
    QFETCH(QString, name);
    const std::string which = name.toStdString();
    const ScenarioDocument doc = sampleFull();
    const ScenarioDocument pristine = doc;
    const Entity& root = doc.root();
    const Entity& dcf = dcfOf(doc);
    const Entity& t2022 = entityOf(doc, idOf(kSample2022));
    const Id fresh = seededIdGenerator(2024)();

    std::vector<Op> ops;
    std::size_t bad = 0;  // index of the op the error must name
    auto set = [&](const Id& id, std::string field, std::optional<Value> v,
                   std::optional<Value> prev, std::optional<Year> year = std::nullopt) {
      Op op;
      op.kind = OpKind::Set;
      op.entity = id;
      op.field = std::move(field);
      op.value = std::move(v);
      op.previous = std::move(prev);
      op.year = year;
      return op;
    };
    Entity tranche = newTranche(dcf, fresh, "0001r", 10, 1, "new");

    if (which == "unknown entity") {
      ops = {set(fresh, "discount_rate.wacc", Value(0.1), std::nullopt)};
    } else if (which == "unknown field") {
      ops = {set(dcf.id, "discount_rate.wac", Value(0.1), std::nullopt)};
    } else if (which == "unknown field of tranche") {
      // "base_year" is a dcf field, not a tranche field.
      ops = {set(t2022.id, "base_year", Value(2025.0), std::nullopt)};
    } else if (which == "text into a number") {
      ops = {set(dcf.id, "terminal_value.growth", Value(std::string("0.03")), Value(0.02))};
    } else if (which == "number into a choice") {
      ops = {set(dcf.id, "terminal_value.method", Value(1.0), Value(std::string("gordon")))};
    } else if (which == "flag into a number") {
      ops = {set(dcf.id, "terminal_value.growth", Value(true), Value(0.02))};
    } else if (which == "year map into a number") {
      ops = {set(dcf.id, "terminal_value.growth", Value(YearMap{{2027, 0.02}}), Value(0.02))};
    } else if (which == "text into one year") {
      ops = {set(dcf.id, "ebit_margin.values", Value(std::string("x")), Value(1e-300), 2027)};
    } else if (which == "year of a plain field") {
      ops = {set(dcf.id, "terminal_value.growth", Value(0.03), std::nullopt, 2027)};
    } else if (which == "stale previous") {
      ops = {set(dcf.id, "terminal_value.growth", Value(0.03), Value(0.021))};  // it is 0.02
    } else if (which == "stale absent previous") {
      ops = {set(dcf.id, "terminal_value.growth", Value(0.03), std::nullopt)};
    } else if (which == "stale previous of a year") {
      ops = {set(dcf.id, "ebit_margin.values", Value(0.3), Value(0.1), 2027)};  // it is 1e-300
    } else if (which == "duplicate ID on create") {
      tranche.id = t2022.id;
      Op op = createOp(tranche);
      ops = {op};
    } else if (which == "create under a missing parent") {
      tranche.parent = seededIdGenerator(77)();
      ops = {createOp(tranche)};
    } else if (which == "second dcf") {
      Entity second;
      second.id = fresh;
      second.type = "dcf";
      second.parent = root.id;
      second.slot = "dcf";
      second.fields["years"] = 5.0;
      ops = {createOp(second)};
    } else if (which == "tranche in the dcf slot") {
      tranche.parent = root.id;
      tranche.slot = "dcf";
      tranche.order.clear();
      ops = {createOp(tranche)};
    } else if (which == "unknown entity type") {
      tranche.type = "warrant";
      ops = {createOp(tranche)};
    } else if (which == "create with a bad field") {
      tranche.fields["strike"] = std::string("ten");
      ops = {createOp(tranche)};
    } else if (which == "list member without order key") {
      tranche.order.clear();
      ops = {createOp(tranche)};
    } else if (which == "list member with bad order key") {
      tranche.order = "a0";
      ops = {createOp(tranche)};
    } else if (which == "create without snapshot") {
      Op op;
      op.kind = OpKind::Create;
      op.entity = fresh;
      ops = {op};
    } else if (which == "second scenario root") {
      Entity scenario;
      scenario.id = fresh;
      scenario.type = "scenario";
      scenario.fields["name"] = std::string("Another");
      ops = {createOp(scenario)};
    } else if (which == "delete with stale snapshot") {
      Entity old = t2022;
      old.fields["strike"] = 27.0;  // the document says 28
      ops = {deleteOp(old)};
    } else if (which == "delete unknown entity") {
      ops = {deleteOp(tranche)};
    } else if (which == "move with stale order") {
      Op op = moveOp(t2022, "z");
      op.previousOrder = "0009i";
      ops = {op};
    } else if (which == "move to a bad key") {
      ops = {moveOp(t2022, "Z")};
    } else if (which == "move a non-member") {
      ops = {moveOp(dcf, "z")};
    } else if (which == "orphaned tranches") {
      ops = {deleteOp(dcf)};  // its three option tranches would stay behind
    } else if (which == "second op bad") {
      ops = {setFieldOp(doc, dcf.id, "discount_rate.beta", Value(1.2)),
             set(dcf.id, "no_such_field", Value(1.0), std::nullopt)};
      bad = 1;
    } else if (which == "third op bad after create") {
      // A create and a valid edit of the new entity, then a stale edit.
      ops = {createOp(tranche), set(tranche.id, "strike", Value(2.0), Value(1.0)),
             set(dcf.id, "terminal_value.growth", Value(0.03), Value(0.5))};
      bad = 2;
    } else {
      QFAIL("unknown case");
    }

    const Mutation m = mutationOf(ops, which);
    auto result = applyMutation(doc, m);
    QVERIFY2(!result.ok(),
             ("accepted; result: " + (result.ok() ? dump(result.value()) : "")).constData());
    const std::string message = result.error().message;
    const QByteArray context = "message: " + q(message);
    // The input is untouched (it is const, but check nothing shared was changed either).
    QVERIFY(doc == pristine);
    QVERIFY(doc == sampleFull());
    // The message names the op: its number, kind and entity (and field when it has one).
    const Op& op = ops[bad];
    const std::string names =
        "op " + std::to_string(bad + 1) + " (" + opKindName(op.kind) + " " + op.entity.toString();
    QVERIFY2(message.find(names) != std::string::npos,
             (context + "\n  expected it to contain: " + q(names)).constData());
    if (!op.field.empty())
      QVERIFY2(message.find(op.field) != std::string::npos, context.constData());
  }

  // A value outside the plausible range is kept: applyMutation takes it, validation flags it.
  void outOfRangeIsAccepted() {
    const ScenarioDocument doc = handCase();
    auto findIssue = [](const Issues& issues, const std::string& path) {
      return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) {
        return i.path == path && i.rule == "out_of_range";
      });
    };
    QVERIFY(!findIssue(validateAgainstSchema(doc), "dcf.discount_rate.wacc"));
    // WACC is a rate above 0 and at most 1; 5.0 (500 %) is a typo to flag, not to refuse.
    const Op wacc = setFieldOp(doc, dcfOf(doc).id, "discount_rate.wacc", Value(5.0));
    // A negative tranche count is below the range's minimum of 0.
    const Entity firstTranche = tranchesOf(doc)[0];
    const Op count = setFieldOp(doc, firstTranche.id, "count", Value(-3.0));
    auto applied = applyMutation(doc, mutationOf({wacc, count}));
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    QCOMPARE(*dcfOf(applied.value()).number("discount_rate.wacc"), 5.0);
    const Issues issues = validateAgainstSchema(applied.value());
    QVERIFY(findIssue(issues, "dcf.discount_rate.wacc"));
    QVERIFY(findIssue(issues, "dcf.equity_bridge.options[0].count"));
  }

  // A non-finite number is out of range too (validation has a rule for it). If applyMutation
  // takes one, the edit must stay undoable and the field editable afterwards.
  // A document holds finite numbers only: NaN would make every later comparison (and so every
  // undo and stale check) fail, so applyMutation refuses it and names the field.
  void nonFiniteValuesAreRefused() {
    const ScenarioDocument doc = handCase();
    const Id dcf = dcfOf(doc).id;
    for (double bad : {std::nan(""), HUGE_VAL, -HUGE_VAL}) {
      auto whole =
          applyMutation(doc, mutationOf({setFieldOp(doc, dcf, "discount_rate.wacc", Value(bad))}));
      QVERIFY(!whole.ok());
      QVERIFY2((errorText(whole).find("discount_rate.wacc") != std::string::npos),
               errorText(whole).c_str());
      auto oneYear = applyMutation(
          doc, mutationOf({setFieldOp(doc, dcf, "ebit_margin.values", Value(bad), 2027)}));
      QVERIFY(!oneYear.ok());
      QVERIFY2((errorText(oneYear).find("finite") != std::string::npos),
               errorText(oneYear).c_str());
    }
  }

  // "values": {} names no year, so the reader treats it as absent; a year set and undone then
  // leaves the document exactly as it was. An empty map is not a value a mutation may set.
  void emptyYearMapIsAbsent() {
    Json json = Json::parse(fixtureText("hand_case.valor.json"), nullptr, true, true);
    json["dcf"]["ebit_margin"]["values"] = Json::object();
    const ScenarioDocument doc = documentFromText(json.dump());
    QVERIFY2(dcfOf(doc).field("ebit_margin.values") == nullptr, "{} reads as absent");

    const Mutation m =
        mutationOf({setFieldOp(doc, dcfOf(doc).id, "ebit_margin.values", Value(0.3), 2027)});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    auto undone = applyMutation(applied.value(), undoOf(m));
    QVERIFY2(undone.ok(), errorText(undone).c_str());
    QVERIFY2(undone.value() == doc, twoDocs(undone.value(), doc).constData());

    auto empty = applyMutation(
        doc, mutationOf({setFieldOp(doc, dcfOf(doc).id, "ebit_margin.values", Value(YearMap{}))}));
    QVERIFY(!empty.ok());
  }

  // --- the JSON form -----------------------------------------------------------------------

  void jsonRoundTripEveryOpKind() {
    const ScenarioDocument doc = sampleFull();
    const Entity& dcf = dcfOf(doc);
    const Id dcfId = dcf.id;
    std::vector<Op> ops;
    auto set = [&](std::string field, std::optional<Value> v, std::optional<Value> prev,
                   std::optional<Year> year = std::nullopt) {
      Op op;
      op.kind = OpKind::Set;
      op.entity = dcfId;
      op.field = std::move(field);
      op.value = std::move(v);
      op.previous = std::move(prev);
      op.year = year;
      ops.push_back(std::move(op));
    };
    set("discount_rate.wacc", Value(0.1), Value(1e-300));
    set("ebit_margin.values", Value(1e-300), Value(0.1), 2027);
    set("ebit_margin.values", Value(0.1), std::nullopt, 2031);
    set("ebit_margin.values", std::nullopt, Value(0.2), 1900);
    set("ebit_margin.values", Value(-0.0), Value(1.0), 9999);
    set("revenue_growth.values", Value(YearMap{{2026, 0.1}, {2027, 1e-300}}), std::nullopt);
    set("terminal_value.multiple", std::nullopt, Value(5e-324));
    set("base.revenue", Value(1.7976931348623157e308), Value(123456789.123456789));
    set("base.nwc", Value(0.1 + 0.2), Value(-2.5e-8));
    set("terminal_value.metric", Value(std::string("ev_ebit \"quoted\" \\ \u00fcml\u00e4ut")),
        Value(std::string()));
    set("conventions.discounting", Value(true), Value(false));
    // Create a new tranche, create a scenario root, move, delete the dcf (a snapshot with
    // every kind of value: text, numbers, per-year map).
    ops.push_back(createOp(newTranche(dcf, seededIdGenerator(3)(), "0001r", 0.1, 1e-300, "new")));
    Entity root = doc.root();
    ops.push_back(createOp(root));
    ops.push_back(moveOp(entityOf(doc, idOf(kSample2022)), "0002r"));
    ops.push_back(deleteOp(dcf));

    Mutation m = mutationOf(ops, "Every op kind");
    m.author = "analyst@example.com";
    m.clientTimeMs = 1767225600123;
    m.baseRevision = 42;
    m.labelCode = {"undo", {"set_field", "dcf.discount_rate.wacc"}};

    const std::string text = mutationToJson(m).dump();
    auto back = mutationFromJson(Json::parse(text));
    QVERIFY2(back.ok(), (q(errorText(back)) + "\n" + q(text)).constData());
    QVERIFY2(back.value() == m, q(text).constData());
    const Mutation& r = back.value();
    // operator== on doubles treats 0.0 and -0.0 alike; the bits must survive too.
    QCOMPARE(bits(std::get<double>(*r.ops[0].value)), bits(0.1));
    QCOMPARE(bits(std::get<double>(*r.ops[0].previous)), bits(1e-300));
    QCOMPARE(bits(std::get<double>(*r.ops[1].value)), bits(1e-300));
    QCOMPARE(bits(std::get<double>(*r.ops[4].value)), bits(-0.0));
    QCOMPARE(bits(std::get<double>(*r.ops[6].previous)), bits(5e-324));
    QCOMPARE(bits(std::get<double>(*r.ops[8].value)), bits(0.1 + 0.2));

    // The ops alone round-trip the same way.
    auto opsBack = opsFromJson(Json::parse(opsToJson(m.ops).dump()));
    QVERIFY2(opsBack.ok(), errorText(opsBack).c_str());
    QVERIFY(opsBack.value() == m.ops);
  }

  // A mutation written by another program (the CLI, the server) reads as the ops it spells.
  void jsonFromText() {
    const std::string text =
        std::string("{\"id\": \"00000000-0000-4000-8000-000000000001\", \"author\": \"cli\", ") +
        "\"client_time_ms\": 5, \"base_revision\": 3, \"label\": \"Set growth\", \"ops\": [" +
        "{\"op\": \"set\", \"entity\": \"" + kSampleDcfId +
        "\", \"field\": \"terminal_value.growth\", \"value\": 0.025, \"previous\": 0.02}," +
        "{\"op\": \"set\", \"entity\": \"" + kSampleDcfId +
        "\", \"field\": \"ebit_margin.values\", \"year\": 2027, \"value\": 0.11, " +
        "\"previous\": 1e-300}]}";
    auto m = mutationFromJson(Json::parse(text));
    QVERIFY2(m.ok(), errorText(m).c_str());
    QCOMPARE(m.value().author, std::string("cli"));
    QCOMPARE(m.value().clientTimeMs, std::int64_t{5});
    QCOMPARE(m.value().baseRevision, std::int64_t{3});
    QCOMPARE(m.value().label, std::string("Set growth"));
    QVERIFY(m.value().labelCode.empty());  // no code: the words are the label
    QCOMPARE(m.value().ops.size(), std::size_t{2});
    QCOMPARE(m.value().ops[1].year, std::optional<Year>(2027));
    const ScenarioDocument doc = sampleFull();
    auto applied = applyMutation(doc, m.value());
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    QCOMPARE(*dcfOf(applied.value()).number("terminal_value.growth"), 0.025);
    QCOMPARE(dcfOf(applied.value()).years("ebit_margin.values")->at(2027), 0.11);
  }

  void malformedJson_data() {
    QTest::addColumn<QString>("text");
    const Json dcfId = kSampleDcfId;
    Json setOp = {{"op", "set"},
                  {"entity", dcfId},
                  {"field", "terminal_value.growth"},
                  {"value", 0.03},
                  {"previous", 0.02}};
    Json base = {{"id", "00000000-0000-4000-8000-000000000002"},
                 {"author", "a"},
                 {"client_time_ms", 1},
                 {"base_revision", 0},
                 {"label", "l"},
                 {"ops", Json::array({setOp})}};
    auto row = [](const char* tag, const Json& j) {
      QTest::newRow(tag) << QString::fromStdString(j.dump());
    };
    auto withOp = [&](const char* tag, const std::function<void(Json&)>& change) {
      Json j = base;
      change(j["ops"][0]);
      row(tag, j);
    };
    auto withTop = [&](const char* tag, const std::function<void(Json&)>& change) {
      Json j = base;
      change(j);
      row(tag, j);
    };
    row("not an object", Json::array({base}));
    row("a number", Json(3));
    withTop("missing ops", [](Json& j) { j.erase("ops"); });
    withTop("ops is text", [](Json& j) { j["ops"] = "set"; });
    withTop("ops is an object", [&](Json& j) { j["ops"] = setOp; });
    withTop("ops is null", [](Json& j) { j["ops"] = nullptr; });
    withTop("op is a number", [](Json& j) { j["ops"] = Json::array({42}); });
    withTop("second op broken", [&](Json& j) { j["ops"].push_back(Json::array()); });
    withTop("mutation id not an ID", [](Json& j) { j["id"] = "m-1"; });
    withTop("author not text", [](Json& j) { j["author"] = 5; });
    withTop("client time fractional", [](Json& j) { j["client_time_ms"] = 1.5; });
    withTop("client time text", [](Json& j) { j["client_time_ms"] = "1"; });
    withTop("base revision text", [](Json& j) { j["base_revision"] = "0"; });
    // A label code is a list of texts, the code first, within its size limits.
    withTop("label code text", [](Json& j) { j["label_code"] = "set_field"; });
    withTop("label code empty", [](Json& j) { j["label_code"] = Json::array(); });
    withTop("label code empty code", [](Json& j) { j["label_code"] = Json::array({""}); });
    withTop("label code number", [](Json& j) { j["label_code"] = Json::array({"undo", 3}); });
    withTop("label code too long", [](Json& j) {
      j["label_code"] = Json::array({"set_field", std::string(501, 'x')});
    });
    withTop("label code too many parts", [](Json& j) {
      j["label_code"] = Json::array();
      for (int i = 0; i < 17; ++i) j["label_code"].push_back("undo");
    });
    withOp("entity missing", [](Json& o) { o.erase("entity"); });
    withOp("entity not an ID", [](Json& o) { o["entity"] = "dcf"; });
    withOp("entity bad hex digit",
           [](Json& o) { o["entity"] = "1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7g"; });
    withOp("entity too short",
           [](Json& o) { o["entity"] = "1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7"; });
    withOp("entity a number", [](Json& o) { o["entity"] = 12; });
    withOp("unknown op kind", [](Json& o) { o["op"] = "rename"; });
    withOp("op kind upper case", [](Json& o) { o["op"] = "SET"; });
    withOp("op kind missing", [](Json& o) { o.erase("op"); });
    withOp("field missing", [](Json& o) { o.erase("field"); });
    withOp("field empty", [](Json& o) { o["field"] = ""; });
    withOp("field a number", [](Json& o) { o["field"] = 1; });
    withOp("year 1899", [](Json& o) { o["year"] = 1899; });
    withOp("year 10000", [](Json& o) { o["year"] = 10000; });
    withOp("year negative", [](Json& o) { o["year"] = -2027; });
    withOp("year fractional", [](Json& o) { o["year"] = 2027.5; });
    withOp("year text", [](Json& o) { o["year"] = "2027"; });
    withOp("year huge", [](Json& o) { o["year"] = 1e30; });
    withOp("value a list", [](Json& o) { o["value"] = Json::array({0.03}); });
    withOp("value null", [](Json& o) { o["value"] = nullptr; });
    withOp("value nested object", [](Json& o) { o["value"] = {{"2027", {{"x", 1}}}}; });
    withOp("value year key not a year", [](Json& o) { o["value"] = {{"27", 0.1}}; });
    withOp("value year key letters", [](Json& o) { o["value"] = {{"abcd", 0.1}}; });
    withOp("value year of text", [](Json& o) { o["value"] = {{"2027", "0.1"}}; });
    withOp("previous a list", [](Json& o) { o["previous"] = Json::array(); });
    withOp("create without snapshot", [](Json& o) {
      o = {{"op", "create"}, {"entity", o["entity"]}};
    });
    withOp("delete snapshot a list", [](Json& o) {
      o = {{"op", "delete"}, {"entity", o["entity"]}, {"snapshot", Json::array()}};
    });
    withOp("snapshot with a bad ID", [](Json& o) {
      o = {{"op", "create"},
           {"entity", o["entity"]},
           {"snapshot", {{"id", "x"}, {"type", "dcf"}, {"fields", Json::object()}}}};
    });
    withOp("snapshot without fields", [](Json& o) {
      o = {{"op", "create"},
           {"entity", o["entity"]},
           {"snapshot", {{"id", o["entity"]}, {"type", "dcf"}}}};
    });
    withOp("snapshot field of a bad shape", [](Json& o) {
      o = {{"op", "create"},
           {"entity", o["entity"]},
           {"snapshot",
            {{"id", o["entity"]}, {"type", "dcf"}, {"fields", {{"years", Json::array()}}}}}};
    });
    withOp("move order a number", [](Json& o) {
      o = {{"op", "move"}, {"entity", o["entity"]}, {"order", 5}, {"previous_order", "a"}};
    });
  }
  void malformedJson() {
    QFETCH(QString, text);
    const Json json = Json::parse(text.toStdString());
    auto m = mutationFromJson(json);
    QVERIFY2(!m.ok(), ("accepted: " + text.toUtf8()).constData());
    QVERIFY(!m.error().message.empty());
  }

  void tooManyOps() {
    const Json op = {
        {"op", "move"}, {"entity", kSample2022}, {"order", "z"}, {"previous_order", "0002i"}};
    Json j = {{"author", "a"}, {"label", "l"}, {"ops", Json::array()}};
    for (int i = 0; i < 100000; ++i) j["ops"].push_back(op);
    {
      auto m = mutationFromJson(j);  // 100000 is the limit, still accepted
      QVERIFY2(m.ok(), errorText(m).c_str());
      QCOMPARE(m.value().ops.size(), std::size_t{100000});
    }
    j["ops"].push_back(op);
    auto m = mutationFromJson(j);
    QVERIFY2(!m.ok(), "100001 ops accepted");
    QVERIFY(!opsFromJson(j["ops"]).ok());
  }

  // Order keys grow when a list is edited at one place again and again (each insert at the
  // top adds a digit every 5 inserts, see test_orderkey). A key orderKeyBetween made is valid,
  // so a move to it must survive the JSON form like any other.
  void jsonRoundTripLongOrderKey() {
    std::string top = "0001i";
    for (int i = 0; i < 1100; ++i) top = *orderKeyBetween("", top);
    QVERIFY(isValidOrderKey(top));
    QVERIFY(top.size() > 200);
    const ScenarioDocument doc = sampleFull();
    const Mutation m = mutationOf({moveOp(entityOf(doc, idOf(kSample2024)), top)});
    auto applied = applyMutation(doc, m);
    QVERIFY2(applied.ok(), errorText(applied).c_str());
    auto back = mutationFromJson(Json::parse(mutationToJson(m).dump()));
    QVERIFY2(back.ok(), ("a " + QByteArray::number(static_cast<qulonglong>(top.size())) +
                         "-character order key: " + q(errorText(back)))
                            .constData());
    QVERIFY(back.value() == m);
  }

  // --- paths -------------------------------------------------------------------------------

  void opPaths() {
    const ScenarioDocument doc = sampleFull();
    const Id dcf = dcfOf(doc).id;
    QCOMPARE(opPath(doc, setFieldOp(doc, dcf, "terminal_value.growth", Value(0.03))),
             std::string("dcf.terminal_value.growth"));
    QCOMPARE(opPath(doc, setFieldOp(doc, dcf, "ebit_margin.values", Value(0.1), 2027)),
             std::string("dcf.ebit_margin.values.2027"));
    QCOMPARE(opPath(doc, setFieldOp(doc, doc.root().id, "name", Value(std::string("x")))),
             std::string("name"));
    const Entity& t2022 = entityOf(doc, idOf(kSample2022));
    QCOMPARE(opPath(doc, setFieldOp(doc, t2022.id, "strike", Value(30.0))),
             std::string("dcf.equity_bridge.options[1].strike"));
    QCOMPARE(opPath(doc, moveOp(entityOf(doc, idOf(kSample2024)), "z")),
             std::string("dcf.equity_bridge.options[2]"));
    QCOMPARE(opPath(doc, deleteOp(entityOf(doc, idOf(kSample2019)))),
             std::string("dcf.equity_bridge.options[0]"));
  }

  // --- diff and creation -------------------------------------------------------------------

  void diffOfFixtures() {
    const ScenarioDocument hand = handCase();
    const ScenarioDocument sample = sampleFull();
    QVERIFY(diffDocuments(sample, sample).empty());
    for (const auto& [from, to] : {std::pair{&hand, &sample}, std::pair{&sample, &hand}}) {
      auto applied = applyMutation(*from, mutationOf(diffDocuments(*from, *to)));
      QVERIFY2(applied.ok(), errorText(applied).c_str());
      QVERIFY2(applied.value() == *to, twoDocs(applied.value(), *to).constData());
    }
  }

  void diffOfRandomEdits() {
    constexpr std::uint64_t kSeed = 0xD1FFD1FF2026ULL;
    const ScenarioDocument original = sampleFull();
    for (int iteration = 0; iteration < 200; ++iteration) {
      const std::uint64_t seed = kSeed + static_cast<std::uint64_t>(iteration);
      const QByteArray where = "seed " + QByteArray::number(static_cast<qulonglong>(seed));
      Rng rng(seed);
      const IdGenerator ids = seededIdGenerator(seed);
      ScenarioDocument edited = original;
      const std::size_t edits = 1 + rng.below(10);
      for (std::size_t k = 0; k < edits; ++k) {
        auto m = randomMutation(edited, rng, ids);
        if (auto* problem = std::get_if<std::string>(&m))
          QFAIL((where + ": " + q(*problem)).constData());
        auto next = applyMutation(edited, std::get<Mutation>(m));
        QVERIFY2(next.ok(), (where + ": " + q(errorText(next))).constData());
        edited = std::move(next).value();
      }
      using DocPair = std::pair<const ScenarioDocument*, const ScenarioDocument*>;
      for (const auto& [from, to] : {DocPair{&original, &edited}, DocPair{&edited, &original}}) {
        const std::vector<Op> ops = diffDocuments(*from, *to);
        QVERIFY2(!ops.empty() || *from == *to, where.constData());
        if (ops.empty()) continue;
        auto applied = applyMutation(*from, mutationOf(ops));
        QVERIFY2(applied.ok(), (where + ": " + q(errorText(applied))).constData());
        QVERIFY2(applied.value() == *to, (where + twoDocs(applied.value(), *to)).constData());
      }
      auto created = applyMutation(ScenarioDocument{}, mutationOf(creationOps(edited)));
      QVERIFY2(created.ok(), (where + ": " + q(errorText(created))).constData());
      QVERIFY2(created.value() == edited, (where + twoDocs(created.value(), edited)).constData());
    }
  }

  void creationFromNothing() {
    for (const ScenarioDocument& doc : {handCase(), sampleFull()}) {
      const std::vector<Op> ops = creationOps(doc);
      QCOMPARE(ops.size(), doc.entities.size());
      for (const Op& op : ops) QCOMPARE(op.kind, OpKind::Create);
      const Mutation m = mutationOf(ops);
      auto created = applyMutation(ScenarioDocument{}, m);
      QVERIFY2(created.ok(), errorText(created).c_str());
      QVERIFY2(created.value() == doc, twoDocs(created.value(), doc).constData());
      // Undoing the first mutation leaves nothing.
      auto undone = applyMutation(created.value(), undoOf(m));
      QVERIFY2(undone.ok(), errorText(undone).c_str());
      QVERIFY(undone.value().entities.empty());
    }
  }

  // --- the property the issue asks for ------------------------------------------------------

  // 500 random histories of 1-20 valid mutations from the sample document. Undoing them all
  // (inverses in reverse order) gives the original back, every intermediate state included;
  // at every step, undo then redo returns to the same state; every mutation survives its JSON
  // form unchanged.
  void undoRestoresEveryState() {
    constexpr std::uint64_t kSeed = 0x5EED0F0A11ULL;
    const ScenarioDocument original = sampleFull();
    std::size_t mutationsChecked = 0;
    std::size_t perKind[4] = {0, 0, 0, 0};  // Create, Set, Move, Delete
    std::size_t perYearSets = 0;
    std::size_t removals = 0;
    for (int iteration = 0; iteration < 500; ++iteration) {
      const std::uint64_t seed = kSeed + static_cast<std::uint64_t>(iteration);
      const QByteArray where = "seed " + QByteArray::number(static_cast<qulonglong>(seed)) +
                               " (base seed " + QByteArray::number(static_cast<qulonglong>(kSeed)) +
                               ", iteration " + QByteArray::number(iteration) + ")";
      Rng rng(seed);
      const IdGenerator ids = seededIdGenerator(seed);
      std::vector<ScenarioDocument> states{original};
      std::vector<Mutation> history;
      const std::size_t count = 1 + rng.below(20);
      for (std::size_t k = 0; k < count; ++k) {
        auto generated = randomMutation(states.back(), rng, ids);
        if (auto* problem = std::get_if<std::string>(&generated))
          QFAIL((where + ", mutation " + QByteArray::number(static_cast<qulonglong>(k)) + ": " +
                 q(*problem))
                    .constData());
        const Mutation& m = std::get<Mutation>(generated);
        auto next = applyMutation(states.back(), m);
        QVERIFY2(next.ok(), (where + ": " + q(errorText(next))).constData());
        auto back = mutationFromJson(Json::parse(mutationToJson(m).dump()));
        QVERIFY2(back.ok() && back.value() == m,
                 (where + ": JSON round trip of " + q(mutationToJson(m).dump())).constData());
        for (const Op& op : m.ops) {
          ++perKind[static_cast<int>(op.kind)];
          if (op.kind == OpKind::Set && op.year) ++perYearSets;
          if (op.kind == OpKind::Set && !op.value) ++removals;
        }
        states.push_back(std::move(next).value());
        history.push_back(m);
      }
      // Every prefix: undo the last mutation of the prefix, then redo it.
      for (std::size_t k = history.size(); k-- > 0;) {
        const QByteArray step = where + ", mutation " +
                                QByteArray::number(static_cast<qulonglong>(k)) + ": " +
                                q(mutationToJson(history[k]).dump());
        auto undone = applyMutation(states[k + 1], undoOf(history[k]));
        QVERIFY2(undone.ok(), (step + "\n  undo refused: " + q(errorText(undone))).constData());
        QVERIFY2(undone.value() == states[k],
                 (step + twoDocs(undone.value(), states[k])).constData());
        auto redone = applyMutation(undone.value(), history[k]);
        QVERIFY2(redone.ok(), (step + "\n  redo refused: " + q(errorText(redone))).constData());
        QVERIFY2(redone.value() == states[k + 1],
                 (step + twoDocs(redone.value(), states[k + 1])).constData());
      }
      // The whole history undone from the last state.
      ScenarioDocument current = states.back();
      for (std::size_t k = history.size(); k-- > 0;) {
        auto undone = applyMutation(current, undoOf(history[k]));
        QVERIFY2(undone.ok(), (where + ": " + q(errorText(undone))).constData());
        current = std::move(undone).value();
      }
      QVERIFY2(current == original, (where + twoDocs(current, original)).constData());
      mutationsChecked += history.size();
    }
    qInfo(
        "%zu random mutations undone and redone: %zu creates, %zu sets (%zu of one year, %zu "
        "removals), %zu moves, %zu deletes",
        mutationsChecked, perKind[0], perKind[1], perYearSets, removals, perKind[2], perKind[3]);
    // The generator must really exercise every kind of op.
    QVERIFY(perKind[static_cast<int>(OpKind::Create)] >= 100);
    QVERIFY(perKind[static_cast<int>(OpKind::Move)] >= 100);
    QVERIFY(perKind[static_cast<int>(OpKind::Delete)] >= 100);
    QVERIFY(perYearSets >= 100 && removals >= 100);
  }
};

QTEST_APPLESS_MAIN(TestMutation)
#include "test_mutation.moc"
