#pragma once
// The workspace's scenarios for the browser: name, tags, revision and last change. Reloaded
// from the workspace when scenarios are added, renamed or removed (not on every edit).
#include <QAbstractListModel>

#include <vector>

#include "core/store/workspace.h"

namespace valor::ui {

class ScenarioListModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role { IdRole = Qt::UserRole + 1, UpdatedRole, TagsRole, SharedRole };

  explicit ScenarioListModel(QObject* parent = nullptr);
  void setScenarios(std::vector<ScenarioSummary> scenarios);
  const ScenarioSummary* summary(int row) const;
  int rowOf(const Id& id) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;

 private:
  std::vector<ScenarioSummary> scenarios_;
};

}  // namespace valor::ui
