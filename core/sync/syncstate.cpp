#include "core/sync/syncstate.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/model/scenariomarks.h"
#include "core/ops/accept.h"
#include "core/ops/rebase.h"

namespace valor {
namespace {

// The fields where the server's copy of my edit replaced a value other than the one I saw.
std::vector<ConflictRecord> overwritten(const ScenarioDocument& before, const Mutation& mine,
                                        const RemoteEntry& served) {
  std::vector<ConflictRecord> out;
  const auto& ops = served.mutation.ops;
  for (std::size_t i = 0; i < mine.ops.size() && i < ops.size(); ++i) {
    const Op& original = mine.ops[i];
    const Op& applied = ops[i];
    if (original.kind != OpKind::Set || applied.kind != OpKind::Set) continue;
    if (applied.entity == before.root().id && applied.field == kVersionField) continue;
    if (original.previous == applied.previous) continue;
    ConflictRecord c;
    c.field = opPath(before, applied);
    c.mine = original.value;
    c.theirs = applied.previous;
    c.base = original.previous;
    c.myAuthor = mine.author;
    c.myTimeMs = mine.clientTimeMs;
    c.revision = served.revision;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

SyncState::SyncState(std::string clientId, ScenarioDocument confirmed,
                     std::int64_t confirmedRevision)
    : clientId_(std::move(clientId)),
      confirmed_(std::move(confirmed)),
      confirmedRevision_(confirmedRevision) {}

SyncState::SyncState(SyncLink link)
    : clientId_(std::move(link.clientId)),
      confirmed_(std::move(link.confirmed)),
      confirmedRevision_(link.confirmedRevision),
      nextSeq_(link.nextSeq),
      pending_(std::move(link.pending)) {}

SyncLink SyncState::link(std::string remoteId) const {
  return SyncLink{std::move(remoteId), clientId_, confirmedRevision_,
                  confirmed_,          nextSeq_,  pending_};
}

ScenarioDocument SyncState::local() const {
  ScenarioDocument doc = confirmed_;
  for (const PendingEdit& p : pending_) {
    auto rebased = rebaseMutation(doc, p.mutation);
    if (!rebased) continue;  // the server will refuse it too
    if (auto next = applyMutation(doc, rebased.value().mutation)) doc = std::move(next).value();
  }
  return doc;
}

Result<std::int64_t> SyncState::edit(const Mutation& m) {
  if (auto accepted = acceptMutation(local(), m); !accepted) return accepted.error();
  pending_.push_back(PendingEdit{nextSeq_, m, std::nullopt});
  return nextSeq_++;
}

void SyncState::applied(std::int64_t clientSeq, std::int64_t revision) {
  for (PendingEdit& p : pending_)
    if (p.clientSeq == clientSeq) p.revision = revision;
}

void SyncState::refused(std::int64_t clientSeq, const std::string& reason) {
  const auto it = std::find_if(pending_.begin(), pending_.end(),
                               [&](const PendingEdit& p) { return p.clientSeq == clientSeq; });
  if (it == pending_.end()) return;
  ConflictRecord record;
  record.kind = ConflictRecord::Kind::Refused;
  record.field = it->mutation.label;
  record.myAuthor = it->mutation.author;
  record.myTimeMs = it->mutation.clientTimeMs;
  record.reason = reason;
  found_.push_back(std::move(record));
  pending_.erase(it);
}

Status SyncState::pulled(const std::vector<RemoteEntry>& log) {
  ScenarioDocument doc = confirmed_;
  std::int64_t revision = confirmedRevision_;
  std::vector<PendingEdit> pending = pending_;
  std::vector<ConflictRecord> conflicts;
  std::vector<SharedVersion> versions;
  // Who last set each field in this part of the log: the "theirs" of a conflict found in it.
  std::map<std::string, std::pair<std::string, std::int64_t>> lastSetter;
  for (const RemoteEntry& entry : log) {
    if (entry.revision != revision + 1)
      return Error{"sync.gap",
                   "the server's log jumps from revision " + std::to_string(revision) + " to " +
                       std::to_string(entry.revision),
                   {}};
    auto next = applyMutation(doc, entry.mutation);
    if (!next)
      return Error{"sync.diverged",
                   "revision " + std::to_string(entry.revision) +
                       " does not apply to this copy: " + next.error().message,
                   {}};
    bool mine = false;
    if (!entry.clientId.empty() && entry.clientId == clientId_) {
      const auto queued = std::find_if(pending.begin(), pending.end(), [&](const PendingEdit& p) {
        return p.clientSeq == entry.clientSeq;
      });
      if (queued != pending.end() && queued->mutation.id != entry.mutation.id) {
        sequenceTaken_ = true;
      } else if (queued != pending.end()) {
        mine = true;
        for (ConflictRecord& c : overwritten(doc, queued->mutation, entry)) {
          if (auto setter = lastSetter.find(c.field); setter != lastSetter.end())
            std::tie(c.theirAuthor, c.theirTimeMs) = setter->second;
          conflicts.push_back(std::move(c));
        }
        pending.erase(queued);
      }
    }
    for (const Op& op : entry.mutation.ops)
      if (op.kind == OpKind::Set) lastSetter[opPath(doc, op)] = {entry.author, entry.committedMs};
    // The upload (no client ID) carries the last version's name, not a save.
    std::optional<std::string> saved;
    if (!mine && !entry.clientId.empty()) saved = savedVersionName(doc, entry.mutation);
    doc = std::move(next).value();
    revision = entry.revision;
    if (saved) versions.push_back({*saved, entry.author, entry.mutation.clientTimeMs, doc});
  }
  confirmed_ = std::move(doc);
  confirmedRevision_ = revision;
  pending_ = std::move(pending);
  for (ConflictRecord& c : conflicts) found_.push_back(std::move(c));
  for (SharedVersion& v : versions) versions_.push_back(std::move(v));
  return std::monostate{};
}

void SyncState::restartSequence(std::string newClientId) {
  clientId_ = std::move(newClientId);
  std::int64_t seq = 0;
  for (PendingEdit& p : pending_) {
    p.clientSeq = ++seq;
    p.revision.reset();
  }
  nextSeq_ = seq + 1;
  sequenceTaken_ = false;
}

std::vector<ConflictRecord> SyncState::takeConflicts() {
  return std::exchange(found_, {});
}

std::vector<SharedVersion> SyncState::takeVersions() {
  return std::exchange(versions_, {});
}

}  // namespace valor
