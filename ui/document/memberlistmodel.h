#pragma once
// A table over one list of entities in the scenario (option or debt tranches, Monte Carlo inputs,
// correlations): one row per member in list order, kept in step with the document — a member
// added, removed or moved resets the rows, any other change repaints them. Members are added at
// the end by a fractional order key, so adding one writes that member alone.
#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ui/document/document.h"

namespace valor::ui {

class MemberListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  int rowCount(const QModelIndex& parent = {}) const override;
  const Entity* member(int row) const;
  // Reads the list again (after the holder changed, e.g. another input was selected).
  void reload();
  // The op that creates a member with `fields` at the end of the list held by `holder` (which
  // the same edit may be creating).
  std::vector<Op> appendOps(std::map<std::string, Value> fields, const Id& holder) const;

 protected:
  // `holder` finds the entity that holds the list (it may not exist yet).
  MemberListModel(Document* document, std::function<const Entity*()> holder, std::string slot,
                  std::string childType, QObject* parent);
  std::vector<const Entity*> members() const;
  Document* document() const { return document_; }

 private:
  Document* document_;
  std::function<const Entity*()> holder_;
  std::string slot_;
  std::string childType_;
  std::vector<Id> ids_;  // row → member, in list order
};

}  // namespace valor::ui
