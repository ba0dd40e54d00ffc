#pragma once
// One open scenario: its current state, its undo stack and its valuation (whatever its model
// kind: the registry's neutral evaluation, with the kind's typed result inside). Every edit arrives
// here as ops, becomes a mutation, is committed to the workspace (saved at once) and only then
// changes what the views show. Undo and redo are mutations too, so they are saved and appear in
// the history like any edit. Widgets never change a ScenarioDocument themselves.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

#include "core/models/evaluation.h"
#include "core/ops/mutation.h"
#include "core/store/workspace.h"

namespace valor::ui {

class Document : public QObject {
  Q_OBJECT

 public:
  Document(std::shared_ptr<Workspace> workspace, const Id& scenario, StoredScenario stored,
           QString author, QObject* parent = nullptr);
  ~Document() override;

  const ScenarioDocument& scenario() const { return scenario_; }
  std::int64_t revision() const { return revision_; }
  const Id& scenarioId() const { return scenarioId_; }
  Workspace& workspace() const { return *workspace_; }
  QUndoStack* undoStack() { return &undoStack_; }
  QString title() const;
  const QString& author() const { return author_; }
  // The block of the scenario's model kind ("dcf", ...; null if the scenario has none).
  const Entity* modelBlock() const;

  // The valuation of the current state, recomputed after every change.
  const Evaluation& evaluation() const { return evaluation_; }
  // The valuation with one value changed but not saved: results follow typing.
  Evaluation preview(const Op& pendingSet) const;

  // Checks the ops against the current state and, when they apply, pushes them as one undoable
  // command (which commits them). Returns an empty string on success, else the reason.
  // With `mergeable`, consecutive mergeable edits of the same single field (typing into one
  // field again and again) become one undo step; restores, pastes and the like never merge.
  QString edit(std::vector<Op> ops, const LabelCode& label, bool mergeable = false);
  // Sets one field (or one year of a per-year field); `value` empty removes it. Labelled
  // "Set <caption>" unless `label` says otherwise.
  QString setField(const Id& entity, const std::string& field, std::optional<Value> value,
                   const LabelCode& label = {}, std::optional<Year> year = std::nullopt,
                   bool mergeable = false);

  // Applies a mutation built elsewhere through the write path (used by undo commands).
  // Returns the error message, or an empty string.
  QString commitOps(const std::vector<Op>& ops, const LabelCode& label);
  // Undoes an edit (its inverted ops). In a shared scenario only what is still this analyst's
  // is undone; a field a colleague set since becomes a conflict to review
  // (core/sync/undoconflicts.h), and the message says so.
  QString commitUndo(const std::vector<Op>& ops, const LabelCode& label);
  // Saves the current state as a named version: a change of the scenario's "version" (so that a
  // shared scenario's copies list it too), in the history but not an undo step. Returns the
  // version's ID, or the error.
  Result<std::int64_t> saveVersion(const QString& label);
  // A change's label in the user's language (see ui/models/changelabel.h).
  QString describe(const LabelCode& label) const;
  // After a language change: the undo steps' texts (the Edit menu) in the new language.
  void retranslate();

  QString lastSaveError() const { return lastSaveError_; }

  // Takes in a change another connection stored (the sync worker's: colleagues' edits). The
  // views follow through changed(); the undo steps stay, each checked against the state it
  // meets when used.
  void takeStoredChange(const QString& authors);

 signals:
  // The document is about to go (its tab closes): views save what they hold, e.g. a note.
  void aboutToClose();
  // After every successful change: the paths of the fields it touched (as in opPath()).
  void changed(const QStringList& paths);
  // A change could not be saved; the message says why. Nothing changed.
  void saveFailed(const QString& message);
  // After an edit made here was saved (not one taken in from elsewhere).
  void localChangeSaved();
  // An undo left conflicts for review (commitUndo).
  void conflictsRecorded();
  // After takeStoredChange: the fields that changed and who changed them.
  void remoteChange(const QStringList& paths, const QString& authors);

 private:
  void reevaluate();

  std::shared_ptr<Workspace> workspace_;
  Id scenarioId_;
  ScenarioDocument scenario_;
  std::int64_t revision_ = 0;
  QString author_;
  QUndoStack undoStack_;
  Evaluation evaluation_;
  QString lastSaveError_;
};

}  // namespace valor::ui
