#pragma once
// An editable table over a list of entities (the Monte Carlo inputs, the correlations): one row
// per member in list order, one column per field. Every edit, addition and removal is a
// mutation through the document, so it is saved, undoable and in the history.

#include <functional>
#include <vector>

#include "ui/document/memberlistmodel.h"

namespace valor::ui {

class EntityListModel : public MemberListModel {
  Q_OBJECT

 public:
  enum class Kind { Text, Number, InputPath };  // an input path shows as its caption
  struct Column {
    std::string field;
    const char* title;  // translated in the valor::ui::EntityListModel context
    Kind kind;
    // For a text naming a choice ("normal"): the caption shown for it.
    std::function<QString(const std::string&)> display = {};
    bool editable = true;
  };
  // Further ops for an edit of `field` of `member` to `value` (e.g. the parameters a newly
  // chosen distribution needs), made part of the same undoable step.
  using FollowUp =
      std::function<std::vector<Op>(const Entity& member, const std::string& field, const Value&)>;
  void setFollowUp(FollowUp followUp) { followUp_ = std::move(followUp); }
  // `parent` finds the entity that holds the list (it may not exist yet).
  EntityListModel(Document* document, std::function<const Entity*()> parent, std::string slot,
                  std::string childType, std::vector<Column> columns, QObject* parentObject);

  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  // Removes the member (its children first) together with `alsoRemove`, as one step.
  QString remove(int row, const LabelCode& label, std::vector<Op> alsoRemove = {});

 signals:
  void editRefused(const QString& message);

 private:
  std::vector<Column> columns_;
  FollowUp followUp_;
};

}  // namespace valor::ui
