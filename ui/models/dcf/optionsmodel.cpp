#include "ui/models/dcf/optionsmodel.h"

#include "core/model/orderkey.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"

namespace valor::ui {
namespace {
const char* const kSlot = "equity_bridge.options";
}  // namespace

OptionsModel::OptionsModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
  reload();
  connect(document_, &Document::changed, this, [this] {
    std::vector<Id> now;
    for (const Entity* t : tranches()) now.push_back(t->id);
    if (now != ids_) {
      beginResetModel();
      ids_ = std::move(now);
      endResetModel();
    } else if (!ids_.empty()) {
      emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
  });
}

std::vector<const Entity*> OptionsModel::tranches() const {
  const Entity* dcf = document_->modelBlock();
  return dcf ? document_->scenario().listMembers(*dcf, kSlot) : std::vector<const Entity*>();
}

void OptionsModel::reload() {
  ids_.clear();
  for (const Entity* t : tranches()) ids_.push_back(t->id);
}

int OptionsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int OptionsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole)) {
    if (role == Qt::TextAlignmentRole && index.column() != LabelColumn)
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
  }
  const Entity* t = document_->scenario().find(ids_[static_cast<std::size_t>(index.row())]);
  if (!t) return {};
  if (index.column() == LabelColumn) {
    const std::string* label = t->text("label");
    return label ? QString::fromStdString(*label) : QString();
  }
  const double* v = t->number(index.column() == CountColumn ? "count" : "strike");
  return v ? formatFieldValue(*v, QString()) : QString();
}

QVariant OptionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case LabelColumn:
      return tr("Tranche");
    case CountColumn:
      return tr("Count");
    case StrikeColumn:
      return tr("Strike");
    default:
      return {};
  }
}

Qt::ItemFlags OptionsModel::flags(const QModelIndex& index) const {
  return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool OptionsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || role != Qt::EditRole) return false;
  const Id id = ids_[static_cast<std::size_t>(index.row())];
  QString error;
  if (index.column() == LabelColumn) {
    const QString text = value.toString().trimmed();
    error = document_->setField(
        id, "label",
        text.isEmpty() ? std::nullopt : std::optional<Value>(Value(text.toStdString())),
        labels::plain(PlainChange::RenameOptionTranche));
  } else {
    const ParsedNumber n = parseFieldValue(value.toString(), QString());
    if (!n.value)
      error = n.error;
    else
      error = document_->setField(id, index.column() == CountColumn ? "count" : "strike",
                                  Value(*n.value));
  }
  if (!error.isEmpty()) emit editRefused(error);
  return error.isEmpty();
}

QString OptionsModel::addTranche() {
  const Entity* dcf = document_->modelBlock();
  if (!dcf) return tr("This scenario has no DCF.");
  const auto list = tranches();
  Entity tranche;
  tranche.id = document_->workspace().options().newId();
  tranche.type = "option_tranche";
  tranche.parent = dcf->id;
  tranche.slot = kSlot;
  tranche.order =
      list.empty() ? initialOrderKey(0)
                   : orderKeyBetween(list.back()->order, "").value_or(initialOrderKey(list.size()));
  tranche.fields["label"] = Value(tr("New tranche").toStdString());
  tranche.fields["count"] = Value(0.0);
  tranche.fields["strike"] = Value(0.0);
  Op create;
  create.kind = OpKind::Create;
  create.entity = tranche.id;
  create.snapshot = tranche;
  const QString error = document_->edit({create}, labels::plain(PlainChange::AddOptionTranche));
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

QString OptionsModel::removeTranche(int row) {
  if (row < 0 || row >= rowCount()) return {};
  const Entity* t = document_->scenario().find(ids_[static_cast<std::size_t>(row)]);
  if (!t) return {};
  Op remove;
  remove.kind = OpKind::Delete;
  remove.entity = t->id;
  remove.snapshot = *t;
  const QString error = document_->edit({remove}, labels::plain(PlainChange::RemoveOptionTranche));
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

}  // namespace valor::ui
