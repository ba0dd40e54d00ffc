// The SQLite workspace (core/store/workspace.h) and scenario transfer (core/store/transfer.h):
// durability across reopening, history and replay, restores, refused edits, notes, tags and
// settings, the writer lock, damaged and foreign files, backups, import and export.
//
// Every test works in its own QTemporaryDir with an injected clock (a counter the test moves)
// and seeded ID generators, so each run writes the same bytes. Expected values come from the
// API's documentation and from replaying the same mutations in memory (applyMutation), never
// from the workspace's own output.
//
// Core headers come before <QtTest>, so Qt's keyword macros cannot touch them.
#include "core/compare/inputdiff.h"
#include "core/model/flatjson.h"
#include "core/model/id.h"
#include "core/model/scenariojson.h"
#include "core/model/scenariomarks.h"
#include "core/ops/mutation.h"
#include "core/ops/mutationjson.h"
#include "core/store/sqlite.h"
#include "core/store/transfer.h"
#include "core/store/workspace.h"
#include "tests/support/checks.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#ifdef __linux__
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#endif

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace valor;
using valor::testing::bits;
using valor::testing::dcfOf;
using valor::testing::describe;
using valor::testing::errorText;
using valor::testing::problemsOf;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kT0 = 1'750'000'000'000;  // 2025-06-15T15:06:40Z, an arbitrary fixed start

const std::string kHandCase = VALOR_TEST_DATA_DIR "/hand_case.valor.json";
const std::string kSampleFull = VALOR_TEST_DATA_DIR "/sample_full.valor.json";
// The notes table as formats 1 to 3 had it (format 4 keeps notes in the scenario).
constexpr const char* kFormat3Notes =
    "CREATE TABLE notes (scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,"
    " body TEXT NOT NULL, updated_ms INTEGER NOT NULL) WITHOUT ROWID;";

template <typename T>
bool hasError(const Result<T>& r, const std::string& code) {
  return !r.ok() && r.error().code == code;
}

// What it takes to turn `a` into `b`, as ops: empty when the documents are equal.
std::string difference(const ScenarioDocument& a, const ScenarioDocument& b) {
  return opsToJson(diffDocuments(a, b)).dump();
}

QByteArray fileBytes(const std::string& path) {
  QFile file(QString::fromStdString(path));
  if (!file.open(QIODevice::ReadOnly)) return QByteArray("(unreadable)");
  return file.readAll();
}

bool writeBytes(const std::string& path, const QByteArray& bytes) {
  QFile file(QString::fromStdString(path));
  return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Backups of a workspace, sorted by name (= by time).
std::vector<std::string> backupsIn(const std::string& directory) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec))
    if (entry.path().extension() == ".valor") names.push_back(entry.path().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

#define REQUIRE_OK(r) QVERIFY2((r).ok(), errorText(r).c_str())
#define REQUIRE_ERROR(r, code)  \
  QVERIFY2(hasError((r), code), \
           (std::string("expected error ") + (code) + ", got " + errorText(r)).c_str())
#define REQUIRE_SAME_DOC(actual, expected) \
  QVERIFY2(                                \
      (actual) == (expected),              \
      ("documents differ; ops from actual to expected: " + difference(actual, expected)).c_str())

namespace {

// One test's world: a temporary folder, a clock the test moves, seeded ID generators.
class Env {
 public:
  Env() : now_(std::make_shared<std::int64_t>(kT0)) {}

  bool valid() const { return dir_.isValid(); }
  std::string path(const char* name = "analyst.valor") const {
    return dir_.filePath(QString::fromUtf8(name)).toStdString();
  }
  std::int64_t now() const { return *now_; }
  std::int64_t advance(std::int64_t ms) { return *now_ += ms; }

  // Each Workspace gets its own ID stream: a second object with the same seed would make the
  // same IDs as the first, which a real (random) generator never does.
  WorkspaceOptions options(bool readOnly = false) {
    WorkspaceOptions o;
    o.clock = [p = now_] { return *p; };
    o.newId = seededIdGenerator(1000 + nextSeed_++);
    o.readOnly = readOnly;
    o.backupIntervalMs = 0;  // the backup test turns them on
    o.backupsKept = 5;
    return o;
  }

  IdGenerator docIds = seededIdGenerator(7);
  IdGenerator mutationIds = seededIdGenerator(99);

 private:
  QTemporaryDir dir_;
  std::shared_ptr<std::int64_t> now_;
  std::uint64_t nextSeed_ = 0;
};

// A fixture file as a document; entities without IDs get them from `ids`.
std::optional<ScenarioDocument> loadFixture(const std::string& path, const IdGenerator& ids) {
  auto text = readTextFile(path, 1 << 20);
  if (!text) return std::nullopt;
  auto parse = parseScenarioJson(text.value(), ids);
  if (!parse) return std::nullopt;
  return std::move(parse).value();
}

// A workspace with the hand case and six edits, and the same edits replayed in memory.
struct Scripted {
  std::unique_ptr<Workspace> ws;
  Id scenario;
  std::vector<ScenarioDocument> docs;     // docs[r]: the document after revision r; docs[0] empty
  std::vector<Mutation> mutations;        // mutations[r]: the mutation of revision r (r >= 2)
  std::vector<std::int64_t> committedMs;  // committedMs[r]: the clock when revision r was made
  std::int64_t latest() const { return static_cast<std::int64_t>(docs.size()) - 1; }
};

Mutation makeMutation(Env& env, const Scripted& s, const std::string& author,
                      const std::string& label, std::vector<Op> ops) {
  Mutation m;
  m.id = env.mutationIds();
  m.author = author;
  m.clientTimeMs = env.now() + 250;  // the author's clock differs from the workspace's
  m.baseRevision = s.latest();
  m.label = label;
  m.ops = std::move(ops);
  return m;
}

// Commits `m`, checks the new revision and records the expected document.
void commitAndMirror(Env& env, Scripted& s, const Mutation& m) {
  auto expected = applyMutation(s.docs.back(), m);
  QVERIFY2(expected.ok(), errorText(expected).c_str());
  env.advance(1000);
  auto revision = s.ws->commit(s.scenario, m);
  REQUIRE_OK(revision);
  QCOMPARE(revision.value(), s.latest() + 1);
  s.docs.push_back(std::move(expected).value());
  s.mutations.push_back(m);
  s.committedMs.push_back(env.now());
}

// Mirrors a version saved as the scenario's next revision: the root's "version" is its name.
void mirrorVersionSave(Env& env, Scripted& s, const std::string& label, std::int64_t savedAt) {
  ScenarioDocument expected = s.docs.back();
  expected.entities.front().fields["version"] = label;
  auto stored = s.ws->loadScenario(s.scenario);
  REQUIRE_OK(stored);
  QCOMPARE(stored.value().revision, s.latest() + 1);
  REQUIRE_SAME_DOC(stored.value().document, expected);
  auto entry = s.ws->history(s.scenario, s.latest());
  REQUIRE_OK(entry);
  QCOMPARE(entry.value().size(), std::size_t{1});
  s.docs.push_back(std::move(expected));
  s.mutations.push_back(entry.value().front().mutation);
  s.committedMs.push_back(savedAt);
  (void)env;
}

constexpr double kWacc = 0.1 + 0.2;  // 0.30000000000000004: must survive bit for bit

// The full sample added beside the scripted scenario as a second one; nothing on failure.
std::optional<ScenarioDocument> addSecond(Env& env, Scripted& s, const std::string& author) {
  auto other = loadFixture(kSampleFull, env.docIds);
  if (!other || !s.ws->addScenarios({*other}, author, "Second")) return std::nullopt;
  return other;
}

void buildScripted(Env& env, Scripted& s) {
  QVERIFY(env.valid());
  auto doc = loadFixture(kHandCase, env.docIds);
  QVERIFY2(doc, kHandCase.c_str());
  auto ws = Workspace::create(env.path(), env.options());
  REQUIRE_OK(ws);
  s.ws = std::move(ws).value();
  env.advance(1000);
  REQUIRE_OK(s.ws->addScenarios({*doc}, "alice", "Create"));
  s.scenario = doc->root().id;
  s.docs = {ScenarioDocument{}, *doc};
  s.mutations = {Mutation{}, Mutation{}};
  s.committedMs = {0, env.now()};

  const Id root = doc->root().id;
  const Id dcf = dcfOf(*doc).id;
  const auto options = doc->listMembers(dcfOf(*doc), "equity_bridge.options");
  QCOMPARE(options.size(), std::size_t{2});
  const Id secondOption = options[1]->id;

  // r2: one plain field, labelled by code as the desktop does.
  {
    Mutation m = makeMutation(env, s, "alice", "Set WACC",
                              {setFieldOp(s.docs.back(), dcf, "discount_rate.wacc", kWacc)});
    m.labelCode = {"set_field", {"dcf.discount_rate.wacc"}};
    commitAndMirror(env, s, m);
  }
  if (QTest::currentTestFailed()) return;
  // r3: a driver switched to per-year values; the constant removed.
  {
    const ScenarioDocument& d = s.docs.back();
    commitAndMirror(env, s,
                    makeMutation(env, s, "alice", "EBIT margin per year",
                                 {setFieldOp(d, dcf, "ebit_margin.mode", std::string("per_year")),
                                  setFieldOp(d, dcf, "ebit_margin.values", 0.21, 2026),
                                  setFieldOp(d, dcf, "ebit_margin.values", 0.22, 2027),
                                  setFieldOp(d, dcf, "ebit_margin.values", 0.23, 2028),
                                  setFieldOp(d, dcf, "ebit_margin.value", std::nullopt)}));
  }
  if (QTest::currentTestFailed()) return;
  // r4: one year edited, another field.
  {
    const ScenarioDocument& d = s.docs.back();
    commitAndMirror(env, s,
                    makeMutation(env, s, "bob", "Edit 2027 and growth",
                                 {setFieldOp(d, dcf, "ebit_margin.values", 1e-300, 2027),
                                  setFieldOp(d, dcf, "terminal_value.growth", 0.025)}));
  }
  if (QTest::currentTestFailed()) return;
  // r5: text on the root with quotes and non-ASCII; a field removed.
  {
    const ScenarioDocument& d = s.docs.back();
    commitAndMirror(
        env, s,
        makeMutation(
            env, s, "alice", "Describe",
            {setFieldOp(
                 d, root, "description",
                 std::string("Edited by \"alice\" \xe2\x80\x94 \xc3\xbc \xe2\x82\xac\nline 2")),
             setFieldOp(d, dcf, "equity_bridge.minority_interest", std::nullopt)}));
  }
  if (QTest::currentTestFailed()) return;
  // r6: a list member's field; one year removed.
  {
    const ScenarioDocument& d = s.docs.back();
    commitAndMirror(env, s,
                    makeMutation(env, s, "bob", "Strike and 2028",
                                 {setFieldOp(d, secondOption, "strike", 26.5),
                                  setFieldOp(d, dcf, "ebit_margin.values", std::nullopt, 2028)}));
  }
  if (QTest::currentTestFailed()) return;
  // r7: a large number with many digits.
  commitAndMirror(
      env, s,
      makeMutation(env, s, "carol", "Revenue",
                   {setFieldOp(s.docs.back(), dcf, "base.revenue", 123456789.123456789)}));
}

// What a refused edit must leave alone.
struct State {
  std::int64_t revision = 0;
  ScenarioDocument document;
  std::vector<HistoryEntry> history;
};

void captureState(Workspace& ws, const Id& scenario, State& out) {
  auto stored = ws.loadScenario(scenario);
  REQUIRE_OK(stored);
  auto log = ws.history(scenario);
  REQUIRE_OK(log);
  out.revision = stored.value().revision;
  out.document = stored.value().document;
  out.history = log.value();
}

void compareHistories(const std::vector<HistoryEntry>& actual,
                      const std::vector<HistoryEntry>& expected) {
  QCOMPARE(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    QCOMPARE(actual[i].revision, expected[i].revision);
    QCOMPARE(actual[i].committedMs, expected[i].committedMs);
    QVERIFY2(actual[i].mutation == expected[i].mutation,
             ("history entry " + std::to_string(i)).c_str());
  }
}

// The state in this session and after reopening is `expected`.
void verifyState(Env& env, Scripted& s, const State& expected) {
  State now;
  captureState(*s.ws, s.scenario, now);
  if (QTest::currentTestFailed()) return;
  QCOMPARE(now.revision, expected.revision);
  REQUIRE_SAME_DOC(now.document, expected.document);
  compareHistories(now.history, expected.history);
  if (QTest::currentTestFailed()) return;
  s.ws.reset();
  auto reopened = Workspace::open(env.path(), env.options());
  REQUIRE_OK(reopened);
  s.ws = std::move(reopened).value();
  State after;
  captureState(*s.ws, s.scenario, after);
  if (QTest::currentTestFailed()) return;
  QCOMPARE(after.revision, expected.revision);
  REQUIRE_SAME_DOC(after.document, expected.document);
  compareHistories(after.history, expected.history);
  auto check = s.ws->integrityCheck();
  REQUIRE_OK(check);
  QCOMPARE(check.value(), std::string("ok"));
}

// A closed workspace with enough scenarios and history to span many pages.
void buildLargeWorkspace(Env& env, const std::string& path) {
  auto base = loadFixture(kSampleFull, env.docIds);
  QVERIFY(base);
  auto ws = Workspace::create(path, env.options());
  REQUIRE_OK(ws);
  std::vector<ScenarioDocument> docs;
  for (int i = 0; i < 40; ++i) {
    ScenarioDocument copy = *base;
    for (Entity& e : copy.entities) {  // new IDs, parents remapped (root first, dcf second)
      const Id fresh = env.docIds();
      for (Entity& other : copy.entities)
        if (other.parent == e.id) other.parent = fresh;
      e.id = fresh;
    }
    copy.entities.front().fields["name"] = std::string("Copy ") + std::to_string(i);
    docs.push_back(std::move(copy));
  }
  REQUIRE_OK(ws.value()->addScenarios(docs, "alice", "Create"));
  for (const ScenarioDocument& doc : docs) {
    ScenarioDocument current = doc;
    for (int k = 0; k < 5; ++k) {
      Mutation m;
      m.id = env.mutationIds();
      m.author = "alice";
      m.label = "Describe";
      m.baseRevision = k + 1;
      m.ops = {setFieldOp(
          current, current.root().id, "description",
          std::string(static_cast<std::size_t>(300 + 100 * k), static_cast<char>('a' + k)))};
      auto next = applyMutation(current, m);
      QVERIFY(next);
      REQUIRE_OK(ws.value()->commit(doc.root().id, m));
      current = std::move(next).value();
    }
  }
}

#ifdef __linux__
// Runs `check` in a child process as an unprivileged user (root may write anywhere, so a
// read-only folder means nothing to it) and returns the child's exit code.
template <typename Check>
int runUnprivileged(Check check) {
  const pid_t child = ::fork();
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(99);
    ::_exit(check());
  }
  int status = 0;
  if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}
#endif

enum class Damage { Text, RandomBytes, Empty, ForeignSqlite, Truncated, Newer, NoFormat };

// Files that come with side files: a write-ahead log, a rollback journal.
enum class SideDamage { StaleLog, ForeignWithLog, HotJournal, NewerWithLog, DamagedPages };

// The workspace file and the side files SQLite and Valor make beside it, by suffix. SQLite's
// shared-memory index ("-shm") holds nothing durable (it is rebuilt from the log by whoever opens
// the file first), so only whether it exists is compared.
std::map<std::string, QByteArray> filesBeside(const std::string& path) {
  std::map<std::string, QByteArray> files;
  for (const char* suffix : {"", "-wal", "-journal", ".lock"})
    if (fs::exists(path + suffix)) files[suffix] = fileBytes(path + suffix);
  if (fs::exists(path + "-shm")) files["-shm"] = QByteArray("(exists)");
  return files;
}

std::string describeFiles(const std::map<std::string, QByteArray>& files) {
  std::string text;
  for (const auto& [suffix, bytes] : files)
    text += "[" + suffix + ": " + std::to_string(bytes.size()) + " bytes] ";
  return text;
}

// Copies of a database's main file and write-ahead log, taken while `db` is open: what a crash
// at that moment would leave on disk.
std::pair<QByteArray, QByteArray> crashCopy(const std::string& path) {
  return {fileBytes(path), fileBytes(path + "-wal")};
}

bool restoreCrashCopy(const std::string& path, const std::pair<QByteArray, QByteArray>& copy,
                      const char* logSuffix = "-wal") {
  std::error_code ec;
  fs::remove(path + "-shm", ec);
  return writeBytes(path, copy.first) && writeBytes(path + logSuffix, copy.second);
}

enum class Unstorable { NaN, Infinity, InvalidUtf8, Year1800, Year10000, NoOps };

enum class Reject {
  StalePrevious,
  StaleYear,
  UnknownField,
  WrongType,
  UnknownEntity,
  YearOnPlainField,
  DeleteRootOnly,
  DeleteEverything,
  SecondOpStale,
  CreateExisting,
};

enum class Hostile {
  DeepArrays,
  DeepObjects,
  SyntaxError,
  Empty,
  Binary,
  BundleNotAList,
  BundleOfNumbers,
  Null,
  TopLevelArray,
  SchemaNotText,
  SameScenarioTwice,
};

}  // namespace

class TestWorkspace : public QObject {
  Q_OBJECT

 private slots:
  // --- Durability -------------------------------------------------------------------------

  void commitsSurviveReopening() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(s.latest(), std::int64_t{7});  // creation is revision 1, then one per mutation

    auto inSession = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(inSession);
    QCOMPARE(inSession.value().revision, std::int64_t{7});
    REQUIRE_SAME_DOC(inSession.value().document, s.docs.back());

    s.ws.reset();  // closes the database and releases the lock
    auto reopened = Workspace::open(env.path(), env.options());
    REQUIRE_OK(reopened);
    auto stored = reopened.value()->loadScenario(s.scenario);
    REQUIRE_OK(stored);
    QCOMPARE(stored.value().revision, std::int64_t{7});
    REQUIRE_SAME_DOC(stored.value().document, s.docs.back());

    // Bit for bit, not just ==.
    const Entity& dcf = dcfOf(stored.value().document);
    QVERIFY(dcf.number("discount_rate.wacc"));
    QCOMPARE(bits(*dcf.number("discount_rate.wacc")), bits(kWacc));
    QCOMPARE(bits(*dcf.number("base.revenue")), bits(123456789.123456789));
    QVERIFY(dcf.years("ebit_margin.values"));
    QCOMPARE(bits(dcf.years("ebit_margin.values")->at(2027)), bits(1e-300));
    QCOMPARE(dcf.years("ebit_margin.values")->count(2028), std::size_t{0});
    QVERIFY(!dcf.field("ebit_margin.value"));
    QVERIFY(!dcf.field("equity_bridge.minority_interest"));

    auto list = reopened.value()->listScenarios();
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{1});
    const ScenarioSummary& summary = list.value().front();
    QVERIFY(summary.id == s.scenario);
    QCOMPARE(summary.name, std::string("Hand-checkable DCF"));
    QCOMPARE(summary.model, std::string("dcf"));
    QCOMPARE(summary.revision, std::int64_t{7});
    QCOMPARE(summary.createdMs, s.committedMs[1]);
    QCOMPARE(summary.updatedMs, s.committedMs[7]);

    // A reader in read-only mode sees the same (nothing cached from the writer).
    reopened.value().reset();
    auto reader = Workspace::open(env.path(), env.options(/*readOnly=*/true));
    REQUIRE_OK(reader);
    QVERIFY(reader.value()->readOnly());
    auto read = reader.value()->loadScenario(s.scenario);
    REQUIRE_OK(read);
    QCOMPARE(read.value().revision, std::int64_t{7});
    REQUIRE_SAME_DOC(read.value().document, s.docs.back());
  }

  void revisionsCountUpFromOne() {
    Env env;
    QVERIFY(env.valid());
    auto a = loadFixture(kHandCase, env.docIds);
    auto b = loadFixture(kSampleFull, env.docIds);
    QVERIFY(a && b);
    auto ws = Workspace::create(env.path(), env.options());
    REQUIRE_OK(ws);
    REQUIRE_OK(ws.value()->addScenarios({*a, *b}, "alice", "Create both"));
    // Each scenario has its own revisions, starting at 1.
    ScenarioDocument current = *b;
    const Id dcf = dcfOf(current).id;
    for (std::int64_t expected = 2; expected <= 6; ++expected) {
      Mutation m;
      m.id = env.mutationIds();
      m.author = "alice";
      m.baseRevision = expected - 1;
      m.ops = {
          setFieldOp(current, dcf, "discount_rate.beta", 0.5 + static_cast<double>(expected) / 10)};
      auto next = applyMutation(current, m);
      QVERIFY(next);
      auto revision = ws.value()->commit(b->root().id, m);
      REQUIRE_OK(revision);
      QCOMPARE(revision.value(), expected);
      current = std::move(next).value();
    }
    auto untouched = ws.value()->loadScenario(a->root().id);
    REQUIRE_OK(untouched);
    QCOMPARE(untouched.value().revision, std::int64_t{1});
    REQUIRE_SAME_DOC(untouched.value().document, *a);
    auto hb = ws.value()->history(b->root().id);
    REQUIRE_OK(hb);
    QCOMPARE(hb.value().size(), std::size_t{6});
    for (std::size_t i = 0; i < hb.value().size(); ++i)
      QCOMPARE(hb.value()[i].revision, static_cast<std::int64_t>(i + 1));
    auto ha = ws.value()->history(a->root().id);
    REQUIRE_OK(ha);
    QCOMPARE(ha.value().size(), std::size_t{1});
  }

  // --- History and replay -----------------------------------------------------------------

  void historyRecordsEveryMutation() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    s.ws.reset();
    auto ws = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(ws);
    auto log = ws.value()->history(s.scenario);
    REQUIRE_OK(log);
    const auto& entries = log.value();
    QCOMPARE(entries.size(), std::size_t{7});

    // Revision 1: the creation, made by the workspace, timed by its clock.
    const HistoryEntry& created = entries[0];
    QCOMPARE(created.revision, std::int64_t{1});
    QCOMPARE(created.mutation.author, std::string("alice"));
    QCOMPARE(created.mutation.label, std::string("Create"));
    QCOMPARE(created.mutation.baseRevision, std::int64_t{0});
    QCOMPARE(created.committedMs, s.committedMs[1]);
    QCOMPARE(created.mutation.clientTimeMs, s.committedMs[1]);
    QVERIFY(!created.mutation.id.isNil());
    QVERIFY(created.mutation.ops == creationOps(s.docs[1]));

    for (std::size_t r = 2; r < entries.size() + 1; ++r) {
      const HistoryEntry& e = entries[r - 1];
      const Mutation& m = s.mutations[r];
      const QByteArray where = "revision " + QByteArray::number(static_cast<qlonglong>(r));
      QVERIFY2(e.revision == static_cast<std::int64_t>(r), where.constData());
      QVERIFY2(e.mutation.id == m.id, where.constData());
      QVERIFY2(e.mutation.author == m.author, where.constData());
      QVERIFY2(e.mutation.label == m.label, where.constData());
      QVERIFY2(e.mutation.labelCode == m.labelCode, where.constData());
      QVERIFY2(e.mutation.clientTimeMs == m.clientTimeMs, where.constData());
      QVERIFY2(e.mutation.baseRevision == m.baseRevision, where.constData());
      QVERIFY2(e.committedMs == s.committedMs[r], where.constData());
      QVERIFY2(e.committedMs != e.mutation.clientTimeMs,
               where.constData());  // two clocks, kept apart
      QVERIFY2(
          e.mutation.ops == m.ops,
          (where + ": " + QByteArray::fromStdString(opsToJson(e.mutation.ops).dump())).constData());
    }
    // Before → after as written, spot-checked by hand.
    QCOMPARE(entries[1].mutation.author, std::string("alice"));
    QCOMPARE(entries[3].mutation.author, std::string("bob"));
    QCOMPARE(entries[6].mutation.author, std::string("carol"));
    QCOMPARE(entries[1].mutation.label, std::string("Set WACC"));
    QCOMPARE(entries[1].mutation.labelCode.code, std::string("set_field"));
    QCOMPARE(entries[1].mutation.labelCode.params,
             std::vector<std::string>{"dcf.discount_rate.wacc"});
    QVERIFY(entries[2].mutation.labelCode.empty());
    const Op& wacc = entries[1].mutation.ops.at(0);
    QCOMPARE(wacc.field, std::string("discount_rate.wacc"));
    QVERIFY(wacc.previous && std::get<double>(*wacc.previous) == 0.10);
    QVERIFY(wacc.value && bits(std::get<double>(*wacc.value)) == bits(kWacc));
    const Op& year2027 = entries[3].mutation.ops.at(0);
    QVERIFY(year2027.year && *year2027.year == 2027);
    QVERIFY(year2027.previous && std::get<double>(*year2027.previous) == 0.22);
    QVERIFY(year2027.value && bits(std::get<double>(*year2027.value)) == bits(1e-300));
    const Op& removed = entries[4].mutation.ops.at(1);
    QCOMPARE(removed.field, std::string("equity_bridge.minority_interest"));
    QVERIFY(removed.previous && std::get<double>(*removed.previous) == 6.25);
    QVERIFY(!removed.value);
  }

  void documentAtReplaysEveryRevision() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    for (int pass = 0; pass < 2; ++pass) {  // in the writing session, then after reopening
      for (std::int64_t r = 0; r <= s.latest(); ++r) {
        auto doc = s.ws->documentAt(s.scenario, r);
        REQUIRE_OK(doc);
        REQUIRE_SAME_DOC(doc.value(), s.docs[static_cast<std::size_t>(r)]);
      }
      auto before = s.ws->documentAt(s.scenario, 0);
      REQUIRE_OK(before);
      QVERIFY(before.value().entities.empty());
      REQUIRE_ERROR(s.ws->documentAt(s.scenario, s.latest() + 1), "workspace.no_revision");
      REQUIRE_ERROR(s.ws->documentAt(s.scenario, -1), "workspace.no_revision");
      REQUIRE_ERROR(s.ws->documentAt(s.scenario, std::numeric_limits<std::int64_t>::max()),
                    "workspace.no_revision");
      REQUIRE_ERROR(s.ws->documentAt(env.docIds(), 1), "workspace.no_scenario");
      REQUIRE_ERROR(s.ws->history(env.docIds()), "workspace.no_scenario");
      s.ws.reset();
      auto reopened = Workspace::open(env.path(), env.options());
      REQUIRE_OK(reopened);
      s.ws = std::move(reopened).value();
    }
  }

  // A page is the newest entries below a revision, oldest first; the pages read back to back
  // are the whole log.
  void historyPagesFromTheNewestEnd() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    auto whole = s.ws->history(s.scenario);
    REQUIRE_OK(whole);
    QCOMPARE(whole.value().size(), std::size_t{7});

    auto newest = s.ws->historyPage(s.scenario, 0, 3);
    REQUIRE_OK(newest);
    compareHistories(newest.value(),
                     std::vector<HistoryEntry>(whole.value().begin() + 4, whole.value().end()));
    auto middle = s.ws->historyPage(s.scenario, 5, 3);
    REQUIRE_OK(middle);
    compareHistories(middle.value(), std::vector<HistoryEntry>(whole.value().begin() + 1,
                                                               whole.value().begin() + 4));
    auto last = s.ws->historyPage(s.scenario, 2, 3);  // only revision 1 is left
    REQUIRE_OK(last);
    compareHistories(last.value(),
                     std::vector<HistoryEntry>(whole.value().begin(), whole.value().begin() + 1));
    auto beyond = s.ws->historyPage(s.scenario, 1, 3);
    REQUIRE_OK(beyond);
    QVERIFY(beyond.value().empty());
    REQUIRE_ERROR(s.ws->historyPage(env.docIds(), 0, 3), "workspace.no_scenario");
  }

  // --- Restores ---------------------------------------------------------------------------

  void restoreRevisionAppendsAMutation() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    auto before = s.ws->history(s.scenario);
    REQUIRE_OK(before);

    env.advance(1000);
    auto restored = s.ws->restoreRevision(s.scenario, 2, "dave");
    REQUIRE_OK(restored);
    QCOMPARE(restored.value(), std::int64_t{8});
    auto now = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(now);
    QCOMPARE(now.value().revision, std::int64_t{8});
    REQUIRE_SAME_DOC(now.value().document, s.docs[2]);

    auto after = s.ws->history(s.scenario);
    REQUIRE_OK(after);
    QCOMPARE(after.value().size(), std::size_t{8});
    compareHistories(std::vector<HistoryEntry>(after.value().begin(), after.value().begin() + 7),
                     before.value());  // history is not rewritten
    const HistoryEntry& last = after.value().back();
    QCOMPARE(last.revision, std::int64_t{8});
    QCOMPARE(last.mutation.author, std::string("dave"));
    QCOMPARE(last.mutation.label, std::string("Restore revision 2"));
    QCOMPARE(last.mutation.baseRevision, std::int64_t{7});
    QCOMPARE(last.committedMs, env.now());
    QVERIFY(!last.mutation.id.isNil());
    QVERIFY(!last.mutation.ops.empty());
    for (std::size_t r = 2; r < s.mutations.size(); ++r)
      QVERIFY(last.mutation.id != s.mutations[r].id);

    // Replaying the log reaches the restored document too.
    auto replayed = s.ws->documentAt(s.scenario, 8);
    REQUIRE_OK(replayed);
    REQUIRE_SAME_DOC(replayed.value(), s.docs[2]);
    auto old = s.ws->documentAt(s.scenario, 7);
    REQUIRE_OK(old);
    REQUIRE_SAME_DOC(old.value(), s.docs[7]);

    // Restoring what is already current changes nothing.
    auto again = s.ws->restoreRevision(s.scenario, 2, "dave");
    REQUIRE_OK(again);
    QCOMPARE(again.value(), std::int64_t{8});
    auto same = s.ws->restoreRevision(s.scenario, 8, "dave");
    REQUIRE_OK(same);
    QCOMPARE(same.value(), std::int64_t{8});
    auto unchanged = s.ws->history(s.scenario);
    REQUIRE_OK(unchanged);
    QCOMPARE(unchanged.value().size(), std::size_t{8});

    // Nothing to restore before the creation or after the end.
    REQUIRE_ERROR(s.ws->restoreRevision(s.scenario, 0, "dave"), "workspace.no_revision");
    REQUIRE_ERROR(s.ws->restoreRevision(s.scenario, 9, "dave"), "workspace.no_revision");
    REQUIRE_ERROR(s.ws->restoreRevision(env.docIds(), 1, "dave"), "workspace.no_scenario");

    // Back to the latest edit, and it all survives reopening.
    auto forward = s.ws->restoreRevision(s.scenario, 7, "erin");
    REQUIRE_OK(forward);
    QCOMPARE(forward.value(), std::int64_t{9});
    State expected;
    expected.revision = 9;
    expected.document = s.docs[7];
    auto log = s.ws->history(s.scenario);
    REQUIRE_OK(log);
    expected.history = log.value();
    verifyState(env, s, expected);
  }

  void versionsSaveAndRestore() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;

    // Saving a version is revision 8: the root's "version" set to its name (so that it syncs);
    // the version is the scenario as that revision leaves it.
    env.advance(1000);
    const std::int64_t savedAt = env.now();
    auto v1 = s.ws->saveVersion(s.scenario, "Base case", "carol");
    REQUIRE_OK(v1);
    mirrorVersionSave(env, s, "Base case", savedAt);
    if (QTest::currentTestFailed()) return;
    const Id dcf = dcfOf(s.docs.back()).id;
    commitAndMirror(env, s,
                    makeMutation(env, s, "alice", "WACC up",
                                 {setFieldOp(s.docs.back(), dcf, "discount_rate.wacc", 0.12)}));
    if (QTest::currentTestFailed()) return;
    env.advance(1000);
    auto v2 = s.ws->saveVersion(s.scenario, "High WACC", "alice");
    REQUIRE_OK(v2);
    QVERIFY(v2.value() != v1.value());
    mirrorVersionSave(env, s, "High WACC", env.now());
    if (QTest::currentTestFailed()) return;

    auto list = s.ws->versions(s.scenario);
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{2});
    const VersionInfo& first = list.value()[0];
    QCOMPARE(first.id, v1.value());
    QVERIFY(first.scenario == s.scenario);
    QCOMPARE(first.label, std::string("Base case"));
    QCOMPARE(first.revision, std::int64_t{8});
    QCOMPARE(first.author, std::string("carol"));
    QCOMPARE(first.createdMs, savedAt);
    QCOMPARE(list.value()[1].revision, std::int64_t{10});
    QCOMPARE(list.value()[1].label, std::string("High WACC"));

    auto doc1 = s.ws->versionDocument(v1.value());
    REQUIRE_OK(doc1);
    REQUIRE_SAME_DOC(doc1.value(), s.docs[8]);
    auto doc2 = s.ws->versionDocument(v2.value());
    REQUIRE_OK(doc2);
    REQUIRE_SAME_DOC(doc2.value(), s.docs[10]);

    // The save is in the history under its own label; it is not an input, so restoring an
    // older revision or version keeps the name of the last version saved.
    auto log = s.ws->history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{10});
    QCOMPARE(log.value()[7].mutation.label, std::string("Save version \"Base case\""));
    QCOMPARE(log.value()[7].mutation.labelCode.code, std::string("save_version"));
    QCOMPARE(log.value()[7].mutation.author, std::string("carol"));

    env.advance(1000);
    auto restored = s.ws->restoreVersion(v1.value(), "dave");
    REQUIRE_OK(restored);
    QCOMPARE(restored.value(), std::int64_t{11});
    ScenarioDocument backToBase = s.docs[8];  // its inputs, with the version name of now
    backToBase.entities.front().fields["version"] = std::string("High WACC");
    // The name tells of the history, not of the valuation: no input to compare.
    for (const InputLeaf& leaf : flattenInputs(backToBase)) QVERIFY(leaf.path != "version");
    auto now = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(now);
    REQUIRE_SAME_DOC(now.value().document, backToBase);
    log = s.ws->history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{11});
    QCOMPARE(log.value().back().mutation.label, std::string("Restore version \"Base case\""));
    QCOMPARE(log.value().back().mutation.author, std::string("dave"));
    QCOMPARE(log.value().back().committedMs, env.now());
    QVERIFY(log.value()[8].mutation == s.mutations[9]);  // earlier entries untouched

    // Again: nothing to do. Versions themselves are unchanged by restoring.
    auto again = s.ws->restoreVersion(v1.value(), "dave");
    REQUIRE_OK(again);
    QCOMPARE(again.value(), std::int64_t{11});
    auto stillTwo = s.ws->versions(s.scenario);
    REQUIRE_OK(stillTwo);
    QCOMPARE(stillTwo.value().size(), std::size_t{2});

    REQUIRE_ERROR(s.ws->versionDocument(v2.value() + 100), "workspace.no_version");
    REQUIRE_ERROR(s.ws->restoreVersion(v2.value() + 100, "dave"), "workspace.no_version");
    REQUIRE_ERROR(s.ws->versions(env.docIds()), "workspace.no_scenario");
    REQUIRE_ERROR(s.ws->saveVersion(env.docIds(), "x", "dave"), "workspace.no_scenario");

    // Everything survives reopening; the version still restores the high-WACC state.
    s.ws.reset();
    auto reopened = Workspace::open(env.path(), env.options());
    REQUIRE_OK(reopened);
    s.ws = std::move(reopened).value();
    auto reread = s.ws->versionDocument(v2.value());
    REQUIRE_OK(reread);
    REQUIRE_SAME_DOC(reread.value(), s.docs[10]);
    auto toHigh = s.ws->restoreVersion(v2.value(), "erin");
    REQUIRE_OK(toHigh);
    QCOMPARE(toHigh.value(), std::int64_t{12});
    auto latest = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(latest);
    REQUIRE_SAME_DOC(latest.value().document, s.docs[10]);

    // A second version under the last one's name is a save too: one more entry, one more row.
    auto v3 = s.ws->saveVersion(s.scenario, "High WACC", "erin");
    REQUIRE_OK(v3);
    auto three = s.ws->versions(s.scenario);
    REQUIRE_OK(three);
    QCOMPARE(three.value().size(), std::size_t{3});
    QCOMPARE(three.value()[2].revision, std::int64_t{13});
    auto doc3 = s.ws->versionDocument(v3.value());
    REQUIRE_OK(doc3);
    REQUIRE_SAME_DOC(doc3.value(), s.docs[10]);

    // A name of the full 500 characters is kept whole; the English label has room for
    // 500 - 12 ("Save version") - 3 (space, quotes) = 485 characters: 484 of the name and "…".
    std::string longName;
    for (int i = 0; i < 500; ++i) longName += "ü";
    auto v4 = s.ws->saveVersion(s.scenario, longName, "erin");
    REQUIRE_OK(v4);
    QCOMPARE(s.ws->versions(s.scenario).value().back().label, longName);
    auto last = s.ws->history(s.scenario, 13);
    REQUIRE_OK(last);
    QCOMPARE(last.value().size(), std::size_t{1});
    QCOMPARE(last.value().front().mutation.label,
             "Save version \"" + longName.substr(0, 484 * 2) + "…\"");
    QVERIFY(last.value().front().mutation.labelCode.params == std::vector<std::string>{longName});

    // An edit that sets the name (a patch, a save copied from the history) is refused: it would
    // tell colleagues' copies of a version that was never saved. Nothing is written.
    auto before = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(before);
    const ScenarioDocument& beforeDoc = before.value().document;
    Mutation renamed = makeMutation(
        env, s, "erin", "Patch",
        {setFieldOp(beforeDoc, beforeDoc.root().id, "version", Value(std::string("Forged")))});
    renamed.baseRevision = before.value().revision;
    auto refused = s.ws->commit(s.scenario, renamed);
    REQUIRE_ERROR(refused, "workspace.version_field");
    QVERIFY(refused.error().message.find("\"version\"") != std::string::npos);
    auto after = s.ws->loadScenario(s.scenario);
    REQUIRE_OK(after);
    QCOMPARE(after.value().revision, before.value().revision);
    QCOMPARE(s.ws->versions(s.scenario).value().size(), std::size_t{4});
  }

  // --- Refused edits ----------------------------------------------------------------------

  void staleOrInvalidMutationIsRejected_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("stale previous value") << static_cast<int>(Reject::StalePrevious);
    QTest::newRow("stale per-year previous") << static_cast<int>(Reject::StaleYear);
    QTest::newRow("unknown field") << static_cast<int>(Reject::UnknownField);
    QTest::newRow("wrong type") << static_cast<int>(Reject::WrongType);
    QTest::newRow("unknown entity") << static_cast<int>(Reject::UnknownEntity);
    QTest::newRow("year on a plain field") << static_cast<int>(Reject::YearOnPlainField);
    QTest::newRow("delete the root only") << static_cast<int>(Reject::DeleteRootOnly);
    QTest::newRow("delete everything") << static_cast<int>(Reject::DeleteEverything);
    QTest::newRow("second op stale") << static_cast<int>(Reject::SecondOpStale);
    QTest::newRow("create an existing entity") << static_cast<int>(Reject::CreateExisting);
  }
  void staleOrInvalidMutationIsRejected() {
    QFETCH(int, kind);
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    State before;
    captureState(*s.ws, s.scenario, before);
    if (QTest::currentTestFailed()) return;

    const ScenarioDocument& doc = s.docs.back();
    const Id root = doc.root().id;
    const Entity& dcf = dcfOf(doc);
    std::vector<Op> ops;
    switch (static_cast<Reject>(kind)) {
      case Reject::StalePrevious:  // made against revision 1, where the WACC was 0.10
        ops = {setFieldOp(s.docs[1], dcf.id, "discount_rate.wacc", 0.09)};
        break;
      case Reject::StaleYear:  // 2027 was 0.22 at revision 3, 1e-300 now
        ops = {setFieldOp(s.docs[3], dcf.id, "ebit_margin.values", 0.5, 2027)};
        break;
      case Reject::UnknownField:
        ops = {setFieldOp(doc, dcf.id, "discount_rate.wac", 0.09)};
        break;
      case Reject::WrongType:
        ops = {setFieldOp(doc, dcf.id, "discount_rate.wacc", std::string("nine percent"))};
        break;
      case Reject::UnknownEntity:
        ops = {setFieldOp(doc, env.docIds(), "discount_rate.wacc", 0.09)};
        break;
      case Reject::YearOnPlainField:
        ops = {setFieldOp(doc, dcf.id, "discount_rate.wacc", 0.09, 2026)};
        break;
      case Reject::DeleteRootOnly: {
        Op op;
        op.kind = OpKind::Delete;
        op.entity = root;
        op.snapshot = doc.root();
        ops = {op};
        break;
      }
      case Reject::DeleteEverything: {  // children first: each op is valid, the result is empty
        std::vector<const Entity*> order;
        for (const Entity& e : doc.entities)
          if (e.parent == dcf.id) order.push_back(&e);
        order.push_back(&dcf);
        order.push_back(&doc.root());
        QCOMPARE(order.size(), doc.entities.size());
        for (const Entity* e : order) {
          Op op;
          op.kind = OpKind::Delete;
          op.entity = e->id;
          op.snapshot = *e;
          ops.push_back(op);
        }
        break;
      }
      case Reject::SecondOpStale:
        ops = {setFieldOp(doc, dcf.id, "discount_rate.wacc", 0.09),
               setFieldOp(s.docs[1], dcf.id, "terminal_value.growth", 0.03)};
        break;
      case Reject::CreateExisting: {
        Op op;
        op.kind = OpKind::Create;
        op.entity = dcf.id;
        op.snapshot = dcf;
        ops = {op};
        break;
      }
    }
    const Mutation m = makeMutation(env, s, "mallory", "Refused", ops);
    env.advance(1000);
    auto result = s.ws->commit(s.scenario, m);
    REQUIRE_ERROR(result, "mutation.rejected");
    QVERIFY(!result.error().message.empty());
    verifyState(env, s, before);
    if (QTest::currentTestFailed()) return;

    // The workspace stays usable: a valid edit goes through with the next revision.
    const ScenarioDocument current = s.docs.back();
    commitAndMirror(
        env, s,
        makeMutation(env, s, "alice", "After refusal",
                     {setFieldOp(current, dcfOf(current).id, "discount_rate.wacc", 0.11)}));
    QCOMPARE(s.latest(), before.revision + 1);
  }

  void duplicateMutationIdIsRejected() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    State before;
    captureState(*s.ws, s.scenario, before);
    if (QTest::currentTestFailed()) return;
    const Id dcf = dcfOf(s.docs.back()).id;

    // Valid ops against the current document, but the ID of an earlier mutation.
    Mutation m = makeMutation(env, s, "alice", "Replay",
                              {setFieldOp(s.docs.back(), dcf, "discount_rate.wacc", 0.07)});
    m.id = s.mutations[3].id;
    REQUIRE_ERROR(s.ws->commit(s.scenario, m), "mutation.duplicate");
    // The workspace's own creation mutation too.
    m.id = before.history.front().mutation.id;
    REQUIRE_ERROR(s.ws->commit(s.scenario, m), "mutation.duplicate");
    verifyState(env, s, before);
    if (QTest::currentTestFailed()) return;

    // IDs are unique across scenarios as well.
    const auto other = addSecond(env, s, "alice");
    QVERIFY(other);
    Mutation elsewhere;
    elsewhere.id = s.mutations[2].id;
    elsewhere.author = "alice";
    elsewhere.baseRevision = 1;
    elsewhere.ops = {setFieldOp(*other, dcfOf(*other).id, "discount_rate.beta", 1.1)};
    REQUIRE_ERROR(s.ws->commit(other->root().id, elsewhere), "mutation.duplicate");
    auto untouched = s.ws->loadScenario(other->root().id);
    REQUIRE_OK(untouched);
    QCOMPARE(untouched.value().revision, std::int64_t{1});
    REQUIRE_SAME_DOC(untouched.value().document, *other);

    // With a fresh ID the same edit goes through.
    m.id = env.mutationIds();
    commitAndMirror(env, s, m);
  }

  // A value the mutation layer accepts must be stored so it reads back; otherwise the commit
  // must be refused. Either way no exception escapes and the log stays readable.
  void unstorableValuesAreRefusedOrReadBack_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("NaN") << static_cast<int>(Unstorable::NaN);
    QTest::newRow("infinity") << static_cast<int>(Unstorable::Infinity);
    QTest::newRow("invalid UTF-8 text") << static_cast<int>(Unstorable::InvalidUtf8);
    QTest::newRow("year 1800") << static_cast<int>(Unstorable::Year1800);
    QTest::newRow("year 10000") << static_cast<int>(Unstorable::Year10000);
    QTest::newRow("no ops") << static_cast<int>(Unstorable::NoOps);
  }
  void unstorableValuesAreRefusedOrReadBack() {
    QFETCH(int, kind);
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    State before;
    captureState(*s.ws, s.scenario, before);
    if (QTest::currentTestFailed()) return;
    const ScenarioDocument& doc = s.docs.back();
    const Id dcf = dcfOf(doc).id;
    std::vector<Op> ops;
    switch (static_cast<Unstorable>(kind)) {
      case Unstorable::NaN:
        ops = {
            setFieldOp(doc, dcf, "discount_rate.wacc", std::numeric_limits<double>::quiet_NaN())};
        break;
      case Unstorable::Infinity:
        ops = {setFieldOp(doc, dcf, "discount_rate.wacc", std::numeric_limits<double>::infinity())};
        break;
      case Unstorable::InvalidUtf8:
        ops = {setFieldOp(doc, doc.root().id, "description", std::string("bad \xff\xfe bytes"))};
        break;
      case Unstorable::Year1800:
        ops = {setFieldOp(doc, dcf, "ebit_margin.values", 0.3, 1800)};
        break;
      case Unstorable::Year10000:
        ops = {setFieldOp(doc, dcf, "ebit_margin.values", 0.3, 10000)};
        break;
      case Unstorable::NoOps:
        break;
    }
    const Mutation m = makeMutation(env, s, "alice", "Edge", ops);
    std::optional<Result<std::int64_t>> result;
    try {
      result.emplace(s.ws->commit(s.scenario, m));
    } catch (const std::exception& e) {
      QFAIL((std::string("commit threw instead of returning an error: ") + e.what()).c_str());
    }
    if (!result->ok()) {  // refused: nothing changed
      qInfo("refused with %s", errorText(*result).c_str());
      verifyState(env, s, before);
      return;
    }
    // Accepted: then it must be durable and readable, in this session and after reopening.
    QCOMPARE(result->value(), before.revision + 1);
    std::string problems;
    auto log = s.ws->history(s.scenario);
    if (!log) problems += "\n  history() in the same session: " + errorText(log);
    s.ws.reset();
    auto reopened = Workspace::open(env.path(), env.options());
    REQUIRE_OK(reopened);
    auto stored = reopened.value()->loadScenario(s.scenario);
    if (!stored)
      problems += "\n  loadScenario() after reopening: " + errorText(stored);
    else if (stored.value().revision != before.revision + 1)
      problems += "\n  revision after reopening: " + std::to_string(stored.value().revision);
    auto replayed = reopened.value()->documentAt(s.scenario, before.revision + 1);
    if (!replayed) problems += "\n  documentAt() after reopening: " + errorText(replayed);
    auto earlier = reopened.value()->documentAt(s.scenario, 2);
    if (!earlier) problems += "\n  documentAt(2), before the edit: " + errorText(earlier);
    auto exported = exportScenarios(*reopened.value(), {s.scenario});
    if (!exported) problems += "\n  exportScenarios(): " + errorText(exported);
    QVERIFY2(problems.empty(), ("the commit was accepted, but:" + problems).c_str());
  }

  void readOnlyRefusesWrites() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    REQUIRE_OK(s.ws->setNote(s.scenario, "kept", "alice"));
    auto v = s.ws->saveVersion(s.scenario, "v", "alice");
    REQUIRE_OK(v);
    s.ws.reset();
    const QByteArray bytesBefore = fileBytes(env.path());

    auto reader = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(reader);
    Workspace& ws = *reader.value();
    const ScenarioDocument& doc = s.docs.back();
    const Mutation m = makeMutation(env, s, "alice", "x",
                                    {setFieldOp(doc, dcfOf(doc).id, "discount_rate.wacc", 0.2)});
    REQUIRE_ERROR(ws.commit(s.scenario, m), "workspace.read_only");
    REQUIRE_ERROR(ws.restoreRevision(s.scenario, 2, "alice"), "workspace.read_only");
    REQUIRE_ERROR(ws.saveVersion(s.scenario, "v2", "alice"), "workspace.read_only");
    REQUIRE_ERROR(ws.restoreVersion(v.value(), "alice"), "workspace.read_only");
    REQUIRE_ERROR(ws.setNote(s.scenario, "changed", "alice"), "workspace.read_only");
    REQUIRE_ERROR(ws.setTags(s.scenario, {"a"}, "alice"), "workspace.read_only");
    REQUIRE_ERROR(ws.setSetting("k", "v"), "workspace.read_only");
    auto other = loadFixture(kSampleFull, env.docIds);
    QVERIFY(other);
    REQUIRE_ERROR(ws.addScenarios({*other}, "alice", "Add"), "workspace.read_only");
    // Reading works.
    auto note = ws.note(s.scenario);
    REQUIRE_OK(note);
    QCOMPARE(note.value(), std::string("kept"));
    auto list = ws.listScenarios();
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{1});
    auto check = ws.integrityCheck();
    REQUIRE_OK(check);
    QCOMPARE(check.value(), std::string("ok"));
    reader.value().reset();
    QCOMPARE(fileBytes(env.path()), bytesBefore);
  }

  // --- Notes, tags, settings, finding -----------------------------------------------------

  void notesTagsAndSettings() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    Workspace& ws = *s.ws;

    auto empty = ws.note(s.scenario);
    REQUIRE_OK(empty);
    QCOMPARE(empty.value(), std::string());
    const std::string text =
        "Sources: 10-K 2024, p. 37.\nCheck the \"lease\" adjustment \xe2\x80\x94 "
        "\xc3\xa9t\xc3\xa9.";
    REQUIRE_OK(ws.setNote(s.scenario, text, "alice"));
    auto note = ws.note(s.scenario);
    REQUIRE_OK(note);
    QCOMPARE(note.value(), text);
    REQUIRE_OK(ws.setNote(s.scenario, "second", "alice"));
    // Each is an entry of the history (so it is undone, restored and synced like any edit).
    auto log = ws.history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{9});
    QVERIFY(log.value().back().mutation.labelCode == (LabelCode{"edit_note", {}}));
    QCOMPARE(log.value().back().mutation.author, std::string("alice"));
    // Restoring an earlier revision brings its inputs back, not its (empty) note.
    REQUIRE_OK(ws.restoreRevision(s.scenario, 2, "alice"));
    auto kept = ws.note(s.scenario);
    REQUIRE_OK(kept);
    QCOMPARE(kept.value(), std::string("second"));
    REQUIRE_ERROR(ws.setNote(env.docIds(), "x", "alice"), "workspace.no_scenario");
    REQUIRE_ERROR(ws.note(env.docIds()), "workspace.no_scenario");

    // Tags come back sorted (by byte) and without repeats.
    REQUIRE_OK(ws.setTags(s.scenario, {"zeta", "alpha", "Mid", "alpha", "beta"}, "alice"));
    auto list = ws.listScenarios();
    REQUIRE_OK(list);
    QVERIFY(list.value().front().tags ==
            (std::vector<std::string>{"Mid", "alpha", "beta", "zeta"}));
    // A bad tag refuses the whole call and leaves the old tags.
    REQUIRE_ERROR(ws.setTags(s.scenario, {"ok", ""}, "alice"), "workspace.bad_tag");
    REQUIRE_ERROR(ws.setTags(s.scenario, {std::string(101, 't')}, "alice"), "workspace.bad_tag");
    list = ws.listScenarios();
    REQUIRE_OK(list);
    QVERIFY(list.value().front().tags ==
            (std::vector<std::string>{"Mid", "alpha", "beta", "zeta"}));
    REQUIRE_ERROR(ws.setTags(env.docIds(), {"x"}, "alice"), "workspace.no_scenario");

    // Settings: absent, set, overwritten.
    auto absent = ws.setting("valuation.currency");
    REQUIRE_OK(absent);
    QVERIFY(!absent.value());
    REQUIRE_OK(ws.setSetting("valuation.currency", "EUR"));
    REQUIRE_OK(ws.setSetting("valuation.currency", "CHF"));
    REQUIRE_OK(ws.setSetting("empty", ""));
    auto currency = ws.setting("valuation.currency");
    REQUIRE_OK(currency);
    QVERIFY(currency.value() && *currency.value() == "CHF");

    // All of it survives reopening, and a reader sees it.
    s.ws.reset();
    auto reader = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(reader);
    auto note2 = reader.value()->note(s.scenario);
    REQUIRE_OK(note2);
    QCOMPARE(note2.value(), std::string("second"));
    auto list2 = reader.value()->listScenarios();
    REQUIRE_OK(list2);
    QVERIFY(list2.value().front().tags ==
            (std::vector<std::string>{"Mid", "alpha", "beta", "zeta"}));
    auto currency2 = reader.value()->setting("valuation.currency");
    REQUIRE_OK(currency2);
    QVERIFY(currency2.value() && *currency2.value() == "CHF");
    auto empty2 = reader.value()->setting("empty");
    REQUIRE_OK(empty2);
    QVERIFY(empty2.value() && empty2.value()->empty());
    reader.value().reset();

    // Replacing and clearing tags.
    auto writer = Workspace::open(env.path(), env.options());
    REQUIRE_OK(writer);
    REQUIRE_OK(writer.value()->setTags(s.scenario, {"only"}, "alice"));
    auto list3 = writer.value()->listScenarios();
    REQUIRE_OK(list3);
    QVERIFY(list3.value().front().tags == std::vector<std::string>{"only"});
    REQUIRE_OK(writer.value()->setTags(s.scenario, {}, "alice"));
    auto list4 = writer.value()->listScenarios();
    REQUIRE_OK(list4);
    QVERIFY(list4.value().front().tags.empty());
  }

  // A tag is any text of 1 to 100 characters; what is stored must come back as one tag.
  void tagWithControlCharacterReadsBackWhole() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const std::string tag = std::string("a") + '\x1f' + "b";
    auto set = s.ws->setTags(s.scenario, {tag}, "alice");
    if (!set) {
      qInfo("refused with %s", errorText(set).c_str());
      return;
    }
    auto list = s.ws->listScenarios();
    REQUIRE_OK(list);
    QVERIFY2(
        list.value().front().tags == std::vector<std::string>{tag},
        ("stored one tag, read back " + std::to_string(list.value().front().tags.size())).c_str());
  }

  void findScenarioByIdAndName() {
    Env env;
    QVERIFY(env.valid());
    auto a = loadFixture(kHandCase, env.docIds);
    auto b = loadFixture(kHandCase, env.docIds);  // same name, other IDs
    auto c = loadFixture(kSampleFull, env.docIds);
    QVERIFY(a && b && c);
    QVERIFY(a->root().id != b->root().id);
    auto ws = Workspace::create(env.path(), env.options());
    REQUIRE_OK(ws);
    REQUIRE_OK(ws.value()->addScenarios({*a, *b, *c}, "alice", "Create"));

    auto byId = ws.value()->findScenario(a->root().id.toString());
    REQUIRE_OK(byId);
    QVERIFY(byId.value() == a->root().id);
    std::string upper = b->root().id.toString();
    std::transform(upper.begin(), upper.end(), upper.begin(), [](char ch) {
      return static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    });
    auto byUpperId = ws.value()->findScenario(upper);
    REQUIRE_OK(byUpperId);
    QVERIFY(byUpperId.value() == b->root().id);
    auto byName = ws.value()->findScenario("Full sample \xe2\x80\x94 every field kind");
    REQUIRE_OK(byName);
    QVERIFY(byName.value() == c->root().id);

    REQUIRE_ERROR(ws.value()->findScenario("Hand-checkable DCF"), "workspace.ambiguous");
    REQUIRE_ERROR(ws.value()->findScenario("hand-checkable dcf"),
                  "workspace.no_scenario");  // exact
    REQUIRE_ERROR(ws.value()->findScenario("Nobody"), "workspace.no_scenario");
    REQUIRE_ERROR(ws.value()->findScenario(""), "workspace.no_scenario");
    REQUIRE_ERROR(ws.value()->findScenario(env.docIds().toString()), "workspace.no_scenario");

    // Renaming one (a mutation) makes the name unique again.
    Mutation m;
    m.id = env.mutationIds();
    m.author = "alice";
    m.baseRevision = 1;
    m.ops = {setFieldOp(*b, b->root().id, "name", std::string("Hand case, copy"))};
    REQUIRE_OK(ws.value()->commit(b->root().id, m));
    auto unique = ws.value()->findScenario("Hand-checkable DCF");
    REQUIRE_OK(unique);
    QVERIFY(unique.value() == a->root().id);
    auto renamed = ws.value()->findScenario("Hand case, copy");
    REQUIRE_OK(renamed);
    QVERIFY(renamed.value() == b->root().id);

    // Listed by name, case-insensitively.
    auto list = ws.value()->listScenarios();
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{3});
    QCOMPARE(list.value()[0].name, std::string("Full sample \xe2\x80\x94 every field kind"));
    QCOMPARE(list.value()[1].name, std::string("Hand case, copy"));
    QCOMPARE(list.value()[2].name, std::string("Hand-checkable DCF"));
    QCOMPARE(list.value()[1].revision, std::int64_t{2});
  }

  // --- The writer lock --------------------------------------------------------------------

  // A retried commit (the answer was lost) records the mutation once and gives the same
  // revision again.
  void sameMutationAgainIsRecordedOnce() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    Mutation m = makeMutation(
        env, s, "alice", "Once",
        {setFieldOp(s.docs.back(), dcfOf(s.docs.back()).id, "discount_rate.wacc", 0.071)});
    auto first = s.ws->commit(s.scenario, m);
    REQUIRE_OK(first);
    auto again = s.ws->commit(s.scenario, m);
    REQUIRE_OK(again);
    QCOMPARE(again.value(), first.value());
    auto log = s.ws->history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().back().revision, first.value());
    QCOMPARE(std::count_if(log.value().begin(), log.value().end(),
                           [&](const HistoryEntry& e) { return e.mutation.id == m.id; }),
             std::ptrdiff_t{1});
  }

  // Another connection writes the scenario (as a sync worker will): the next commit is applied to
  // the stored state instead of failing as a conflict for as long as the workspace stays open;
  // an edit of the very field changed meanwhile is refused as stale.
  void anotherConnectionsWriteIsPickedUp() {
    Env env;
    QVERIFY(env.valid());
    auto doc = loadFixture(kHandCase, env.docIds);
    QVERIFY(doc);
    auto created = Workspace::create(env.path(), env.options());
    REQUIRE_OK(created);
    Workspace& ws = *created.value();
    REQUIRE_OK(ws.addScenarios({*doc}, "alice", "Create"));
    const Id id = doc->root().id;
    auto cached = ws.loadScenario(id);  // cached here
    REQUIRE_OK(cached);
    const std::int64_t first = cached.value().revision;
    {
      auto other = sql::Database::open(env.path(), sql::Database::Mode::ReadWrite);
      REQUIRE_OK(other);
      // (REQUIRE_OK reads its argument twice: the statement runs once, outside it.)
      const Status bumped = other.value().execute("UPDATE scenarios SET revision = revision + 1");
      REQUIRE_OK(bumped);
    }
    Mutation m;
    m.id = env.mutationIds();
    m.author = "alice";
    m.baseRevision = first;
    m.ops = {setFieldOp(*doc, dcfOf(*doc).id, "discount_rate.wacc", 0.083)};
    auto committed = ws.commit(id, m);
    REQUIRE_OK(committed);
    QCOMPARE(committed.value(), first + 2);  // after the other connection's revision
    auto stored = ws.loadScenario(id);
    REQUIRE_OK(stored);
    QCOMPARE(*dcfOf(stored.value().document).number("discount_rate.wacc"), 0.083);

    // The other connection changes the WACC itself: an edit made against the old WACC is stale.
    {
      auto other = sql::Database::open(env.path(), sql::Database::Mode::ReadWrite);
      REQUIRE_OK(other);
      ScenarioDocument changed = stored.value().document;
      for (Entity& e : changed.entities)
        if (e.type == "dcf") e.fields["discount_rate.wacc"] = 0.09;
      const Status written =
          other.value().execute("UPDATE scenarios SET revision = revision + 1, snapshot = '" +
                                documentToFlatJson(changed).dump() + "'");
      REQUIRE_OK(written);
    }
    Mutation stale;
    stale.id = env.mutationIds();
    stale.author = "alice";
    stale.baseRevision = first + 2;
    stale.ops = {setFieldOp(stored.value().document, dcfOf(stored.value().document).id,
                            "discount_rate.wacc", 0.1)};
    auto refused = ws.commit(id, stale);
    QVERIFY(!refused);
    auto after = ws.loadScenario(id);
    REQUIRE_OK(after);
    QCOMPARE(*dcfOf(after.value().document).number("discount_rate.wacc"), 0.09);
    QCOMPARE(after.value().revision, first + 3);
  }

  void secondWriterIsLocked() {
    Env env;
    QVERIFY(env.valid());
    auto doc = loadFixture(kHandCase, env.docIds);
    QVERIFY(doc);
    auto writer = Workspace::create(env.path(), env.options());
    REQUIRE_OK(writer);
    REQUIRE_OK(writer.value()->addScenarios({*doc}, "alice", "Create"));
    const Id id = doc->root().id;

#ifdef __linux__
    // flock() locks belong to the open file description: a new open() of the lock file in this
    // same process conflicts with the writer's lock, as a second process would.
    {
      const std::string lockPath = env.path() + ".lock";
      const int fd = ::open(lockPath.c_str(), O_RDWR | O_CLOEXEC);
      QVERIFY2(fd >= 0, lockPath.c_str());
      const int rc = ::flock(fd, LOCK_EX | LOCK_NB);
      const int error = errno;
      ::close(fd);
      QCOMPARE(rc, -1);
      QCOMPARE(error, EWOULDBLOCK);
    }
#endif
    auto second = Workspace::open(env.path(), env.options());
    REQUIRE_ERROR(second, "workspace.locked");
    QVERIFY2(second.error().message.find("read-only") != std::string::npos,
             second.error().message.c_str());
    REQUIRE_ERROR(Workspace::create(env.path(), env.options()), "workspace.exists");

    // A reader opens alongside and sees committed data, including what is committed later.
    auto reader = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(reader);
    auto seen = reader.value()->loadScenario(id);
    REQUIRE_OK(seen);
    QCOMPARE(seen.value().revision, std::int64_t{1});
    REQUIRE_SAME_DOC(seen.value().document, *doc);
    Mutation m;
    m.id = env.mutationIds();
    m.author = "alice";
    m.baseRevision = 1;
    m.ops = {setFieldOp(*doc, dcfOf(*doc).id, "discount_rate.wacc", 0.085)};
    auto expected = applyMutation(*doc, m);
    QVERIFY(expected);
    REQUIRE_OK(writer.value()->commit(id, m));
    auto later = reader.value()->loadScenario(id);
    REQUIRE_OK(later);
    QCOMPARE(later.value().revision, std::int64_t{2});
    REQUIRE_SAME_DOC(later.value().document, expected.value());

    // The writer gone, another writer may open (the reader does not hold the lock).
    writer.value().reset();
    auto next = Workspace::open(env.path(), env.options());
    REQUIRE_OK(next);
    REQUIRE_ERROR(Workspace::open(env.path(), env.options()), "workspace.locked");
    auto load = next.value()->loadScenario(id);
    REQUIRE_OK(load);
    QCOMPARE(load.value().revision, std::int64_t{2});
    next.value().reset();
    auto third = Workspace::open(env.path(), env.options());
    REQUIRE_OK(third);
  }

  // --- Existing, foreign and damaged files ------------------------------------------------

  void createRefusesAnExistingPath_data() {
    QTest::addColumn<int>("what");
    QTest::newRow("text file") << 0;
    QTest::newRow("empty file") << 1;
    QTest::newRow("workspace") << 2;
    QTest::newRow("directory") << 3;
  }
  void createRefusesAnExistingPath() {
    QFETCH(int, what);
    Env env;
    QVERIFY(env.valid());
    const std::string path = env.path();
    Id scenario;
    switch (what) {
      case 0:
        QVERIFY(writeBytes(path, QByteArray("my notes, not a workspace\n")));
        break;
      case 1:
        QVERIFY(writeBytes(path, QByteArray()));
        break;
      case 2: {
        auto doc = loadFixture(kHandCase, env.docIds);
        QVERIFY(doc);
        auto ws = Workspace::create(path, env.options());
        REQUIRE_OK(ws);
        REQUIRE_OK(ws.value()->addScenarios({*doc}, "alice", "Create"));
        scenario = doc->root().id;
        break;
      }
      case 3:
        QVERIFY(fs::create_directory(path));
        break;
    }
    const QByteArray before = what == 3 ? QByteArray() : fileBytes(path);
    auto created = Workspace::create(path, env.options());
    REQUIRE_ERROR(created, "workspace.exists");
    if (what == 3) {
      QVERIFY(fs::is_directory(path));
      QVERIFY(fs::is_empty(path));
      return;
    }
    QCOMPARE(fileBytes(path), before);
    if (what == 2) {
      auto ws = Workspace::open(path, env.options());
      REQUIRE_OK(ws);
      auto stored = ws.value()->loadScenario(scenario);
      REQUIRE_OK(stored);
    }
  }

  void openMissingFile() {
    Env env;
    QVERIFY(env.valid());
    REQUIRE_ERROR(Workspace::open(env.path("nothing.valor"), env.options()), "workspace.not_found");
    REQUIRE_ERROR(Workspace::open(env.path("nothing.valor"), env.options(true)),
                  "workspace.not_found");
    QVERIFY(!fs::exists(env.path("nothing.valor")));
  }

  void damagedFilesAreRefusedUnchanged_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("text file") << static_cast<int>(Damage::Text)
                               << QStringLiteral("workspace.not_a_workspace")
                               << QStringLiteral("not a Valor workspace");
    QTest::newRow("random bytes") << static_cast<int>(Damage::RandomBytes)
                                  << QStringLiteral("workspace.not_a_workspace")
                                  << QStringLiteral("not a Valor workspace");
    QTest::newRow("empty file") << static_cast<int>(Damage::Empty)
                                << QStringLiteral("workspace.not_a_workspace")
                                << QStringLiteral("not a Valor workspace");
    QTest::newRow("another program's SQLite")
        << static_cast<int>(Damage::ForeignSqlite) << QStringLiteral("workspace.not_a_workspace")
        << QStringLiteral("another program");
    QTest::newRow("truncated to half")
        << static_cast<int>(Damage::Truncated) << QStringLiteral("workspace.corrupt")
        << QStringLiteral("damaged");
    QTest::newRow("newer format") << static_cast<int>(Damage::Newer)
                                  << QStringLiteral("workspace.newer")
                                  << QStringLiteral("newer Valor");
    // Our application ID but a format number below the first: never written by Valor.
    QTest::newRow("negative format")
        << static_cast<int>(Damage::NoFormat) << QStringLiteral("workspace.corrupt")
        << QStringLiteral("damaged");
  }
  void damagedFilesAreRefusedUnchanged() {
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    Env env;
    QVERIFY(env.valid());
    const std::string path = env.path("damaged.valor");
    switch (static_cast<Damage>(kind)) {
      case Damage::Text:
        QVERIFY(writeBytes(path, QByteArray("Revenue;EBIT\n100;20\n")));
        break;
      case Damage::RandomBytes: {
        std::mt19937_64 engine(20250615);
        QByteArray bytes(64 * 1024, '\0');
        for (char& ch : bytes) ch = static_cast<char>(engine() & 0xFF);
        QVERIFY(writeBytes(path, bytes));
        break;
      }
      case Damage::Empty:
        QVERIFY(writeBytes(path, QByteArray()));
        break;
      case Damage::ForeignSqlite: {
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
        REQUIRE_OK(db);
        REQUIRE_OK(
            db.value().execute("CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT);"
                               "INSERT INTO accounts(name) VALUES ('cash'), ('receivables');"
                               "CREATE TABLE scenarios(id TEXT);"  // even a table of the same name
                               "PRAGMA user_version = 1;"));
        break;
      }
      case Damage::Truncated: {
        buildLargeWorkspace(env, path);
        if (QTest::currentTestFailed()) return;
        QVERIFY(!fs::exists(path + "-wal"));  // closed cleanly: everything is in the main file
        const QByteArray whole = fileBytes(path);
        QVERIFY2(whole.size() > 200 * 1024, QByteArray::number(whole.size()).constData());
        QVERIFY(writeBytes(path, whole.left(whole.size() / 2)));
        break;
      }
      case Damage::Newer:
      case Damage::NoFormat: {
        Scripted s;
        buildScripted(env, s);
        if (QTest::currentTestFailed()) return;
        s.ws.reset();
        fs::rename(env.path(), path);
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
        REQUIRE_OK(db);
        REQUIRE_OK(db.value().execute(static_cast<Damage>(kind) == Damage::Newer
                                          ? "PRAGMA user_version = 99"
                                          : "PRAGMA user_version = -3"));
        break;
      }
    }
    QVERIFY(fs::exists(path));
    const QByteArray before = fileBytes(path);
    for (const bool readOnly : {false, true}) {
      std::optional<Result<std::unique_ptr<Workspace>>> opened;
      try {
        opened.emplace(Workspace::open(path, env.options(readOnly)));
      } catch (const std::exception& e) {
        QFAIL((std::string("open threw: ") + e.what()).c_str());
      }
      const std::string mode = readOnly ? "read-only: " : "read-write: ";
      QVERIFY2(hasError(*opened, code.toStdString()),
               (mode + "expected " + code.toStdString() + ", got " + errorText(*opened)).c_str());
      QVERIFY2(opened->error().message.find(phrase.toStdString()) != std::string::npos,
               (mode + opened->error().message).c_str());
      QCOMPARE(opened->error().context, path);
      QVERIFY2(fileBytes(path) == before, (mode + "the file was changed").c_str());
      QVERIFY(!fs::exists(path + "-journal"));
    }
    // Creating over it is refused too, and leaves it alone.
    REQUIRE_ERROR(Workspace::create(path, env.options()), "workspace.exists");
    QVERIFY(fileBytes(path) == before);
  }

  // A file is read by a connection that cannot write before anything else happens: whatever it
  // turns out to be, it and its side files are left as they were, and no lock file appears.
  void refusedFilesKeepTheirSideFiles_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("older copy beside a later session's log")
        << static_cast<int>(SideDamage::StaleLog) << QStringLiteral("workspace.corrupt")
        << QStringLiteral("damaged");
    QTest::newRow("another program's SQLite with a committed log")
        << static_cast<int>(SideDamage::ForeignWithLog)
        << QStringLiteral("workspace.not_a_workspace") << QStringLiteral("another program");
    QTest::newRow("SQLite with a hot rollback journal")
        << static_cast<int>(SideDamage::HotJournal) << QStringLiteral("workspace.not_a_workspace")
        << QStringLiteral("rollback journal");
    QTest::newRow("newer format with a log")
        << static_cast<int>(SideDamage::NewerWithLog) << QStringLiteral("workspace.newer")
        << QStringLiteral("newer Valor");
    QTest::newRow("damaged pages")
        << static_cast<int>(SideDamage::DamagedPages) << QStringLiteral("workspace.corrupt")
        << QStringLiteral("damaged");
  }
  void refusedFilesKeepTheirSideFiles() {
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    Env env;
    QVERIFY(env.valid());
    const std::string path = env.path("refused.valor");
    std::error_code ec;
    switch (static_cast<SideDamage>(kind)) {
      case SideDamage::StaleLog: {
        // A copy of the file taken early, put back beside the log of a session that crashed
        // much later: the log's pages belong to another state of the file.
        buildLargeWorkspace(env, path);
        if (QTest::currentTestFailed()) return;
        auto early = Workspace::create(env.path("early.valor"), env.options());
        REQUIRE_OK(early);
        early.value().reset();
        const QByteArray earlyBytes = fileBytes(env.path("early.valor"));
        auto ws = Workspace::open(path, env.options());
        REQUIRE_OK(ws);
        auto list = ws.value()->listScenarios();
        REQUIRE_OK(list);
        REQUIRE_OK(ws.value()->deleteScenario(list.value().front().id, "alice"));
        REQUIRE_OK(ws.value()->setNote(list.value().back().id, std::string(20000, 'n'), "alice"));
        auto copy = crashCopy(path);
        QVERIFY(!copy.second.isEmpty());
        ws.value().reset();
        QVERIFY(restoreCrashCopy(path, {earlyBytes, copy.second}));
        break;
      }
      case SideDamage::ForeignWithLog: {
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
        REQUIRE_OK(db);
        REQUIRE_OK(db.value().execute(
            "PRAGMA journal_mode = WAL; CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT);"
            "INSERT INTO accounts(name) VALUES ('cash'), ('receivables');"));
        auto copy = crashCopy(path);
        QVERIFY(!copy.second.isEmpty());
        db = Error{};
        QVERIFY(restoreCrashCopy(path, copy));
        break;
      }
      case SideDamage::HotJournal: {
        // A transaction of another program, interrupted: its rollback journal is "hot".
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
        REQUIRE_OK(db);
        REQUIRE_OK(db.value().execute(
            "CREATE TABLE t(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
            "FROM n WHERE i < 200) INSERT INTO t SELECT randomblob(900) FROM n;"
            "PRAGMA cache_size = 1; BEGIN; UPDATE t SET x = randomblob(900);"));
        const QByteArray journal = fileBytes(path + "-journal");
        QVERIFY(journal.size() > 1000);
        const QByteArray main = fileBytes(path);
        REQUIRE_OK(db.value().execute("ROLLBACK"));
        db = Error{};
        QVERIFY(restoreCrashCopy(path, {main, journal}, "-journal"));
        break;
      }
      case SideDamage::NewerWithLog: {
        Scripted s;
        buildScripted(env, s);
        if (QTest::currentTestFailed()) return;
        auto db = sql::Database::open(env.path(), sql::Database::Mode::ReadWrite);
        REQUIRE_OK(db);
        REQUIRE_OK(db.value().execute("PRAGMA user_version = 99"));
        auto copy = crashCopy(env.path());
        QVERIFY(!copy.second.isEmpty());
        db = Error{};
        s.ws.reset();
        QVERIFY(restoreCrashCopy(path, copy));
        break;
      }
      case SideDamage::DamagedPages: {
        buildLargeWorkspace(env, path);
        if (QTest::currentTestFailed()) return;
        QByteArray bytes = fileBytes(path);
        const int pageSize = 4096;
        QVERIFY(bytes.size() > 40 * pageSize);
        for (int page : {12, 25, 38})  // the start of a page: its type or its next-page number
          for (int i = 0; i < 8; ++i) bytes[page * pageSize + i] = '\xff';
        QVERIFY(writeBytes(path, bytes));
        break;
      }
    }
    const auto before = filesBeside(path);
    for (const bool readOnly : {false, true}) {
      auto opened = Workspace::open(path, env.options(readOnly));
      const std::string mode = readOnly ? "read-only: " : "read-write: ";
      // A reader does not check every page (SQLite checks each page it reads); it may open the
      // file (SQLite then makes its empty log and index beside it) and must leave it as it was.
      if (readOnly && static_cast<SideDamage>(kind) == SideDamage::DamagedPages && opened) {
        opened.value().reset();
        QVERIFY2(fileBytes(path) == before.at(""), "read-only: the file was changed");
        continue;
      }
      QVERIFY2(hasError(opened, code.toStdString()),
               (mode + "expected " + code.toStdString() + ", got " + errorText(opened)).c_str());
      QVERIFY2(opened.error().message.find(phrase.toStdString()) != std::string::npos,
               (mode + opened.error().message).c_str());
      const auto after = filesBeside(path);
      QVERIFY2(
          after == before,
          (mode + "before: " + describeFiles(before) + "after: " + describeFiles(after)).c_str());
    }
  }

#ifdef __linux__
  // A workspace in a folder that cannot be written to (a read-only share or medium) is healthy:
  // it opens for reading, and a writer is told why it cannot write, never that it is damaged.
  // Changes still in a crashed session's log cannot be read there, and the message says so.
  void readOnlyFolderOpensForReading_data() {
    QTest::addColumn<bool>("pendingLog");
    QTest::newRow("closed cleanly") << false;
    QTest::newRow("changes still in the log") << true;
  }
  void readOnlyFolderOpensForReading() {
    QFETCH(bool, pendingLog);
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const std::string path = env.path();
    if (pendingLog) {
      auto copy = crashCopy(path);
      s.ws.reset();
      QVERIFY(restoreCrashCopy(path, copy));
    } else {
      s.ws.reset();
      std::error_code ec;
      fs::remove(path + ".lock", ec);
    }
    const std::string folder = fs::path(path).parent_path().string();
    const auto before = filesBeside(path);
    QCOMPARE(::chmod(folder.c_str(), 0555), 0);
    const std::int64_t latest = s.latest();
    const Id scenario = s.scenario;
    const int outcome = runUnprivileged([&]() -> int {
      auto reader = Workspace::open(path, env.options(true));
      if (pendingLog) return hasError(reader, "workspace.unreadable_here") ? 0 : 10;
      if (!reader) return 11;
      auto loaded = reader.value()->loadScenario(scenario);
      if (!loaded || loaded.value().revision != latest) return 12;
      auto writer = Workspace::open(path, env.options(false));
      if (!hasError(writer, "workspace.read_only_location")) return 13;
      return writer.error().message.find("opened read-only") != std::string::npos ? 0 : 14;
    });
    QCOMPARE(::chmod(folder.c_str(), 0700), 0);
    QCOMPARE(outcome, 0);
    QVERIFY(filesBeside(path) == before);
  }
#endif

#ifdef __linux__
  // A create that fails half-way (here: a file-size limit standing in for a full disk) leaves
  // nothing behind — no workspace, no temporary file, no lock file.
  void failedCreateLeavesNothing() {
    Env env;
    QVERIFY(env.valid());
    const std::string path = env.path("full.valor");
    const pid_t child = ::fork();
    if (child == 0) {
      ::signal(SIGXFSZ, SIG_IGN);  // writes past the limit fail with EFBIG instead
      const rlimit limit{2048, 2048};
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(99);
      auto ws = Workspace::create(path, env.options());
      ::_exit(ws ? 1 : 0);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);  // the create failed
    for (const char* suffix : {"", ".new", ".new-journal", ".lock", "-wal", "-shm"})
      QVERIFY2(!fs::exists(path + suffix), (path + suffix).c_str());
  }
#endif

  // Damage found when opening is reported before anything is written into the file.
  void damagedWorkspaceRefusesWrites() {
    Env env;
    QVERIFY(env.valid());
    const std::string path = env.path("damaged.valor");
    buildLargeWorkspace(env, path);
    if (QTest::currentTestFailed()) return;
    QByteArray bytes = fileBytes(path);
    const auto lastPage = bytes.size() / 4096 - 1;
    for (int i = 0; i < 8; ++i) bytes[lastPage * 4096 + i] = '\xff';
    QVERIFY(writeBytes(path, bytes));
    auto ws = Workspace::open(path, env.options());
    REQUIRE_ERROR(ws, "workspace.corrupt");
    QVERIFY2(ws.error().message.find(".backups") != std::string::npos, ws.error().message.c_str());
    QVERIFY(fileBytes(path) == bytes);
  }

  // A copy holds every acknowledged change, also those still in the write-ahead log while the
  // writer is open, and is a workspace of its own; it never replaces a file unasked, and never
  // the workspace itself.
  void saveCopyHoldsEveryChange() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    QVERIFY(fs::exists(env.path() + "-wal"));  // the writer is open: changes are in the log
    const std::string copy = env.path("copy.valor");
    REQUIRE_OK(s.ws->saveCopy(copy, false));
    auto reader = Workspace::open(copy, env.options(true));
    REQUIRE_OK(reader);
    auto stored = reader.value()->loadScenario(s.scenario);
    REQUIRE_OK(stored);
    QCOMPARE(stored.value().revision, s.latest());
    REQUIRE_SAME_DOC(stored.value().document, s.docs.back());
    auto log = reader.value()->history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(static_cast<std::int64_t>(log.value().size()), s.latest());
    reader.value().reset();

    const QByteArray before = fileBytes(copy);
    REQUIRE_ERROR(s.ws->saveCopy(copy, false), "workspace.exists");
    QVERIFY(fileBytes(copy) == before);
    for (const char* own : {"", "-wal", ".lock"})
      REQUIRE_ERROR(s.ws->saveCopy(env.path() + own, true), "workspace.copy_onto_itself");
    // Not over a workspace that is open elsewhere (its writer would lose its file).
    {
      auto other = Workspace::create(env.path("open elsewhere.valor"), env.options());
      REQUIRE_OK(other);
      REQUIRE_OK(other.value()->setSetting("k", "v"));
      REQUIRE_ERROR(s.ws->saveCopy(env.path("open elsewhere.valor"), true),
                    "workspace.copy_target_in_use");
    }

    // Replaced when asked, with the newest state; a read-only workspace copies too.
    env.advance(1000);
    REQUIRE_OK(s.ws->setNote(s.scenario, "after the first copy", "alice"));
    REQUIRE_OK(s.ws->saveCopy(copy, true));
    s.ws.reset();
    QVERIFY2(!fs::exists(env.path() + "-wal") || fs::file_size(env.path() + "-wal") == 0,
             "a clean close leaves the log empty");
    auto readOnly = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(readOnly);
    const std::string second = env.path("second.valor");
    REQUIRE_OK(readOnly.value()->saveCopy(second, false));
    for (const std::string& path : {copy, second}) {
      auto again = Workspace::open(path, env.options(true));
      REQUIRE_OK(again);
      auto note = again.value()->note(s.scenario);
      REQUIRE_OK(note);
      QCOMPARE(note.value(), std::string("after the first copy"));
    }
  }

  // --- Backups ----------------------------------------------------------------------------

  void backupsOnOpening() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    s.ws.reset();
    const std::string directory = env.path() + ".backups";
    QVERIFY(!fs::exists(directory));  // creating makes none

    auto withBackups = [&env](bool readOnly = false) {
      WorkspaceOptions o = env.options(readOnly);
      o.backupIntervalMs = 60'000;
      o.backupsKept = 3;
      return o;
    };
    // Each backup is the state at the moment of opening: the scripted document plus k edits.
    std::vector<ScenarioDocument> stateAtBackup;
    for (int k = 0; k < 6; ++k) {
      env.advance(61'000);  // older than the interval: opening makes one
      auto ws = Workspace::open(env.path(), withBackups());
      REQUIRE_OK(ws);
      stateAtBackup.push_back(s.docs.back());
      const auto list = backupsIn(directory);
      QCOMPARE(list.size(), std::min<std::size_t>(static_cast<std::size_t>(k) + 1, 3));
      QCOMPARE(ws.value()->backupDirectory(), directory);
      // An edit after the backup, so each backup differs.
      s.ws = std::move(ws).value();
      const ScenarioDocument current = s.docs.back();
      commitAndMirror(env, s,
                      makeMutation(env, s, "alice", "Edit " + std::to_string(k),
                                   {setFieldOp(current, dcfOf(current).id, "discount_rate.beta",
                                               1.0 + k / 10.0)}));
      if (QTest::currentTestFailed()) return;
      s.ws.reset();
      // Opening again soon after makes none; neither does a reader.
      env.advance(1'000);
      auto soon = Workspace::open(env.path(), withBackups());
      REQUIRE_OK(soon);
      soon.value().reset();
      env.advance(120'000);
      auto reader = Workspace::open(env.path(), withBackups(true));
      REQUIRE_OK(reader);
      reader.value().reset();
      QCOMPARE(backupsIn(directory).size(),
               std::min<std::size_t>(static_cast<std::size_t>(k) + 1, 3));
    }
    // The newest three are kept; each opens as a workspace with the state of its moment.
    const auto list = backupsIn(directory);
    QCOMPARE(list.size(), std::size_t{3});
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto backup = Workspace::open(list[i], env.options(true));
      REQUIRE_OK(backup);
      auto check = backup.value()->integrityCheck();
      REQUIRE_OK(check);
      QCOMPARE(check.value(), std::string("ok"));
      auto scenarios = backup.value()->listScenarios();
      REQUIRE_OK(scenarios);
      QCOMPARE(scenarios.value().size(), std::size_t{1});
      QVERIFY(scenarios.value().front().id == s.scenario);
      auto stored = backup.value()->loadScenario(s.scenario);
      REQUIRE_OK(stored);
      REQUIRE_SAME_DOC(stored.value().document, stateAtBackup[3 + i]);
      QCOMPARE(stored.value().revision, std::int64_t{7} + static_cast<std::int64_t>(3 + i));
    }
    // No partial backups are left behind.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory, ec))
      QVERIFY2(entry.path().extension() != ".partial", entry.path().string().c_str());

    // backupNow: a new file, readable; the count stays at backupsKept.
    auto ws = Workspace::open(env.path(), withBackups());
    REQUIRE_OK(ws);
    env.advance(5'000);
    auto now = ws.value()->backupNow();
    REQUIRE_OK(now);
    QVERIFY(fs::exists(now.value()));
    QCOMPARE(backupsIn(directory).size(), std::size_t{3});
    QVERIFY(backupsIn(directory).back() == now.value());
  }

  // A workspace of format 1 (labels in words only) is upgraded when opened for writing, after
  // a backup; a reader reads it as it is and leaves the file untouched.
  void olderFormatIsUpgraded() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    s.ws.reset();
    {
      auto db = sql::Database::open(env.path(), sql::Database::Mode::ReadWrite);
      REQUIRE_OK(db);
      REQUIRE_OK(db.value().execute(
          "DROP TABLE sync_pending; DROP TABLE sync_conflicts; DROP TABLE sync_links; "
          "DROP TABLE legacy_marks; " +
          std::string(kFormat3Notes) +
          "ALTER TABLE mutations DROP COLUMN label_code; PRAGMA user_version = 1"));
    }
    const QByteArray before = fileBytes(env.path());
    {
      auto reader = Workspace::open(env.path(), env.options(true));
      REQUIRE_OK(reader);
      auto read = reader.value()->history(s.scenario);
      REQUIRE_OK(read);
      QCOMPARE(read.value().size(), std::size_t{7});
      QCOMPARE(read.value()[1].mutation.label, std::string("Set WACC"));
      QVERIFY(read.value()[1].mutation.labelCode.empty());
    }
    QVERIFY(fileBytes(env.path()) == before);
    QVERIFY(!fs::exists(env.path() + ".backups"));

    auto ws = Workspace::open(env.path(), env.options());
    REQUIRE_OK(ws);
    QCOMPARE(backupsIn(env.path() + ".backups").size(), std::size_t{1});
    auto log = ws.value()->history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{7});
    QCOMPARE(log.value()[1].mutation.label, std::string("Set WACC"));
    QVERIFY(log.value()[1].mutation.labelCode.empty());  // format 1 had no codes
    auto stored = ws.value()->loadScenario(s.scenario);
    REQUIRE_OK(stored);
    REQUIRE_SAME_DOC(stored.value().document, s.docs.back());
    // The upgraded file takes codes.
    s.ws = std::move(ws).value();
    Mutation m = makeMutation(
        env, s, "alice", "Set beta",
        {setFieldOp(s.docs.back(), dcfOf(s.docs.back()).id, "discount_rate.beta", 1.3)});
    m.labelCode = {"set_field", {"dcf.discount_rate.beta"}};
    commitAndMirror(env, s, m);
    if (QTest::currentTestFailed()) return;
    auto after = s.ws->history(s.scenario, 7);
    REQUIRE_OK(after);
    QCOMPARE(after.value().size(), std::size_t{1});
    QVERIFY(after.value().front().mutation.labelCode == m.labelCode);
  }

  // Format 3 kept notes, tags and the trash beside the scenarios, outside the log. Opening for
  // writing makes them the scenarios' fields with one history entry each (so they sync from
  // then on); a reader reads them where they are, and leaves the file untouched.
  void format3MarksMoveIntoHistory() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const auto other = addSecond(env, s, "bob");
    QVERIFY(other);
    const Id trashed = other->root().id;
    s.ws.reset();
    {
      auto db = sql::Database::open(env.path(), sql::Database::Mode::ReadWrite);
      REQUIRE_OK(db);
      const std::string id = s.scenario.toString();
      REQUIRE_OK(db.value().execute(
          "DROP TABLE legacy_marks; ALTER TABLE sync_links DROP COLUMN view_only; " +
          std::string(kFormat3Notes) + "INSERT INTO notes VALUES ('" + id +
          "', 'Check the lease adjustment.', 1);"
          "INSERT INTO tags VALUES ('" +
          id + "', 'Q3'), ('" + id +
          "', 'board,final');"
          "UPDATE scenarios SET deleted_ms = 5 WHERE id = '" +
          trashed.toString() +
          "';"
          "PRAGMA user_version = 3"));
    }
    const QByteArray before = fileBytes(env.path());
    {
      auto reader = Workspace::open(env.path(), env.options(true));
      REQUIRE_OK(reader);
      auto note = reader.value()->note(s.scenario);
      REQUIRE_OK(note);
      QCOMPARE(note.value(), std::string("Check the lease adjustment."));
      auto list = reader.value()->listScenarios();
      REQUIRE_OK(list);
      QCOMPARE(list.value().size(), std::size_t{1});
      QVERIFY(list.value().front().tags == (std::vector<std::string>{"Q3", "board,final"}));
    }
    QVERIFY(fileBytes(env.path()) == before);

    auto opened = Workspace::open(env.path(), env.options());
    REQUIRE_OK(opened);
    Workspace& ws = *opened.value();
    auto stored = ws.loadScenario(s.scenario);
    REQUIRE_OK(stored);
    const Entity& root = stored.value().document.root();
    QVERIFY(root.text("note") && *root.text("note") == "Check the lease adjustment.");
    // A comma inside an old tag would split it: it became a space.
    QVERIFY(root.text("tags") && *root.text("tags") == "Q3, board final");
    auto log = ws.history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{8});
    QVERIFY(log.value().back().mutation.labelCode == (LabelCode{"marks_into_history", {}}));
    QCOMPARE(log.value().back().mutation.author, std::string("carol"));  // the last author
    auto list = ws.listScenarios();
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{1});
    QVERIFY(list.value().front().tags == (std::vector<std::string>{"Q3", "board final"}));
    auto gone = ws.loadScenario(trashed);
    REQUIRE_OK(gone);
    QVERIFY(inTrash(gone.value().document));
    QCOMPARE(gone.value().revision, std::int64_t{2});

    // Moved once: opening again adds nothing.
    opened.value().reset();
    auto again = Workspace::open(env.path(), env.options());
    REQUIRE_OK(again);
    auto log2 = again.value()->history(s.scenario);
    REQUIRE_OK(log2);
    QCOMPARE(log2.value().size(), std::size_t{8});

    // Bringing it back is a mutation too, and so is deleting again.
    REQUIRE_OK(again.value()->undeleteScenario(trashed, "bob"));
    auto back = again.value()->listScenarios();
    REQUIRE_OK(back);
    QCOMPARE(back.value().size(), std::size_t{2});
    auto backLog = again.value()->history(trashed);
    REQUIRE_OK(backLog);
    QCOMPARE(backLog.value().size(), std::size_t{3});
    QVERIFY(backLog.value().back().mutation.labelCode == (LabelCode{"undelete_scenario", {}}));
  }

  // --- Export and import ------------------------------------------------------------------

  void exportOneOrMany() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const auto other = addSecond(env, s, "alice");
    QVERIFY(other);

    auto one = exportScenarios(*s.ws, {s.scenario});
    REQUIRE_OK(one);
    QVERIFY(one.value().is_object());
    QCOMPARE(one.value().value("schema", std::string()), std::string("valor.scenario/1"));
    QCOMPARE(one.value().value("name", std::string()), std::string("Hand-checkable DCF"));
    QCOMPARE(one.value().value("id", std::string()), s.scenario.toString());
    // The exported file reads back as the stored document.
    const auto parsed = parseScenarioJson(one.value().dump(2), env.docIds);
    QVERIFY2(parsed.ok(), describe(problemsOf(parsed)).c_str());
    REQUIRE_SAME_DOC(parsed.value(), s.docs.back());

    auto two = exportScenarios(*s.ws, {s.scenario, other->root().id});
    REQUIRE_OK(two);
    QCOMPARE(two.value().value("schema", std::string()), std::string("valor.bundle/1"));
    QVERIFY(two.value()["scenarios"].is_array());
    QCOMPARE(two.value()["scenarios"].size(), std::size_t{2});
    QCOMPARE(two.value()["scenarios"][0].value("id", std::string()), s.scenario.toString());
    QCOMPARE(two.value()["scenarios"][1].value("id", std::string()), other->root().id.toString());
    QCOMPARE(two.value()["scenarios"][1].value("schema", std::string()),
             std::string("valor.scenario/1"));

    REQUIRE_ERROR(exportScenarios(*s.ws, {s.scenario, env.docIds()}), "workspace.no_scenario");
  }

  void importBundleAllOrNothing() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const auto other = addSecond(env, s, "alice");
    QVERIFY(other);
    auto bundle = exportScenarios(*s.ws, {s.scenario, other->root().id});
    REQUIRE_OK(bundle);
    const std::string text = bundle.value().dump(2);

    auto fresh = Workspace::create(env.path("fresh.valor"), env.options());
    REQUIRE_OK(fresh);
    Workspace& ws = *fresh.value();
    const IdGenerator importIds = seededIdGenerator(4242);

    // Into an empty workspace: both, with their IDs and content.
    auto first = importScenarios(ws, text, false, importIds, "frank");
    QVERIFY2(problemsOf(first).empty(), describe(problemsOf(first)).c_str());
    QCOMPARE(first.value().size(), std::size_t{2});
    QVERIFY(first.value()[0] == s.scenario);
    QVERIFY(first.value()[1] == other->root().id);
    auto a = ws.loadScenario(s.scenario);
    REQUIRE_OK(a);
    REQUIRE_SAME_DOC(a.value().document, s.docs.back());
    QCOMPARE(a.value().revision, std::int64_t{1});  // a new history starts here
    auto b = ws.loadScenario(other->root().id);
    REQUIRE_OK(b);
    REQUIRE_SAME_DOC(b.value().document, *other);
    auto log = ws.history(s.scenario);
    REQUIRE_OK(log);
    QCOMPARE(log.value().size(), std::size_t{1});
    QCOMPARE(log.value().front().mutation.author, std::string("frank"));

    // Again: both already there, both reported, nothing imported.
    auto again = importScenarios(ws, text, false, importIds, "frank");
    QVERIFY(!again.ok());
    QCOMPARE(problemsOf(again).size(), std::size_t{2});
    QCOMPARE(problemsOf(again)[0].rule, std::string("already_in_workspace"));
    QCOMPARE(problemsOf(again)[0].path, std::string("scenarios[0].id"));
    QCOMPARE(problemsOf(again)[1].rule, std::string("already_in_workspace"));
    QCOMPARE(problemsOf(again)[1].path, std::string("scenarios[1].id"));
    auto count = ws.listScenarios();
    REQUIRE_OK(count);
    QCOMPARE(count.value().size(), std::size_t{2});

    // As a copy: new IDs everywhere, same content otherwise, next to the originals.
    auto copies = importScenarios(ws, text, true, importIds, "frank");
    QVERIFY2(problemsOf(copies).empty(), describe(problemsOf(copies)).c_str());
    QCOMPARE(copies.value().size(), std::size_t{2});
    count = ws.listScenarios();
    REQUIRE_OK(count);
    QCOMPARE(count.value().size(), std::size_t{4});
    const ScenarioDocument* originals[] = {&s.docs.back(), &*other};
    for (std::size_t i = 0; i < 2; ++i) {
      const ScenarioDocument& original = *originals[i];
      QVERIFY(copies.value()[i] != original.root().id);
      auto copy = ws.loadScenario(copies.value()[i]);
      REQUIRE_OK(copy);
      const ScenarioDocument& doc = copy.value().document;
      QCOMPARE(doc.entities.size(), original.entities.size());
      for (const Entity& e : doc.entities) QVERIFY(!original.find(e.id));
      // Same JSON once the IDs are taken out.
      Json x = scenarioToJson(doc);
      Json y = scenarioToJson(original);
      const auto stripIds = [](Json& j, const auto& self) -> void {
        if (j.is_object()) j.erase("id");
        if (j.is_object() || j.is_array())
          for (auto it = j.begin(); it != j.end(); ++it) self(it.value(), self);
      };
      stripIds(x, stripIds);
      stripIds(y, stripIds);
      QCOMPARE(QByteArray::fromStdString(x.dump()), QByteArray::fromStdString(y.dump()));
    }
    // The originals are untouched.
    auto stillA = ws.loadScenario(s.scenario);
    REQUIRE_OK(stillA);
    REQUIRE_SAME_DOC(stillA.value().document, s.docs.back());
  }

  void importBundleWithOneBrokenScenario() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    const auto other = addSecond(env, s, "alice");
    QVERIFY(other);
    auto bundle = exportScenarios(*s.ws, {s.scenario, other->root().id});
    REQUIRE_OK(bundle);
    Json broken = bundle.value();
    broken["scenarios"][1]["dcf"]["years"] = "five";     // wrong type
    broken["scenarios"][1]["dcf"]["no_such_field"] = 1;  // unknown field

    auto fresh = Workspace::create(env.path("fresh.valor"), env.options());
    REQUIRE_OK(fresh);
    auto result =
        importScenarios(*fresh.value(), broken.dump(), false, seededIdGenerator(5), "frank");
    QVERIFY(!result.ok());
    QVERIFY2(problemsOf(result).size() >= 2, describe(problemsOf(result)).c_str());
    for (const Issue& issue : problemsOf(result))
      QVERIFY2(issue.path.rfind("scenarios[1]", 0) == 0, describe(problemsOf(result)).c_str());
    auto list = fresh.value()->listScenarios();
    REQUIRE_OK(list);
    QVERIFY(list.value().empty());  // the good first scenario was not imported either
  }

  void importHostileInput_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("deeply nested lists") << static_cast<int>(Hostile::DeepArrays);
    QTest::newRow("deeply nested objects") << static_cast<int>(Hostile::DeepObjects);
    QTest::newRow("syntax error") << static_cast<int>(Hostile::SyntaxError);
    QTest::newRow("empty") << static_cast<int>(Hostile::Empty);
    QTest::newRow("binary") << static_cast<int>(Hostile::Binary);
    QTest::newRow("bundle without a list") << static_cast<int>(Hostile::BundleNotAList);
    QTest::newRow("bundle of numbers") << static_cast<int>(Hostile::BundleOfNumbers);
    QTest::newRow("null") << static_cast<int>(Hostile::Null);
    QTest::newRow("top-level list") << static_cast<int>(Hostile::TopLevelArray);
    QTest::newRow("schema not text") << static_cast<int>(Hostile::SchemaNotText);
    QTest::newRow("same scenario twice") << static_cast<int>(Hostile::SameScenarioTwice);
  }
  void importHostileInput() {
    QFETCH(int, kind);
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    std::string text;
    std::string rule;  // expected rule, when one is certain
    switch (static_cast<Hostile>(kind)) {
      case Hostile::DeepArrays:
        text = std::string(200000, '[') + std::string(200000, ']');
        rule = "too_deep";
        break;
      case Hostile::DeepObjects:
        for (int i = 0; i < 5000; ++i) text += "{\"a\":";
        text += "1" + std::string(5000, '}');
        rule = "too_deep";
        break;
      case Hostile::SyntaxError:
        text = "{\"schema\": \"valor.bundle/1\", \"scenarios\": [";
        rule = "syntax";
        break;
      case Hostile::Empty:
        rule = "syntax";
        break;
      case Hostile::Binary: {
        std::mt19937_64 engine(99);
        for (int i = 0; i < 4096; ++i) text += static_cast<char>(engine() & 0xFF);
        break;
      }
      case Hostile::BundleNotAList:
        text = "{\"schema\": \"valor.bundle/1\", \"scenarios\": 5}";
        rule = "wrong_type";
        break;
      case Hostile::BundleOfNumbers:
        text = "{\"schema\": \"valor.bundle/1\", \"scenarios\": [1, \"x\", null]}";
        break;
      case Hostile::Null:
        text = "null";
        break;
      case Hostile::TopLevelArray:
        text = "[1, 2, 3]";
        break;
      case Hostile::SchemaNotText:
        text = R"({"schema": 5, "scenarios": []})";
        break;
      case Hostile::SameScenarioTwice: {
        auto one = exportScenarios(*s.ws, {s.scenario});
        REQUIRE_OK(one);
        Json one2 = one.value();
        Json bundle;
        bundle["schema"] = "valor.bundle/1";
        bundle["scenarios"] = Json::array({one2, one2});
        text = bundle.dump();
        rule = "duplicate_id";
        break;
      }
    }
    const IdGenerator ids = seededIdGenerator(8);
    for (const bool asCopy : {false, true}) {
      if (static_cast<Hostile>(kind) == Hostile::SameScenarioTwice && asCopy)
        continue;  // copies differ
      std::optional<Result<std::vector<Id>>> attempt;
      try {
        attempt = importScenarios(*s.ws, text, asCopy, ids, "mallory");
      } catch (const std::exception& e) {
        QFAIL((std::string("import threw: ") + e.what()).c_str());
      }
      const auto& result = *attempt;
      QVERIFY(!result.ok());
      QVERIFY(!problemsOf(result).empty());
      if (!rule.empty()) {
        bool found = false;
        for (const Issue& i : problemsOf(result)) found = found || i.rule == rule;
        QVERIFY2(found, ("expected rule " + rule + ":" + describe(problemsOf(result))).c_str());
      }
      if (static_cast<Hostile>(kind) == Hostile::BundleOfNumbers)
        for (const Issue& i : problemsOf(result))
          QVERIFY2(i.path.rfind("scenarios[", 0) == 0, describe(problemsOf(result)).c_str());
      auto list = s.ws->listScenarios();
      REQUIRE_OK(list);
      QCOMPARE(list.value().size(), std::size_t{1});
    }
    if (static_cast<Hostile>(kind) == Hostile::SameScenarioTwice) {
      // Into an empty workspace the file is still refused as a whole.
      auto fresh = Workspace::create(env.path("fresh.valor"), env.options());
      REQUIRE_OK(fresh);
      auto result = importScenarios(*fresh.value(), text, false, ids, "mallory");
      QVERIFY(!result.ok());
      QVERIFY2(!problemsOf(result).empty(), "a file holding one ID twice was imported");
      QCOMPARE(problemsOf(result).front().path, std::string("scenarios[1].id"));
      auto list = fresh.value()->listScenarios();
      REQUIRE_OK(list);
      QVERIFY(list.value().empty());
    }
  }

  void importIntoReadOnlyWorkspace() {
    Env env;
    Scripted s;
    buildScripted(env, s);
    if (QTest::currentTestFailed()) return;
    auto one = exportScenarios(*s.ws, {s.scenario});
    REQUIRE_OK(one);
    s.ws.reset();
    auto reader = Workspace::open(env.path(), env.options(true));
    REQUIRE_OK(reader);
    auto result =
        importScenarios(*reader.value(), one.value().dump(), true, seededIdGenerator(3), "x");
    QVERIFY(!result.ok());
    QVERIFY(!problemsOf(result).empty());
    auto list = reader.value()->listScenarios();
    REQUIRE_OK(list);
    QCOMPARE(list.value().size(), std::size_t{1});
  }
};

QTEST_APPLESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
