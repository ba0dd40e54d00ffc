#include "ui/document/document.h"

#include "core/models/registry.h"
#include "core/sync/undoconflicts.h"
#include "ui/document/mutationcommand.h"
#include "ui/models/changelabel.h"
#include "ui/models/presentation.h"

namespace valor::ui {
namespace {

// Makes `stored` the document's state; returns the paths of the fields that changed.
QStringList takeIn(ScenarioDocument& scenario, std::int64_t& revision, StoredScenario stored) {
  QStringList paths;
  for (const Op& op : diffDocuments(scenario, stored.document))
    paths << QString::fromStdString(opPath(scenario, op));
  scenario = std::move(stored.document);
  revision = stored.revision;
  return paths;
}

}  // namespace

Document::Document(std::shared_ptr<Workspace> workspace, const Id& scenario, StoredScenario stored,
                   QString author, QObject* parent)
    : QObject(parent),
      workspace_(std::move(workspace)),
      scenarioId_(scenario),
      scenario_(std::move(stored.document)),
      revision_(stored.revision),
      author_(std::move(author)) {
  reevaluate();
}

Document::~Document() {
  emit aboutToClose();
}

QString Document::title() const {
  const std::string* name = scenario_.entities.empty() ? nullptr : scenario_.root().text("name");
  return name ? QString::fromStdString(*name) : tr("(unnamed)");
}

const Entity* Document::modelBlock() const {
  if (scenario_.entities.empty()) return nullptr;
  const std::string* model = scenario_.root().text("model");
  return model ? scenario_.child(scenario_.root(), *model) : nullptr;
}

Evaluation Document::preview(const Op& pendingSet) const {
  Mutation m;
  m.ops = {pendingSet};
  auto next = applyMutation(scenario_, m);
  return evaluateScenario(next ? next.value() : scenario_);
}

QString Document::edit(std::vector<Op> ops, const LabelCode& label, bool mergeable) {
  if (ops.empty()) return {};
  Mutation probe;
  probe.ops = ops;
  if (auto next = applyMutation(scenario_, probe); !next)
    return QString::fromStdString(next.error().message);
  undoStack_.push(new MutationCommand(this, std::move(ops), label, mergeable));
  return lastSaveError_;
}

QString Document::setField(const Id& entity, const std::string& field, std::optional<Value> value,
                           const LabelCode& label, std::optional<Year> year, bool mergeable) {
  Op op = setFieldOp(scenario_, entity, field, std::move(value), year);
  if (op.value == op.previous) return {};  // nothing changes: no history entry, no undo step
  const LabelCode described = label.empty() ? labels::setField(opPath(scenario_, op)) : label;
  return edit({std::move(op)}, described, mergeable);
}

QString Document::describe(const LabelCode& label) const {
  return renderLabel(label, presentationOf(scenario_)).value_or(QString::fromStdString(label.code));
}

void Document::retranslate() {
  for (int i = 0; i < undoStack_.count(); ++i)
    // QUndoStack hands out its commands const; their text is not part of their state.
    if (auto* step = dynamic_cast<const MutationCommand*>(undoStack_.command(i)))
      const_cast<MutationCommand*>(step)->retranslate();
}

QString Document::commitOps(const std::vector<Op>& ops, const LabelCode& label) {
  Mutation m;
  m.id = workspace_->options().newId();
  m.author = author_.toStdString();
  m.clientTimeMs = workspace_->options().clock();
  m.baseRevision = revision_;
  // The words beside the code are English, for readers that do not know the codes.
  m.label = storedWords(label, presentationOf(scenario_));
  m.labelCode = label;
  m.ops = ops;
  auto committed = workspace_->commit(scenarioId_, m);
  if (!committed) {
    lastSaveError_ = QString::fromStdString(committed.error().message);
    emit saveFailed(lastSaveError_);
    return lastSaveError_;
  }
  lastSaveError_.clear();
  QStringList paths;
  for (const Op& op : ops) paths << QString::fromStdString(opPath(scenario_, op));
  // The workspace has applied the mutation already; take its state rather than apply it twice.
  auto stored = workspace_->loadScenario(scenarioId_);
  scenario_ = stored ? std::move(stored.value().document) : applyMutation(scenario_, m).value();
  revision_ = committed.value();
  reevaluate();
  emit changed(paths);
  emit localChangeSaved();
  return {};
}

QString Document::commitUndo(const std::vector<Op>& ops, const LabelCode& label) {
  auto link = workspace_->syncLink(scenarioId_);
  // Not shared, or to view only (then the commit is refused with the reason).
  if (!link || !link.value() || link.value()->viewOnly) return commitOps(ops, label);
  workspace_->forgetCachedScenario(scenarioId_);  // the sync worker may have written
  auto stored = workspace_->loadScenario(scenarioId_);
  auto recent = workspace_->historyPage(scenarioId_, 0, 200);
  if (!stored || !recent) return commitOps(ops, label);
  auto split = splitUndo(stored.value().document, ops, recent.value(), author_.toStdString(),
                         workspace_->options().clock());
  if (!split) return commitOps(ops, label);  // refused as it stands, with the reason
  if (split.value().conflicts.empty()) {
    if (split.value().own.empty()) return {};  // colleagues have set what it restores already
    return commitOps(split.value().own, label);
  }
  // What is still this analyst's first: a refusal there leaves no conflict behind.
  if (!split.value().own.empty())
    if (QString error = commitOps(split.value().own, label); !error.isEmpty()) return error;
  if (auto s = workspace_->recordSyncConflicts(scenarioId_, split.value().conflicts); !s) {
    lastSaveError_ = QString::fromStdString(s.error().message);
    emit saveFailed(lastSaveError_);
    return lastSaveError_;
  }
  emit conflictsRecorded();
  // Told like a refusal: this undo step is used up, and what it could not undo is for review.
  const int kept = static_cast<int>(split.value().conflicts.size());
  const QString message =
      tr("A colleague changed %n field(s) since; not undone, but kept in Sync ▸ Review "
         "Conflicts",
         nullptr, kept);
  emit saveFailed(message);
  return message;
}

Result<std::int64_t> Document::saveVersion(const QString& label) {
  auto saved = workspace_->saveVersion(scenarioId_, label.toStdString(), author_.toStdString());
  if (!saved) return saved;
  auto stored = workspace_->loadScenario(scenarioId_);
  // Kept only here (a scenario shared to view only): the scenario did not change.
  if (!stored || stored.value().revision == revision_) return saved;
  // The save may have come after a colleague's change the sync worker stored meanwhile: the
  // views and the valuation follow all of it.
  const QStringList paths = takeIn(scenario_, revision_, std::move(stored).value());
  reevaluate();
  emit changed(paths);
  emit localChangeSaved();
  return saved;
}

void Document::takeStoredChange(const QString& authors) {
  workspace_->forgetCachedScenario(scenarioId_);
  auto stored = workspace_->loadScenario(scenarioId_);
  if (!stored || stored.value().revision == revision_) return;
  const QStringList paths = takeIn(scenario_, revision_, std::move(stored).value());
  reevaluate();
  emit changed(paths);
  emit remoteChange(paths, authors);
}

void Document::reevaluate() {
  evaluation_ = evaluateScenario(scenario_);
}

}  // namespace valor::ui
