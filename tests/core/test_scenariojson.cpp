// Scenario files: reading, writing and the defences against broken or hostile input.
//
// Every expectation below is derived from the file format's documentation (scenariojson.h,
// schema.h, document.h) and the input text, never copied from the reader's output.
//
// The core headers come before <QtTest>: schema.h has a member named `slots`, which Qt's
// `slots` keyword macro would otherwise erase (see the report on core/model/schema.h).
// Raw strings below keep quotes balanced, and neither brackets, backslashes nor comment markers
// inside JSON strings: moc 6.4 reads a raw string as ordinary ones and would lose the class.
#include "core/model/jsontext.h"
#include "core/model/scenariojson.h"
#include "core/model/schema.h"
#include "tests/support/checks.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <QtTest>

using namespace valor;
using valor::testing::bits;
using valor::testing::dcfOf;
using valor::testing::describe;
using valor::testing::errorText;
using valor::testing::findIssue;
using valor::testing::problemsOf;
using Json = nlohmann::ordered_json;

namespace {

const std::string kSampleFull = VALOR_TEST_DATA_DIR "/sample_full.valor.json";

// A minimal scenario with `dcfBody` as the members of the "dcf" object.
std::string withDcf(const std::string& dcfBody) {
  return R"({"schema": "valor.scenario/1", "name": "T", "model": "dcf", "dcf": {)" + dcfBody + "}}";
}

// A scenario with the schema tag and then `members` at the top level.
std::string withRoot(const std::string& members) {
  return R"({"schema": "valor.scenario/1", )" + members + "}";
}

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

QByteArray snippet(const std::string& text) {
  return QByteArray::fromStdString(text.size() > 300 ? text.substr(0, 300) + "…" : text);
}

// `count` option tranches as JSON list members.
std::string tranches(std::size_t count) {
  std::string list;
  for (std::size_t i = 0; i < count; ++i)
    list += (i ? "," : "") + std::string(R"({"count": 1, "strike": )") + std::to_string(i) + "}";
  return list;
}

QByteArray bothDumps(const ScenarioDocument& a, const ScenarioDocument& b) {
  return "\nfirst:  " + QByteArray::fromStdString(scenarioToJson(a).dump()) +
         "\nsecond: " + QByteArray::fromStdString(scenarioToJson(b).dump());
}

}  // namespace

class TestScenarioJson : public QObject {
  Q_OBJECT

 private slots:
  // --- Round trip --------------------------------------------------------------------------

  void roundTripOfTheFullSample() {
    const auto text = readTextFile(kSampleFull, ScenarioReadLimits{}.maxBytes);
    QVERIFY2(text.ok(), qPrintable(QString::fromStdString(kSampleFull + ": " +
                                                          (text ? "" : text.error().message))));
    int generated = 0;
    const IdGenerator counting = [&generated, inner = seededIdGenerator(7)]() mutable {
      ++generated;
      return inner();
    };
    const auto first = parseScenarioJson(text.value(), counting);
    QVERIFY2(first.ok(), describe(problemsOf(first)).c_str());
    QCOMPARE(generated, 0);  // every entity of the sample carries its ID
    const ScenarioDocument& doc = first.value();
    QVERIFY2(validateAgainstSchema(doc).empty(), describe(validateAgainstSchema(doc)).c_str());

    // The sample holds every kind of field the schema knows (it exists to test them all).
    std::set<FieldType> kinds;
    for (const Entity& e : doc.entities)
      for (const auto& [name, value] : e.fields) {
        const FieldSpec* spec = entitySchema(e.type)->field(name);
        QVERIFY2(spec, name.c_str());
        kinds.insert(spec->type);
      }
    QCOMPARE(kinds.size(),
             std::size_t{7});  // Number, Integer, Text, Choice, Date, MonthDay, YearValues

    // Root, dcf and three option tranches, with the IDs the file gives.
    QCOMPARE(doc.entities.size(), std::size_t{5});
    QCOMPARE(doc.root().id.toString(), std::string("0f1e2d3c-4b5a-4968-8776-655443322110"));
    const Entity& dcf = dcfOf(doc);
    QCOMPARE(dcf.id.toString(), std::string("1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d"));
    QCOMPARE(*dcf.text("revenue_growth.mode"), std::string("staged"));
    QCOMPARE(*dcf.number("revenue_growth.stage2"), 0.07);
    QCOMPARE(dcf.years("ebit_margin.values")->size(), std::size_t{5});
    QCOMPARE(*doc.root().text("description"),
             std::string("Line one\nLine two with \"quotes\", a backslash \\ and brackets [{ }] "
                         "inside text."));
    const auto options = doc.listMembers(dcf, "equity_bridge.options");
    QCOMPARE(options.size(), std::size_t{3});
    QCOMPARE(*options[0]->text("label"), std::string("2019 plan"));
    QCOMPARE(*options[2]->text("label"), std::string("2024 warrants"));
    QCOMPARE(options[1]->id.toString(), std::string("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));

    // Doubles exactly as written: the nearest double to each decimal, bit for bit.
    QCOMPARE(bits(*dcf.number("base.revenue")), bits(123456789.123456789));
    QCOMPARE(bits(*dcf.number("base.nwc")), bits(0.1));
    QCOMPARE(bits(dcf.years("ebit_margin.values")->at(2027)), bits(1e-300));

    // Write, read back: the same document; writing again gives the same text.
    const std::string written = scenarioToJson(doc).dump(2);
    const auto second = parseScenarioJson(written, counting);
    QVERIFY2(second.ok(), describe(problemsOf(second)).c_str());
    QCOMPARE(generated, 0);  // the written file carries every ID
    QVERIFY2(second.value() == doc, bothDumps(doc, second.value()).constData());
    const Entity& dcf2 = dcfOf(second.value());
    QCOMPARE(bits(*dcf2.number("base.revenue")), bits(123456789.123456789));
    QCOMPARE(bits(dcf2.years("ebit_margin.values")->at(2027)), bits(1e-300));
    QCOMPARE(QByteArray::fromStdString(scenarioToJson(second.value()).dump(2)),
             QByteArray::fromStdString(written));
  }

  void doublesRoundTripBitForBit_data() {
    QTest::addColumn<QString>("location");
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<double>("expected");  // the C++ compiler's reading of the same decimal
    struct Case {
      const char* literal;
      double value;
    };
    const Case cases[] = {
        {"0.1", 0.1},
        {"1e-300", 1e-300},
        {"123456789.123456789", 123456789.123456789},
        {"0.30000000000000004", 0.30000000000000004},
        {"1e23", 1e23},                                        // a classic strtod trap
        {"5e-324", 5e-324},                                    // smallest subnormal
        {"2.2250738585072014e-308", 2.2250738585072014e-308},  // smallest normal
        {"1.7976931348623157e308", 1.7976931348623157e308},    // largest finite
        {"-0.0", -0.0},                                        // the sign of zero
        {"-2.5e-5", -2.5e-5},
        {"9007199254740993", 9007199254740992.0},  // 2^53 + 1 is not a double: ties to even 2^53
        {"7", 7.0},
    };
    for (const char* location : {"base.nwc", "ebit_margin.values.2027", "options[0].strike"})
      for (const Case& c : cases)
        QTest::addRow("%s = %s", location, c.literal)
            << QString::fromLatin1(location) << QByteArray(c.literal) << c.value;
    // A whole-number field is written as an integer when whole; other values stay doubles.
    for (const Case& c : {Case{"3", 3.0}, Case{"3.5", 3.5}, Case{"1e20", 1e20},
                          Case{"9007199254740993", 9007199254740992.0}, Case{"0.1", 0.1}})
      QTest::addRow("years = %s", c.literal)
          << QStringLiteral("years") << QByteArray(c.literal) << c.value;
  }
  void doublesRoundTripBitForBit() {
    QFETCH(QString, location);
    QFETCH(QByteArray, literal);
    QFETCH(double, expected);
    const std::string lit = literal.toStdString();
    std::string text;
    if (location == QLatin1String("base.nwc"))
      text = withDcf(R"("base": {"nwc": )" + lit + "}");
    else if (location == QLatin1String("ebit_margin.values.2027"))
      text = withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"2027": )" + lit + "}}");
    else if (location == QLatin1String("options[0].strike"))
      text = withDcf(R"("equity_bridge": {"options": [{"count": 1, "strike": )" + lit + "}]}");
    else
      text = withDcf(R"("years": )" + lit);

    auto readBack = [&location](const ScenarioDocument& doc) -> double {
      const Entity& dcf = dcfOf(doc);
      if (location == QLatin1String("base.nwc")) return *dcf.number("base.nwc");
      if (location == QLatin1String("ebit_margin.values.2027"))
        return dcf.years("ebit_margin.values")->at(2027);
      if (location == QLatin1String("options[0].strike"))
        return *doc.listMembers(dcf, "equity_bridge.options").front()->number("strike");
      return *dcf.number("years");
    };

    const auto first = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY2(first.ok(),
             (snippet(text) + QByteArray::fromStdString(describe(problemsOf(first)))).constData());
    QCOMPARE(bits(readBack(first.value())), bits(expected));

    const std::string written = scenarioToJson(first.value()).dump();
    const auto second = parseScenarioJson(written, seededIdGenerator(99));
    QVERIFY2(
        second.ok(),
        (snippet(written) + QByteArray::fromStdString(describe(problemsOf(second)))).constData());
    QVERIFY2(bits(readBack(second.value())) == bits(expected),
             qPrintable(QStringLiteral("%1 came back as %2 from %3")
                            .arg(QString::fromLatin1(literal))
                            .arg(readBack(second.value()), 0, 'g', 17)
                            .arg(QString::fromStdString(written))));
    QVERIFY(second.value() == first.value());
  }

  // --- IDs -----------------------------------------------------------------------------------

  void idsGivenAreKeptMissingOnesComeFromTheGenerator() {
    // Root and the first tranche give IDs (the tranche's in upper case); the dcf, the second
    // tranche (no "id") and the third ("id": null) get theirs from the generator, in file order.
    const std::string text = R"({
      "schema": "valor.scenario/1",
      "id": "11111111-2222-4333-8444-555555555555",
      "name": "T", "model": "dcf",
      "dcf": {
        "equity_bridge": {"options": [
          {"id": "ABCDEF01-2345-4678-9ABC-DEF012345678", "count": 1, "strike": 1},
          {"count": 2, "strike": 2},
          {"id": null, "count": 3, "strike": 3}
        ]}
      }
    })";
    const auto parse = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
    const ScenarioDocument& doc = parse.value();
    QCOMPARE(doc.root().id.toString(), std::string("11111111-2222-4333-8444-555555555555"));
    const auto options = doc.listMembers(dcfOf(doc), "equity_bridge.options");
    QCOMPARE(options.size(), std::size_t{3});
    QCOMPARE(options[0]->id, *Id::parse("abcdef01-2345-4678-9abc-def012345678"));
    QCOMPARE(options[0]->id.toString(), std::string("abcdef01-2345-4678-9abc-def012345678"));

    IdGenerator reference = seededIdGenerator(42);
    QCOMPARE(dcfOf(doc).id, reference());
    QCOMPARE(options[1]->id, reference());
    QCOMPARE(options[2]->id, reference());
    for (const Entity* e : {&dcfOf(doc), options[1], options[2]}) {
      const std::string id = e->id.toString();
      QCOMPARE(id[14], '4');  // RFC 4122 version 4 ...
      QVERIFY2(std::string("89ab").find(id[19]) != std::string::npos,
               id.c_str());  // ... variant 10xx
    }

    // Deterministic: the same seed gives the same document, another seed other IDs.
    const auto again = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY(again.ok());
    QVERIFY2(again.value() == doc, bothDumps(doc, again.value()).constData());
    const auto otherSeed = parseScenarioJson(text, seededIdGenerator(43));
    QVERIFY(otherSeed.ok());
    QVERIFY(dcfOf(otherSeed.value()).id != dcfOf(doc).id);
    QCOMPARE(otherSeed.value().root().id, doc.root().id);  // given IDs do not depend on the seed

    // Written and read back, the generated IDs are now part of the file.
    const auto reread = parseScenarioJson(scenarioToJson(doc).dump(), seededIdGenerator(1234));
    QVERIFY(reread.ok());
    QVERIFY2(reread.value() == doc, bothDumps(doc, reread.value()).constData());
  }

  // --- Comments, null, list order ------------------------------------------------------------

  void commentsAreAccepted_data() {
    QTest::addColumn<QByteArray>("commented");
    const std::string plain = withDcf(R"("years": 3)");
    QTest::newRow("line comment before") << QByteArray::fromStdString("// a note\n" + plain);
    QTest::newRow("line comment after") << QByteArray::fromStdString(plain + " // the end");
    // (Plain literals, not raw strings, where the text holds comment markers: moc 6.4 does not
    // understand raw strings and would take them for comments.)
    QTest::newRow("block comments between tokens") << QByteArray(
        "{/*a*/\"schema\"/*b*/:/*c*/\"valor.scenario/1\",/* two\n"
        "lines */\"name\": \"T\", \"model\": \"dcf\", \"dcf\": {\"years\": 3 /* end */}}");
    QTest::newRow("line comments inside objects") << QByteArray(
        "{\n"
        "  \"schema\": \"valor.scenario/1\", // the format\n"
        "  \"name\": \"T\",                  // a name\n"
        "  \"model\": \"dcf\",\n"
        "  \"dcf\": {\n"
        "    // projection length\n"
        "    \"years\": 3\n"
        "  }\n"
        "}\n");
    QTest::newRow("balanced brackets in a comment")
        << QByteArray::fromStdString("/* see [note 1] and {x} */ " + plain);
  }
  void commentsAreAccepted() {
    QFETCH(QByteArray, commented);
    const auto withComments = parseScenarioJson(commented.toStdString(), seededIdGenerator(42));
    QVERIFY2(
        withComments.ok(),
        (commented + QByteArray::fromStdString(describe(problemsOf(withComments)))).constData());
    const auto without = parseScenarioJson(withDcf(R"("years": 3)"), seededIdGenerator(42));
    QVERIFY(without.ok());
    QVERIFY2(withComments.value() == without.value(),
             bothDumps(withComments.value(), without.value()).constData());
  }

  void commentMarkersInsideTextAreText() {
    const auto parse = parseScenarioJson(
        withRoot("\"name\": \"a // b /* c */\", \"model\": \"dcf\""), seededIdGenerator(42));
    QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
    QCOMPARE(*parse.value().root().text("name"), std::string("a // b /* c */"));
  }

  void nullMeansAbsent_data() {
    QTest::addColumn<QByteArray>("withNulls");
    QTest::addColumn<QByteArray>("withoutThem");
    auto row = [](const char* name, const std::string& a, const std::string& b) {
      QTest::newRow(name) << QByteArray::fromStdString(a) << QByteArray::fromStdString(b);
    };
    row("text field", withRoot(R"("name": "T", "description": null, "model": "dcf")"),
        withRoot(R"("name": "T", "model": "dcf")"));
    row("number and date fields",
        withDcf(R"("years": null, "valuation_date": null, "base_year": 2025)"),
        withDcf(R"("base_year": 2025)"));
    row("group", withDcf(R"("base": null, "terminal_value": {"growth": null}, "years": 3)"),
        withDcf(R"("terminal_value": {}, "years": 3)"));
    row("per-year values", withDcf(R"("ebit_margin": {"mode": "per_year", "values": null})"),
        withDcf(R"("ebit_margin": {"mode": "per_year"})"));
    row("list", withDcf(R"("equity_bridge": {"options": null, "cash": 1})"),
        withDcf(R"("equity_bridge": {"cash": 1})"));
    row("child", withRoot(R"("name": "T", "model": "dcf", "dcf": null)"),
        withRoot(R"("name": "T", "model": "dcf")"));
    row("id", withRoot(R"("id": null, "name": "T", "model": "dcf")"),
        withRoot(R"("name": "T", "model": "dcf")"));
  }
  void nullMeansAbsent() {
    QFETCH(QByteArray, withNulls);
    QFETCH(QByteArray, withoutThem);
    const auto a = parseScenarioJson(withNulls.toStdString(), seededIdGenerator(42));
    const auto b = parseScenarioJson(withoutThem.toStdString(), seededIdGenerator(42));
    QVERIFY2(a.ok(), (withNulls + QByteArray::fromStdString(describe(problemsOf(a)))).constData());
    QVERIFY2(b.ok(),
             (withoutThem + QByteArray::fromStdString(describe(problemsOf(b)))).constData());
    QVERIFY2(a.value() == b.value(), bothDumps(a.value(), b.value()).constData());
  }

  void listOrderIsKeptWithIncreasingOrderKeys() {
    // IDs run against the list order, so an order taken from the IDs would show.
    const std::string text = withDcf(R"("equity_bridge": {"options": [
        {"id": "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee", "label": "a", "count": 1, "strike": 1},
        {"id": "dddddddd-dddd-4ddd-8ddd-dddddddddddd", "label": "b", "count": 1, "strike": 1},
        {"id": "cccccccc-cccc-4ccc-8ccc-cccccccccccc", "label": "c", "count": 1, "strike": 1},
        {"label": "d", "count": 1, "strike": 1},
        {"id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "label": "e", "count": 1, "strike": 1}]})");
    const auto parse = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
    const auto check = [](const ScenarioDocument& doc) {
      const auto members = doc.listMembers(dcfOf(doc), "equity_bridge.options");
      std::string labels;
      for (const Entity* m : members) labels += *m->text("label");
      if (labels != "abcde") return "list order lost: " + labels;
      for (std::size_t i = 0; i + 1 < members.size(); ++i)
        if (!(members[i]->order < members[i + 1]->order))
          return "order keys not increasing: " + members[i]->order + " then " +
                 members[i + 1]->order;
      return std::string();
    };
    const std::string problem = check(parse.value());
    QVERIFY2(problem.empty(), problem.c_str());
    const auto members = parse.value().listMembers(dcfOf(parse.value()), "equity_bridge.options");
    for (const Entity* m : members) QCOMPARE(m->slot, std::string("equity_bridge.options"));

    const auto reread =
        parseScenarioJson(scenarioToJson(parse.value()).dump(), seededIdGenerator(5));
    QVERIFY(reread.ok());
    const std::string rereadProblem = check(reread.value());
    QVERIFY2(rereadProblem.empty(), rereadProblem.c_str());
    QVERIFY(reread.value() == parse.value());
  }

  // --- Structural problems --------------------------------------------------------------------

  void structuralProblemIsReportedWithPathAndRule_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    auto row = [](const char* name, const std::string& text, const char* path, const char* rule) {
      QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromLatin1(path)
                          << QString::fromLatin1(rule);
    };
    const std::string opt = R"("equity_bridge": {"options": [)";
    row("typo in a dcf field", withDcf(R"("revnue_growth": {"mode": "constant", "value": 0.05})"),
        "dcf.revnue_growth", "unknown_field");
    row("typo at the top", withRoot(R"("nmae": "T", "model": "dcf")"), "nmae", "unknown_field");
    row("typo in a group", withDcf(R"("terminal_value": {"growht": 0.02})"),
        "dcf.terminal_value.growht", "unknown_field");
    row("typo in a list member", withDcf(opt + R"({"count": 1, "strik": 2}]})"),
        "dcf.equity_bridge.options[0].strik", "unknown_field");
    row("field of another entity", withRoot(R"("name": "T", "base_year": 2025)"), "base_year",
        "unknown_field");
    row("years as text", withDcf(R"("years": "ten")"), "dcf.years", "wrong_type");
    row("number as true", withDcf(R"("base_year": true)"), "dcf.base_year", "wrong_type");
    row("number as list", withDcf(R"("base": {"revenue": [100]})"), "dcf.base.revenue",
        "wrong_type");
    row("text as number", withRoot(R"("name": 5)"), "name", "wrong_type");
    row("choice as object", withRoot(R"("unit": {"a": 1})"), "unit", "wrong_type");
    row("group as number", withDcf(R"("base": 5)"), "dcf.base", "wrong_type");
    row("child as list", withRoot(R"("dcf": [])"), "dcf", "wrong_type");
    row("list as object", withDcf(R"("equity_bridge": {"options": {}})"),
        "dcf.equity_bridge.options", "wrong_type");
    row("list member not an object", withDcf(opt + R"({"count": 1, "strike": 2}, 7]})"),
        "dcf.equity_bridge.options[1]", "wrong_type");
    row("per-year values as list",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": [0.1, 0.2]})"),
        "dcf.ebit_margin.values", "wrong_type");
    row("per-year value as text",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"2027": "high"}})"),
        "dcf.ebit_margin.values.2027", "wrong_type");
    row("year key not a number",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"20x7": 0.2}})"),
        "dcf.ebit_margin.values.20x7", "bad_year");
    row("year key before 1900",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"1899": 0.2}})"),
        "dcf.ebit_margin.values.1899", "bad_year");
    row("year key with five digits",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"02027": 0.2}})"),
        "dcf.ebit_margin.values.02027", "bad_year");
    row("year key with a sign",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"+202": 0.2}})"),
        "dcf.ebit_margin.values.+202", "bad_year");
    row("id not an ID", withDcf(R"("id": "not-an-id")"), "dcf.id", "bad_id");
    row("id one digit short", withDcf(R"("id": "11111111-2222-4333-8444-55555555555")"), "dcf.id",
        "bad_id");
    row("id with a non-hex digit", withDcf(R"("id": "g1111111-2222-4333-8444-555555555555")"),
        "dcf.id", "bad_id");
    row("nil id", withDcf(R"("id": "00000000-0000-0000-0000-000000000000")"), "dcf.id", "bad_id");
    row("id as number", withDcf(R"("id": 5)"), "dcf.id", "wrong_type");
    row("id repeated by a child",
        withRoot(R"("id": "11111111-2222-4333-8444-555555555555", "name": "T",
                    "dcf": {"id": "11111111-2222-4333-8444-555555555555"})"),
        "dcf.id", "duplicate_id");
    row("id repeated in a list (case differs)",
        withDcf(opt + R"({"id": "abcdef01-2345-4678-9abc-def012345678", "count": 1, "strike": 1},
                        {"id": "ABCDEF01-2345-4678-9ABC-DEF012345678", "count": 1, "strike": 1}]})"),
        "dcf.equity_bridge.options[1].id", "duplicate_id");
    row("name over 200 characters", withRoot(R"("name": )" + quoted(std::string(201, 'n'))), "name",
        "too_long");
    row("description over 10000 characters",
        withRoot(R"("description": )" + quoted(std::string(10001, 'd'))), "description",
        "too_long");
    row("tranche label over 200 characters",
        withDcf(opt + R"({"label": )" + quoted(std::string(201, 'l')) +
                R"(, "count": 1, "strike": 1}]})"),
        "dcf.equity_bridge.options[0].label", "too_long");
    row("1001 option tranches", withDcf(opt + tranches(1001) + "]}"), "dcf.equity_bridge.options",
        "too_many");
    std::string manyYears;
    for (int year = 1900; year <= 2100; ++year)  // 201 years, one more than allowed
      manyYears += (year > 1900 ? "," : "") + ("\"" + std::to_string(year) + "\": 0.1");
    row("201 per-year values",
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {)" + manyYears + "}}"),
        "dcf.ebit_margin.values", "too_many");
  }
  void structuralProblemIsReportedWithPathAndRule() {
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    const Issue* issue = findIssue(problemsOf(parse), path.toStdString(), rule.toStdString());
    QVERIFY2(issue,
             (snippet(text.toStdString()) + "\nexpected [" + path.toUtf8() + "] " + rule.toUtf8() +
              ", got" + QByteArray::fromStdString(describe(problemsOf(parse))))
                 .constData());
    QVERIFY(issue->severity == Severity::Error);
    QVERIFY2(issue->message.find(path.toStdString()) != std::string::npos, issue->message.c_str());
    QCOMPARE(problemsOf(parse).size(), std::size_t{1});  // reported once, nothing else
    QVERIFY(!parse.ok());
  }

  void limitsAreInclusive_data() {
    QTest::addColumn<QByteArray>("text");
    const std::string opt = R"("equity_bridge": {"options": [)";
    QTest::newRow("1000 option tranches")
        << QByteArray::fromStdString(withDcf(opt + tranches(1000) + "]}"));
    QTest::newRow("name of 200 characters")
        << QByteArray::fromStdString(withRoot(R"("name": )" + quoted(std::string(200, 'n'))));
    QTest::newRow("description of 10000 characters") << QByteArray::fromStdString(
        withRoot(R"("description": )" + quoted(std::string(10000, 'd'))));
    std::string years;
    for (int year = 1901; year <= 2100; ++year)  // 200 years
      years += (year > 1901 ? "," : "") + ("\"" + std::to_string(year) + "\": 0.1");
    QTest::newRow("200 per-year values") << QByteArray::fromStdString(
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {)" + years + "}}"));
    QTest::newRow("year 1900") << QByteArray::fromStdString(
        withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"1900": 0.1}})"));
  }
  void limitsAreInclusive() {
    QFETCH(QByteArray, text);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
  }

  void everyProblemOfOneFileIsReported() {
    const std::string text = R"({
      "schema": "valor.scenario/1",
      "name": "T",
      "model": "dcf",
      "nmae": "typo at the top",
      "dcf": {
        "id": "not-an-id",
        "revnue_growth": {"mode": "constant", "value": 0.05},
        "years": "ten",
        "ebit_margin": {"mode": "per_year", "values": {"2026": 0.2, "20x7": 0.2}},
        "equity_bridge": {"options": [
          {"id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "count": 1, "strike": 2},
          {"id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "count": 1, "strike": 2,
           "label": )" + quoted(std::string(201, 'x')) +
                             R"(},
          7
        ]}
      }
    })";
    const auto parse = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY(!parse.ok());
    const std::pair<const char*, const char*> expected[] = {
        {"nmae", "unknown_field"},
        {"dcf.id", "bad_id"},
        {"dcf.revnue_growth", "unknown_field"},
        {"dcf.years", "wrong_type"},
        {"dcf.ebit_margin.values.20x7", "bad_year"},
        {"dcf.equity_bridge.options[1].id", "duplicate_id"},
        {"dcf.equity_bridge.options[1].label", "too_long"},
        {"dcf.equity_bridge.options[2]", "wrong_type"},
    };
    for (const auto& [path, rule] : expected)
      QVERIFY2(findIssue(problemsOf(parse), path, rule),
               (QByteArray("missing [") + path + "] " + rule + " in" +
                QByteArray::fromStdString(describe(problemsOf(parse))))
                   .constData());
    QVERIFY2(problemsOf(parse).size() == std::size_t{std::size(expected)},
             describe(problemsOf(parse)).c_str());
  }

  // --- The schema tag and the top level ------------------------------------------------------

  void schemaTagAndTopLevel_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("messageMentions");
    QTest::newRow("no tag") << QByteArray(R"({"name": "T", "model": "dcf"})")
                            << QStringLiteral("schema") << QStringLiteral("missing_schema")
                            << QStringLiteral("valor.scenario/1");
    QTest::newRow("tag not text") << QByteArray(R"({"schema": 1, "name": "T"})")
                                  << QStringLiteral("schema") << QStringLiteral("missing_schema")
                                  << QStringLiteral("valor.scenario/1");
    QTest::newRow("tag null") << QByteArray(R"({"schema": null, "name": "T"})")
                              << QStringLiteral("schema") << QStringLiteral("missing_schema")
                              << QStringLiteral("valor.scenario/1");
    QTest::newRow("foreign tag") << QByteArray(R"({"schema": "acme.model/1", "name": "T"})")
                                 << QStringLiteral("schema") << QStringLiteral("wrong_schema")
                                 << QStringLiteral("acme.model/1");
    QTest::newRow("newer version")
        << QByteArray(R"({"schema": "valor.scenario/2", "name": "T"})") << QStringLiteral("schema")
        << QStringLiteral("newer_schema") << QStringLiteral("newer Valor");
    QTest::newRow("root a list") << QByteArray(R"([{"schema": "valor.scenario/1"}])") << QString()
                                 << QStringLiteral("wrong_type") << QStringLiteral("object");
    QTest::newRow("root a number") << QByteArray("42") << QString() << QStringLiteral("wrong_type")
                                   << QStringLiteral("object");
    QTest::newRow("root text") << QByteArray(R"("valor.scenario/1")") << QString()
                               << QStringLiteral("wrong_type") << QStringLiteral("object");
    QTest::newRow("root null") << QByteArray("null") << QString() << QStringLiteral("wrong_type")
                               << QStringLiteral("object");
  }
  void schemaTagAndTopLevel() {
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, rule);
    QFETCH(QString, messageMentions);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    QVERIFY(!parse.ok());
    QVERIFY2(problemsOf(parse).size() == 1, describe(problemsOf(parse)).c_str());
    const Issue& issue = problemsOf(parse).front();
    QCOMPARE(QString::fromStdString(issue.path), path);
    QCOMPARE(QString::fromStdString(issue.rule), rule);
    QVERIFY2(QString::fromStdString(issue.message).contains(messageMentions),
             issue.message.c_str());
  }

  void syntaxErrorNamesTheLine_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("missing comma")
        << QByteArray(
               "{\n  \"schema\": \"valor.scenario/1\",\n  \"name\": \"T\"\n  \"model\": \"dcf\"\n}")
        << 4;
    QTest::newRow("trailing comma")
        << QByteArray("{\n  \"schema\": \"valor.scenario/1\",\n  \"name\": \"T\",\n}") << 4;
    QTest::newRow("unclosed object")
        << QByteArray("{\n  \"schema\": \"valor.scenario/1\",\n  \"name\": \"T\"\n") << 4;
    QTest::newRow("single quotes") << QByteArray("{\n\n  'schema': 'valor.scenario/1'\n}") << 3;
    QTest::newRow("NaN is not JSON")
        << QByteArray("{\"schema\": \"valor.scenario/1\",\n\"dcf\": {\"years\": NaN}}") << 2;
    QTest::newRow("empty text") << QByteArray("") << 1;
    QTest::newRow("unterminated block comment")
        << QByteArray("{\"schema\": \"valor.scenario/1\"}\n/* never closed") << 2;
    QTest::newRow("invalid UTF-8 in text")
        << QByteArray("{\"schema\": \"valor.scenario/1\", \"name\": \"\xff\xfe\"}") << 1;
    QTest::newRow("two documents")
        << QByteArray("{\"schema\": \"valor.scenario/1\"}\n{\"schema\": \"valor.scenario/1\"}")
        << 2;
  }
  void syntaxErrorNamesTheLine() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    QVERIFY(!parse.ok());
    QVERIFY2(problemsOf(parse).size() == 1, describe(problemsOf(parse)).c_str());
    QCOMPARE(problemsOf(parse).front().rule, std::string("syntax"));
    const std::string& message = problemsOf(parse).front().message;
    QVERIFY2(message.find("line " + std::to_string(line)) != std::string::npos, message.c_str());
  }

  void nulByteDoesNotEndTheText() {
    // A valid scenario, then a NUL byte and more text: that is not one JSON document, and a
    // file damaged this way must not pass for the part before the NUL.
    std::string text = withDcf(R"("years": 3)");
    text += std::string(1, '\0') + " trailing {[ garbage";
    const auto parse = parseScenarioJson(text, seededIdGenerator(42));
    QVERIFY2(!parse.ok(), "the text after a NUL byte was silently ignored");
  }

  // --- Hostile input -------------------------------------------------------------------------

  void tooLargeIsRejectedBeforeParsing() {
    ScenarioReadLimits limits;
    limits.maxBytes = 64;
    // 65 bytes that would also be too deep and bad JSON: only the size may be reported, which
    // shows neither the depth scan nor the parser ran.
    const std::string hostile(65, '[');
    const auto parse = parseScenarioJson(hostile, seededIdGenerator(42), limits);
    QVERIFY(!parse.ok());
    QVERIFY2(problemsOf(parse).size() == 1, describe(problemsOf(parse)).c_str());
    QCOMPARE(problemsOf(parse).front().rule, std::string("too_large"));

    // At the limit the text is read (and here found too deep, so the limit is inclusive).
    const auto atLimit = parseScenarioJson(std::string(64, '['), seededIdGenerator(42), limits);
    QVERIFY2(problemsOf(atLimit).size() == 1 && problemsOf(atLimit).front().rule == "too_deep",
             describe(problemsOf(atLimit)).c_str());

    // A valid scenario under 64 bytes passes the limit.
    const std::string small = R"({"schema":"valor.scenario/1","name":"T","model":"dcf"})";
    QVERIFY(small.size() <= 64);
    QVERIFY(parseScenarioJson(small, seededIdGenerator(42), limits).ok());
  }

  void tooDeepIsRejectedFast_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<bool>("tooDeep");
    QTest::newRow("100000 [") << QByteArray(100000, '[') << 24 << true;
    QTest::newRow("100000 {\"a\": ") << QByteArray("{\"a\": ").repeated(100000) << 24 << true;
    QTest::newRow("balanced 100000 deep")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << 24 << true;
    QTest::newRow("deep list in a field")
        << QByteArray::fromStdString(withRoot(R"("name": "T", "description": )" +
                                              std::string(25, '[') + std::string(25, ']')))
        << 24 << true;
    // A scenario with option tranches nests 5 deep: root { dcf { equity_bridge { options [ { .
    const QByteArray fiveDeep = QByteArray::fromStdString(
        withDcf(R"("equity_bridge": {"options": [{"count": 1, "strike": 2}]})"));
    QTest::newRow("five deep, limit 5") << fiveDeep << 5 << false;
    QTest::newRow("five deep, limit 4") << fiveDeep << 4 << true;
  }
  void tooDeepIsRejectedFast() {
    QFETCH(QByteArray, text);
    QFETCH(int, maxDepth);
    QFETCH(bool, tooDeep);
    ScenarioReadLimits limits;
    limits.maxDepth = maxDepth;
    QElapsedTimer timer;  // monotonic; a linear scan of 200 kB takes well under a millisecond
    timer.start();
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42), limits);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    if (tooDeep) {
      QVERIFY(!parse.ok());
      QVERIFY2(problemsOf(parse).size() == 1 && problemsOf(parse).front().rule == "too_deep",
               describe(problemsOf(parse)).c_str());
    } else {
      QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
    }
  }

  // Brackets inside comments must not let a file slip past the depth bound: were they counted
  // as structure, "/* ]]]… */" would lower the count before a real "[[[…" (and a quote in a
  // // comment would desynchronise the string tracking).
  void depthBoundCannotBeDodgedWithComments_data() {
    QTest::addColumn<QByteArray>("text");
    const std::string deep = std::string(5000, '[') + std::string(5000, ']');
    QTest::newRow("closing brackets in a block comment") << QByteArray::fromStdString(
        withRoot("\"name\": /*" + std::string(5000, ']') + "*/ " + deep));
    QTest::newRow("closing brackets in a line comment") << QByteArray::fromStdString(
        withRoot("\"name\": // " + std::string(5000, ']') + "\n" + deep));
    QTest::newRow("quote in a line comment")
        << QByteArray::fromStdString(withRoot("// an \"odd quote\n\"name\": " + deep));
  }
  void depthBoundCannotBeDodgedWithComments() {
    QFETCH(QByteArray, text);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    // Whatever the rule, the file must be rejected (and the process must still be here).
    QVERIFY(!parse.ok());
    QVERIFY(!problemsOf(parse).empty());
    QVERIFY2(problemsOf(parse).front().rule == "too_deep", describe(problemsOf(parse)).c_str());
  }

  void hugeNumberNeverBecomesAnAcceptedInfinity_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::newRow("1e400 revenue")
        << QByteArray::fromStdString(withDcf(R"("base": {"revenue": 1e400})"))
        << QStringLiteral("dcf.base.revenue");
    QTest::newRow("-1e400 strike")
        << QByteArray::fromStdString(
               withDcf(R"("equity_bridge": {"options": [{"count": 1, "strike": -1e400}]})"))
        << QStringLiteral("dcf.equity_bridge.options[0].strike");
    QTest::newRow("1e400 per-year value")
        << QByteArray::fromStdString(
               withDcf(R"("ebit_margin": {"mode": "per_year", "values": {"2027": 1e400}})"))
        << QStringLiteral("dcf.ebit_margin.values.2027");
    QTest::newRow("1e309 years") << QByteArray::fromStdString(withDcf(R"("years": 1e309)"))
                                 << QStringLiteral("dcf.years");
  }
  void hugeNumberNeverBecomesAnAcceptedInfinity() {
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    const auto parse = parseScenarioJson(text.toStdString(), seededIdGenerator(42));
    if (!parse.ok()) {
      // Rejected while reading (nlohmann reports the overflow as a syntax problem).
      QVERIFY(!problemsOf(parse).empty());
      QVERIFY2(problemsOf(parse).front().message.find("overflow") != std::string::npos ||
                   problemsOf(parse).front().path == path.toStdString(),
               describe(problemsOf(parse)).c_str());
      return;
    }
    // Otherwise validation must catch it.
    const Issues issues = validateAgainstSchema(parse.value());
    QVERIFY2(findIssue(issues, path.toStdString(), "not_finite"), describe(issues).c_str());
  }

  void nonFiniteValueFromJsonIsAValidationError_data() {
    QTest::addColumn<double>("value");
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
  }
  void nonFiniteValueFromJsonIsAValidationError() {
    // parseScenario() takes a JSON value from elsewhere (e.g. a server), which can hold any double.
    QFETCH(double, value);
    Json json = Json::parse(withDcf(R"("base_year": 2025, "years": 3)"));
    json["dcf"]["base"]["revenue"] = value;
    json["dcf"]["ebit_margin"]["values"]["2026"] = value;
    const auto parse = parseScenario(json, seededIdGenerator(42));
    QVERIFY2(parse.ok(), describe(problemsOf(parse)).c_str());
    const Issues issues = validateAgainstSchema(parse.value());
    QVERIFY2(findIssue(issues, "dcf.base.revenue", "not_finite"), describe(issues).c_str());
    QVERIFY2(findIssue(issues, "dcf.ebit_margin.values.2026", "not_finite"),
             describe(issues).c_str());
  }

  // --- readJsonText and readTextFile ----------------------------------------------------------

  // Depth counts open objects and lists; brackets in strings and keys are text.
  void jsonTextDepth_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::newRow("a number") << QByteArray("1") << 0;
    QTest::newRow("empty object") << QByteArray("{}") << 1;
    QTest::newRow("three lists") << QByteArray("[[[]]]") << 3;
    QTest::newRow("mixed") << QByteArray(R"({"a": [1, {"b": []}]})") << 4;
    QTest::newRow("brackets in a string") << QByteArray("{\"a\": \"[[[{{{\"}") << 1;
    QTest::newRow("brackets in a key") << QByteArray("{\"k]}\": \"}\"}") << 1;
    QTest::newRow("escaped quotes stay in the string")
        << QByteArray("{\"a\": \"\\\"[[[\\\"\"}") << 1;
    QTest::newRow("escaped backslash ends before the quote")
        << QByteArray("[\"\\\\\", [[1]]]") << 3;
  }
  void jsonTextDepth() {
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    auto atDepth = readJsonText(view, {1024, depth});
    QVERIFY2(atDepth.ok(), errorText(atDepth).c_str());
    if (depth > 0) {
      auto below = readJsonText(view, {1024, depth - 1});
      QVERIFY(!below.ok());
      QCOMPARE(below.error().issues.front().rule, std::string("too_deep"));
    }
  }

  // A key given twice is named by its path wherever it is (also inside lists and inside the
  // value of another duplicate); the first value is the one kept, and members keep their order.
  void jsonTextDuplicateKeys() {
    const std::string text =
        R"({"b": 1, "a": {"x": [{"k": 1}, {"k": 2, "k": 3}], "x": {"y": 1, "y": 2}},
                                "b": 4, "c": [], /* a comment */ "d": true})";
    auto json = readJsonText(text, {});
    QVERIFY(!json.ok());
    QCOMPARE(json.error().code, std::string("json.invalid"));
    std::vector<std::string> paths;
    for (const Issue& issue : json.error().issues) {
      QCOMPARE(issue.rule, std::string("duplicate_key"));
      paths.push_back(issue.path);
    }
    std::string seen;
    for (const auto& p : paths) seen += p + " ";
    QVERIFY2(paths == (std::vector<std::string>{"a.x[1].k", "a.x", "a.x.y", "b"}), seen.c_str());

    auto clean = readJsonText(R"({"z": 1, "a": [2, {"m": null}], "k": "v"})", {});
    QVERIFY2(clean.ok(), errorText(clean).c_str());
    QCOMPARE(clean.value().dump(), std::string(R"({"z":1,"a":[2,{"m":null}],"k":"v"})"));
  }

  // Hostile shapes that made the old reader quadratic are read in one pass: a list of 400,000
  // empty objects and one object with 300,000 keys (each ~4 MB). The bound only catches a hang:
  // a quadratic reader takes minutes here, a linear one a fraction of a second.
  void jsonTextIsLinear_data() {
    QTest::addColumn<QByteArray>("text");
    QByteArray objects = "[";
    for (int i = 0; i < 400000; ++i) objects += i ? ",{}" : "{}";
    QTest::newRow("400000 objects in a list") << objects + "]";
    QByteArray keys = "{";
    for (int i = 0; i < 300000; ++i) keys += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":0";
    QTest::newRow("300000 keys in an object") << keys + "}";
  }
  void jsonTextIsLinear() {
    QFETCH(QByteArray, text);
    QElapsedTimer timer;
    timer.start();
    auto json =
        readJsonText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                     {8 * 1024 * 1024, 24, 1'000'000});
    QVERIFY2(json.ok(), errorText(json).c_str());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(json.value().size() >= 300000);
  }

  // Past the count of values the reading stops: 6 MB of empty objects is refused after the
  // first 200,000 (a scenario holds a few thousand values).
  void jsonTextStopsAtTooManyValues() {
    QByteArray objects = "[";
    for (int i = 0; i < 2'000'000; ++i) objects += i ? ",{}" : "{}";
    objects += "]";
    auto json = readJsonText(
        std::string_view(objects.constData(), static_cast<std::size_t>(objects.size())), {});
    QVERIFY(!json.ok());
    QCOMPARE(json.error().issues.front().rule, std::string("too_many_values"));
    // Seven values: the outer list, 1, 2, the inner list, 3, the object, 4.
    QVERIFY(readJsonText("[1, 2, [3, {\"a\": 4}]]", {1024, 8, 7}).ok());
    QVERIFY(!readJsonText("[1, 2, [3, {\"a\": 4}], 5]", {1024, 8, 7}).ok());
  }

  // Millions of duplicates cost a count: the first 20 are named, the rest counted.
  void jsonTextCountsManyDuplicates() {
    std::string text = "{\"" + std::string(5000, 'k') + "\": {";
    for (int i = 0; i < 1000; ++i) text += i ? ", \"a\": 0" : "\"a\": 0";
    text += "}}";
    auto json = readJsonText(text, {});
    QVERIFY(!json.ok());
    const Issues& issues = json.error().issues;
    QCOMPARE(issues.size(), std::size_t{21});
    QVERIFY2(issues.front().path.size() < 300, issues.front().path.c_str());  // cut short
    QCOMPARE(issues.back().message, std::string("979 more keys are given twice"));
  }

  void jsonTextRefusesNulAndBadSyntax() {
    auto nul = readJsonText(std::string_view("{\"a\": 1}\0", 9), {});
    QVERIFY(!nul.ok());
    QCOMPARE(nul.error().issues.front().rule, std::string("not_text"));
    auto syntax = readJsonText("{\"a\": 1,\n \"b\" 2}", {});
    QVERIFY(!syntax.ok());
    QCOMPARE(syntax.error().issues.front().rule, std::string("syntax"));
    QVERIFY2(syntax.error().message.find("line 2") != std::string::npos,
             syntax.error().message.c_str());
    auto trailing = readJsonText("{} {}", {});
    QVERIFY(!trailing.ok());
  }

  void readTextFileRefusesWhatIsNotASmallFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath(QStringLiteral("missing.valor.json")).toStdString();
    auto r = readTextFile(missing, 100);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, std::string("file.not_found"));
    QCOMPARE(r.error().context, missing);

    r = readTextFile(dir.path().toStdString(), 100);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, std::string("file.not_regular"));

    QFile file(dir.filePath(QStringLiteral("hundred.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(100, 'x')), qint64{100});
    file.close();
    const std::string hundred = file.fileName().toStdString();
    r = readTextFile(hundred, 99);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, std::string("file.too_large"));
    r = readTextFile(hundred, 100);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), std::string(100, 'x'));
  }
};

QTEST_APPLESS_MAIN(TestScenarioJson)
#include "test_scenariojson.moc"
