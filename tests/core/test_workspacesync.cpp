// The workspace's sync records (core/store/syncrecord.h): a local edit of a shared scenario is
// queued in the very transaction that records it; a sync result is stored whole or not at all,
// and never over an edit made meanwhile; conflicts are kept until reviewed.
#include <QTemporaryDir>
#include <QtTest>

#include "core/model/flatjson.h"
#include "core/model/scenariojson.h"
#include "core/store/sqlite.h"
#include "core/store/workspace.h"
#include "core/sync/syncstate.h"
#include "core/sync/undoconflicts.h"
#include "tests/support/checks.h"

using namespace valor;
using valor::testing::errorText;

namespace {

constexpr std::int64_t kT0 = 1'750'000'000'000;

// Evaluates `r` once (it is often the call under test).
#define REQUIRE_OK(r)                                   \
  do {                                                  \
    const auto& result_ = (r);                          \
    QVERIFY2(result_.ok(), errorText(result_).c_str()); \
  } while (false)

struct World {
  QTemporaryDir dir;
  std::string path = dir.filePath(QStringLiteral("w.valor")).toStdString();
  std::unique_ptr<Workspace> ws;
  Id scenario;
  ScenarioDocument original;
  int seed = 1;
  IdGenerator ids = seededIdGenerator(99);

  WorkspaceOptions options() {
    WorkspaceOptions o;
    o.clock = [] { return kT0; };
    o.newId = seededIdGenerator(static_cast<std::uint64_t>(100 + seed++));
    o.backupIntervalMs = 0;
    return o;
  }

  const Entity& dcf(const ScenarioDocument& doc) const {
    for (const Entity& e : doc.entities)
      if (e.type == "dcf") return e;
    qFatal("no DCF");
  }

  Mutation growth(double value) {
    const auto stored = ws->loadScenario(scenario).value();
    Mutation m;
    m.id = ids();
    m.author = "ann";
    m.clientTimeMs = kT0;
    m.baseRevision = stored.revision;
    m.label = "Set growth";
    m.ops = {setFieldOp(stored.document, dcf(stored.document).id, "terminal_value.growth", value)};
    return m;
  }

  // Links the scenario as the server's revision 1, nothing pending.
  Status link() {
    SyncLink l{"remote", "client-1", 1, original, 1, {}};
    Mutation change;
    change.id = ids();
    change.author = "server";
    auto stored = ws->storeSync(scenario, 0, l, original, change, {}, {});
    if (!stored) return stored.error();
    return std::monostate{};
  }
};

bool setUp(World& w) {
  auto ws = Workspace::create(w.path, w.options());
  if (!ws) return false;
  w.ws = std::move(ws).value();
  auto text = readTextFile(VALOR_TEST_DATA_DIR "/hand_case.valor.json", 1 << 20);
  if (!text) return false;
  auto doc = parseScenarioJson(text.value(), seededIdGenerator(7));
  if (!doc) return false;
  w.original = doc.value();
  w.scenario = doc.value().root().id;
  return w.ws->addScenarios({doc.value()}, "ann", "New").ok();
}

}  // namespace

class TestWorkspaceSync : public QObject {
  Q_OBJECT

 private slots:
  void editsOfASharedScenarioAreQueuedDurably() {
    World w;
    QVERIFY(setUp(w));
    // Not shared: nothing is queued.
    REQUIRE_OK(w.ws->commit(w.scenario, w.growth(0.021)));
    QVERIFY(!w.ws->syncLink(w.scenario).value());
    // Shared at revision 1 of the server (the original): the local difference is not queued by
    // linking (the client queues it itself); edits from now on are, numbered 1, 2, … with the
    // server's revision as their base.
    REQUIRE_OK(w.link());
    const Mutation a = w.growth(0.022);
    REQUIRE_OK(w.ws->commit(w.scenario, a));
    const Mutation b = w.growth(0.023);
    REQUIRE_OK(w.ws->commit(w.scenario, b));
    REQUIRE_OK(w.ws->commit(w.scenario, b));  // the same edit again: recorded and queued once
    w.ws.reset();
    auto reopened = Workspace::open(w.path, w.options());
    REQUIRE_OK(reopened);
    auto link = reopened.value()->syncLink(w.scenario);
    REQUIRE_OK(link);
    QVERIFY(link.value().has_value());
    const SyncLink& l = *link.value();
    QCOMPARE(l.nextSeq, std::int64_t{3});
    QCOMPARE(l.pending.size(), std::size_t{2});
    QCOMPARE(l.pending[0].clientSeq, std::int64_t{1});
    QCOMPARE(l.pending[1].clientSeq, std::int64_t{2});
    QVERIFY(l.pending[0].mutation.id == a.id && l.pending[0].mutation.ops == a.ops);
    QCOMPARE(l.pending[0].mutation.baseRevision, std::int64_t{1});
    QVERIFY(!l.pending[0].revision);
    // The stored link makes the same client state again.
    const SyncState state(l);
    QCOMPARE(state.clientId(), std::string("client-1"));
    QCOMPARE(state.nextSeq(), std::int64_t{3});
    QCOMPARE(
        documentToFlatJson(state.local()).dump(),
        documentToFlatJson(reopened.value()->loadScenario(w.scenario).value().document).dump());
  }

  // When the queue cannot be written, the edit is not recorded either.
  void anEditAndItsQueueEntryAreOneTransaction() {
    World w;
    QVERIFY(setUp(w));
    REQUIRE_OK(w.link());
    {
      auto db = sql::Database::open(w.path, sql::Database::Mode::ReadWrite);
      REQUIRE_OK(db);
      REQUIRE_OK(db.value().execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON sync_pending BEGIN SELECT RAISE(ABORT, "
          "'queue full'); END"));
    }
    auto before = w.ws->loadScenario(w.scenario).value();
    auto refused = w.ws->commit(w.scenario, w.growth(0.03));
    QVERIFY(!refused.ok());
    w.ws.reset();
    auto reopened = Workspace::open(w.path, w.options());
    REQUIRE_OK(reopened);
    auto after = reopened.value()->loadScenario(w.scenario).value();
    QCOMPARE(after.revision, before.revision);
    QCOMPARE(reopened.value()->history(w.scenario).value().size(),
             static_cast<std::size_t>(before.revision));
    QVERIFY(reopened.value()->syncLink(w.scenario).value()->pending.empty());
  }

  // A version saved after another connection (the sync worker) stored a colleague's save
  // since this one read the scenario: saved all the same, over the stored name, and queued.
  void aVersionIsSavedOverAnotherConnectionsWrite() {
    World w;
    QVERIFY(setUp(w));
    REQUIRE_OK(w.link());
    REQUIRE_OK(w.ws->saveVersion(w.scenario, "Mine 1", "ann"));  // revision 2, read here
    auto other = w.ws->openSecondWriter();
    REQUIRE_OK(other);
    REQUIRE_OK(other.value()->saveVersion(w.scenario, "Theirs", "bob"));  // revision 3
    auto mine = w.ws->saveVersion(w.scenario, "Mine 2", "ann");
    REQUIRE_OK(mine);
    w.ws->forgetCachedScenario(w.scenario);
    const auto stored = w.ws->loadScenario(w.scenario).value();
    QCOMPARE(stored.revision, std::int64_t{4});
    QCOMPARE(*stored.document.root().text("version"), std::string("Mine 2"));
    const auto versions = w.ws->versions(w.scenario).value();
    QCOMPARE(versions.size(), std::size_t{3});
    QCOMPARE(versions[2].label, std::string("Mine 2"));
    QCOMPARE(versions[2].revision, std::int64_t{4});
    QCOMPARE(w.ws->syncLink(w.scenario).value()->pending.size(), std::size_t{3});
  }

  // A sync result read before a local edit is refused whole ("sync.stale"); one that is
  // current moves the local state, records one change with the colleagues' names and keeps
  // the conflicts until they are reviewed.
  void syncResultsAreStoredWholeAndNeverOverAnEdit() {
    World w;
    QVERIFY(setUp(w));
    REQUIRE_OK(w.link());
    const SyncLink read = *w.ws->syncLink(w.scenario).value();
    REQUIRE_OK(w.ws->commit(w.scenario, w.growth(0.024)));
    // Someone else's change on the server: the tax rate.
    SyncState state(read);
    ScenarioDocument theirs = w.original;
    for (Entity& e : theirs.entities)
      if (e.type == "dcf") e.fields["discount_rate.wacc"] = 0.3;
    Mutation change;
    change.id = w.ids();
    change.author = "bob@acme.test";
    change.label = "Changes from bob@acme.test";
    change.labelCode = {"sync_remote", {"bob@acme.test"}};
    SyncLink after = read;
    after.confirmed = theirs;
    after.confirmedRevision = 2;
    ConflictRecord conflict;
    conflict.field = "dcf.terminal_value.growth";
    conflict.mine = 0.024;
    conflict.theirs = 0.03;
    conflict.base = 0.025;
    conflict.myAuthor = "ann";
    conflict.revision = 3;
    const auto revisionBefore = w.ws->loadScenario(w.scenario).value().revision;
    auto stale = w.ws->storeSync(w.scenario, read.nextSeq, after, theirs, change, {conflict}, {});
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, std::string("sync.stale"));
    QCOMPARE(w.ws->loadScenario(w.scenario).value().revision, revisionBefore);
    QVERIFY(w.ws->syncConflicts(w.scenario, true).value().empty());

    // Read again: the pending edit is in the link now; the local state is theirs with mine
    // on top.
    const SyncLink current = *w.ws->syncLink(w.scenario).value();
    QCOMPARE(current.pending.size(), std::size_t{1});
    SyncLink next = current;
    next.confirmed = theirs;
    next.confirmedRevision = 2;
    ScenarioDocument local = SyncState(next).local();
    auto stored = w.ws->storeSync(w.scenario, current.nextSeq, next, local, change, {conflict}, {});
    REQUIRE_OK(stored);
    QCOMPARE(stored.value(), revisionBefore + 1);
    const auto shown = w.ws->loadScenario(w.scenario).value().document;
    for (const Entity& e : shown.entities)
      if (e.type == "dcf") {
        QCOMPARE(*e.number("discount_rate.wacc"), 0.3);       // theirs
        QCOMPARE(*e.number("terminal_value.growth"), 0.024);  // mine, still queued
      }
    const auto last = w.ws->history(w.scenario, revisionBefore).value();
    QCOMPARE(last.size(), std::size_t{1});
    QCOMPARE(last[0].mutation.author, std::string("bob@acme.test"));
    QVERIFY(last[0].mutation.labelCode == change.labelCode);
    // Not queued: a colleague's change is not sent back.
    QCOMPARE(w.ws->syncLink(w.scenario).value()->pending.size(), std::size_t{1});
    auto open = w.ws->syncConflicts(w.scenario, false);
    REQUIRE_OK(open);
    QCOMPARE(open.value().size(), std::size_t{1});
    const ConflictRecord& kept = open.value()[0].record;
    QCOMPARE(kept.field, conflict.field);
    QVERIFY(kept.mine == conflict.mine && kept.theirs == conflict.theirs &&
            kept.base == conflict.base);
    REQUIRE_OK(w.ws->resolveSyncConflict(w.scenario, open.value()[0].id));
    QVERIFY(w.ws->syncConflicts(w.scenario, false).value().empty());
    QCOMPARE(w.ws->syncConflicts(w.scenario, true).value().size(), std::size_t{1});
    QVERIFY(!w.ws->resolveSyncConflict(w.scenario, open.value()[0].id).ok());  // reviewed already
  }

  // My edit set growth 2 % → 3 % and WACC 10 % → 11 %; Bob has since set growth to 3.5 %.
  // Undoing my edit reverts WACC (still mine) and keeps growth as a conflict: mine 2 % (what the
  // undo restores), theirs 3.5 % by Bob, base 3 % (what my edit set).
  void anUndoOverAColleaguesValueSplitsIntoOwnAndConflicts() {
    World w;
    QVERIFY(setUp(w));
    const ScenarioDocument& doc = w.original;
    const Id dcf = w.dcf(doc).id;
    const double growth0 = *w.dcf(doc).number("terminal_value.growth");
    const double wacc0 = *w.dcf(doc).number("discount_rate.wacc");
    Mutation mine;
    mine.ops = {setFieldOp(doc, dcf, "terminal_value.growth", 0.03),
                setFieldOp(doc, dcf, "discount_rate.wacc", 0.11)};
    const ScenarioDocument afterMine = applyMutation(doc, mine).value();
    Mutation bobs;
    bobs.author = "bob@acme.test";
    bobs.ops = {setFieldOp(afterMine, dcf, "terminal_value.growth", 0.035)};
    const ScenarioDocument now = applyMutation(afterMine, bobs).value();
    const std::vector<HistoryEntry> recent{{2, kT0 + 5, mine}, {3, kT0 + 9, bobs}};
    const Mutation undo = invertMutation(mine, w.ids(), "ann", kT0, 3);

    auto split = splitUndo(now, undo.ops, recent, "ann", kT0 + 20);
    REQUIRE_OK(split);
    QCOMPARE(split.value().own.size(), std::size_t{1});
    QCOMPARE(split.value().own[0].field, std::string("discount_rate.wacc"));
    QVERIFY(split.value().own[0].value == std::optional<Value>(wacc0));
    QCOMPARE(split.value().conflicts.size(), std::size_t{1});
    const ConflictRecord& c = split.value().conflicts[0];
    QCOMPARE(c.field, std::string("dcf.terminal_value.growth"));
    QVERIFY(c.mine == std::optional<Value>(growth0));
    QVERIFY(c.theirs == std::optional<Value>(0.035));
    QVERIFY(c.base == std::optional<Value>(0.03));
    QCOMPARE(c.theirAuthor, std::string("bob@acme.test"));
    QCOMPARE(c.theirTimeMs, kT0 + 9);
    QCOMPARE(c.myAuthor, std::string("ann"));

    // Bob set growth back to what the undo restores: nothing left to undo there, no conflict.
    Mutation bobBack;
    bobBack.ops = {setFieldOp(afterMine, dcf, "terminal_value.growth", growth0)};
    auto same = splitUndo(applyMutation(afterMine, bobBack).value(), undo.ops, recent, "ann", kT0);
    REQUIRE_OK(same);
    QCOMPARE(same.value().own.size(), std::size_t{1});
    QVERIFY(same.value().conflicts.empty());

    // Nobody changed anything since: the whole undo is mine.
    auto clean = splitUndo(afterMine, undo.ops, recent, "ann", kT0 + 20);
    REQUIRE_OK(clean);
    QCOMPARE(clean.value().own.size(), std::size_t{2});
    QVERIFY(clean.value().conflicts.empty());

    // Conflicts found outside a sync are kept only for a shared scenario.
    QCOMPARE(w.ws->recordSyncConflicts(w.scenario, split.value().conflicts).error().code,
             std::string("sync.not_shared"));
    REQUIRE_OK(w.link());
    REQUIRE_OK(w.ws->recordSyncConflicts(w.scenario, split.value().conflicts));
    const auto stored = w.ws->syncConflicts(w.scenario, false).value();
    QCOMPARE(stored.size(), std::size_t{1});
    QVERIFY(stored[0].record.theirs == std::optional<Value>(0.035));
  }

  void linkingTwiceIsRefused() {
    World w;
    QVERIFY(setUp(w));
    REQUIRE_OK(w.link());
    auto again = w.link();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, std::string("sync.linked"));
    auto links = w.ws->syncLinks();
    REQUIRE_OK(links);
    QCOMPARE(links.value().size(), std::size_t{1});
    QCOMPARE(links.value()[0].second, std::string("remote"));
  }
};

QTEST_GUILESS_MAIN(TestWorkspaceSync)
#include "test_workspacesync.moc"
