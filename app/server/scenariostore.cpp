// Store: shared scenarios, their mutation logs, push and pull, sharing, and the tenant export.
#include <limits>

#include "app/server/storeimpl.h"
#include "core/model/flatjson.h"
#include "core/ops/accept.h"
#include "core/ops/mutationjson.h"
#include "core/ops/rebase.h"

namespace valor::server {
namespace {

std::string rootText(const ScenarioDocument& doc, const char* field) {
  const std::string* text = doc.entities.empty() ? nullptr : doc.root().text(field);
  return text ? *text : std::string();
}

// What the audit log keeps of an applied mutation: each op as field, before → after.
Json changeDetail(const ScenarioDocument& before, const Mutation& m, std::int64_t revision,
                  const std::vector<std::string>& overwritten) {
  constexpr std::size_t kMaxChanges = 500;
  Json changes = Json::array();
  for (std::size_t i = 0; i < m.ops.size() && i < kMaxChanges; ++i) {
    const Op& op = m.ops[i];
    Json c{{"op", opKindName(op.kind)}, {"field", opPath(before, op)}};
    switch (op.kind) {
      case OpKind::Set:
        c["before"] = op.previous ? valueToJson(*op.previous) : Json();
        c["after"] = op.value ? valueToJson(*op.value) : Json();
        break;
      case OpKind::Move:
        c["before"] = op.previousOrder;
        c["after"] = op.order;
        break;
      case OpKind::Create:
      case OpKind::Delete:
        c["entity"] = op.snapshot ? op.snapshot->type : std::string();
        break;
    }
    changes.push_back(std::move(c));
  }
  Json detail{{"revision", revision},
              {"mutation", m.id.toString()},
              {"label", m.label},
              {"changes", std::move(changes)}};
  if (m.ops.size() > kMaxChanges) detail["more_changes"] = m.ops.size() - kMaxChanges;
  if (!overwritten.empty()) detail["overwrote"] = overwritten;
  return detail;
}

Result<std::int64_t> lastSeq(Store::Impl& db, std::int64_t tenant, std::int64_t user,
                             const std::string& client) {
  auto q = db.prepare(
      "SELECT last_seq FROM clients WHERE user_id = ?1 AND client_id = ?2 AND tenant_id = ?3");
  if (!q) return q.error();
  q.value().bind(1, user).bind(2, client).bind(3, tenant);
  auto row = q.value().step();
  if (!row) return row.error();
  return row.value() ? q.value().integer(0) : 0;
}

Status recordSeq(Store::Impl& db, std::int64_t tenant, std::int64_t user, const std::string& client,
                 std::int64_t seq) {
  auto q = db.prepare(
      "INSERT INTO clients(tenant_id, user_id, client_id, last_seq) VALUES (?4, ?1, ?2, ?3) "
      "ON CONFLICT(user_id, client_id) DO UPDATE SET last_seq = excluded.last_seq");
  if (!q) return q.error();
  q.value().bind(1, user).bind(2, client).bind(3, seq).bind(4, tenant);
  return q.value().run();
}

// The answer recorded for a sequence number the client has sent before.
Result<PushOutcome> recordedOutcome(Store::Impl& db, std::int64_t tenant, std::int64_t user,
                                    const std::string& client, std::int64_t seq) {
  PushOutcome out;
  out.clientSeq = seq;
  out.repeated = true;
  auto applied = db.prepare(
      "SELECT revision, overwrote FROM mutations WHERE user_id = ?1 AND client_id = ?2 "
      "AND client_seq = ?3 AND tenant_id = ?4");
  if (!applied) return applied.error();
  applied.value().bind(1, user).bind(2, client).bind(3, seq).bind(4, tenant);
  auto row = applied.value().step();
  if (!row) return row.error();
  if (row.value()) {
    out.revision = applied.value().integer(0);
    const Json overwrote = Json::parse(applied.value().text(1), nullptr, false);
    if (overwrote.is_array())
      for (const Json& path : overwrote)
        if (path.is_string()) out.overwritten.push_back(path.get<std::string>());
    return out;
  }
  auto rejected = db.prepare(
      "SELECT reason FROM rejections WHERE user_id = ?1 AND client_id = ?2 AND client_seq = ?3 "
      "AND tenant_id = ?4");
  if (!rejected) return rejected.error();
  rejected.value().bind(1, user).bind(2, client).bind(3, seq).bind(4, tenant);
  row = rejected.value().step();
  if (!row) return row.error();
  out.kind = PushOutcome::Kind::Rejected;
  out.reason = row.value() ? rejected.value().text(0) : "no record of this sequence number";
  return out;
}

Status insertMutation(Store::Impl& db, std::int64_t tenant, const std::string& scenario,
                      std::int64_t revision, std::int64_t user, const std::string& client,
                      std::int64_t seq, std::int64_t now, const Mutation& m,
                      const std::vector<std::string>& overwrote = {}) {
  auto in = db.prepare(
      "INSERT INTO mutations(tenant_id, scenario_id, revision, user_id, client_id, client_seq, "
      "committed_ms, body, overwrote) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!in) return in.error();
  auto& q = in.value();
  q.bind(1, tenant).bind(2, scenario).bind(3, revision).bind(4, user);
  if (client.empty()) {
    q.bindNull(5).bindNull(6);
  } else {
    q.bind(5, client).bind(6, seq);
  }
  q.bind(7, now).bind(8, mutationToJson(m).dump()).bind(9, Json(overwrote).dump());
  return q.run();
}

}  // namespace

std::optional<Store::Impl::Document> Store::Impl::cached(const DocumentKey& key) {
  std::lock_guard lock(cacheMutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  return std::nullopt;
}

// Sessions on several connections load and write concurrently: the newest revision stays.
void Store::Impl::keep(const DocumentKey& key, const Document& d) {
  std::lock_guard lock(cacheMutex);
  auto [it, added] = cache.try_emplace(key, d);
  if (!added && it->second.revision <= d.revision) it->second = d;
}

Result<Store::Impl::Document> Store::Impl::loadDocument(std::int64_t tenant, const std::string& id,
                                                        bool lock) {
  auto stored = prepare(lock ? "SELECT revision FROM scenarios WHERE tenant_id = ?1 AND id = ?2 "
                               "FOR UPDATE"
                             : "SELECT revision FROM scenarios WHERE tenant_id = ?1 AND id = ?2");
  if (!stored) return stored.error();
  stored.value().bind(1, tenant).bind(2, id);
  auto found = stored.value().step();
  if (!found) return found.error();
  if (!found.value()) return Error{"scenario.unknown", "no such scenario", id};
  const std::int64_t revision = stored.value().integer(0);
  Document loaded;
  if (auto hit = cached({tenant, id}); hit && hit->revision <= revision) {
    if (hit->revision == revision) return std::move(*hit);
    loaded = std::move(*hit);  // another server process has pushed since: replay what it added
  } else {
    auto q = prepare(
        "SELECT snapshot, snapshot_revision FROM scenarios WHERE tenant_id = ?1 AND id = ?2");
    if (!q) return q.error();
    q.value().bind(1, tenant).bind(2, id);
    auto row = q.value().step();
    if (!row) return row.error();
    if (!row.value()) return Error{"scenario.unknown", "no such scenario", id};
    auto doc = documentFromFlatJson(Json::parse(q.value().text(0), nullptr, false));
    if (!doc) return Error{"server.corrupt", "a stored scenario cannot be read", id};
    loaded = Document{std::move(*doc), q.value().integer(1), q.value().integer(1)};
  }
  auto log = prepare(
      "SELECT revision, body FROM mutations WHERE tenant_id = ?1 AND scenario_id = ?2 "
      "AND revision > ?3 ORDER BY revision");
  if (!log) return log.error();
  log.value().bind(1, tenant).bind(2, id).bind(3, loaded.revision);
  for (;;) {
    auto next = log.value().step();
    if (!next) return next.error();
    if (!next.value()) break;
    auto m = mutationFromJson(Json::parse(log.value().text(1), nullptr, false));
    auto applied = m ? applyMutation(loaded.doc, m.value()) : Result<ScenarioDocument>(m.error());
    if (!applied)
      return Error{"server.corrupt", "the stored log does not replay: " + applied.error().message,
                   id};
    loaded.doc = std::move(applied).value();
    loaded.revision = log.value().integer(0);
  }
  if (loaded.revision != revision)
    return Error{"server.corrupt", "the stored log ends before the scenario's revision", id};
  keep({tenant, id}, loaded);
  return loaded;
}

Result<std::vector<ScenarioInfo>> Store::scenarios(const Principal& who) {
  auto session = Session::begin(*impl_, false, who.user.tenant);
  if (!session) return session.error();
  const bool all = who.user.role == Role::Owner || who.user.role == Role::Admin;
  auto q = impl_->prepare(
      "SELECT s.id, s.owner_id, u.email, s.name, s.model, s.revision, s.updated_ms FROM scenarios "
      "s "
      "JOIN users u ON u.id = s.owner_id WHERE s.tenant_id = ?1 AND (?2 = 1 OR s.owner_id = ?3 OR "
      "EXISTS (SELECT 1 FROM shares h WHERE h.tenant_id = s.tenant_id AND h.scenario_id = s.id "
      "AND h.user_id = ?3)) ORDER BY s.name, s.id");
  if (!q) return q.error();
  q.value().bind(1, who.user.tenant).bind(2, std::int64_t{all}).bind(3, who.user.id);
  return q.value().rows<ScenarioInfo>([](const CachedStatement& r) {
    return ScenarioInfo{r.text(0), r.integer(1), r.text(2),   r.text(3),
                        r.text(4), r.integer(5), r.integer(6)};
  });
}

Result<std::optional<std::pair<ScenarioInfo, Access>>> Store::scenario(const Principal& who,
                                                                       const std::string& id) {
  auto session = Session::begin(*impl_, false, who.user.tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(
      "SELECT s.id, s.owner_id, u.email, s.name, s.model, s.revision, s.updated_ms, "
      "(SELECT access FROM shares h WHERE h.tenant_id = s.tenant_id AND h.scenario_id = s.id "
      "AND h.user_id = ?3) FROM scenarios s JOIN users u ON u.id = s.owner_id "
      "WHERE s.tenant_id = ?1 AND s.id = ?2");
  if (!q) return q.error();
  q.value().bind(1, who.user.tenant).bind(2, id).bind(3, who.user.id);
  auto row = q.value().step();
  if (!row) return row.error();
  using Found = std::optional<std::pair<ScenarioInfo, Access>>;
  if (!row.value()) return Found();
  const auto& r = q.value();
  ScenarioInfo info{r.text(0), r.integer(1), r.text(2),   r.text(3),
                    r.text(4), r.integer(5), r.integer(6)};
  const std::optional<Access> shared = r.isNull(7) ? std::nullopt : accessFromName(r.text(7));
  const Access access = accessFor(who.user, info.ownerId, shared);
  if (access == Access::None) return Found();
  return Found(std::pair{std::move(info), access});
}

Result<std::pair<ScenarioDocument, std::int64_t>> Store::document(std::int64_t tenant,
                                                                  const std::string& id) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  auto loaded = impl_->loadDocument(tenant, id, false);
  if (!loaded) return loaded.error();
  return std::pair{std::move(loaded).value().doc, loaded.value().revision};
}

Result<std::int64_t> Store::createScenario(const Principal& who, const ScenarioDocument& doc,
                                           const Mutation& creation, const std::string& address) {
  const std::string id = doc.root().id.toString();
  auto session = Session::begin(*impl_, true, who.user.tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*impl_, who.user.tenant);
  if (!audit) return audit.error();
  const std::int64_t now = impl_->clock();
  auto insert = impl_->prepare(
      "INSERT INTO scenarios(tenant_id, id, owner_id, name, model, revision, snapshot, "
      "snapshot_revision, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, 1, ?7, ?7)");
  if (!insert) return insert.error();
  auto& in = insert.value();
  in.bind(1, who.user.tenant).bind(2, id).bind(3, who.user.id).bind(4, rootText(doc, "name"));
  in.bind(5, rootText(doc, "model")).bind(6, documentToFlatJson(doc).dump()).bind(7, now);
  if (auto s = in.run(); !s)
    return takenOr(s.error(),
                   Error{"scenario.exists", "a shared scenario with this ID exists already", id});
  if (auto s = insertMutation(*impl_, who.user.tenant, id, 1, who.user.id, {}, 0, now, creation);
      !s)
    return s.error();
  if (auto s = audit.value().append(
          who.user.email, address, "scenario.create", id,
          Json{{"name", rootText(doc, "name")}, {"model", rootText(doc, "model")}});
      !s)
    return s.error();
  if (auto s = audit.value().close(); !s) return s.error();
  if (auto s = session.value().commit(); !s) return s.error();
  impl_->keep({who.user.tenant, id}, {doc, 1, 1});
  return 1;
}

Result<std::vector<PushOutcome>> Store::push(const Principal& who, const std::string& scenario,
                                             const std::string& clientId,
                                             const std::vector<PushItem>& items,
                                             const std::string& address) {
  Impl::PushRequest request{&who, &scenario, &clientId, &items, &address, std::nullopt};
  std::unique_lock lock(impl_->queueMutex);
  impl_->queue.push_back(&request);
  while (!request.result) {
    if (impl_->writing) {
      impl_->queueDone.wait(lock);
      continue;
    }
    // No group is being written: this thread writes everything queued, its own included.
    impl_->writing = true;
    std::vector<Impl::PushRequest*> group;
    group.swap(impl_->queue);
    lock.unlock();
    auto answers = impl_->writeGroup(group);
    lock.lock();
    for (std::size_t g = 0; g < group.size(); ++g) group[g]->result = std::move(answers[g]);
    impl_->writing = false;
    impl_->queueDone.notify_all();
  }
  return std::move(*request.result);
}

namespace {

// One pushed mutation inside the group's transaction: refused (and the refusal recorded) or
// applied to `current`, logged and audited.
Result<PushOutcome> pushOne(Store::Impl& impl, const Principal& who, const std::string& scenario,
                            const std::string& clientId, const PushItem& item,
                            const std::string& address, Store::Impl::Document& current,
                            AuditWriter& audit, std::int64_t now) {
  const std::int64_t user = who.user.id;
  PushOutcome outcome;
  outcome.clientSeq = item.clientSeq;
  Mutation m = item.mutation;
  m.author = who.user.email;  // the server knows who pushed; a client's claim is not asked
  auto rebased = rebaseMutation(current.doc, m);
  Result<ScenarioDocument> next = rebased ? acceptMutation(current.doc, rebased.value().mutation)
                                          : Result<ScenarioDocument>(rebased.error());
  if (!next) {
    outcome.kind = PushOutcome::Kind::Rejected;
    outcome.reason = next.error().message;
    auto reject = impl.prepare(
        "INSERT INTO rejections(tenant_id, user_id, client_id, client_seq, reason) "
        "VALUES (?5, ?1, ?2, ?3, ?4)");
    if (!reject) return reject.error();
    reject.value().bind(1, user).bind(2, clientId).bind(3, item.clientSeq).bind(4, outcome.reason);
    reject.value().bind(5, who.user.tenant);
    if (auto s = reject.value().run(); !s) return s.error();
    return outcome;
  }
  const Mutation& applied = rebased.value().mutation;
  for (std::size_t i : rebased.value().overwritten)
    outcome.overwritten.push_back(opPath(current.doc, applied.ops[i]));
  outcome.revision = current.revision + 1;
  if (auto s = insertMutation(impl, who.user.tenant, scenario, outcome.revision, user, clientId,
                              item.clientSeq, now, applied, outcome.overwritten);
      !s)
    return s.error();
  if (auto s =
          audit.append(who.user.email, address, "scenario.push", scenario,
                       changeDetail(current.doc, applied, outcome.revision, outcome.overwritten));
      !s)
    return s.error();
  current.doc = std::move(next).value();
  current.revision = outcome.revision;
  return outcome;
}

// The scenario's row after a group: its revision, name and model, and the snapshot when due.
Status saveScenario(Store::Impl& impl, const Store::Impl::DocumentKey& key,
                    Store::Impl::Document& d, std::int64_t now) {
  const bool snapshot = d.revision - d.snapshotRevision >= Store::Impl::kSnapshotEvery;
  auto update = impl.prepare(
      snapshot ? "UPDATE scenarios SET revision = ?3, name = ?4, model = ?5, updated_ms = ?6, "
                 "snapshot = ?7, snapshot_revision = ?3 WHERE tenant_id = ?1 AND id = ?2"
               : "UPDATE scenarios SET revision = ?3, name = ?4, model = ?5, updated_ms = ?6 "
                 "WHERE tenant_id = ?1 AND id = ?2");
  if (!update) return update.error();
  auto& u = update.value();
  u.bind(1, key.first).bind(2, key.second).bind(3, d.revision);
  u.bind(4, rootText(d.doc, "name")).bind(5, rootText(d.doc, "model")).bind(6, now);
  if (snapshot) {
    u.bind(7, documentToFlatJson(d.doc).dump());
    d.snapshotRevision = d.revision;
  }
  return u.run();
}

}  // namespace

std::vector<Result<std::vector<PushOutcome>>> Store::Impl::writeGroup(
    const std::vector<PushRequest*>& group) {
  // Each tenant's part is its own transaction, so one part's failure leaves the others' answers.
  std::map<std::int64_t, std::vector<std::size_t>> byTenant;
  for (std::size_t g = 0; g < group.size(); ++g) byTenant[group[g]->who->user.tenant].push_back(g);
  std::vector<Result<std::vector<PushOutcome>>> out(group.size(), Error{});
  for (const auto& [tenant, indices] : byTenant) {
    std::vector<PushRequest*> part;
    for (std::size_t g : indices) part.push_back(group[g]);
    std::vector<Result<std::vector<PushOutcome>>> answers;
    try {
      answers = writeTenantGroup(part);
    } catch (const std::exception& e) {
      // Nothing of this part was committed (its transaction rolls back as it unwinds).
      answers.assign(
          part.size(),
          Error{"server.internal", std::string("a push could not be written: ") + e.what(), {}});
    }
    for (std::size_t k = 0; k < indices.size(); ++k) out[indices[k]] = std::move(answers[k]);
  }
  return out;
}

std::vector<Result<std::vector<PushOutcome>>> Store::Impl::writeTenantGroup(
    const std::vector<PushRequest*>& group) {
  using Answers = std::vector<Result<std::vector<PushOutcome>>>;
  auto fail = [&](const Error& e) { return Answers(group.size(), e); };
  const std::int64_t tenant = group.front()->who->user.tenant;
  auto session = Session::begin(*this, true, tenant);
  if (!session) return fail(session.error());
  auto audit = AuditWriter::open(*this, tenant);
  if (!audit) return fail(audit.error());
  const std::int64_t now = clock();
  // The group's documents, written to the cache only once the transaction is committed; each
  // client's last sequence, read once and stored once.
  std::map<DocumentKey, Document> touched;
  std::map<DocumentKey, std::int64_t> loadedRevisions;
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> lastSeqs, storedSeqs;
  std::vector<std::vector<PushOutcome>> answers(group.size());
  for (std::size_t g = 0; g < group.size(); ++g) {
    const PushRequest& r = *group[g];
    const DocumentKey key{r.who->user.tenant, *r.scenario};
    if (!touched.count(key)) {
      auto loaded = loadDocument(key.first, key.second, true);
      if (!loaded) return fail(loaded.error());
      loadedRevisions[key] = loaded.value().revision;
      touched.emplace(key, std::move(loaded).value());
    }
    Document& current = touched.at(key);
    const std::int64_t user = r.who->user.id;
    const std::pair<std::int64_t, std::string> client{user, *r.clientId};
    if (!lastSeqs.count(client)) {
      auto stored = lastSeq(*this, tenant, user, *r.clientId);
      if (!stored) return fail(stored.error());
      lastSeqs[client] = storedSeqs[client] = stored.value();
    }
    std::int64_t& last = lastSeqs[client];
    for (const PushItem& item : *r.items) {
      if (item.clientSeq <= last) {
        auto recorded = recordedOutcome(*this, tenant, user, *r.clientId, item.clientSeq);
        if (!recorded) return fail(recorded.error());
        answers[g].push_back(std::move(recorded).value());
        continue;
      }
      if (item.clientSeq != last + 1) {
        PushOutcome gap;
        gap.kind = PushOutcome::Kind::OutOfOrder;
        gap.clientSeq = item.clientSeq;
        gap.expectedSeq = last + 1;
        answers[g].push_back(gap);
        break;
      }
      auto outcome = pushOne(*this, *r.who, *r.scenario, *r.clientId, item, *r.address, current,
                             audit.value(), now);
      if (!outcome) return fail(outcome.error());
      answers[g].push_back(std::move(outcome).value());
      last = item.clientSeq;
    }
  }
  for (const auto& [client, seq] : lastSeqs) {
    if (seq == storedSeqs.at(client)) continue;  // only repeats
    if (auto s = recordSeq(*this, tenant, client.first, client.second, seq); !s)
      return fail(s.error());
  }
  if (auto s = audit.value().close(); !s) return fail(s.error());
  for (auto& [key, d] : touched) {
    if (d.revision == loadedRevisions.at(key)) continue;  // only repeats and refusals
    if (auto s = saveScenario(*this, key, d, now); !s) return fail(s.error());
    const RemoteEvent pushed{RemoteEvent::Kind::Revision, key.first, key.second, d.revision, 0, {}};
    if (auto s = session.value().connection().announce(remoteEventText(pushed)); !s)
      return fail(s.error());
  }
  if (auto s = session.value().commit(); !s) return fail(s.error());
  for (auto& [key, d] : touched) keep(key, d);
  Answers out;
  for (auto& a : answers) out.emplace_back(std::move(a));
  return out;
}

Result<std::vector<LoggedMutation>> Store::pull(std::int64_t tenant, const std::string& scenario,
                                                std::int64_t since, int limit) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(
      "SELECT m.revision, u.email, m.committed_ms, m.client_id, m.client_seq, m.body "
      "FROM mutations m JOIN users u ON u.id = m.user_id "
      "WHERE m.tenant_id = ?1 AND m.scenario_id = ?2 AND m.revision > ?3 "
      "ORDER BY m.revision LIMIT ?4");
  if (!q) return q.error();
  q.value().bind(1, tenant).bind(2, scenario).bind(3, since).bind(4, std::int64_t{limit});
  return q.value().rows<LoggedMutation>([](const CachedStatement& r) {
    return LoggedMutation{r.integer(0),
                          r.text(1),
                          r.integer(2),
                          r.isNull(3) ? "" : r.text(3),
                          r.isNull(4) ? 0 : r.integer(4),
                          Json::parse(r.text(5), nullptr, false)};
  });
}

Status Store::share(const Principal& who, const std::string& scenario, const User& with,
                    Access access, const std::string& address) {
  auto session = Session::begin(*impl_, true, who.user.tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*impl_, who.user.tenant);
  if (!audit) return audit.error();
  auto q = impl_->prepare(
      "INSERT INTO shares(tenant_id, scenario_id, user_id, access) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT(tenant_id, scenario_id, user_id) DO UPDATE SET access = excluded.access");
  if (!q) return q.error();
  q.value().bind(1, who.user.tenant).bind(2, scenario).bind(3, with.id);
  q.value().bind(4, std::string_view(accessName(access)));
  if (auto s = q.value().run(); !s) return s;
  if (auto s = audit.value().append(who.user.email, address, "scenario.share", scenario,
                                    Json{{"with", with.email}, {"access", accessName(access)}});
      !s)
    return s;
  if (auto s = audit.value().close(); !s) return s;
  return session.value().commit();
}

Status Store::unshare(const Principal& who, const std::string& scenario, const User& with,
                      const std::string& address) {
  auto session = Session::begin(*impl_, true, who.user.tenant);
  if (!session) return session.error();
  auto audit = AuditWriter::open(*impl_, who.user.tenant);
  if (!audit) return audit.error();
  auto q = impl_->prepare(
      "DELETE FROM shares WHERE tenant_id = ?1 AND scenario_id = ?2 AND user_id = ?3");
  if (!q) return q.error();
  q.value().bind(1, who.user.tenant).bind(2, scenario).bind(3, with.id);
  if (auto s = q.value().run(); !s) return s;
  if (session.value().changes() == 0)
    return Error{"share.unknown", "the scenario is not shared with this user", with.email};
  if (auto s = audit.value().append(who.user.email, address, "scenario.unshare", scenario,
                                    Json{{"with", with.email}});
      !s)
    return s;
  if (auto s = audit.value().close(); !s) return s;
  return session.value().commit();
}

Result<std::vector<Share>> Store::shares(std::int64_t tenant, const std::string& scenario) {
  auto session = Session::begin(*impl_, false, tenant);
  if (!session) return session.error();
  auto q = impl_->prepare(
      "SELECT u.email, h.access FROM shares h JOIN users u ON u.id = h.user_id "
      "WHERE h.tenant_id = ?1 AND h.scenario_id = ?2 ORDER BY u.email");
  if (!q) return q.error();
  q.value().bind(1, tenant).bind(2, scenario);
  return q.value().rows<Share>([](const CachedStatement& r) {
    return Share{r.text(0), accessFromName(r.text(1)).value_or(Access::View)};
  });
}

Result<bool> Store::maySee(const User& user, const std::string& scenario) {
  auto found = this->scenario(Principal{user, 0, false}, scenario);
  if (!found) return found.error();
  return found.value().has_value();
}

Result<Json> Store::exportTenant(std::int64_t tenant) {
  auto audit = exportAudit(tenant);
  if (!audit) return audit.error();
  auto people = users(tenant);
  if (!people) return people.error();
  Json out{{"format", "valor.tenant/1"}, {"tenant", audit.value()["tenant"]}};
  Json userList = Json::array();
  for (const User& u : people.value())
    userList.push_back(
        Json{{"email", u.email}, {"role", roleName(u.role)}, {"disabled", u.disabled}});
  out["users"] = std::move(userList);
  Result<std::vector<Json>> scenarios = Error{};
  {
    auto session = Session::begin(*impl_, false, tenant);
    if (!session) return session.error();
    auto q = impl_->prepare(
        "SELECT s.id, u.email FROM scenarios s JOIN users u "
        "ON u.id = s.owner_id WHERE s.tenant_id = ?1 ORDER BY s.id");
    if (!q) return q.error();
    q.value().bind(1, tenant);
    scenarios = q.value().rows<Json>([](const CachedStatement& r) {
      return Json{{"id", r.text(0)}, {"owner", r.text(1)}};
    });
  }
  if (!scenarios) return scenarios.error();
  Json list = Json::array();
  for (Json& s : scenarios.value()) {
    const std::string id = s["id"].get<std::string>();
    auto current = document(tenant, id);
    if (!current) return current.error();
    s["revision"] = current.value().second;
    s["document"] = documentToFlatJson(current.value().first);
    auto log = pull(tenant, id, 0, std::numeric_limits<int>::max());
    if (!log) return log.error();
    Json entries = Json::array();
    for (const LoggedMutation& m : log.value())
      entries.push_back(Json{{"revision", m.revision},
                             {"author", m.author},
                             {"committed_ms", m.committedMs},
                             {"mutation", m.mutation}});
    s["log"] = std::move(entries);
    auto sharedWith = shares(tenant, id);
    if (!sharedWith) return sharedWith.error();
    Json shareList = Json::array();
    for (const Share& h : sharedWith.value())
      shareList.push_back(Json{{"email", h.email}, {"access", accessName(h.access)}});
    s["shares"] = std::move(shareList);
    list.push_back(std::move(s));
  }
  out["scenarios"] = std::move(list);
  out["audit"] = std::move(audit).value();
  return out;
}

}  // namespace valor::server
