#include "ui/document/mutationcommand.h"

#include <QHash>

#include "ui/document/document.h"
#include "ui/models/changelabel.h"

namespace valor::ui {

MutationCommand::MutationCommand(Document* document, std::vector<Op> ops, LabelCode label,
                                 bool mergeable)
    : document_(document), ops_(std::move(ops)), label_(std::move(label)) {
  retranslate();
  if (mergeable && ops_.size() == 1 && ops_.front().kind == OpKind::Set) {
    const Op& op = ops_.front();
    const QString key = QString::fromStdString(op.entity.toString() + "/" + op.field + "/" +
                                               (op.year ? std::to_string(*op.year) : ""));
    // QUndoCommand ids must be non-negative to merge.
    mergeKey_ = static_cast<int>(qHash(key) & 0x7fffffffU);
  }
}

// A step whose change could not be saved is dropped from the stack (QUndoStack deletes obsolete
// commands), so the stack never offers to undo something that did not happen.
void MutationCommand::redo() {
  if (!document_->commitOps(ops_, label_).isEmpty()) setObsolete(true);
}

void MutationCommand::undo() {
  if (!document_->commitUndo(inverted(ops_), labels::undo(label_)).isEmpty()) setObsolete(true);
}

void MutationCommand::retranslate() {
  setText(document_->describe(label_));
}

bool MutationCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const MutationCommand*>(other);
  if (!next || next->mergeKey_ != mergeKey_ || mergeKey_ < 0) return false;
  const Op& mine = ops_.front();
  const Op& theirs = next->ops_.front();
  if (mine.entity != theirs.entity || mine.field != theirs.field || mine.year != theirs.year)
    return false;
  // One step from the first previous value to the last new one.
  ops_.front().value = theirs.value;
  setObsolete(ops_.front().value == ops_.front().previous);
  return true;
}

std::vector<Op> MutationCommand::inverted(const std::vector<Op>& ops) {
  Mutation m;
  m.ops = ops;
  return invertMutation(m, Id(), "", 0, 0).ops;
}

}  // namespace valor::ui
