#pragma once
// An undo step: redo commits the ops, undo commits their inverse — both as new mutations
// through Document::commitOps, so the log and the screen always agree.
#include <QUndoCommand>

#include <vector>

#include "core/ops/mutation.h"

namespace valor::ui {

class Document;

class MutationCommand : public QUndoCommand {
 public:
  MutationCommand(Document* document, std::vector<Op> ops, LabelCode label, bool mergeable);

  void redo() override;
  void undo() override;
  int id() const override { return mergeKey_; }
  bool mergeWith(const QUndoCommand* other) override;
  // Its text again, in the user's language now.
  void retranslate();

 private:
  static std::vector<Op> inverted(const std::vector<Op>& ops);

  Document* document_;
  std::vector<Op> ops_;
  LabelCode label_;
  int mergeKey_ = -1;  // a mergeable single Set: a key of its field (typing into one field)
};

}  // namespace valor::ui
