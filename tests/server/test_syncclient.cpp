// The sync client (core/sync/syncclient.h, valor-cli sync) against a real valor-server on
// 127.0.0.1: three analysts' workspaces share a scenario, edit it offline, reconnect and
// converge with nothing lost and every overwritten value on record; a valor-cli push killed at
// random moments is repeated until done, and every edit lands exactly once.
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "core/model/flatjson.h"
#include "core/model/scenariojson.h"
#include "core/sync/syncclient.h"
#include "tests/server/protocolhelpers.h"
#include "tests/server/serverprocess.h"

using namespace valor;
using namespace valor::testing;

namespace {

struct Analyst {
  std::string email;
  std::string password;
  std::unique_ptr<Workspace> ws;
  SyncAccount account;
};

const Entity& dcfOf(const ScenarioDocument& doc) {
  for (const Entity& e : doc.entities)
    if (e.type == "dcf") return e;
  qFatal("no DCF in the scenario");
}

double fieldOf(const ScenarioDocument& doc, const std::string& field) {
  const auto* v = dcfOf(doc).number(field);
  return v ? *v : -1.0;
}

// A local edit of one DCF field, as the desktop's editor makes it.
Result<std::int64_t> edit(Workspace& ws, const Id& scenario, const std::string& field, double value,
                          const std::string& author) {
  auto stored = ws.loadScenario(scenario);
  if (!stored) return stored.error();
  Mutation m;
  m.id = randomIdGenerator()();
  m.author = author;
  m.clientTimeMs = systemClock()();
  m.baseRevision = stored.value().revision;
  m.label = "Set " + field;
  m.ops = {setFieldOp(stored.value().document, dcfOf(stored.value().document).id, field, value)};
  return ws.commit(scenario, m);
}

HttpTransport offline() {
  return [](const HttpRequest& r) -> Result<HttpResponse> {
    return Error{"http.offline", "cannot reach the server (offline?)", r.url};
  };
}

std::string flat(const ScenarioDocument& doc) {
  return documentToFlatJson(doc).dump();
}

}  // namespace

class TestSyncClient : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string data_ = dir_.path().toStdString() + "/data";
  std::unique_ptr<ServerProcess> server_;
  std::string scenarioText_;
  Analyst ann_, bob_, carol_, dave_;

  std::unique_ptr<Workspace> newWorkspace(const std::string& name) {
    auto ws = Workspace::create(dir_.path().toStdString() + "/" + name + ".valor",
                                WorkspaceOptions{systemClock(), randomIdGenerator()});
    if (!ws) qFatal("workspace: %s", ws.error().message.c_str());
    return std::move(ws).value();
  }

  // The server's document and revision, read over HTTP by the owner.
  std::pair<ScenarioDocument, std::int64_t> served(const std::string& id) {
    HttpClient http(server_->base());
    const Json j =
        Json::parse(http.request("GET", "/v1/scenarios/" + id, {}, ann_.account.token).body);
    return {*documentFromFlatJson(j["document"]), j["revision"].get<std::int64_t>()};
  }

  Json serverLog(const std::string& id) {
    HttpClient http(server_->base());
    Json all = Json::array();
    for (std::int64_t since = 0;;) {
      const Json page = Json::parse(
          http.request("GET", "/v1/scenarios/" + id + "/pull?since=" + std::to_string(since), {},
                       ann_.account.token)
              .body);
      for (const Json& m : page["mutations"]) all.push_back(m);
      if (!page["more"].get<bool>()) break;
      since = all.back()["revision"].get<std::int64_t>();
    }
    return all;
  }

 private slots:
  void initTestCase() {
    ann_.email = "ann@acme.test";
    bob_.email = "bob@acme.test";
    carol_.email = "carol@acme.test";
    dave_.email = "dave@acme.test";
    ann_.password = printedPassword(
        runServerCommand({"init", "--data", data_, "--tenant", "Acme", "--owner", ann_.email}));
    for (Analyst* a : {&bob_, &carol_, &dave_})
      a->password = printedPassword(
          runServerCommand({"user", "add", "--data", data_, "--tenant", "Acme", "--email", a->email,
                            "--role", a == &dave_ ? "viewer" : "editor"}));
    server_ = std::make_unique<ServerProcess>(data_);
    HttpClient http(server_->base());
    for (Analyst* a : {&ann_, &bob_, &carol_, &dave_}) {
      login(http, a->email, a->password);  // replaces the handed-out password
      auto account = signIn(curlHttp(), server_->base(), a->email, a->password, {});
      QVERIFY2(account.ok(), account.ok() ? "" : account.error().message.c_str());
      a->account = account.value();
    }
    auto wrong = signIn(curlHttp(), server_->base(), ann_.email, "not the password", {});
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, std::string("sync.sign_in_failed"));
    QProcess cli;
    cli.start(QStringLiteral(VALOR_CLI_PATH), {QStringLiteral("new"), QStringLiteral("dcf")});
    QVERIFY(cli.waitForFinished(10'000));
    scenarioText_ = cli.readAllStandardOutput().toStdString();
  }

  // Ann shares; Bob and Carol open it, go offline and edit; Ann edits online; everyone
  // reconnects and syncs. All three show the server's document, the log holds every edit
  // once, and each overwritten value is on record with the analyst who overwrote it.
  void offlineEditsConvergeWithConflictsOnRecord() {
    ann_.ws = newWorkspace("ann");
    bob_.ws = newWorkspace("bob");
    carol_.ws = newWorkspace("carol");
    auto doc = parseScenarioJson(scenarioText_, randomIdGenerator());
    QVERIFY(doc.ok());
    const Id id = doc.value().root().id;
    QVERIFY(ann_.ws->addScenarios({doc.value()}, "ann", "New scenario").ok());
    // An edit before sharing is kept.
    QVERIFY(edit(*ann_.ws, id, "terminal_value.growth", 0.021, "ann").ok());

    SyncClient ann(*ann_.ws, curlHttp(), ann_.account, systemClock(), randomIdGenerator());
    auto shared = ann.share(id);
    QVERIFY2(shared.ok(), shared.ok() ? "" : shared.error().message.c_str());
    QCOMPARE(shared.value(), id.toString());
    QVERIFY(ann.grant(id, bob_.email, "edit").ok());
    QVERIFY(ann.grant(id, carol_.email, "edit").ok());
    auto sharedAgain = ann.share(id);  // a second share changes nothing
    QVERIFY(sharedAgain.ok());
    QCOMPARE(fieldOf(served(id.toString()).first, "terminal_value.growth"), 0.021);

    SyncClient bob(*bob_.ws, curlHttp(), bob_.account, systemClock(), randomIdGenerator());
    SyncClient carol(*carol_.ws, curlHttp(), carol_.account, systemClock(), randomIdGenerator());
    QVERIFY(bob.open(id.toString()).ok());
    QVERIFY(carol.open(id.toString()).ok());
    QCOMPARE(flat(bob_.ws->loadScenario(id).value().document), flat(served(id.toString()).first));

    // Offline: Bob sets the tax rate; Carol sets the tax rate and the growth. Their pushes fail
    // as offline and the edits wait in their workspaces.
    SyncClient bobOffline(*bob_.ws, offline(), bob_.account, systemClock(), randomIdGenerator());
    SyncClient carolOffline(*carol_.ws, offline(), carol_.account, systemClock(),
                            randomIdGenerator());
    QVERIFY(edit(*bob_.ws, id, "discount_rate.marginal_tax_rate", 0.30, "bob").ok());
    QVERIFY(edit(*carol_.ws, id, "discount_rate.marginal_tax_rate", 0.27, "carol").ok());
    QVERIFY(edit(*carol_.ws, id, "terminal_value.growth", 0.018, "carol").ok());
    auto failed = bobOffline.sync(id);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, std::string("sync.offline"));
    QVERIFY(!carolOffline.push(id).ok());
    QCOMPARE(bob_.ws->syncLink(id).value()->pending.size(), std::size_t{1});
    QCOMPARE(carol_.ws->syncLink(id).value()->pending.size(), std::size_t{2});
    // Each sees their own edits meanwhile.
    QCOMPARE(fieldOf(carol_.ws->loadScenario(id).value().document, "terminal_value.growth"), 0.018);

    // Ann, online, sets the growth.
    QVERIFY(edit(*ann_.ws, id, "terminal_value.growth", 0.025, "ann").ok());
    QVERIFY(ann.sync(id).ok());

    // Back online: Bob, then Carol. Carol's edits come last, so hers win on the server, and
    // she is told whose values she replaced: Bob's tax rate (she saw the original) and Ann's
    // growth.
    auto bobSynced = bob.sync(id);
    QVERIFY(bobSynced.ok());
    QCOMPARE(bobSynced.value().pushed, 1);
    QCOMPARE(bobSynced.value().conflicts, 0);
    auto carolSynced = carol.sync(id);
    QVERIFY(carolSynced.ok());
    QCOMPARE(carolSynced.value().pushed, 2);
    QCOMPARE(carolSynced.value().conflicts, 2);
    QVERIFY(ann.sync(id).ok());
    QVERIFY(bob.sync(id).ok());

    const auto [server, revision] = served(id.toString());
    QCOMPARE(fieldOf(server, "discount_rate.marginal_tax_rate"), 0.27);
    QCOMPARE(fieldOf(server, "terminal_value.growth"), 0.018);
    for (Analyst* a : {&ann_, &bob_, &carol_}) {
      QCOMPARE(flat(a->ws->loadScenario(id).value().document), flat(server));
      const auto link = a->ws->syncLink(id).value();
      QVERIFY(link->pending.empty());
      QCOMPARE(link->confirmedRevision, revision);
    }
    // Revision 1 the upload (with Ann's edit before sharing in it); Ann's growth; Bob's;
    // Carol's two.
    const Json log = serverLog(id.toString());
    QCOMPARE(log.size(), std::size_t{5});
    QCOMPARE(revision, std::int64_t{5});

    auto conflicts = carol_.ws->syncConflicts(id, false);
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), std::size_t{2});
    std::map<std::string, ConflictRecord> byField;
    for (const StoredConflict& c : conflicts.value()) byField[c.record.field] = c.record;
    const ConflictRecord& tax = byField.at("dcf.discount_rate.marginal_tax_rate");
    QVERIFY(tax.mine && std::get<double>(*tax.mine) == 0.27);
    QVERIFY(tax.theirs && std::get<double>(*tax.theirs) == 0.30);  // Bob's
    QCOMPARE(tax.theirAuthor, bob_.email);
    QCOMPARE(tax.myAuthor, std::string("carol"));
    const ConflictRecord& growth = byField.at("dcf.terminal_value.growth");
    QVERIFY(growth.theirs && std::get<double>(*growth.theirs) == 0.025);  // Ann's
    QCOMPARE(growth.theirAuthor, ann_.email);
    QVERIFY(growth.base && std::get<double>(*growth.base) == 0.021);  // what Carol saw
    QVERIFY(bob_.ws->syncConflicts(id, false).value().empty());
    // Reviewed, a conflict leaves the open list and stays on record.
    QVERIFY(carol_.ws->resolveSyncConflict(id, conflicts.value().front().id).ok());
    QCOMPARE(carol_.ws->syncConflicts(id, false).value().size(), std::size_t{1});
    QCOMPARE(carol_.ws->syncConflicts(id, true).value().size(), std::size_t{2});

    // Ann's local history shows the colleagues' changes with their names.
    auto history = ann_.ws->history(id);
    QVERIFY(history.ok());
    bool named = false;
    for (const HistoryEntry& h : history.value())
      named = named || (h.mutation.labelCode.code == "sync_remote" &&
                        h.mutation.label.find("bob@acme.test") != std::string::npos &&
                        h.mutation.label.find("carol@acme.test") != std::string::npos);
    QVERIFY(named);
    // Colleagues' changes are not queued to be sent back.
    QVERIFY(ann_.ws->syncLink(id).value()->pending.empty());
  }

  // Bob pushes a long queue with valor-cli, killed at random moments; each run is repeated
  // until one finishes. Every edit is in the server's log exactly once, in order.
  void killedCliPushLosesAndDoublesNothing() {
    QVERIFY(ann_.ws);
    const Id id = ann_.ws->listScenarios().value().front().id;
    const QString path = dir_.path() + QStringLiteral("/bob-cli.valor");
    {
      auto ws = newWorkspace("bob-cli");
      (void)ws;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VALOR_SYNC_CREDENTIALS"), dir_.path() + QStringLiteral("/bob.json"));
    env.insert(QStringLiteral("VALOR_SYNC_PASSWORD"), QString::fromStdString(bob_.password));
    const auto cli = [&](const QStringList& args, int timeoutMs = 30'000) {
      QProcess p;
      p.setProcessEnvironment(env);
      p.start(QStringLiteral(VALOR_CLI_PATH), args);
      p.waitForFinished(timeoutMs);
      return std::make_pair(p.exitCode(), p.readAllStandardOutput().toStdString() +
                                              p.readAllStandardError().toStdString());
    };
    auto signedIn = cli({QStringLiteral("sync"), QStringLiteral("login"),
                         QStringLiteral("--server"), QString::fromStdString(server_->base()),
                         QStringLiteral("--email"), QString::fromStdString(bob_.email)});
    QVERIFY2(signedIn.first == 0, signedIn.second.c_str());
    QVERIFY((QFile::permissions(dir_.path() + QStringLiteral("/bob.json")) &
             (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    auto opened = cli({QStringLiteral("sync"), QStringLiteral("open"), path,
                       QString::fromStdString(id.toString())});
    QVERIFY2(opened.first == 0, opened.second.c_str());

    auto* random = QRandomGenerator::global();
    int edits = 0;
    int killedRunning = 0;
    double last = 0;
    for (int round = 0; round < 12; ++round) {
      {
        auto ws = Workspace::open(path.toStdString(),
                                  WorkspaceOptions{systemClock(), randomIdGenerator()});
        QVERIFY(ws.ok());
        for (int i = 0; i < 100; ++i, ++edits) {
          last = 0.01 + static_cast<double>(edits) / 100'000.0;
          QVERIFY(edit(*ws.value(), id, "terminal_value.growth", last, "bob").ok());
        }
      }
      QProcess push;
      push.setProcessEnvironment(env);
      push.start(QStringLiteral(VALOR_CLI_PATH),
                 {QStringLiteral("sync"), QStringLiteral("push"), path});
      QVERIFY(push.waitForStarted(10'000));
      QTest::qWait(static_cast<int>(random->bounded(0, 40)));
      // (A finished process has no ID: kill(0) would stop this test's whole process group.)
      if (const qint64 pid = push.processId(); pid > 0) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        ++killedRunning;
      }
      push.waitForFinished(10'000);
    }
    qInfo("%d of 12 pushes killed while running", killedRunning);
    auto pushed = cli({QStringLiteral("sync"), QStringLiteral("push"), path});
    QVERIFY2(pushed.first == 0, pushed.second.c_str());
    auto pulled = cli({QStringLiteral("sync"), QStringLiteral("pull"), path});
    QVERIFY2(pulled.first == 0, pulled.second.c_str());
    auto status = cli({QStringLiteral("sync"), QStringLiteral("status"), path,
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(status.first == 0, status.second.c_str());
    const Json s = Json::parse(status.second);
    QCOMPARE(s.size(), std::size_t{1});
    QCOMPARE(s[0]["queued"].get<int>(), 0);

    // The log: this workspace's edits (one client ID) numbered 1, 2, … without gap or repeat.
    const Json log = serverLog(id.toString());
    std::string client;
    std::vector<std::int64_t> seqs;
    for (const Json& m : log)
      if (m["author"] == bob_.email && m.value("client_id", "") != "") {
        if (client.empty() && m["mutation"]["label"] != "Set discount_rate.marginal_tax_rate")
          client = m["client_id"].get<std::string>();
        if (m["client_id"] == client) seqs.push_back(m["client_seq"].get<std::int64_t>());
      }
    QCOMPARE(static_cast<int>(seqs.size()), edits);
    for (std::size_t i = 0; i < seqs.size(); ++i)
      QCOMPARE(seqs[i], static_cast<std::int64_t>(i + 1));
    QCOMPARE(fieldOf(served(id.toString()).first, "terminal_value.growth"), last);
  }

  // A copy of Bob's workspace (Save a Copy, a backup put back) numbers its next edit as Bob's
  // own does: the server has that number already. The copy notices on its pull and sends its
  // edit again under a client ID of its own; both edits land, neither is lost.
  void aCopiedWorkspaceLosesNoEdit() {
    QVERIFY(bob_.ws);
    const Id id = ann_.ws->listScenarios().value().front().id;
    const std::string copyPath = dir_.path().toStdString() + "/bob-copy.valor";
    QVERIFY(bob_.ws->saveCopy(copyPath, false).ok());
    auto copy = Workspace::open(copyPath, WorkspaceOptions{systemClock(), randomIdGenerator()});
    QVERIFY(copy.ok());
    SyncClient bob(*bob_.ws, curlHttp(), bob_.account, systemClock(), randomIdGenerator());
    SyncClient fromCopy(*copy.value(), curlHttp(), bob_.account, systemClock(),
                        randomIdGenerator());
    QVERIFY(edit(*bob_.ws, id, "discount_rate.marginal_tax_rate", 0.26, "bob").ok());
    QVERIFY(edit(*copy.value(), id, "terminal_value.growth", 0.0222, "bob").ok());
    QVERIFY(bob.sync(id).ok());
    QVERIFY(fromCopy.sync(id).ok());  // answered "repeated": its pull finds the number taken
    QVERIFY(fromCopy.sync(id).ok());  // sent again under a new client ID
    QVERIFY(bob.sync(id).ok());
    const auto server = served(id.toString()).first;
    QCOMPARE(fieldOf(server, "discount_rate.marginal_tax_rate"), 0.26);
    QCOMPARE(fieldOf(server, "terminal_value.growth"), 0.0222);
    QVERIFY(copy.value()->syncLink(id).value()->pending.empty());
    QCOMPARE(flat(copy.value()->loadScenario(id).value().document), flat(server));
    QCOMPARE(flat(bob_.ws->loadScenario(id).value().document), flat(server));
  }

  // A note, tags and the trash are edits of the scenario like any other: they reach
  // colleagues through the server, and so does bringing a scenario back.
  void notesTagsAndTheTrashTravel() {
    QVERIFY(bob_.ws);
    const Id id = ann_.ws->listScenarios().value().front().id;
    SyncClient ann(*ann_.ws, curlHttp(), ann_.account, systemClock(), randomIdGenerator());
    SyncClient bob(*bob_.ws, curlHttp(), bob_.account, systemClock(), randomIdGenerator());
    QVERIFY(ann_.ws->setNote(id, "Lease adjustment checked with the auditors.", "ann").ok());
    QVERIFY(ann_.ws->setTags(id, {"board", "Q3"}, "ann").ok());
    QVERIFY(ann.sync(id).ok());
    QVERIFY(bob.sync(id).ok());
    QCOMPARE(bob_.ws->note(id).value(), std::string("Lease adjustment checked with the auditors."));
    const auto listed = [](Workspace& ws, const Id& scenario) {
      std::optional<ScenarioSummary> found;
      auto list = ws.listScenarios();
      for (ScenarioSummary& s : list.value())
        if (s.id == scenario) found = std::move(s);
      return found;
    };
    QVERIFY(listed(*bob_.ws, id));
    QVERIFY(listed(*bob_.ws, id)->tags == (std::vector<std::string>{"Q3", "board"}));

    QVERIFY(bob_.ws->deleteScenario(id, "bob").ok());
    // In the trash, still followed: the deletion is sent, and a colleague's bringing it back
    // arrives.
    const auto links = bob_.ws->syncLinks().value();
    QVERIFY(std::any_of(links.begin(), links.end(), [&](const auto& l) { return l.first == id; }));
    QVERIFY(bob.sync(id).ok());
    QVERIFY(ann.sync(id).ok());
    QVERIFY(!listed(*ann_.ws, id));
    QVERIFY(ann_.ws->undeleteScenario(id, "ann").ok());
    QVERIFY(ann.sync(id).ok());
    QVERIFY(bob.sync(id).ok());
    QVERIFY(listed(*bob_.ws, id));
    QCOMPARE(flat(bob_.ws->loadScenario(id).value().document), flat(served(id.toString()).first));
  }

  // A named version is an entry of the log: saved by Ann, it reaches Bob with her name, as the
  // server had the scenario at that point (not with Bob's unsent edits); two saved at once are
  // both kept, with no conflict; Bob can restore Ann's version.
  void namedVersionsTravel() {
    QVERIFY(bob_.ws);
    const Id id = ann_.ws->listScenarios().value().front().id;
    SyncClient ann(*ann_.ws, curlHttp(), ann_.account, systemClock(), randomIdGenerator());
    SyncClient bob(*bob_.ws, curlHttp(), bob_.account, systemClock(), randomIdGenerator());
    QVERIFY(ann.sync(id).ok());
    QVERIFY(bob.sync(id).ok());
    const double growthBefore =
        fieldOf(bob_.ws->loadScenario(id).value().document, "terminal_value.growth");
    const auto openConflicts = [](Workspace& ws, const Id& scenario) {
      return ws.syncConflicts(scenario, false).value().size();
    };
    const std::size_t annConflicts = openConflicts(*ann_.ws, id);
    const std::size_t bobConflicts = openConflicts(*bob_.ws, id);

    QVERIFY(edit(*ann_.ws, id, "discount_rate.wacc", 0.0875, "ann").ok());
    QVERIFY(ann_.ws->saveVersion(id, "Board draft", "ann").ok());
    QVERIFY(edit(*bob_.ws, id, "terminal_value.growth", 0.0125, "bob").ok());
    QVERIFY(bob_.ws->saveVersion(id, "Bob's check", "bob").ok());
    QVERIFY(ann.sync(id).ok());
    QVERIFY(bob.sync(id).ok());
    QVERIFY(ann.sync(id).ok());

    const auto named = [](Workspace& ws, const Id& scenario, const std::string& label) {
      std::optional<VersionInfo> found;
      const auto list = ws.versions(scenario);
      for (const VersionInfo& v : list.value())
        if (v.label == label) found = v;
      return found;
    };
    const auto annsAtBob = named(*bob_.ws, id, "Board draft");
    const auto bobsAtAnn = named(*ann_.ws, id, "Bob's check");
    QVERIFY(annsAtBob && bobsAtAnn);
    // Named by the account the server knows (not by the name a client wrote into the edit).
    QCOMPARE(annsAtBob->author, ann_.email);
    QCOMPARE(bobsAtAnn->author, bob_.email);
    QCOMPARE(ann_.ws->versions(id).value().size(), bob_.ws->versions(id).value().size());
    // Ann's version as the server had it: her WACC, and not Bob's growth, pushed after it.
    const ScenarioDocument annsVersion = bob_.ws->versionDocument(annsAtBob->id).value();
    QCOMPARE(fieldOf(annsVersion, "discount_rate.wacc"), 0.0875);
    QCOMPARE(fieldOf(annsVersion, "terminal_value.growth"), growthBefore);
    // Bob's as the server had it when his save arrived: his growth on Ann's WACC, which was
    // there first (Bob's own copy is what he saw when saving, before Ann's WACC reached him).
    const ScenarioDocument bobsVersion = ann_.ws->versionDocument(bobsAtAnn->id).value();
    QCOMPARE(fieldOf(bobsVersion, "terminal_value.growth"), 0.0125);
    QCOMPARE(fieldOf(bobsVersion, "discount_rate.wacc"), 0.0875);
    const auto bobsOwn = named(*bob_.ws, id, "Bob's check");
    QVERIFY(bobsOwn);
    QVERIFY(fieldOf(bob_.ws->versionDocument(bobsOwn->id).value(), "discount_rate.wacc") != 0.0875);
    QCOMPARE(openConflicts(*ann_.ws, id), annConflicts);
    QCOMPARE(openConflicts(*bob_.ws, id), bobConflicts);

    // Bob restores Ann's version: her inputs, for everyone.
    QVERIFY(bob_.ws->restoreVersion(annsAtBob->id, "bob").ok());
    QVERIFY(bob.sync(id).ok());
    QVERIFY(ann.sync(id).ok());
    const ScenarioDocument annNow = ann_.ws->loadScenario(id).value().document;
    QCOMPARE(fieldOf(annNow, "discount_rate.wacc"), 0.0875);
    QCOMPARE(fieldOf(annNow, "terminal_value.growth"), growthBefore);
    QCOMPARE(flat(annNow), flat(served(id.toString()).first));
    QCOMPARE(flat(bob_.ws->loadScenario(id).value().document), flat(annNow));

    // Opened afterwards into another workspace, the scenario comes with the versions saved
    // before, each once, as the others hold them.
    auto later = newWorkspace("carol-later");
    SyncClient carol(*later, curlHttp(), carol_.account, systemClock(), randomIdGenerator());
    QVERIFY(carol.open(id.toString()).ok());
    const auto annsAtCarol = named(*later, id, "Board draft");
    const auto bobsAtCarol = named(*later, id, "Bob's check");
    QVERIFY(annsAtCarol && bobsAtCarol);
    QCOMPARE(annsAtCarol->author, ann_.email);
    QCOMPARE(bobsAtCarol->createdMs, bobsAtAnn->createdMs);
    QCOMPARE(flat(later->versionDocument(annsAtCarol->id).value()), flat(annsVersion));
    QCOMPARE(flat(later->versionDocument(bobsAtCarol->id).value()), flat(bobsVersion));
    std::size_t saves = 0;  // every save in the server's log, the ones of earlier tests included
    for (const Json& entry : serverLog(id.toString()))
      for (const Json& op : entry["mutation"]["ops"])
        if (op.value("field", "") == "version" && !entry.value("client_id", "").empty()) ++saves;
    QCOMPARE(later->versions(id).value().size(), saves);
  }

  // Dave may only view. Opened as such, the scenario refuses his edits at once, with the
  // reason. A link that did not know it yet (the owner took edit access away meanwhile) learns
  // it from the server's refusal: the queued edit becomes a conflict to dismiss, and he goes on
  // seeing colleagues' changes. Given edit access, he edits again once the client asks.
  void aViewersEditIsRefusedAndPullingGoesOn() {
    const Id id = ann_.ws->listScenarios().value().front().id;
    SyncClient ann(*ann_.ws, curlHttp(), ann_.account, systemClock(), randomIdGenerator());
    QVERIFY(ann.grant(id, dave_.email, "view").ok());
    dave_.ws = newWorkspace("dave");
    SyncClient dave(*dave_.ws, curlHttp(), dave_.account, systemClock(), randomIdGenerator());
    QVERIFY(dave.open(id.toString()).ok());
    QVERIFY(dave_.ws->syncLink(id).value()->viewOnly);
    auto refused = edit(*dave_.ws, id, "terminal_value.growth", 0.05, "dave");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, std::string("sync.view_only"));
    QVERIFY(dave_.ws->syncLink(id).value()->pending.empty());
    // A version he saves is his alone: kept, and nothing queued.
    const std::int64_t revision = dave_.ws->loadScenario(id).value().revision;
    QVERIFY(dave_.ws->saveVersion(id, "Dave's reading", "dave").ok());
    QCOMPARE(dave_.ws->versions(id).value().back().label, std::string("Dave's reading"));
    QCOMPARE(dave_.ws->loadScenario(id).value().revision, revision);
    QVERIFY(dave_.ws->syncLink(id).value()->pending.empty());

    QVERIFY(dave_.ws->setSyncViewOnly(id, false).ok());  // as a link that did not know
    QVERIFY(edit(*dave_.ws, id, "terminal_value.growth", 0.05, "dave").ok());
    QVERIFY(edit(*ann_.ws, id, "discount_rate.marginal_tax_rate", 0.24, "ann").ok());
    QVERIFY(ann.sync(id).ok());
    auto synced = dave.sync(id);
    QVERIFY2(synced.ok(), synced.ok() ? "" : synced.error().message.c_str());
    QCOMPARE(synced.value().conflicts, 1);
    QVERIFY(dave_.ws->syncLink(id).value()->pending.empty());
    QVERIFY(dave_.ws->syncLink(id).value()->viewOnly);
    const auto conflicts = dave_.ws->syncConflicts(id, false).value();
    QCOMPARE(conflicts.size(), std::size_t{1});
    QVERIFY(conflicts[0].record.kind == ConflictRecord::Kind::Refused);
    const auto server = served(id.toString()).first;
    QCOMPARE(flat(dave_.ws->loadScenario(id).value().document), flat(server));
    QCOMPARE(fieldOf(server, "discount_rate.marginal_tax_rate"), 0.24);

    // Dave's role lets him only view, whatever a share says, and the server lists it so.
    QVERIFY(ann.grant(id, dave_.email, "edit").ok());
    auto still = dave.followAccess();
    QVERIFY(still.ok() && still.value().empty());
    QVERIFY(dave_.ws->syncLink(id).value()->viewOnly);
    // Bob may edit it: a link that held otherwise learns so at the next check.
    QVERIFY(bob_.ws->setSyncViewOnly(id, true).ok());
    SyncClient bob(*bob_.ws, curlHttp(), bob_.account, systemClock(), randomIdGenerator());
    auto changed = bob.followAccess();
    QVERIFY2(changed.ok(), changed.ok() ? "" : changed.error().message.c_str());
    QVERIFY(changed.value() == std::vector<Id>{id});
    QVERIFY(!bob_.ws->syncLink(id).value()->viewOnly);
    QVERIFY(edit(*bob_.ws, id, "terminal_value.growth", 0.031, "bob").ok());
    QVERIFY(bob.sync(id).ok());
    QCOMPARE(fieldOf(served(id.toString()).first, "terminal_value.growth"), 0.031);
  }

  void cleanupTestCase() { server_.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_syncclient.moc"
