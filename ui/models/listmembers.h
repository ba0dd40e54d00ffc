#pragma once
// A list of entities in a kind's block (option tranches, debt tranches) as an editable table
// under its form group: one row per member in list order, one column per field of the kind's
// ListPresentation. Adding, removing, editing and moving are mutations through the document, so
// each is undoable and in the history; order lives in fractional order keys, so moving a member
// rewrites that member's key alone.
#include <QWidget>

#include <vector>

#include "ui/document/memberlistmodel.h"
#include "ui/models/presentation.h"

class QLabel;
class QMimeData;
class QPushButton;
class QTableView;

namespace valor::ui {

class ListMembersModel : public MemberListModel {
  Q_OBJECT

 public:
  ListMembersModel(Document* document, const ModelPresentation& presentation,
                   const ListPresentation& list, QObject* parent = nullptr);

  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  // Drag a member onto another row to move it there (an ordered list only).
  Qt::DropActions supportedDropActions() const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;

  const ListPresentation& list() const { return list_; }
  // The column of a field, or −1.
  int column(const std::string& field) const;
  // Each returns the refusal in words, or "" when done.
  QString addMember();
  QString removeMember(int row);
  // Moves the member one place up (delta −1) or down (+1).
  QString moveMember(int row, int delta);
  // Moves the member at `row` so that it stands at `target` (list positions before the move).
  QString moveMemberTo(int row, int target);

 signals:
  void editRefused(const QString& message);

 private:
  QString refused(const QString& error);

  const ModelPresentation& presentation_;
  const ListPresentation& list_;
};

// The table with its title, Add / Remove (and Move up / down for an ordered list) and a line for
// refusals.
class ListMembersEditor : public QWidget {
  Q_OBJECT

 public:
  ListMembersEditor(Document* document, const ModelPresentation& presentation,
                    const ListPresentation& list, QWidget* parent = nullptr);
  ListMembersModel* model() const { return model_; }
  QTableView* view() const { return view_; }
  void clearMessage();
  void retranslate();

 private:
  void move(int delta);

  const ModelPresentation& presentation_;
  ListMembersModel* model_;
  QTableView* view_;
  QLabel* title_;
  QLabel* message_;
  QPushButton* add_;
  QPushButton* remove_;
  QPushButton* up_ = nullptr;
  QPushButton* down_ = nullptr;
};

}  // namespace valor::ui
