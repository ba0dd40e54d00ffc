#include "ui/models/listmembers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "core/model/orderkey.h"
#include "core/model/schema.h"
#include "ui/editors/modelform.h"
#include "ui/editors/numberformat.h"
#include "ui/models/changelabel.h"

namespace valor::ui {

ListMembersModel::ListMembersModel(Document* document, const ModelPresentation& presentation,
                                   const ListPresentation& list, QObject* parent)
    : MemberListModel(
          document, [document] { return document->modelBlock(); }, list.slot,
          entitySchema(presentation.model)->slot(list.slot)->childType, parent),
      presentation_(presentation),
      list_(list) {}

int ListMembersModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(list_.fields.size());
}

int ListMembersModel::column(const std::string& field) const {
  for (std::size_t c = 0; c < list_.fields.size(); ++c)
    if (list_.fields[c].field == field) return static_cast<int>(c);
  return -1;
}

QVariant ListMembersModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const FieldPresentation& f = list_.fields[static_cast<std::size_t>(index.column())];
  const bool numeric = f.widget == FieldWidget::Number || f.widget == FieldWidget::Integer;
  if (role == Qt::TextAlignmentRole)
    return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
  if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
  const Entity* m = member(index.row());
  if (!m) return {};
  if (const double* v = m->number(f.field))
    return f.widget == FieldWidget::Integer ? QString::number(static_cast<long long>(*v))
                                            : formatFieldValue(*v, f.unit);
  const std::string* text = m->text(f.field);
  if (!text) return QString();
  for (const ChoicePresentation& c : f.choices)
    if (c.value == *text) return presentation_.tr(c.caption);
  return QString::fromStdString(*text);
}

QVariant ListMembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
      section >= columnCount())
    return {};
  return presentation_.tr(list_.fields[static_cast<std::size_t>(section)].caption);
}

Qt::ItemFlags ListMembersModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags flags = QAbstractTableModel::flags(index);
  if (index.isValid()) flags |= Qt::ItemIsEditable;
  if (list_.ordered)
    flags |= (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags) | Qt::ItemIsDropEnabled;
  return flags;
}

namespace {
const QString kMemberMime = QStringLiteral("application/x-valor-list-member-row");
}  // namespace

Qt::DropActions ListMembersModel::supportedDropActions() const {
  return list_.ordered ? Qt::CopyAction | Qt::MoveAction : Qt::IgnoreAction;
}

QStringList ListMembersModel::mimeTypes() const {
  return {kMemberMime};
}

// The dragged member's row; the drop moves it, so nothing else needs to travel.
QMimeData* ListMembersModel::mimeData(const QModelIndexList& indexes) const {
  if (indexes.isEmpty()) return nullptr;
  auto* data = new QMimeData;
  data->setData(kMemberMime, QByteArray::number(indexes.front().row()));
  return data;
}

bool ListMembersModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                    const QModelIndex& parent) {
  if (!list_.ordered || !data || !data->hasFormat(kMemberMime)) return false;
  bool ok = false;
  const int from = data->data(kMemberMime).toInt(&ok);
  // Dropped on a row: take its place; between rows: go there; below the last: the end.
  const int target = parent.isValid() ? parent.row() : row >= 0 ? row : rowCount();
  if (!ok) return false;
  return moveMemberTo(from, target > from && !parent.isValid() ? target - 1 : target).isEmpty();
}

QString ListMembersModel::refused(const QString& error) {
  if (!error.isEmpty()) emit editRefused(error);
  return error;
}

bool ListMembersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || role != Qt::EditRole) return false;
  const FieldPresentation& f = list_.fields[static_cast<std::size_t>(index.column())];
  const Entity* m = member(index.row());
  if (!m) return false;
  const Id id = m->id;
  const QString text = value.toString().trimmed();
  std::optional<Value> stored;
  if (f.widget == FieldWidget::Choice) {
    for (const ChoicePresentation& c : f.choices)
      if (text == presentation_.tr(c.caption) || text == QString::fromStdString(c.value))
        stored = Value(c.value);
    if (!stored && !text.isEmpty()) {
      QStringList names;
      for (const ChoicePresentation& c : f.choices) names << presentation_.tr(c.caption);
      return refused(tr("%1 must be one of: %2.")
                         .arg(presentation_.tr(f.caption), names.join(QStringLiteral(", "))))
          .isEmpty();
    }
  } else if (f.widget == FieldWidget::Text) {
    if (!text.isEmpty()) stored = Value(text.toStdString());
  } else if (!text.isEmpty()) {
    const ParsedNumber n = parseFieldValue(text, f.unit);
    if (!n.value) return refused(n.error).isEmpty();
    stored = Value(*n.value);
  }
  return refused(document()->setField(id, f.field, stored)).isEmpty();
}

QString ListMembersModel::addMember() {
  const Entity* block = document()->modelBlock();
  if (!block) return refused(tr("This scenario has no model block."));
  const SlotSpec* slot = entitySchema(block->type)->slot(list_.slot);
  if (static_cast<std::size_t>(rowCount()) >= slot->maxMembers)
    return refused(tr("At most %1 are allowed.").arg(slot->maxMembers));
  std::map<std::string, Value> fields(list_.newMember.begin(), list_.newMember.end());
  if (!list_.captionField.empty())
    fields[list_.captionField] =
        Value(presentation_.tr(list_.itemCaption).arg(rowCount() + 1).toStdString());
  return refused(document()->edit(appendOps(std::move(fields), block->id),
                                  labels::listMember("add_list_member", presentation_, list_)));
}

QString ListMembersModel::removeMember(int row) {
  if (row < 0 || row >= rowCount()) return {};
  const Entity* m = member(row);
  if (!m) return {};
  Op remove;
  remove.kind = OpKind::Delete;
  remove.entity = m->id;
  remove.snapshot = *m;
  return refused(
      document()->edit({remove}, labels::listMember("remove_list_member", presentation_, list_)));
}

QString ListMembersModel::moveMember(int row, int delta) {
  return moveMemberTo(row, row + delta);
}

QString ListMembersModel::moveMemberTo(int row, int target) {
  const auto list = members();
  if (row < 0 || target < 0 || row >= static_cast<int>(list.size()) ||
      target >= static_cast<int>(list.size()) || target == row)
    return {};
  // The new key lies between the target and its neighbour on the far side.
  const std::size_t t = static_cast<std::size_t>(target);
  const bool up = target < row;
  const std::string before = up ? (t == 0 ? std::string() : list[t - 1]->order) : list[t]->order;
  const std::string after =
      up ? list[t]->order : (t + 1 < list.size() ? list[t + 1]->order : std::string());
  const auto key = orderKeyBetween(before, after);
  if (!key) return refused(tr("The list cannot be reordered here."));
  const Entity& m = *list[static_cast<std::size_t>(row)];
  Op move;
  move.kind = OpKind::Move;
  move.entity = m.id;
  move.order = *key;
  move.previousOrder = m.order;
  return refused(
      document()->edit({move}, labels::listMember("move_list_member", presentation_, list_)));
}

ListMembersEditor::ListMembersEditor(Document* document, const ModelPresentation& presentation,
                                     const ListPresentation& list, QWidget* parent)
    : QWidget(parent), presentation_(presentation) {
  model_ = new ListMembersModel(document, presentation, list, this);
  view_ = new QTableView(this);
  view_->setObjectName(QStringLiteral("listTable:") + QString::fromStdString(list.slot));
  view_->setModel(model_);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view_->verticalHeader()->hide();
  view_->setMinimumHeight(90);
  view_->setMaximumHeight(list.ordered ? 220 : 130);
  if (list.ordered) {
    // Drag a row onto another to move it there.
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setDragEnabled(true);
    view_->setAcceptDrops(true);
    view_->setDropIndicatorShown(true);
    view_->setDragDropMode(QAbstractItemView::DragDrop);
    view_->setDefaultDropAction(Qt::CopyAction);  // the drop moves; the view removes nothing
  }
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  message_ = fieldMessageLabel(this);
  add_ = new QPushButton(this);
  remove_ = new QPushButton(this);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add_);
  buttons->addWidget(remove_);
  if (list.ordered) {
    up_ = new QPushButton(this);
    down_ = new QPushButton(this);
    buttons->addWidget(up_);
    buttons->addWidget(down_);
    connect(up_, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { move(+1); });
    // Keyboard: Alt+Up / Alt+Down move the selected member in the table.
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), view_);
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), view_);
    upKey->setContext(Qt::WidgetShortcut);
    downKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { move(-1); });
    connect(downKey, &QShortcut::activated, this, [this] { move(+1); });
  }
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title_);
  layout->addWidget(view_);
  layout->addLayout(buttons);
  layout->addWidget(message_);
  connect(add_, &QPushButton::clicked, this, [this] {
    if (model_->addMember().isEmpty())
      view_->setCurrentIndex(model_->index(model_->rowCount() - 1, 0));
  });
  connect(remove_, &QPushButton::clicked, this,
          [this] { model_->removeMember(view_->currentIndex().row()); });
  connect(model_, &ListMembersModel::editRefused, this, [this](const QString& message) {
    message_->setText(message);
    message_->setVisible(true);
  });
  retranslate();
}

void ListMembersEditor::move(int delta) {
  const QModelIndex current = view_->currentIndex();
  if (!current.isValid()) return;
  if (model_->moveMember(current.row(), delta).isEmpty())
    view_->setCurrentIndex(model_->index(current.row() + delta, current.column()));
}

void ListMembersEditor::clearMessage() {
  message_->setVisible(false);
}

void ListMembersEditor::retranslate() {
  const ListPresentation& list = model_->list();
  title_->setText(presentation_.tr(list.title));
  const QString member = presentation_.tr(list.memberCaption);
  add_->setText(tr("&Add %1").arg(member));
  remove_->setText(tr("Remo&ve %1").arg(member));
  if (up_) {
    up_->setText(tr("Move &up"));
    down_->setText(tr("Move do&wn"));
    up_->setToolTip(tr("Alt+Up in the table"));
    down_->setToolTip(tr("Alt+Down in the table"));
  }
  view_->setAccessibleName(presentation_.tr(list.title));
}

}  // namespace valor::ui
