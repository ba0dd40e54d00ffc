#pragma once
// Compares a saved version with the scenario as it is now, field by field: the path, the
// version's value and the current value (the same wording as the history's changes).
#include <QDialog>
#include <QString>

#include <vector>

#include "core/model/document.h"
#include "ui/history/historymodel.h"

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace valor::ui {

class VersionDiffDialog : public QDialog {
  Q_OBJECT

 public:
  enum Column { PathColumn, VersionColumn, CurrentColumn, ColumnCount };

  VersionDiffDialog(const QString& versionLabel, const ScenarioDocument& version,
                    const ScenarioDocument& current, QWidget* parent = nullptr);

  // The differences as listed (for tests and accessibility): one row per field.
  int differenceCount() const { return static_cast<int>(changes_.size()); }
  const QTreeWidget* view() const { return view_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  int preferredWidth() const;

  QString versionLabel_;
  std::vector<FieldChange> changes_;
  QLabel* summary_ = nullptr;
  QTreeWidget* view_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace valor::ui
