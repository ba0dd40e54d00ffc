#pragma once
// Edits a table cell by choosing from a list (a distribution, one of the varying inputs)
// instead of typing, so only values the settings understand can be entered.
#include <QStyledItemDelegate>

#include <functional>
#include <utility>
#include <vector>

namespace valor::ui {

class ChoiceDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  // (shown text, stored value) pairs, asked for each time an editor opens.
  using Choices = std::function<std::vector<std::pair<QString, QString>>()>;
  ChoiceDelegate(Choices choices, QObject* parent);

  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const override;
  void setEditorData(QWidget* editor, const QModelIndex& index) const override;
  void setModelData(QWidget* editor, QAbstractItemModel* model,
                    const QModelIndex& index) const override;

 private:
  Choices choices_;
};

}  // namespace valor::ui
