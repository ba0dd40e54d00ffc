#include "ui/analytics/entitylistmodel.h"

#include "core/model/schema.h"
#include "ui/analytics/inputcaption.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"

namespace valor::ui {

EntityListModel::EntityListModel(Document* document, std::function<const Entity*()> parent,
                                 std::string slot, std::string childType,
                                 std::vector<Column> columns, QObject* parentObject)
    : MemberListModel(document, std::move(parent), std::move(slot), std::move(childType),
                      parentObject),
      columns_(std::move(columns)) {}

int EntityListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant EntityListModel::data(const QModelIndex& index, int role) const {
  const Entity* e = member(index.row());
  if (!e) return {};
  const Column& c = columns_[static_cast<std::size_t>(index.column())];
  const bool number = c.kind == Kind::Number;
  if (role == Qt::TextAlignmentRole && number) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  if (c.kind == Kind::InputPath && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
    const std::string* t = e->text(c.field);
    if (!t) return {};
    return role == Qt::DisplayRole ? InputCaption::of(*t) : QString::fromStdString(*t);
  }
  if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
  if (number) {
    const double* v = e->number(c.field);
    return v ? formatFieldValue(*v, QString()) : QString();
  }
  const std::string* t = e->text(c.field);
  if (!t) return QString();
  return role == Qt::DisplayRole && c.display ? c.display(*t) : QString::fromStdString(*t);
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  return tr(columns_[static_cast<std::size_t>(section)].title);
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex& index) const {
  const bool editable =
      index.isValid() && columns_[static_cast<std::size_t>(index.column())].editable;
  return QAbstractTableModel::flags(index) | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool EntityListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  const Entity* e = member(index.row());
  if (!e || role != Qt::EditRole) return false;
  const Column& c = columns_[static_cast<std::size_t>(index.column())];
  const QString text = value.toString().trimmed();
  std::optional<Value> v;
  if (c.kind == Kind::Number && !text.isEmpty()) {
    const ParsedNumber n = parseFieldValue(text, QString());
    if (!n.value) {
      emit editRefused(n.error);
      return false;
    }
    v = Value(*n.value);
  } else if (!text.isEmpty()) {
    v = Value(text.toStdString());
  }
  if (!v) {
    const FieldSpec* spec = entitySchema(e->type)->field(c.field);
    if (spec && spec->required) {
      emit editRefused(
          tr("%1 is needed: type a new value instead of clearing it.").arg(tr(c.title)));
      return false;
    }
  }
  Op set = setFieldOp(document()->scenario(), e->id, c.field, v);
  if (set.value == set.previous) return true;  // nothing changes: no undo step
  std::vector<Op> ops = {std::move(set)};
  if (v && followUp_) {
    const auto more = followUp_(*e, c.field, *v);
    ops.insert(ops.end(), more.begin(), more.end());
  }
  const QString error = document()->edit(ops, labels::setColumn(c.title));
  if (!error.isEmpty()) emit editRefused(error);
  return error.isEmpty();
}

QString EntityListModel::remove(int row, const LabelCode& label, std::vector<Op> alsoRemove) {
  const Entity* e = member(row);
  if (!e) return {};
  // Children (a discrete input's outcomes) go first, as the document requires.
  std::vector<Op> ops = std::move(alsoRemove);
  for (const Entity& other : document()->scenario().entities)
    if (other.parent == e->id) {
      Op d;
      d.kind = OpKind::Delete;
      d.entity = other.id;
      d.snapshot = other;
      ops.push_back(d);
    }
  Op d;
  d.kind = OpKind::Delete;
  d.entity = e->id;
  d.snapshot = *e;
  ops.push_back(d);
  const QString error = document()->edit(ops, label);
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

}  // namespace valor::ui
