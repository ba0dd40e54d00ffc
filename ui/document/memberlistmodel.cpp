#include "ui/document/memberlistmodel.h"

#include "core/model/orderkey.h"

namespace valor::ui {

MemberListModel::MemberListModel(Document* document, std::function<const Entity*()> holder,
                                 std::string slot, std::string childType, QObject* parent)
    : QAbstractTableModel(parent),
      document_(document),
      holder_(std::move(holder)),
      slot_(std::move(slot)),
      childType_(std::move(childType)) {
  for (const Entity* e : members()) ids_.push_back(e->id);
  connect(document_, &Document::changed, this, &MemberListModel::reload);
}

void MemberListModel::reload() {
  std::vector<Id> now;
  for (const Entity* e : members()) now.push_back(e->id);
  if (now != ids_) {
    beginResetModel();
    ids_ = std::move(now);
    endResetModel();
  } else if (!ids_.empty()) {
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  }
}

std::vector<const Entity*> MemberListModel::members() const {
  const Entity* holder = holder_();
  return holder ? document_->scenario().listMembers(*holder, slot_) : std::vector<const Entity*>();
}

const Entity* MemberListModel::member(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return document_->scenario().find(ids_[static_cast<std::size_t>(row)]);
}

int MemberListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

std::vector<Op> MemberListModel::appendOps(std::map<std::string, Value> fields,
                                           const Id& holder) const {
  const auto list = members();
  Entity child;
  child.id = document_->workspace().options().newId();
  child.type = childType_;
  child.parent = holder;
  child.slot = slot_;
  child.order =
      list.empty() ? initialOrderKey(0)
                   : orderKeyBetween(list.back()->order, "").value_or(initialOrderKey(list.size()));
  child.fields = std::move(fields);
  Op create;
  create.kind = OpKind::Create;
  create.entity = child.id;
  create.snapshot = child;
  return {create};
}

}  // namespace valor::ui
