#include "ui/analytics/choicedelegate.h"

#include <QComboBox>

namespace valor::ui {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), choices_(std::move(choices)) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
  auto* box = new QComboBox(parent);
  for (const auto& [text, value] : choices_()) box->addItem(text, value);
  return box;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
  auto* box = static_cast<QComboBox*>(editor);
  const int i = box->findData(index.data(Qt::EditRole).toString());
  if (i >= 0) box->setCurrentIndex(i);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
  auto* box = static_cast<QComboBox*>(editor);
  if (box->currentIndex() >= 0 && box->currentData() != index.data(Qt::EditRole))
    model->setData(index, box->currentData(), Qt::EditRole);
}

}  // namespace valor::ui
