// Deterministic simulation of sync clients against the server's real core (the API and store
// in-process, on SQLite): several clients edit the same scenario offline and online, push with
// answers lost, pushes repeated and sent out of order, pull whenever they like, and crash after
// a push or a pull before storing what they learnt (restarting from their stored link), while
// the server restarts now and then (keeping only what it stored). After healing, every client
// shows the server's document, every edit is in the log exactly once, in each client's order,
// every value an edit overwrote has a conflict record on its author's client, and every named
// version saved has reached every other client exactly once. VALOR_SYNC_SEEDS
// sets how many seeds run (2,000 by default, about 30 s); a failing seed prints how to replay it.
#include "core/model/flatjson.h"
#include "core/ops/mutationjson.h"
#include "core/sync/syncstate.h"
#include "tests/server/serverfixture.h"

#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <QtTest>

using namespace valor;
using namespace valor::testing;

namespace {

int seeds() {
  const char* text = std::getenv("VALOR_SYNC_SEEDS");
  return text ? std::max(1, std::atoi(text)) : 2000;
}

struct SimClient {
  SyncState state;  // as the client's workspace holds it (core/store/syncrecord.h)
  std::string token;
  std::set<std::int64_t> acknowledged;
  std::set<std::pair<std::int64_t, std::string>> toldOverwritten;  // (revision, field)
  std::vector<ConflictRecord> conflicts;
  std::vector<std::string> saved;     // the versions it saved (kept in its own workspace)
  std::vector<std::string> received;  // the versions of others its pulls found
};

const char* kFields[] = {"terminal_value.growth", "discount_rate.marginal_tax_rate"};

std::string flat(const ScenarioDocument& doc) {
  return documentToFlatJson(doc).dump();
}

class Simulation {
 public:
  Simulation(std::uint32_t seed, int clients) : random_(seed), ids_(seededIdGenerator(seed)) {
    const server::User owner = f_.user("Acme", "owner@acme.test", server::Role::Owner);
    tenant_ = f_.tenant("Acme");
    scenario_ = f_.upload(f_.token(owner));
    auto served = f_.store().document(tenant_, scenario_).value();
    for (int k = 0; k < clients; ++k) {
      const server::User u =
          f_.user("Acme", "c" + std::to_string(k) + "@acme.test", server::Role::Admin);
      clients_.push_back(
          SimClient{SyncState("client-" + std::to_string(k), served.first, served.second),
                    f_.token(u),
                    {},
                    {},
                    {},
                    {},
                    {}});
    }
  }

  // One random step; false with `failure` set when an invariant broke. A push or a pull may
  // end in a crash of the client before it stored what it learnt: it starts again from what
  // its workspace holds (its link as stored, conflicts found before), as after a restart.
  bool step() {
    // Now and then the server restarts: it keeps only what it had stored.
    if (random_() % 40 == 0) {
      f_.restart();
      ++restarts_;
    }
    SimClient& c = clients_[random_() % clients_.size()];
    const SyncLink stored = c.state.link("scenario");
    const std::size_t conflictsStored = c.conflicts.size();
    const std::size_t versionsStored = c.received.size();
    const int kind = static_cast<int>(random_() % 3);
    const bool ok = kind == 0 ? edit(c) : kind == 1 ? push(c, /*faulty=*/true) : pull(c);
    if (ok && kind != 0 && random_() % 8 == 0) {
      c.state = SyncState(stored);
      c.conflicts.resize(conflictsStored);
      c.received.resize(versionsStored);
    }
    return ok;
  }

  // Everyone sends what is pending until nothing is, then everyone pulls; then the checks.
  bool healAndCheck() {
    for (int round = 0; round < 10; ++round) {
      bool quiet = true;
      for (SimClient& c : clients_) {
        if (!pull(c)) return false;
        if (!c.state.pending().empty()) {
          quiet = false;
          if (!push(c, /*faulty=*/false)) return false;
        }
      }
      if (quiet) break;
    }
    const auto served = f_.store().document(tenant_, scenario_).value();
    for (SimClient& c : clients_) {
      if (!pull(c)) return false;
      if (!c.state.pending().empty()) return fail(c, "edits still pending after healing");
      if (flat(c.state.local()) != flat(served.first)) return fail(c, "differs from the server");
      for (const auto& [revision, field] : c.toldOverwritten) {
        const bool recorded = std::any_of(
            c.conflicts.begin(), c.conflicts.end(),
            [&](const ConflictRecord& r) { return r.revision == revision && r.field == field; });
        if (!recorded) return fail(c, "an overwrite without a conflict record: " + field);
      }
    }
    // Every version saved reaches every other client exactly once, and none comes back to its
    // author.
    for (SimClient& c : clients_) {
      std::multiset<std::string> expected, got(c.received.begin(), c.received.end());
      for (const SimClient& other : clients_)
        if (&other != &c) expected.insert(other.saved.begin(), other.saved.end());
      for (const ConflictRecord& r : c.conflicts)
        if (r.field == "version") return fail(c, "a version saved at once is a conflict");
      if (got != expected)
        return fail(c, "versions received " + std::to_string(got.size()) + ", saved by others " +
                           std::to_string(expected.size()));
    }
    // The log: each client's edits exactly once, in its order.
    auto log = f_.store().pull(tenant_, scenario_, 0, 1'000'000).value();
    std::map<std::string, std::vector<std::int64_t>> seqs;
    for (const auto& m : log)
      if (!m.clientId.empty()) seqs[m.clientId].push_back(m.clientSeq);
    for (SimClient& c : clients_) {
      const auto& mine = seqs[c.state.clientId()];
      if (static_cast<std::int64_t>(mine.size()) != c.state.nextSeq() - 1)
        return fail(c, "edits made " + std::to_string(c.state.nextSeq() - 1) + ", in the log " +
                           std::to_string(mine.size()));
      for (std::size_t i = 0; i < mine.size(); ++i)
        if (mine[i] != static_cast<std::int64_t>(i + 1)) return fail(c, "out of order in the log");
    }
    return true;
  }

  std::string failure;
  int restarts() const { return restarts_; }

 private:
  bool fail(const SimClient& c, const std::string& what) {
    failure = c.state.clientId() + ": " + what;
    return false;
  }

  bool edit(SimClient& c) {
    const ScenarioDocument local = c.state.local();
    const Entity* dcf = nullptr;
    for (const Entity& e : local.entities)
      if (e.type == "dcf") dcf = &e;
    Mutation m;
    m.id = ids_();
    m.author = c.state.clientId();
    m.clientTimeMs = static_cast<std::int64_t>(random_() % 1000);
    m.baseRevision = c.state.confirmedRevision();
    m.label = "Edit";
    // Now and then a named version (a mutation of the root's "version").
    if (random_() % 6 == 0) {
      const std::string name = c.state.clientId() + " v" + std::to_string(c.saved.size() + 1);
      m.ops = {setFieldOp(local, local.root().id, "version", Value(name))};
      if (auto seq = c.state.edit(m); !seq)
        return fail(c, "a version refused: " + seq.error().message);
      c.saved.push_back(name);
      return true;
    }
    const double value = static_cast<double>(random_() % 50) / 1000.0;
    const std::string field = kFields[random_() % 2];
    m.ops = {setFieldOp(local, dcf->id, field, value)};
    if (auto seq = c.state.edit(m); !seq)
      return fail(c, "a local edit refused: " + seq.error().message);
    // The analyst sees their edit at once, whatever the network does.
    for (const Entity& e : c.state.local().entities)
      if (e.type == "dcf" && (!e.number(field) || *e.number(field) != value))
        return fail(c, "a local edit is not shown: " + field);
    return true;
  }

  bool push(SimClient& c, bool faulty) {
    const auto& pending = c.state.pending();
    if (pending.empty()) return true;
    // Faults: the edits sent from a later one (the server answers out_of_order), the answer
    // lost, the same push sent twice.
    std::size_t from = faulty && random_() % 5 == 0 ? random_() % pending.size() : 0;
    Json items = Json::array();
    for (std::size_t i = from; i < pending.size(); ++i)
      items.push_back(Json{{"client_seq", pending[i].clientSeq},
                           {"mutation", mutationToJson(pending[i].mutation)}});
    const std::string body = Json{{"client_id", c.state.clientId()}, {"mutations", items}}.dump();
    const std::string target = "/v1/scenarios/" + scenario_ + "/push";
    auto answer = f_.call("POST", target, c.token, body);
    if (faulty && random_() % 4 == 0) return true;                                      // lost
    if (faulty && random_() % 5 == 0) answer = f_.call("POST", target, c.token, body);  // again
    if (answer.status != 200) return fail(c, "push answered " + std::to_string(answer.status));
    const Json results = ServerFixture::json(answer)["results"];
    for (const Json& r : results) {
      const std::int64_t seq = r["client_seq"].get<std::int64_t>();
      const std::string status = r["status"].get<std::string>();
      if (status == "applied") {
        const std::int64_t revision = r["revision"].get<std::int64_t>();
        c.state.applied(seq, revision);
        c.acknowledged.insert(seq);
        if (r.contains("overwrote"))
          for (const Json& field : r["overwrote"])
            c.toldOverwritten.insert({revision, field.get<std::string>()});
      } else if (status == "rejected") {
        c.state.refused(seq, r["reason"].get<std::string>());
      }
    }
    return true;
  }

  bool pull(SimClient& c) {
    for (bool more = true; more;) {
      auto answer = f_.call("GET",
                            "/v1/scenarios/" + scenario_ +
                                "/pull?since=" + std::to_string(c.state.confirmedRevision()),
                            c.token);
      if (answer.status != 200) return fail(c, "pull answered " + std::to_string(answer.status));
      const Json page = ServerFixture::json(answer);
      std::vector<RemoteEntry> entries;
      for (const Json& j : page["mutations"]) {
        auto m = mutationFromJson(j["mutation"]);
        if (!m) return fail(c, "a pulled mutation cannot be read");
        entries.push_back(
            RemoteEntry{j["revision"].get<std::int64_t>(), j["author"].get<std::string>(),
                        j["committed_ms"].get<std::int64_t>(), j.value("client_id", ""),
                        j.value("client_seq", 0), std::move(m).value()});
      }
      if (auto s = c.state.pulled(entries); !s)
        return fail(c, "a pull refused: " + s.error().message);
      for (ConflictRecord& r : c.state.takeConflicts()) c.conflicts.push_back(std::move(r));
      for (SharedVersion& v : c.state.takeVersions()) c.received.push_back(std::move(v.label));
      more = page["more"].get<bool>();
    }
    return true;
  }

  ServerFixture f_;
  int restarts_ = 0;
  std::mt19937 random_;
  IdGenerator ids_;
  std::int64_t tenant_ = 0;
  std::string scenario_;
  std::vector<SimClient> clients_;
};

}  // namespace

class TestSyncSim : public QObject {
  Q_OBJECT

 private slots:
  void clientsConvergeWithNothingLost() {
    const char* only = std::getenv("VALOR_SYNC_SEED");
    const int first = only ? std::atoi(only) : 1;
    const int last = only ? first : seeds();
    int restarts = 0;
    for (int seed = first; seed <= last; ++seed) {
      Simulation sim(static_cast<std::uint32_t>(seed), 2 + seed % 7);
      bool ok = true;
      for (int s = 0; s < 60 && ok; ++s) ok = sim.step();
      restarts += sim.restarts();
      ok = ok && sim.healAndCheck();
      QVERIFY2(ok, qPrintable(QStringLiteral("seed %1: %2 — replay: VALOR_SYNC_SEED=%1 %3")
                                  .arg(seed)
                                  .arg(QString::fromStdString(sim.failure))
                                  .arg(QStringLiteral("tests/server/test_syncsim"))));
    }
    qInfo("%d server restarts in %d seeds", restarts, last - first + 1);
    if (last - first >= 100) QVERIFY(restarts > 0);
  }
};

QTEST_GUILESS_MAIN(TestSyncSim)
#include "test_syncsim.moc"
