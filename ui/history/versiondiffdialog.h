#pragma once
// Compares a saved version with the scenario as it is now: first the effect on the results
// (each output then and now, with the change), then field by field the inputs that differ —
// captioned and formatted as in the editor, never as file paths or raw decimals.
#include <QDialog>
#include <QString>

#include <vector>

#include "core/compare/inputdiff.h"
#include "core/model/document.h"
#include "ui/compare/comparedstate.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace valor::ui {

class VersionDiffDialog : public QDialog {
  Q_OBJECT

 public:
  enum Column { PathColumn, VersionColumn, CurrentColumn, ColumnCount };

  VersionDiffDialog(const QString& versionLabel, const ScenarioDocument& version,
                    const ScenarioDocument& current, int decimals = 2, QWidget* parent = nullptr);

  // The differences as listed (for tests and accessibility): one row per field.
  int differenceCount() const { return static_cast<int>(changes_.size()); }
  const QTreeWidget* view() const { return view_; }
  // The outputs then and now, as the compare window shows them.
  const QTableWidget* outputs() const { return outputs_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  int preferredWidth() const;

  QString versionLabel_;
  std::vector<InputRow> changes_;
  ComparedState version_;
  ComparedState current_;
  int decimals_;
  QLabel* effect_ = nullptr;
  QTableWidget* outputs_ = nullptr;
  QLabel* summary_ = nullptr;
  QTreeWidget* view_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace valor::ui
