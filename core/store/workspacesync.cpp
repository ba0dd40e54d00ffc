// The workspace's sync records (core/store/syncrecord.h): links, the queue of unsent edits,
// conflicts for review and the versions colleagues saved.
#include <algorithm>

#include "core/model/flatjson.h"
#include "core/model/scenariomarks.h"
#include "core/ops/mutationjson.h"
#include "core/store/workspaceimpl.h"

namespace valor {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::int64_t kFirstSyncFormat = 3;

std::string kindText(ConflictRecord::Kind kind) {
  return kind == ConflictRecord::Kind::Refused ? "refused" : "overwritten";
}

void bindValue(sql::Statement& s, int index, const std::optional<Value>& value) {
  if (value)
    s.bind(index, valueToJson(*value).dump());
  else
    s.bindNull(index);
}

std::optional<Value> columnValue(const sql::Statement& s, int column) {
  if (s.isNull(column)) return std::nullopt;
  return valueFromJson(Json::parse(s.text(column), nullptr, /*allow_exceptions=*/false));
}

sql::Status insertConflicts(sql::Database& db, const std::string& idText,
                            const std::vector<ConflictRecord>& conflicts, std::int64_t now) {
  auto record = db.prepare(
      "INSERT INTO sync_conflicts(scenario_id, kind, field, mine, theirs, base, author, "
      "time_ms, their_author, their_time_ms, revision, reason, found_ms) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  if (!record) return record.error();
  for (const ConflictRecord& c : conflicts) {
    auto& r = record.value();
    r.bind(1, idText).bind(2, kindText(c.kind)).bind(3, c.field);
    bindValue(r, 4, c.mine);
    bindValue(r, 5, c.theirs);
    bindValue(r, 6, c.base);
    r.bind(7, c.myAuthor).bind(8, c.myTimeMs).bind(9, c.theirAuthor).bind(10, c.theirTimeMs);
    r.bind(11, c.revision).bind(12, c.reason).bind(13, now);
    if (auto s = r.run(); !s) return s;
  }
  return std::monostate{};
}

sql::Status insertVersions(sql::Database& db, const std::string& idText,
                           const std::vector<SharedVersion>& versions, std::int64_t revision) {
  // One the workspace has already (its own, met again when a scenario is opened anew: saved
  // under the analyst's name, received under their account) is not listed twice.
  auto insert = db.prepare(
      "INSERT INTO versions(scenario_id, label, revision, snapshot, author, created_ms) "
      "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM versions WHERE "
      "scenario_id = ?1 AND label = ?2 AND created_ms = ?6)");
  if (!insert) return insert.error();
  for (const SharedVersion& v : versions) {
    auto& in = insert.value();
    in.bind(1, idText).bind(2, v.label).bind(3, revision);
    in.bind(4, documentToFlatJson(v.document).dump()).bind(5, v.author).bind(6, v.timeMs);
    if (auto s = in.run(); !s) return s;
  }
  return std::monostate{};
}

Error corruptLink(const Id& scenario) {
  return Error{"workspace.corrupt", "the stored sync record of a scenario cannot be read",
               scenario.toString()};
}

}  // namespace

Status Workspace::queueForSync(const Id& scenario, const Mutation& mutation) {
  if (impl_->format < kFirstSyncFormat) return std::monostate{};
  auto link = impl_->db.prepare(
      "SELECT next_seq, confirmed_revision, view_only FROM sync_links WHERE scenario_id = ?1");
  if (!link) return link.error();
  link.value().bind(1, scenario.toString());
  auto row = link.value().step();
  if (!row) return row.error();
  if (!row.value()) return std::monostate{};  // not shared
  if (link.value().integer(2) != 0)
    return Error{"sync.view_only",
                 "this shared scenario is yours to view only; its owner can give you edit access",
                 scenario.toString()};
  const std::int64_t seq = link.value().integer(0);
  // The server's base is the revision of its copy this edit was made on.
  Mutation queued = mutation;
  queued.baseRevision = link.value().integer(1);
  auto insert = impl_->db.prepare(
      "INSERT INTO sync_pending(scenario_id, client_seq, mutation) VALUES (?1, ?2, ?3)");
  if (!insert) return insert.error();
  insert.value().bind(1, scenario.toString()).bind(2, seq);
  insert.value().bind(3, mutationToJson(queued).dump());
  if (auto s = insert.value().run(); !s) return s;
  auto next = impl_->db.prepare("UPDATE sync_links SET next_seq = ?2 WHERE scenario_id = ?1");
  if (!next) return next.error();
  next.value().bind(1, scenario.toString()).bind(2, seq + 1);
  return next.value().run();
}

Result<std::optional<SyncLink>> Workspace::syncLink(const Id& scenario) {
  if (impl_->format < kFirstSyncFormat) return std::optional<SyncLink>();
  auto stmt = impl_->db.prepare(
      std::string(
          "SELECT remote_id, client_id, confirmed_revision, confirmed_snapshot, next_seq, ") +
      (impl_->format >= 4 ? "view_only" : "0") + " FROM sync_links WHERE scenario_id = ?1");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, scenario.toString());
  auto row = s.step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<SyncLink>();
  auto confirmed = Impl::parseSnapshot(s.text(3), scenario.toString());
  if (!confirmed) return confirmed.error();
  SyncLink link{s.text(0),    s.text(1), s.integer(2),     std::move(confirmed).value(),
                s.integer(4), {},        s.integer(5) != 0};
  auto pending = impl_->db.prepare(
      "SELECT client_seq, mutation, revision FROM sync_pending WHERE scenario_id = ?1 "
      "ORDER BY client_seq");
  if (!pending) return pending.error();
  auto& p = pending.value();
  p.bind(1, scenario.toString());
  for (;;) {
    auto next = p.step();
    if (!next) return next.error();
    if (!next.value()) break;
    auto m = mutationFromJson(Json::parse(p.text(1), nullptr, /*allow_exceptions=*/false));
    if (!m) return corruptLink(scenario);
    std::optional<std::int64_t> revision;
    if (!p.isNull(2)) revision = p.integer(2);
    link.pending.push_back(PendingEdit{p.integer(0), std::move(m).value(), revision});
  }
  return std::optional<SyncLink>(std::move(link));
}

Result<std::vector<std::pair<Id, std::string>>> Workspace::syncLinks() {
  std::vector<std::pair<Id, std::string>> out;
  if (impl_->format < kFirstSyncFormat) return out;
  auto stmt = impl_->db.prepare(
      "SELECT l.scenario_id, l.remote_id FROM sync_links l JOIN scenarios s ON s.id = "
      "l.scenario_id ORDER BY s.name, l.scenario_id");
  if (!stmt) return stmt.error();
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto id = Id::parse(stmt.value().text(0));
    if (!id) return Error{"workspace.corrupt", "a stored sync link cannot be read", path_};
    out.emplace_back(*id, stmt.value().text(1));
  }
  return out;
}

Result<std::int64_t> Workspace::storeSync(const Id& scenario, std::int64_t expectedNextSeq,
                                          const SyncLink& after, const ScenarioDocument& local,
                                          const Mutation& change,
                                          const std::vector<ConflictRecord>& conflicts,
                                          const std::vector<SharedVersion>& versions,
                                          std::int64_t expectedLocalRevision) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  const std::string idText = scenario.toString();
  // The scenario's revision the transaction must find: a local edit committed through another
  // connection between the read below and the transaction is never written over.
  std::int64_t revisionInTransaction = 0;
  const InTransaction write = [&]() -> Status {
    auto revision = impl_->db.prepare("SELECT revision FROM scenarios WHERE id = ?1");
    if (!revision) return revision.error();
    revision.value().bind(1, idText);
    auto row = revision.value().step();
    if (!row) return row.error();
    if (!row.value() || revision.value().integer(0) != revisionInTransaction)
      return Error{"sync.stale", "the scenario was edited meanwhile; read it again", idText};
    revision.value().reset();
    if (expectedNextSeq == 0) {
      auto insert = impl_->db.prepare(
          "INSERT INTO sync_links(scenario_id, remote_id, client_id, confirmed_revision, "
          "confirmed_snapshot, next_seq, view_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
      if (!insert) return insert.error();
      auto& in = insert.value();
      in.bind(1, idText).bind(2, after.remoteId).bind(3, after.clientId);
      in.bind(4, after.confirmedRevision).bind(5, documentToFlatJson(after.confirmed).dump());
      in.bind(6, after.nextSeq).bind(7, static_cast<std::int64_t>(after.viewOnly));
      if (auto s = in.run(); !s) {
        if (s.error().message.find("UNIQUE") != std::string::npos)
          return Error{"sync.linked", "this scenario is shared through a server already", idText};
        return s;
      }
    } else {
      auto update = impl_->db.prepare(
          "UPDATE sync_links SET remote_id = ?2, confirmed_revision = ?3, confirmed_snapshot = ?4, "
          "next_seq = ?5, client_id = ?7, view_only = ?8 WHERE scenario_id = ?1 AND next_seq = ?6");
      if (!update) return update.error();
      auto& up = update.value();
      up.bind(1, idText).bind(2, after.remoteId).bind(3, after.confirmedRevision);
      up.bind(4, documentToFlatJson(after.confirmed).dump()).bind(5, after.nextSeq);
      up.bind(6, expectedNextSeq).bind(7, after.clientId);
      up.bind(8, static_cast<std::int64_t>(after.viewOnly));
      if (auto s = up.run(); !s) return s;
      if (impl_->db.changes() != 1)
        return Error{"sync.stale", "the scenario was edited meanwhile; read it again", idText};
    }
    auto clear = impl_->db.prepare("DELETE FROM sync_pending WHERE scenario_id = ?1");
    if (!clear) return clear.error();
    clear.value().bind(1, idText);
    if (auto s = clear.value().run(); !s) return s;
    auto insert = impl_->db.prepare(
        "INSERT INTO sync_pending(scenario_id, client_seq, mutation, revision) "
        "VALUES (?1, ?2, ?3, ?4)");
    if (!insert) return insert.error();
    for (const PendingEdit& p : after.pending) {
      auto& in = insert.value();
      in.bind(1, idText).bind(2, p.clientSeq).bind(3, mutationToJson(p.mutation).dump());
      if (p.revision)
        in.bind(4, *p.revision);
      else
        in.bindNull(4);
      if (auto s = in.run(); !s) return s;
    }
    if (auto s = insertVersions(impl_->db, idText, versions, revisionInTransaction); !s) return s;
    return insertConflicts(impl_->db, idText, conflicts, options_.clock());
  };

  // Read from the file: another connection (the desktop's editor) may have written since.
  impl_->cache.erase(scenario);
  auto current = loadScenario(scenario);
  if (!current) return current.error();
  if (expectedLocalRevision != 0 && current.value().revision != expectedLocalRevision)
    return Error{"sync.stale", "the scenario was edited meanwhile; read it again", idText};
  Mutation m = change;
  m.baseRevision = current.value().revision;
  m.ops = diffDocuments(current.value().document, local);
  // A colleague's version under the name of the last one changes no value: the save is still
  // recorded (the name set to itself), so the history says when it arrived and views reload
  // (not when linking: the scenario is read anew then).
  const Id& root = current.value().document.root().id;
  const Value* name = local.entities.empty() ? nullptr : local.root().field(kVersionField);
  if (!versions.empty() && name && expectedNextSeq != 0 &&
      std::none_of(m.ops.begin(), m.ops.end(),
                   [&](const Op& op) { return op.entity == root && op.field == kVersionField; }))
    m.ops.push_back(setFieldOp(current.value().document, root, kVersionField, *name));
  revisionInTransaction = current.value().revision + (m.ops.empty() ? 0 : 1);
  if (!m.ops.empty()) {
    auto committed = commitLocked(scenario, m, write);
    if (!committed && committed.error().code == "workspace.conflict")
      return Error{"sync.stale", "the scenario was edited meanwhile; read it again", idText};
    return committed;
  }
  auto tx = sql::Transaction::begin(impl_->db);
  if (!tx) return tx.error();
  if (auto s = write(); !s) return s.error();
  if (auto s = tx.value().commit(); !s) return s.error();
  return current.value().revision;
}

Status Workspace::recordSyncConflicts(const Id& scenario,
                                      const std::vector<ConflictRecord>& conflicts) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto link = syncLink(scenario);
  if (!link) return link.error();
  if (!link.value())
    return Error{"sync.not_shared", "this scenario is not shared through a server",
                 scenario.toString()};
  auto tx = sql::Transaction::begin(impl_->db);
  if (!tx) return tx.error();
  if (auto s = insertConflicts(impl_->db, scenario.toString(), conflicts, options_.clock()); !s)
    return s.error();
  return tx.value().commit();
}

Status Workspace::setSyncViewOnly(const Id& scenario, bool viewOnly) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto update = impl_->db.prepare("UPDATE sync_links SET view_only = ?2 WHERE scenario_id = ?1");
  if (!update) return update.error();
  update.value().bind(1, scenario.toString()).bind(2, static_cast<std::int64_t>(viewOnly));
  return update.value().run();
}

Result<std::vector<StoredConflict>> Workspace::syncConflicts(const Id& scenario,
                                                             bool withResolved) {
  std::vector<StoredConflict> out;
  if (impl_->format < kFirstSyncFormat) return out;
  auto stmt = impl_->db.prepare(
      std::string("SELECT id, kind, field, mine, theirs, base, author, time_ms, revision, reason, "
                  "found_ms, resolved_ms, their_author, their_time_ms FROM sync_conflicts "
                  "WHERE scenario_id = ?1") +
      (withResolved ? "" : " AND resolved_ms IS NULL") + " ORDER BY id");
  if (!stmt) return stmt.error();
  auto& s = stmt.value();
  s.bind(1, scenario.toString());
  for (;;) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    StoredConflict c;
    c.id = s.integer(0);
    c.record.kind =
        s.text(1) == "refused" ? ConflictRecord::Kind::Refused : ConflictRecord::Kind::Overwritten;
    c.record.field = s.text(2);
    c.record.mine = columnValue(s, 3);
    c.record.theirs = columnValue(s, 4);
    c.record.base = columnValue(s, 5);
    c.record.myAuthor = s.text(6);
    c.record.myTimeMs = s.integer(7);
    c.record.revision = s.integer(8);
    c.record.reason = s.text(9);
    c.foundMs = s.integer(10);
    if (!s.isNull(11)) c.resolvedMs = s.integer(11);
    c.record.theirAuthor = s.text(12);
    c.record.theirTimeMs = s.integer(13);
    out.push_back(std::move(c));
  }
  return out;
}

Status Workspace::resolveSyncConflict(const Id& scenario, std::int64_t conflictId) {
  if (readOnly()) return Error{"workspace.read_only", "the workspace is open read-only", path_};
  auto stmt = impl_->db.prepare(
      "UPDATE sync_conflicts SET resolved_ms = ?2 WHERE id = ?1 AND scenario_id = ?3 "
      "AND resolved_ms IS NULL");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, conflictId).bind(2, options_.clock()).bind(3, scenario.toString());
  if (auto s = stmt.value().run(); !s) return s;
  if (impl_->db.changes() != 1)
    return Error{"sync.no_conflict", "this scenario has no open conflict with this number",
                 std::to_string(conflictId)};
  return std::monostate{};
}

}  // namespace valor
